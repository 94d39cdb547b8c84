import { describe, expect, it } from 'vitest';
import type { SymptomId } from '../body/symptoms.ts';
import { createAtlasFinder } from './atlas-finder.ts';
import { FINDER_REFERENCE_CASES } from './reference-cases.data.ts';

/**
 * Recall@5 on the literature reference set: the share of the muscles the pain guides list first
 * for an area that the finder puts in its top five.
 */
describe('finder quality on the reference set', () => {
  it('finds at least 90% of the listed primary muscles in its top 5', () => {
    const find = createAtlasFinder();
    let expected = 0;
    let found = 0;
    const misses: string[] = [];
    for (const c of FINDER_REFERENCE_CASES) {
      const top = find({ regions: c.regions, symptoms: (c.symptoms ?? []) as SymptomId[], top: 5 }).results.map(
        (r) => r.muscle,
      );
      for (const muscle of c.expected) {
        expected += 1;
        if (top.includes(muscle)) found += 1;
        else misses.push(`${c.id}: ${muscle}`);
      }
    }
    const recall = found / expected;
    process.stdout.write(
      `finder recall@5 on ${FINDER_REFERENCE_CASES.length} reference cases: ${recall.toFixed(3)} (${found}/${expected})\n`,
    );
    process.stdout.write(`missed: ${misses.join('; ')}\n`);
    // Was 0.9. Issue #15 brought two referral patterns in line with Travell & Simons: the inner border of
    // the shoulder blade is only spillover for the levator scapulae, and the masseter's lower pattern
    // crosses the temple (tying with the sternocleidomastoid there). That cost two pain-guide hits
    // (170/191); raise the bar again by improving the ranking, not by bending the zones.
    expect(recall).toBeGreaterThanOrEqual(0.89);
  });
});
