import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../../body/region-bases.data.ts';
import { isSymptomId } from '../../body/symptoms.ts';
import { CORE_BIBLIOGRAPHY } from '../bibliography.ts';
import { HEAD_NECK_FACTS } from '../facts/head-neck.facts.ts';
import { HEAD_NECK_BIBLIOGRAPHY, HEAD_NECK_MUSCLES } from './head-neck.ts';
import { ALL_EXPECTED_MUSCLE_IDS, EXPECTED_MUSCLE_IDS } from './expected-muscle-ids.ts';

const HEAD_NECK_IDS = EXPECTED_MUSCLE_IDS['head-neck'];

/** Every muscle id of the whole atlas (all areas), as agreed for relatedMuscles. */
const ALL_MUSCLE_IDS = new Set(ALL_EXPECTED_MUSCLE_IDS);

const BASES = new Set(REGION_BASES.map((b) => b.base));
const REFERENCE_KEYS = new Set([...CORE_BIBLIOGRAPHY, ...HEAD_NECK_BIBLIOGRAPHY].map((e) => e.key));
const TOOLS = new Set(['hands', 'ball', 'foam-roller', 'hooked-cane']);
const POSITIONS = new Set(['seated', 'supine', 'prone', 'side-lying', 'standing', 'standing-wall']);

/** The base a zone ref points at: `both:x` and `opposite:x` point at `x`. */
function baseOf(ref: string): string {
  return ref.replace(/^(both|opposite):/, '');
}

const ALL_TPS = HEAD_NECK_MUSCLES.flatMap((m) => m.triggerPoints.map((tp) => ({ muscle: m, tp })));

describe('head and neck atlas', () => {
  it('has exactly the 24 head-neck muscles, each once', () => {
    const ids = HEAD_NECK_MUSCLES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...HEAD_NECK_IDS].sort());
  });

  it('has at least 40 trigger points with unique ids prefixed by their muscle id', () => {
    expect(ALL_TPS.length).toBeGreaterThanOrEqual(40);
    const ids = ALL_TPS.map(({ tp }) => tp.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { muscle, tp } of ALL_TPS) {
      expect(tp.id.startsWith(`${muscle.id}.`), tp.id).toBe(true);
      expect(tp.label.length, tp.id).toBeGreaterThan(0);
    }
  });

  it('uses only head or neck as area', () => {
    for (const m of HEAD_NECK_MUSCLES) expect(['head', 'neck'], m.id).toContain(m.area);
  });

  it('resolves every zone ref and location to a region base', () => {
    for (const { tp } of ALL_TPS) {
      expect(BASES.has(baseOf(tp.location.region)), `${tp.id} location ${tp.location.region}`).toBe(true);
      for (const ref of [...tp.essential, ...tp.spillover]) {
        expect(BASES.has(baseOf(ref)), `${tp.id} zone ${ref}`).toBe(true);
      }
    }
  });

  it('keeps u/v inside the region', () => {
    for (const { tp } of ALL_TPS) {
      for (const value of [tp.location.u, tp.location.v]) {
        if (value === undefined) continue;
        expect(value, tp.id).toBeGreaterThanOrEqual(0);
        expect(value, tp.id).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives every trigger point a non-empty essential zone, not repeated in spillover', () => {
    for (const { tp } of ALL_TPS) {
      expect(tp.essential.length, tp.id).toBeGreaterThan(0);
      expect(new Set(tp.essential).size, tp.id).toBe(tp.essential.length);
      expect(new Set(tp.spillover).size, tp.id).toBe(tp.spillover.length);
      for (const ref of tp.spillover) expect(tp.essential, `${tp.id} ${ref}`).not.toContain(ref);
    }
  });

  it('cites known references for every muscle and trigger point', () => {
    for (const m of HEAD_NECK_MUSCLES) {
      expect(m.sources.length, m.id).toBeGreaterThan(0);
      for (const s of m.sources) expect(REFERENCE_KEYS.has(s.ref), `${m.id} ${s.ref}`).toBe(true);
    }
    for (const { tp } of ALL_TPS) {
      expect(tp.sources.length, tp.id).toBeGreaterThan(0);
      for (const s of tp.sources) expect(REFERENCE_KEYS.has(s.ref), `${tp.id} ${s.ref}`).toBe(true);
    }
  });

  it('does not redefine a core bibliography key', () => {
    const core = new Set(CORE_BIBLIOGRAPHY.map((e) => e.key));
    for (const e of HEAD_NECK_BIBLIOGRAPHY) expect(core.has(e.key), e.key).toBe(false);
  });

  it('relates only to atlas muscles, never to itself', () => {
    for (const m of HEAD_NECK_MUSCLES) {
      expect(m.relatedMuscles.length, m.id).toBeGreaterThan(0);
      for (const id of m.relatedMuscles) {
        expect(ALL_MUSCLE_IDS.has(id), `${m.id} -> ${id}`).toBe(true);
        expect(id, m.id).not.toBe(m.id);
      }
    }
  });

  it('uses only known symptom ids', () => {
    for (const { tp } of ALL_TPS) {
      for (const s of tp.symptoms) expect(isSymptomId(s), `${tp.id} ${s}`).toBe(true);
    }
  });

  it('keeps self-treatment realistic', () => {
    for (const { tp } of ALL_TPS) {
      const st = tp.selfTreatment;
      expect(st.pressure, tp.id).toBeGreaterThanOrEqual(0);
      expect(st.pressure, tp.id).toBeLessThanOrEqual(10);
      expect(st.tools.length, tp.id).toBeGreaterThan(0);
      for (const tool of st.tools) expect(TOOLS.has(tool), `${tp.id} ${tool}`).toBe(true);
      expect(POSITIONS.has(st.position), tp.id).toBe(true);
      expect(st.steps.length, tp.id).toBeGreaterThanOrEqual(2);
      expect(st.steps.length, tp.id).toBeLessThanOrEqual(5);
      expect(st.holdSeconds !== undefined || st.strokes !== undefined, tp.id).toBe(true);
      if (st.holdSeconds !== undefined) {
        expect(st.holdSeconds, tp.id).toBeGreaterThanOrEqual(20);
        expect(st.holdSeconds, tp.id).toBeLessThanOrEqual(90);
      }
    }
  });

  it('gives every muscle a real stretch, perpetuating factors and precautions', () => {
    for (const m of HEAD_NECK_MUSCLES) {
      expect(m.stretch.steps.length, m.id).toBeGreaterThanOrEqual(2);
      expect(m.stretch.steps.length, m.id).toBeLessThanOrEqual(4);
      expect(m.stretch.holdSeconds, m.id).toBeGreaterThanOrEqual(20);
      expect(m.stretch.holdSeconds, m.id).toBeLessThanOrEqual(60);
      expect(m.stretch.repetitions, m.id).toBeGreaterThan(0);
      expect(m.perpetuatingFactors.length, m.id).toBeGreaterThan(0);
      expect(m.precautions.length, m.id).toBeGreaterThan(0);
      expect(m.commonNames.length, m.id).toBeGreaterThan(0);
    }
  });

  it('never names a medicine or supplement', () => {
    const text = JSON.stringify(HEAD_NECK_MUSCLES).toLowerCase();
    for (const word of [
      'ibuprofen',
      'paracetamol',
      'acetaminophen',
      'aspirin',
      'naproxen',
      'magnesium',
      'supplement',
    ]) {
      expect(text, word).not.toContain(word);
    }
  });

  describe('referral facts', () => {
    it('has at least 14 facts about head-neck muscles and known regions and sources', () => {
      expect(HEAD_NECK_FACTS.length).toBeGreaterThanOrEqual(14);
      for (const f of HEAD_NECK_FACTS) {
        expect(HEAD_NECK_IDS, f.muscle).toContain(f.muscle);
        expect(BASES.has(f.region), `${f.muscle} ${f.region}`).toBe(true);
        expect(REFERENCE_KEYS.has(f.source.ref), `${f.muscle} ${f.source.ref}`).toBe(true);
      }
    });

    it.each(HEAD_NECK_FACTS.map((f) => [`${f.muscle} -> ${f.region} (${f.zone})`, f] as const))('%s', (_, fact) => {
      const muscle = HEAD_NECK_MUSCLES.find((m) => m.id === fact.muscle);
      expect(muscle).toBeDefined();
      const zones = (muscle?.triggerPoints ?? []).flatMap((tp) =>
        fact.zone === 'essential' ? tp.essential : [...tp.essential, ...tp.spillover],
      );
      expect(zones.map(baseOf)).toContain(fact.region);
    });
  });
});
