import type { BodyPosition } from '../atlas/atlas.types.ts';
import type { Side } from '../body/region.types.ts';
import {
  ARM_BASES,
  ARM_QUADRANT_TRUNK_BASES,
  LEG_BASES,
  LEG_QUADRANT_TRUNK_BASES,
  regionsOfArea,
  regionsOfBases,
  regionsOfSide,
  sortRegionIds,
} from './body-parts.ts';
import { answerList } from './conditions.ts';
import type { ScreeningAnswers } from './questions.types.ts';
import type { ModificationTemplate, ModificationType, RegionSelector, ScreeningModification } from './rules.types.ts';

/** Turns rule modifications into concrete ones for a person, and merges those of all fired rules. */

const LIMBS: Readonly<Record<string, { side: Side; bases: readonly string[] }>> = {
  'left-arm': { side: 'left', bases: [...ARM_BASES, ...ARM_QUADRANT_TRUNK_BASES] },
  'right-arm': { side: 'right', bases: [...ARM_BASES, ...ARM_QUADRANT_TRUNK_BASES] },
  'left-leg': { side: 'left', bases: [...LEG_BASES, ...LEG_QUADRANT_TRUNK_BASES] },
  'right-leg': { side: 'right', bases: [...LEG_BASES, ...LEG_QUADRANT_TRUNK_BASES] },
};

/** The regions of the limbs picked in a limbs answer, and the rest of each side that has one. */
export function limbRegions(limbIds: readonly string[]): { limb: string[]; restOfSide: string[] } {
  const limb = new Set<string>();
  const sides = new Set<Side>();
  for (const id of limbIds) {
    const spec = LIMBS[id];
    if (!spec) continue;
    sides.add(spec.side);
    for (const r of regionsOfBases(spec.bases, spec.side)) limb.add(r);
  }
  const restOfSide = [...sides].flatMap((side) => regionsOfSide(side)).filter((r) => !limb.has(r));
  return { limb: sortRegionIds(limb), restOfSide: sortRegionIds(restOfSide) };
}

function resolveSelector(where: RegionSelector, answers: ScreeningAnswers): string[] {
  if ('regions' in where) return [...where.regions];
  if ('answer' in where) return [...answerList(answers, where.answer)];
  const { limb, restOfSide } = limbRegions(answerList(answers, where.limbs));
  return where.part === 'limb' ? limb : restOfSide;
}

/** A rule's modification for these answers; undefined when it has nowhere to apply. */
export function resolveModification(
  template: ModificationTemplate,
  answers: ScreeningAnswers,
  rule: string,
): ScreeningModification | undefined {
  switch (template.type) {
    case 'avoid-regions': {
      const regions = resolveSelector(template.where, answers);
      return regions.length > 0
        ? { type: template.type, regions: sortRegionIds(regions), reason: template.reason }
        : undefined;
    }
    case 'light-pressure':
    case 'moderate-pressure': {
      const limit = { type: template.type, rule, why: template.why };
      if (!template.where) return limit;
      const regions = resolveSelector(template.where, answers);
      return regions.length > 0 ? { ...limit, regions: sortRegionIds(regions) } : undefined;
    }
    case 'no-heat':
    case 'check-skin': {
      if (!template.where) return { type: template.type };
      const regions = resolveSelector(template.where, answers);
      return regions.length > 0 ? { type: template.type, regions: sortRegionIds(regions) } : undefined;
    }
    case 'avoid-muscles':
      return { type: template.type, muscles: [...template.muscles], reason: template.reason };
    case 'avoid-area':
    case 'no-position':
    case 'rise-slowly':
      return { ...template };
  }
}

const POSITION_ORDER: readonly BodyPosition[] = [
  'prone',
  'supine',
  'side-lying',
  'seated',
  'standing',
  'standing-wall',
];

type Scoped = { type: ModificationType; regions?: string[] };

/** Everywhere (undefined) if any is everywhere, else the union; null when there are none. */
function unionScope(mods: readonly Scoped[]): string[] | undefined | null {
  if (mods.length === 0) return null;
  if (mods.some((m) => !m.regions)) return undefined;
  return sortRegionIds(mods.flatMap((m) => m.regions ?? []));
}

function joinReasons(reasons: readonly string[]): string {
  return [...new Set(reasons)].join('; ');
}

type PressureLimitModification = Extract<ScreeningModification, { type: 'light-pressure' | 'moderate-pressure' }>;

/**
 * Pressure limits stay one per rule, each with its own scope, so the planner can cap exactly the
 * steps a rule concerns and say which rule did. Dropped: regions that are avoided anyway, limits
 * left with nowhere to apply, and moderate limits made redundant by a light limit everywhere.
 */
function mergePressureLimits(
  limits: readonly PressureLimitModification[],
  avoided: ReadonlySet<string>,
): PressureLimitModification[] {
  const lightEverywhere = limits.some((m) => m.type === 'light-pressure' && !m.regions);
  const seen = new Set<string>();
  const out: PressureLimitModification[] = [];
  for (const type of ['light-pressure', 'moderate-pressure'] as const) {
    if (type === 'moderate-pressure' && lightEverywhere) continue;
    for (const m of limits) {
      if (m.type !== type) continue;
      const regions = m.regions ? sortRegionIds(m.regions.filter((r) => !avoided.has(r))) : undefined;
      if (regions && regions.length === 0) continue;
      const key = `${type}|${m.rule}|${regions?.join(',') ?? '*'}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ type, rule: m.rule, why: m.why, ...(regions ? { regions } : {}) });
    }
  }
  return out;
}

/**
 * Merged for the person: avoided regions one entry per reason, areas, positions and muscles once
 * each, pressure limits one per rule (see mergePressureLimits), heat and skin checks everywhere or
 * on the union of their regions.
 */
export function mergeModifications(mods: readonly ScreeningModification[]): ScreeningModification[] {
  const ofType = <T extends ModificationType>(type: T) =>
    mods.filter((m): m is Extract<ScreeningModification, { type: T }> => m.type === type);
  const out: ScreeningModification[] = [];

  const avoid = ofType('avoid-regions');
  const avoided = new Set(avoid.flatMap((m) => m.regions));
  const areas = [...new Set(ofType('avoid-area').map((m) => m.area))];
  for (const area of areas) for (const r of regionsOfArea(area)) avoided.add(r);
  for (const reason of [...new Set(avoid.map((m) => m.reason))]) {
    const regions = sortRegionIds(avoid.filter((m) => m.reason === reason).flatMap((m) => m.regions));
    out.push({ type: 'avoid-regions', regions, reason });
  }
  for (const area of areas) {
    const reasons = ofType('avoid-area')
      .filter((m) => m.area === area)
      .map((m) => m.reason);
    out.push({ type: 'avoid-area', area, reason: joinReasons(reasons) });
  }
  const avoidMuscles = ofType('avoid-muscles');
  if (avoidMuscles.length > 0) {
    const muscles = [...new Set(avoidMuscles.flatMap((m) => m.muscles))];
    out.push({ type: 'avoid-muscles', muscles, reason: joinReasons(avoidMuscles.map((m) => m.reason)) });
  }
  const positions = new Set(ofType('no-position').map((m) => m.position));
  for (const position of POSITION_ORDER) if (positions.has(position)) out.push({ type: 'no-position', position });

  out.push(...mergePressureLimits([...ofType('light-pressure'), ...ofType('moderate-pressure')], avoided));

  for (const type of ['no-heat', 'check-skin'] as const) {
    const scope = unionScope(ofType(type));
    if (scope === null) continue;
    out.push(scope === undefined ? { type } : { type, regions: scope });
  }
  if (ofType('rise-slowly').length > 0) out.push({ type: 'rise-slowly' });
  return out;
}
