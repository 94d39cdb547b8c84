import type { SourceCitation } from '../atlas/atlas.types.ts';
import type { ScreeningExpectation } from './expectations.ts';

/** A realistic intake with the result a clinician would expect, and why. */
export interface Vignette {
  id: string;
  /** Who this is and what they want to treat, in a sentence or two. */
  story: string;
  input: { answers: Record<string, unknown>; medications?: string[]; regions?: string[] };
  expect: ScreeningExpectation;
  /** Why this is the right result. */
  why: string;
  sources: SourceCitation[];
}
