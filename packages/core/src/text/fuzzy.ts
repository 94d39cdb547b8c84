/**
 * Small text-matching helpers shared by the region and atlas searches: word splitting, a light
 * plural fold and a bounded edit distance for typo tolerance.
 */

/** Lower case, apostrophes dropped ("golfer's" → "golfers"), anything else not a letter or digit splits words. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * A light plural fold so "shoulder blades" meets "shoulder blade". Callers should not use it for
 * prefixes, or "lats" (a muscle) would fold to "lat" and match every lateral region.
 */
export function foldPlural(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** Optimal string alignment distance (adjacent swaps count once) is at most `limit`; stops early. */
export function editDistanceWithin(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const above = rows[i - 1]!;
      let best = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (i > 0 && rowMin > limit) return false;
    rows.push(row);
  }
  return rows[a.length]![b.length]! <= limit;
}

export interface MatchScores {
  exact: number;
  prefix: number;
  typo: number;
}

export const DEFAULT_MATCH_SCORES: MatchScores = { exact: 3, prefix: 2, typo: 1 };

/** How well one typed word matches one candidate word: exact (or same after plural fold), prefix, one typo. */
export function wordMatch(typed: string, candidate: string, scores: MatchScores = DEFAULT_MATCH_SCORES): number {
  if (typed === candidate || foldPlural(typed) === foldPlural(candidate)) return scores.exact;
  if (candidate.startsWith(typed)) return scores.prefix;
  // Typos only for longer words; for short ones one edit reaches too many other words.
  if (typed.length >= 5 && editDistanceWithin(typed, candidate, 1)) return scores.typo;
  if (typed.length >= 8 && editDistanceWithin(typed, candidate, 2)) return scores.typo;
  return 0;
}
