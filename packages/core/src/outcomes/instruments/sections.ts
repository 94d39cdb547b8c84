import { z } from 'zod';

/**
 * Answers to a questionnaire of numbered sections, each scored 0–`max`: an object keyed by item id, where
 * a missing key or null means the section was left blank. Unknown ids are rejected, naming the field.
 */
export function sectionAnswersSchema(ids: readonly string[], max: number) {
  const score = z
    .number({ error: `must be a number 0–${max}` })
    .int(`must be a whole number 0–${max}`)
    .min(0, `must be 0–${max}`)
    .max(max, `must be 0–${max}`);
  const shape: Record<string, z.ZodOptional<z.ZodNullable<typeof score>>> = {};
  for (const id of ids) shape[id] = score.nullable().optional();
  return z.strictObject(shape);
}

export type SectionAnswers = Readonly<Record<string, number | null | undefined>>;

/** The answered scores, in item order, and how many were left blank. */
export function answeredScores(
  ids: readonly string[],
  answers: SectionAnswers,
): { scores: number[]; answered: number; missing: number } {
  const scores = ids.map((id) => answers[id]).filter((v): v is number => typeof v === 'number');
  return { scores, answered: scores.length, missing: ids.length - scores.length };
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, v) => total + v, 0);
}
