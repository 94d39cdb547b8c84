import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { utcToLocal } from './local-time.ts';
import { expandSeries, MAX_OCCURRENCES, RecurrenceError, splitRule, toRRule } from './recurrence.ts';

const ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Sao_Paulo',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'Pacific/Auckland',
  'Asia/Kolkata',
  'UTC',
];

describe('recurring visits', () => {
  it('keeps a 10:00 weekly visit at 10:00 local time across the spring and autumn clock changes', () => {
    const visits = expandSeries({
      start: '2026-03-17T10:00',
      timeZone: 'Europe/London',
      durationMinutes: 45,
      rule: { frequency: 'weekly', interval: 1, count: 34 },
    });
    expect(visits).toHaveLength(34);
    expect(visits.every((v) => utcToLocal(v.startUtc, 'Europe/London').endsWith('T10:00'))).toBe(true);
    // Before 29 March London is on GMT (10:00Z), after it on BST (09:00Z), and back to GMT after 25 October.
    expect(visits[1]?.startUtc).toBe('2026-03-24T10:00:00Z');
    expect(visits[2]?.startUtc).toBe('2026-03-31T09:00:00Z');
    expect(visits[33]?.startUtc).toBe('2026-11-03T10:00:00Z');
    expect(visits[2]?.endUtc).toBe('2026-03-31T09:45:00Z');
  });

  it('moves a visit in the skipped hour forward, as calendar apps do', () => {
    const [, skipped] = expandSeries({
      start: '2026-03-22T01:30',
      timeZone: 'Europe/London',
      durationMinutes: 30,
      rule: { frequency: 'weekly', interval: 1, count: 2 },
    });
    expect(skipped?.localStart).toBe('2026-03-29T01:30');
    expect(utcToLocal(skipped!.startUtc, 'Europe/London')).toBe('2026-03-29T02:30');
  });

  it('follows RFC 5545 at month ends: the 31st only in months that have one', () => {
    const visits = expandSeries({
      start: '2026-01-31T09:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      rule: { frequency: 'monthly', interval: 1, until: '2026-12-31' },
    });
    expect(visits.map((v) => v.localStart.slice(0, 10))).toEqual([
      '2026-01-31',
      '2026-03-31',
      '2026-05-31',
      '2026-07-31',
      '2026-08-31',
      '2026-10-31',
      '2026-12-31',
    ]);
  });

  it('writes RRULE with UNTIL in UTC, as RFC 5545 requires with a time zone', () => {
    expect(toRRule({ frequency: 'weekly', interval: 2, until: '2026-06-30' }, 'Europe/London')).toBe(
      'FREQ=WEEKLY;INTERVAL=2;UNTIL=20260630T225959Z',
    );
    expect(toRRule({ frequency: 'weekly', interval: 1, count: 10 }, 'UTC')).toBe('FREQ=WEEKLY;INTERVAL=1;COUNT=10');
  });

  it('splits a series for "this and following"', () => {
    expect(splitRule({ frequency: 'weekly', interval: 1, count: 10 }, 4)).toEqual({
      before: { frequency: 'weekly', interval: 1, count: 4 },
      after: { frequency: 'weekly', interval: 1, count: 6 },
    });
  });

  it('refuses impossible rules with the field named', () => {
    const base = { start: '2026-01-05T10:00', timeZone: 'Europe/London', durationMinutes: 60 };
    expect(() =>
      expandSeries({ ...base, timeZone: 'Mars/Olympus', rule: { frequency: 'weekly', interval: 1 } }),
    ).toThrow(/timeZone/);
    expect(() => expandSeries({ ...base, rule: { frequency: 'weekly', interval: 0 } })).toThrow(RecurrenceError);
    expect(() => expandSeries({ ...base, rule: { frequency: 'weekly', interval: 1, until: '2025-01-01' } })).toThrow(
      /until/,
    );
    expect(expandSeries({ ...base, rule: { frequency: 'weekly', interval: 1 } })).toHaveLength(MAX_OCCURRENCES);
  });

  it('property: weekly series keep weekday, local time and spacing in any zone, across DST and year ends', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 6, max: 21 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 15, max: 120 }),
        (day, zone, hour, minute, interval, count, duration) => {
          const date = day.toISOString().slice(0, 10);
          const start = `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const visits = expandSeries({
            start,
            timeZone: zone,
            durationMinutes: duration,
            rule: { frequency: 'weekly', interval, count },
          });
          expect(visits).toHaveLength(count);
          visits.forEach((visit, i) => {
            // Daytime hours never fall in a clock-change gap, so the wall clock is exactly as booked.
            expect(utcToLocal(visit.startUtc, zone)).toBe(visit.localStart);
            expect(visit.localStart.slice(11)).toBe(start.slice(11));
            const localDay = DateTime.fromISO(visit.localStart.slice(0, 10));
            expect(localDay.diff(DateTime.fromISO(date), 'days').days).toBe(i * 7 * interval);
            expect(Date.parse(visit.endUtc) - Date.parse(visit.startUtc)).toBe(duration * 60_000);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: monthly series land on the same day of the month, skipping months too short for it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2034 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 25, max: 31 }),
        fc.constantFrom(...ZONES),
        (year, month, dayOfMonth, zone) => {
          const first = DateTime.fromObject({ year, month, day: dayOfMonth });
          fc.pre(first.isValid);
          const visits = expandSeries({
            start: `${first.toFormat('yyyy-LL-dd')}T11:00`,
            timeZone: zone,
            durationMinutes: 30,
            rule: { frequency: 'monthly', interval: 1, count: 24 },
          });
          const days = visits.map((v) => Number(v.localStart.slice(8, 10)));
          expect(new Set(days)).toEqual(new Set([dayOfMonth]));
          for (let i = 1; i < visits.length; i++) {
            const gap = DateTime.fromISO(visits[i]!.localStart).diff(
              DateTime.fromISO(visits[i - 1]!.localStart),
              'months',
            ).months;
            expect(Number.isInteger(gap) && gap >= 1 && gap <= (dayOfMonth > 28 ? 2 : 1)).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
