import { DateTime } from 'luxon';
import {
  addMinutes,
  endOfLocalDateUtc,
  isTimeZone,
  LOCAL_DATE,
  parseLocalDateTime,
  wallClockToUtc,
} from './local-time.ts';
import { Frequency, RRule } from './rrule-lib.ts';

/**
 * Recurring visits. A series is a local start time in a time zone plus an RFC 5545 rule (weekly by default,
 * every N weeks, a count or an until date). Occurrences are expanded in wall-clock time and only then turned
 * into instants, so a 10:00 weekly visit stays at 10:00 local time across daylight-saving changes.
 */

export const FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export type RecurrenceFrequency = (typeof FREQUENCIES)[number];

export interface RecurrenceRule {
  frequency: RecurrenceFrequency;
  /** Every N days, weeks or months (1 = every). */
  interval: number;
  /** How many visits in all, counting the first. */
  count?: number | undefined;
  /** The last local date a visit may fall on (inclusive). */
  until?: string | undefined;
}

/** More than anyone books at once (five years of weekly visits); also bounds open-ended rules. */
export const MAX_OCCURRENCES = 260;

export interface Occurrence {
  /** 0 for the first visit of the series. */
  index: number;
  startUtc: string;
  endUtc: string;
  /** The wall-clock start as booked, e.g. `2026-03-31T10:00`. */
  localStart: string;
}

export interface SeriesDefinition {
  /** Local wall-clock start of the first visit, `YYYY-MM-DDTHH:mm`. */
  start: string;
  timeZone: string;
  durationMinutes: number;
  rule: RecurrenceRule;
}

export class RecurrenceError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

const RRULE_FREQUENCY: Record<RecurrenceFrequency, (typeof Frequency)[keyof typeof Frequency]> = {
  daily: Frequency.DAILY,
  weekly: Frequency.WEEKLY,
  monthly: Frequency.MONTHLY,
};

function check(definition: SeriesDefinition): void {
  const { rule } = definition;
  if (!parseLocalDateTime(definition.start))
    throw new RecurrenceError('start', 'must be a local date-time YYYY-MM-DDTHH:mm');
  if (!isTimeZone(definition.timeZone))
    throw new RecurrenceError('timeZone', `unknown time zone "${definition.timeZone}"`);
  if (
    !Number.isInteger(definition.durationMinutes) ||
    definition.durationMinutes < 5 ||
    definition.durationMinutes > 600
  ) {
    throw new RecurrenceError('durationMinutes', 'must be 5–600 minutes');
  }
  if (!Number.isInteger(rule.interval) || rule.interval < 1 || rule.interval > 52) {
    throw new RecurrenceError('rule.interval', 'must be a whole number from 1 to 52');
  }
  if (rule.count !== undefined && (!Number.isInteger(rule.count) || rule.count < 1 || rule.count > MAX_OCCURRENCES)) {
    throw new RecurrenceError('rule.count', `must be 1–${MAX_OCCURRENCES}`);
  }
  if (rule.until !== undefined) {
    if (!LOCAL_DATE.test(rule.until) || !DateTime.fromISO(rule.until).isValid) {
      throw new RecurrenceError('rule.until', 'must be a date YYYY-MM-DD');
    }
    if (rule.until < definition.start.slice(0, 10))
      throw new RecurrenceError('rule.until', 'is before the first visit');
  }
  if (rule.count !== undefined && rule.until !== undefined) {
    throw new RecurrenceError('rule', 'give a count or an until date, not both (RFC 5545)');
  }
}

/** "Floating" dates: the wall clock written into a UTC Date, the form rrule computes in without zone surprises. */
function floating(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date {
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

/** Every visit of a series, in order, at most MAX_OCCURRENCES. */
export function expandSeries(definition: SeriesDefinition): Occurrence[] {
  check(definition);
  const clock = parseLocalDateTime(definition.start)!;
  const untilParts = definition.rule.until?.split('-').map(Number);
  const rule = new RRule({
    freq: RRULE_FREQUENCY[definition.rule.frequency],
    interval: definition.rule.interval,
    dtstart: floating(clock.year, clock.month, clock.day, clock.hour, clock.minute),
    ...(definition.rule.count !== undefined ? { count: definition.rule.count } : {}),
    ...(untilParts ? { until: floating(untilParts[0]!, untilParts[1]!, untilParts[2]!, 23, 59, 59) } : {}),
  });
  const dates = rule.all((_date, index) => index < MAX_OCCURRENCES);
  return dates.map((date, index) => {
    const wall = {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: date.getUTCHours(),
      minute: date.getUTCMinutes(),
    };
    const startUtc = wallClockToUtc(wall, definition.timeZone);
    return {
      index,
      startUtc,
      endUtc: addMinutes(startUtc, definition.durationMinutes),
      localStart: `${String(wall.year).padStart(4, '0')}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}T${String(wall.hour).padStart(2, '0')}:${String(wall.minute).padStart(2, '0')}`,
    };
  });
}

/**
 * The rule as an RFC 5545 RRULE value for calendar feeds. With a TZID on DTSTART, UNTIL must be in UTC
 * (RFC 5545 §3.3.10): the end of the until date in the series' zone.
 */
export function toRRule(rule: RecurrenceRule, timeZone: string): string {
  const parts = [`FREQ=${rule.frequency.toUpperCase()}`, `INTERVAL=${rule.interval}`];
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  if (rule.until !== undefined) {
    parts.push(`UNTIL=${endOfLocalDateUtc(rule.until, timeZone).replace(/[-:]/g, '')}`);
  }
  return parts.join(';');
}

/**
 * "This and following": the series ends before visit `index` and a new series carries on from there. The
 * first part keeps `index` visits; the second part keeps the rest of a count, or the same until date.
 */
export function splitRule(rule: RecurrenceRule, index: number): { before: RecurrenceRule; after: RecurrenceRule } {
  if (!Number.isInteger(index) || index < 1) throw new RecurrenceError('index', 'must be a later visit than the first');
  const before: RecurrenceRule = { frequency: rule.frequency, interval: rule.interval, count: index };
  const after: RecurrenceRule = {
    frequency: rule.frequency,
    interval: rule.interval,
    ...(rule.count !== undefined ? { count: Math.max(rule.count - index, 1) } : {}),
    ...(rule.until !== undefined ? { until: rule.until } : {}),
  };
  return { before, after };
}

export function describeRule(rule: RecurrenceRule): string {
  const unit = { daily: 'day', weekly: 'week', monthly: 'month' }[rule.frequency];
  const every = rule.interval === 1 ? `Every ${unit}` : `Every ${rule.interval} ${unit}s`;
  if (rule.count !== undefined) return `${every}, ${rule.count} visit${rule.count === 1 ? '' : 's'}`;
  if (rule.until !== undefined) return `${every} until ${DateTime.fromISO(rule.until).toFormat('d LLL yyyy')}`;
  return every;
}
