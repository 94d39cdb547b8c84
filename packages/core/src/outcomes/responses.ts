import { z } from 'zod';
import {
  INSTRUMENT_IDS,
  ndiAnswersSchema,
  odiAnswersSchema,
  psfsAnswersSchema,
  rmdqAnswersSchema,
  scoreNdi,
  scoreNrs,
  scoreOdi,
  scorePsfs,
  scoreRmdq,
  type InstrumentId,
  type InstrumentScore,
} from './instruments/index.ts';

/**
 * A completed questionnaire: the instrument, its answers in that instrument's shape, and the score it gives
 * by the instrument's published rules (partial answers as the instrument allows).
 */

const nrsAnswersSchema = z.strictObject({
  score: z.number({ error: 'score must be a number 0–10' }).int('score must be a whole number 0–10').min(0).max(10),
});

const ANSWER_SCHEMAS: Readonly<Record<InstrumentId, z.ZodType>> = {
  'nrs-pain': nrsAnswersSchema,
  psfs: psfsAnswersSchema,
  ndi: ndiAnswersSchema,
  odi: odiAnswersSchema,
  rmdq: rmdqAnswersSchema,
};

export const questionnaireResponseInputSchema = z.strictObject({
  instrument: z.enum(INSTRUMENT_IDS, {
    error: (issue) => `unknown instrument ${JSON.stringify(issue.input)}; expected one of ${INSTRUMENT_IDS.join(', ')}`,
  }),
  answers: z.unknown(),
  /** The day it was filled in (the client's date), YYYY-MM-DD. */
  completedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
});
export type QuestionnaireResponseInput = z.infer<typeof questionnaireResponseInputSchema>;

export interface ScoredResponse {
  instrument: InstrumentId;
  answers: unknown;
  score: InstrumentScore;
}

export interface ResponseIssue {
  path: string;
  message: string;
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

/** Validates the answers against the instrument's shape and scores them, or says which answers are wrong. */
export function scoreResponse(
  instrument: InstrumentId,
  answers: unknown,
): { ok: true; response: ScoredResponse } | { ok: false; issues: ResponseIssue[] } {
  const parsed = ANSWER_SCHEMAS[instrument].safeParse(answers);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ path: formatPath(['answers', ...i.path]), message: i.message })),
    };
  }
  const data: unknown = parsed.data;
  const score = ((): InstrumentScore => {
    switch (instrument) {
      case 'nrs-pain':
        return scoreNrs((data as z.infer<typeof nrsAnswersSchema>).score);
      case 'psfs':
        return scorePsfs(data as z.infer<typeof psfsAnswersSchema>);
      case 'ndi':
        return scoreNdi(data as z.infer<typeof ndiAnswersSchema>);
      case 'odi':
        return scoreOdi(data as z.infer<typeof odiAnswersSchema>);
      case 'rmdq':
        return scoreRmdq(data as z.infer<typeof rmdqAnswersSchema>);
    }
  })();
  return { ok: true, response: { instrument, answers: data, score } };
}
