import { BODY_POSITIONS, MAX_AVOID_REGIONS, TOOLS } from '@myomap/core/planner/plan-input.ts';
import { z } from 'zod';
import { screeningResponseSchema } from './screening.schemas.ts';

const positionSchema = z.enum(['seated', 'supine', 'prone', 'side-lying', 'standing', 'standing-wall']);
const toolSchema = z.enum(['hands', 'ball', 'foam-roller', 'hooked-cane']);
const sideSchema = z.enum(['left', 'right']);

export const planRequestSchema = z
  .object({
    triggerPoints: z
      .array(
        z.object({ id: z.string().describe('Atlas trigger point id, e.g. upper-trapezius.tp1'), side: sideSchema }),
      )
      .min(1)
      .max(100)
      .describe('Highest ranked first; the plan keeps the first that fit'),
    budgetSeconds: z.number().int().optional().describe('Time available in seconds (default 1200)'),
    mode: z.enum(['self-care', 'therapist']).optional(),
    tools: z.array(toolSchema).max(TOOLS.length).optional(),
    intensity: z.enum(['gentle', 'moderate', 'firm']).optional(),
    modifications: z
      .object({
        lightPressure: z.boolean().optional().describe('Light pressure (3/10 at most) everywhere'),
        pressureLimits: z
          .array(
            z.object({
              max: z.number().int(),
              regions: z.array(z.string()).optional(),
              reason: z.string(),
              rule: z.string().optional(),
            }),
          )
          .max(100)
          .optional()
          .describe('Caps with their scope: each step keeps to the strictest that covers it'),
        avoidRegions: z.array(z.string().max(100)).max(MAX_AVOID_REGIONS).optional(),
        avoidMuscles: z
          .array(z.object({ muscle: z.string(), reason: z.string() }))
          .max(100)
          .optional(),
        noPositions: z.array(positionSchema).max(BODY_POSITIONS.length).optional(),
        noHeat: z.boolean().optional(),
        noHeatRegions: z.array(z.string().max(100)).max(MAX_AVOID_REGIONS).optional(),
      })
      .optional()
      .describe('Limits of your own; added to those of `screening`, never loosening them'),
    screening: screeningResponseSchema
      .optional()
      .describe(
        'The decision exactly as POST /api/screening/evaluate returns it: its limits reach every step they concern; ' +
          'urgent, refer and postpone refuse a plan (422)',
      ),
  })
  .meta({ id: 'PlanRequest' });

export const planSchema = z
  .object({
    steps: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(['warm-up', 'compression', 'stripping', 'stretch', 'transition', 'after-care']),
        title: z.string(),
        position: positionSchema,
        seconds: z.number(),
        triggerPoint: z.string().optional(),
        muscle: z.string().optional(),
        side: sideSchema.optional(),
        region: z.string().optional(),
        pressure: z.number().optional(),
        limit: z
          .object({ max: z.number(), reason: z.string(), rule: z.string().optional() })
          .optional()
          .describe('The strictest pressure limit covering this step, and the rule that set it'),
        holdSeconds: z.number().optional(),
        repetitions: z.number().optional(),
        strokes: z.number().optional(),
        instructions: z.array(z.string()),
        tool: toolSchema.optional(),
      }),
    ),
    totalSeconds: z.number(),
    budgetSeconds: z.number(),
    positions: z.array(positionSchema),
    positionChanges: z.number(),
    leftOut: z.array(z.object({ triggerPoint: z.string(), side: sideSchema, reason: z.string() })),
    pressureCap: z.number(),
  })
  .meta({ id: 'SessionPlan' });
