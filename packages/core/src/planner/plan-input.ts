import { z } from 'zod';
import { findMuscle, findTriggerPoint } from '../atlas/atlas.ts';
import type { BodyPosition, Tool } from '../atlas/atlas.types.ts';
import { findRegionBase, isRegionId, REGIONS } from '../body/regions.ts';
import { preview } from '../text/preview.ts';
import {
  PLAN_INTENSITIES,
  PLAN_MODES,
  type PlanInputIssue,
  type PlannerAtlas,
  type PlanTriggerPointInput,
  type ResolvedPlanInput,
} from './planner.types.ts';
import { DEFAULT_BUDGET_SECONDS, MAX_BUDGET_SECONDS, MAX_PRESSURE } from './timing.ts';

/**
 * Validation of a plan input. Errors name the offending value and point at its field
 * (`triggerPoints[2].id: unknown trigger point "x"`), like the pain drawing's.
 */

export const TOOLS = ['hands', 'ball', 'foam-roller', 'hooked-cane'] as const satisfies readonly Tool[];
export const BODY_POSITIONS = [
  'seated',
  'supine',
  'prone',
  'side-lying',
  'standing',
  'standing-wall',
] as const satisfies readonly BodyPosition[];
export const MAX_TRIGGER_POINTS = 100;
/** Regions to avoid: concrete ids and side-less bases, each once at most. */
export const MAX_AVOID_REGIONS = REGIONS.length * 2;

export const DEFAULT_ATLAS: PlannerAtlas = { findTriggerPoint };

const oneOf = (what: string, values: readonly string[]) => (issue: { input?: unknown }) =>
  `unknown ${what} ${preview(issue.input)}; expected one of ${values.join(', ')}`;

const sideSchema = z.enum(['left', 'right'], { error: oneOf('side', ['left', 'right']) });
const toolSchema = z.enum(TOOLS, { error: oneOf('tool', TOOLS) });
const positionSchema = z.enum(BODY_POSITIONS, { error: oneOf('position', BODY_POSITIONS) });

/** A concrete region id, or the side-less base of a region (standing for both sides). */
const avoidRegionSchema = z.string().refine((id) => isRegionId(id) || findRegionBase(id) !== undefined, {
  error: (issue) => `unknown region ${preview(issue.input)}`,
});

const MAX_LIMITS = 100;
/** Room for every region twice over (concrete ids and side-less bases). */
const MAX_REGION_LIST = 1000;

const shortText = z.string().trim().min(1, 'must not be empty').max(300, 'at most 300 characters');

const muscleIdSchema = z.string().refine((id) => findMuscle(id) !== undefined, {
  error: (issue) => `unknown muscle ${JSON.stringify(issue.input)}`,
});

const pressureLimitSchema = z.object({
  max: z
    .number({ error: 'max must be a number from 1 to 7' })
    .int('max must be a whole number')
    .min(1, 'max must be at least 1')
    .max(MAX_PRESSURE, `max must be at most ${MAX_PRESSURE}`),
  regions: z
    .array(avoidRegionSchema)
    .min(1, 'leave out regions for a limit everywhere')
    .max(MAX_REGION_LIST)
    .optional(),
  reason: shortText,
  rule: z.string().max(100).optional(),
});

function reportDuplicatePoints(points: PlanTriggerPointInput[], ctx: z.RefinementCtx<PlanTriggerPointInput[]>): void {
  const firstIndex = new Map<string, number>();
  points.forEach((point, index) => {
    // Runs even when some entries are malformed (see `when` below), so look before trusting the type.
    const id: unknown = point?.id;
    const side: unknown = point?.side;
    if (typeof id !== 'string' || typeof side !== 'string') return;
    const key = `${id}:${side}`;
    const earlier = firstIndex.get(key);
    if (earlier === undefined) {
      firstIndex.set(key, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [index],
      message: `duplicate trigger point ${preview(id)} on the ${side} (already at triggerPoints[${earlier}])`,
      input: point,
    });
  });
}

function planInputSchema(atlas: PlannerAtlas) {
  const triggerPointIdSchema = z.string().refine((id) => atlas.findTriggerPoint(id) !== undefined, {
    error: (issue) => `unknown trigger point ${preview(issue.input)}`,
  });
  return z.object({
    triggerPoints: z
      .array(z.object({ id: triggerPointIdSchema, side: sideSchema }))
      .min(1, 'choose at least one trigger point')
      .max(MAX_TRIGGER_POINTS, `at most ${MAX_TRIGGER_POINTS} trigger points`)
      .superRefine(reportDuplicatePoints, {
        // Not on a list over the cap: that is refused whole, not entry by entry.
        when: (payload) => Array.isArray(payload.value) && payload.value.length <= MAX_TRIGGER_POINTS,
      }),
    budgetSeconds: z
      .number({ error: 'budgetSeconds must be a number of seconds' })
      .refine(Number.isInteger, 'budgetSeconds must be a whole number of seconds')
      .refine((n) => n > 0, 'budgetSeconds must be more than 0')
      .refine((n) => n <= MAX_BUDGET_SECONDS, `budgetSeconds must be at most ${MAX_BUDGET_SECONDS}`)
      .default(DEFAULT_BUDGET_SECONDS),
    mode: z.enum(PLAN_MODES, { error: oneOf('mode', PLAN_MODES) }).default('self-care'),
    tools: z.array(toolSchema).max(TOOLS.length, `at most ${TOOLS.length} tools`).default(['hands']),
    modifications: z
      .object({
        lightPressure: z.boolean().default(false),
        pressureLimits: z.array(pressureLimitSchema).max(MAX_LIMITS, `at most ${MAX_LIMITS} limits`).default([]),
        avoidRegions: z
          .array(avoidRegionSchema)
          .max(MAX_AVOID_REGIONS, `at most ${MAX_AVOID_REGIONS} regions`)
          .default([]),
        avoidMuscles: z
          .array(z.object({ muscle: muscleIdSchema, reason: shortText }))
          .max(MAX_LIMITS)
          .default([]),
        noPositions: z
          .array(positionSchema)
          .max(BODY_POSITIONS.length, `at most ${BODY_POSITIONS.length} positions`)
          .refine(
            (positions) => !BODY_POSITIONS.every((p) => positions.includes(p)),
            'noPositions rules out every position; at least one must stay allowed',
          )
          .default([]),
        noHeat: z.boolean().default(false),
        noHeatRegions: z.array(avoidRegionSchema).max(MAX_REGION_LIST).default([]),
      })
      .default({
        lightPressure: false,
        pressureLimits: [],
        avoidRegions: [],
        avoidMuscles: [],
        noPositions: [],
        noHeat: false,
        noHeatRegions: [],
      }),
    intensity: z.enum(PLAN_INTENSITIES, { error: oneOf('intensity', PLAN_INTENSITIES) }).default('moderate'),
  });
}

const DEFAULT_SCHEMA = planInputSchema(DEFAULT_ATLAS);

/** `['triggerPoints', 2, 'id']` → `triggerPoints[2].id`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

export type PlanInputResult = { ok: true; input: ResolvedPlanInput } | { ok: false; issues: PlanInputIssue[] };

/** Validates anything (a request body, a stored draft) as a plan input and fills in defaults. */
export function parsePlanInput(input: unknown, atlas: PlannerAtlas = DEFAULT_ATLAS): PlanInputResult {
  const schema = atlas === DEFAULT_ATLAS ? DEFAULT_SCHEMA : planInputSchema(atlas);
  const result = schema.safeParse(input);
  if (result.success) {
    const data = result.data;
    return {
      ok: true,
      input: {
        ...data,
        tools: [...new Set(data.tools)],
        modifications: {
          ...data.modifications,
          avoidRegions: [...new Set(data.modifications.avoidRegions)],
          noHeatRegions: [...new Set(data.modifications.noHeatRegions)],
          noPositions: [...new Set(data.modifications.noPositions)],
        },
      },
    };
  }
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}
