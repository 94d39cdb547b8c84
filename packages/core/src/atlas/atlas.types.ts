import type { BodyArea, ViewId } from '../body/region.types.ts';
import type { TriggerPointSymptomId } from '../body/symptoms.ts';

/**
 * A reference to a region in a referral zone or location, written without a side because
 * the atlas describes one muscle and mirrors it:
 *  - `'temple'`            the same side as the trigger point (the usual case);
 *  - `'sternum'`           a midline region (no side);
 *  - `'both:back.low'`     both sides (e.g. some abdominal and multifidus patterns);
 *  - `'opposite:temple'`   the other side only (rare).
 */
export type ZoneRef = string;

/** A citation: a key into the bibliography plus where in it (chapter, pages). */
export interface SourceCitation {
  ref: string;
  locator?: string;
}

export interface BibliographyEntry {
  key: string;
  citation: string;
  /** What kind of source this is; evidence summaries say how strong it is. */
  kind: 'textbook' | 'review' | 'trial' | 'guideline' | 'study' | 'popular';
  url?: string;
}

export type Tool = 'hands' | 'ball' | 'foam-roller' | 'hooked-cane';

export type BodyPosition = 'seated' | 'supine' | 'prone' | 'side-lying' | 'standing' | 'standing-wall';

/**
 * Where a trigger point lies: a region and, optionally, where inside it, as fractions of the
 * region's extent — u from medial (0) to lateral (1), v from top (0) to bottom (1). The figure
 * code turns this into x/y on each view that draws the region, so markers follow the figure.
 */
export interface TriggerPointLocation {
  region: ZoneRef;
  u?: number;
  v?: number;
  /** The view that shows the point best, when more than one draws the region. */
  view?: ViewId;
}

export interface SelfTreatment {
  tools: readonly Tool[];
  position: BodyPosition;
  /** Plain-language steps, each one short sentence. */
  steps: readonly string[];
  /** Target discomfort on a 0–10 scale: moderate, never more. */
  pressure: number;
  /** Sustained compression: seconds to hold, and how many times. */
  holdSeconds?: number;
  repetitions?: number;
  /** Stripping: slow deep strokes along the band. */
  strokes?: number;
}

export interface Stretch {
  name: string;
  position: BodyPosition;
  steps: readonly string[];
  holdSeconds: number;
  repetitions: number;
}

export interface TriggerPoint {
  /** `<muscle id>.<short name>`, e.g. `upper-trapezius.tp1`. */
  id: string;
  /** Short human label, e.g. "Upper trapezius, middle of the ridge". */
  label: string;
  location: TriggerPointLocation;
  /** Where it nearly always refers pain. Never empty. */
  essential: readonly ZoneRef[];
  /** Where it sometimes refers pain. */
  spillover: readonly ZoneRef[];
  symptoms: readonly TriggerPointSymptomId[];
  howToFind: string;
  selfTreatment: SelfTreatment;
  /** Point-specific precautions (nerves, arteries), in addition to the muscle's. */
  precautions?: readonly string[];
  sources: readonly SourceCitation[];
}

export interface Muscle {
  /** kebab-case, e.g. `upper-trapezius`. */
  id: string;
  name: string;
  /** Names people use: "traps", "lats", "QL", "hip flexor". */
  commonNames: readonly string[];
  area: BodyArea;
  /** What the muscle does, one or two plain sentences. */
  action: string;
  triggerPoints: readonly TriggerPoint[];
  stretch: Stretch;
  perpetuatingFactors: readonly string[];
  precautions: readonly string[];
  relatedMuscles: readonly string[];
  sources: readonly SourceCitation[];
}

/** How strong the evidence is that trigger point work helps, in GRADE-like plain terms. */
export type EvidenceLevel = 'moderate' | 'low' | 'very-low' | 'insufficient' | 'not-applicable';

export interface Condition {
  id: string;
  name: string;
  aka: readonly string[];
  /** `caution` entries (e.g. lymphedema) say where trigger point work is not for you. */
  kind: 'condition' | 'caution';
  description: string;
  /** Where people typically feel it. */
  regions: readonly ZoneRef[];
  /** Muscles to check, most likely first. */
  muscles: readonly string[];
  evidence: {
    level: EvidenceLevel;
    summary: string;
    sources: readonly SourceCitation[];
  };
  redFlags: readonly string[];
  askYourDoctor: readonly string[];
  sources: readonly SourceCitation[];
}

export interface Technique {
  id: 'sustained-compression' | 'stripping' | 'stretch' | 'heat';
  name: string;
  summary: string;
  steps: readonly string[];
  /** How long, in plain words ("hold 30 to 90 seconds, 3 times"). */
  duration: string;
  /** How hard, in plain words. */
  intensity: string;
  avoidWhen: readonly string[];
  sources: readonly SourceCitation[];
}
