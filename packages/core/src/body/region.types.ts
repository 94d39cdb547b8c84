/** The body areas a region belongs to (its parent area). Order is head to foot. */
export const BODY_AREAS = [
  'head',
  'neck',
  'shoulder',
  'arm',
  'elbow',
  'forearm',
  'wrist',
  'hand',
  'chest',
  'abdomen',
  'upper back',
  'lower back',
  'pelvis',
  'hip',
  'thigh',
  'knee',
  'leg',
  'ankle',
  'foot',
] as const;
export type BodyArea = (typeof BODY_AREAS)[number];

export type Side = 'left' | 'right';
export type RegionSide = Side | 'midline';

/** The drawn views of the body. Whole-body views first, then close-ups. */
export const VIEWS = [
  'front',
  'back',
  'left',
  'right',
  'head-front',
  'head-side',
  'head-back',
  'hand-palm',
  'hand-back',
  'foot-sole',
  'foot-top',
] as const;
export type ViewId = (typeof VIEWS)[number];

/**
 * A region before it is given a side. Bilateral bases become two regions
 * (`<base>.left`, `<base>.right`); midline bases are one region with the base as id.
 */
export interface RegionBase {
  /** Dotted id without side, e.g. `elbow.lateral`. */
  base: string;
  area: BodyArea;
  laterality: 'bilateral' | 'midline';
  /** Plain label; `{side}` / `{Side}` are replaced by the side for bilateral regions. */
  label: string;
  /** Anatomical label; `{side}` is replaced by the side for bilateral regions. */
  anatomicalLabel: string;
  /** Words people type when looking for this place ("tennis elbow", "funny bone"). */
  synonyms?: readonly string[];
  /**
   * Shown only when the person asks for it: the body map hides `pelvic` regions (anus,
   * genitals) until the person turns them on, so nobody meets them unasked.
   */
  optIn?: RegionOptIn;
}

/** Groups of regions a body map shows only on request. */
export type RegionOptIn = 'pelvic';

/** One concrete region of the vocabulary. */
export interface Region {
  /** Stable id, e.g. `elbow.lateral.right` or `sternum`. */
  id: string;
  /** The side-less base, e.g. `elbow.lateral`. Same as id for midline regions. */
  base: string;
  label: string;
  anatomicalLabel: string;
  side: RegionSide;
  area: BodyArea;
  synonyms: readonly string[];
  /** Ids of regions sharing a border on the body surface (symmetric). */
  neighbours: readonly string[];
  /** SNOMED CT body structure concept id, where a fitting one exists. */
  snomed?: string;
  /** Set when the region is shown only on request (see RegionBase.optIn). */
  optIn?: RegionOptIn;
}
