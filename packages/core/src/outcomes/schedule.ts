import { z } from 'zod';
import { INSTRUMENT_IDS } from './instruments/instrument.types.ts';

/**
 * When a therapist wants a client to fill in a questionnaire: once, before every visit, or every N visits.
 * Visits are counted 1, 2, 3… for the client; a questionnaire is due at a visit until it is completed for it.
 * "Every N visits" counts from the last completion, so a missed one is asked again at the next visit and the
 * rhythm restarts from there rather than waiting for the next multiple of N.
 */

const visitNumber = (field: string) =>
  z
    .number({ error: `${field} must be a visit number` })
    .int(`${field} must be a whole number`)
    .min(1, `${field} must be 1 or more`);

export const scheduleRuleSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('once'),
      /** The first visit it is asked at (default 1: as soon as possible). */
      atVisit: visitNumber('atVisit').default(1),
    }),
    z.strictObject({ kind: z.literal('every-visit') }),
    z.strictObject({
      kind: z.literal('every-n-visits'),
      n: z.number().int('n must be a whole number').min(2, 'n must be 2–52').max(52, 'n must be 2–52'),
      /** The first visit it is asked at (default 1). */
      startAtVisit: visitNumber('startAtVisit').default(1),
    }),
  ],
  { error: 'kind must be once, every-visit or every-n-visits' },
);
export type ScheduleRule = z.infer<typeof scheduleRuleSchema>;

export const questionnaireScheduleSchema = z.strictObject({
  instrument: z.enum(INSTRUMENT_IDS, {
    error: (issue) => `unknown instrument ${JSON.stringify(issue.input)}; expected one of ${INSTRUMENT_IDS.join(', ')}`,
  }),
  rule: scheduleRuleSchema,
});
export type QuestionnaireSchedule = z.infer<typeof questionnaireScheduleSchema>;

export interface ScheduleProgress {
  /** The visit being prepared (1 for the first). */
  visitNumber: number;
  /** The visit the questionnaire was last completed for, or null if never. */
  lastCompletedVisitNumber: number | null;
  /** How many times it has been completed. */
  completedCount: number;
}

function check(progress: ScheduleProgress): void {
  const { visitNumber: visit, lastCompletedVisitNumber: last, completedCount: count } = progress;
  if (!Number.isInteger(visit) || visit < 1) throw new RangeError(`visitNumber ${visit} must be a whole number ≥ 1`);
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`completedCount ${count} must be a whole number ≥ 0`);
  if (last !== null && (!Number.isInteger(last) || last < 1))
    throw new RangeError(`lastCompletedVisitNumber ${last} must be a whole number ≥ 1 or null`);
  if ((last === null) !== (count === 0))
    throw new RangeError('lastCompletedVisitNumber must be null exactly when completedCount is 0');
}

/** Whether the questionnaire should be filled in for this visit. */
export function isDue(schedule: Pick<QuestionnaireSchedule, 'rule'>, progress: ScheduleProgress): boolean {
  check(progress);
  const { visitNumber: visit, lastCompletedVisitNumber: last, completedCount: count } = progress;
  // Already done for this visit (or, oddly, a later one).
  if (last !== null && last >= visit) return false;
  const rule = schedule.rule;
  switch (rule.kind) {
    case 'once':
      return count === 0 && visit >= rule.atVisit;
    case 'every-visit':
      return true;
    case 'every-n-visits':
      return visit >= rule.startAtVisit && (last === null || visit - last >= rule.n);
  }
}

/** The next visit (this one included) the questionnaire is due at, or null if it never will be again. */
export function nextDueVisit(schedule: Pick<QuestionnaireSchedule, 'rule'>, progress: ScheduleProgress): number | null {
  check(progress);
  const { visitNumber: visit, lastCompletedVisitNumber: last, completedCount: count } = progress;
  const notBefore = last !== null && last >= visit ? last + 1 : visit;
  const rule = schedule.rule;
  switch (rule.kind) {
    case 'once':
      return count === 0 ? Math.max(notBefore, rule.atVisit) : null;
    case 'every-visit':
      return notBefore;
    case 'every-n-visits':
      return Math.max(notBefore, rule.startAtVisit, last === null ? 1 : last + rule.n);
  }
}
