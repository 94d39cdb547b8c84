import { describe, expect, it } from 'vitest';
import { findSource } from '../atlas/atlas.ts';
import { findRegionBase } from '../body/regions.ts';
import { isWarningSymptomId } from '../body/symptoms.ts';
import { RED_FLAG_RULES } from './red-flags.data.ts';
import { findRedFlags } from './red-flags.ts';

describe('red flag rules', () => {
  it('are well formed: known symptoms and regions, advice and a source each', () => {
    for (const rule of RED_FLAG_RULES) {
      expect(rule.symptoms?.length || rule.regionGroups?.length, rule.id).toBeTruthy();
      for (const s of rule.symptoms ?? []) expect(isWarningSymptomId(s), `${rule.id}: ${s}`).toBe(true);
      for (const base of (rule.regionGroups ?? []).flat())
        expect(findRegionBase(base), `${rule.id}: ${base}`).toBeDefined();
      expect(rule.advice.length).toBeGreaterThan(30);
      for (const source of rule.sources) expect(findSource(source.ref), `${rule.id}: ${source.ref}`).toBeDefined();
    }
  });

  it('flags chest pain with arm pain from the drawing alone, on either side', () => {
    for (const side of ['left', 'right']) {
      const flags = findRedFlags({ regions: ['sternum', `arm.upper.medial.${side}`], symptoms: [] });
      expect(flags.map((f) => f.id)).toEqual(['chest-pain-with-arm-pain']);
      expect(flags[0]?.urgency).toBe('urgent');
      expect(flags[0]?.because).toEqual(['sternum', `arm.upper.medial.${side}`]);
    }
  });

  it('does not flag chest pain alone or arm pain alone', () => {
    expect(findRedFlags({ regions: ['chest.pectoral.left'], symptoms: [] })).toEqual([]);
    expect(findRedFlags({ regions: ['arm.upper.medial.left', 'shoulder.front.left'], symptoms: [] })).toEqual([]);
  });

  it('flags a sudden severe headache as urgent', () => {
    const flags = findRedFlags({ regions: ['temple.right'], symptoms: ['sudden-severe-headache'] });
    expect(flags.map((f) => [f.id, f.urgency])).toEqual([['sudden-severe-headache', 'urgent']]);
  });

  it('lists urgent flags before referrals', () => {
    const flags = findRedFlags({ regions: [], symptoms: ['fever-back-pain', 'bladder-bowel-loss'] });
    expect(flags.map((f) => f.urgency)).toEqual(['urgent', 'refer']);
  });
});
