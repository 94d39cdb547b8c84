import type { FinderIndex } from './finder-index.ts';

function entropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

export interface QuestionPicker {
  /**
   * "Narrow it down": unmarked regions whose answer best splits the leading candidates. A region
   * in the patterns of about half of the candidates' weight splits them best (highest entropy);
   * ties prefer telling regions, then vocabulary id order.
   */
  pick(
    leaders: number,
    scores: Float64Array,
    zones: readonly Int32Array[],
    /** A region r is marked when markedStamp[r] === stamp. */
    markedStamp: Int32Array,
    stamp: number,
    knownRegions: number,
    count?: number,
  ): string[];
}

/** Built once per finder; its scratch arrays are reused by every query. */
export function createQuestionPicker(index: FinderIndex): QuestionPicker {
  const regionCount = index.regionIds.length;
  const share = new Float64Array(regionCount);
  const gain = new Float64Array(regionCount);
  const seen = new Int32Array(regionCount);
  const touched = new Int32Array(regionCount);
  let stamp = 0;

  const better = (a: number, b: number): boolean =>
    gain[a]! > gain[b]! ||
    (gain[a] === gain[b] &&
      (index.specificity[a]! > index.specificity[b]! ||
        (index.specificity[a] === index.specificity[b] && index.regionIds[a]!.localeCompare(index.regionIds[b]!) < 0)));

  return {
    pick(leaders, scores, zones, markedStamp, markedNow, knownRegions, count = 3) {
      if (leaders < 2) return [];
      let total = 0;
      for (let k = 0; k < leaders; k++) total += scores[k]!;
      if (total <= 0) return [];
      stamp += 1;
      let n = 0;
      for (let k = 0; k < leaders; k++) {
        const part = scores[k]! / total;
        const zone = zones[k]!;
        for (let i = 0; i < zone.length; i++) {
          const r = zone[i]!;
          if (r >= knownRegions || markedStamp[r] === markedNow) continue;
          if (seen[r] !== stamp) {
            seen[r] = stamp;
            share[r] = 0;
            touched[n++] = r;
          }
          share[r] = share[r]! + part;
        }
      }
      for (let i = 0; i < n; i++) gain[touched[i]!] = entropy(share[touched[i]!]!);
      // Pick the best `count` by repeated selection: n is small, and nothing is sorted or copied.
      const picked: string[] = [];
      let last = -1;
      for (let round = 0; round < count; round++) {
        let bestR = -1;
        for (let i = 0; i < n; i++) {
          const r = touched[i]!;
          if (gain[r]! <= 0) continue;
          if (last >= 0 && !better(last, r)) continue;
          if (bestR < 0 || better(r, bestR)) bestR = r;
        }
        if (bestR < 0) break;
        picked.push(index.regionIds[bestR]!);
        last = bestR;
      }
      return picked;
    },
  };
}
