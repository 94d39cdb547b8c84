import { LEG_BASES, regionsOfBases } from './body-parts.ts';
import { RED_FLAG_RULES } from './red-flags.data.ts';
import type { ModificationTemplate, ScreeningRule } from './rules.types.ts';

/**
 * One screening rule per red flag of red-flags.data.ts, with the same urgency, advice and sources,
 * so a warning sign means the same here as in the finder. A red flag fires on the warning-sign
 * answers (question ids are the WARNING_SYMPTOMS ids) and on the treatment regions.
 */

/** Where a red flag also rules a place out, e.g. no massage of a leg that may hold a clot. */
const EXTRA_MODIFICATIONS: Readonly<Record<string, readonly ModificationTemplate[]>> = {
  'possible-blood-clot': [
    {
      type: 'avoid-regions',
      where: { regions: regionsOfBases(LEG_BASES) },
      reason: 'Possible blood clot: no massage of the legs',
    },
  ],
};

export const RED_FLAG_SCREENING_RULES: readonly ScreeningRule[] = RED_FLAG_RULES.map((flag) => ({
  id: `red-flag-${flag.id}`,
  when: { redFlag: flag.id },
  outcome: flag.urgency,
  reason: flag.title,
  advice: flag.advice,
  sources: flag.sources,
  modifications: EXTRA_MODIFICATIONS[flag.id] ?? [],
}));
