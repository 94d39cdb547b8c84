import { INSTRUMENT_IDS } from '@myomap/core/outcomes/instruments/index.ts';
import { questionnaireResponseInputSchema } from '@myomap/core/outcomes/responses.ts';
import { z } from 'zod';
import { trendSchema } from './outcome.schemas.ts';

export { questionnaireResponseInputSchema };

export const scheduleInputSchema = z.object({
  instrument: z.enum(INSTRUMENT_IDS),
  rule: z
    .unknown()
    .describe('{ kind: "once", atVisit? } | { kind: "every-visit" } | { kind: "every-n-visits", n, startAtVisit? }'),
});

const score = z.object({
  ok: z.boolean(),
  score: z.number().optional(),
  percent: z.number().optional(),
  answered: z.number(),
  missing: z.number(),
  reason: z.string().optional(),
});

const assessment = trendSchema.shape.assessment.unwrap();

export const questionnaireOverviewSchema = z
  .object({
    nextVisitNumber: z.number().int(),
    schedules: z.array(
      z.object({
        id: z.string(),
        instrument: z.enum(INSTRUMENT_IDS),
        instrumentName: z.string(),
        rule: z.record(z.string(), z.unknown()),
        due: z.boolean(),
        createdAt: z.string(),
      }),
    ),
    responses: z.array(
      z.object({
        id: z.string(),
        instrument: z.enum(INSTRUMENT_IDS),
        instrumentName: z.string(),
        completedOn: z.string(),
        visitNumber: z.number().int(),
        score,
      }),
    ),
    changes: z.array(z.object({ instrument: z.enum(INSTRUMENT_IDS), from: z.string(), to: z.string(), assessment })),
  })
  .meta({ id: 'QuestionnaireOverview' });
