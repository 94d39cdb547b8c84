import { DateTime } from 'luxon';
import { z } from 'zod';
import { findMuscle, findTriggerPoint } from '../atlas/atlas.ts';
import type { SessionPlan } from '../planner/planner.types.ts';

/**
 * Home programs: what a client does between visits (trigger points to self-treat, stretches), how often
 * (days a week) and for how many weeks. The client runs each routine with the guided session and logs it;
 * the therapist sees adherence (done against due) and pain before and after.
 */

export const homeProgramItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('trigger-point'),
    triggerPoint: z.string().refine((id) => findTriggerPoint(id) !== undefined, {
      error: (issue) => `unknown trigger point ${JSON.stringify(issue.input)}`,
    }),
    side: z.enum(['left', 'right'], { error: 'must be left or right' }),
  }),
  z.strictObject({
    kind: z.literal('stretch'),
    muscle: z.string().refine((id) => findMuscle(id) !== undefined, {
      error: (issue) => `unknown muscle ${JSON.stringify(issue.input)}`,
    }),
    side: z.enum(['left', 'right'], { error: 'must be left or right' }),
  }),
]);
export type HomeProgramItem = z.infer<typeof homeProgramItemSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value).isValid, 'is not a real date');

export const homeProgramInputSchema = z.strictObject({
  title: z.string().trim().min(1, 'is required').max(200),
  items: z.array(homeProgramItemSchema).min(1, 'add at least one trigger point or stretch').max(30),
  daysPerWeek: z.number().int('must be a whole number').min(1, 'must be 1–7').max(7, 'must be 1–7'),
  weeks: z.number().int('must be a whole number').min(1, 'must be 1–52 weeks').max(52, 'must be 1–52 weeks'),
  startDate: isoDate,
  notes: z.string().max(2000).default(''),
});
export type HomeProgramInput = z.input<typeof homeProgramInputSchema>;
export type HomeProgramDefinition = z.infer<typeof homeProgramInputSchema>;

export const homeProgramLogSchema = z.strictObject({
  doneOn: isoDate,
  painBefore: z.number().int().min(0, 'must be 0–10').max(10, 'must be 0–10').optional(),
  painAfter: z.number().int().min(0, 'must be 0–10').max(10, 'must be 0–10').optional(),
  note: z.string().max(1000).optional(),
});
export type HomeProgramLogInput = z.infer<typeof homeProgramLogSchema>;

/** The items of a planned session, as a home program's list (each point and each stretch once). */
export function itemsFromPlan(plan: Pick<SessionPlan, 'steps'>): HomeProgramItem[] {
  const items: HomeProgramItem[] = [];
  const seen = new Set<string>();
  for (const step of plan.steps) {
    if (!step.side) continue;
    if ((step.kind === 'compression' || step.kind === 'stripping') && step.triggerPoint) {
      const key = `tp:${step.triggerPoint}:${step.side}`;
      if (!seen.has(key)) items.push({ kind: 'trigger-point', triggerPoint: step.triggerPoint, side: step.side });
      seen.add(key);
    } else if (step.kind === 'stretch' && step.muscle) {
      const key = `stretch:${step.muscle}:${step.side}`;
      if (!seen.has(key)) items.push({ kind: 'stretch', muscle: step.muscle, side: step.side });
      seen.add(key);
    }
  }
  return items;
}

/**
 * The days a routine is due: `daysPerWeek` days spread evenly over each week from the start date
 * (3 a week → days 0, 2 and 4 of each week; 7 → every day), for `weeks` weeks.
 */
export function dueDates(program: Pick<HomeProgramDefinition, 'daysPerWeek' | 'weeks' | 'startDate'>): string[] {
  const start = DateTime.fromISO(program.startDate);
  const offsets = [
    ...new Set(Array.from({ length: program.daysPerWeek }, (_, i) => Math.floor((i * 7) / program.daysPerWeek))),
  ];
  const dates: string[] = [];
  for (let week = 0; week < program.weeks; week++) {
    for (const offset of offsets) dates.push(start.plus({ days: week * 7 + offset }).toISODate() ?? '');
  }
  return dates;
}

export interface LoggedRoutine {
  doneOn: string;
  painBefore: number | null;
  painAfter: number | null;
}

export interface WeekAdherence {
  week: number;
  from: string;
  due: number;
  done: number;
}

export interface Adherence {
  /** Routines due up to and including `today`. */
  due: number;
  /** Routines logged up to `today`, counting at most what was due in each week (extra days do not make up for missed weeks). */
  done: number;
  /** done / due, 0–1; null before anything was due. */
  rate: number | null;
  weeks: WeekAdherence[];
  /** Mean pain before and after over the logs that recorded both (0–10), or null. */
  painBefore: number | null;
  painAfter: number | null;
  dueToday: boolean;
  doneToday: boolean;
  /** The next due date after today, if the program still runs. */
  nextDue: string | null;
  finished: boolean;
}

export function adherence(
  program: Pick<HomeProgramDefinition, 'daysPerWeek' | 'weeks' | 'startDate'>,
  logs: readonly LoggedRoutine[],
  today: string,
): Adherence {
  const due = dueDates(program);
  const start = DateTime.fromISO(program.startDate);
  const weekOf = (date: string): number => Math.floor(DateTime.fromISO(date).diff(start, 'days').days / 7);
  const logged = logs.filter((l) => l.doneOn >= program.startDate && l.doneOn <= today);
  const loggedDays = new Set(logged.map((l) => l.doneOn));
  const weeks: WeekAdherence[] = [];
  for (let week = 0; week < program.weeks; week++) {
    const from = start.plus({ days: week * 7 }).toISODate() ?? '';
    if (from > today) break;
    const dueThisWeek = due.filter((d) => weekOf(d) === week && d <= today).length;
    const doneThisWeek = [...loggedDays].filter((d) => weekOf(d) === week).length;
    weeks.push({ week: week + 1, from, due: dueThisWeek, done: Math.min(doneThisWeek, program.daysPerWeek) });
  }
  const dueSoFar = weeks.reduce((sum, w) => sum + w.due, 0);
  const doneSoFar = weeks.reduce((sum, w) => sum + Math.min(w.done, w.due), 0);
  const both = logged.filter((l) => l.painBefore !== null && l.painAfter !== null);
  const mean = (values: number[]): number | null =>
    values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  const last = due.at(-1) ?? program.startDate;
  return {
    due: dueSoFar,
    done: doneSoFar,
    rate: dueSoFar === 0 ? null : Math.round((doneSoFar / dueSoFar) * 100) / 100,
    weeks,
    painBefore: mean(both.map((l) => l.painBefore as number)),
    painAfter: mean(both.map((l) => l.painAfter as number)),
    dueToday: due.includes(today),
    doneToday: loggedDays.has(today),
    nextDue: due.find((d) => d > today) ?? null,
    finished: today > last,
  };
}

export function describeItem(item: HomeProgramItem): string {
  if (item.kind === 'trigger-point') {
    const found = findTriggerPoint(item.triggerPoint);
    return `${found?.triggerPoint.label ?? item.triggerPoint}, ${item.side}`;
  }
  return `Stretch: ${findMuscle(item.muscle)?.name ?? item.muscle}, ${item.side}`;
}
