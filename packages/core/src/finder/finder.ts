import type { Condition, Muscle } from '../atlas/atlas.types.ts';
import { findRegion, REGIONS } from '../body/regions.ts';
import type { Side } from '../body/region.types.ts';
import { symptomLabel, type SymptomId } from '../body/symptoms.ts';
import { RED_FLAG_RULES } from '../screening/red-flags.data.ts';
import { findRedFlags, type RedFlag } from '../screening/red-flags.ts';
import { buildClinicalPrior } from './clinical-prior.ts';
import { createCoverSearch } from './cover.ts';
import {
  buildFinderIndex,
  REACH_ESSENTIAL,
  REACH_GUIDE,
  REACH_NEAR,
  REACH_SPILLOVER,
  sideMode,
  type FinderIndex,
  type SideTables,
} from './finder-index.ts';
import type { PainGuide } from './pain-guides.data.ts';
import { createQuestionPicker } from './questions.ts';

/**
 * The finder: from a pain drawing to the muscles whose trigger points best explain it.
 *
 * Score of a muscle =
 *   evidence × (0.5 + 0.5 · coverage) × (0.75 + 0.25 · fit) × (1 + 0.2 · symptoms)
 *  - evidence: over the marked regions the muscle reaches, Σ weight · zone · (1 + 3 · prior), where
 *    weight = strength · specificity of the region: strength = 0.4 + 0.06 · intensity (stronger pain weighs
 *    more) and specificity = ln(1 + muscles / muscles reaching the region) (a rare region tells more);
 *    zone = 1 for an essential zone and 0.5 for spillover (+0.15 for each further trigger point of the muscle
 *    with the region in its essential zone, at most 1.3), 0.25 for a region bordering an essential zone or
 *    one a pain guide names the muscle for although its atlas zones miss it (evidence, never "explained");
 *    prior = how early the pain guide for that place lists the muscle, 0.8^rank, 0–1 (clinical-prior.ts;
 *    where no guide covers a place, half the atlas conditions' ranking). The prior multiplies each region's
 *    evidence, not the total, so in a drawing of several places the muscle the guides name for most of them
 *    wins, and a spillover-only muscle the guide puts first (the sternocleidomastoid at the temple) still
 *    beats an essential one it lists late or not at all, as in the guides themselves;
 *  - coverage: the share of the drawing's weight the muscle explains (essential or spillover), so a pattern
 *    that explains the whole drawing beats one that touches it at the edge;
 *  - fit: the largest share of one trigger point's essential zone that is marked (the pattern's core is there);
 *  - symptoms: how many of the reported symptoms its trigger points are known to cause.
 * Trigger points refer to their own side (and named midline or other-side regions); with `side` set, only that
 * side's trigger points count. Ties keep atlas order, so the same input always gives the same order.
 *
 * Only the muscles returned are explained: trigger points, reasons, the cover and the questions are worked
 * out for the top results, not for every muscle that scored, and scoring itself reuses preallocated arrays.
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
  /**
   * The smallest set of muscles that together explain every explainable marked region, chosen from the
   * results returned and, for a region none of them explains, the best-scoring muscle that does.
   */
  cover: string[];
  /** Marked regions no trigger point in the atlas refers to. */
  unexplained: string[];
  /** Up to three regions to ask about next, whose answer best separates the leading candidates. */
  ask: string[];
  redFlags: RedFlag[];
}

const DEFAULT_TOP = 10;
/** "Ask next" weighs the five leaders, whatever the caller asked for. */
const LEADERS = 5;
const SYMPTOM_WEIGHT = 0.2;

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
  guide: readonly string[],
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
  let sentence =
    parts.length > 0
      ? `${name} trigger points ${parts.join(' ')}`
      : `The pain guides name the ${lowerFirst(name)} for pain in the ${listInWords(guide.map(regionLabel))}`;
  if (parts.length > 0 && guide.length > 0)
    sentence += `; the pain guides also name it for the ${listInWords(guide.map(regionLabel))}`;
  if (symptoms.length > 0)
    sentence += `, and can cause ${listInWords(symptoms.map((s) => lowerFirst(symptomLabel(s))))}`;
  return `${sentence}.`;
}

/** Region bases of each red-flag rule's first region group: a drawing touching none of them, with no symptoms, has no flags. */
const RED_FLAG_FIRST_GROUP_BASES: ReadonlySet<string> = new Set(
  RED_FLAG_RULES.flatMap((rule) => rule.regionGroups?.[0] ?? []),
);

export type Finder = (query: FinderQuery) => FinderOutput;

/** Builds a finder over an atlas. Build once; each query then takes microseconds. */
export function createFinder(
  muscles: readonly Muscle[],
  conditions: readonly Condition[] = [],
  guides: readonly PainGuide[] = [],
): Finder {
  const index: FinderIndex = buildFinderIndex(muscles, buildClinicalPrior(conditions, guides));
  const muscleCount = index.muscles.length;
  const regionCount = index.regionIds.length;
  const knownRegions = REGIONS.length;
  const redFlagRegion = new Uint8Array(regionCount);
  index.regionIds.forEach((id, r) => {
    const base = findRegion(id)?.base;
    redFlagRegion[r] = base !== undefined && RED_FLAG_FIRST_GROUP_BASES.has(base) ? 1 : 0;
  });

  // Scratch space, reused by every query (queries run one at a time: JavaScript is single-threaded).
  const muscleStamp = new Int32Array(muscleCount);
  const evidence = new Float64Array(muscleCount);
  const explained = new Float64Array(muscleCount);
  const fit = new Float64Array(muscleCount);
  const score = new Float64Array(muscleCount);
  const touched = new Int32Array(muscleCount);
  const tpStamp = new Int32Array(index.triggerPoints.length);
  const tpInside = new Int32Array(index.triggerPoints.length);
  const tpTouched = new Int32Array(index.triggerPoints.length);
  const regionStamp = new Int32Array(regionCount);
  const markedIndex = new Int32Array(regionCount);
  const markedWeight = new Float64Array(regionCount);
  const markedIds: string[] = [];
  const unknownIds: string[] = [];
  const topMuscle = new Int32Array(muscleCount);
  const topScore = new Float64Array(muscleCount);
  let stamp = 0;

  const cover = createCoverSearch();
  const questions = createQuestionPicker(index);

  /** Where in region r's entries muscle m sits, or -1 (entries are sorted by muscle). */
  const entryOf = (tables: SideTables, r: number, m: number): number => {
    let lo = tables.entryStart[r]!;
    let hi = tables.entryStart[r + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = tables.entryMuscle[mid]!;
      if (at === m) return mid;
      if (at < m) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };

  return (query: FinderQuery): FinderOutput => {
    stamp += 1;
    const tables = index.sides[sideMode(query.side)];
    const symptoms = query.symptoms ?? [];
    const top = Math.max(0, Math.min(query.top ?? DEFAULT_TOP, muscleCount));
    const unexplained: string[] = [];
    markedIds.length = 0;
    unknownIds.length = 0;
    let markedCount = 0;
    let totalWeight = 0;
    let touchedCount = 0;
    let tpTouchedCount = 0;
    let mayFlag = symptoms.length > 0;

    // 1. Accumulate evidence per muscle from the marked regions' precomputed entries.
    for (const { region, intensity } of query.regions) {
      const r = index.regionIndex.get(region);
      if (r === undefined) {
        if (!unknownIds.includes(region)) {
          unknownIds.push(region);
          unexplained.push(region);
        }
        continue;
      }
      if (regionStamp[r] === stamp) continue;
      regionStamp[r] = stamp;
      if (redFlagRegion[r] === 1) mayFlag = true;
      const weight = strength(intensity) * index.specificity[r]!;
      markedIndex[markedCount] = r;
      markedWeight[markedCount] = weight;
      markedCount += 1;
      markedIds.push(region);
      totalWeight += weight;
      let reached = false;
      for (let e = tables.entryStart[r]!, end = tables.entryStart[r + 1]!; e < end; e++) {
        const m = tables.entryMuscle[e]!;
        if (muscleStamp[m] !== stamp) {
          muscleStamp[m] = stamp;
          evidence[m] = 0;
          explained[m] = 0;
          fit[m] = 0;
          touched[touchedCount++] = m;
        }
        evidence[m] = evidence[m]! + weight * tables.entryValue[e]!;
        if (tables.entryReach[e]! >= REACH_SPILLOVER) {
          explained[m] = explained[m]! + weight;
          reached = true;
        }
      }
      if (!reached) unexplained.push(region);
      for (let e = tables.essentialStart[r]!, end = tables.essentialStart[r + 1]!; e < end; e++) {
        const t = tables.essentialTriggerPoint[e]!;
        if (tpStamp[t] !== stamp) {
          tpStamp[t] = stamp;
          tpInside[t] = 0;
          tpTouched[tpTouchedCount++] = t;
        }
        tpInside[t] = tpInside[t]! + 1;
      }
    }
    for (let i = 0; i < tpTouchedCount; i++) {
      const t = tpTouched[i]!;
      const tp = index.triggerPoints[t]!;
      const share = tpInside[t]! / tp.essential.length;
      if (share > fit[tp.muscle]!) fit[tp.muscle] = share;
    }

    // 2. Score every touched muscle and keep the best `max(top, LEADERS)` in a small sorted buffer.
    const keep = Math.min(muscleCount, Math.max(top, LEADERS));
    let kept = 0;
    for (let i = 0; i < touchedCount; i++) {
      const m = touched[i]!;
      const coverage = totalWeight > 0 ? explained[m]! / totalWeight : 0;
      let matched = 0;
      if (symptoms.length > 0) {
        const own = tables.symptoms[m]!;
        for (const s of symptoms) if (own.has(s)) matched += 1;
      }
      const raw = evidence[m]! * (0.5 + 0.5 * coverage) * (0.75 + 0.25 * fit[m]!) * (1 + SYMPTOM_WEIGHT * matched);
      const s = Math.round(raw * 1000) / 1000;
      score[m] = s;
      if (kept === keep && !(s > topScore[kept - 1]! || (s === topScore[kept - 1]! && m < topMuscle[kept - 1]!)))
        continue;
      let j = kept < keep ? kept++ : kept - 1;
      while (j > 0 && (topScore[j - 1]! < s || (topScore[j - 1]! === s && topMuscle[j - 1]! > m))) {
        topScore[j] = topScore[j - 1]!;
        topMuscle[j] = topMuscle[j - 1]!;
        j -= 1;
      }
      topScore[j] = s;
      topMuscle[j] = m;
    }

    // 3. Explain only what is returned.
    const returned = Math.min(top, kept);
    const results: FinderResult[] = [];
    const near: string[] = [];
    const guide: string[] = [];
    for (let k = 0; k < returned; k++) {
      const m = topMuscle[k]!;
      const entry = index.muscles[m]!;
      const essential: string[] = [];
      const spillover: string[] = [];
      const explains: string[] = [];
      near.length = 0;
      guide.length = 0;
      for (let i = 0; i < markedCount; i++) {
        const e = entryOf(tables, markedIndex[i]!, m);
        if (e < 0) continue;
        const reach = tables.entryReach[e]!;
        const id = markedIds[i]!;
        if (reach === REACH_ESSENTIAL) essential.push(id);
        else if (reach === REACH_SPILLOVER) spillover.push(id);
        else if (reach === REACH_NEAR) near.push(id);
        else if (reach === REACH_GUIDE) guide.push(id);
        if (reach >= REACH_SPILLOVER) explains.push(id);
      }
      const { triggerPoints, sides } = orderTriggerPoints(
        index,
        entry.triggerPoints,
        markedIndex,
        markedWeight,
        markedCount,
        query.side,
      );
      const matched: SymptomId[] = [];
      for (const s of symptoms) if (tables.symptoms[m]!.has(s)) matched.push(s);
      results.push({
        muscle: entry.muscle.id,
        name: entry.muscle.name,
        score: topScore[k]!,
        triggerPoints,
        explains,
        essential,
        spillover,
        sides,
        symptoms: matched,
        reason: describe(entry.muscle.name, essential, spillover, near, guide, matched),
      });
    }

    // 4. The cover, from the returned results and the best explainer of any region they leave out.
    cover.reset();
    for (let i = 0; i < markedCount; i++) {
      if (!unexplained.includes(markedIds[i]!)) cover.addRegion(i);
    }
    for (let k = 0; k < returned; k++) {
      const m = topMuscle[k]!;
      cover.addCandidate(m, topScore[k]!, (i) => {
        const e = entryOf(tables, markedIndex[i]!, m);
        return e >= 0 && tables.entryReach[e]! >= REACH_SPILLOVER;
      });
    }
    for (let i = 0; i < markedCount; i++) {
      if (!cover.needsExplainer(i)) continue;
      const r = markedIndex[i]!;
      let best = -1;
      for (let e = tables.entryStart[r]!, end = tables.entryStart[r + 1]!; e < end; e++) {
        if (tables.entryReach[e]! < REACH_SPILLOVER) continue;
        const m = tables.entryMuscle[e]!;
        if (best < 0 || score[m]! > score[best]! || (score[m] === score[best] && m < best)) best = m;
      }
      if (best >= 0)
        cover.addCandidate(best, score[best]!, (j) => {
          const e = entryOf(tables, markedIndex[j]!, best);
          return e >= 0 && tables.entryReach[e]! >= REACH_SPILLOVER;
        });
    }
    const coverIds = cover.solve().map((m) => index.muscles[m]!.muscle.id);

    // 5. Questions, from the five leaders.
    const leaders = Math.min(kept, LEADERS);
    const ask = questions.pick(
      leaders,
      (k) => topScore[k]!,
      (k) => {
        const m = topMuscle[k]!;
        const sides = k < returned ? results[k]!.sides : sidesOf(index, m, markedIndex, markedCount, query.side);
        return index.sides[sides.length === 1 ? sideMode(sides[0]) : 0].zone[m]!;
      },
      (r) => regionStamp[r] === stamp,
      knownRegions,
    );

    const redFlags = mayFlag ? findRedFlags({ regions: markedIds, symptoms }) : [];
    return { results, cover: coverIds, unexplained, ask, redFlags };
  };
}

/**
 * A muscle's trigger points ordered by how much of the drawing they reach (Σ region weight · their
 * weight there), and the sides those are on. Only for returned results.
 */
function orderTriggerPoints(
  index: FinderIndex,
  own: readonly number[],
  markedIndex: Int32Array,
  markedWeight: Float64Array,
  markedCount: number,
  side: Side | undefined,
): { triggerPoints: string[]; sides: Side[] } {
  const contributions: { t: number; c: number }[] = [];
  for (const t of own) {
    const tp = index.triggerPoints[t]!;
    if (side && tp.side !== side) continue;
    let c = 0;
    for (let i = 0; i < markedCount; i++) {
      const w = tp.weightAt.get(markedIndex[i]!);
      if (w !== undefined) c += markedWeight[i]! * w;
    }
    if (c > 0) contributions.push({ t, c });
  }
  contributions.sort((a, b) => b.c - a.c || a.t - b.t);
  const triggerPoints: string[] = [];
  let right = false;
  let left = false;
  for (const { t } of contributions) {
    const tp = index.triggerPoints[t]!;
    if (!triggerPoints.includes(tp.id)) triggerPoints.push(tp.id);
    if (tp.side === 'right') right = true;
    else left = true;
  }
  const sides: Side[] = right && left ? ['right', 'left'] : right ? ['right'] : left ? ['left'] : [];
  return { triggerPoints, sides };
}

/** The sides on which a muscle's trigger points reach the drawing (for leaders that are not returned). */
function sidesOf(
  index: FinderIndex,
  m: number,
  markedIndex: Int32Array,
  markedCount: number,
  side: Side | undefined,
): Side[] {
  let right = false;
  let left = false;
  for (const t of index.muscles[m]!.triggerPoints) {
    const tp = index.triggerPoints[t]!;
    if (side && tp.side !== side) continue;
    for (let i = 0; i < markedCount; i++) {
      if (tp.weightAt.has(markedIndex[i]!)) {
        if (tp.side === 'right') right = true;
        else left = true;
      }
    }
  }
  return right && left ? ['right', 'left'] : right ? ['right'] : left ? ['left'] : [];
}
