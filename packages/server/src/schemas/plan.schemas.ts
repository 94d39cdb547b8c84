import { BODY_POSITIONS, MAX_AVOID_REGIONS, TOOLS } from '@myomap/core/planner/plan-input.ts';
import { z } from 'zod';

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
        lightPressure: z.boolean().optional(),
        avoidRegions: z.array(z.string().max(100)).max(MAX_AVOID_REGIONS).optional(),
        noPositions: z.array(positionSchema).max(BODY_POSITIONS.length).optional(),
        noHeat: z.boolean().optional(),
      })
      .optional()
      .describe('From screening: light pressure, areas to avoid, positions not allowed'),
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
