/**
 * The smallest set of muscles whose patterns together explain every explainable marked region.
 * Set cover is NP-hard in general, but drawings mark a handful of regions and the candidates are
 * the few results returned, so an exact branch-and-bound search over bit masks is fast; a node
 * budget falls back to the greedy answer, and drawings of more than 30 explainable regions use
 * greedy alone. Among covers of the smallest size, the one with the highest total score wins.
 *
 * The search object is built once per finder and reused by every query, so a query allocates only
 * the answer.
 */
export interface CoverSearch {
  reset(): void;
  /** A marked region (by its slot in the drawing) that some muscle explains. */
  addRegion(slot: number): void;
  /** A candidate, best first; `explains` answers for the slots added. */
  addCandidate(id: number, score: number, explains: (slot: number) => boolean): void;
  /** Whether a region added is explained by no candidate yet. */
  needsExplainer(slot: number): boolean;
  /** The chosen candidate ids, best-scoring first (ties: lower id first). */
  solve(): number[];
}

const NODE_BUDGET = 50_000;
const MAX_BITS = 30;

function popcount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function createCoverSearch(): CoverSearch {
  const slots: number[] = [];
  const ids: number[] = [];
  const scores: number[] = [];
  const masks: number[] = [];
  /** Greedy-only fallback for very large drawings: explained slots per candidate. */
  const wide: boolean[][] = [];
  let covered = 0;
  let coveredWide: boolean[] = [];
  const chosen: number[] = [];
  let best: number[] = [];
  let bestScore = 0;
  let nodes = 0;
  let full = 0;

  const greedy = (): number[] => {
    const pick: number[] = [];
    let left = full;
    while (left !== 0) {
      let bestC = -1;
      let bestGain = 0;
      for (let c = 0; c < masks.length; c++) {
        const gain = popcount(masks[c]! & left);
        if (gain > bestGain) {
          bestC = c;
          bestGain = gain;
        }
      }
      if (bestC < 0) break;
      pick.push(bestC);
      left &= ~masks[bestC]!;
    }
    return pick;
  };

  const search = (left: number, score: number): void => {
    if (++nodes > NODE_BUDGET) return;
    if (left === 0) {
      if (chosen.length < best.length || (chosen.length === best.length && score > bestScore)) {
        best = chosen.slice();
        bestScore = score;
      }
      return;
    }
    if (chosen.length + 1 > best.length) return;
    // Branch on the uncovered region with the fewest explainers.
    let pivot = -1;
    let fewest = Infinity;
    for (let rest = left; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      let n = 0;
      for (const mask of masks) if ((mask & bit) !== 0) n += 1;
      if (n < fewest) {
        fewest = n;
        pivot = bit;
      }
    }
    for (let c = 0; c < masks.length; c++) {
      if ((masks[c]! & pivot) === 0) continue;
      chosen.push(c);
      search(left & ~masks[c]!, score + scores[c]!);
      chosen.pop();
    }
  };

  const answer = (picked: readonly number[]): number[] =>
    picked
      .map((c) => c)
      .sort((a, b) => scores[b]! - scores[a]! || ids[a]! - ids[b]!)
      .map((c) => ids[c]!);

  return {
    reset() {
      slots.length = 0;
      ids.length = 0;
      scores.length = 0;
      masks.length = 0;
      wide.length = 0;
      covered = 0;
      coveredWide = [];
    },
    addRegion(slot) {
      slots.push(slot);
    },
    addCandidate(id, score, explains) {
      if (ids.includes(id)) return;
      if (slots.length > MAX_BITS) {
        const own = slots.map((slot) => explains(slot));
        if (!own.some(Boolean)) return;
        own.forEach((hit, i) => {
          if (hit) coveredWide[i] = true;
        });
        ids.push(id);
        scores.push(score);
        wide.push(own);
        return;
      }
      let mask = 0;
      for (let b = 0; b < slots.length; b++) if (explains(slots[b]!)) mask |= 1 << b;
      if (mask === 0) return;
      // Drop candidates whose regions a better-ranked candidate also explains.
      for (const other of masks) if ((mask & ~other) === 0) return;
      ids.push(id);
      scores.push(score);
      masks.push(mask);
      covered |= mask;
    },
    needsExplainer(slot) {
      const b = slots.indexOf(slot);
      if (b < 0) return false;
      return slots.length > MAX_BITS ? coveredWide[b] !== true : (covered & (1 << b)) === 0;
    },
    solve() {
      if (slots.length === 0 || ids.length === 0) return [];
      if (slots.length > MAX_BITS) {
        // Greedy over explained-slot lists: rare (a drawing of the whole body), so plain arrays do.
        const left = new Set(slots.map((_, i) => i));
        const pick: number[] = [];
        while (left.size > 0) {
          let bestC = -1;
          let bestGain = 0;
          wide.forEach((own, c) => {
            let gain = 0;
            for (const i of left) if (own[i]) gain += 1;
            if (gain > bestGain) {
              bestC = c;
              bestGain = gain;
            }
          });
          if (bestC < 0) break;
          pick.push(bestC);
          wide[bestC]!.forEach((hit, i) => {
            if (hit) left.delete(i);
          });
        }
        return answer(pick);
      }
      full = covered;
      best = greedy();
      bestScore = best.reduce((s, c) => s + scores[c]!, 0);
      nodes = 0;
      chosen.length = 0;
      search(full, 0);
      return answer(best);
    },
  };
}
