import {
  MAX_ANSWERS,
  MAX_MEDICATIONS,
  MAX_SCREENING_REGIONS,
  MEDICATION_TEXT_MAX_LENGTH,
} from '@myomap/core/screening/input.ts';
import { z } from 'zod';

// Bounds here mirror the core parser's, so an oversized request is refused before any of it is evaluated.
const answerSchema = z.union([
  z.boolean(),
  z.string().max(100),
  z.array(z.string().max(100)).max(MAX_SCREENING_REGIONS),
  z.number(),
]);

export const screeningRequestSchema = z
  .object({
    answers: z
      .record(z.string().max(100), answerSchema)
      .refine((answers) => Object.keys(answers).length <= MAX_ANSWERS, `at most ${MAX_ANSWERS} answers`)
      .describe('Answers keyed by question id (see /api/screening/questions)'),
    medications: z
      .array(z.string().max(MEDICATION_TEXT_MAX_LENGTH))
      .max(MAX_MEDICATIONS)
      .default([])
      .describe('Medicines as written, one per entry'),
    medicationPurposes: z
      .record(
        z.string().max(MEDICATION_TEXT_MAX_LENGTH),
        z.enum(['blood-thinning', 'pain', 'steroid', 'cancer', 'other', 'not-sure']),
      )
      .refine((purposes) => Object.keys(purposes).length <= MAX_MEDICATIONS, `at most ${MAX_MEDICATIONS} purposes`)
      .optional()
      .describe('What a medicine Myomap did not recognise is for, by its line as entered ("What is it for?")'),
    regions: z
      .array(z.string().max(100))
      .max(MAX_SCREENING_REGIONS)
      .optional()
      .describe('Where the person wants to treat (region ids)'),
  })
  .meta({ id: 'ScreeningRequest' });

const modificationSchema = z
  .object({
    type: z.enum([
      'light-pressure',
      'moderate-pressure',
      'avoid-regions',
      'avoid-area',
      'avoid-muscles',
      'no-position',
      'no-heat',
      'check-skin',
      'rise-slowly',
    ]),
    regions: z.array(z.string()).optional(),
    area: z.string().optional(),
    muscles: z.array(z.string()).optional().describe('avoid-muscles: atlas muscle ids'),
    position: z.string().optional(),
    reason: z.string().optional(),
    rule: z.string().optional().describe('Pressure limits: the rule that set it'),
    why: z.string().optional().describe('Pressure limits: why, in a few words, shown on each step it limits'),
  })
  .meta({ id: 'ScreeningModification' });

export const screeningResponseSchema = z
  .object({
    outcome: z.enum(['urgent', 'refer', 'postpone', 'caution', 'ok']),
    reasons: z.array(
      z.object({
        rule: z.string(),
        outcome: z.enum(['urgent', 'refer', 'postpone', 'caution', 'ok']),
        reason: z.string(),
        advice: z.string(),
        sources: z.array(z.object({ ref: z.string(), locator: z.string().optional() })),
      }),
    ),
    modifications: z.array(modificationSchema),
    medications: z.array(
      z.object({
        input: z.string(),
        name: z.string(),
        matchedAs: z.string(),
        approximate: z.boolean(),
        topical: z.boolean(),
        classes: z.array(
          z.object({
            id: z.string(),
            label: z.string(),
            atc: z.array(z.string()).readonly().describe('WHO ATC codes'),
          }),
        ),
      }),
    ),
    unrecognisedMedications: z.array(z.string()),
    medicationPurposes: z
      .record(z.string(), z.string())
      .optional()
      .describe('What each unrecognised medicine is for, as the person said (rulesets from 2026.12)'),
    treatmentRegions: z.array(z.object({ region: z.string(), limit: z.enum(['avoid', 'light', 'moderate', 'none']) })),
    rulesetVersion: z.string(),
  })
  .meta({ id: 'ScreeningDecision' });

export const screeningQuestionsSchema = z
  .object({
    rulesetVersion: z.string(),
    sections: z.array(z.object({ id: z.string(), order: z.number(), title: z.string(), intro: z.string() })).readonly(),
    questions: z
      .array(
        z.object({
          id: z.string(),
          section: z.string(),
          order: z.number(),
          type: z.enum(['yes-no', 'choice', 'regions', 'number']),
          text: z.string(),
          help: z.string().optional(),
          showIf: z.object({ yes: z.string() }).optional(),
          required: z.boolean().optional(),
          options: z
            .array(z.object({ id: z.string(), label: z.string() }))
            .readonly()
            .optional(),
          multiple: z.boolean().optional(),
          min: z.number().optional(),
          max: z.number().optional(),
          unit: z.string().optional(),
          integer: z.boolean().optional(),
        }),
      )
      .readonly(),
  })
  .meta({ id: 'ScreeningQuestions' });
