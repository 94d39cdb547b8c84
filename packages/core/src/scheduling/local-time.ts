import { DateTime, IANAZone } from 'luxon';

/**
 * Wall-clock times in a named time zone. Appointments are booked in local time ("10:00 every Tuesday")
 * and stored as instants (UTC); the conversion is where daylight-saving time is handled.
 */

export const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
export const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isTimeZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function parseLocalDateTime(text: string): WallClock | null {
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const probe = DateTime.fromObject({ year, month, day, hour, minute }, { zone: 'UTC' });
  return probe.isValid ? { year, month, day, hour, minute } : null;
}

/**
 * The instant a wall-clock time names in a zone. A time that does not exist (the hour skipped when clocks
 * go forward) moves forward by the gap, as calendar apps do; a repeated hour (clocks go back) takes the
 * first, earlier instant.
 */
export function wallClockToUtc(clock: WallClock, zone: string): string {
  const local = DateTime.fromObject(clock, { zone });
  if (!local.isValid) throw new RangeError(`not a valid time in ${zone}: ${JSON.stringify(clock)}`);
  return local.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}

export function localToUtc(localDateTime: string, zone: string): string {
  const clock = parseLocalDateTime(localDateTime);
  if (!clock) throw new RangeError(`not a local date-time (YYYY-MM-DDTHH:mm): ${localDateTime}`);
  return wallClockToUtc(clock, zone);
}

/** `2026-03-31T10:00` for an instant seen in a zone. */
export function utcToLocal(instant: string, zone: string): string {
  return DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone).toFormat("yyyy-LL-dd'T'HH:mm");
}

/** ISO weekday (1 = Monday … 7 = Sunday) and local date of an instant in a zone. */
export function localDayOf(instant: string, zone: string): { date: string; weekday: number; minutes: number } {
  const local = DateTime.fromISO(instant, { zone: 'UTC' }).setZone(zone);
  return { date: local.toFormat('yyyy-LL-dd'), weekday: local.weekday, minutes: local.hour * 60 + local.minute };
}

export function addMinutes(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

/** The instant that ends a local date (its last second), for RFC 5545 UNTIL in UTC. */
export function endOfLocalDateUtc(date: string, zone: string): string {
  const local = DateTime.fromISO(date, { zone }).endOf('day').startOf('second');
  return local.toUTC().toISO({ suppressMilliseconds: true }) ?? '';
}
