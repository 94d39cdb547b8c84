import { MEDICATION_RULES } from './rules-medications.data.ts';
import { HEALTH_RULES } from './rules-health.data.ts';
import { INJURY_SURGERY_RULES } from './rules-injury-surgery.data.ts';
import { STRUCTURE_RULES } from './rules-structures.data.ts';
import { RED_FLAG_SCREENING_RULES } from './rules-red-flags.data.ts';
import type { ScreeningRule } from './rules.types.ts';

export type * from './rules.types.ts';
export { LIGHT_PRESSURE_MAX, MODERATE_PRESSURE_MAX } from './rules.types.ts';

/**
 * The screening ruleset. Bump the version whenever a rule, outcome or modification changes, so a
 * stored result says which rules produced it: year, month, and a counter within the month.
 */
export const RULESET_VERSION = '2026.12.1';

/** Every rule: red flags first, then health and history, then medicines. */
export const SCREENING_RULES: readonly ScreeningRule[] = [
  ...RED_FLAG_SCREENING_RULES,
  ...INJURY_SURGERY_RULES,
  ...HEALTH_RULES,
  ...STRUCTURE_RULES,
  ...MEDICATION_RULES,
];

const RULE_BY_ID: ReadonlyMap<string, ScreeningRule> = new Map(SCREENING_RULES.map((r) => [r.id, r]));

export function findScreeningRule(id: string): ScreeningRule | undefined {
  return RULE_BY_ID.get(id);
}
