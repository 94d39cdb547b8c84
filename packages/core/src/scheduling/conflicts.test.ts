import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findClashes, outsideHours, type BookedVisit, type WorkingHours } from './conflicts.ts';
import { expandSeries } from './recurrence.ts';

const HOURS: WorkingHours = {
  timeZone: 'Europe/London',
  weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })),
  exceptions: [{ date: '2026-12-25', windows: [] }],
  timeOff: [{ startUtc: '2026-08-03T00:00:00Z', endUtc: '2026-08-15T00:00:00Z' }],
};

const weekly = (count: number) =>
  expandSeries({
    start: '2026-01-06T10:00',
    timeZone: 'Europe/London',
    durationMinutes: 60,
    rule: { frequency: 'weekly', interval: 1, count },
  });

const visit = (id: string, startUtc: string, endUtc: string, extra: Partial<BookedVisit> = {}): BookedVisit => ({
  id,
  startUtc,
  endUtc,
  therapistId: 't1',
  roomId: 'r1',
  bufferMinutes: 0,
  ...extra,
});

describe('clashes', () => {
  it('lists every visit of a 52-week series that runs into another booking, and only those', () => {
    const series = weekly(52);
    const booked = [
      visit('a', '2026-03-10T10:30:00Z', '2026-03-10T11:30:00Z'),
      visit('b', '2026-06-02T09:00:00Z', '2026-06-02T09:30:00Z'), // 10:00 BST is 09:00Z
      visit('c', '2026-06-02T09:00:00Z', '2026-06-02T09:30:00Z', { therapistId: 't2', roomId: 'r9' }),
      visit('d', '2026-10-06T09:00:00Z', '2026-10-06T10:00:00Z', { therapistId: 't2', roomId: 'r1' }),
    ];
    const clashes = findClashes(series, { therapistId: 't1', roomId: 'r1', bufferMinutes: 0 }, booked);
    expect(clashes.map((c) => [c.index, c.reason, c.with?.id])).toEqual([
      [9, 'therapist-busy', 'a'],
      [21, 'therapist-busy', 'b'],
      [39, 'room-busy', 'd'],
    ]);
  });

  it('keeps the buffer after each visit free', () => {
    const [first] = weekly(1);
    const right = visit('x', '2026-01-06T11:00:00Z', '2026-01-06T11:30:00Z');
    expect(findClashes([first!], { therapistId: 't1', roomId: null, bufferMinutes: 0 }, [right])).toEqual([]);
    expect(findClashes([first!], { therapistId: 't1', roomId: null, bufferMinutes: 10 }, [right])).toHaveLength(1);
    const before = visit('y', '2026-01-06T09:00:00Z', '2026-01-06T09:55:00Z', { bufferMinutes: 10 });
    expect(findClashes([first!], { therapistId: 't1', roomId: null, bufferMinutes: 0 }, [before])).toHaveLength(1);
  });

  it('flags visits outside working hours, on closed days and in time off', () => {
    expect(outsideHours({ startUtc: '2026-01-06T10:00:00Z', endUtc: '2026-01-06T11:00:00Z' }, HOURS)).toBeNull();
    expect(outsideHours({ startUtc: '2026-01-06T16:30:00Z', endUtc: '2026-01-06T17:30:00Z' }, HOURS)).toBe(
      'outside-working-hours',
    );
    expect(outsideHours({ startUtc: '2026-01-10T10:00:00Z', endUtc: '2026-01-10T11:00:00Z' }, HOURS)).toBe(
      'outside-working-hours',
    );
    expect(outsideHours({ startUtc: '2026-12-25T10:00:00Z', endUtc: '2026-12-25T11:00:00Z' }, HOURS)).toBe(
      'outside-working-hours',
    );
    expect(outsideHours({ startUtc: '2026-08-04T09:00:00Z', endUtc: '2026-08-04T10:00:00Z' }, HOURS)).toBe('time-off');
    const clashes = findClashes(weekly(52), { therapistId: 't1', roomId: null, bufferMinutes: 0 }, [], HOURS);
    expect(clashes.map((c) => c.reason)).toEqual(['time-off', 'time-off']);
  });

  it('property: the fast search finds exactly the clashes a plain pairwise check finds', () => {
    const instant = fc.integer({ min: 0, max: 60 * 24 * 28 }).map((m) => Date.UTC(2026, 0, 5) + m * 60_000);
    const booked = fc.array(
      fc.record({
        start: instant,
        minutes: fc.integer({ min: 15, max: 240 }),
        buffer: fc.integer({ min: 0, max: 30 }),
        therapist: fc.constantFrom('t1', 't2'),
        room: fc.constantFrom('r1', 'r2', null),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(booked, fc.integer({ min: 0, max: 20 }), (entries, buffer) => {
        const visits = entries.map((e, i) =>
          visit(`v${i}`, new Date(e.start).toISOString(), new Date(e.start + e.minutes * 60_000).toISOString(), {
            therapistId: e.therapist,
            roomId: e.room,
            bufferMinutes: e.buffer,
          }),
        );
        const series = weekly(4);
        const fast = findClashes(series, { therapistId: 't1', roomId: 'r1', bufferMinutes: buffer }, visits);
        const slow = series.flatMap((s) =>
          visits
            .filter((v) => v.therapistId === 't1' || v.roomId === 'r1')
            .filter(
              (v) =>
                Date.parse(s.startUtc) < Date.parse(v.endUtc) + v.bufferMinutes * 60_000 &&
                Date.parse(v.startUtc) < Date.parse(s.endUtc) + buffer * 60_000,
            )
            .map((v) => `${s.index}:${v.id}`),
        );
        expect(fast.map((c) => `${c.index}:${c.with?.id}`).sort()).toEqual(slow.sort());
      }),
      { numRuns: 200 },
    );
  });
});
