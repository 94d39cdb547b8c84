import { describe, expect, it } from 'vitest';
import type { SymptomId } from '../body/symptoms.ts';
import { findRegion } from '../body/regions.ts';
import { RETIRED_REGION_BASES } from '../body/region-retired.ts';
import { createAtlasFinder } from './atlas-finder.ts';
import { FINDER_REFERENCE_CASES, type FinderReferenceCase } from './reference-cases.data.ts';

/**
 * Recall@5 on the literature reference set: the share of the muscles the pain guides list first
 * for an area (single-area cases) or whose pattern a drawing shows (multi-area cases) that the
 * finder puts in its top five. Printed and gated per kind: one figure over both would let the
 * easier kind hide the harder one.
 */
const MIN_RECALL = 0.95;

type Kind = 'single-area' | 'multi-area';
/**
 * The place a region id names for this split: the sides of one digit or one heel (the back and the
 * palm side of a finger, the top and the underside of a toe) are one pain area, as the pain guides
 * and the reference set counted them before the body map split them (region-retired.ts).
 */
const RETIRED_PARENT: ReadonlyMap<string, string> = new Map(
  Object.entries(RETIRED_REGION_BASES).flatMap(([parent, children]) => children.map((child) => [child, parent])),
);
const placeOf = (region: string): string => {
  const base = findRegion(region)?.base ?? region;
  const side = findRegion(region)?.side ?? '';
  return `${RETIRED_PARENT.get(base) ?? base}.${side}`;
};
const kindOf = (c: FinderReferenceCase): Kind =>
  new Set(c.regions.map((r) => placeOf(r.region))).size === 1 ? 'single-area' : 'multi-area';

describe('finder quality on the reference set', () => {
  const find = createAtlasFinder();
  const tally = new Map<Kind, { cases: number; expected: number; found: number; misses: string[] }>();
  for (const c of FINDER_REFERENCE_CASES) {
    const top = find({ regions: c.regions, symptoms: (c.symptoms ?? []) as SymptomId[], top: 5 }).results.map(
      (r) => r.muscle,
    );
    const t = tally.get(kindOf(c)) ?? { cases: 0, expected: 0, found: 0, misses: [] };
    t.cases += 1;
    for (const muscle of c.expected) {
      t.expected += 1;
      if (top.includes(muscle)) t.found += 1;
      else t.misses.push(`${c.id}: ${muscle}`);
    }
    tally.set(kindOf(c), t);
  }

  for (const kind of ['single-area', 'multi-area'] as const) {
    it(`finds at least ${MIN_RECALL * 100}% of the listed muscles in its top 5 (${kind})`, () => {
      const t = tally.get(kind)!;
      const recall = t.found / t.expected;
      process.stdout.write(
        `finder recall@5, ${kind}, ${t.cases} cases: ${recall.toFixed(3)} (${t.found}/${t.expected})\n` +
          `missed: ${t.misses.join('; ') || 'none'}\n`,
      );
      expect(recall).toBeGreaterThanOrEqual(MIN_RECALL);
    });
  }
});
