import type { BodyPosition, SourceCitation } from '../atlas/atlas.types.ts';
import type { BodyArea } from '../body/region.types.ts';
import type { MedicationClassId } from './medications.data.ts';
import type { ScreeningOutcome } from './outcomes.ts';

/**
 * Screening rules as data. A condition only ever asks whether something is present (an answer of
 * yes, a choice, a medicine class): there is no "not", so more answers can never make a rule
 * stop firing, and the outcome can only grow more severe as answers are added.
 */
export type RuleCondition =
  /** The yes-no question was answered yes. */
  | { yes: string }
  /** The choice question's answer (any of the picks when `multiple`) is one of these options. */
  | { choice: string; in: readonly string[] }
  /** The number question's answer is at least / at most this. */
  | { number: string; atLeast: number }
  | { number: string; atMost: number }
  /** The regions answer names a region of one of these body areas. */
  | { regionsIn: string; areas: readonly BodyArea[] }
  /** Some medicine listed is in one of these classes. */
  | { medication: readonly MedicationClassId[] }
  /** Some line of the medicines list was not recognised. */
  | { unrecognisedMedication: true }
  /** The red flag (a RED_FLAG_RULES id) is present for the warning-sign answers and the treatment regions. */
  | { redFlag: string }
  /**
   * The treatment regions share or border a region of this regions answer, or no treatment regions
   * were given (then treatment could be anywhere, so assume near).
   */
  | { nearTreatment: string }
  | { any: readonly RuleCondition[] }
  | { all: readonly RuleCondition[] };

/** Which regions a modification covers. */
export type RegionSelector =
  /** Fixed region ids. */
  | { regions: readonly string[] }
  /** The regions of a regions answer (e.g. where the wound is). */
  | { answer: string }
  /**
   * From a limbs choice (left-arm, right-leg…): the limb with the trunk quadrant that drains to
   * it, or every other region of the same side.
   */
  | { limbs: string; part: 'limb' | 'rest-of-side' };

/** Pressure targets on the 0–10 discomfort scale the atlas uses. */
export const LIGHT_PRESSURE_MAX = 3;
export const MODERATE_PRESSURE_MAX = 5;

/**
 * A modification as written in a rule; `where` absent means everywhere. A pressure limit says in a
 * few words why (`why`), which every planned step it limits shows beside the limit.
 */
export type ModificationTemplate =
  | { type: 'light-pressure'; where?: RegionSelector; why: string }
  | { type: 'moderate-pressure'; where?: RegionSelector; why: string }
  | { type: 'avoid-regions'; where: RegionSelector; reason: string }
  | { type: 'avoid-area'; area: BodyArea; reason: string }
  | { type: 'avoid-muscles'; muscles: readonly string[]; reason: string }
  | { type: 'no-position'; position: BodyPosition }
  | { type: 'no-heat'; where?: RegionSelector }
  | { type: 'check-skin'; where?: RegionSelector }
  | { type: 'rise-slowly' };

/**
 * A modification for one person: regions resolved to ids. Without `regions` a pressure limit,
 * no-heat or skin check applies everywhere.
 *  - `light-pressure`: discomfort target at most 3/10;
 *  - `moderate-pressure`: at most 5/10 (light to moderate);
 *    both name the rule that set them and say why in a few words, for the steps they limit;
 *  - `avoid-regions` / `avoid-area`: no trigger point work there at all;
 *  - `avoid-muscles`: no pressure on these muscles (atlas ids), wherever they lie;
 *  - `no-position`: do not treat lying in that position;
 *  - `no-heat`: no heat packs or hot baths as part of treatment;
 *  - `check-skin`: look at the skin before and after;
 *  - `rise-slowly`: sit a moment before standing up after lying down.
 */
export type ScreeningModification =
  | { type: 'light-pressure'; regions?: string[]; rule: string; why: string }
  | { type: 'moderate-pressure'; regions?: string[]; rule: string; why: string }
  | { type: 'avoid-regions'; regions: string[]; reason: string }
  | { type: 'avoid-area'; area: BodyArea; reason: string }
  | { type: 'avoid-muscles'; muscles: string[]; reason: string }
  | { type: 'no-position'; position: BodyPosition }
  | { type: 'no-heat'; regions?: string[] }
  | { type: 'check-skin'; regions?: string[] }
  | { type: 'rise-slowly' };

export type ModificationType = ScreeningModification['type'];

export interface ScreeningRule {
  /** kebab-case, stable: clients and vignettes refer to it. */
  id: string;
  when: RuleCondition;
  outcome: ScreeningOutcome;
  /** Why this matters, in plain words. */
  reason: string;
  /** What to do next. Never advice about a medicine: ask a doctor or pharmacist instead. */
  advice: string;
  sources: readonly SourceCitation[];
  modifications: readonly ModificationTemplate[];
}
