import { outcomeEntrySchema } from '@myomap/core/outcomes/measures.ts';
import { z } from 'zod';

export { outcomeEntrySchema };

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
export const rangeQuerySchema = z.object({ from: date.optional(), to: date.optional() });
export const trendQuerySchema = rangeQuerySchema.extend({
  scale: z.enum(['pain', 'stiffness', 'stress', 'sleep', 'soreness']).default('pain'),
});

export const outcomeEntryViewSchema = z
  .object({ id: z.string(), entry: outcomeEntrySchema, createdAt: z.string() })
  .meta({ id: 'OutcomeEntryView' });

const citation = z.object({ ref: z.string(), locator: z.string().optional() });
const windowSchema = z.object({
  from: z.string(),
  to: z.string(),
  mean: z.number().nullable(),
  daysWithReadings: z.number(),
});

export const trendSchema = z
  .object({
    scale: z.string(),
    days: z.array(
      z.object({
        date: z.string(),
        value: z.number().nullable(),
        readings: z.number(),
        session: z
          .object({
            painBefore: z.number().nullable(),
            painAfter: z.number().nullable(),
            sorenessNextDay: z.number().nullable(),
          })
          .nullable(),
      }),
    ),
    firstWindow: windowSchema.nullable(),
    lastWindow: windowSchema.nullable(),
    windowChange: z.number().nullable(),
    assessment: z
      .object({
        measure: z.string(),
        baseline: z.number(),
        current: z.number(),
        change: z.number(),
        percentChange: z.number().nullable(),
        direction: z.enum(['better', 'worse', 'same']),
        important: z.boolean(),
        notableWorsening: z.boolean(),
        threshold: z.object({
          value: z.number(),
          unit: z.string(),
          scale: z.string(),
          orPercent: z.number().optional(),
          source: citation,
          alsoSee: z.array(citation).readonly(),
          evidence: z.string(),
        }),
      })
      .nullable()
      .describe('For pain: the change between the first and last weeks judged against the cited threshold'),
    reason: z.string().optional(),
  })
  .meta({ id: 'OutcomeTrend' });
