import type { Condition } from '../atlas/atlas.types.ts';
import { findRegionBase } from '../body/regions.ts';
import { parseZoneRef } from '../atlas/zones.ts';
import type { PainGuide } from './pain-guides.data.ts';

/**
 * How often the literature names a muscle for pain in a place, 0–1, per region base.
 *
 * - Pain guides (pain-guides.data.ts) list, per pain area, the muscles that refer there in order of
 *   frequency. The muscle at rank r (0 first) gets GUIDE_DECAY^r: the first few names carry the
 *   guide's meaning ("check these first"), the long tail little. A base covered by two guides (a
 *   finger's back and palm side) takes the higher value.
 * - Where no guide covers a base, the atlas's conditions (also most likely first, from the same
 *   manuals) give a weaker prior: CONDITION_SHARE · (1 − rank / n), as a condition spans several
 *   places and so says less about each. Widespread conditions (pain in more than three body areas,
 *   such as fibromyalgia) say nothing about a place and are left out.
 */
export interface ClinicalPrior {
  /** base → muscle id → prior 0–1. */
  get(base: string): ReadonlyMap<string, number> | undefined;
  /** Whether a pain guide (not only a condition) names the muscle for the base. */
  fromGuide(base: string, muscle: string): boolean;
}

export const GUIDE_DECAY = 0.8;
export const CONDITION_SHARE = 0.5;
const MAX_AREAS = 3;

export function buildClinicalPrior(conditions: readonly Condition[], guides: readonly PainGuide[] = []): ClinicalPrior {
  const prior = new Map<string, Map<string, number>>();
  const guided = new Map<string, Set<string>>();
  for (const guide of guides) {
    guide.muscles.forEach((muscle, rank) => {
      const value = GUIDE_DECAY ** rank;
      for (const base of guide.bases) {
        const forBase = prior.get(base) ?? new Map<string, number>();
        forBase.set(muscle, Math.max(forBase.get(muscle) ?? 0, value));
        prior.set(base, forBase);
        const named = guided.get(base) ?? new Set<string>();
        named.add(muscle);
        guided.set(base, named);
      }
    });
  }
  for (const condition of conditions) {
    if (condition.kind !== 'condition') continue;
    const bases = condition.regions.map((ref) => parseZoneRef(ref).base);
    const areas = new Set(bases.map((b) => findRegionBase(b)?.area));
    if (areas.size > MAX_AREAS) continue;
    const n = condition.muscles.length;
    condition.muscles.forEach((muscle, rank) => {
      const value = CONDITION_SHARE * (n > 1 ? 1 - rank / n : 1);
      for (const base of bases) {
        if (guided.has(base)) continue;
        const forBase = prior.get(base) ?? new Map<string, number>();
        forBase.set(muscle, Math.max(forBase.get(muscle) ?? 0, value));
        prior.set(base, forBase);
      }
    });
  }
  return {
    get: (base) => prior.get(base),
    fromGuide: (base, muscle) => guided.get(base)?.has(muscle) ?? false,
  };
}
