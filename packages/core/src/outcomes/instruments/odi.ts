import { z } from 'zod';
import {
  bandOf,
  ZERO_TO_FIVE,
  type InstrumentDefinition,
  type InstrumentScore,
  type ScoreBand,
} from './instrument.types.ts';
import { sum } from './sections.ts';

/**
 * Oswestry Disability Index (ODI, version 2.1a): ten sections on how back or leg pain affects daily life, each
 * scored 0–5; the index is the total as a percentage of the maximum for the sections answered (0–100). The ODI
 * is Jeremy Fairbank's and is licensed through Mapi Research Trust, with fees for some users, so Myomap ships
 * the scoring, section ids and short topics only; clinics enter section scores from their licensed copy. For a
 * free low-back questionnaire see the Roland-Morris (rmdq.ts) and the notes there.
 */

const TOPICS = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Walking',
  'Sitting',
  'Standing',
  'Sleeping',
  'Sex life',
  'Social life',
  'Travelling',
] as const;

export const ODI_ITEM_IDS: readonly string[] = TOPICS.map((_, i) => `odi-${i + 1}`);

const sectionScore = z
  .number({ error: 'must be a number 0–5' })
  .int('must be a whole number 0–5')
  .min(0, 'must be 0–5')
  .max(5, 'must be 0–5');

/**
 * One score per section; a list when the client marked more than one statement in a section (the highest
 * counts). A missing key or null is a blank section (also for a section that does not apply, e.g. sex life).
 */
export const odiAnswersSchema = z.strictObject(
  Object.fromEntries(
    ODI_ITEM_IDS.map((id) => [
      id,
      z
        .union([sectionScore, z.array(sectionScore).min(1, 'mark at least one statement')])
        .nullable()
        .optional(),
    ]),
  ),
);
export type OdiAnswers = Readonly<Record<string, number | readonly number[] | null | undefined>>;

/** The authors' reading of the index (0–100), in our words. */
export const ODI_BANDS: readonly ScoreBand[] = [
  { from: 0, label: 'Minimal disability' },
  { from: 21, label: 'Moderate disability' },
  { from: 41, label: 'Severe disability' },
  { from: 61, label: 'Very severe disability' },
  { from: 81, label: 'Bed-bound, or the answers need checking with the client' },
];

export const ODI: InstrumentDefinition = {
  id: 'odi',
  name: 'Oswestry Disability Index (version 2.1a)',
  abbreviation: 'ODI',
  measures: 'How much back or leg pain limits everyday life today: pain, self-care, lifting, walking and more.',
  region: 'low-back',
  range: { min: 0, max: 100, unit: 'percent (points on 0–100)' },
  higherIsBetter: false,
  scoring:
    'Each of the ten sections is scored 0 (first statement) to 5 (last statement). The index is the total ' +
    'divided by 5 × the number of sections answered, times 100. When two statements are marked in a section ' +
    'the higher one counts.',
  items: TOPICS.map((topic, i) => ({ id: `odi-${i + 1}`, topic, responses: ZERO_TO_FIVE })),
  partialAnswers: {
    rule:
      'Blank or not-applicable sections are left out of both the total and the maximum (each lowers the ' +
      'maximum by 5). The authors note that in theory one answered section gives a score, though in practice ' +
      'fewer than eight answered is rare; Myomap follows them and reports how many sections were blank.',
    maxMissing: ODI_ITEM_IDS.length - 1,
    limitPublished: true,
    sources: [
      { ref: 'fairbank-pynsent-2000', locator: 'scoring; missing sections' },
      { ref: 'mapi-odi', locator: 'Fairbank, "The Oswestry Disability Index (ODI)": structure and scoring' },
    ],
  },
  terms: {
    status: 'licence-required',
    copyrightHolder: 'Jeremy Fairbank (ODI © 1980), licensed through Mapi Research Trust',
    summary:
      'All rights reserved by the author; version 2.1a is distributed by Mapi Research Trust (ePROVIDE) under ' +
      'a user agreement. It is free for students, clinicians in their own practice and unfunded academic work; ' +
      'fees may apply to funded research, healthcare organisations, commercial users and software companies. ' +
      'The 2000 review printed the forms for use without permission, but the current owner’s terms govern ' +
      'electronic and commercial use.',
    itemTextIncluded: false,
    decision:
      'Only the scoring, section ids and short neutral topics are included, so Myomap itself stays free of ' +
      'licensed wording. A clinic that holds a licence gives clients the licensed form and enters each section ' +
      'score (0–5). As a free low-back alternative Myomap scores the Roland-Morris questionnaire.',
    sources: [
      { ref: 'loinc-97909-6', locator: 'Copyright: ODI © Jeremy Fairbank, 1980. All Rights Reserved' },
      { ref: 'mapi-odi', locator: 'instrument page and conditions of use' },
      { ref: 'rehabmeasures-odi', locator: 'Cost description' },
      { ref: 'roland-fairbank-2000', locator: 'Introduction: forms in the appendices usable without permission' },
    ],
    checked: '2026-11',
  },
  sources: [
    { ref: 'fairbank-1980', locator: 'original questionnaire' },
    { ref: 'fairbank-pynsent-2000', locator: 'versions, scoring and interpretation' },
  ],
  loinc: {
    panel: { code: '97908-8', display: 'Oswestry Disability Index' },
    score: { code: '97909-6', display: 'Oswestry disability index score ODI' },
    verifiedAt: 'loinc.org',
    note: 'Both codes read on loinc.org (added in LOINC 2.70); the score is reported as a percentage. LOINC has no item codes for the sections.',
    sources: [{ ref: 'loinc-97909-6', locator: 'term, panel membership and copyright' }],
  },
};

function sectionValue(answer: number | readonly number[] | null | undefined): number | null {
  if (answer === null || answer === undefined) return null;
  if (typeof answer === 'number') return answer;
  return answer.length === 0 ? null : Math.max(...answer);
}

export function scoreOdi(answers: OdiAnswers): InstrumentScore {
  const scores = ODI_ITEM_IDS.map((id) => sectionValue(answers[id])).filter((v): v is number => v !== null);
  const answered = scores.length;
  const missing = ODI_ITEM_IDS.length - answered;
  if (answered === 0) return { ok: false, reason: 'no section answered', answered, missing };
  const index = (sum(scores) * 100) / (5 * answered);
  return { ok: true, score: index, answered, missing };
}

export function odiBand(index: number): ScoreBand | undefined {
  // Bands are whole percentages (0–20, 21–40…); round before reading them.
  return bandOf(ODI_BANDS, Math.round(index));
}
