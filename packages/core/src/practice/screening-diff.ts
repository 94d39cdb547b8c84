import { findRegion } from '../body/regions.ts';
import type { ScreeningInput, ScreeningResult } from '../screening/evaluate.ts';
import { findScreeningQuestion } from '../screening/questions.data.ts';
import type { ScreeningAnswer, ScreeningQuestion } from '../screening/questions.types.ts';

/**
 * What changed between two screenings of the same person: shown before each session, so the
 * therapist sees a new medicine or a new warning sign instead of re-reading the whole intake.
 */

export interface ScreeningSnapshot {
  input: ScreeningInput;
  result: Pick<ScreeningResult, 'outcome' | 'reasons'>;
}

export interface AnswerChange {
  question: string;
  text: string;
  before: string;
  after: string;
}

export interface ScreeningDiff {
  /** Set when the overall outcome moved, e.g. `{ before: 'ok', after: 'caution' }`. */
  outcome: { before: string; after: string } | null;
  answers: AnswerChange[];
  medicationsAdded: string[];
  medicationsRemoved: string[];
  /** Rules that fire now and did not before (ids), and those that no longer fire. */
  newReasons: string[];
  resolvedReasons: string[];
}

/** An answer in words, as a person would read it back ("yes", "Left knee", "3 weeks"). */
export function describeAnswer(question: ScreeningQuestion | undefined, value: ScreeningAnswer | undefined): string {
  if (value === undefined) return 'not answered';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return question?.type === 'number' ? `${value} ${question.unit}` : String(value);
  const ids = typeof value === 'string' ? [value] : [...value];
  if (ids.length === 0) return 'none';
  return ids
    .map((id) => {
      if (question?.type === 'choice') return question.options.find((o) => o.id === id)?.label ?? id;
      if (question?.type === 'regions') return findRegion(id)?.label ?? id;
      return id;
    })
    .join(', ');
}

function normalisedMedicine(line: string): string {
  return line.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function diffScreenings(before: ScreeningSnapshot, after: ScreeningSnapshot): ScreeningDiff {
  const ids = [...new Set([...Object.keys(before.input.answers), ...Object.keys(after.input.answers)])];
  const answers: AnswerChange[] = [];
  for (const id of ids) {
    const question = findScreeningQuestion(id);
    const was = describeAnswer(question, before.input.answers[id]);
    const now = describeAnswer(question, after.input.answers[id]);
    if (was !== now) answers.push({ question: id, text: question?.text ?? id, before: was, after: now });
  }
  const beforeMeds = new Map(before.input.medications.map((m) => [normalisedMedicine(m), m]));
  const afterMeds = new Map(after.input.medications.map((m) => [normalisedMedicine(m), m]));
  const beforeRules = new Set(before.result.reasons.map((r) => r.rule));
  const afterRules = new Set(after.result.reasons.map((r) => r.rule));
  return {
    outcome:
      before.result.outcome === after.result.outcome
        ? null
        : { before: before.result.outcome, after: after.result.outcome },
    answers,
    medicationsAdded: [...afterMeds].filter(([key]) => !beforeMeds.has(key)).map(([, line]) => line),
    medicationsRemoved: [...beforeMeds].filter(([key]) => !afterMeds.has(key)).map(([, line]) => line),
    newReasons: [...afterRules].filter((rule) => !beforeRules.has(rule)),
    resolvedReasons: [...beforeRules].filter((rule) => !afterRules.has(rule)),
  };
}

export function isUnchanged(diff: ScreeningDiff): boolean {
  return (
    diff.outcome === null &&
    diff.answers.length === 0 &&
    diff.medicationsAdded.length === 0 &&
    diff.medicationsRemoved.length === 0 &&
    diff.newReasons.length === 0 &&
    diff.resolvedReasons.length === 0
  );
}
