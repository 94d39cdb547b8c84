import { describe, expect, it } from 'vitest';
import {
  addDays,
  describeRepeat,
  formatDateRange,
  formatDayShort,
  hourSpan,
  isLocalDate,
  localToUtc,
  placeVisits,
  startOfWeek,
  timeIn,
  todayIn,
  visitSummary,
  type Appointment,
} from './calendar-dates.ts';

function visit(id: string, localStart: string, startUtc: string, minutes: number): Appointment {
  return {
    id,
    seriesId: null,
    occurrenceIndex: null,
    therapistId: 't',
    therapistName: 'Olivia Owner',
    clientId: 'c',
    clientName: 'Cleo Client',
    typeId: 'type',
    typeName: 'Treatment',
    roomId: null,
    roomName: null,
    startUtc,
    endUtc: new Date(Date.parse(startUtc) + minutes * 60_000).toISOString(),
    localStart,
    timeZone: 'Europe/London',
    status: 'booked',
    note: null,
    repeat: null,
  };
}

describe('calendar dates', () => {
  it('counts calendar days and finds the Monday of a week', () => {
    expect(addDays('2027-02-27', 2)).toBe('2027-03-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(startOfWeek('2027-03-21')).toBe('2027-03-15');
    expect(startOfWeek('2027-03-15')).toBe('2027-03-15');
    expect(isLocalDate('2027-02-29')).toBe(false);
    expect(isLocalDate('2028-02-29')).toBe(true);
  });

  it('turns local times into instants across the clock changes, as the server does', () => {
    expect(localToUtc('2027-03-23T10:00', 'Europe/London')).toBe('2027-03-23T10:00:00Z');
    expect(localToUtc('2027-03-30T10:00', 'Europe/London')).toBe('2027-03-30T09:00:00Z');
    // Skipped hour: moves on by the gap. Repeated hour: the earlier instant.
    expect(localToUtc('2027-03-28T01:30', 'Europe/London')).toBe('2027-03-28T01:30:00Z');
    expect(localToUtc('2027-10-31T01:30', 'Europe/London')).toBe('2027-10-31T00:30:00Z');
    expect(localToUtc('2027-01-05T09:00', 'Australia/Sydney')).toBe('2027-01-04T22:00:00Z');
  });

  it('reads instants in a zone', () => {
    expect(timeIn('2027-03-30T09:45:00Z', 'Europe/London')).toBe('10:45');
    expect(todayIn('Pacific/Auckland', Date.parse('2027-03-30T12:00:00Z'))).toBe('2027-03-31');
  });

  it('writes date spans and repeat rules in words', () => {
    expect(formatDateRange('2027-05-10', '2027-05-16')).toBe('10–16 May 2027');
    expect(formatDateRange('2027-04-26', '2027-05-02')).toBe('26 April – 2 May 2027');
    expect(formatDateRange('2027-12-27', '2028-01-02')).toBe('27 December 2027 – 2 January 2028');
    expect(formatDayShort('2027-05-11')).toBe('Tue 11 May');
    expect(describeRepeat({ frequency: 'weekly', interval: 1, count: 10 })).toBe('Every week, 10 visits');
    expect(describeRepeat({ frequency: 'weekly', interval: 2, until: '2027-06-01' })).toBe(
      'Every 2 weeks until Tuesday 1 June 2027',
    );
  });

  it('puts visits at the same time side by side and widens the day to fit them', () => {
    const a = visit('a', '2027-05-11T10:00', '2027-05-11T09:00:00Z', 60);
    const b = visit('b', '2027-05-11T10:30', '2027-05-11T09:30:00Z', 45);
    const c = visit('c', '2027-05-11T11:00', '2027-05-11T10:00:00Z', 30);
    const d = visit('d', '2027-05-11T19:30', '2027-05-11T18:30:00Z', 60);
    const placed = new Map(placeVisits([d, c, b, a]).map((p) => [p.visit.id, p]));
    expect(placed.get('a')).toMatchObject({ lane: 0, lanes: 2, startMinute: 600, endMinute: 660 });
    expect(placed.get('b')).toMatchObject({ lane: 1, lanes: 2 });
    expect(placed.get('c')).toMatchObject({ lane: 0, lanes: 2 });
    expect(placed.get('d')).toMatchObject({ lane: 0, lanes: 1 });
    expect(hourSpan([a, d])).toEqual({ first: 8, last: 21 });
    expect(visitSummary(a)).toBe('10:00–11:00 Cleo Client, Treatment, with Olivia Owner');
  });
});
