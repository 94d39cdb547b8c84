import {
  bandOf,
  ZERO_TO_FIVE,
  type InstrumentDefinition,
  type InstrumentScore,
  type ScoreBand,
} from './instrument.types.ts';
import { answeredScores, sectionAnswersSchema, sum, type SectionAnswers } from './sections.ts';

/**
 * Neck Disability Index (NDI, Vernon & Mior 1991): ten sections on how neck pain affects daily life, each
 * scored 0–5, total 0–50 (× 2 for a percentage). Myomap ships the scoring, the section ids and short topics
 * only: the wording is Howard Vernon's, and nothing we found lets an open-source project redistribute it, so
 * clinics enter the section scores from their own copy of the form.
 */

const TOPICS = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Reading',
  'Headaches',
  'Concentration',
  'Work',
  'Driving',
  'Sleeping',
  'Recreation',
] as const;

export const NDI_ITEM_IDS: readonly string[] = TOPICS.map((_, i) => `ndi-${i + 1}`);

export const ndiAnswersSchema = sectionAnswersSchema(NDI_ITEM_IDS, 5);

/** Myomap's limit: the author's note speaks of the occasional blank section and sets no number. */
export const NDI_MAX_MISSING = 2;

/** Bands on the raw score (0–50) from the original report, as the author restates them. */
export const NDI_BANDS: readonly ScoreBand[] = [
  { from: 0, label: 'No disability' },
  { from: 5, label: 'Mild' },
  { from: 15, label: 'Moderate' },
  { from: 25, label: 'Severe' },
  { from: 35, label: 'Complete' },
];

export const NDI: InstrumentDefinition = {
  id: 'ndi',
  name: 'Neck Disability Index',
  abbreviation: 'NDI',
  measures: 'How much neck pain limits everyday life: pain, self-care, lifting, reading, work, sleep and more.',
  region: 'neck',
  range: { min: 0, max: 50, unit: 'points (raw score; × 2 for percent)' },
  higherIsBetter: false,
  scoring:
    'Each of the ten sections is scored 0 (first statement) to 5 (last statement); the raw score is their sum, ' +
    '0–50, and doubling it gives a percentage.',
  items: TOPICS.map((topic, i) => ({ id: `ndi-${i + 1}`, topic, responses: ZERO_TO_FIVE })),
  partialAnswers: {
    rule:
      'The author’s instruction: when a section is left blank, the average of the answered sections is added ' +
      'for it, which is the same as scaling the answered sections up to 50. The author sets no number of blank ' +
      `sections; Myomap scores with up to ${NDI_MAX_MISSING} blank (eight of ten answered) and gives no score ` +
      'beyond that.',
    maxMissing: NDI_MAX_MISSING,
    limitPublished: false,
    sources: [{ ref: 'vernon-ndi-scoring-note', locator: 'scoring: missing items' }],
  },
  terms: {
    status: 'permission-unclear',
    copyrightHolder: 'Howard Vernon',
    summary:
      'The NDI is Howard Vernon’s, developed from the Oswestry index with its author’s permission. The author ' +
      'encourages clinicians to copy and use it in practice, and it is catalogued for distribution by Mapi ' +
      'Research Trust (ePROVIDE). We found no statement that allows its wording to be redistributed, modified ' +
      'or relicensed as part of open-source software, nor one on commercial or electronic use.',
    itemTextIncluded: false,
    decision:
      'Only the scoring, section ids and short neutral topics are included. Clinics give clients their own copy ' +
      'of the form and enter each section score (0–5). The wording can be added if Howard Vernon grants ' +
      'permission for redistribution under the AGPL.',
    sources: [
      { ref: 'vernon-ndi-scoring-note', locator: 'history and use' },
      { ref: 'vernon-2008', locator: 'history of the NDI' },
    ],
    checked: '2026-11',
  },
  sources: [
    { ref: 'vernon-mior-1991', locator: 'development, scoring and bands' },
    { ref: 'vernon-2008', locator: 'review of measurement properties' },
    { ref: 'vernon-ndi-scoring-note', locator: 'scoring and interpretation' },
  ],
  loinc: {
    panel: { code: '82226-2', display: 'Neck Disability Index [NDI]' },
    score: { code: '82237-9', display: 'Total score [NDI]' },
    items: Object.fromEntries(
      [
        '82227-0',
        '82228-8',
        '82229-6',
        '82230-4',
        '82231-2',
        '82232-0',
        '82233-8',
        '82234-6',
        '82235-3',
        '82236-1',
      ].map((code, i) => [`ndi-${i + 1}`, code]),
    ),
    verifiedAt: 'implementation-guide',
    note:
      'Codes as used by published FHIR guides (PACIO sample data; CMS ACCESS model draft); not read on ' +
      'loinc.org itself. Check each on loinc.org before the FHIR export ships; the total there may be the raw ' +
      'score or the percentage.',
    sources: [{ ref: 'pacio-ndi', locator: 'Questionnaire item codes and total score' }],
  },
};

export function scoreNdi(answers: SectionAnswers): InstrumentScore {
  const { scores, answered, missing } = answeredScores(NDI_ITEM_IDS, answers);
  if (answered === 0) return { ok: false, reason: 'no section answered', answered, missing };
  if (missing > NDI_MAX_MISSING)
    return { ok: false, reason: `${missing} sections blank; at most ${NDI_MAX_MISSING} allowed`, answered, missing };
  // Blank sections take the mean of the answered ones.
  const raw = (sum(scores) / answered) * NDI_ITEM_IDS.length;
  return { ok: true, score: raw, percent: raw * 2, answered, missing };
}

export function ndiBand(raw: number): ScoreBand | undefined {
  return bandOf(NDI_BANDS, raw);
}
