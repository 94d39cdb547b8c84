import type { PlanModifications, PressureLimit, ResolvedPlanInput } from '../planner/planner.types.ts';
import { regionsOfArea } from './body-parts.ts';
import type { ScreeningOutcome } from './outcomes.ts';
import { LIGHT_PRESSURE_MAX, MODERATE_PRESSURE_MAX, type ScreeningModification } from './rules.types.ts';

/**
 * What a screening decision asks of a session plan. Every pressure limit keeps its scope and the
 * rule that set it, so the planner caps exactly the steps it concerns and says why; avoided
 * regions, areas and muscles leave points out; positions are swapped; heat is left out where a
 * rule says so. Skin checks and rising slowly are shown to the person, not planned.
 */
export function planModificationsFrom(
  modifications: readonly ScreeningModification[],
): ResolvedPlanInput['modifications'] {
  const avoid = new Set<string>();
  const avoidMuscles = new Map<string, string>();
  const noPositions = new Set<NonNullable<PlanModifications['noPositions']>[number]>();
  const pressureLimits: PressureLimit[] = [];
  const noHeatRegions = new Set<string>();
  let noHeat = false;
  for (const m of modifications) {
    switch (m.type) {
      case 'light-pressure':
      case 'moderate-pressure':
        pressureLimits.push({
          max: m.type === 'light-pressure' ? LIGHT_PRESSURE_MAX : MODERATE_PRESSURE_MAX,
          reason: m.why,
          rule: m.rule,
          ...(m.regions ? { regions: [...m.regions] } : {}),
        });
        break;
      case 'avoid-regions':
        m.regions.forEach((r) => avoid.add(r));
        break;
      case 'avoid-area':
        regionsOfArea(m.area).forEach((r) => avoid.add(r));
        break;
      case 'avoid-muscles':
        m.muscles.forEach((muscle) => avoidMuscles.set(muscle, avoidMuscles.get(muscle) ?? m.reason));
        break;
      case 'no-position':
        noPositions.add(m.position);
        break;
      case 'no-heat':
        if (m.regions) m.regions.forEach((r) => noHeatRegions.add(r));
        else noHeat = true;
        break;
      case 'check-skin':
      case 'rise-slowly':
        break;
    }
  }
  return {
    lightPressure: false,
    pressureLimits,
    avoidRegions: [...avoid].sort(),
    avoidMuscles: [...avoidMuscles].map(([muscle, reason]) => ({ muscle, reason })),
    noPositions: [...noPositions],
    noHeat,
    noHeatRegions: [...noHeatRegions].sort(),
  };
}

/** Outcomes that let a session go ahead (with the modifications). Red flags and postponements never do. */
export const PLANNABLE_OUTCOMES: readonly ScreeningOutcome[] = ['ok', 'caution'];

export function outcomeAllowsPlan(outcome: ScreeningOutcome): boolean {
  return PLANNABLE_OUTCOMES.includes(outcome);
}
