import type { BodyPosition } from '../atlas/atlas.types.ts';
import type { PlanIntensity, PlanMode } from './planner.types.ts';

/**
 * The planner's timing and dose rules, in one place. Doses follow the atlas's technique pages
 * (techniques.data.ts): compression 30–90 s, 2–3 times; about 10–12 slow strokes per band;
 * stretches held 20–30 s, 2–3 times; pressure a "good hurt" of 5–7/10, never more.
 */

export const DEFAULT_BUDGET_SECONDS = 1200;
export const MAX_BUDGET_SECONDS = 7200;

/** Warm-up: at least a minute, two when time allows. */
export const WARM_UP_MIN_SECONDS = 60;
export const WARM_UP_MAX_SECONDS = 120;
export const AFTER_CARE_SECONDS = 60;

/** Compression: finding the spot and settling in, then holds with short rests between. */
export const COMPRESSION_SETUP_SECONDS = 15;
export const COMPRESSION_REST_SECONDS = 10;
export const DEFAULT_HOLD_SECONDS = 45;
export const DEFAULT_REPETITIONS = 3;
/** The fewest repetitions the plan uses when time is short (the atlas may ask for fewer). */
export const MIN_REPETITIONS = 2;
/** When time is short a stretch is held once; the atlas's count returns when time allows. */
export const MIN_STRETCH_REPETITIONS = 1;
/** A therapist holds a little longer, within the technique's 90 s. */
export const THERAPIST_EXTRA_HOLD_SECONDS = 15;
export const MAX_HOLD_SECONDS = 90;

/** Stripping: about 4 s per slow stroke (2–3 cm a second over a band), plus placing the thumb or ball. */
export const STROKE_SECONDS = 4;
export const STRIPPING_SETUP_SECONDS = 10;
/** Strokes when the atlas gives none but time allows. */
export const DEFAULT_STROKES = 6;

/** Stretch: getting into it and easing out between holds. */
export const STRETCH_SETUP_SECONDS = 20;
/** The target for a stretch: a gentle pull, never pain. */
export const STRETCH_PRESSURE = 3;

export const MAX_PRESSURE = 7;
export const LIGHT_PRESSURE_CAP = 3;
const MIN_PRESSURE = 1;
const INTENSITY_ADJUSTMENT: Record<PlanIntensity, number> = { gentle: -2, moderate: 0, firm: 1 };

/** The atlas pressure target, shifted by intensity and kept within 1–7; limits apply after (limits.ts). */
export function pressureTarget(atlasPressure: number, intensity: PlanIntensity): number {
  return Math.min(MAX_PRESSURE, Math.max(MIN_PRESSURE, atlasPressure + INTENSITY_ADJUSTMENT[intensity]));
}

export function holdSeconds(atlasHold: number | undefined, mode: PlanMode): number {
  const hold = atlasHold ?? DEFAULT_HOLD_SECONDS;
  return mode === 'therapist' ? Math.min(MAX_HOLD_SECONDS, hold + THERAPIST_EXTRA_HOLD_SECONDS) : hold;
}

export function compressionSeconds(hold: number, repetitions: number): number {
  return COMPRESSION_SETUP_SECONDS + hold * repetitions + COMPRESSION_REST_SECONDS * (repetitions - 1);
}

export function strippingSeconds(strokes: number): number {
  return STRIPPING_SETUP_SECONDS + STROKE_SECONDS * strokes;
}

export function stretchSeconds(hold: number, repetitions: number): number {
  return STRETCH_SETUP_SECONDS + hold * repetitions;
}

export const LYING: ReadonlySet<BodyPosition> = new Set(['supine', 'prone', 'side-lying']);

/**
 * Moving between positions: 20 s to sit or stand up or to turn over; 30 s to get down onto a
 * mat or bed; 40 s to get up from lying, which is the slow part for most people.
 */
export function transitionSeconds(from: BodyPosition, to: BodyPosition): number {
  const fromLying = LYING.has(from);
  const toLying = LYING.has(to);
  if (fromLying === toLying) return 20;
  return toLying ? 30 : 40;
}
