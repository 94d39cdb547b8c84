import type { SourceCitation } from '../atlas/atlas.types.ts';
import { findInstrument } from './instruments/index.ts';
import type { InstrumentId } from './instruments/instrument.types.ts';

/**
 * Clinically important change: whether the difference between two scores is big enough to matter to the
 * client, by the published threshold for each measure. Thresholds were worked out for improvement; a
 * worsening of the same size is flagged for the therapist to look at, not called "important".
 */

export interface ChangeThreshold {
  /** The smallest important improvement, in points on the measure's scale (`scale`). */
  value: number;
  unit: 'points';
  /** The scale the points are on. */
  scale: string;
  /** Alternatively an improvement of at least this percentage of the starting score. */
  orPercent?: number;
  source: SourceCitation;
  /** Other studies that support or qualify the figure. */
  alsoSee: readonly SourceCitation[];
  /** What the evidence says, in plain words. */
  evidence: string;
}

export type ChangeMeasureId = InstrumentId;

export const CHANGE_THRESHOLDS: Readonly<Record<ChangeMeasureId, ChangeThreshold>> = {
  'nrs-pain': {
    value: 2,
    unit: 'points',
    scale: '0–10',
    orPercent: 30,
    source: { ref: 'farrar-2001', locator: 'Abstract and Results: a fall of about 2 points or about 30%' },
    alsoSee: [{ ref: 'ostelo-2008', locator: 'Results: 2 points on the 0–10 scale; 30% from baseline' }],
    evidence:
      'In 2,724 people with long-term pain, a fall of about 2 points, or about 30% of the starting score, ' +
      'matched their own sense of being much better. The percentage held whatever the starting pain, so a ' +
      'change counts as important when it reaches either. An expert consensus on low back pain chose the same ' +
      'figures.',
  },
  psfs: {
    value: 2,
    unit: 'points',
    scale: 'mean of the activities, 0–10',
    source: {
      ref: 'stratford-1995',
      locator: 'smallest detectable change (90% confidence): 2 points for the mean, 3 for a single activity',
    },
    alsoSee: [{ ref: 'horn-2012', locator: 'responsiveness and important change across conditions' }],
    evidence:
      'A change of 2 points in the mean rating is larger than the scale’s own measurement error (the smallest ' +
      'change it can detect with 90% confidence), as reported by its authors; for a single activity it takes ' +
      '3 points. The change clients call important differs between conditions, and 2 points is the usual rule.',
  },
  ndi: {
    value: 10,
    unit: 'points',
    scale: 'raw score 0–50 (20 percentage points)',
    source: {
      ref: 'young-2009',
      locator: 'Results and Conclusions: important change 7.5, detectable change 10.2; use a 10-point change',
    },
    alsoSee: [
      { ref: 'cleland-2008', locator: 'Results: important change 19 percentage points' },
      { ref: 'vernon-ndi-scoring-note', locator: 'the author’s figure: 5 points' },
    ],
    evidence:
      'In people with neck pain treated by physiotherapists, the smallest change they felt as important was ' +
      '7.5 points, but that is within the questionnaire’s measurement error (10.2 points), so the authors ' +
      'advise a 10-point change. A similar study found 19 percentage points (about 10 of 50). The NDI’s author ' +
      'quotes 5 points; Myomap uses the stricter, measured figure.',
  },
  odi: {
    value: 10,
    unit: 'points',
    scale: 'index 0–100',
    orPercent: 30,
    source: { ref: 'ostelo-2008', locator: 'Results: 10 points on the 0–100 index; 30% from baseline' },
    alsoSee: [{ ref: 'fairbank-pynsent-2000', locator: 'responsiveness' }],
    evidence:
      'An international expert consensus on low back pain, after reviewing the studies, proposed 10 points on ' +
      'the 0–100 index as the smallest important improvement, and 30% of the starting score as a useful rule ' +
      'when the starting score is taken into account.',
  },
  rmdq: {
    value: 5,
    unit: 'points',
    scale: '0–24',
    orPercent: 30,
    source: { ref: 'ostelo-2008', locator: 'Results: 5 points on the 0–24 questionnaire; 30% from baseline' },
    alsoSee: [],
    evidence:
      'The same consensus on low back pain proposed 5 points of 24 as the smallest important improvement, or ' +
      '30% of the starting score.',
  },
};

export type ChangeDirection = 'better' | 'worse' | 'same';

export interface ChangeAssessment {
  measure: ChangeMeasureId;
  baseline: number;
  current: number;
  /** current − baseline, in points. */
  change: number;
  /** The change as a percentage of the baseline (signed like `change`); null from a baseline of 0. */
  percentChange: number | null;
  direction: ChangeDirection;
  /** Improvement by at least the threshold (points, or percent where the measure has one). */
  important: boolean;
  /**
   * Worsening by at least the threshold in points: worth a look, though the thresholds were derived for
   * improvement (the percentage rule is not applied to worsening).
   */
  notableWorsening: boolean;
  threshold: ChangeThreshold;
}

// Scores are sums and means of small integers; this absorbs floating-point noise at the boundaries.
const EPSILON = 1e-9;

export function assessChange(measure: ChangeMeasureId, baseline: number, current: number): ChangeAssessment {
  const instrument = findInstrument(measure);
  for (const [name, value] of [
    ['baseline', baseline],
    ['current', current],
  ] as const) {
    if (!Number.isFinite(value) || value < instrument.range.min || value > instrument.range.max)
      throw new RangeError(
        `${name} ${value} is outside ${instrument.abbreviation} ${instrument.range.min}–${instrument.range.max}`,
      );
  }
  const threshold = CHANGE_THRESHOLDS[measure];
  const change = current - baseline;
  const improvement = instrument.higherIsBetter ? change : -change;
  const percentChange = baseline === 0 ? null : (change * 100) / baseline;
  const improvementPercent = percentChange === null ? null : instrument.higherIsBetter ? percentChange : -percentChange;
  const direction: ChangeDirection = Math.abs(change) < EPSILON ? 'same' : improvement > 0 ? 'better' : 'worse';
  const bigEnough = improvement >= threshold.value - EPSILON;
  const relativelyBigEnough =
    threshold.orPercent !== undefined &&
    improvementPercent !== null &&
    improvementPercent >= threshold.orPercent - EPSILON;
  return {
    measure,
    baseline,
    current,
    change,
    percentChange,
    direction,
    important: direction === 'better' && (bigEnough || relativelyBigEnough),
    // Points only: from a low start a percentage rule would flag a one-point wobble (1 → 2 is +100%).
    notableWorsening: direction === 'worse' && -improvement >= threshold.value - EPSILON,
    threshold,
  };
}
