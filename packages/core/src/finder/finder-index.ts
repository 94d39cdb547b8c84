import type { Side } from '../body/region.types.ts';
import type { Muscle } from '../atlas/atlas.types.ts';
import { sideTriggerPoint } from '../atlas/atlas.ts';
import { findRegion } from '../body/regions.ts';

/** Essential zones count fully; spillover half: T&S draw it as occasional, not constant. */
export const ESSENTIAL_WEIGHT = 1;
export const SPILLOVER_WEIGHT = 0.5;
/**
 * A marked region bordering an essential zone counts a little: people draw pain roughly, and a
 * referral map's edge is not a wall. It adds evidence but never counts as explained.
 */
export const NEAR_WEIGHT = 0.25;

export interface IndexedTriggerPoint {
  id: string;
  side: Side;
  essential: readonly string[];
  /** Essential and spillover regions together. */
  zone: readonly string[];
  symptoms: ReadonlySet<string>;
}

export interface IndexedMuscle {
  index: number;
  muscle: Muscle;
  triggerPoints: readonly IndexedTriggerPoint[];
}

/** One way a muscle reaches a region: through which trigger point, how strongly. */
export interface Posting {
  muscle: number;
  triggerPoint: number;
  weight: number;
}

export interface FinderIndex {
  muscles: readonly IndexedMuscle[];
  /** region id → the trigger points that refer there. */
  postings: ReadonlyMap<string, readonly Posting[]>;
  /**
   * How telling a region is: ln(1 + muscles / muscles reaching it). The back of the neck, which
   * many muscles refer to, says less than the heel, which few do.
   */
  specificity: ReadonlyMap<string, number>;
}

/** Builds the lookup tables once per atlas; queries then touch only the marked regions. */
export function buildFinderIndex(muscles: readonly Muscle[]): FinderIndex {
  const postings = new Map<string, Posting[]>();
  const reach = new Map<string, Set<number>>();
  const indexed: IndexedMuscle[] = muscles.map((muscle, muscleIndex) => {
    const triggerPoints: IndexedTriggerPoint[] = [];
    for (const triggerPoint of muscle.triggerPoints) {
      for (const side of ['right', 'left'] as const) {
        const sided = sideTriggerPoint(muscle, triggerPoint, side);
        const tpIndex = triggerPoints.length;
        triggerPoints.push({
          id: triggerPoint.id,
          side,
          essential: sided.essential,
          zone: [...sided.essential, ...sided.spillover],
          symptoms: new Set(triggerPoint.symptoms),
        });
        const add = (region: string, weight: number): void => {
          const list = postings.get(region) ?? [];
          list.push({ muscle: muscleIndex, triggerPoint: tpIndex, weight });
          postings.set(region, list);
          const muscleSet = reach.get(region) ?? new Set<number>();
          muscleSet.add(muscleIndex);
          reach.set(region, muscleSet);
        };
        for (const region of sided.essential) add(region, ESSENTIAL_WEIGHT);
        for (const region of sided.spillover) add(region, SPILLOVER_WEIGHT);
        const inZone = new Set([...sided.essential, ...sided.spillover]);
        const near = new Set<string>();
        for (const region of sided.essential) {
          for (const neighbour of findRegion(region)?.neighbours ?? []) if (!inZone.has(neighbour)) near.add(neighbour);
        }
        for (const region of near) {
          const list = postings.get(region) ?? [];
          list.push({ muscle: muscleIndex, triggerPoint: tpIndex, weight: NEAR_WEIGHT });
          postings.set(region, list);
        }
      }
    }
    return { index: muscleIndex, muscle, triggerPoints };
  });
  const specificity = new Map<string, number>();
  for (const [region, set] of reach) specificity.set(region, Math.log(1 + muscles.length / set.size));
  return { muscles: indexed, postings, specificity };
}
