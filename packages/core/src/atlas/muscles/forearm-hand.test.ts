import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../../body/region-bases.data.ts';
import { isSymptomId } from '../../body/symptoms.ts';
import { CORE_BIBLIOGRAPHY } from '../bibliography.ts';
import { FOREARM_HAND_FACTS } from '../facts/forearm-hand.facts.ts';
import { FOREARM_HAND_BIBLIOGRAPHY, FOREARM_HAND_MUSCLES } from './forearm-hand.ts';
import { ALL_EXPECTED_MUSCLE_IDS, EXPECTED_MUSCLE_IDS } from './expected-muscle-ids.ts';

const ALL_MUSCLE_IDS: readonly string[] = ALL_EXPECTED_MUSCLE_IDS;

const FOREARM_HAND_IDS: readonly string[] = EXPECTED_MUSCLE_IDS['forearm-hand'];

const BASES: ReadonlySet<string> = new Set(REGION_BASES.map((b) => b.base));
const BIBLIOGRAPHY_KEYS: ReadonlySet<string> = new Set(
  [...CORE_BIBLIOGRAPHY, ...FOREARM_HAND_BIBLIOGRAPHY].map((entry) => entry.key),
);
const TRIGGER_POINTS = FOREARM_HAND_MUSCLES.flatMap((m) => m.triggerPoints.map((tp) => ({ muscle: m, tp })));

function baseOf(ref: string): string {
  return ref.replace(/^(both|opposite):/, '');
}

describe('forearm and hand atlas', () => {
  it('covers exactly the 21 forearm-hand muscles with unique ids', () => {
    expect(FOREARM_HAND_IDS).toHaveLength(21);
    expect(FOREARM_HAND_MUSCLES.map((m) => m.id).sort()).toEqual([...FOREARM_HAND_IDS].sort());
    expect(new Set(FOREARM_HAND_MUSCLES.map((m) => m.id)).size).toBe(FOREARM_HAND_MUSCLES.length);
  });

  it('has at least 28 trigger points with unique ids prefixed by their muscle id', () => {
    expect(TRIGGER_POINTS.length).toBeGreaterThanOrEqual(28);
    const ids = TRIGGER_POINTS.map(({ tp }) => tp.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { muscle, tp } of TRIGGER_POINTS) {
      expect(tp.id.startsWith(`${muscle.id}.`), tp.id).toBe(true);
      expect(tp.id.length, tp.id).toBeGreaterThan(muscle.id.length + 1);
    }
  });

  it('uses only region bases from the vocabulary', () => {
    for (const { tp } of TRIGGER_POINTS) {
      for (const ref of [tp.location.region, ...tp.essential, ...tp.spillover]) {
        expect(BASES.has(baseOf(ref)), `${tp.id}: ${ref}`).toBe(true);
      }
      for (const fraction of [tp.location.u, tp.location.v]) {
        if (fraction === undefined) continue;
        expect(fraction, tp.id).toBeGreaterThanOrEqual(0);
        expect(fraction, tp.id).toBeLessThanOrEqual(1);
      }
    }
  });

  it('gives every trigger point a non-empty essential zone that does not repeat in the spillover', () => {
    for (const { tp } of TRIGGER_POINTS) {
      expect(tp.essential.length, tp.id).toBeGreaterThan(0);
      for (const ref of tp.spillover) expect(tp.essential, `${tp.id}: ${ref}`).not.toContain(ref);
    }
  });

  it('cites a known source for every trigger point and muscle', () => {
    for (const { tp } of TRIGGER_POINTS) {
      expect(tp.sources.length, tp.id).toBeGreaterThan(0);
      for (const source of tp.sources) expect(BIBLIOGRAPHY_KEYS.has(source.ref), `${tp.id}: ${source.ref}`).toBe(true);
    }
    for (const muscle of FOREARM_HAND_MUSCLES) {
      expect(muscle.sources.length, muscle.id).toBeGreaterThan(0);
      for (const source of muscle.sources) {
        expect(BIBLIOGRAPHY_KEYS.has(source.ref), `${muscle.id}: ${source.ref}`).toBe(true);
      }
    }
  });

  it('does not redefine a core bibliography key', () => {
    const core = new Set(CORE_BIBLIOGRAPHY.map((entry) => entry.key));
    for (const entry of FOREARM_HAND_BIBLIOGRAPHY) expect(core.has(entry.key), entry.key).toBe(false);
  });

  it('relates muscles only to ids in the atlas list, never to themselves', () => {
    for (const muscle of FOREARM_HAND_MUSCLES) {
      expect(muscle.relatedMuscles.length, muscle.id).toBeGreaterThan(0);
      for (const id of muscle.relatedMuscles) {
        expect(ALL_MUSCLE_IDS, `${muscle.id} -> ${id}`).toContain(id);
        expect(id).not.toBe(muscle.id);
      }
    }
  });

  it('uses valid symptoms', () => {
    for (const { tp } of TRIGGER_POINTS) {
      for (const symptom of tp.symptoms) expect(isSymptomId(symptom), `${tp.id}: ${symptom}`).toBe(true);
    }
  });

  it('keeps self-treatment and stretches within safe, plain limits', () => {
    for (const { tp } of TRIGGER_POINTS) {
      const st = tp.selfTreatment;
      expect(st.pressure, tp.id).toBeGreaterThanOrEqual(0);
      expect(st.pressure, tp.id).toBeLessThanOrEqual(10);
      expect(st.pressure, tp.id).toBeLessThanOrEqual(7);
      expect(st.steps.length, tp.id).toBeGreaterThanOrEqual(2);
      expect(st.steps.length, tp.id).toBeLessThanOrEqual(5);
      expect(st.tools.length, tp.id).toBeGreaterThan(0);
      expect(st.holdSeconds !== undefined || st.strokes !== undefined, tp.id).toBe(true);
      if (st.holdSeconds !== undefined) {
        expect(st.holdSeconds, tp.id).toBeGreaterThanOrEqual(20);
        expect(st.holdSeconds, tp.id).toBeLessThanOrEqual(90);
      }
    }
    for (const muscle of FOREARM_HAND_MUSCLES) {
      const { stretch } = muscle;
      expect(stretch.steps.length, muscle.id).toBeGreaterThanOrEqual(2);
      expect(stretch.steps.length, muscle.id).toBeLessThanOrEqual(4);
      expect(stretch.holdSeconds, muscle.id).toBeGreaterThanOrEqual(20);
      expect(stretch.holdSeconds, muscle.id).toBeLessThanOrEqual(60);
      expect(stretch.repetitions, muscle.id).toBeGreaterThan(0);
      expect(muscle.perpetuatingFactors.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.precautions.length, muscle.id).toBeGreaterThan(0);
      expect(['forearm', 'hand', 'arm']).toContain(muscle.area);
    }
  });

  it('recommends no medicines or supplements', () => {
    const text = JSON.stringify(FOREARM_HAND_MUSCLES).toLowerCase();
    for (const word of ['ibuprofen', 'paracetamol', 'acetaminophen', 'aspirin', 'magnesium', 'supplement', ' mg']) {
      expect(text, word).not.toContain(word);
    }
  });

  it('has at least 12 referral facts, spread over the muscles', () => {
    expect(FOREARM_HAND_FACTS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(FOREARM_HAND_FACTS.map((f) => f.muscle)).size).toBeGreaterThanOrEqual(12);
  });

  it('honours every referral fact', () => {
    for (const fact of FOREARM_HAND_FACTS) {
      const label = `${fact.muscle} -> ${fact.region}`;
      expect(BASES.has(fact.region), label).toBe(true);
      expect(BIBLIOGRAPHY_KEYS.has(fact.source.ref), label).toBe(true);
      const muscle = FOREARM_HAND_MUSCLES.find((m) => m.id === fact.muscle);
      expect(muscle, label).toBeDefined();
      const zones = (muscle?.triggerPoints ?? []).flatMap((tp) =>
        fact.zone === 'essential' ? tp.essential : [...tp.essential, ...tp.spillover],
      );
      expect(zones.map(baseOf), label).toContain(fact.region);
    }
  });
});
