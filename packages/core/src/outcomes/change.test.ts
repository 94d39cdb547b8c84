import { describe, expect, it } from 'vitest';
import { CHANGE_THRESHOLDS, assessChange } from './change.ts';
import { INSTRUMENT_IDS } from './instruments/instrument.types.ts';

describe('pain (NRS): important when at least 2 points or 30% better (Farrar 2001)', () => {
  it('counts exactly 2 points as important and 1 point from a high start as not', () => {
    expect(assessChange('nrs-pain', 6, 4)).toMatchObject({ change: -2, direction: 'better', important: true });
    expect(assessChange('nrs-pain', 6, 5)).toMatchObject({ change: -1, direction: 'better', important: false });
  });

  it('counts exactly 30% as important, just under as not', () => {
    const thirty = assessChange('nrs-pain', 10, 7);
    expect(thirty).toMatchObject({ change: -3, percentChange: -30, important: true });
    // 1 point from 3 is 33%: important by the percentage, though under 2 points.
    expect(assessChange('nrs-pain', 3, 2)).toMatchObject({ important: true });
    // 1.9 points from 7 is 27%: neither.
    expect(assessChange('nrs-pain', 7, 5.1)).toMatchObject({ important: false });
    // Weekly means: 1.95 points from 6.5 is exactly 30%.
    expect(assessChange('nrs-pain', 6.5, 4.55)).toMatchObject({ important: true });
  });

  it('reports the threshold with its source', () => {
    const { threshold } = assessChange('nrs-pain', 8, 5);
    expect(threshold).toMatchObject({ value: 2, unit: 'points', orPercent: 30, source: { ref: 'farrar-2001' } });
  });

  it('does not call a worsening important, but flags 2 points or more for a look', () => {
    expect(assessChange('nrs-pain', 3, 5)).toMatchObject({
      direction: 'worse',
      important: false,
      notableWorsening: true,
    });
    // 1 → 2 is +100% but only a point: no flag.
    expect(assessChange('nrs-pain', 1, 2)).toMatchObject({ direction: 'worse', notableWorsening: false });
  });

  it('handles no change and a baseline of 0', () => {
    expect(assessChange('nrs-pain', 4, 4)).toMatchObject({ direction: 'same', important: false, change: 0 });
    expect(assessChange('nrs-pain', 0, 3)).toMatchObject({ percentChange: null, direction: 'worse' });
  });

  it('refuses scores off the scale', () => {
    expect(() => assessChange('nrs-pain', 11, 4)).toThrow(RangeError);
    expect(() => assessChange('nrs-pain', 5, Number.NaN)).toThrow(/current/);
  });
});

describe('PSFS: important when the mean rises by 2 points (Stratford 1995)', () => {
  it('reads a rise as better, with the boundary at 2', () => {
    expect(assessChange('psfs', 3, 5)).toMatchObject({ direction: 'better', important: true });
    expect(assessChange('psfs', 3, 4.9)).toMatchObject({ direction: 'better', important: false });
    expect(assessChange('psfs', 6, 4)).toMatchObject({ direction: 'worse', important: false, notableWorsening: true });
  });

  it('has no percentage rule', () => {
    // 1 → 1.5 is +50% but half a point.
    expect(assessChange('psfs', 1, 1.5)).toMatchObject({ important: false });
  });
});

describe('NDI: important when the raw score falls by 10 of 50 (Young 2009)', () => {
  it('puts the boundary at 10 raw points', () => {
    expect(assessChange('ndi', 24, 14)).toMatchObject({ important: true });
    expect(assessChange('ndi', 24, 14.5)).toMatchObject({ important: false });
    // 7.5 points (the estimated important change) is inside the measurement error, so not enough here.
    expect(assessChange('ndi', 20, 12.5)).toMatchObject({ important: false });
  });

  it('refuses a percentage given as a raw score', () => {
    expect(() => assessChange('ndi', 60, 40)).toThrow(RangeError);
  });
});

describe('ODI: important when 10 points or 30% better (Ostelo 2008)', () => {
  it('puts the boundaries at 10 points and at 30%', () => {
    expect(assessChange('odi', 42, 32)).toMatchObject({ important: true });
    expect(assessChange('odi', 42, 33)).toMatchObject({ important: false });
    expect(assessChange('odi', 20, 14)).toMatchObject({ important: true });
    expect(assessChange('odi', 20, 14.2)).toMatchObject({ important: false });
  });
});

describe('RMDQ: important when 5 points or 30% better (Ostelo 2008)', () => {
  it('puts the boundaries at 5 points and at 30%', () => {
    expect(assessChange('rmdq', 16, 11)).toMatchObject({ important: true });
    expect(assessChange('rmdq', 16, 12)).toMatchObject({ important: false });
    expect(assessChange('rmdq', 10, 7)).toMatchObject({ important: true });
  });
});

describe('every threshold', () => {
  it('exists for every instrument, cites a source and explains the evidence', () => {
    for (const id of INSTRUMENT_IDS) {
      const threshold = CHANGE_THRESHOLDS[id];
      expect(threshold.value, id).toBeGreaterThan(0);
      expect(threshold.source.ref, id).toBeTruthy();
      expect(threshold.source.locator, id).toBeTruthy();
      expect(threshold.evidence.length, id).toBeGreaterThan(80);
    }
  });
});
