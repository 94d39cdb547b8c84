import { isInArea, withNeighbours } from './body-parts.ts';
import type { MedicationClassId } from './medications.data.ts';
import type { ScreeningAnswers } from './questions.types.ts';
import type { RuleCondition } from './rules.types.ts';

/** What a rule condition is judged against. */
export interface RuleContext {
  answers: ScreeningAnswers;
  medicationClasses: ReadonlySet<MedicationClassId>;
  hasUnrecognisedMedication: boolean;
  /** Ids of the red flags present (RED_FLAG_RULES ids). */
  redFlags: ReadonlySet<string>;
  /** Where the person wants to treat; empty means anywhere. */
  treatmentRegions: readonly string[];
}

/** The answer as a list of strings (a multiple choice or regions answer), else empty. */
export function answerList(answers: ScreeningAnswers, question: string): readonly string[] {
  const value = answers[question];
  if (Array.isArray(value)) return value as readonly string[];
  return typeof value === 'string' ? [value] : [];
}

function near(context: RuleContext, question: string): boolean {
  if (context.treatmentRegions.length === 0) return true;
  const around = withNeighbours(answerList(context.answers, question));
  // No regions to compare with: treatment could be near, so assume it is.
  return around.size === 0 || context.treatmentRegions.some((id) => around.has(id));
}

export function holds(condition: RuleCondition, context: RuleContext): boolean {
  const { answers } = context;
  if ('any' in condition) return condition.any.some((c) => holds(c, context));
  if ('all' in condition) return condition.all.every((c) => holds(c, context));
  if ('yes' in condition) return answers[condition.yes] === true;
  if ('choice' in condition) return answerList(answers, condition.choice).some((v) => condition.in.includes(v));
  if ('number' in condition) {
    const value = answers[condition.number];
    if (typeof value !== 'number') return false;
    return 'atLeast' in condition ? value >= condition.atLeast : value <= condition.atMost;
  }
  if ('regionsIn' in condition)
    return answerList(answers, condition.regionsIn).some((id) => isInArea(id, condition.areas));
  if ('medication' in condition) return condition.medication.some((c) => context.medicationClasses.has(c));
  if ('unrecognisedMedication' in condition) return context.hasUnrecognisedMedication;
  if ('redFlag' in condition) return context.redFlags.has(condition.redFlag);
  return near(context, condition.nearTreatment);
}

/** Every question a condition reads, for checks that rules only name real questions. */
export function questionsOf(condition: RuleCondition): string[] {
  if ('any' in condition) return condition.any.flatMap(questionsOf);
  if ('all' in condition) return condition.all.flatMap(questionsOf);
  if ('yes' in condition) return [condition.yes];
  if ('choice' in condition) return [condition.choice];
  if ('number' in condition) return [condition.number];
  if ('regionsIn' in condition) return [condition.regionsIn];
  if ('nearTreatment' in condition) return [condition.nearTreatment];
  return [];
}
