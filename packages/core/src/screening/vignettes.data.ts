import { HEALTH_VIGNETTES } from './vignettes-health.data.ts';
import { HISTORY_VIGNETTES } from './vignettes-history.data.ts';
import { MEDICINE_VIGNETTES } from './vignettes-medicines.data.ts';
import type { Vignette } from './vignette.types.ts';

export type { Vignette };

/**
 * Realistic intake cases with the result a clinician would expect and why: a regression suite for
 * the ruleset. A change of ruleset that changes a vignette's result must be deliberate.
 */
export const VIGNETTES: readonly Vignette[] = [...HEALTH_VIGNETTES, ...HISTORY_VIGNETTES, ...MEDICINE_VIGNETTES];
