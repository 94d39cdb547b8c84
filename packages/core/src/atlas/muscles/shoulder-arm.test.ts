import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../../body/region-bases.data.ts';
import { BODY_AREAS } from '../../body/region.types.ts';
import { isSymptomId } from '../../body/symptoms.ts';
import type { SourceCitation, ZoneRef } from '../atlas.types.ts';
import { CORE_BIBLIOGRAPHY } from '../bibliography.ts';
import { ALL_EXPECTED_MUSCLE_IDS, EXPECTED_MUSCLE_IDS } from './expected-muscle-ids.ts';
import { SHOULDER_ARM_FACTS } from '../facts/shoulder-arm.facts.ts';
import { SHOULDER_ARM_BIBLIOGRAPHY, SHOULDER_ARM_MUSCLES } from './shoulder-arm.ts';

/** Every muscle id in the whole atlas (all body areas), as agreed between the atlas files. */
const ATLAS_MUSCLE_IDS: readonly string[] = ALL_EXPECTED_MUSCLE_IDS;

const SHOULDER_ARM_IDS: readonly string[] = EXPECTED_MUSCLE_IDS['shoulder-arm'];

const BASES: ReadonlySet<string> = new Set(REGION_BASES.map((b) => b.base));
const BIBLIOGRAPHY_KEYS: ReadonlySet<string> = new Set(
  [...CORE_BIBLIOGRAPHY, ...SHOULDER_ARM_BIBLIOGRAPHY].map((entry) => entry.key),
);
const TOOLS: ReadonlySet<string> = new Set(['hands', 'ball', 'foam-roller', 'hooked-cane']);
const POSITIONS: ReadonlySet<string> = new Set([
  'seated',
  'supine',
  'prone',
  'side-lying',
  'standing',
  'standing-wall',
]);
const MUSCLE_AREAS: ReadonlySet<string> = new Set(['shoulder', 'arm', 'chest', 'upper back']);

/** The region base a zone ref points at, without its `both:` / `opposite:` prefix. */
function baseOf(ref: ZoneRef): string {
  return ref.replace(/^(both|opposite):/, '');
}

function expectSourcesValid(sources: readonly SourceCitation[], where: string): void {
  expect(sources.length, `${where} has no source`).toBeGreaterThan(0);
  for (const source of sources) {
    expect(BIBLIOGRAPHY_KEYS.has(source.ref), `${where} cites unknown ref ${source.ref}`).toBe(true);
  }
}

const allTriggerPoints = SHOULDER_ARM_MUSCLES.flatMap((muscle) => muscle.triggerPoints.map((tp) => ({ muscle, tp })));

describe('shoulder-arm atlas', () => {
  it('has exactly the 18 shoulder-arm muscles, each once', () => {
    expect(SHOULDER_ARM_IDS).toHaveLength(18);
    const ids = SHOULDER_ARM_MUSCLES.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...SHOULDER_ARM_IDS].sort());
  });

  it('has at least 32 trigger points with unique ids prefixed by their muscle id', () => {
    expect(allTriggerPoints.length).toBeGreaterThanOrEqual(32);
    const ids = allTriggerPoints.map(({ tp }) => tp.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { muscle, tp } of allTriggerPoints) {
      expect(tp.id.startsWith(`${muscle.id}.`), tp.id).toBe(true);
      expect(tp.id.length, tp.id).toBeGreaterThan(muscle.id.length + 1);
    }
  });

  it('uses only region bases from the vocabulary, with non-empty essential zones', () => {
    for (const { tp } of allTriggerPoints) {
      expect(tp.essential.length, `${tp.id} essential`).toBeGreaterThan(0);
      const refs = [tp.location.region, ...tp.essential, ...tp.spillover];
      for (const ref of refs) {
        expect(BASES.has(baseOf(ref)), `${tp.id}: ${ref}`).toBe(true);
      }
      const essential = new Set(tp.essential.map(baseOf));
      for (const ref of tp.spillover) {
        expect(essential.has(baseOf(ref)), `${tp.id}: ${ref} is both essential and spillover`).toBe(false);
      }
    }
  });

  it('places markers inside their region', () => {
    for (const { tp } of allTriggerPoints) {
      for (const value of [tp.location.u, tp.location.v]) {
        if (value === undefined) continue;
        expect(value, tp.id).toBeGreaterThanOrEqual(0);
        expect(value, tp.id).toBeLessThanOrEqual(1);
      }
    }
  });

  it('cites known sources for every muscle and trigger point', () => {
    for (const muscle of SHOULDER_ARM_MUSCLES) expectSourcesValid(muscle.sources, muscle.id);
    for (const { tp } of allTriggerPoints) expectSourcesValid(tp.sources, tp.id);
  });

  it('keeps extra bibliography keys apart from the core ones', () => {
    const core = new Set(CORE_BIBLIOGRAPHY.map((entry) => entry.key));
    for (const entry of SHOULDER_ARM_BIBLIOGRAPHY) expect(core.has(entry.key), entry.key).toBe(false);
  });

  it('relates muscles only to ids in the atlas, never to themselves', () => {
    const known = new Set(ATLAS_MUSCLE_IDS);
    for (const muscle of SHOULDER_ARM_MUSCLES) {
      for (const related of muscle.relatedMuscles) {
        expect(known.has(related), `${muscle.id} -> ${related}`).toBe(true);
        expect(related, muscle.id).not.toBe(muscle.id);
      }
      expect(new Set(muscle.relatedMuscles).size, muscle.id).toBe(muscle.relatedMuscles.length);
    }
  });

  it('uses valid symptoms, areas, tools and positions', () => {
    for (const muscle of SHOULDER_ARM_MUSCLES) {
      expect(MUSCLE_AREAS.has(muscle.area), muscle.id).toBe(true);
      expect((BODY_AREAS as readonly string[]).includes(muscle.area), muscle.id).toBe(true);
      expect(muscle.commonNames.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.perpetuatingFactors.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.precautions.length, muscle.id).toBeGreaterThan(0);
    }
    for (const { tp } of allTriggerPoints) {
      for (const symptom of tp.symptoms) expect(isSymptomId(symptom), `${tp.id}: ${symptom}`).toBe(true);
      for (const tool of tp.selfTreatment.tools) expect(TOOLS.has(tool), `${tp.id}: ${tool}`).toBe(true);
      expect(tp.selfTreatment.tools.length, tp.id).toBeGreaterThan(0);
      expect(POSITIONS.has(tp.selfTreatment.position), tp.id).toBe(true);
    }
  });

  it('keeps self-treatment realistic: 2-5 steps, moderate pressure, 20-90 s holds', () => {
    for (const { tp } of allTriggerPoints) {
      const st = tp.selfTreatment;
      expect(st.steps.length, tp.id).toBeGreaterThanOrEqual(2);
      expect(st.steps.length, tp.id).toBeLessThanOrEqual(5);
      expect(st.pressure, tp.id).toBeGreaterThanOrEqual(0);
      expect(st.pressure, tp.id).toBeLessThanOrEqual(10);
      expect(st.pressure, tp.id).toBeLessThanOrEqual(7);
      expect(st.holdSeconds !== undefined || st.strokes !== undefined, tp.id).toBe(true);
      if (st.holdSeconds !== undefined) {
        expect(st.holdSeconds, tp.id).toBeGreaterThanOrEqual(20);
        expect(st.holdSeconds, tp.id).toBeLessThanOrEqual(90);
        expect(st.repetitions, tp.id).toBeDefined();
      }
    }
  });

  it('gives every muscle a stretch with 2-4 steps and a 20-60 s hold', () => {
    for (const muscle of SHOULDER_ARM_MUSCLES) {
      const { stretch } = muscle;
      expect(POSITIONS.has(stretch.position), muscle.id).toBe(true);
      expect(stretch.steps.length, muscle.id).toBeGreaterThanOrEqual(2);
      expect(stretch.steps.length, muscle.id).toBeLessThanOrEqual(4);
      expect(stretch.holdSeconds, muscle.id).toBeGreaterThanOrEqual(20);
      expect(stretch.holdSeconds, muscle.id).toBeLessThanOrEqual(60);
      expect(stretch.repetitions, muscle.id).toBeGreaterThan(0);
    }
  });

  it('never recommends a medicine or supplement', () => {
    const text = JSON.stringify(SHOULDER_ARM_MUSCLES).toLowerCase();
    for (const word of ['ibuprofen', 'paracetamol', 'acetaminophen', 'aspirin', 'magnesium', 'supplement', ' mg ']) {
      expect(text.includes(word), word).toBe(false);
    }
  });
});

describe('shoulder-arm referral facts', () => {
  it('has at least 12 facts over known muscles and region bases, with valid sources', () => {
    expect(SHOULDER_ARM_FACTS.length).toBeGreaterThanOrEqual(12);
    for (const fact of SHOULDER_ARM_FACTS) {
      expect(SHOULDER_ARM_IDS.includes(fact.muscle), fact.muscle).toBe(true);
      expect(BASES.has(fact.region), fact.region).toBe(true);
      expectSourcesValid([fact.source], `${fact.muscle} -> ${fact.region}`);
    }
  });

  it('is honoured by the data', () => {
    for (const fact of SHOULDER_ARM_FACTS) {
      const muscle = SHOULDER_ARM_MUSCLES.find((m) => m.id === fact.muscle);
      expect(muscle, fact.muscle).toBeDefined();
      const holds = (muscle?.triggerPoints ?? []).some((tp) => {
        const zones = fact.zone === 'essential' ? tp.essential : [...tp.essential, ...tp.spillover];
        return zones.some((ref) => baseOf(ref) === fact.region);
      });
      expect(holds, `${fact.muscle} -> ${fact.region} (${fact.zone}): ${fact.statement}`).toBe(true);
    }
  });
});
