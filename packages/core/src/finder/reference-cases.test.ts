import { describe, expect, it } from 'vitest';
import { findRegion } from '../body/regions.ts';
import { isSymptomId } from '../body/symptoms.ts';
import { FINDER_REFERENCE_CASES } from './reference-cases.data.ts';
import { ALL_EXPECTED_MUSCLE_IDS } from '../atlas/muscles/expected-muscle-ids.ts';

/**
 * Checks the reference set itself, not the finder. The muscle ids are a literal copy on purpose:
 * the set is written independently of the atlas data it is used to test.
 */
const MUSCLE_IDS: ReadonlySet<string> = new Set(ALL_EXPECTED_MUSCLE_IDS);

const SOURCE_REFS: ReadonlySet<string> = new Set(['simons-1999', 'travell-1992', 'davies-2013', 'donnelly-2019']);

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('finder reference cases', () => {
  it('has at least 150 cases with unique kebab-case ids', () => {
    expect(FINDER_REFERENCE_CASES.length).toBeGreaterThanOrEqual(150);
    const ids = FINDER_REFERENCE_CASES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
  });

  it('mixes single-area cases and multi-area drawings, at least 50 of them of 2–4 areas as people mark them', () => {
    const single = FINDER_REFERENCE_CASES.filter((c) => c.regions.length === 1).length;
    const drawings = FINDER_REFERENCE_CASES.filter((c) => c.regions.length >= 2 && c.regions.length <= 4).length;
    expect(single).toBeGreaterThanOrEqual(60);
    expect(drawings).toBeGreaterThanOrEqual(50);
  });

  it('gives every case a description', () => {
    for (const c of FINDER_REFERENCE_CASES) expect(c.description.trim().length, c.id).toBeGreaterThan(0);
  });

  it('uses only existing region ids, once per case, with intensities 1–10', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      expect(c.regions.length, c.id).toBeGreaterThan(0);
      const seen = new Set<string>();
      for (const { region, intensity } of c.regions) {
        expect(findRegion(region), `${c.id}: ${region}`).toBeDefined();
        expect(seen.has(region), `${c.id}: ${region} repeated`).toBe(false);
        seen.add(region);
        expect(Number.isInteger(intensity), `${c.id}: ${region}`).toBe(true);
        expect(intensity, `${c.id}: ${region}`).toBeGreaterThanOrEqual(1);
        expect(intensity, `${c.id}: ${region}`).toBeLessThanOrEqual(10);
      }
    }
  });

  it('uses only valid symptom ids', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      for (const symptom of c.symptoms ?? []) expect(isSymptomId(symptom), `${c.id}: ${symptom}`).toBe(true);
    }
  });

  it('expects 1–3 distinct known muscles per case', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      expect(c.expected.length, c.id).toBeGreaterThanOrEqual(1);
      expect(c.expected.length, c.id).toBeLessThanOrEqual(3);
      expect(new Set(c.expected).size, c.id).toBe(c.expected.length);
      for (const muscle of c.expected) expect(MUSCLE_IDS.has(muscle), `${c.id}: ${muscle}`).toBe(true);
    }
  });

  it('cites a known source with a locator', () => {
    for (const c of FINDER_REFERENCE_CASES) {
      expect(SOURCE_REFS.has(c.source.ref), `${c.id}: ${c.source.ref}`).toBe(true);
      expect(c.source.locator?.trim().length ?? 0, c.id).toBeGreaterThan(0);
    }
  });
});
