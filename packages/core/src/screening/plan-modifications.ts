import type { PlanModifications } from '../planner/planner.types.ts';
import { regionsOfArea } from './body-parts.ts';
import type { ScreeningModification } from './rules.types.ts';

/**
 * What a screening decision asks of a session plan. The planner knows one pressure cap for the whole
 * session, so light pressure anywhere caps the whole session: where safety and convenience disagree,
 * safety wins. Skin checks and rising slowly are shown to the person, not planned.
 */
export function planModificationsFrom(modifications: readonly ScreeningModification[]): PlanModifications {
  const avoid = new Set<string>();
  const noPositions = new Set<NonNullable<PlanModifications['noPositions']>[number]>();
  let lightPressure = false;
  let noHeat = false;
  for (const m of modifications) {
    switch (m.type) {
      case 'light-pressure':
        lightPressure = true;
        break;
      case 'avoid-regions':
        m.regions.forEach((r) => avoid.add(r));
        break;
      case 'avoid-area':
        regionsOfArea(m.area).forEach((r) => avoid.add(r));
        break;
      case 'no-position':
        noPositions.add(m.position);
        break;
      case 'no-heat':
        noHeat = true;
        break;
      case 'moderate-pressure':
      case 'check-skin':
      case 'rise-slowly':
        break;
    }
  }
  return { lightPressure, avoidRegions: [...avoid].sort(), noPositions: [...noPositions], noHeat };
}
