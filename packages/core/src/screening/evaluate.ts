import type { SourceCitation } from '../atlas/atlas.types.ts';
import { isWarningSymptomId } from '../body/symptoms.ts';
import { regionsOfArea } from './body-parts.ts';
import { holds, type RuleContext } from './conditions.ts';
import { ScreeningInputError, parseScreeningInput, type ScreeningInput } from './input.ts';
import { classesOfPurposes, isKnownPurpose, type MedicationPurposeId } from './medication-purposes.ts';
import { matchMedications, medicationClassIds, type MatchedMedication } from './medications.ts';
import { mergeModifications, resolveModification } from './modifications.ts';
import { SCREENING_OUTCOMES, isMoreSevere, mostSevere, outcomeRank, type ScreeningOutcome } from './outcomes.ts';
import { findRedFlags } from './red-flags.ts';
import { RULESET_VERSION, SCREENING_RULES } from './rules.data.ts';
import type { ScreeningModification, ScreeningRule } from './rules.types.ts';

export { SCREENING_OUTCOMES, isMoreSevere, parseScreeningInput, ScreeningInputError };
export type { ScreeningInput, ScreeningOutcome };

/** Why the outcome is what it is: one entry per fired rule. */
export interface ScreeningReason {
  rule: string;
  outcome: ScreeningOutcome;
  reason: string;
  advice: string;
  sources: SourceCitation[];
}

/** The strictest pressure limit that applies to a region someone wants to treat. */
export type RegionLimit = 'avoid' | 'light' | 'moderate' | 'none';

export interface ScreeningResult {
  /** The most severe outcome of the fired rules; `ok` when none fired. */
  outcome: ScreeningOutcome;
  /** Every fired rule, most severe first, in rule order within a severity. */
  reasons: ScreeningReason[];
  /** Merged and deduplicated; they apply when the outcome lets treatment go ahead. */
  modifications: ScreeningModification[];
  medications: MatchedMedication[];
  /** Lines of the medicines list that were not recognised: never silently dropped. */
  unrecognisedMedications: string[];
  /** What the person said each unrecognised medicine is for ("What is it for?"), by its line. */
  medicationPurposes: Record<string, MedicationPurposeId>;
  /** For each treatment region asked about, the limit the modifications set there. */
  treatmentRegions: { region: string; limit: RegionLimit }[];
  rulesetVersion: string;
}

function limitFor(region: string, modifications: readonly ScreeningModification[]): RegionLimit {
  const covers = (m: { regions?: string[] }): boolean => !m.regions || m.regions.includes(region);
  let limit: RegionLimit = 'none';
  for (const m of modifications) {
    if (m.type === 'avoid-regions' && m.regions.includes(region)) return 'avoid';
    if (m.type === 'avoid-area' && regionsOfArea(m.area).includes(region)) return 'avoid';
    if (m.type === 'light-pressure' && covers(m)) limit = 'light';
    if (m.type === 'moderate-pressure' && covers(m) && limit === 'none') limit = 'moderate';
  }
  return limit;
}

function toReason(rule: ScreeningRule): ScreeningReason {
  return {
    rule: rule.id,
    outcome: rule.outcome,
    reason: rule.reason,
    advice: rule.advice,
    sources: rule.sources.map((s) => ({ ...s })),
  };
}

/** Screen validated input. Deterministic: the same input always gives the same result. */
export function screen(input: ScreeningInput): ScreeningResult {
  const medicationMatch = matchMedications(input.medications);
  const given = new Map(Object.entries(input.medicationPurposes).map(([line, p]) => [line.trim(), p]));
  const purposes: Record<string, MedicationPurposeId> = {};
  for (const line of medicationMatch.unrecognised) {
    const purpose = given.get(line.trim());
    if (purpose) purposes[line] = purpose;
  }
  const classes = new Set([...medicationClassIds(medicationMatch), ...classesOfPurposes(Object.values(purposes))]);
  const symptoms = Object.entries(input.answers)
    .filter(([id, value]) => value === true && isWarningSymptomId(id))
    .map(([id]) => id);
  const context: RuleContext = {
    answers: input.answers,
    medicationClasses: classes,
    hasUnrecognisedMedication: medicationMatch.unrecognised.some((line) => !isKnownPurpose(purposes[line])),
    redFlags: new Set(findRedFlags({ regions: input.regions, symptoms }).map((f) => f.id)),
    treatmentRegions: input.regions,
  };
  const fired = SCREENING_RULES.filter((rule) => holds(rule.when, context));
  const reasons = fired
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => outcomeRank(a.rule.outcome) - outcomeRank(b.rule.outcome) || a.index - b.index)
    .map(({ rule }) => toReason(rule));
  const modifications = mergeModifications(
    fired.flatMap((rule) =>
      rule.modifications.flatMap((template) => resolveModification(template, input.answers, rule.id) ?? []),
    ),
  );
  return {
    outcome: mostSevere(fired.map((rule) => rule.outcome)),
    reasons,
    modifications,
    medications: medicationMatch.matched,
    unrecognisedMedications: medicationMatch.unrecognised,
    medicationPurposes: purposes,
    treatmentRegions: input.regions.map((region) => ({ region, limit: limitFor(region, modifications) })),
    rulesetVersion: RULESET_VERSION,
  };
}

/**
 * Validate and screen `{ answers, medications, regions? }`. Throws ScreeningInputError, whose
 * `issues` name each offending field, when the input does not validate; use parseScreeningInput
 * first to show those issues without an exception.
 */
export function evaluateScreening(input: unknown): ScreeningResult {
  const parsed = parseScreeningInput(input);
  if (!parsed.ok) throw new ScreeningInputError(parsed.issues);
  return screen(parsed.input);
}
