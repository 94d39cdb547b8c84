import { DateTime } from 'luxon';
import { assessChange, type ChangeAssessment } from './change.ts';
import { SCALES, scaleValue, type OutcomeEntry, type ScaleId } from './measures.ts';

/**
 * A scale over time, for a chart and for the question "has it changed enough to matter?". The series has one
 * point per calendar day (the mean of that day's readings, null on days without one) with session days
 * marked. The change compares the mean of the first seven days with the mean of the last seven, each day
 * weighing the same however many entries it has; averaging a week smooths the day-to-day swings a single
 * reading carries. Pain is judged against its published threshold; Myomap's own scales get the change only.
 */

export const TREND_WINDOW_DAYS = 7;
/** Myomap's choice: a week's mean needs readings on at least this many of its days. */
export const MIN_DAYS_PER_WINDOW = 3;

export interface SessionMark {
  painBefore: number | null;
  painAfter: number | null;
  sorenessNextDay: number | null;
}

export interface TrendDay {
  date: string;
  /** Mean of the day's readings, or null on a day without any. */
  value: number | null;
  readings: number;
  /** The session held this day, if any (the first one, when there were several). */
  session: SessionMark | null;
}

export interface TrendWindow {
  from: string;
  to: string;
  /** Mean of the daily values in the window; null with too few days (see MIN_DAYS_PER_WINDOW). */
  mean: number | null;
  daysWithReadings: number;
}

export interface Trend {
  scale: ScaleId;
  days: TrendDay[];
  firstWindow: TrendWindow | null;
  lastWindow: TrendWindow | null;
  /** Last window's mean − first window's mean; null when the windows overlap or lack readings. */
  windowChange: number | null;
  /** The change judged against the published threshold (pain only); null otherwise. */
  assessment: ChangeAssessment | null;
  /** Why there is no change, when there is none. */
  reason?: string;
}

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' });
const iso = (date: DateTime): string => date.toISODate() ?? '';

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((t, v) => t + v, 0) / values.length;
}

export function trend(scale: ScaleId, entries: readonly OutcomeEntry[]): Trend {
  const readings = new Map<string, number[]>();
  const sessions = new Map<string, SessionMark>();
  // Every entry's day is on the chart, even when it does not rate this scale.
  const entryDates = new Set<string>();
  for (const entry of entries) {
    entryDates.add(entry.date);
    if (entry.kind === 'session' && !sessions.has(entry.date)) {
      sessions.set(entry.date, {
        painBefore: entry.painBefore ?? null,
        painAfter: entry.painAfter ?? null,
        sorenessNextDay: entry.sorenessNextDay ?? null,
      });
    }
    const value = scaleValue(entry, scale);
    if (value === undefined) continue;
    // Soreness is about the day after the session, so it is plotted on that day.
    const date = entry.kind === 'session' ? iso(day(entry.date).plus({ days: 1 })) : entry.date;
    readings.set(date, [...(readings.get(date) ?? []), value]);
  }

  const dates = [...readings.keys(), ...entryDates].sort();
  const first = dates[0];
  const last = dates.at(-1);
  const empty = { firstWindow: null, lastWindow: null, windowChange: null, assessment: null };
  if (first === undefined || last === undefined) return { scale, days: [], ...empty, reason: 'no entries' };

  const days: TrendDay[] = [];
  for (let d = day(first); iso(d) <= last; d = d.plus({ days: 1 })) {
    const date = iso(d);
    const values = readings.get(date) ?? [];
    days.push({ date, value: mean(values), readings: values.length, session: sessions.get(date) ?? null });
  }

  // Windows run over the days that carry the scale's readings, not over days with only a session.
  const withReadings = days.filter((d) => d.value !== null);
  const firstReading = withReadings[0]?.date;
  const lastReading = withReadings.at(-1)?.date;
  if (firstReading === undefined || lastReading === undefined)
    return { scale, days, ...empty, reason: `no ${scale} readings` };

  const windowOf = (from: string, to: string): TrendWindow => {
    const inside = days.filter((d) => d.date >= from && d.date <= to && d.value !== null);
    return {
      from,
      to,
      mean: inside.length >= MIN_DAYS_PER_WINDOW ? mean(inside.map((d) => d.value as number)) : null,
      daysWithReadings: inside.length,
    };
  };
  const firstWindow = windowOf(firstReading, iso(day(firstReading).plus({ days: TREND_WINDOW_DAYS - 1 })));
  const lastWindow = windowOf(iso(day(lastReading).minus({ days: TREND_WINDOW_DAYS - 1 })), lastReading);

  if (lastWindow.from <= firstWindow.to)
    return {
      scale,
      days,
      firstWindow,
      lastWindow,
      windowChange: null,
      assessment: null,
      reason: `needs at least ${2 * TREND_WINDOW_DAYS} days from the first reading to the last`,
    };
  if (firstWindow.mean === null || lastWindow.mean === null)
    return {
      scale,
      days,
      firstWindow,
      lastWindow,
      windowChange: null,
      assessment: null,
      reason: `each week needs readings on at least ${MIN_DAYS_PER_WINDOW} days`,
    };

  const instrument = SCALES[scale].instrument;
  return {
    scale,
    days,
    firstWindow,
    lastWindow,
    windowChange: lastWindow.mean - firstWindow.mean,
    assessment: instrument ? assessChange(instrument, firstWindow.mean, lastWindow.mean) : null,
    ...(instrument ? {} : { reason: 'a Myomap scale with no published threshold for important change' }),
  };
}
