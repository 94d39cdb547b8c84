import type { Schemas } from '../api/client.ts';

/**
 * Dates and times of the clinic diary. Visits are booked in wall-clock time in the clinic's time zone
 * (the server sends `localStart` and the zone with each visit), so the calendar works with local dates
 * (`YYYY-MM-DD`) as plain calendar days and asks `Intl` for anything that depends on the zone.
 */

export type Appointment = Schemas['Appointment'];

const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function dayMs(date: string): number {
  const match = LOCAL_DATE.exec(date);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** A real calendar date written `YYYY-MM-DD` (not 2026-02-30). */
export function isLocalDate(text: string): boolean {
  const ms = dayMs(text);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
}

export function addDays(date: string, days: number): string {
  return new Date(dayMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
}

/** 1 = Monday … 7 = Sunday, as ISO 8601 and the server's working hours count them. */
export function isoWeekday(date: string): number {
  return ((new Date(dayMs(date)).getUTCDay() + 6) % 7) + 1;
}

/** The Monday that starts the week of `date`. */
export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

const partsCache = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = partsCache.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(timeZone, format);
  }
  return format;
}

/** The wall clock in `timeZone` at an instant: `{ date: 'YYYY-MM-DD', time: 'HH:mm' }`. */
export function wallClockAt(instant: number, timeZone: string): { date: string; time: string; asUtc: number } {
  const parts: Record<string, string> = {};
  for (const part of partsFormat(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const time = `${parts.hour}:${parts.minute}`;
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return { date, time, asUtc };
}

/** Today's date in a time zone (the clinic's day, not the viewer's). */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  return wallClockAt(now, timeZone).date;
}

/** `HH:mm` of an instant (ISO string) in a time zone, e.g. a visit's end. */
export function timeIn(instant: string, timeZone: string): string {
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? '' : wallClockAt(ms, timeZone).time;
}

/**
 * The instant (ISO, UTC) a local date-time names in a zone. A time skipped when the clocks go forward
 * moves on by the gap; a repeated hour takes the earlier instant, as the server does.
 */
export function localToUtc(localDateTime: string, timeZone: string): string {
  const match = LOCAL_DATE_TIME.exec(localDateTime);
  if (!match) throw new RangeError(`not a local date-time: ${localDateTime}`);
  const wall = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  const offsetAt = (instant: number) => wallClockAt(instant, timeZone).asUtc - instant;
  // The offsets either side of any change of the clocks near this time.
  const before = offsetAt(wall - DAY_MS);
  const after = offsetAt(wall + DAY_MS);
  const fits = [before, after].map((offset) => wall - offset).filter((instant) => offsetAt(instant) === wall - instant);
  // A repeated hour fits twice (take the earlier); a skipped one never (it moves on by the gap).
  const instant = fits.length > 0 ? Math.min(...fits) : wall - before;
  return new Date(instant).toISOString().replace('.000Z', 'Z');
}

/** The viewer's own time zone, for a calendar whose clinic zone is not known yet. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every IANA time zone the browser knows, with `current` kept even if it is not in the list. */
export function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const all = new Set([...zones, 'UTC', current]);
  return [...all].filter(Boolean).sort((a, b) => a.localeCompare(b));
}

const WEEKDAY_SHORT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const WEEKDAY_LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' });
const DAY_SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });
const DAY_MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2026-05-12` → "Tue 12 May". */
export function formatDayShort(date: string): string {
  const ms = dayMs(date);
  return Number.isNaN(ms) ? date : `${WEEKDAY_SHORT.format(ms)} ${DAY_SHORT.format(ms)}`;
}

/** `2026-05-12` → "Tuesday 12 May 2026". */
export function formatDayLong(date: string): string {
  const ms = dayMs(date);
  return Number.isNaN(ms) ? date : `${WEEKDAY_LONG.format(ms)} ${DAY_MONTH_YEAR.format(ms)}`;
}

/** Two dates as one span: "11–17 May 2026", "27 April – 3 May 2026", "29 December 2026 – 4 January 2027". */
export function formatDateRange(from: string, to: string): string {
  const a = dayMs(from);
  const b = dayMs(to);
  if (Number.isNaN(a) || Number.isNaN(b)) return `${from} – ${to}`;
  if (from === to) return DAY_MONTH_YEAR.format(a);
  if (from.slice(0, 7) === to.slice(0, 7)) return `${new Date(a).getUTCDate()}–${DAY_MONTH_YEAR.format(b)}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${DAY_MONTH.format(a)} – ${DAY_MONTH_YEAR.format(b)}`;
  return `${DAY_MONTH_YEAR.format(a)} – ${DAY_MONTH_YEAR.format(b)}`;
}

/** The local date and the minutes from its midnight at which a visit starts and ends. */
export function visitPlace(visit: Appointment): { date: string; startMinute: number; endMinute: number } {
  const date = visit.localStart.slice(0, 10);
  const [hour, minute] = visit.localStart.slice(11, 16).split(':').map(Number);
  const startMinute = (hour ?? 0) * 60 + (minute ?? 0);
  const length = Math.max(5, Math.round((Date.parse(visit.endUtc) - Date.parse(visit.startUtc)) / 60_000));
  return { date, startMinute, endMinute: Math.min(24 * 60, startMinute + length) };
}

/** "10:00–10:45" in the visit's own time zone. */
export function visitTimes(visit: Appointment): string {
  return `${visit.localStart.slice(11, 16)}–${timeIn(visit.endUtc, visit.timeZone)}`;
}

/** What a visit is, in one line: "10:00–10:45 Cleo Client, Treatment, Room 1, with Olivia Owner". */
export function visitSummary(visit: Appointment): string {
  const room = visit.roomName ? `, ${visit.roomName}` : '';
  return `${visitTimes(visit)} ${visit.clientName}, ${visit.typeName}${room}, with ${visit.therapistName}`;
}

/** Visits by their local date, each day in time order. */
export function visitsByDate(visits: readonly Appointment[]): Map<string, Appointment[]> {
  const byDate = new Map<string, Appointment[]>();
  for (const visit of [...visits].sort((a, b) => a.startUtc.localeCompare(b.startUtc))) {
    const date = visit.localStart.slice(0, 10);
    byDate.set(date, [...(byDate.get(date) ?? []), visit]);
  }
  return byDate;
}

export interface PlacedVisit {
  visit: Appointment;
  startMinute: number;
  endMinute: number;
  /** Side by side with visits at the same time (another therapist, say): column `lane` of `lanes`. */
  lane: number;
  lanes: number;
}

/** Lays out one day's visits in columns so that visits at the same time sit side by side. */
export function placeVisits(visits: readonly Appointment[]): PlacedVisit[] {
  const items = visits
    .map((visit) => ({ visit, ...visitPlace(visit) }))
    .sort((a, b) => a.startMinute - b.startMinute || b.endMinute - a.endMinute);
  const placed: PlacedVisit[] = [];
  let cluster: PlacedVisit[] = [];
  let clusterEnd = -1;
  let laneEnds: number[] = [];
  const closeCluster = () => {
    for (const item of cluster) item.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const item of items) {
    if (item.startMinute >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= item.startMinute);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(item.endMinute);
    } else {
      laneEnds[lane] = item.endMinute;
    }
    const entry: PlacedVisit = { ...item, lane, lanes: 1 };
    cluster.push(entry);
    placed.push(entry);
    clusterEnd = Math.max(clusterEnd, item.endMinute);
  }
  closeCluster();
  return placed;
}

/** The hours a day grid shows: the working day, widened to fit every visit. */
export function hourSpan(visits: readonly Appointment[], first = 8, last = 18): { first: number; last: number } {
  let from = first;
  let to = last;
  for (const visit of visits) {
    const place = visitPlace(visit);
    from = Math.min(from, Math.floor(place.startMinute / 60));
    to = Math.max(to, Math.ceil(place.endMinute / 60));
  }
  return { first: from, last: Math.max(to, from + 1) };
}

export interface RepeatRule {
  frequency: 'daily' | 'weekly' | 'monthly';
  interval: number;
  count?: number | undefined;
  until?: string | undefined;
}

/** Words for a repeat rule, the way the server describes a series: "Every 2 weeks, 10 visits". */
export function describeRepeat(rule: RepeatRule): string {
  const unit = { daily: 'day', weekly: 'week', monthly: 'month' }[rule.frequency];
  const every = rule.interval === 1 ? `Every ${unit}` : `Every ${rule.interval} ${unit}s`;
  if (rule.count !== undefined) return `${every}, ${rule.count} visit${rule.count === 1 ? '' : 's'}`;
  if (rule.until !== undefined) return `${every} until ${formatDayLong(rule.until)}`;
  return every;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
