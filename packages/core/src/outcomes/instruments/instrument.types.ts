import type { SourceCitation } from '../../atlas/atlas.types.ts';

/** The questionnaires and scales Myomap scores. */
export const INSTRUMENT_IDS = ['nrs-pain', 'psfs', 'ndi', 'odi', 'rmdq'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/**
 * What the terms of a questionnaire let an open-source project (AGPL-3.0) do with it:
 *  - `public-domain`        no owner; the wording may be reproduced freely;
 *  - `free-to-use`          free, and the authors allow reproduction of the form;
 *  - `permission-unclear`   free for clinical use, but nothing we found grants redistribution of the wording
 *                           under an open-source licence;
 *  - `licence-required`     the owner licenses it, with fees for some users.
 */
export type TermsStatus = 'public-domain' | 'free-to-use' | 'permission-unclear' | 'licence-required';

export interface TermsOfUse {
  status: TermsStatus;
  copyrightHolder: string | null;
  /** The terms as we found them, in our own words. */
  summary: string;
  /** Whether Myomap ships the item and answer wording, or only identifiers, topics and scoring. */
  itemTextIncluded: boolean;
  /** Why the wording is or is not included, and what a clinic does instead. */
  decision: string;
  /** Where the terms were found. */
  sources: readonly SourceCitation[];
  /** When the terms were last checked (YYYY-MM). */
  checked: string;
}

/** A LOINC code, with how sure we are of it. */
export interface LoincCode {
  code: string;
  display: string;
}

export interface LoincCoding {
  /** The panel or the single question (NRS). */
  panel: LoincCode | null;
  /** The score the instrument reports. */
  score: LoincCode | null;
  /** Item codes by item id, where LOINC has them. */
  items?: Readonly<Record<string, string>>;
  /** Answer codes by score (NRS 0–10). */
  answers?: readonly { score: number; code: string }[];
  answerList?: string;
  /**
   * Where the codes were checked: LOINC's own pages; a LOINC value set expanded by a FHIR terminology server
   * (tx.fhir.org); or only in published FHIR implementation guides (to re-check on loinc.org before export).
   */
  verifiedAt: 'loinc.org' | 'terminology-server' | 'implementation-guide';
  note: string;
  sources: readonly SourceCitation[];
}

export interface ResponseOption {
  score: number;
  /** The wording, only where the terms allow reproducing it. */
  label?: string;
}

export interface InstrumentItem {
  id: string;
  /** A short neutral topic (`Pain intensity`), never the item wording of a licensed instrument. */
  topic: string;
  /** The item wording, only where the terms allow reproducing it. */
  text?: string;
  responses: readonly ResponseOption[];
}

/** How unanswered items are handled, as the instrument's authors describe it (and where we add a limit). */
export interface PartialAnswerRule {
  /** In our own words. */
  rule: string;
  /** Items that may be missing before no score is given; null when the authors set no limit. */
  maxMissing: number | null;
  /** True when the limit itself is the authors'; false when it is Myomap's choice (see `rule`). */
  limitPublished: boolean;
  sources: readonly SourceCitation[];
}

export interface InstrumentDefinition {
  id: InstrumentId;
  name: string;
  abbreviation: string;
  /** What it measures, in plain words. */
  measures: string;
  /** Body region it was made for, if any. */
  region: 'any' | 'neck' | 'low-back';
  /** Score range and what a higher score means. */
  range: { min: number; max: number; unit: string };
  higherIsBetter: boolean;
  /** How the score is worked out, in our own words. */
  scoring: string;
  items: readonly InstrumentItem[];
  partialAnswers: PartialAnswerRule;
  terms: TermsOfUse;
  /** The instrument's own publications (development, scoring). */
  sources: readonly SourceCitation[];
  loinc: LoincCoding | null;
  /** Why there is no LOINC code, when there is none. */
  loincNote?: string;
}

/** A scored questionnaire, or why it could not be scored. */
export type InstrumentScore =
  | {
      ok: true;
      /** The score on the instrument's scale (`range`). */
      score: number;
      /** The score as a percentage of the maximum, where the instrument reports one (NDI: raw score × 2). */
      percent?: number;
      /** Items answered and missing. */
      answered: number;
      missing: number;
    }
  | { ok: false; reason: string; answered: number; missing: number };

/** A score band the authors give for reading a total (e.g. NDI 15–24 of 50: moderate). */
export interface ScoreBand {
  /** Inclusive lower bound; the band runs up to the next band's lower bound. */
  from: number;
  label: string;
}

/** The band a score falls in (bands sorted by `from`). */
export function bandOf(bands: readonly ScoreBand[], score: number): ScoreBand | undefined {
  let found: ScoreBand | undefined;
  for (const band of bands) if (score >= band.from) found = band;
  return found;
}

/** The same score 0–5 scale the NDI and ODI items use. */
export const ZERO_TO_FIVE: readonly ResponseOption[] = [0, 1, 2, 3, 4, 5].map((score) => ({ score }));
