/**
 * The smallest set of muscles whose patterns together explain every explainable marked region.
 * Set cover is NP-hard in general, but drawings mark a handful of regions, so an exact
 * branch-and-bound search is fast; a node budget falls back to the greedy answer for very
 * large drawings. Among covers of the smallest size, the one with the highest total score wins.
 */

interface Explainer {
  muscle: string;
  score: number;
  explains: readonly string[];
}

const NODE_BUDGET = 50_000;

function greedy(regions: readonly string[], candidates: readonly Explainer[]): Explainer[] {
  const left = new Set(regions);
  const chosen: Explainer[] = [];
  while (left.size > 0) {
    let best: Explainer | undefined;
    let bestGain = 0;
    for (const c of candidates) {
      const gain = c.explains.filter((r) => left.has(r)).length;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const r of best.explains) left.delete(r);
  }
  return chosen;
}

/** Candidates are ranked best first; the result keeps that order. */
export function minimumCover(regions: readonly string[], candidates: readonly Explainer[]): string[] {
  if (regions.length === 0) return [];
  const target = new Set(regions);
  // Drop candidates whose explained regions another, better-ranked candidate also explains.
  const useful: Explainer[] = [];
  for (const c of candidates) {
    const own = c.explains.filter((r) => target.has(r));
    if (own.length === 0) continue;
    const dominated = useful.some((u) => own.every((r) => u.explains.includes(r)));
    if (!dominated) useful.push({ ...c, explains: own });
  }
  let best = greedy(regions, useful);
  let bestScore = best.reduce((s, c) => s + c.score, 0);
  let nodes = 0;

  const search = (left: ReadonlySet<string>, chosen: Explainer[], score: number): void => {
    if (++nodes > NODE_BUDGET) return;
    if (left.size === 0) {
      if (chosen.length < best.length || (chosen.length === best.length && score > bestScore)) {
        best = [...chosen];
        bestScore = score;
      }
      return;
    }
    if (chosen.length + 1 > best.length) return;
    // Branch on the uncovered region with the fewest explainers.
    let pivot: string | undefined;
    let options: Explainer[] = [];
    for (const region of left) {
      const here = useful.filter((c) => c.explains.includes(region));
      if (pivot === undefined || here.length < options.length) {
        pivot = region;
        options = here;
      }
    }
    for (const option of options) {
      const next = new Set(left);
      for (const r of option.explains) next.delete(r);
      chosen.push(option);
      search(next, chosen, score + option.score);
      chosen.pop();
    }
  };
  search(target, [], 0);
  const order = new Map(candidates.map((c, i) => [c.muscle, i]));
  return best.map((c) => c.muscle).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
