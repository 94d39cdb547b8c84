import { findRegion } from '../body/regions.ts';
import type { PlanStep, PressureLimit, ResolvedPlanInput } from './planner.types.ts';
import { LIGHT_PRESSURE_CAP, MAX_PRESSURE } from './timing.ts';

/**
 * Pressure limits with their scope. Each step takes the strictest limit that covers where it
 * works; a limit never reaches a step outside its scope. Ties keep the first given, so the reason
 * shown is stable.
 */

export type StepLimit = NonNullable<PlanStep['limit']>;

/** Said when the person (not screening) asks for light pressure everywhere. */
export const ASKED_FOR_LIGHT_PRESSURE = 'light pressure asked for';

/** The limits to apply: those given, and light pressure everywhere when asked for. */
export function effectiveLimits(mods: ResolvedPlanInput['modifications']): PressureLimit[] {
  return [
    ...mods.pressureLimits,
    ...(mods.lightPressure ? [{ max: LIGHT_PRESSURE_CAP, reason: ASKED_FOR_LIGHT_PRESSURE }] : []),
  ];
}

/** True when the limit covers a concrete region: everywhere, the region itself, or its side-less base. */
export function limitCovers(limit: PressureLimit, region: string): boolean {
  if (!limit.regions) return true;
  const base = findRegion(region)?.base;
  return limit.regions.some((r) => r === region || r === base);
}

function asStepLimit(limit: PressureLimit): StepLimit {
  return { max: limit.max, reason: limit.reason, ...(limit.rule ? { rule: limit.rule } : {}) };
}

/** The strictest limit covering any of these regions; undefined when none does. */
export function strictestLimit(
  regions: string | readonly string[],
  limits: readonly PressureLimit[],
): StepLimit | undefined {
  const list = typeof regions === 'string' ? [regions] : regions;
  let best: PressureLimit | undefined;
  for (const limit of limits) {
    if (!list.some((region) => limitCovers(limit, region))) continue;
    if (!best || limit.max < best.max) best = limit;
  }
  return best ? asStepLimit(best) : undefined;
}

/** The highest target allowed anywhere: 7, or the strictest limit covering the whole body. */
export function wholeBodyCap(limits: readonly PressureLimit[]): number {
  return Math.min(MAX_PRESSURE, ...limits.filter((l) => !l.regions).map((l) => l.max));
}
