import type { Condition, Muscle } from '../atlas/atlas.types.ts';
import { findRegion, REGIONS } from '../body/regions.ts';
import type { Side } from '../body/region.types.ts';
import { symptomLabel, type SymptomId } from '../body/symptoms.ts';
import { RED_FLAG_RULES } from '../screening/red-flags.data.ts';
import { findRedFlags, type RedFlag } from '../screening/red-flags.ts';
import { buildClinicalPrior } from './clinical-prior.ts';
import { createMaskCoverSearch, MASK_REGIONS, minimumCover } from './cover.ts';
import {
  buildFinderIndex,
  REACH_ESSENTIAL as ESSENTIAL_IMPORT,
  REACH_GUIDE as GUIDE_IMPORT,
  REACH_NEAR as NEAR_IMPORT,
  REACH_SPILLOVER as SPILLOVER_IMPORT,
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

// Local copies: some module loaders turn imported bindings into getters, which the hot loop should not call.
const REACH_ESSENTIAL = ESSENTIAL_IMPORT;
const REACH_SPILLOVER = SPILLOVER_IMPORT;
const REACH_NEAR = NEAR_IMPORT;
const REACH_GUIDE = GUIDE_IMPORT;

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

const LABELS = new Map<string, string>();
function regionLabel(id: string): string {
  let label = LABELS.get(id);
  if (label === undefined) {
    label = lowerFirst(findRegion(id)?.label ?? id);
    LABELS.set(id, label);
  }
  return label;
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

/**
 * Red flags from regions fire when a drawing marks a region of every group of a rule. Which (rule, group)
 * pairs each region base belongs to is worked out once, so a query calls the screening (and allocates for
 * it) only when some rule can fire: a symptom was reported or every group of a rule is marked.
 */
const REGION_RULES = RED_FLAG_RULES.filter((rule) => (rule.regionGroups?.length ?? 0) > 0);
const RULE_GROUPS_BY_BASE = new Map<string, { rule: number; bit: number }[]>();
REGION_RULES.forEach((rule, r) =>
  rule.regionGroups!.forEach((group, g) => {
    for (const base of group) {
      const list = RULE_GROUPS_BY_BASE.get(base) ?? [];
      list.push({ rule: r, bit: 1 << g });
      RULE_GROUPS_BY_BASE.set(base, list);
    }
  }),
);
const RULE_FULL = Int32Array.from(REGION_RULES, (rule) => (1 << rule.regionGroups!.length) - 1);

const NO_REGIONS: readonly string[] = Object.freeze([]);

/** An explained region: essential or spillover (for `regionsWith`). */
const EXPLAINED = -2;

/** A result: plain data, with its reason written only when read (and by toJSON, for the API). */
class Result implements FinderResult {
  readonly #near: readonly string[];
  readonly #guide: readonly string[];
  #reason: string | undefined;
  constructor(
    public muscle: string,
    public name: string,
    public score: number,
    public triggerPoints: string[],
    public explains: string[],
    public essential: string[],
    public spillover: string[],
    public sides: Side[],
    public symptoms: SymptomId[],
    near: readonly string[],
    guide: readonly string[],
  ) {
    this.#near = near;
    this.#guide = guide;
  }

  get reason(): string {
    this.#reason ??= describe(this.name, this.essential, this.spillover, this.#near, this.#guide, this.symptoms);
    return this.#reason;
  }

  toJSON(): FinderResult {
    return {
      muscle: this.muscle,
      name: this.name,
      score: this.score,
      triggerPoints: this.triggerPoints,
      explains: this.explains,
      essential: this.essential,
      spillover: this.spillover,
      sides: this.sides,
      symptoms: this.symptoms,
      reason: this.reason,
    };
  }
}

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
  const ruleGroupsAt = index.regionIds.map((id) => {
    const base = findRegion(id)?.base;
    return Int32Array.from((base && RULE_GROUPS_BY_BASE.get(base)) || [], (x) => x.rule * 32 + Math.log2(x.bit));
  });
  const ruleMarked = new Int32Array(REGION_RULES.length);
  const slotBit = new Int32Array(regionCount);
  const slotReach = new Int8Array(regionCount);
  const explainable = new Uint8Array(regionCount);
  const coverMasks = new Int32Array(muscleCount);
  const coverScores = new Float64Array(muscleCount);
  const coverMuscles = new Int32Array(muscleCount);
  const coverChosen = new Int32Array(muscleCount);
  const coverSearch = createMaskCoverSearch(muscleCount);
  const leaderZones: Int32Array[] = [];

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

  let markedCountNow = 0;
  /** The marked regions (in marked order) a returned muscle reaches in one way, into an exact-size array. */
  const regionsWith = (reach: number, count: number): string[] => {
    const out = new Array<string>(count);
    if (count === 0) return out;
    let n = 0;
    for (let i = 0; i < markedCountNow && n < count; i++) {
      const here = slotReach[i]!;
      if (here === reach || (reach === EXPLAINED && here >= REACH_SPILLOVER)) out[n++] = markedIds[i]!;
    }
    return out;
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
    let explainableCount = 0;
    ruleMarked.fill(0);

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
      const groups = ruleGroupsAt[r]!;
      for (let g = 0; g < groups.length; g++) {
        const rule = groups[g]! >> 5;
        ruleMarked[rule] = ruleMarked[rule]! | (1 << (groups[g]! & 31));
      }
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
      explainable[markedCount - 1] = reached ? 1 : 0;
      if (reached) explainableCount++;
      else unexplained.push(region);
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
    markedCountNow = markedCount;
    const returned = Math.min(top, kept);
    const results: FinderResult[] = [];
    let coverable = 0;
    let coverSlots = 0;
    for (let i = 0; i < markedCount; i++) {
      slotBit[i] = 0;
      if (explainable[i] === 1 && coverSlots < MASK_REGIONS) slotBit[i] = 1 << coverSlots++;
      coverable |= slotBit[i]!;
    }
    for (let k = 0; k < returned; k++) {
      const m = topMuscle[k]!;
      const entry = index.muscles[m]!;
      let essentialCount = 0;
      let spilloverCount = 0;
      let nearCount = 0;
      let guideCount = 0;
      let mask = 0;
      for (let i = 0; i < markedCount; i++) {
        const e = entryOf(tables, markedIndex[i]!, m);
        const reach = e < 0 ? -1 : tables.entryReach[e]!;
        slotReach[i] = reach;
        if (reach === REACH_ESSENTIAL) essentialCount++;
        else if (reach === REACH_SPILLOVER) spilloverCount++;
        else if (reach === REACH_NEAR) nearCount++;
        else if (reach === REACH_GUIDE) guideCount++;
        if (reach >= REACH_SPILLOVER) mask |= slotBit[i]!;
      }
      // Arrays of exactly the size needed: a result is allocated once and never grows.
      const essential = regionsWith(REACH_ESSENTIAL, essentialCount);
      const spillover = regionsWith(REACH_SPILLOVER, spilloverCount);
      const explains = regionsWith(EXPLAINED, essentialCount + spilloverCount);
      // Only the reason reads these, and never changes them: share one empty list.
      const near = nearCount === 0 ? NO_REGIONS : regionsWith(REACH_NEAR, nearCount);
      const guide = guideCount === 0 ? NO_REGIONS : regionsWith(REACH_GUIDE, guideCount);
      coverMasks[k] = mask;
      coverScores[k] = topScore[k]!;
      coverMuscles[k] = m;
      let matchedCount = 0;
      for (const s of symptoms) if (tables.symptoms[m]!.has(s)) matchedCount++;
      const matched: SymptomId[] = matchedCount === 0 ? [] : symptoms.filter((s) => tables.symptoms[m]!.has(s));
      const ordered = orderTriggerPoints(
        index,
        entry.triggerPoints,
        markedIndex,
        markedWeight,
        markedCount,
        query.side,
      );
      results.push(
        new Result(
          entry.muscle.id,
          entry.muscle.name,
          topScore[k]!,
          ordered.triggerPoints,
          explains,
          essential,
          spillover,
          ordered.sides,
          matched,
          near,
          guide,
        ),
      );
      leaderZones[k] = index.sides[ordered.sides.length === 1 ? sideMode(ordered.sides[0]) : 0].zone[m]!;
    }

    // 4. The cover, from the returned results and the best explainer of any region they leave out.
    let candidates = returned;
    let covered = 0;
    for (let k = 0; k < returned; k++) covered |= coverMasks[k]!;
    for (let i = 0; i < markedCount; i++) {
      if (slotBit[i] === 0 || (covered & slotBit[i]!) !== 0) continue;
      const r = markedIndex[i]!;
      let best = -1;
      for (let e = tables.entryStart[r]!, end = tables.entryStart[r + 1]!; e < end; e++) {
        if (tables.entryReach[e]! < REACH_SPILLOVER) continue;
        const m = tables.entryMuscle[e]!;
        if (best < 0 || score[m]! > score[best]! || (score[m] === score[best] && m < best)) best = m;
      }
      if (best < 0) continue;
      let mask = 0;
      for (let j = 0; j < markedCount; j++) {
        const e = entryOf(tables, markedIndex[j]!, best);
        if (e >= 0 && tables.entryReach[e]! >= REACH_SPILLOVER) mask |= slotBit[j]!;
      }
      // Keep rank order (score, then atlas order) among the added explainers.
      let at = candidates++;
      while (
        at > returned &&
        (coverScores[at - 1]! < score[best]! || (coverScores[at - 1] === score[best] && coverMuscles[at - 1]! > best))
      ) {
        coverMasks[at] = coverMasks[at - 1]!;
        coverScores[at] = coverScores[at - 1]!;
        coverMuscles[at] = coverMuscles[at - 1]!;
        at--;
      }
      coverMasks[at] = mask;
      coverScores[at] = score[best]!;
      coverMuscles[at] = best;
      covered |= mask;
    }
    let coverIds: string[];
    if (coverSlots < explainableCount) {
      // More explainable regions than a mask holds (a drawing of most of the body): the list-based search.
      coverIds = minimumCover(
        markedIds.filter((_, i) => explainable[i] === 1),
        Array.from({ length: candidates }, (_, c) => {
          const m = coverMuscles[c]!;
          return {
            muscle: index.muscles[m]!.muscle.id,
            score: coverScores[c]!,
            explains: markedIds.filter((_, i) => {
              const e = entryOf(tables, markedIndex[i]!, m);
              return e >= 0 && tables.entryReach[e]! >= REACH_SPILLOVER;
            }),
          };
        }),
      );
    } else {
      const chosen = coverSearch.solve(coverMasks, coverScores, candidates, coverable, coverChosen);
      coverIds = new Array<string>(chosen);
      for (let i = 0; i < chosen; i++) coverIds[i] = index.muscles[coverMuscles[coverChosen[i]!]!]!.muscle.id;
    }

    // 5. Questions, from the five leaders.
    const leaders = Math.min(kept, LEADERS);
    for (let k = returned; k < leaders; k++) {
      const m = topMuscle[k]!;
      const sides = sidesOf(index, m, markedIndex, markedCount, query.side);
      leaderZones[k] = index.sides[sides === 1 ? 1 : sides === 2 ? 2 : 0].zone[m]!;
    }
    const ask = questions.pick(leaders, topScore, leaderZones, regionStamp, stamp, knownRegions);

    let mayFlag = symptoms.length > 0;
    for (let rule = 0; rule < ruleMarked.length && !mayFlag; rule++) mayFlag = ruleMarked[rule] === RULE_FULL[rule];
    const redFlags = mayFlag ? findRedFlags({ regions: markedIds, symptoms }) : [];
    return { results, cover: coverIds, unexplained, ask, redFlags };
  };
}

/**
 * A muscle's trigger points ordered by how much of the drawing they reach (Σ region weight · their
 * weight there), and the sides those are on. Only for returned results; a muscle has a handful of
 * trigger points, so an insertion sort into scratch arrays does.
 */
const orderT = new Int32Array(64);
const orderC = new Float64Array(64);
function orderTriggerPoints(
  index: FinderIndex,
  own: readonly number[],
  markedIndex: Int32Array,
  markedWeight: Float64Array,
  markedCount: number,
  side: Side | undefined,
): { triggerPoints: string[]; sides: Side[] } {
  const regions = index.regionIds.length;
  let n = 0;
  for (const t of own) {
    const tp = index.triggerPoints[t]!;
    if (side && tp.side !== side) continue;
    let c = 0;
    const row = t * regions;
    for (let i = 0; i < markedCount; i++) c += markedWeight[i]! * index.tpWeight4[row + markedIndex[i]!]!;
    if (c <= 0 || n === orderT.length) continue;
    let j = n++;
    while (j > 0 && orderC[j - 1]! < c) {
      orderC[j] = orderC[j - 1]!;
      orderT[j] = orderT[j - 1]!;
      j -= 1;
    }
    orderC[j] = c;
    orderT[j] = t;
  }
  const triggerPoints: string[] = [];
  let right = false;
  let left = false;
  for (let k = 0; k < n; k++) {
    const tp = index.triggerPoints[orderT[k]!]!;
    if (!triggerPoints.includes(tp.id)) triggerPoints.push(tp.id);
    if (tp.side === 'right') right = true;
    else left = true;
  }
  return { triggerPoints, sides: right && left ? ['right', 'left'] : right ? ['right'] : left ? ['left'] : [] };
}

/** The sides on which a muscle's trigger points reach the drawing, as bits (1 right, 2 left), for leaders not returned. */
function sidesOf(
  index: FinderIndex,
  m: number,
  markedIndex: Int32Array,
  markedCount: number,
  side: Side | undefined,
): number {
  const regions = index.regionIds.length;
  let sides = 0;
  for (const t of index.muscles[m]!.triggerPoints) {
    const tp = index.triggerPoints[t]!;
    if (side && tp.side !== side) continue;
    for (let i = 0; i < markedCount; i++) {
      if (index.tpWeight4[t * regions + markedIndex[i]!]! > 0) sides |= tp.side === 'right' ? 1 : 2;
    }
  }
  return sides;
}
