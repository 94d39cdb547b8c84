import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../../body/region-bases.data.ts';
import { isSymptomId } from '../../body/symptoms.ts';
import { CORE_BIBLIOGRAPHY } from '../bibliography.ts';
import { HIP_THIGH_FACTS } from '../facts/hip-thigh.facts.ts';
import { HIP_THIGH_MUSCLES } from './hip-thigh.ts';
import { ALL_EXPECTED_MUSCLE_IDS, EXPECTED_MUSCLE_IDS } from './expected-muscle-ids.ts';

const ATLAS_MUSCLE_IDS: readonly string[] = ALL_EXPECTED_MUSCLE_IDS;

const HIP_THIGH_IDS = EXPECTED_MUSCLE_IDS['hip-thigh'];

const BASES: ReadonlySet<string> = new Set(REGION_BASES.map((b) => b.base));
const BIB_KEYS: ReadonlySet<string> = new Set(CORE_BIBLIOGRAPHY.map((e) => e.key));
const ALL_IDS: ReadonlySet<string> = new Set(ATLAS_MUSCLE_IDS);

/** The base a zone ref points at, without `both:` / `opposite:`. */
function baseOf(ref: string): string {
  return ref.replace(/^(both|opposite):/, '');
}

const triggerPoints = HIP_THIGH_MUSCLES.flatMap((m) => m.triggerPoints.map((tp) => ({ muscle: m, tp })));

describe('hip and thigh atlas', () => {
  it('covers exactly the hip-thigh muscles with at least 34 trigger points', () => {
    expect(HIP_THIGH_MUSCLES.map((m) => m.id).sort()).toEqual([...HIP_THIGH_IDS].sort());
    expect(triggerPoints.length).toBeGreaterThanOrEqual(34);
  });

  it('has unique muscle and trigger point ids, each trigger point prefixed by its muscle id', () => {
    const muscleIds = HIP_THIGH_MUSCLES.map((m) => m.id);
    expect(new Set(muscleIds).size).toBe(muscleIds.length);
    const tpIds = triggerPoints.map(({ tp }) => tp.id);
    expect(new Set(tpIds).size).toBe(tpIds.length);
    for (const { muscle, tp } of triggerPoints) {
      expect(tp.id.startsWith(`${muscle.id}.`), tp.id).toBe(true);
    }
  });

  it('uses only region bases from the vocabulary', () => {
    for (const { tp } of triggerPoints) {
      const refs = [tp.location.region, ...tp.essential, ...tp.spillover];
      for (const ref of refs) expect(BASES.has(baseOf(ref)), `${tp.id}: ${ref}`).toBe(true);
    }
  });

  it('gives every trigger point a non-empty essential zone and sensible marker fractions', () => {
    for (const { tp } of triggerPoints) {
      expect(tp.essential.length, tp.id).toBeGreaterThan(0);
      for (const f of [tp.location.u, tp.location.v]) {
        if (f !== undefined) expect(f >= 0 && f <= 1, tp.id).toBe(true);
      }
    }
  });

  it('cites a known bibliography entry for every muscle and trigger point', () => {
    for (const muscle of HIP_THIGH_MUSCLES) {
      expect(muscle.sources.length, muscle.id).toBeGreaterThan(0);
      for (const s of muscle.sources) expect(BIB_KEYS.has(s.ref), `${muscle.id}: ${s.ref}`).toBe(true);
    }
    for (const { tp } of triggerPoints) {
      expect(tp.sources.length, tp.id).toBeGreaterThan(0);
      for (const s of tp.sources) expect(BIB_KEYS.has(s.ref), `${tp.id}: ${s.ref}`).toBe(true);
    }
  });

  it('relates only to muscles in the atlas, never to itself', () => {
    for (const muscle of HIP_THIGH_MUSCLES) {
      for (const id of muscle.relatedMuscles) {
        expect(ALL_IDS.has(id), `${muscle.id} -> ${id}`).toBe(true);
        expect(id).not.toBe(muscle.id);
      }
    }
  });

  it('uses valid symptoms and realistic self-treatment', () => {
    for (const { tp } of triggerPoints) {
      for (const s of tp.symptoms) expect(isSymptomId(s), `${tp.id}: ${s}`).toBe(true);
      const st = tp.selfTreatment;
      expect(st.pressure >= 0 && st.pressure <= 10, tp.id).toBe(true);
      expect(st.steps.length >= 2 && st.steps.length <= 5, tp.id).toBe(true);
      expect(st.tools.length, tp.id).toBeGreaterThan(0);
      if (st.holdSeconds !== undefined) expect(st.holdSeconds >= 20 && st.holdSeconds <= 90, tp.id).toBe(true);
      expect(st.holdSeconds !== undefined || st.strokes !== undefined, tp.id).toBe(true);
    }
    for (const muscle of HIP_THIGH_MUSCLES) {
      const { stretch } = muscle;
      expect(stretch.steps.length >= 2 && stretch.steps.length <= 4, muscle.id).toBe(true);
      expect(stretch.holdSeconds >= 20 && stretch.holdSeconds <= 60, muscle.id).toBe(true);
      expect(muscle.precautions.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.perpetuatingFactors.length, muscle.id).toBeGreaterThan(0);
    }
  });

  it('never recommends a medicine or supplement', () => {
    const text = JSON.stringify(HIP_THIGH_MUSCLES).toLowerCase();
    for (const word of ['ibuprofen', 'paracetamol', 'aspirin', 'magnesium', 'supplement', ' mg ', 'dose']) {
      expect(text.includes(word), word).toBe(false);
    }
  });

  it('honours the referral facts from the literature', () => {
    expect(HIP_THIGH_FACTS.length).toBeGreaterThanOrEqual(12);
    for (const fact of HIP_THIGH_FACTS) {
      expect(BASES.has(fact.region), fact.region).toBe(true);
      expect(BIB_KEYS.has(fact.source.ref), fact.source.ref).toBe(true);
      const muscle = HIP_THIGH_MUSCLES.find((m) => m.id === fact.muscle);
      expect(muscle, fact.muscle).toBeDefined();
      const zones = (muscle?.triggerPoints ?? []).flatMap((tp) =>
        fact.zone === 'essential' ? tp.essential : [...tp.essential, ...tp.spillover],
      );
      expect(zones.map(baseOf), `${fact.muscle} -> ${fact.region} (${fact.zone})`).toContain(fact.region);
    }
  });
});
