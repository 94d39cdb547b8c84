import { findTriggerPoint, sideTriggerPoint } from '../atlas/atlas.ts';
import { findRegion } from '../body/regions.ts';
import type { Side } from '../body/region.types.ts';
import { regionsOfArea } from './body-parts.ts';
import { LIGHT_PRESSURE_MAX, MODERATE_PRESSURE_MAX, type ScreeningModification } from './rules.types.ts';

/**
 * What a client's screening says about one treated point, for the session-note editor: the
 * strictest pressure limit over it, and a warning for each limit the point or its technique would
 * break (an avoided place or muscle, heat where heat is ruled out, firm stroking under a light limit).
 */

export interface TreatedPointCheck {
  triggerPoint: string;
  side: Side;
  /** A technique id (sustained-compression, stripping, stretch, heat) or `other`. */
  technique: string;
}

export interface PointLimits {
  /** The strictest pressure limit covering the point. */
  limit?: { max: number; why: string; rule: string };
  warnings: string[];
}

const inScope = (regions: readonly string[] | undefined, region: string, base: string | undefined): boolean =>
  !regions || regions.includes(region) || (base !== undefined && regions.includes(base));

export function pointLimits(modifications: readonly ScreeningModification[], point: TreatedPointCheck): PointLimits {
  const found = findTriggerPoint(point.triggerPoint);
  if (!found) return { warnings: [] };
  const region = sideTriggerPoint(found.muscle, found.triggerPoint, point.side).region;
  const base = findRegion(region)?.base;
  const warnings: string[] = [];
  let limit: PointLimits['limit'];
  for (const m of modifications) {
    switch (m.type) {
      case 'avoid-regions':
        if (inScope(m.regions, region, base)) warnings.push(`Do not treat here: ${m.reason.toLowerCase()}.`);
        break;
      case 'avoid-area':
        if (regionsOfArea(m.area).includes(region)) warnings.push(`Do not treat here: ${m.reason.toLowerCase()}.`);
        break;
      case 'avoid-muscles':
        if (m.muscles.includes(found.muscle.id)) warnings.push(`No pressure on ${found.muscle.name}: ${m.reason}.`);
        break;
      case 'light-pressure':
      case 'moderate-pressure': {
        if (!inScope(m.regions, region, base)) break;
        const max = m.type === 'light-pressure' ? LIGHT_PRESSURE_MAX : MODERATE_PRESSURE_MAX;
        if (!limit || max < limit.max) limit = { max, why: m.why, rule: m.rule };
        break;
      }
      case 'no-heat':
        if (point.technique === 'heat' && inScope(m.regions, region, base)) warnings.push('No heat here (screening).');
        break;
      case 'no-position':
      case 'check-skin':
      case 'rise-slowly':
        break;
    }
  }
  // Stripping is a deep, slow stroke: under a light limit it is the technique most likely to go too far.
  if (limit && limit.max <= LIGHT_PRESSURE_MAX && point.technique === 'stripping') {
    warnings.push(`Stripping is usually firmer than ${limit.max}/10: keep it light here (${limit.why}).`);
  }
  return { ...(limit ? { limit } : {}), warnings };
}
