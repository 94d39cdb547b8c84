import { z } from 'zod';
import type { InstrumentDefinition, InstrumentScore } from './instrument.types.ts';

/**
 * Patient-Specific Functional Scale (PSFS): the client names the activities that their problem makes hard
 * (up to three in the original report; three to five in later use) and rates each from 0 (cannot do it) to 10
 * (can do it as well as before the problem). The score is the mean rating. At follow-up the same activities
 * are rated again, so each activity keeps its id.
 */

export const PSFS_MAX_ACTIVITIES = 5;

export const psfsActivitySchema = z.strictObject({
  id: z.string().trim().min(1, 'id is required').max(64, 'id must be at most 64 characters'),
  /** The activity in the client's own words. */
  activity: z.string().trim().min(1, 'activity is required').max(200, 'activity must be at most 200 characters'),
  score: z
    .number()
    .int('score must be a whole number 0–10')
    .min(0, 'score must be 0–10')
    .max(10, 'score must be 0–10')
    .nullable(),
});
export type PsfsActivity = z.infer<typeof psfsActivitySchema>;

export const psfsAnswersSchema = z.strictObject({
  activities: z
    .array(psfsActivitySchema)
    .min(1, 'name at least one activity')
    .max(PSFS_MAX_ACTIVITIES, `name at most ${PSFS_MAX_ACTIVITIES} activities`)
    .refine((list) => new Set(list.map((a) => a.id)).size === list.length, 'activity ids must be unique'),
});
export type PsfsAnswers = z.infer<typeof psfsAnswersSchema>;

export const PSFS: InstrumentDefinition = {
  id: 'psfs',
  name: 'Patient-Specific Functional Scale',
  abbreviation: 'PSFS',
  measures: 'How well the client can do the everyday activities that matter to them and that the problem limits.',
  region: 'any',
  range: { min: 0, max: 10, unit: 'points (mean of the activities)' },
  higherIsBetter: true,
  scoring:
    'Each activity is rated 0–10; the score is the sum of the ratings divided by the number of activities ' +
    'rated. Changes are read on the same activities at each assessment.',
  items: Array.from({ length: PSFS_MAX_ACTIVITIES }, (_, i) => ({
    id: `psfs-activity-${i + 1}`,
    topic: `Activity ${i + 1}, named by the client`,
    responses: Array.from({ length: 11 }, (_, score) => ({
      score,
      // Our own wording of the two anchors, not a copy of the published form.
      ...(score === 0
        ? { label: 'Unable to do the activity' }
        : score === 10
          ? { label: 'Able to do it as well as before the problem began' }
          : {}),
    })),
  })),
  partialAnswers: {
    rule:
      'The mean is taken over the activities rated at that assessment. The authors give no rule for unrated ' +
      'activities; Myomap leaves them out and needs at least one rated activity.',
    maxMissing: null,
    limitPublished: false,
    sources: [{ ref: 'stratford-1995', locator: 'scoring: sum of activity scores / number of activities' }],
  },
  terms: {
    status: 'free-to-use',
    copyrightHolder: 'Stratford P, Gill C, Westaway M, Binkley J (authors of the 1995 report)',
    summary:
      'Free to use, with no fee or licence; the scale is printed in the original 1995 report. Copies of the ' +
      'form circulate with the note that they are reproduced with the authors’ permission.',
    itemTextIncluded: false,
    decision:
      'The scale has no fixed items: the client names the activities. Myomap words the instruction and the two ' +
      'end anchors itself rather than copying the form, keeping their meaning (0 cannot do it, 10 as well as ' +
      'before).',
    sources: [
      { ref: 'stratford-1995', locator: 'the scale and its instructions' },
      { ref: 'rehabmeasures-psfs', locator: 'Cost: free' },
    ],
    checked: '2026-11',
  },
  sources: [
    { ref: 'stratford-1995', locator: 'development and scoring' },
    { ref: 'horn-2012', locator: 'review of measurement properties' },
  ],
  loinc: null,
  loincNote:
    'No LOINC term for the PSFS was found (LOINC pages and FHIR guides searched in November 2026); export it ' +
    'with a Myomap code system until one exists.',
};

/** Mean of the rated activities. */
export function scorePsfs(answers: PsfsAnswers): InstrumentScore {
  const rated = answers.activities.filter((a) => a.score !== null);
  const answered = rated.length;
  const missing = answers.activities.length - answered;
  if (answered === 0) return { ok: false, reason: 'no activity rated', answered, missing };
  const sum = rated.reduce((total, a) => total + (a.score ?? 0), 0);
  return { ok: true, score: sum / answered, answered, missing };
}

/**
 * Baseline and current means over the activities rated at both assessments, so a change is not an artefact
 * of activities added or dropped. Null when no activity was rated both times.
 */
export function psfsOnSharedActivities(
  baseline: PsfsAnswers,
  current: PsfsAnswers,
): { baseline: number; current: number; activities: string[] } | null {
  const before = new Map(baseline.activities.filter((a) => a.score !== null).map((a) => [a.id, a.score as number]));
  const shared = current.activities.filter((a) => a.score !== null && before.has(a.id));
  if (shared.length === 0) return null;
  const mean = (values: number[]): number => values.reduce((t, v) => t + v, 0) / values.length;
  return {
    baseline: mean(shared.map((a) => before.get(a.id) as number)),
    current: mean(shared.map((a) => a.score as number)),
    activities: shared.map((a) => a.id),
  };
}
