import { describe, expect, it } from 'vitest';
import { REGION_BASES } from '../body/region-bases.data.ts';
import { VIEWS } from '../body/region.types.ts';
import { isSymptomId } from '../body/symptoms.ts';
import {
  BIBLIOGRAPHY,
  CONDITIONS,
  findSource,
  findTriggerPoint,
  MUSCLES,
  TECHNIQUES,
  sideTriggerPoint,
} from './atlas.ts';
import type { SourceCitation } from './atlas.types.ts';
import { parseZoneRef } from './zones.ts';

const BASES = new Set(REGION_BASES.map((b) => b.base));
const MUSCLE_IDS = new Set(MUSCLES.map((m) => m.id));
const TRIGGER_POINTS = MUSCLES.flatMap((m) => m.triggerPoints.map((tp) => ({ muscle: m, tp })));

function allText(value: unknown): string {
  return JSON.stringify(value).toLowerCase();
}

function expectCited(sources: readonly SourceCitation[], where: string): void {
  expect(sources.length, `${where} names no source`).toBeGreaterThan(0);
  for (const source of sources) expect(findSource(source.ref), `${where} cites unknown "${source.ref}"`).toBeDefined();
}

describe('atlas data', () => {
  it('covers at least 120 muscles and 200 trigger points', () => {
    expect(MUSCLES.length).toBeGreaterThanOrEqual(120);
    expect(TRIGGER_POINTS.length).toBeGreaterThanOrEqual(200);
  });

  it('has no duplicate ids anywhere', () => {
    const ids = [...MUSCLES.map((m) => m.id), ...CONDITIONS.map((c) => `condition:${c.id}`)];
    expect(new Set(ids).size).toBe(ids.length);
    const tpIds = TRIGGER_POINTS.map(({ tp }) => tp.id);
    expect(new Set(tpIds).size).toBe(tpIds.length);
    expect(new Set(BIBLIOGRAPHY.map((b) => b.key)).size).toBe(BIBLIOGRAPHY.length);
  });

  it('gives every trigger point an essential zone, a known location and sources', () => {
    for (const { muscle, tp } of TRIGGER_POINTS) {
      expect(tp.id.startsWith(`${muscle.id}.`), tp.id).toBe(true);
      expect(tp.essential.length, `${tp.id} has no essential zone`).toBeGreaterThan(0);
      for (const ref of [tp.location.region, ...tp.essential, ...tp.spillover]) {
        expect(BASES.has(parseZoneRef(ref).base), `${tp.id} names unknown region "${ref}"`).toBe(true);
      }
      if (tp.location.view) expect(VIEWS).toContain(tp.location.view);
      for (const s of tp.symptoms) expect(isSymptomId(s), `${tp.id}: ${s}`).toBe(true);
      expect(tp.selfTreatment.steps.length).toBeGreaterThan(0);
      expect(tp.selfTreatment.pressure).toBeGreaterThanOrEqual(0);
      expect(tp.selfTreatment.pressure).toBeLessThanOrEqual(10);
      expect(tp.howToFind.length).toBeGreaterThan(20);
      expectCited(tp.sources, tp.id);
    }
  });

  it('resolves every trigger point to concrete regions on both sides', () => {
    for (const { muscle, tp } of TRIGGER_POINTS) {
      const right = sideTriggerPoint(muscle, tp, 'right');
      const left = sideTriggerPoint(muscle, tp, 'left');
      expect(right.essential.length).toBeGreaterThan(0);
      expect(left.essential.length).toBe(right.essential.length);
    }
  });

  it('links muscles only to muscles that exist, and cites every muscle', () => {
    for (const muscle of MUSCLES) {
      for (const related of muscle.relatedMuscles)
        expect(MUSCLE_IDS.has(related), `${muscle.id} → ${related}`).toBe(true);
      expect(muscle.stretch.steps.length, muscle.id).toBeGreaterThan(0);
      expect(muscle.commonNames, muscle.id).toBeDefined();
      expectCited(muscle.sources, muscle.id);
    }
  });

  it('lists for every condition muscles that exist, regions that exist, red flags and evidence with sources', () => {
    expect(CONDITIONS.length).toBeGreaterThanOrEqual(24);
    for (const condition of CONDITIONS) {
      expect(condition.muscles.length, condition.id).toBeGreaterThan(0);
      for (const m of condition.muscles) expect(MUSCLE_IDS.has(m), `${condition.id} → ${m}`).toBe(true);
      for (const r of condition.regions) expect(BASES.has(parseZoneRef(r).base), `${condition.id} → ${r}`).toBe(true);
      expect(condition.redFlags.length, condition.id).toBeGreaterThan(0);
      expectCited(condition.evidence.sources, `${condition.id} evidence`);
      expectCited(condition.sources, condition.id);
    }
    expect(CONDITIONS.find((c) => c.id === 'lymphedema')?.kind).toBe('caution');
  });

  it('describes the four techniques with sources', () => {
    expect(TECHNIQUES.map((t) => t.id).sort()).toEqual(['heat', 'stretch', 'stripping', 'sustained-compression']);
    for (const technique of TECHNIQUES) expectCited(technique.sources, technique.id);
  });

  it('never recommends a medicine, supplement or dose', () => {
    const forbidden =
      /\b(ibuprofen|naproxen|aspirin|paracetamol|acetaminophen|diclofenac|nsaids?|anti-inflammator(y|ies)|painkillers?|magnesium|supplements?|\d+\s?mg)\b/;
    for (const entry of [...MUSCLES, ...CONDITIONS, ...TECHNIQUES]) {
      const text = allText(entry);
      const match = forbidden.exec(text);
      expect(match?.[0], `${entry.id} mentions "${match?.[0]}"`).toBeUndefined();
    }
  });
});

/**
 * Zones corrected against Travell & Simons (issue #15): these pin the essential/spillover split,
 * which the referral facts (essential, or either) cannot express on their own.
 */
describe('referral zones checked against Travell & Simons', () => {
  const zonesOf = (id: string): { essential: readonly string[]; spillover: readonly string[] } => {
    const found = findTriggerPoint(id);
    if (!found) throw new Error(`no trigger point ${id}`);
    return found.triggerPoint;
  };

  it('levator scapulae: the angle of the neck is essential, the inner border of the shoulder blade spillover', () => {
    for (const id of ['levator-scapulae.upper', 'levator-scapulae.lower']) {
      const { essential, spillover } = zonesOf(id);
      expect(essential, id).toEqual(['neck.base']);
      expect(spillover, id).toContain('scapula.medial');
    }
  });

  it('masseter, lower superficial point: the pattern runs from the jaw across the temple to the eyebrow', () => {
    const { essential, spillover } = zonesOf('masseter.superficial-lower');
    expect([...essential, ...spillover]).toEqual(expect.arrayContaining(['jaw.lower', 'temple', 'eyebrow']));
  });

  it('supraspinatus, lateral point: mid-deltoid only; the outer elbow belongs to the medial point', () => {
    expect(zonesOf('supraspinatus.lateral')).toMatchObject({ essential: ['shoulder.side'], spillover: [] });
    expect(zonesOf('supraspinatus.medial').essential).toContain('elbow.lateral');
  });
});
