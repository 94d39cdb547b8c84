import type { Condition } from '../atlas/atlas.types.ts';
import { findRegionBase } from '../body/regions.ts';
import { parseZoneRef } from '../atlas/zones.ts';

/**
 * How often the literature names a muscle for pain in a place: the atlas's conditions list the
 * muscles to check for each complaint, most likely first (from the T&S pain guides). For each
 * region base, a muscle gets 1 if it heads such a list, falling linearly towards 0 at the end.
 * Widespread conditions (pain in more than three body areas, such as fibromyalgia) say nothing
 * about a place and are left out.
 */
export type ClinicalPrior = ReadonlyMap<string, ReadonlyMap<string, number>>;

const MAX_AREAS = 3;

export function buildClinicalPrior(conditions: readonly Condition[]): ClinicalPrior {
  const prior = new Map<string, Map<string, number>>();
  for (const condition of conditions) {
    if (condition.kind !== 'condition') continue;
    const bases = condition.regions.map((ref) => parseZoneRef(ref).base);
    const areas = new Set(bases.map((b) => findRegionBase(b)?.area));
    if (areas.size > MAX_AREAS) continue;
    const n = condition.muscles.length;
    condition.muscles.forEach((muscle, rank) => {
      const value = n > 1 ? 1 - rank / n : 1;
      for (const base of bases) {
        const forBase = prior.get(base) ?? new Map<string, number>();
        forBase.set(muscle, Math.max(forBase.get(muscle) ?? 0, value));
        prior.set(base, forBase);
      }
    });
  }
  return prior;
}
