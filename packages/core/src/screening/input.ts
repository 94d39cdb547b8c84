import { z } from 'zod';
import { isRegionId, REGIONS } from '../body/regions.ts';
import { preview } from '../text/preview.ts';
import { SCREENING_QUESTIONS, findScreeningQuestion } from './questions.data.ts';
import type { ScreeningAnswer, ScreeningAnswers, ScreeningQuestion } from './questions.types.ts';
import { MEDICATION_PURPOSE_IDS, type MedicationPurposeId } from './medication-purposes.ts';

/**
 * Validation of a screening request. Every problem is reported with the field it concerns, in the
 * style of the pain drawing (`answers.pregnancy: expected yes or no`,
 * `answers.frobnicate: unknown question`), so one pass shows a client everything to fix.
 */

export interface ScreeningInput {
  answers: ScreeningAnswers;
  /** Free-text lines of the medicines list. */
  medications: string[];
  /** What a medicine Myomap did not recognise is for, by its line as entered (trimmed). */
  medicationPurposes: Record<string, MedicationPurposeId>;
  /** Where the person wants to treat or has pain; used to localise some rules. Empty: anywhere. */
  regions: string[];
}

export interface ScreeningIssue {
  /** e.g. `answers.recent-surgery-regions[1]`, `medications[0]`. */
  path: string;
  message: string;
}

export type ScreeningInputResult = { ok: true; input: ScreeningInput } | { ok: false; issues: ScreeningIssue[] };

export const MEDICATION_TEXT_MAX_LENGTH = 200;
/** Lines of a medicines list: more than anyone takes, few enough that evaluating them stays instant. */
export const MAX_MEDICATIONS = 60;
/** Region lists (where to treat, where surgery was) name each region once. */
export const MAX_SCREENING_REGIONS = REGIONS.length;
/** One answer per question at most; more keys can only be unknown questions. */
export const MAX_ANSWERS = SCREENING_QUESTIONS.length;

/** The follow-up questions of each parent question. */
const FOLLOW_UPS: ReadonlyMap<string, ScreeningQuestion[]> = SCREENING_QUESTIONS.reduce((map, q) => {
  if (q.showIf) map.set(q.showIf.yes, [...(map.get(q.showIf.yes) ?? []), q]);
  return map;
}, new Map<string, ScreeningQuestion[]>());

type Issue = { path: (string | number)[]; message: string };
type Checked = { value: ScreeningAnswer } | { issues: Issue[] };

const quoted = preview;

function checkList(value: unknown, what: string, max: number, valid: (item: string) => string | undefined): Checked {
  if (!Array.isArray(value)) return { issues: [{ path: [], message: `expected a list of ${what}` }] };
  if (value.length === 0) return { issues: [{ path: [], message: `expected at least one of the ${what}` }] };
  // Each item at most once, so a longer list is refused whole rather than item by item.
  if (value.length > max) return { issues: [{ path: [], message: `at most ${max} ${what}, each once` }] };
  const issues: Issue[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    if (typeof item !== 'string') issues.push({ path: [index], message: `expected one of the ${what}` });
    else {
      const problem = valid(item) ?? (seen.has(item) ? `duplicate ${quoted(item)}` : undefined);
      if (problem) issues.push({ path: [index], message: problem });
      seen.add(item);
    }
  });
  return issues.length > 0 ? { issues } : { value: value as string[] };
}

/** One answer against its question; paths are relative to the answer. */
function checkAnswer(question: ScreeningQuestion, value: unknown): Checked {
  const fail = (message: string): Checked => ({ issues: [{ path: [], message }] });
  switch (question.type) {
    case 'yes-no':
      if (value === true || value === 'yes') return { value: true };
      if (value === false || value === 'no') return { value: false };
      return fail('expected yes or no');
    case 'choice': {
      const ids = question.options.map((o) => o.id);
      const expected = `expected one of ${ids.join(', ')}`;
      const option = (item: string): string | undefined =>
        ids.includes(item) ? undefined : `unknown option ${quoted(item)}; ${expected}`;
      if (question.multiple) return checkList(value, 'options', ids.length, option);
      if (typeof value !== 'string') return fail(expected);
      const problem = option(value);
      return problem ? fail(problem) : { value };
    }
    case 'regions':
      return checkList(value, 'region ids', MAX_SCREENING_REGIONS, (item) =>
        isRegionId(item) ? undefined : `unknown region ${quoted(item)}`,
      );
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail('expected a number');
      if (value < question.min || value > question.max)
        return fail(`must be between ${question.min} and ${question.max} ${question.unit}`);
      if (question.integer && !Number.isInteger(value)) return fail('must be a whole number');
      return { value };
    }
  }
}

/**
 * Answers to questions a later ruleset asks differently, carried over so a stored screening can be
 * checked again: "reduced feeling in the feet" was asked of people with diabetes only.
 */
function carryOverRetiredAnswers(raw: Record<string, unknown>): Record<string, unknown> {
  if (!('diabetes-feet-numb' in raw)) return raw;
  const { 'diabetes-feet-numb': feetNumb, ...rest } = raw;
  const yes = feetNumb === true || feetNumb === 'yes';
  if (!yes || 'reduced-feeling' in rest) return rest;
  return { ...rest, 'reduced-feeling': true, 'reduced-feeling-where': ['feet'] };
}

function checkAnswers(given: Record<string, unknown>, ctx: z.RefinementCtx): ScreeningAnswers {
  const raw = carryOverRetiredAnswers(given);
  const answers: Record<string, ScreeningAnswer> = {};
  const issue = (path: (string | number)[], message: string): void => ctx.addIssue({ code: 'custom', path, message });
  // Thousands of made-up keys would each be an "unknown question" error: refuse them as one.
  if (Object.keys(raw).length > MAX_ANSWERS) {
    issue([], `at most ${MAX_ANSWERS} answers, one per question`);
    return answers;
  }
  for (const [id, value] of Object.entries(raw)) {
    const question = findScreeningQuestion(id);
    if (!question) issue([id], 'unknown question');
    // null or undefined: not answered.
    else if (value !== null && value !== undefined) {
      const checked = checkAnswer(question, value);
      if ('issues' in checked) for (const i of checked.issues) issue([id, ...i.path], i.message);
      else answers[id] = checked.value;
    }
  }
  // Follow-ups are answered only after a yes to their parent, and some are needed once it is yes.
  for (const [id, value] of Object.entries(raw)) {
    const parent = findScreeningQuestion(id)?.showIf?.yes;
    const parentInvalid =
      parent !== undefined && raw[parent] !== undefined && raw[parent] !== null && !(parent in answers);
    if (parent && value !== null && value !== undefined && answers[parent] !== true && !parentInvalid)
      issue([id], `only asked when ${parent} is yes`);
  }
  for (const [parent, value] of Object.entries(answers)) {
    if (value !== true) continue;
    for (const followUp of FOLLOW_UPS.get(parent) ?? []) {
      if (followUp.required && (raw[followUp.id] === undefined || raw[followUp.id] === null))
        issue([followUp.id], `required when ${parent} is yes`);
    }
  }
  return answers;
}

const medicationSchema = z
  .string({ error: 'expected the name of a medicine' })
  .trim()
  .min(1, 'empty medicine name')
  .max(MEDICATION_TEXT_MAX_LENGTH, `at most ${MEDICATION_TEXT_MAX_LENGTH} characters`);

const regionIdSchema = z.string({ error: 'expected a region id' }).refine(isRegionId, {
  error: (issue) => `unknown region ${quoted(issue.input)}`,
});

const screeningInputObject = z.strictObject({
  answers: z
    .record(z.string(), z.unknown(), { error: 'expected an object of answers by question id' })
    .transform(checkAnswers),
  medications: z
    .array(medicationSchema, { error: 'expected a list of medicines' })
    .max(MAX_MEDICATIONS, `at most ${MAX_MEDICATIONS} medicines`)
    .default([]),
  medicationPurposes: z
    .record(
      z.string().max(MEDICATION_TEXT_MAX_LENGTH),
      z.enum(MEDICATION_PURPOSE_IDS as [MedicationPurposeId, ...MedicationPurposeId[]], {
        error: `expected one of ${MEDICATION_PURPOSE_IDS.join(', ')}`,
      }),
      { error: 'expected an object of purposes by medicine' },
    )
    .default({}),
  regions: z
    .array(regionIdSchema, { error: 'expected a list of region ids' })
    .max(MAX_SCREENING_REGIONS, `at most ${MAX_SCREENING_REGIONS} regions`)
    .default([])
    .transform((ids) => [...new Set(ids)]),
});

/** A purpose only for a medicine on the list: anything else is a mistake worth naming. */
export const screeningInputSchema = screeningInputObject.superRefine((input, ctx) => {
  const listed = new Set(input.medications);
  for (const line of Object.keys(input.medicationPurposes)) {
    if (!listed.has(line.trim()))
      ctx.addIssue({ code: 'custom', path: ['medicationPurposes', line], message: 'not on the medicines list' });
  }
});

/** `['answers', 'x', 2]` → `answers.x[2]`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

export function parseScreeningInput(input: unknown): ScreeningInputResult {
  const result = screeningInputSchema.safeParse(input);
  if (result.success) return { ok: true, input: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** One line per issue, `path: message`. */
export function describeScreeningIssues(issues: readonly ScreeningIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('\n');
}

/** Thrown by evaluateScreening for input that does not validate; `issues` says what to fix. */
export class ScreeningInputError extends Error {
  readonly issues: ScreeningIssue[];
  constructor(issues: ScreeningIssue[]) {
    super(`Invalid screening input:\n${describeScreeningIssues(issues)}`);
    this.name = 'ScreeningInputError';
    this.issues = issues;
  }
}
