import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../../body/region-bases.data.ts';
import { isSymptomId } from '../../body/symptoms.ts';
import type { ZoneRef } from '../atlas.types.ts';
import { CORE_BIBLIOGRAPHY } from '../bibliography.ts';
import { LEG_FOOT_FACTS } from '../facts/leg-foot.facts.ts';
import { LEG_FOOT_MUSCLES } from './leg-foot.ts';
import { ALL_EXPECTED_MUSCLE_IDS, EXPECTED_MUSCLE_IDS } from './expected-muscle-ids.ts';

const ATLAS_MUSCLE_IDS: readonly string[] = ALL_EXPECTED_MUSCLE_IDS;
const LEG_FOOT_IDS: readonly string[] = EXPECTED_MUSCLE_IDS['leg-foot'];

const BASES: ReadonlySet<string> = new Set(REGION_BASES.map((b) => b.base));
const BIBLIOGRAPHY_KEYS: ReadonlySet<string> = new Set(CORE_BIBLIOGRAPHY.map((e) => e.key));
const AREAS: ReadonlySet<string> = new Set(['knee', 'leg', 'ankle', 'foot']);

function baseOf(ref: ZoneRef): string {
  return ref.replace(/^(both|opposite):/, '');
}

const allTriggerPoints = LEG_FOOT_MUSCLES.flatMap((m) => m.triggerPoints.map((tp) => ({ muscle: m, tp })));

describe('leg-foot atlas', () => {
  it('covers exactly the 24 leg-foot muscles, each once', () => {
    const ids = LEG_FOOT_MUSCLES.map((m) => m.id);
    expect(LEG_FOOT_IDS).toHaveLength(24);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...LEG_FOOT_IDS].sort());
  });

  it('has at least 34 trigger points with unique ids prefixed by their muscle id', () => {
    expect(allTriggerPoints.length).toBeGreaterThanOrEqual(34);
    const ids = allTriggerPoints.map(({ tp }) => tp.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { muscle, tp } of allTriggerPoints) {
      expect(tp.id.startsWith(`${muscle.id}.`), tp.id).toBe(true);
      expect(tp.label.length, tp.id).toBeGreaterThan(0);
    }
  });

  it('uses an allowed area and non-empty text fields for every muscle', () => {
    for (const muscle of LEG_FOOT_MUSCLES) {
      expect(AREAS.has(muscle.area), muscle.id).toBe(true);
      expect(muscle.commonNames.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.triggerPoints.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.perpetuatingFactors.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.precautions.length, muscle.id).toBeGreaterThan(0);
    }
  });

  it('resolves every location and zone ref to a region base', () => {
    for (const { tp } of allTriggerPoints) {
      const refs = [tp.location.region, ...tp.essential, ...tp.spillover];
      for (const ref of refs) expect(BASES.has(baseOf(ref)), `${tp.id}: ${ref}`).toBe(true);
      for (const f of [tp.location.u, tp.location.v]) {
        if (f !== undefined) expect(f >= 0 && f <= 1, tp.id).toBe(true);
      }
    }
  });

  it('gives every trigger point a non-empty essential zone', () => {
    for (const { tp } of allTriggerPoints) expect(tp.essential.length, tp.id).toBeGreaterThan(0);
  });

  it('cites the bibliography for every muscle and trigger point', () => {
    for (const muscle of LEG_FOOT_MUSCLES) {
      expect(muscle.sources.length, muscle.id).toBeGreaterThan(0);
      for (const s of muscle.sources) expect(BIBLIOGRAPHY_KEYS.has(s.ref), `${muscle.id}: ${s.ref}`).toBe(true);
    }
    for (const { tp } of allTriggerPoints) {
      expect(tp.sources.length, tp.id).toBeGreaterThan(0);
      for (const s of tp.sources) expect(BIBLIOGRAPHY_KEYS.has(s.ref), `${tp.id}: ${s.ref}`).toBe(true);
    }
  });

  it('relates muscles only to atlas ids, never to themselves', () => {
    const atlas = new Set(ATLAS_MUSCLE_IDS);
    for (const muscle of LEG_FOOT_MUSCLES) {
      for (const id of muscle.relatedMuscles) {
        expect(atlas.has(id), `${muscle.id} -> ${id}`).toBe(true);
        expect(id, muscle.id).not.toBe(muscle.id);
      }
    }
  });

  it('uses only known symptom ids', () => {
    for (const { tp } of allTriggerPoints) {
      for (const s of tp.symptoms) expect(isSymptomId(s), `${tp.id}: ${s}`).toBe(true);
    }
  });

  it('keeps self-treatment and stretches within safe, plausible bounds', () => {
    for (const { tp } of allTriggerPoints) {
      const st = tp.selfTreatment;
      expect(st.pressure >= 0 && st.pressure <= 10, tp.id).toBe(true);
      expect(st.pressure, tp.id).toBeLessThanOrEqual(7);
      expect(st.tools.length, tp.id).toBeGreaterThan(0);
      expect(st.steps.length >= 2 && st.steps.length <= 5, tp.id).toBe(true);
      expect(st.holdSeconds !== undefined || st.strokes !== undefined, tp.id).toBe(true);
      if (st.holdSeconds !== undefined) expect(st.holdSeconds >= 20 && st.holdSeconds <= 90, tp.id).toBe(true);
    }
    for (const muscle of LEG_FOOT_MUSCLES) {
      const s = muscle.stretch;
      expect(s.steps.length >= 2 && s.steps.length <= 4, muscle.id).toBe(true);
      expect(s.holdSeconds >= 20 && s.holdSeconds <= 60, muscle.id).toBe(true);
      expect(s.repetitions, muscle.id).toBeGreaterThan(0);
    }
  });

  it('never recommends taking a medicine or supplement', () => {
    const text = JSON.stringify(LEG_FOOT_MUSCLES).toLowerCase();
    for (const word of ['ibuprofen', 'paracetamol', 'acetaminophen', 'aspirin', 'magnesium', 'quinine', ' mg']) {
      expect(text.includes(word), word).toBe(false);
    }
  });

  it('puts heel pain in an essential zone of soleus and quadratus plantae', () => {
    for (const id of ['soleus', 'quadratus-plantae']) {
      const muscle = LEG_FOOT_MUSCLES.find((m) => m.id === id);
      expect(
        muscle?.triggerPoints.some((tp) => tp.essential.map(baseOf).includes('heel.under')),
        id,
      ).toBe(true);
    }
  });

  describe('referral facts', () => {
    it('has at least 14 facts over known muscles and region bases, each with a bibliography source', () => {
      expect(LEG_FOOT_FACTS.length).toBeGreaterThanOrEqual(14);
      for (const fact of LEG_FOOT_FACTS) {
        expect(LEG_FOOT_IDS.includes(fact.muscle), fact.muscle).toBe(true);
        expect(BASES.has(fact.region), fact.region).toBe(true);
        expect(BIBLIOGRAPHY_KEYS.has(fact.source.ref), fact.source.ref).toBe(true);
      }
    });

    it.each(LEG_FOOT_FACTS.map((f) => [`${f.muscle} -> ${f.region} (${f.zone})`, f] as const))('%s', (_, fact) => {
      const muscle = LEG_FOOT_MUSCLES.find((m) => m.id === fact.muscle);
      expect(muscle).toBeDefined();
      const zones = (muscle?.triggerPoints ?? []).map((tp) =>
        fact.zone === 'essential' ? tp.essential : [...tp.essential, ...tp.spillover],
      );
      expect(zones.some((zone) => zone.map(baseOf).includes(fact.region))).toBe(true);
    });
  });
});
