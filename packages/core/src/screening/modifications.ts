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
): ScreeningModification | undefined {
  switch (template.type) {
    case 'avoid-regions': {
      const regions = resolveSelector(template.where, answers);
      return regions.length > 0
        ? { type: template.type, regions: sortRegionIds(regions), reason: template.reason }
        : undefined;
    }
    case 'light-pressure':
    case 'moderate-pressure':
    case 'no-heat':
    case 'check-skin': {
      if (!template.where) return { type: template.type };
      const regions = resolveSelector(template.where, answers);
      return regions.length > 0 ? { type: template.type, regions: sortRegionIds(regions) } : undefined;
    }
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

/**
 * One modification per kind: avoided regions unioned, pressure limits everywhere or on the union
 * of their regions (a light limit everywhere makes a moderate one redundant; no limit is kept for
 * a region that is avoided altogether), positions and areas once each.
 */
export function mergeModifications(mods: readonly ScreeningModification[]): ScreeningModification[] {
  const ofType = <T extends ModificationType>(type: T) =>
    mods.filter((m): m is Extract<ScreeningModification, { type: T }> => m.type === type);
  const out: ScreeningModification[] = [];

  const avoid = ofType('avoid-regions');
  const avoided = new Set(avoid.flatMap((m) => m.regions));
  const areas = [...new Set(ofType('avoid-area').map((m) => m.area))];
  for (const area of areas) for (const r of regionsOfArea(area)) avoided.add(r);
  if (avoid.length > 0) {
    const regions = sortRegionIds(avoid.flatMap((m) => m.regions));
    out.push({ type: 'avoid-regions', regions, reason: joinReasons(avoid.map((m) => m.reason)) });
  }
  for (const area of areas) {
    const reasons = ofType('avoid-area')
      .filter((m) => m.area === area)
      .map((m) => m.reason);
    out.push({ type: 'avoid-area', area, reason: joinReasons(reasons) });
  }
  const positions = new Set(ofType('no-position').map((m) => m.position));
  for (const position of POSITION_ORDER) if (positions.has(position)) out.push({ type: 'no-position', position });

  const light = unionScope(ofType('light-pressure'));
  const lightSet = new Set(light ?? []);
  const pushScoped = (
    type: 'light-pressure' | 'moderate-pressure',
    scope: string[] | undefined | null,
    skip: ReadonlySet<string>,
  ): void => {
    if (scope === null) return;
    if (scope === undefined) {
      out.push({ type });
      return;
    }
    const regions = scope.filter((r) => !avoided.has(r) && !skip.has(r));
    if (regions.length > 0) out.push({ type, regions });
  };
  pushScoped('light-pressure', light, new Set());
  if (light !== undefined) pushScoped('moderate-pressure', unionScope(ofType('moderate-pressure')), lightSet);

  for (const type of ['no-heat', 'check-skin'] as const) {
    const scope = unionScope(ofType(type));
    if (scope === null) continue;
    out.push(scope === undefined ? { type } : { type, regions: scope });
  }
  if (ofType('rise-slowly').length > 0) out.push({ type: 'rise-slowly' });
  return out;
}
