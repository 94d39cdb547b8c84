import { findInstrument, type InstrumentDefinition, type LoincCode } from '@myomap/core/outcomes/instruments/index.ts';
import type { ExportedResponse } from '../services/questionnaire.service.ts';
import { IDENTIFIERS, instrumentQuestionnaire, nrsAnswer, resourceId, SURVEY, SYSTEMS } from './fhir-codes.ts';
import type {
  Coding,
  Observation,
  QuestionnaireAnswer,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from './fhir-types.ts';

/**
 * A scored questionnaire (NRS, PSFS, NDI, ODI, RMDQ) as a QuestionnaireResponse with the answers given and the
 * total, and an Observation of the total derived from it. LOINC codes go out only where they were read on
 * loinc.org or a terminology server (NRS, ODI); a code seen only in implementation guides (NDI) is not sent
 * until checked, and the total then carries Myomap's instrument code. Item texts go out only where the
 * instrument's terms let Myomap reproduce them; otherwise the neutral topic.
 */

/** The instrument's LOINC score code, when it was checked at the source. */
export function checkedLoincScore(definition: InstrumentDefinition): LoincCode | null {
  const loinc = definition.loinc;
  return loinc && loinc.verifiedAt !== 'implementation-guide' ? loinc.score : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function integers(value: unknown): QuestionnaireAnswer[] {
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is number => typeof v === 'number').map((v) => ({ valueInteger: v }));
}

function answerItems(definition: InstrumentDefinition, answers: unknown): QuestionnaireResponseItem[] {
  const record = isRecord(answers) ? answers : {};
  const textOf = (id: string): string | undefined => {
    const item = definition.items.find((i) => i.id === id);
    return item ? (item.text ?? item.topic) : undefined;
  };
  switch (definition.id) {
    case 'nrs-pain':
      return [
        { linkId: 'score', text: textOf(definition.items[0]?.id ?? '') ?? 'Pain now', answer: integers(record.score) },
      ];
    case 'psfs': {
      const activities = Array.isArray(record.activities) ? record.activities.filter(isRecord) : [];
      return activities.map((a) => ({
        linkId: `activity.${String(a.id)}`,
        text: typeof a.activity === 'string' ? a.activity : 'Activity',
        answer: integers(a.score),
      }));
    }
    case 'rmdq': {
      const ticked = new Set(Array.isArray(record.ticked) ? record.ticked : []);
      return definition.items.map((item) => ({
        linkId: item.id,
        text: item.text ?? item.topic,
        answer: [{ valueBoolean: ticked.has(item.id) }],
      }));
    }
    case 'ndi':
    case 'odi':
      return definition.items.map((item) => ({
        linkId: item.id,
        text: item.text ?? item.topic,
        answer: integers(record[item.id]),
      }));
  }
}

function totalText(definition: InstrumentDefinition, score: number, percent: number | undefined): string {
  const rounded = Math.round(score * 100) / 100;
  // e.g. "20 of 50 (40%)" for the NDI, "42 (0–100 percent …)" for the ODI.
  return percent === undefined || definition.id === 'odi'
    ? `${rounded} (${definition.range.min}–${definition.range.max} ${definition.range.unit})`
    : `${rounded} of ${definition.range.max} (${Math.round(percent * 100) / 100}%)`;
}

export function questionnaireResources(
  patient: Reference,
  response: ExportedResponse,
): [QuestionnaireResponse, Observation] | [] {
  if (!response.score.ok) return [];
  const { score, percent } = response.score;
  const definition = findInstrument(response.instrument);
  const responseId = resourceId('QuestionnaireResponse', response.id);
  const items = answerItems(definition, response.answers).filter((i) => i.answer.length > 0);
  items.push({
    linkId: 'total',
    text: `${definition.abbreviation} score, by the published scoring rules`,
    answer: [{ valueDecimal: Math.round(score * 100) / 100 }],
  });
  const questionnaireResponse: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    id: responseId,
    identifier: { system: IDENTIFIERS.questionnaireResponse, value: response.id },
    questionnaire: instrumentQuestionnaire(response.instrument),
    status: 'completed',
    subject: patient,
    authored: response.completedOn,
    source: patient,
    item: items,
  };

  const loinc = checkedLoincScore(definition);
  const coding: Coding[] = [
    ...(loinc ? [{ system: SYSTEMS.loinc, code: loinc.code, display: loinc.display }] : []),
    { system: SYSTEMS.instrument, code: definition.id, display: `${definition.name} score` },
  ];
  // Two decimals are more than any of these scores means (a blank section makes thirds).
  const shown = Math.round(score * 100) / 100;
  const value: Pick<Observation, 'valueCodeableConcept' | 'valueQuantity'> =
    definition.id === 'nrs-pain'
      ? { valueCodeableConcept: nrsAnswer(score) }
      : definition.id === 'odi'
        ? { valueQuantity: { value: shown, unit: '%', system: SYSTEMS.ucum, code: '%' } }
        : { valueQuantity: { value: shown, unit: 'score', system: SYSTEMS.ucum, code: '{score}' } };
  const observation: Observation = {
    resourceType: 'Observation',
    id: resourceId('Observation', response.id, 'score'),
    identifier: [{ system: IDENTIFIERS.questionnaireResponse, value: response.id }],
    status: 'final',
    category: [SURVEY],
    code: { coding, text: `${definition.name} score` },
    subject: patient,
    effectiveDateTime: response.completedOn,
    performer: [patient],
    ...value,
    note: [{ text: `Score ${totalText(definition, score, percent)}; visit ${response.visitNumber}.` }],
    derivedFrom: [{ reference: `urn:uuid:${responseId}` }],
  };
  return [questionnaireResponse, observation];
}
