import type { Side } from '../body/region.types.ts';
import type { Muscle } from '../atlas/atlas.types.ts';
import { sideTriggerPoint } from '../atlas/atlas.ts';
import { findRegion, REGIONS } from '../body/regions.ts';
import type { ClinicalPrior } from './clinical-prior.ts';

/** Essential zones count fully; spillover half: T&S draw it as occasional, not constant. */
export const ESSENTIAL_WEIGHT = 1;
export const SPILLOVER_WEIGHT = 0.5;
/**
 * A marked region bordering an essential zone counts a little: people draw pain roughly, and a
 * referral map's edge is not a wall. It adds evidence but never counts as explained. A pain guide
 * naming a muscle for a place its atlas zones do not reach counts the same, for the same reason:
 * two sources drawing one pattern disagree at the edges.
 */
export const NEAR_WEIGHT = 0.25;
/** Each further trigger point of a muscle with the region in its essential zone adds this, up to the cap. */
export const MULTI_TRIGGER_POINT_BONUS = 0.15;
export const MAX_ZONE_WEIGHT = 1.3;

/** How a muscle reaches a marked region. Ordered: a larger value is a stronger statement. */
export const REACH_GUIDE = 0;
export const REACH_NEAR = 1;
export const REACH_SPILLOVER = 2;
export const REACH_ESSENTIAL = 3;
export type Reach = 0 | 1 | 2 | 3;

/** Which trigger points take part: both sides, or one side only (`FinderQuery.side`). */
export type SideMode = 0 | 1 | 2;
export const BOTH_SIDES: SideMode = 0;
export function sideMode(side: Side | undefined): SideMode {
  return side === 'right' ? 1 : side === 'left' ? 2 : 0;
}

export interface IndexedTriggerPoint {
  id: string;
  side: Side;
  /** Index into FinderIndex.muscles. */
  muscle: number;
  /** Region indices of the essential zone. */
  essential: Int32Array;
  /** region index → the weight this trigger point gives it (essential, spillover or near). */
  weightAt: ReadonlyMap<number, number>;
}

export interface IndexedMuscle {
  index: number;
  muscle: Muscle;
  /** Global trigger point indices (into FinderIndex.triggerPoints), both sides. */
  triggerPoints: readonly number[];
}

/**
 * Everything one side mode needs per region, flattened into typed arrays so a query touches only
 * the marked regions and allocates nothing while it scores. Entries of region r live at
 * [entryStart[r], entryStart[r + 1]); essential trigger points of r at [essentialStart[r], …).
 */
export interface SideTables {
  entryStart: Int32Array;
  entryMuscle: Int32Array;
  entryReach: Int8Array;
  /** zone weight × (1 + PRIOR_WEIGHT · prior): the evidence this muscle gets per unit of region weight. */
  entryValue: Float64Array;
  /** The pain-guide / condition prior of the muscle for the region's place, 0–1. */
  entryPrior: Float64Array;
  essentialStart: Int32Array;
  essentialTriggerPoint: Int32Array;
  /** Per muscle: the symptoms its trigger points on these sides can cause. */
  symptoms: readonly ReadonlySet<string>[];
  /** Per muscle: the regions its trigger points on these sides reach (for "ask next"). */
  zone: readonly Int32Array[];
}

export interface FinderIndex {
  muscles: readonly IndexedMuscle[];
  triggerPoints: readonly IndexedTriggerPoint[];
  /** Region ids in vocabulary order; a region's index is its position here. */
  regionIds: readonly string[];
  regionIndex: ReadonlyMap<string, number>;
  /**
   * How telling a region is: ln(1 + muscles / muscles reaching it). The back of the neck, which
   * many muscles refer to, says less than the heel, which few do.
   */
  specificity: Float64Array;
  /** Indexed by SideMode. */
  sides: readonly [SideTables, SideTables, SideTables];
  /**
   * Trigger point t's weight at region r, times 4 (0, 1 near, 2 spillover, 4 essential), at t · regions + r:
   * a dense table (a few hundred trigger points × a few hundred regions, one byte each) so ordering a
   * returned muscle's trigger points is array reads, not map lookups.
   */
  tpWeight4: Uint8Array;
}

/** Multiplies the clinical prior into the evidence: see finder.ts for the formula and why. */
export const PRIOR_WEIGHT = 3;

interface Reached {
  reach: Reach;
  zone: number;
  essentialTriggerPoints: number;
}

/** Builds the lookup tables once per atlas; queries then touch only the marked regions. */
export function buildFinderIndex(muscles: readonly Muscle[], prior: ClinicalPrior): FinderIndex {
  const regionIds = REGIONS.map((r) => r.id);
  const regionIndex = new Map(regionIds.map((id, i) => [id, i]));
  const indexOf = (id: string): number => {
    let i = regionIndex.get(id);
    if (i === undefined) {
      // Zones only name vocabulary regions (the atlas tests check it); stay total anyway.
      i = regionIds.length;
      regionIds.push(id);
      regionIndex.set(id, i);
    }
    return i;
  };

  const triggerPoints: IndexedTriggerPoint[] = [];
  const indexed: IndexedMuscle[] = muscles.map((muscle, muscleIndex) => {
    const own: number[] = [];
    for (const triggerPoint of muscle.triggerPoints) {
      for (const side of ['right', 'left'] as const) {
        const sided = sideTriggerPoint(muscle, triggerPoint, side);
        const weightAt = new Map<number, number>();
        for (const region of sided.essential) {
          for (const neighbour of findRegion(region)?.neighbours ?? []) weightAt.set(indexOf(neighbour), NEAR_WEIGHT);
        }
        for (const region of sided.spillover) weightAt.set(indexOf(region), SPILLOVER_WEIGHT);
        for (const region of sided.essential) weightAt.set(indexOf(region), ESSENTIAL_WEIGHT);
        own.push(triggerPoints.length);
        triggerPoints.push({
          id: triggerPoint.id,
          side,
          muscle: muscleIndex,
          essential: Int32Array.from(sided.essential.map(indexOf)),
          weightAt,
        });
      }
    }
    return { index: muscleIndex, muscle, triggerPoints: own };
  });

  // Specificity counts the muscles whose essential or spillover zones reach a region (either side).
  const reachCount = new Map<number, Set<number>>();
  for (const tp of triggerPoints) {
    for (const [region, weight] of tp.weightAt) {
      if (weight <= NEAR_WEIGHT) continue;
      const set = reachCount.get(region) ?? new Set<number>();
      set.add(tp.muscle);
      reachCount.set(region, set);
    }
  }
  const specificity = new Float64Array(regionIds.length);
  for (const [region, set] of reachCount) specificity[region] = Math.log(1 + muscles.length / set.size);

  const muscleIndexById = new Map(muscles.map((m, i) => [m.id, i]));
  const build = (mode: SideMode): SideTables => {
    const included = (tp: IndexedTriggerPoint): boolean =>
      mode === 0 || (mode === 1 ? tp.side === 'right' : tp.side === 'left');
    const perRegion: Map<number, Reached>[] = regionIds.map(() => new Map<number, Reached>());
    const essentialByRegion: number[][] = regionIds.map(() => []);
    for (let t = 0; t < triggerPoints.length; t++) {
      const tp = triggerPoints[t]!;
      if (!included(tp)) continue;
      for (const region of tp.essential) essentialByRegion[region]!.push(t);
      for (const [region, weight] of tp.weightAt) {
        const reach =
          weight === ESSENTIAL_WEIGHT ? REACH_ESSENTIAL : weight === SPILLOVER_WEIGHT ? REACH_SPILLOVER : REACH_NEAR;
        const seen = perRegion[region]!.get(tp.muscle) ?? { reach: REACH_GUIDE, zone: 0, essentialTriggerPoints: 0 };
        seen.reach = Math.max(seen.reach, reach) as Reach;
        seen.zone = Math.max(seen.zone, weight);
        if (reach === REACH_ESSENTIAL) seen.essentialTriggerPoints += 1;
        perRegion[region]!.set(tp.muscle, seen);
      }
    }
    // A pain guide naming a muscle for a place its zones miss: near-weight evidence (never "explained").
    const sideOk = (regionId: string): boolean => {
      const side = findRegion(regionId)?.side;
      return mode === 0 || side === 'midline' || side === (mode === 1 ? 'right' : 'left');
    };
    regionIds.forEach((regionId, region) => {
      const base = findRegion(regionId)?.base;
      if (!base || !sideOk(regionId)) return;
      for (const [muscleId] of prior.get(base) ?? []) {
        const m = muscleIndexById.get(muscleId);
        if (m === undefined || perRegion[region]!.has(m)) continue;
        if (!prior.fromGuide(base, muscleId)) continue;
        perRegion[region]!.set(m, { reach: REACH_GUIDE, zone: NEAR_WEIGHT, essentialTriggerPoints: 0 });
      }
    });

    const entryStart = new Int32Array(regionIds.length + 1);
    const entries: { muscle: number; reach: Reach; value: number; prior: number }[] = [];
    regionIds.forEach((regionId, region) => {
      entryStart[region] = entries.length;
      const base = findRegion(regionId)?.base;
      const list = [...perRegion[region]!].sort((a, b) => a[0] - b[0]);
      for (const [m, seen] of list) {
        const bonus =
          seen.reach === REACH_ESSENTIAL ? MULTI_TRIGGER_POINT_BONUS * Math.max(0, seen.essentialTriggerPoints - 1) : 0;
        const zone = Math.min(MAX_ZONE_WEIGHT, seen.zone + bonus);
        const p = base ? (prior.get(base)?.get(muscles[m]!.id) ?? 0) : 0;
        entries.push({ muscle: m, reach: seen.reach, value: zone + PRIOR_WEIGHT * p, prior: p });
      }
    });
    entryStart[regionIds.length] = entries.length;
    const essentialStart = new Int32Array(regionIds.length + 1);
    const essentialTriggerPoint: number[] = [];
    essentialByRegion.forEach((list, region) => {
      essentialStart[region] = essentialTriggerPoint.length;
      essentialTriggerPoint.push(...list);
    });
    essentialStart[regionIds.length] = essentialTriggerPoint.length;

    const symptoms = indexed.map((entry) => {
      const set = new Set<string>();
      for (const t of entry.triggerPoints) {
        const tp = triggerPoints[t]!;
        if (included(tp)) for (const s of entry.muscle.triggerPoints.find((x) => x.id === tp.id)!.symptoms) set.add(s);
      }
      return set;
    });
    const zone = indexed.map((entry) => {
      const set = new Set<number>();
      for (const t of entry.triggerPoints) {
        const tp = triggerPoints[t]!;
        if (!included(tp)) continue;
        for (const [region, weight] of tp.weightAt) if (weight > NEAR_WEIGHT) set.add(region);
      }
      return Int32Array.from([...set].sort((a, b) => a - b));
    });
    return {
      entryStart,
      entryMuscle: Int32Array.from(entries.map((e) => e.muscle)),
      entryReach: Int8Array.from(entries.map((e) => e.reach)),
      entryValue: Float64Array.from(entries.map((e) => e.value)),
      entryPrior: Float64Array.from(entries.map((e) => e.prior)),
      essentialStart,
      essentialTriggerPoint: Int32Array.from(essentialTriggerPoint),
      symptoms,
      zone,
    };
  };

  const tpWeight4 = new Uint8Array(triggerPoints.length * regionIds.length);
  triggerPoints.forEach((tp, t) => {
    for (const [region, weight] of tp.weightAt) tpWeight4[t * regionIds.length + region] = Math.round(weight * 4);
  });
  return {
    tpWeight4,
    muscles: indexed,
    triggerPoints,
    regionIds,
    regionIndex,
    specificity,
    sides: [build(0), build(1), build(2)],
  };
}
