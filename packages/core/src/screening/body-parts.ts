import type { BodyArea, Side } from '../body/region.types.ts';
import { REGIONS, findRegion } from '../body/regions.ts';

/**
 * Named groups of region bases that screening rules restrict (a limb, the legs, the bony
 * spine), turned into concrete region ids in head-to-foot order.
 */

/** Arm and hand, from the armpit and deltoid down to the fingertips. */
export const ARM_BASES = [
  'axilla',
  'shoulder.front',
  'shoulder.side',
  'shoulder.back',
  'arm.upper.front',
  'arm.upper.back',
  'arm.upper.lateral',
  'arm.upper.medial',
  'elbow.lateral',
  'elbow.medial',
  'elbow.back',
  'elbow.front',
  'forearm.front',
  'forearm.back',
  'forearm.radial',
  'forearm.ulnar',
  'wrist.front',
  'wrist.back',
  'wrist.radial',
  'wrist.ulnar',
  'palm',
  'hand.back',
  'thumb.base',
  'thumb.back',
  'thumb.palm',
  'hypothenar',
  'finger.index.back',
  'finger.index.palm',
  'finger.middle.back',
  'finger.middle.palm',
  'finger.ring.back',
  'finger.ring.palm',
  'finger.little.back',
  'finger.little.palm',
] as const;

/** The side of the chest and back that drains to the armpit lymph nodes, with the arm. */
export const ARM_QUADRANT_TRUNK_BASES = [
  'chest.upper',
  'chest.pectoral',
  'chest.lateral',
  'chest.lower',
  'scapula.lateral',
] as const;

/** The leg from the groin and thigh to the toes: where a clot in a leg vein could lie. */
export const LEG_BASES = [
  'groin',
  'thigh.front',
  'thigh.back',
  'thigh.lateral',
  'thigh.medial',
  'knee.front',
  'knee.back',
  'knee.medial',
  'knee.lateral',
  'shin',
  'leg.lateral',
  'leg.medial',
  'calf.upper',
  'calf.lower',
  'ankle.front',
  'ankle.lateral',
  'ankle.medial',
  'achilles',
  'heel.back',
  'heel.under',
  'arch',
  'sole.ball',
  'foot.top',
  'foot.lateral',
  'toe.big.top',
  'toe.big.under',
  'toes.lesser.top',
  'toes.lesser.under',
] as const;

/** The hip and buttock and lower belly that drain to the groin lymph nodes, with the leg. */
export const LEG_QUADRANT_TRUNK_BASES = [
  'hip.lateral',
  'hip.front',
  'buttock.upper',
  'buttock.lower',
  'abdomen.lower',
] as const;

/** Below the knee: lower legs and feet, where reduced feeling from diabetes usually starts. */
export const LOWER_LEG_AND_FOOT_BASES = [
  'shin',
  'leg.lateral',
  'leg.medial',
  'calf.upper',
  'calf.lower',
  'ankle.front',
  'ankle.lateral',
  'ankle.medial',
  'achilles',
  'heel.back',
  'heel.under',
  'arch',
  'sole.ball',
  'foot.top',
  'foot.lateral',
  'toe.big.top',
  'toe.big.under',
  'toes.lesser.top',
  'toes.lesser.under',
] as const;

export const FOOT_BASES = [
  'heel.back',
  'heel.under',
  'arch',
  'sole.ball',
  'foot.top',
  'foot.lateral',
  'toe.big.top',
  'toe.big.under',
  'toes.lesser.top',
  'toes.lesser.under',
] as const;

/** Where bone lies close under the skin or pressure loads the spine and ribs. */
export const BONY_BASES = [
  'chest.clavicular',
  'sternum',
  'chest.lateral',
  'chest.lower',
  'interscapular',
  'spine.cervical',
  'spine.thoracic.upper',
  'back.mid',
  'spine.thoracic.lower',
  'back.lateral',
  'spine.lumbar',
  'iliac-crest',
  'sacrum',
  'sacroiliac',
  'coccyx',
  'pubic',
  'hip.lateral',
  'shin',
] as const;

const ORDER: ReadonlyMap<string, number> = new Map(REGIONS.map((r, index) => [r.id, index]));

/** Region ids in vocabulary (head-to-foot, left-before-right) order, without duplicates. */
export function sortRegionIds(ids: Iterable<string>): string[] {
  return [...new Set(ids)].sort(
    (a, b) => (ORDER.get(a) ?? Infinity) - (ORDER.get(b) ?? Infinity) || a.localeCompare(b),
  );
}

/** The concrete regions of some bases: one side, or both sides and the midline when no side is given. */
export function regionsOfBases(bases: readonly string[], side?: Side): string[] {
  const wanted = new Set(bases);
  return REGIONS.filter((r) => wanted.has(r.base) && (side === undefined || r.side === side)).map((r) => r.id);
}

/** Every region of one side of the body (midline regions excluded). */
export function regionsOfSide(side: Side): string[] {
  return REGIONS.filter((r) => r.side === side).map((r) => r.id);
}

/** Every region of a body area, e.g. the abdomen. */
export function regionsOfArea(area: BodyArea): string[] {
  return REGIONS.filter((r) => r.area === area).map((r) => r.id);
}

/** True when a region id belongs to one of the areas. */
export function isInArea(id: string, areas: readonly BodyArea[]): boolean {
  const region = findRegion(id);
  return region !== undefined && areas.includes(region.area);
}

/** A region and the regions sharing a border with it. */
export function withNeighbours(ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids) {
    out.add(id);
    for (const n of findRegion(id)?.neighbours ?? []) out.add(n);
  }
  return out;
}
