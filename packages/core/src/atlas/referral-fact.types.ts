import type { SourceCitation } from './atlas.types.ts';

/**
 * One statement from the literature about where a muscle refers pain, checked against the
 * atlas data by a test ("a temporalis trigger point refers to the temple and upper teeth").
 */
export interface ReferralFact {
  muscle: string;
  /** A region base (no side), e.g. `temple`, `teeth.upper`, `sternum`. */
  region: string;
  /** `essential`: some trigger point of the muscle has it in its essential zone. */
  zone: 'essential' | 'essential-or-spillover';
  statement: string;
  source: SourceCitation;
}
