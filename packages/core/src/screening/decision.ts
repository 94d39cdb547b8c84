import { z } from 'zod';
import { BODY_POSITIONS } from '../planner/plan-input.ts';
import { BODY_AREAS } from '../body/region.types.ts';
import type { PlanModifications, ResolvedPlanInput } from '../planner/planner.types.ts';
import { SCREENING_OUTCOMES, type ScreeningOutcome } from './outcomes.ts';
import { planModificationsFrom } from './plan-modifications.ts';
import type { ScreeningModification } from './rules.types.ts';

/**
 * A screening decision handed back to Myomap: to `POST /api/plans`, `myomap plan --screening`, or
 * read from a stored screening. Only what planning needs is checked (the outcome and the
 * modifications); the rest of the decision is carried along untouched. Decisions stored by
 * rulesets before 2026.12 have pressure limits without a rule or a reason: they read as a limit
 * "set by screening".
 */

const SCREENING_LIMIT = 'set by screening';

const regions = z.array(z.string().max(100)).max(2000);
const text = z.string().max(2000);

const modificationSchema = z.discriminatedUnion(
  'type',
  [
    z.object({
      type: z.enum(['light-pressure', 'moderate-pressure']),
      regions: regions.optional(),
      rule: z.string().max(200).optional(),
      why: text.optional(),
    }),
    z.object({ type: z.literal('avoid-regions'), regions, reason: text.default('') }),
    z.object({ type: z.literal('avoid-area'), area: z.enum(BODY_AREAS), reason: text.default('') }),
    z.object({ type: z.literal('avoid-muscles'), muscles: z.array(z.string().max(100)).max(200), reason: text }),
    z.object({ type: z.literal('no-position'), position: z.enum(BODY_POSITIONS) }),
    z.object({ type: z.enum(['no-heat', 'check-skin']), regions: regions.optional() }),
    z.object({ type: z.literal('rise-slowly') }),
  ],
  { error: 'unknown kind of modification' },
);

export const decisionSchema = z.object({
  outcome: z.enum(SCREENING_OUTCOMES, { error: `expected one of ${SCREENING_OUTCOMES.join(', ')}` }),
  modifications: z.array(modificationSchema).max(500),
  rulesetVersion: z.string().max(50).optional(),
});

export interface PlanningDecision {
  outcome: ScreeningOutcome;
  modifications: ScreeningModification[];
  rulesetVersion?: string;
}

/** A modification as parsed, with a stored limit's missing rule and reason filled in. */
function completeModification(m: z.infer<typeof modificationSchema>): ScreeningModification {
  switch (m.type) {
    case 'light-pressure':
    case 'moderate-pressure':
      return {
        type: m.type,
        rule: m.rule ?? '',
        why: m.why ?? SCREENING_LIMIT,
        ...(m.regions ? { regions: [...m.regions] } : {}),
      };
    case 'no-heat':
    case 'check-skin':
      return m.regions ? { type: m.type, regions: [...m.regions] } : { type: m.type };
    case 'avoid-regions':
      return { type: m.type, regions: [...m.regions], reason: m.reason };
    case 'avoid-area':
      return { type: m.type, area: m.area, reason: m.reason };
    case 'avoid-muscles':
      return { type: m.type, muscles: [...m.muscles], reason: m.reason };
    case 'no-position':
      return { type: m.type, position: m.position };
    case 'rise-slowly':
      return { type: m.type };
  }
}

export type DecisionParse =
  { ok: true; decision: PlanningDecision } | { ok: false; issues: { path: string; message: string }[] };

export function parseDecision(input: unknown): DecisionParse {
  const result = decisionSchema.safeParse(input);
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.map((issue) => ({
        path: issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, ''),
        message: issue.message,
      })),
    };
  }
  const { outcome, modifications, rulesetVersion } = result.data;
  return {
    ok: true,
    decision: {
      outcome,
      modifications: modifications.map(completeModification),
      ...(rulesetVersion ? { rulesetVersion } : {}),
    },
  };
}

/** A stored decision's modifications as the current types (older rulesets lack a limit's rule and reason). */
export function storedModifications(raw: readonly unknown[]): ScreeningModification[] {
  return raw.flatMap((m) => {
    const parsed = modificationSchema.safeParse(m);
    return parsed.success ? [completeModification(parsed.data)] : [];
  });
}

/**
 * A plan's modifications from a decision and any the caller adds: limits and avoided places add
 * up, so a caller can only make a plan stricter than screening asks, never looser.
 */
export function combineModifications(
  decision: PlanningDecision,
  extra: PlanModifications = {},
): ResolvedPlanInput['modifications'] {
  const fromScreening = planModificationsFrom(decision.modifications);
  return {
    lightPressure: Boolean(extra.lightPressure),
    pressureLimits: [...fromScreening.pressureLimits, ...(extra.pressureLimits ?? [])],
    avoidRegions: [...new Set([...fromScreening.avoidRegions, ...(extra.avoidRegions ?? [])])],
    avoidMuscles: [...fromScreening.avoidMuscles, ...(extra.avoidMuscles ?? [])],
    noPositions: [...new Set([...fromScreening.noPositions, ...(extra.noPositions ?? [])])],
    noHeat: fromScreening.noHeat || Boolean(extra.noHeat),
    noHeatRegions: [...new Set([...fromScreening.noHeatRegions, ...(extra.noHeatRegions ?? [])])],
  };
}
