import { describe, expect, it } from 'vitest';
import { classify, comparePainDrawings, type DrawingEntry } from './heat-map.ts';

const drawing = (date: string, regions: Record<string, number>, time?: string): DrawingEntry => ({
  date,
  ...(time ? { time } : {}),
  regions: Object.entries(regions).map(([region, intensity]) => ({ region, intensity })),
});

describe('classify', () => {
  it('needs a change of 2 points, or a region gone or new', () => {
    expect(classify(7, 5)).toBe('improved');
    expect(classify(7, 5.5)).toBe('unchanged');
    expect(classify(4, 6)).toBe('worse');
    expect(classify(1, 0)).toBe('improved');
    expect(classify(0, 1)).toBe('worse');
    expect(classify(3, 3)).toBe('unchanged');
  });
});

describe('comparePainDrawings', () => {
  const period = { from: '2026-11-01', to: '2026-11-28' };

  it('is empty without drawings in the period', () => {
    expect(comparePainDrawings([], period)).toEqual({ kind: 'empty' });
    expect(comparePainDrawings([drawing('2026-10-01', { 'temple.right': 5 })], period)).toEqual({ kind: 'empty' });
    expect(comparePainDrawings([drawing('2026-11-02', {})], period)).toEqual({ kind: 'empty' });
  });

  it('shows a single drawing without a comparison', () => {
    expect(comparePainDrawings([drawing('2026-11-02', { 'temple.right': 5 })], period)).toEqual({
      kind: 'single',
      date: '2026-11-02',
      regions: [{ region: 'temple.right', intensity: 5 }],
    });
  });

  it('compares the means of the two halves of the period, counting a region left out as 0', () => {
    const result = comparePainDrawings(
      [
        drawing('2026-11-01', { 'temple.right': 7, 'neck.back.left': 2 }),
        drawing('2026-11-08', { 'temple.right': 6, 'neck.back.left': 2, 'calf.upper.left': 4 }),
        drawing('2026-11-14', { 'temple.right': 8, 'neck.back.left': 2 }),
        drawing('2026-11-15', { 'temple.right': 3, 'neck.back.left': 6, chin: 1 }),
        drawing('2026-11-28', { 'temple.right': 3, 'neck.back.left': 6, chin: 1 }),
      ],
      period,
    );
    expect(result.kind).toBe('compared');
    if (result.kind !== 'compared') return;
    expect(result.split).toBe('halves');
    expect(result.early).toEqual({ drawings: 3, from: '2026-11-01', to: '2026-11-14' });
    expect(result.late).toEqual({ drawings: 2, from: '2026-11-15', to: '2026-11-28' });
    expect(result.regions).toEqual([
      { region: 'neck.back.left', early: 2, late: 6, change: 4, verdict: 'worse', gone: false, isNew: false },
      { region: 'chin', early: 0, late: 1, change: 1, verdict: 'worse', gone: false, isNew: true },
      { region: 'temple.right', early: 7, late: 3, change: -4, verdict: 'improved', gone: false, isNew: false },
      { region: 'calf.upper.left', early: 1.3, late: 0, change: -1.3, verdict: 'improved', gone: true, isNew: false },
    ]);
  });

  it('compares the first drawing with the last when all fall in one half', () => {
    const result = comparePainDrawings(
      [
        drawing('2026-11-20', { 'temple.right': 2 }, '18:00'),
        drawing('2026-11-20', { 'temple.right': 6 }, '08:00'),
        drawing('2026-11-22', { 'temple.right': 5 }),
        drawing('2026-11-27', { 'temple.right': 2, 'heel.under.left': 3 }),
      ],
      period,
    );
    expect(result.kind).toBe('compared');
    if (result.kind !== 'compared') return;
    expect(result.split).toBe('ends');
    expect(result.early).toEqual({ drawings: 1, from: '2026-11-20', to: '2026-11-20' });
    expect(result.late).toEqual({ drawings: 1, from: '2026-11-27', to: '2026-11-27' });
    expect(result.regions.map((r) => [r.region, r.early, r.late, r.verdict])).toEqual([
      ['heel.under.left', 0, 3, 'worse'],
      ['temple.right', 6, 2, 'improved'],
    ]);
  });

  it('starts an open period at the first drawing', () => {
    const result = comparePainDrawings(
      [drawing('2026-01-01', { 'temple.right': 4 }), drawing('2026-11-28', { 'temple.right': 3 })],
      { to: '2026-11-28' },
    );
    expect(result.kind === 'compared' && result.split).toBe('halves');
    expect(result.kind === 'compared' && result.regions[0]?.verdict).toBe('unchanged');
  });
});
