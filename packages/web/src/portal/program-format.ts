import { findMuscle } from '@myomap/core/atlas/atlas.ts';
import type { HomeProgram } from './home-queries.ts';

type Item = HomeProgram['items'][number];

/** `2026-11-23` → a UTC date for formatting, so the day is the same wherever the reader is. */
function utcDate(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
}

const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const SHORT_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const LONG = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
const LONG_YEAR = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

function thisYear(date: Date): boolean {
  return date.getUTCFullYear() === new Date().getFullYear();
}

/** `2026-11-23` → "23 Nov" this year, "23 Nov 2027" another year. */
export function shortDate(iso: string): string {
  const date = utcDate(iso);
  if (!date) return iso;
  return (thisYear(date) ? SHORT : SHORT_YEAR).format(date);
}

/** `2026-11-23` → "Monday 23 November" this year, with the year another year. */
export function longDate(iso: string): string {
  const date = utcDate(iso);
  if (!date) return iso;
  return (thisYear(date) ? LONG : LONG_YEAR).format(date).replace(',', '');
}

/**
 * A visit's local wall-clock start in the clinic's zone (`2026-12-01T10:00`) → "Tuesday 1 December at 10:00",
 * as the clinic's clock reads it, whatever the reader's own time zone.
 */
export function visitTime(localStart: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(localStart);
  if (!match) return localStart;
  const date = new Date(
    Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5])),
  );
  return `${longDate(localStart.slice(0, 10))} at ${TIME.format(date)}`;
}

/** Today as YYYY-MM-DD in a time zone (the clinic's), or in the reader's own when none is known. */
export function todayIn(timeZone?: string): string {
  const now = new Date();
  if (timeZone) {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
        now,
      );
    } catch {
      // An unknown zone: fall back to the reader's own day.
    }
  }
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}

/** YYYY-MM-DD plus or minus whole days. */
export function addDays(iso: string, days: number): string {
  const date = utcDate(iso);
  if (!date) return iso;
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "3 days a week for 4 weeks, from 23 Nov"; "Every day for 2 weeks, from 1 Dec". */
export function scheduleText(program: Pick<HomeProgram, 'daysPerWeek' | 'weeks' | 'startDate'>): string {
  const often = program.daysPerWeek === 7 ? 'Every day' : `${plural(program.daysPerWeek, 'day', 'days')} a week`;
  return `${often} for ${plural(program.weeks, 'week', 'weeks')}, from ${shortDate(program.startDate)}`;
}

/** "5 of 7 routines done". */
export function adherenceText(adherence: HomeProgram['adherence']): string {
  return `${adherence.done} of ${plural(adherence.due, 'routine', 'routines')} done`;
}

/** The rate as a whole percentage, or null before anything was due. */
export function ratePercent(adherence: HomeProgram['adherence']): number | null {
  return adherence.rate === null ? null : Math.round(adherence.rate * 100);
}

export interface ProgramStatus {
  tone: 'due' | 'done' | 'later' | 'over';
  text: string;
}

/** Where the program stands today: due, done, next due day, finished or ended. */
export function programStatus(program: HomeProgram): ProgramStatus {
  const { adherence } = program;
  if (program.endedAt) return { tone: 'over', text: `Ended ${shortDate(program.endedAt)}` };
  if (adherence.doneToday) return { tone: 'done', text: 'Done today' };
  if (adherence.dueToday) return { tone: 'due', text: 'Due today' };
  if (adherence.finished || adherence.nextDue === null) return { tone: 'over', text: 'Finished' };
  return { tone: 'later', text: `Next: ${longDate(adherence.nextDue)}` };
}

function sideWord(side: Item['side']): string {
  return side === 'left' ? 'left' : 'right';
}

/** The program's stretches, which the guided timer does not run: "Upper trapezius (right)". */
export function stretchNames(program: HomeProgram): string[] {
  return program.items
    .filter((item) => item.kind === 'stretch')
    .map((item) => `${findMuscle(item.muscle ?? '')?.name ?? item.label} (${sideWord(item.side)})`);
}

/** The guided session with the program's trigger points, linked back to the program for logging. */
export function sessionHref(clientId: string, program: HomeProgram): string | undefined {
  const points = program.items.filter((item) => item.kind === 'trigger-point' && item.triggerPoint);
  if (points.length === 0) return undefined;
  const query = [
    ...points.map((point) => `tp=${encodeURIComponent(point.triggerPoint ?? '')}:${point.side}`),
    `program=${encodeURIComponent(clientId)}:${encodeURIComponent(program.id)}`,
  ];
  return `/session?${query.join('&')}`;
}

/** "5 → 3" style pain, or a dash when it was not recorded. */
export function painText(value: number | null): string {
  return value === null ? '–' : `${value}/10`;
}
