import { findRegion } from '../body/regions.ts';

interface Ranked {
  score: number;
}

function entropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

/**
 * "Narrow it down": unmarked regions whose answer best splits the leading candidates. A region
 * in the patterns of about half of the candidates' weight splits them best (highest entropy);
 * ties prefer telling regions, then vocabulary order.
 */
export function questionsToAsk(
  leaders: readonly Ranked[],
  zones: readonly ReadonlySet<string>[],
  marked: ReadonlyMap<string, number>,
  specificity: ReadonlyMap<string, number>,
  count = 3,
): string[] {
  if (leaders.length < 2) return [];
  const total = leaders.reduce((s, r) => s + r.score, 0);
  if (total <= 0) return [];
  const share = new Map<string, number>();
  zones.forEach((zone, i) => {
    for (const region of zone) {
      if (marked.has(region)) continue;
      share.set(region, (share.get(region) ?? 0) + leaders[i]!.score / total);
    }
  });
  return [...share]
    .map(([region, p]) => ({ region, gain: entropy(p), specificity: specificity.get(region) ?? 0 }))
    .filter((q) => q.gain > 0 && findRegion(q.region))
    .sort((a, b) => b.gain - a.gain || b.specificity - a.specificity || a.region.localeCompare(b.region))
    .slice(0, count)
    .map((q) => q.region);
}
