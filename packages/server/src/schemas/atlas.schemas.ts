import { z } from 'zod';

/** Response schemas of the atlas endpoints; they also document the API in OpenAPI. */

export const sourceSchema = z
  .object({
    ref: z.string(),
    locator: z.string().optional(),
    citation: z.string(),
    kind: z.enum(['textbook', 'review', 'trial', 'guideline', 'study', 'popular']),
    url: z.string().optional(),
  })
  .meta({ id: 'Source' });

const namedRefSchema = z.object({ id: z.string(), name: z.string() }).meta({ id: 'NamedRef' });

const toolSchema = z.enum(['hands', 'ball', 'foam-roller', 'hooked-cane']);
const positionSchema = z.enum(['seated', 'supine', 'prone', 'side-lying', 'standing', 'standing-wall']);

export const triggerPointSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    side: z.enum(['left', 'right']),
    region: z.string().describe('Where the trigger point lies, as a region id on `side`'),
    location: z.object({
      region: z.string(),
      u: z.number().optional(),
      v: z.number().optional(),
      view: z.string().optional(),
    }),
    essential: z.array(z.string()).describe('Region ids where it nearly always refers pain'),
    spillover: z.array(z.string()).describe('Region ids where it sometimes refers pain'),
    symptoms: z.array(z.string()),
    howToFind: z.string(),
    selfTreatment: z.object({
      tools: z.array(toolSchema).readonly(),
      position: positionSchema,
      steps: z.array(z.string()).readonly(),
      pressure: z.number().describe('Target discomfort, 0–10'),
      holdSeconds: z.number().optional(),
      repetitions: z.number().optional(),
      strokes: z.number().optional(),
    }),
    precautions: z.array(z.string()),
    sources: z.array(sourceSchema),
  })
  .meta({ id: 'TriggerPoint' });

export const muscleSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    commonNames: z.array(z.string()),
    area: z.string(),
    action: z.string(),
    triggerPoints: z.array(triggerPointSchema),
    stretch: z.object({
      name: z.string(),
      position: positionSchema,
      steps: z.array(z.string()).readonly(),
      holdSeconds: z.number(),
      repetitions: z.number(),
    }),
    perpetuatingFactors: z.array(z.string()),
    precautions: z.array(z.string()),
    relatedMuscles: z.array(namedRefSchema),
    conditions: z.array(namedRefSchema),
    sources: z.array(sourceSchema),
  })
  .meta({ id: 'Muscle' });

export const muscleSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    commonNames: z.array(z.string()),
    area: z.string(),
    triggerPoints: z.number().int(),
  })
  .meta({ id: 'MuscleSummary' });

const evidenceLevelSchema = z.enum(['moderate', 'low', 'very-low', 'insufficient', 'not-applicable']);

export const conditionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    aka: z.array(z.string()),
    kind: z.enum(['condition', 'caution']),
    description: z.string(),
    regions: z.array(z.string()).describe('Region bases (side-less) where people feel it'),
    muscles: z.array(namedRefSchema).describe('Muscles to check, most likely first'),
    evidence: z.object({ level: evidenceLevelSchema, summary: z.string(), sources: z.array(sourceSchema) }),
    redFlags: z.array(z.string()),
    askYourDoctor: z.array(z.string()),
    sources: z.array(sourceSchema),
  })
  .meta({ id: 'Condition' });

export const conditionSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['condition', 'caution']),
    evidenceLevel: evidenceLevelSchema,
    muscles: z.array(z.string()),
  })
  .meta({ id: 'ConditionSummary' });
