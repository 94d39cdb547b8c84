import { z } from 'zod';
import type { InstrumentDefinition, InstrumentScore } from './instrument.types.ts';

/**
 * Roland-Morris Disability Questionnaire (RMDQ, 24 items): the client ticks each statement about back pain
 * that describes them today; the score is the number ticked, 0–24. It is the free low-back alternative to the
 * ODI: its authors printed it for use without permission. Myomap still ships only the scoring, item ids and
 * short topics (see the terms below); clinics use the published form and enter which items were ticked.
 */

const TOPICS = [
  'Staying at home',
  'Changing position',
  'Walking speed',
  'Jobs around the house',
  'Handrail on stairs',
  'Lying down to rest',
  'Getting out of an easy chair',
  'Asking others for help',
  'Dressing speed',
  'Standing',
  'Bending or kneeling',
  'Getting out of a chair',
  'Pain most of the time',
  'Turning over in bed',
  'Appetite',
  'Socks or stockings',
  'Walking distance',
  'Sleep',
  'Help with dressing',
  'Sitting for most of the day',
  'Heavy jobs',
  'Temper',
  'Speed on stairs',
  'Staying in bed',
] as const;

export const RMDQ_ITEM_IDS: readonly string[] = TOPICS.map((_, i) => `rmdq-${i + 1}`);

/** The ids of the ticked items; anything not ticked (or not applicable) counts as not ticked. */
export const rmdqAnswersSchema = z.strictObject({
  ticked: z
    .array(
      z.string().refine((id) => RMDQ_ITEM_IDS.includes(id), {
        error: (issue) => `unknown item ${JSON.stringify(issue.input)}`,
      }),
    )
    .max(RMDQ_ITEM_IDS.length)
    .refine((ids) => new Set(ids).size === ids.length, 'an item is ticked twice'),
});
export type RmdqAnswers = z.infer<typeof rmdqAnswersSchema>;

export const RMDQ: InstrumentDefinition = {
  id: 'rmdq',
  name: 'Roland-Morris Disability Questionnaire (24 items)',
  abbreviation: 'RMDQ',
  measures: 'How much low back pain limits everyday activities today.',
  region: 'low-back',
  range: { min: 0, max: 24, unit: 'points' },
  higherIsBetter: false,
  scoring: 'One point for each statement ticked; the score is the count, 0–24.',
  items: TOPICS.map((topic, i) => ({
    id: `rmdq-${i + 1}`,
    topic,
    responses: [{ score: 0 }, { score: 1 }],
  })),
  partialAnswers: {
    rule:
      'There are no blank items: a statement not ticked, or marked as not applying, scores 0, as the authors ' +
      'advise (the form has no yes/no boxes).',
    maxMissing: 0,
    limitPublished: true,
    sources: [{ ref: 'roland-fairbank-2000', locator: 'RDQ scoring' }],
  },
  terms: {
    status: 'free-to-use',
    copyrightHolder: 'Martin Roland and Richard Morris',
    summary:
      'Its authors state that the forms printed in their 2000 review may be used without permission from them ' +
      'or from the journal. Translations are distributed separately (some for a fee).',
    itemTextIncluded: false,
    decision:
      'Free to use, but the permission covers using the printed form, not relicensing its wording under ' +
      'Myomap’s AGPL. Until the authors confirm that, Myomap ships the scoring, item ids and short topics, and ' +
      'clinics use the published form. Adding the wording needs only that confirmation.',
    sources: [{ ref: 'roland-fairbank-2000', locator: 'Introduction: no permission required for the appended forms' }],
    checked: '2026-11',
  },
  sources: [
    { ref: 'roland-morris-1983', locator: 'development' },
    { ref: 'roland-fairbank-2000', locator: 'versions, scoring, comparison with the ODI' },
  ],
  loinc: null,
  loincNote:
    'No LOINC term for the 24-item RMDQ was found (searched November 2026); export it with a Myomap code system ' +
    'until one is confirmed on loinc.org.',
};

export function scoreRmdq(answers: RmdqAnswers): InstrumentScore {
  const ticked = new Set(answers.ticked.filter((id) => RMDQ_ITEM_IDS.includes(id)));
  return { ok: true, score: ticked.size, answered: RMDQ_ITEM_IDS.length, missing: 0 };
}
