/**
 * The smallest set of muscles whose patterns together explain every explainable marked region.
 * Set cover is NP-hard in general, but drawings mark a handful of regions and the candidates are
 * the few results returned, so an exact branch-and-bound search is fast; a node budget falls back
 * to the greedy answer. Among covers of the smallest size, the one with the highest total score wins.
 *
 * Two forms: `minimumCoverMasks` over bit masks (up to 30 regions — every real drawing), which the
 * finder calls on every query and which allocates only its answer; and `minimumCover` over region
 * lists, for drawings larger than a mask holds.
 */

interface Explainer {
  muscle: string;
  score: number;
  explains: readonly string[];
}

const NODE_BUDGET = 50_000;
/** Regions a mask can hold (bit operations work on 32-bit integers; keep the sign bit free). */
export const MASK_REGIONS = 30;

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export interface MaskCoverSearch {
  /**
   * Candidates 0…count−1, ranked best first, each explaining the regions set in masks[c]; `full` is every
   * region to explain. Returns how many were chosen; their candidate numbers are in `chosenOut`, in rank order.
   */
  solve(masks: Int32Array, scores: Float64Array, count: number, full: number, chosenOut: Int32Array): number;
}

/** Built once per finder; reuses its arrays across queries. */
export function createMaskCoverSearch(capacity: number): MaskCoverSearch {
  const useful = new Int32Array(capacity);
  const stack = new Int32Array(capacity);
  const best = new Int32Array(capacity);
  let bestSize = 0;
  let bestScore = 0;
  let nodes = 0;
  let usefulCount = 0;
  let masks: Int32Array = new Int32Array(0);
  let scores: Float64Array = new Float64Array(0);

  const search = (left: number, depth: number, score: number): void => {
    if (++nodes > NODE_BUDGET) return;
    if (left === 0) {
      if (depth < bestSize || (depth === bestSize && score > bestScore)) {
        for (let i = 0; i < depth; i++) best[i] = stack[i]!;
        bestSize = depth;
        bestScore = score;
      }
      return;
    }
    if (depth + 1 > bestSize) return;
    // Branch on the uncovered region with the fewest explainers.
    let pivot = 0;
    let fewest = Infinity;
    for (let rest = left; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      let n = 0;
      for (let u = 0; u < usefulCount; u++) if ((masks[useful[u]!]! & bit) !== 0) n += 1;
      if (n < fewest) {
        fewest = n;
        pivot = bit;
      }
    }
    for (let u = 0; u < usefulCount; u++) {
      const c = useful[u]!;
      if ((masks[c]! & pivot) === 0) continue;
      stack[depth] = c;
      search(left & ~masks[c]!, depth + 1, score + scores[c]!);
    }
  };

  return {
    solve(candidateMasks, candidateScores, count, full, chosenOut) {
      masks = candidateMasks;
      scores = candidateScores;
      // Drop candidates whose regions a better-ranked candidate also explains.
      usefulCount = 0;
      for (let c = 0; c < count; c++) {
        const own = masks[c]! & full;
        if (own === 0) continue;
        let dominated = false;
        for (let u = 0; u < usefulCount && !dominated; u++) dominated = (own & ~masks[useful[u]!]!) === 0;
        if (!dominated) useful[usefulCount++] = c;
      }
      // Greedy first: an upper bound for the search.
      bestSize = 0;
      bestScore = 0;
      for (let left = full; left !== 0;) {
        let pick = -1;
        let gain = 0;
        for (let u = 0; u < usefulCount; u++) {
          const g = popcount(masks[useful[u]!]! & left);
          if (g > gain) {
            pick = useful[u]!;
            gain = g;
          }
        }
        if (pick < 0) break;
        best[bestSize++] = pick;
        bestScore += scores[pick]!;
        left &= ~masks[pick]!;
      }
      nodes = 0;
      search(full, 0, 0);
      for (let i = 0; i < bestSize; i++) chosenOut[i] = best[i]!;
      chosenOut.subarray(0, bestSize).sort();
      return bestSize;
    },
  };
}

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
