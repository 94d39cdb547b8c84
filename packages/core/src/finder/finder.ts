import type { Condition, Muscle } from '../atlas/atlas.types.ts';
import { findRegion } from '../body/regions.ts';
import type { Side } from '../body/region.types.ts';
import { symptomLabel, type SymptomId } from '../body/symptoms.ts';
import { findRedFlags, type RedFlag } from '../screening/red-flags.ts';
import { buildClinicalPrior } from './clinical-prior.ts';
import { minimumCover } from './cover.ts';
import {
  buildFinderIndex,
  ESSENTIAL_WEIGHT,
  NEAR_WEIGHT,
  type FinderIndex,
  type IndexedMuscle,
} from './finder-index.ts';
import { questionsToAsk } from './questions.ts';

/**
 * The finder: from a pain drawing to the muscles whose trigger points best explain it.
 *
 * Score of a muscle =
 *   evidence × (0.5 + 0.5 · coverage) × (0.75 + 0.25 · fit) × (1 + 0.2 · symptoms) × (1 + 0.75 · clinical)
 *  - evidence: over the marked regions its trigger points reach, Σ strength · zone · specificity, where
 *    strength = 0.4 + 0.06 · intensity (stronger pain weighs more), zone = 1 for an essential zone and 0.5 for
 *    spillover (+0.15 for each further trigger point of the muscle with the region in its essential zone, at most
 *    1.3; 0.25 for a region bordering an essential zone, which adds evidence but is never "explained"),
 *    and specificity = ln(1 + muscles / muscles reaching the region) (a rare region tells more);
 *  - coverage: the share of the drawing's weight (strength · specificity) the muscle explains, so a pattern
 *    that explains the whole drawing beats one that touches it at the edge;
 *  - fit: the largest share of one trigger point's essential zone that is marked (the pattern's core is there);
 *  - symptoms: how many of the reported symptoms its trigger points are known to cause;
 *  - clinical: how high the literature's pain guides (the atlas's conditions) rank the muscle for the marked
 *    places, 0–1 (see clinical-prior.ts): among patterns that fit equally, the commonly involved muscle first.
 * Trigger points refer to their own side (and named midline or other-side regions); with `side` set, only that
 * side's trigger points count. Ties keep atlas order, so the same input always gives the same order.
 * Referral patterns say where to look, not what is wrong: the product says so beside the results.
 */

export interface FinderRegionInput {
  region: string;
  intensity: number;
}

export interface FinderQuery {
  regions: readonly FinderRegionInput[];
  symptoms?: readonly SymptomId[];
  /** Only consider trigger points on this side of the body. */
  side?: Side;
  /** How many results to return (default 10). */
  top?: number;
}

export interface FinderResult {
  muscle: string;
  name: string;
  score: number;
  /** Trigger point ids involved, most telling first. */
  triggerPoints: string[];
  /** Marked regions this muscle explains, in the order they were marked. */
  explains: string[];
  /** Of those, the ones in an essential zone and the ones only in spillover. */
  essential: string[];
  spillover: string[];
  sides: Side[];
  /** Reported symptoms its trigger points can cause. */
  symptoms: SymptomId[];
  reason: string;
}

export interface FinderOutput {
  results: FinderResult[];
  /** The smallest set of muscles that together explain every explainable marked region. */
  cover: string[];
  /** Marked regions no trigger point in the atlas refers to. */
  unexplained: string[];
  /** Up to three regions to ask about next, whose answer best separates the leading candidates. */
  ask: string[];
  redFlags: RedFlag[];
}

const MULTI_TRIGGER_POINT_BONUS = 0.15;
const PRIOR_WEIGHT = 0.75;
const MAX_ZONE_WEIGHT = 1.3;

interface RegionMatch {
  best: number;
  essentialTriggerPoints: number;
  triggerPoints: Set<number>;
}

interface Candidate {
  entry: IndexedMuscle;
  matches: Map<string, RegionMatch>;
}

function strength(intensity: number): number {
  return 0.4 + 0.06 * Math.min(10, Math.max(1, intensity));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function regionLabel(id: string): string {
  return lowerFirst(findRegion(id)?.label ?? id);
}

function describe(
  name: string,
  essential: readonly string[],
  spillover: readonly string[],
  near: readonly string[],
  symptoms: readonly SymptomId[],
): string {
  const parts: string[] = [];
  if (essential.length > 0) parts.push(`usually send pain to the ${listInWords(essential.map(regionLabel))}`);
  if (spillover.length > 0)
    parts.push(
      `${essential.length > 0 ? 'and sometimes' : 'sometimes send pain'} to the ${listInWords(spillover.map(regionLabel))}`,
    );
  if (parts.length === 0 && near.length > 0) {
    parts.push(`send pain close to the ${listInWords(near.map(regionLabel))}, just beside where you marked`);
  } else if (near.length > 0) {
    parts.push(`(and close to the ${listInWords(near.map(regionLabel))})`);
  }
  let sentence = `${name} trigger points ${parts.join(' ')}`;
  if (symptoms.length > 0)
    sentence += `, and can cause ${listInWords(symptoms.map((s) => lowerFirst(symptomLabel(s))))}`;
  return `${sentence}.`;
}

/** The regions a muscle's trigger points reach from the sides it matched on. */
function sidedZone(entry: IndexedMuscle, sides: readonly Side[]): Set<string> {
  const zone = new Set<string>();
  for (const tp of entry.triggerPoints) if (sides.includes(tp.side)) for (const r of tp.zone) zone.add(r);
  return zone;
}

export type Finder = (query: FinderQuery) => FinderOutput;

/** Builds a finder over an atlas. Build once; each query then takes microseconds. */
export function createFinder(muscles: readonly Muscle[], conditions: readonly Condition[] = []): Finder {
  const index: FinderIndex = buildFinderIndex(muscles);
  const prior = buildClinicalPrior(conditions);

  return (query: FinderQuery): FinderOutput => {
    const marked = new Map<string, number>();
    for (const { region, intensity } of query.regions) if (!marked.has(region)) marked.set(region, strength(intensity));
    const symptoms = query.symptoms ?? [];
    const weightOf = (region: string): number => (marked.get(region) ?? 0) * (index.specificity.get(region) ?? 0);
    let totalWeight = 0;
    for (const region of marked.keys()) totalWeight += weightOf(region);

    const candidates = new Map<number, Candidate>();
    const unexplained: string[] = [];
    for (const region of marked.keys()) {
      const postings = index.postings.get(region) ?? [];
      let reached = false;
      for (const posting of postings) {
        const entry = index.muscles[posting.muscle]!;
        if (query.side && entry.triggerPoints[posting.triggerPoint]!.side !== query.side) continue;
        if (posting.weight > NEAR_WEIGHT) reached = true;
        let candidate = candidates.get(posting.muscle);
        if (!candidate) {
          candidate = { entry, matches: new Map() };
          candidates.set(posting.muscle, candidate);
        }
        let match = candidate.matches.get(region);
        if (!match) {
          match = { best: 0, essentialTriggerPoints: 0, triggerPoints: new Set() };
          candidate.matches.set(region, match);
        }
        match.best = Math.max(match.best, posting.weight);
        if (posting.weight === ESSENTIAL_WEIGHT) match.essentialTriggerPoints += 1;
        match.triggerPoints.add(posting.triggerPoint);
      }
      if (!reached) unexplained.push(region);
    }

    const scored: { candidate: Candidate; result: FinderResult; near: string[] }[] = [];
    for (const candidate of candidates.values()) {
      const { entry, matches } = candidate;
      let evidence = 0;
      let explainedWeight = 0;
      const tpContribution = new Map<number, number>();
      const essential: string[] = [];
      const spillover: string[] = [];
      const near: string[] = [];
      for (const region of marked.keys()) {
        const match = matches.get(region);
        if (!match) continue;
        const extra =
          match.best === ESSENTIAL_WEIGHT
            ? MULTI_TRIGGER_POINT_BONUS * Math.max(0, match.essentialTriggerPoints - 1)
            : 0;
        const zone = Math.min(MAX_ZONE_WEIGHT, match.best + extra);
        const weight = weightOf(region);
        evidence += weight * zone;
        if (match.best > NEAR_WEIGHT) {
          explainedWeight += weight;
          (match.best === ESSENTIAL_WEIGHT ? essential : spillover).push(region);
        } else near.push(region);
        for (const tp of match.triggerPoints)
          tpContribution.set(tp, (tpContribution.get(tp) ?? 0) + weight * match.best);
      }
      let fit = 0;
      for (const tp of tpContribution.keys()) {
        const zone = entry.triggerPoints[tp]!.essential;
        if (zone.length === 0) continue;
        let inside = 0;
        for (const region of zone) if (marked.has(region)) inside += 1;
        fit = Math.max(fit, inside / zone.length);
      }
      const involvedSymptoms = new Set<string>();
      for (const tp of entry.triggerPoints) {
        if (query.side && tp.side !== query.side) continue;
        for (const s of tp.symptoms) involvedSymptoms.add(s);
      }
      const matchedSymptoms = symptoms.filter((s) => involvedSymptoms.has(s));
      const coverage = totalWeight > 0 ? explainedWeight / totalWeight : 0;
      let clinical = 0;
      for (const region of marked.keys()) {
        const base = findRegion(region)?.base;
        const value = base ? prior.get(base)?.get(entry.muscle.id) : undefined;
        if (value !== undefined && matches.has(region)) clinical = Math.max(clinical, value);
      }
      const score =
        evidence *
        (0.5 + 0.5 * coverage) *
        (0.75 + 0.25 * fit) *
        (1 + 0.2 * matchedSymptoms.length) *
        (1 + PRIOR_WEIGHT * clinical);
      const orderedTps = [...tpContribution]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([tp]) => entry.triggerPoints[tp]!);
      const triggerPoints = [...new Set(orderedTps.map((tp) => tp.id))];
      const sides = (['right', 'left'] as const).filter((side) => orderedTps.some((tp) => tp.side === side));
      scored.push({
        near,
        candidate,
        result: {
          muscle: entry.muscle.id,
          name: entry.muscle.name,
          score: Math.round(score * 1000) / 1000,
          triggerPoints,
          explains: [...marked.keys()].filter((r) => essential.includes(r) || spillover.includes(r)),
          essential,
          spillover,
          sides,
          symptoms: matchedSymptoms,
          reason: '',
        },
      });
    }
    scored.sort((a, b) => b.result.score - a.result.score || a.candidate.entry.index - b.candidate.entry.index);

    const results = scored.map((s) => s.result);
    const explainable = [...marked.keys()].filter((r) => !unexplained.includes(r));
    const cover = minimumCover(explainable, results);
    const ask = questionsToAsk(
      results.slice(0, 5),
      scored.slice(0, 5).map((s) => sidedZone(s.candidate.entry, s.result.sides)),
      marked,
      index.specificity,
    );
    const redFlags = findRedFlags({ regions: [...marked.keys()], symptoms });
    // Reasons are words for people: written only for the results returned.
    const top = scored.slice(0, query.top ?? 10).map(({ result, near }) => ({
      ...result,
      reason: describe(result.name, result.essential, result.spillover, near, result.symptoms),
    }));
    return { results: top, cover, unexplained, ask, redFlags };
  };
}
