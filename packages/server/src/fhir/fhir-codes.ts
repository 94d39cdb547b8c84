import { createHash } from 'node:crypto';
import { nrsLoincAnswer } from '@myomap/core/outcomes/instruments/nrs.ts';
import type { CodeableConcept } from './fhir-types.ts';

/**
 * Code systems, identifier systems and stable ids of Myomap's FHIR export. External codes are used only
 * where they were checked against their source (HL7's R4 value sets and code systems, LOINC through the
 * core's instrument definitions, SNOMED CT through the core's region table); everything else is a Myomap
 * code system under https://myomap.org/fhir.
 */

export const MYOMAP_FHIR = 'https://myomap.org/fhir';

export const SYSTEMS = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  atc: 'http://www.whocc.no/atc',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  contactRelationship: 'http://terminology.hl7.org/CodeSystem/v2-0131',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  signatureType: 'urn:iso-astm:E1762-95:2013',
  /** Myomap's own scales (stiffness, stress, sleep, soreness) and the timing of session pain ratings. */
  measure: `${MYOMAP_FHIR}/CodeSystem/measure`,
  /** Observation codes of pain drawings and their components. */
  observation: `${MYOMAP_FHIR}/CodeSystem/observation`,
  bodyRegion: `${MYOMAP_FHIR}/CodeSystem/body-region`,
  /** The 74 regions of the CHOIR body map (f01–f36, b01–b38). */
  choirBodyMap: `${MYOMAP_FHIR}/CodeSystem/choir-body-map`,
  painQuality: `${MYOMAP_FHIR}/CodeSystem/pain-quality`,
  symptom: `${MYOMAP_FHIR}/CodeSystem/symptom`,
  procedure: `${MYOMAP_FHIR}/CodeSystem/procedure`,
  medication: `${MYOMAP_FHIR}/CodeSystem/medication`,
  medicationClass: `${MYOMAP_FHIR}/CodeSystem/medication-class`,
  screeningOption: `${MYOMAP_FHIR}/CodeSystem/safety-screening-option`,
  screeningOutcome: `${MYOMAP_FHIR}/CodeSystem/safety-screening-outcome`,
  /** Trigger points of Myomap's atlas (e.g. `upper-trapezius.tp1`). */
  triggerPoint: `${MYOMAP_FHIR}/CodeSystem/trigger-point`,
  /** Totals of questionnaires that have no checked LOINC code (PSFS, RMDQ, NDI until checked on loinc.org). */
  instrument: `${MYOMAP_FHIR}/CodeSystem/instrument`,
  ucum: 'http://unitsofmeasure.org',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
} as const;

/** Identifier systems: the Myomap record each resource comes from. */
export const IDENTIFIERS = {
  client: `${MYOMAP_FHIR}/client-id`,
  screening: `${MYOMAP_FHIR}/screening-id`,
  drawing: `${MYOMAP_FHIR}/pain-drawing-id`,
  outcomeEntry: `${MYOMAP_FHIR}/outcome-entry-id`,
  note: `${MYOMAP_FHIR}/session-note-id`,
  appointment: `${MYOMAP_FHIR}/appointment-id`,
  consentSignature: `${MYOMAP_FHIR}/consent-signature-id`,
  questionnaireResponse: `${MYOMAP_FHIR}/questionnaire-response-id`,
  treatedPoint: `${MYOMAP_FHIR}/treated-trigger-point`,
} as const;

/** The safety screening as a Questionnaire canonical, versioned by the ruleset that judged it. */
export const SCREENING_QUESTIONNAIRE = `${MYOMAP_FHIR}/Questionnaire/safety-screening`;

/** A scored questionnaire (NRS, PSFS, NDI, ODI, RMDQ) as a Questionnaire canonical. */
export const instrumentQuestionnaire = (instrument: string): string => `${MYOMAP_FHIR}/Questionnaire/${instrument}`;

/** R4 core extension: the number a coded answer stands for. */
export const ORDINAL_VALUE_EXTENSION = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A fixed namespace for Myomap's name-based UUIDs (RFC 4122 version 5). */
const NAMESPACE = Buffer.from('9b1f0c5e7a3d4e0b8c2f6d1a4e7b3c90', 'hex');

/** RFC 4122 version 5 UUID of a name: the same name always gives the same UUID. */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The id of a resource made from a Myomap record: the record's own UUID when one record makes one resource,
 * otherwise a name-based UUID of type, record and part. Exporting the same record again gives the same ids.
 */
export function resourceId(type: string, recordId: string, part?: string): string {
  if (part === undefined && UUID.test(recordId)) return recordId;
  return nameUuid(`${type}/${recordId}${part === undefined ? '' : `#${part}`}`);
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** The Observation category of everything the client reports (diary, ratings, questionnaires). */
export const SURVEY: CodeableConcept = {
  coding: [{ system: SYSTEMS.observationCategory, code: 'survey', display: 'Survey' }],
};

/**
 * A 0–10 pain score as the value of LOINC 72514-3. FHIR allows one value[x], so the score goes as
 * valueCodeableConcept: the LOINC answer code of answer list LL2335-9 (so the answer codes travel, as LOINC
 * defines the term), with the number itself kept machine-readable as the coding's ordinalValue (an R4 core
 * extension on Coding) and as the text. No display is sent: the LOINC expansion shows LA6113-0 as "2 or
 * more", so a receiver reads the number, not the display.
 */
export function nrsAnswer(score: number): CodeableConcept {
  const code = nrsLoincAnswer(score);
  return {
    ...(code
      ? {
          coding: [{ system: SYSTEMS.loinc, code, extension: [{ url: ORDINAL_VALUE_EXTENSION, valueDecimal: score }] }],
        }
      : {}),
    text: String(score),
  };
}
