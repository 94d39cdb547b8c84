import type { InstrumentDefinition, InstrumentScore } from './instrument.types.ts';

/**
 * Pain now on the 0–10 numeric rating scale (NRS): one whole number, 0 for no pain and 10 for the worst pain
 * imaginable. The format has no owner, so Myomap words the question itself.
 */

/** LOINC answer codes for 0–10 (answer list LL2335-9), by score. */
export const NRS_LOINC_ANSWERS: readonly { score: number; code: string }[] = [
  { score: 0, code: 'LA6111-4' },
  { score: 1, code: 'LA6112-2' },
  { score: 2, code: 'LA6113-0' },
  { score: 3, code: 'LA6114-8' },
  { score: 4, code: 'LA6115-5' },
  { score: 5, code: 'LA10137-0' },
  { score: 6, code: 'LA10138-8' },
  { score: 7, code: 'LA10139-6' },
  { score: 8, code: 'LA10140-4' },
  { score: 9, code: 'LA10141-2' },
  { score: 10, code: 'LA13942-0' },
];

export const NRS_PAIN: InstrumentDefinition = {
  id: 'nrs-pain',
  name: 'Numeric rating scale for pain (0–10)',
  abbreviation: 'NRS',
  measures: 'How strong the pain is right now.',
  region: 'any',
  range: { min: 0, max: 10, unit: 'points' },
  higherIsBetter: false,
  scoring: 'The score is the number chosen, a whole number from 0 to 10.',
  items: [
    {
      id: 'nrs-pain-now',
      topic: 'Pain now',
      text: 'How much pain do you have right now? Choose a number from 0 (no pain) to 10 (the worst pain you can imagine).',
      responses: Array.from({ length: 11 }, (_, score) => ({
        score,
        ...(score === 0 ? { label: 'No pain' } : score === 10 ? { label: 'Worst pain imaginable' } : {}),
      })),
    },
  ],
  partialAnswers: {
    rule: 'A single question: without an answer there is no score.',
    maxMissing: 0,
    limitPublished: true,
    sources: [{ ref: 'loinc-72514-3', locator: 'term description' }],
  },
  terms: {
    status: 'public-domain',
    copyrightHolder: null,
    summary:
      'A 0–10 numeric rating of pain is a generic format, not a published questionnaire with an owner. LOINC ' +
      'describes it (0 no pain, 10 worst pain imaginable) without any copyright or terms-of-use notice, unlike ' +
      'the owned instruments it codes.',
    itemTextIncluded: true,
    decision: 'Myomap words the question and the two end anchors itself; nothing is copied from a form.',
    sources: [{ ref: 'loinc-72514-3', locator: 'term description; no copyright notice' }],
    checked: '2026-11',
  },
  sources: [{ ref: 'farrar-2001', locator: 'Methods: 11-point scale, 0 no pain to 10 worst possible pain' }],
  loinc: {
    panel: null,
    score: { code: '72514-3', display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported' },
    answerList: 'LL2335-9',
    answers: NRS_LOINC_ANSWERS,
    verifiedAt: 'terminology-server',
    note:
      'Term 72514-3 (status active) and its 0–10 answer codes were checked against the value set the FHIR ' +
      'terminology server tx.fhir.org expands from LOINC 2.82, and against FHIR guides that bind answer list ' +
      'LL2335-9. That expansion shows LA6113-0 with the display "2 or more"; send the code with the number ' +
      '(valueInteger, or ordinalValue on the coding) and do not rely on the display.',
    sources: [
      { ref: 'loinc-72514-3', locator: 'term and answer list LL2335-9' },
      { ref: 'hl7-be-pain-scale', locator: 'expansion, 11 concepts' },
    ],
  },
};

export function isNrsScore(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10;
}

export function scoreNrs(answer: number | null | undefined): InstrumentScore {
  if (answer === null || answer === undefined) return { ok: false, reason: 'no answer', answered: 0, missing: 1 };
  if (!isNrsScore(answer)) return { ok: false, reason: 'must be a whole number 0–10', answered: 0, missing: 1 };
  return { ok: true, score: answer, answered: 1, missing: 0 };
}

/** The LOINC answer code for a 0–10 pain score. */
export function nrsLoincAnswer(score: number): string | undefined {
  return NRS_LOINC_ANSWERS.find((a) => a.score === score)?.code;
}
