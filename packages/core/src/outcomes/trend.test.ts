import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { DiaryEntry, OutcomeEntry, SessionEntry } from './measures.ts';
import { MIN_DAYS_PER_WINDOW, trend } from './trend.ts';

const START = DateTime.fromISO('2026-10-05', { zone: 'utc' });
const dateOf = (dayIndex: number): string => START.plus({ days: dayIndex }).toISODate() ?? '';

function diary(dayIndex: number, pain: number, extra: Partial<DiaryEntry> = {}): DiaryEntry {
  return { kind: 'diary', date: dateOf(dayIndex), pain, ...extra };
}

function session(dayIndex: number, extra: Partial<SessionEntry> = {}): SessionEntry {
  return { kind: 'session', date: dateOf(dayIndex), painBefore: 6, painAfter: 3, ...extra };
}

/** Four weeks of daily pain: 6 every day of the first week, easing to 4 in the last. */
function fourWeeks(): OutcomeEntry[] {
  const weekly = [6, 5, 4, 4];
  const entries: OutcomeEntry[] = [];
  for (let i = 0; i < 28; i++) entries.push(diary(i, weekly[Math.floor(i / 7)] ?? 0));
  entries.push(session(2, { sorenessNextDay: 4 }), session(9), session(16), session(23));
  return entries;
}

describe('trend', () => {
  it('gives one point per day, with session days marked', () => {
    const result = trend('pain', fourWeeks());
    expect(result.days).toHaveLength(28);
    expect(result.days[0]).toMatchObject({ date: '2026-10-05', value: 6, readings: 1, session: null });
    expect(result.days[2]?.session).toEqual({ painBefore: 6, painAfter: 3, sorenessNextDay: 4 });
    expect(result.days.filter((d) => d.session !== null).map((d) => d.date)).toEqual([
      '2026-10-07',
      '2026-10-14',
      '2026-10-21',
      '2026-10-28',
    ]);
  });

  it('averages the first and last 7 days and judges the change against the pain threshold', () => {
    const result = trend('pain', fourWeeks());
    expect(result.firstWindow).toMatchObject({ from: '2026-10-05', to: '2026-10-11', daysWithReadings: 7 });
    expect(result.lastWindow).toMatchObject({ from: '2026-10-26', to: '2026-11-01', daysWithReadings: 7 });
    expect(result.firstWindow?.mean).toBe(6);
    expect(result.lastWindow?.mean).toBe(4);
    expect(result.windowChange).toBe(-2);
    // Exactly 2 points (and 33%) better: important.
    expect(result.assessment).toMatchObject({ direction: 'better', important: true });
    expect(result.assessment?.threshold.source.ref).toBe('farrar-2001');
  });

  it('calls a 1-point fall over four weeks from 6 not important', () => {
    const entries = Array.from({ length: 28 }, (_, i) => diary(i, i < 7 ? 6 : i >= 21 ? 5 : 6));
    const result = trend('pain', entries);
    expect(result.windowChange).toBe(-1);
    expect(result.assessment).toMatchObject({ important: false });
  });

  it('weighs each day the same, however many entries it has', () => {
    const entries = [
      diary(0, 8),
      diary(0, 8),
      diary(0, 8),
      diary(1, 2),
      diary(2, 5),
      ...Array.from({ length: 7 }, (_, i) => diary(14 + i, 5)),
    ];
    const result = trend('pain', entries);
    expect(result.days[0]).toMatchObject({ value: 8, readings: 3 });
    expect(result.firstWindow?.mean).toBe(5);
  });

  it('leaves gaps as null and needs enough days in each week', () => {
    const sparse = [diary(0, 6), diary(1, 6), diary(20, 3), diary(21, 3), diary(22, 3)];
    const result = trend('pain', sparse);
    expect(result.days).toHaveLength(23);
    expect(result.days[5]).toMatchObject({ value: null, readings: 0 });
    expect(result.firstWindow).toMatchObject({ daysWithReadings: 2, mean: null });
    expect(result.assessment).toBeNull();
    expect(result.reason).toBe(`each week needs readings on at least ${MIN_DAYS_PER_WINDOW} days`);
  });

  it('needs two weeks that do not overlap', () => {
    const result = trend(
      'pain',
      Array.from({ length: 13 }, (_, i) => diary(i, 5)),
    );
    expect(result.windowChange).toBeNull();
    expect(result.reason).toMatch(/at least 14 days/);
    expect(
      trend(
        'pain',
        Array.from({ length: 14 }, (_, i) => diary(i, 5)),
      ).windowChange,
    ).toBe(0);
  });

  it('gives Myomap’s own scales a change but no importance', () => {
    const entries = Array.from({ length: 21 }, (_, i) => diary(i, 5, { sleep: i < 7 ? 3 : 7 }));
    const result = trend('sleep', entries);
    expect(result.windowChange).toBe(4);
    expect(result.assessment).toBeNull();
    expect(result.reason).toMatch(/no published threshold/);
  });

  it('plots soreness on the day after the session', () => {
    const result = trend('soreness', [session(0, { sorenessNextDay: 4 }), session(3, { sorenessNextDay: 2 })]);
    expect(result.days.map((d) => [d.date, d.value])).toEqual([
      ['2026-10-05', null],
      ['2026-10-06', 4],
      ['2026-10-07', null],
      ['2026-10-08', null],
      ['2026-10-09', 2],
    ]);
  });

  it('copes with nothing to show', () => {
    expect(trend('pain', [])).toMatchObject({ days: [], assessment: null, reason: 'no entries' });
    expect(trend('stress', [diary(0, 4)])).toMatchObject({ reason: 'no stress readings' });
  });
});
