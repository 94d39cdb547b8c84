/**
 * Screening outcomes, most severe first:
 *  - `urgent`   seek urgent care now;
 *  - `refer`    see a doctor before any trigger point work;
 *  - `postpone` not today;
 *  - `caution`  treat, with the modifications listed;
 *  - `ok`       nothing in the screening stands in the way.
 */
export const SCREENING_OUTCOMES = ['urgent', 'refer', 'postpone', 'caution', 'ok'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** 0 for `urgent`, 4 for `ok`: a lower rank is more severe. */
export function outcomeRank(outcome: ScreeningOutcome): number {
  return SCREENING_OUTCOMES.indexOf(outcome);
}

/** True when `a` is strictly more severe than `b`. */
export function isMoreSevere(a: ScreeningOutcome, b: ScreeningOutcome): boolean {
  return outcomeRank(a) < outcomeRank(b);
}

/** The most severe of several outcomes; `ok` for none. */
export function mostSevere(outcomes: Iterable<ScreeningOutcome>): ScreeningOutcome {
  let worst: ScreeningOutcome = 'ok';
  for (const outcome of outcomes) if (isMoreSevere(outcome, worst)) worst = outcome;
  return worst;
}
