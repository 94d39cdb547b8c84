import { findTechnique, findTriggerPoint, sideTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { CHOIR_BY_REGION } from '@myomap/core/body/choir.ts';
import type { PainDrawing } from '@myomap/core/body/pain-drawing.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import { isSymptomId, symptomLabel } from '@myomap/core/body/symptoms.ts';
import { NRS_PAIN } from '@myomap/core/outcomes/instruments/nrs.ts';
import { SCALES, type OutcomeEntry, type ScaleId } from '@myomap/core/outcomes/measures.ts';
import type { SessionNoteContent } from '@myomap/core/practice/session-note.ts';
import { matchMedications } from '@myomap/core/screening/medications.ts';
import { findScreeningQuestion } from '@myomap/core/screening/questions.data.ts';
import type { ScreeningAnswer, ScreeningQuestion } from '@myomap/core/screening/questions.types.ts';
import { DateTime } from 'luxon';
import type { AppointmentView } from '../services/calendar.service.ts';
import type { ExportedResponse } from '../services/questionnaire.service.ts';
import type { ClientProfile, DrawingView, NoteView, ScreeningView } from '../services/practice-views.ts';
import { choirTitle } from './choir-drawings.ts';
import { questionnaireResources } from './fhir-questionnaires.ts';
import {
  IDENTIFIERS,
  isUuid,
  MYOMAP_FHIR,
  nameUuid,
  nrsAnswer,
  resourceId,
  SCREENING_QUESTIONNAIRE,
  SURVEY,
  SYSTEMS,
} from './fhir-codes.ts';
import type {
  Annotation,
  Appointment,
  Bundle,
  CodeableConcept,
  Coding,
  Condition,
  Consent,
  ContactPoint,
  ExportedResource,
  MedicationStatement,
  Observation,
  ObservationComponent,
  Patient,
  Procedure,
  Provenance,
  QuestionnaireAnswer,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Reference,
} from './fhir-types.ts';

export { nrsAnswer };

/**
 * A client's record as a FHIR R4 Bundle of type `collection`. Pure: the caller gathers the record (and
 * checks access); this maps it. Every entry's fullUrl is `urn:uuid:<resource id>` and resources refer to
 * each other by those URLs, so the bundle stands on its own. Ids are stable: a record exported twice keeps
 * its ids (see resourceId).
 */

export interface SignedConsent {
  /** The signature's id. */
  id: string;
  formId: string;
  kind: string;
  version: number;
  title: string;
  /** The text of the form version signed, when the clinic still has it. */
  body: string | null;
  signedName: string;
  method: 'portal' | 'in-clinic';
  signedAt: string;
}

export interface FhirExportInput {
  exportedAt: string;
  clinic: { id: string; name: string; timeZone: string };
  client: ClientProfile;
  medications: readonly string[];
  screenings: readonly ScreeningView[];
  drawings: readonly DrawingView[];
  /** Only signed notes are exported: a draft is not part of the record yet. */
  notes: readonly NoteView[];
  consents: readonly SignedConsent[];
  outcomes: readonly { id: string; entry: OutcomeEntry }[];
  /** Scored questionnaires (NRS, PSFS, NDI, ODI, RMDQ) with their answers. */
  questionnaires: readonly ExportedResponse[];
  appointments: readonly AppointmentView[];
}

const NRS_CODE: Coding = {
  system: SYSTEMS.loinc,
  code: NRS_PAIN.loinc?.score?.code ?? '72514-3',
  display: NRS_PAIN.loinc?.score?.display ?? 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
};

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  urgent: 'Urgent: needs a doctor now',
  refer: 'Refer to a doctor first',
  postpone: 'Postpone treatment',
  caution: 'Go ahead with care',
  ok: 'No concerns',
};

/** R4 consent scopes by the words of a form's kind (`treatment`, `photo-sharing`, …); the first that fits. */
const CONSENT_SCOPES: readonly { words: readonly string[]; code: string; display: string }[] = [
  { words: ['research'], code: 'research', display: 'Research' },
  {
    words: ['privacy', 'data', 'record', 'records', 'photo', 'photos', 'share', 'sharing'],
    code: 'patient-privacy',
    display: 'Privacy Consent',
  },
  { words: ['treatment', 'therapy'], code: 'treatment', display: 'Treatment' },
];

/** What the export is built with: the patient's reference and the resources made so far. */
interface Builder {
  input: FhirExportInput;
  patient: Reference;
  resources: ExportedResource[];
}

const urlOf = (id: string): string => `urn:uuid:${id}`;

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A diary entry's local date and time as a FHIR dateTime in the clinic's zone (a date alone stays a date). */
export function localDateTime(date: string, time: string | undefined, zone: string): string {
  if (!time) return date;
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  return local.isValid ? (local.toISO({ suppressMilliseconds: true }) ?? date) : date;
}

/** A body region as a bodySite: SNOMED CT where the region has a code, Myomap's region, and its CHOIR regions. */
export function regionSite(regionId: string): CodeableConcept {
  const region = findRegion(regionId);
  const choir = CHOIR_BY_REGION[regionId] ?? [];
  return {
    coding: [
      ...(region?.snomed ? [{ system: SYSTEMS.snomed, code: region.snomed }] : []),
      { system: SYSTEMS.bodyRegion, code: regionId, ...(region ? { display: region.label } : {}) },
      ...choir.map((key) => ({ system: SYSTEMS.choirBodyMap, code: key, display: choirTitle(key) })),
    ],
    text: region?.label ?? regionId,
  };
}

function observationCode(code: string, display: string, text?: string): CodeableConcept {
  return { coding: [{ system: SYSTEMS.observation, code, display }], ...(text ? { text } : {}) };
}

function noteOf(text: string | undefined): { note?: Annotation[] } {
  const trimmed = text?.trim();
  return trimmed ? { note: [{ text: trimmed }] } : {};
}

function patientOf(input: FhirExportInput, id: string): Patient {
  const { client } = input;
  const telecom: ContactPoint[] = [
    ...(client.email ? [{ system: 'email' as const, value: client.email }] : []),
    ...(client.phone ? [{ system: 'phone' as const, value: client.phone }] : []),
  ];
  const emergency = client.emergencyContact;
  const hasEmergency = Boolean(emergency.name || emergency.phone);
  return {
    resourceType: 'Patient',
    id,
    identifier: [{ system: IDENTIFIERS.client, value: client.id }],
    active: client.erasedAt === null,
    name: [{ text: client.name }],
    ...(telecom.length ? { telecom } : {}),
    ...(client.dateOfBirth ? { birthDate: client.dateOfBirth } : {}),
    ...(hasEmergency
      ? {
          contact: [
            {
              relationship: [
                { coding: [{ system: SYSTEMS.contactRelationship, code: 'C', display: 'Emergency Contact' }] },
              ],
              ...(emergency.name ? { name: { text: emergency.name } } : {}),
              ...(emergency.phone ? { telecom: [{ system: 'phone' as const, value: emergency.phone }] } : {}),
            },
          ],
        }
      : {}),
    managingOrganization: { display: input.clinic.name },
  };
}

/** Pain now on the 0–10 NRS (LOINC 72514-3), from the diary, a session rating or a session note. */
function painObservation(
  b: Builder,
  id: string,
  score: number,
  effective: string,
  extra: Partial<Pick<Observation, 'identifier' | 'partOf' | 'note'>> & { timing?: Coding },
): Observation {
  const { timing, ...rest } = extra;
  return {
    resourceType: 'Observation',
    id,
    ...rest,
    status: 'final',
    category: [SURVEY],
    code: { coding: [NRS_CODE, ...(timing ? [timing] : [])], text: 'Pain now (0–10)' },
    subject: b.patient,
    effectiveDateTime: effective,
    performer: [b.patient],
    valueCodeableConcept: nrsAnswer(score),
  } satisfies Observation;
}

/** One of Myomap's own 0–10 scales: no LOINC code, so Myomap's code system. */
function scaleObservation(
  b: Builder,
  id: string,
  scale: ScaleId,
  value: number,
  effective: string,
  extra: Partial<Pick<Observation, 'identifier' | 'partOf'>>,
): Observation {
  const definition = SCALES[scale];
  return {
    resourceType: 'Observation',
    id,
    ...extra,
    status: 'final',
    category: [SURVEY],
    code: {
      coding: [{ system: SYSTEMS.measure, code: scale, display: definition.label }],
      text: definition.question,
    },
    subject: b.patient,
    effectiveDateTime: effective,
    performer: [b.patient],
    valueInteger: value,
  };
}

/**
 * A pain drawing: a panel Observation for the drawing (its symptoms and note) with one member Observation per
 * painful region, whose bodySite carries SNOMED CT, Myomap's region and the CHOIR regions, and whose value is
 * the intensity drawn (1–10), with the pain's qualities and, for a sided region, its laterality.
 */
function drawingObservations(
  b: Builder,
  key: string,
  drawing: PainDrawing,
  effective: string,
  extra: Partial<Pick<Observation, 'identifier' | 'partOf'>>,
): Observation[] {
  const regions: Observation[] = drawing.regions.map((painful) => {
    const region = findRegion(painful.region);
    const components: ObservationComponent[] = [
      ...painful.qualities.map((quality) => ({
        code: observationCode('pain-quality', 'Pain quality'),
        valueCodeableConcept: {
          coding: [{ system: SYSTEMS.painQuality, code: quality, display: capitalised(quality) }],
        },
      })),
      ...(region && region.side !== 'midline'
        ? [
            {
              code: observationCode('laterality', 'Laterality'),
              // HL7's R4 value set bodysite-laterality.
              valueCodeableConcept: {
                coding: [
                  region.side === 'left'
                    ? { system: SYSTEMS.snomed, code: '419161000', display: 'Unilateral left' }
                    : { system: SYSTEMS.snomed, code: '419465000', display: 'Unilateral right' },
                ],
              },
            },
          ]
        : []),
    ];
    return {
      resourceType: 'Observation',
      id: nameUuid(`Observation/${key}#region:${painful.region}`),
      ...extra,
      status: 'final',
      category: [SURVEY],
      code: observationCode(
        'region-pain-intensity',
        'Pain intensity in a body region (1–10)',
        'Pain intensity in a body region',
      ),
      subject: b.patient,
      effectiveDateTime: effective,
      performer: [b.patient],
      valueInteger: painful.intensity,
      bodySite: regionSite(painful.region),
      ...(components.length ? { component: components } : {}),
    } satisfies Observation;
  });
  const symptoms = (drawing.symptoms ?? []).filter(isSymptomId);
  const panel: Observation = {
    resourceType: 'Observation',
    id: nameUuid(`Observation/${key}#drawing`),
    ...extra,
    status: 'final',
    category: [SURVEY],
    code: observationCode('pain-drawing', 'Pain drawing', 'Pain drawing (where it hurts, how much and how)'),
    subject: b.patient,
    effectiveDateTime: effective,
    performer: [b.patient],
    ...(regions.length
      ? { hasMember: regions.map((r) => ({ reference: urlOf(r.id) })) }
      : { note: [{ text: 'No painful areas marked' }] }),
    ...(symptoms.length
      ? {
          component: symptoms.map((symptom) => ({
            code: observationCode('symptom', 'Other symptom'),
            valueCodeableConcept: {
              coding: [{ system: SYSTEMS.symptom, code: symptom, display: symptomLabel(symptom) }],
            },
          })),
        }
      : {}),
  };
  if (drawing.note?.trim()) panel.note = [...(panel.note ?? []), { text: drawing.note.trim() }];
  return [panel, ...regions];
}

function regionAnswer(regionId: string): QuestionnaireAnswer {
  const region = findRegion(regionId);
  return { valueCoding: { system: SYSTEMS.bodyRegion, code: regionId, ...(region ? { display: region.label } : {}) } };
}

function screeningAnswers(question: ScreeningQuestion | undefined, answer: ScreeningAnswer): QuestionnaireAnswer[] {
  const coded = (value: string): QuestionnaireAnswer => {
    if (question?.type === 'regions') return regionAnswer(value);
    if (question?.type === 'choice') {
      const option = question.options.find((o) => o.id === value);
      return {
        valueCoding: { system: SYSTEMS.screeningOption, code: value, ...(option ? { display: option.label } : {}) },
      };
    }
    return { valueString: value };
  };
  if (typeof answer === 'boolean') return [{ valueBoolean: answer }];
  if (typeof answer === 'number')
    return [Number.isInteger(answer) ? { valueInteger: answer } : { valueDecimal: answer }];
  if (typeof answer === 'string') return answer.trim() ? [coded(answer)] : [];
  return answer.filter((v) => v.trim()).map(coded);
}

function questionnaireResponseOf(b: Builder, screening: ScreeningView): QuestionnaireResponse {
  const items: QuestionnaireResponseItem[] = Object.entries(screening.input.answers).map(([id, answer]) => {
    const question = findScreeningQuestion(id);
    return { linkId: id, ...(question ? { text: question.text } : {}), answer: screeningAnswers(question, answer) };
  });
  const medications = screening.input.medications.filter((m) => m.trim());
  if (medications.length) {
    items.push({
      linkId: 'medications',
      text: 'The medicines you use now, one per line',
      answer: medications.map((m) => ({ valueString: m.trim() })),
    });
  }
  if (screening.input.regions.length) {
    items.push({
      linkId: 'regions',
      text: 'Where you would like treatment or have pain',
      answer: screening.input.regions.map(regionAnswer),
    });
  }
  items.push({
    linkId: 'outcome',
    text: `Outcome of Myomap's safety rules (version ${screening.rulesetVersion})`,
    answer: [
      {
        valueCoding: {
          system: SYSTEMS.screeningOutcome,
          code: screening.outcome,
          display: OUTCOME_WORDS[screening.outcome] ?? screening.outcome,
        },
      },
    ],
  });
  if (screening.result.reasons.length) {
    items.push({
      linkId: 'reasons',
      text: 'Why',
      answer: screening.result.reasons.map((r) => ({ valueString: `${r.reason} ${r.advice}`.trim() })),
    });
  }
  return {
    resourceType: 'QuestionnaireResponse',
    id: resourceId('QuestionnaireResponse', screening.id),
    identifier: { system: IDENTIFIERS.screening, value: screening.id },
    questionnaire: `${SCREENING_QUESTIONNAIRE}|${screening.rulesetVersion}`,
    status: 'completed',
    subject: b.patient,
    authored: screening.recordedAt,
    source: b.patient,
    item: items.filter((i) => i.answer.length > 0),
  };
}

function treatedPointLines(content: SessionNoteContent): { lines: string[]; regions: string[] } {
  const lines: string[] = [];
  const regions: string[] = [];
  for (const point of content.treatedPoints) {
    const found = findTriggerPoint(point.triggerPoint);
    if (found) {
      const region = sideTriggerPoint(found.muscle, found.triggerPoint, point.side).region;
      if (!regions.includes(region)) regions.push(region);
    }
    const technique =
      point.technique === 'other' ? 'other technique' : (findTechnique(point.technique)?.name ?? point.technique);
    const details = [
      technique.toLowerCase(),
      ...(point.durationSeconds !== undefined ? [`${point.durationSeconds} s`] : []),
      ...(point.localTwitch ? ['local twitch response'] : []),
      ...(point.referralReproduced ? ['familiar pain reproduced'] : []),
    ];
    const name = found?.triggerPoint.label ?? point.triggerPoint;
    lines.push(`- ${name} (${point.side}): ${details.join(', ')}`);
  }
  return { lines, regions };
}

function procedureOf(b: Builder, note: NoteView): Procedure {
  const { content } = note;
  const { lines, regions } = treatedPointLines(content);
  const soap = (
    [
      ['Subjective', content.subjective],
      ['Objective', content.objective],
      ['Assessment', content.assessment],
      ['Plan', content.plan],
    ] as const
  )
    .filter(([, text]) => text.trim())
    .map(([label, text]) => `${label}: ${text.trim()}`);
  const text = [
    ...soap,
    ...(lines.length ? [`Trigger points treated:\n${lines.join('\n')}`] : []),
    ...(content.durationMinutes !== undefined ? [`Session length: ${content.durationMinutes} minutes`] : []),
  ].join('\n\n');
  const { painBefore, painAfter } = content;
  const outcome =
    painBefore !== undefined || painAfter !== undefined
      ? [
          ...(painBefore !== undefined ? [`pain ${painBefore}/10 before the session`] : []),
          ...(painAfter !== undefined ? [`${painAfter}/10 after it`] : []),
        ].join(', ')
      : null;
  return {
    resourceType: 'Procedure',
    id: resourceId('Procedure', note.id),
    identifier: [{ system: IDENTIFIERS.note, value: note.id }],
    status: 'completed',
    // No SNOMED CT concept for trigger point therapy could be confirmed, so Myomap's own code and text.
    code: {
      coding: [
        { system: SYSTEMS.procedure, code: 'trigger-point-therapy', display: 'Myofascial trigger point therapy' },
      ],
      text: 'Myofascial trigger point therapy',
    },
    subject: b.patient,
    performedDateTime: note.sessionDate,
    performer: [{ actor: { display: note.therapistName } }],
    ...(regions.length ? { bodySite: regions.map(regionSite) } : {}),
    ...(outcome ? { outcome: { text: capitalised(outcome) } } : {}),
    note: [
      ...(text ? [{ text, authorString: note.therapistName, ...(note.signedAt ? { time: note.signedAt } : {}) }] : []),
      ...note.addenda.map((a) => ({ text: `Addendum: ${a.body}`, authorString: a.authorName, time: a.createdAt })),
    ],
  };
}

/**
 * What the therapist found and treated: each trigger point of a signed note as an encounter diagnosis.
 * Confirmed when the note records a local twitch response or the client's familiar pain reproduced (the
 * confirmatory signs of Travell & Simons' criteria), provisional otherwise. No clinical status is sent: the
 * record says the point was active at that session, not whether it has resolved since.
 */
function conditionsOf(b: Builder, note: NoteView, procedure: Reference): Condition[] {
  return note.content.treatedPoints.map((point, index) => {
    const found = findTriggerPoint(point.triggerPoint);
    const label = found?.triggerPoint.label ?? point.triggerPoint;
    const region = found ? sideTriggerPoint(found.muscle, found.triggerPoint, point.side).region : null;
    const confirmed = point.localTwitch || point.referralReproduced;
    const signs = [
      ...(point.localTwitch ? ['local twitch response'] : []),
      ...(point.referralReproduced ? ['familiar pain reproduced'] : []),
    ];
    return {
      resourceType: 'Condition',
      id: resourceId('Condition', note.id, String(index)),
      identifier: [{ system: IDENTIFIERS.treatedPoint, value: `${note.id}#${index}` }],
      verificationStatus: {
        coding: [
          {
            system: SYSTEMS.conditionVerification,
            code: confirmed ? 'confirmed' : 'provisional',
            display: confirmed ? 'Confirmed' : 'Provisional',
          },
        ],
      },
      category: [
        {
          coding: [{ system: SYSTEMS.conditionCategory, code: 'encounter-diagnosis', display: 'Encounter Diagnosis' }],
        },
      ],
      // No SNOMED CT concept for a trigger point of a named muscle could be confirmed: Myomap's atlas code.
      code: {
        coding: [{ system: SYSTEMS.triggerPoint, code: point.triggerPoint, display: label }],
        text: `Myofascial trigger point: ${label} (${point.side})`,
      },
      ...(region ? { bodySite: [regionSite(region)] } : {}),
      subject: b.patient,
      recordedDate: note.sessionDate,
      recorder: { display: note.therapistName },
      evidence: [{ detail: [procedure] }],
      ...(signs.length ? { note: [{ text: `Found with ${signs.join(' and ')}.` }] } : {}),
    };
  });
}

function appointmentOf(b: Builder, visit: AppointmentView): Appointment {
  const status = visit.status === 'requested' ? 'proposed' : visit.status;
  return {
    resourceType: 'Appointment',
    id: resourceId('Appointment', visit.id),
    identifier: [{ system: IDENTIFIERS.appointment, value: visit.id }],
    status,
    serviceType: [{ text: visit.typeName }],
    description: `${visit.typeName} with ${visit.therapistName}${visit.roomName ? ` (${visit.roomName})` : ''}`,
    start: visit.startUtc,
    end: visit.endUtc,
    ...(visit.note?.trim() ? { comment: visit.note.trim() } : {}),
    participant: [
      { actor: b.patient, status: 'accepted' },
      // A requested visit waits for the clinic to confirm it.
      { actor: { display: visit.therapistName }, status: visit.status === 'requested' ? 'needs-action' : 'accepted' },
    ],
  };
}

/**
 * The ATC code a matched medicine can honestly carry: its classes' ATC groups when they lie on one branch of
 * the ATC tree (sertraline: N06A antidepressants and N06AB SSRIs give N06AB), none when a class spans several
 * groups (anticoagulants: B01AA, B01AB, …) or the groups part ways (co-codamol: N02A and N02BE).
 */
export function atcCodeOf(classes: readonly { atc: readonly string[] }[]): string | undefined {
  if (classes.length === 0 || classes.some((c) => c.atc.length !== 1)) return undefined;
  const codes = classes.map((c) => c.atc[0]!).sort((a, b) => b.length - a.length);
  const deepest = codes[0]!;
  return codes.every((code) => deepest.startsWith(code)) ? deepest : undefined;
}

/** A medicine line as written, with Myomap's match of it and its ATC group where one fits (see atcCodeOf). */
export function medicationConcept(line: string): CodeableConcept {
  const match = matchMedications([line]);
  const only = match.matched.length === 1 ? match.matched[0] : undefined;
  const atc = only ? atcCodeOf(only.classes) : undefined;
  const coding: Coding[] = only
    ? [
        { system: SYSTEMS.medication, code: only.name, display: capitalised(only.name) },
        ...(atc ? [{ system: SYSTEMS.atc, code: atc }] : []),
        ...only.classes.map((c) => ({ system: SYSTEMS.medicationClass, code: c.id, display: c.label })),
      ]
    : [];
  return { ...(coding.length ? { coding } : {}), text: line };
}

function medicationStatementOf(b: Builder, line: string): MedicationStatement {
  const { client } = b.input;
  return {
    resourceType: 'MedicationStatement',
    id: nameUuid(`MedicationStatement/${client.id}#${line.toLowerCase()}`),
    // The list holds the medicines the client uses now.
    status: 'active',
    medicationCodeableConcept: medicationConcept(line),
    subject: b.patient,
    // No dateAsserted: Myomap keeps the list, not when each line was last confirmed.
    informationSource: b.patient,
  };
}

/** The R4 scope of a consent form's kind; a kind none fits keeps its name as text (the binding is extensible). */
export function consentScope(kind: string): CodeableConcept {
  const words = kind.split('-');
  const scope = CONSENT_SCOPES.find((s) => s.words.some((w) => words.includes(w)));
  return scope
    ? { coding: [{ system: SYSTEMS.consentScope, code: scope.code, display: scope.display }], text: kind }
    : { text: kind };
}

function consentResources(b: Builder, signature: SignedConsent, latestOfKind: boolean): [Consent, Provenance] {
  const consentId = resourceId('Consent', signature.id);
  const consent: Consent = {
    resourceType: 'Consent',
    id: consentId,
    identifier: [{ system: IDENTIFIERS.consentSignature, value: signature.id }],
    // A later signature of the same kind of form takes over.
    status: latestOfKind ? 'active' : 'inactive',
    scope: consentScope(signature.kind),
    category: [{ coding: [{ system: SYSTEMS.loinc, code: '59284-0', display: 'Patient Consent' }] }],
    patient: b.patient,
    dateTime: signature.signedAt,
    performer: [b.patient],
    organization: [{ display: b.input.clinic.name }],
    sourceAttachment: {
      title: `${signature.title} (version ${signature.version})`,
      ...(signature.body
        ? {
            contentType: 'text/plain;charset=utf-8',
            data: Buffer.from(signature.body, 'utf8').toString('base64'),
          }
        : {}),
    },
    policy: [
      {
        uri: isUuid(signature.formId)
          ? urlOf(signature.formId)
          : `${MYOMAP_FHIR}/consent-form/${encodeURIComponent(signature.formId)}`,
      },
    ],
  };
  // R4's Consent has no signature: the typed name goes in a Provenance signature, as FHIR intends.
  const provenance: Provenance = {
    resourceType: 'Provenance',
    id: resourceId('Provenance', signature.id, 'signature'),
    target: [{ reference: urlOf(consentId) }],
    recorded: signature.signedAt,
    activity: {
      text: signature.method === 'portal' ? 'Signed in the client portal' : 'Signed in clinic',
    },
    agent: [{ who: b.patient }],
    signature: [
      {
        type: [{ system: SYSTEMS.signatureType, code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' }],
        when: signature.signedAt,
        who: { reference: b.patient.reference!, display: signature.signedName },
      },
    ],
  };
  return [consent, provenance];
}

function outcomeObservations(b: Builder, id: string, entry: OutcomeEntry, notes: ReadonlySet<string>): Observation[] {
  const identifier = [{ system: IDENTIFIERS.outcomeEntry, value: id }];
  const zone = b.input.clinic.timeZone;
  if (entry.kind === 'diary') {
    const effective = localDateTime(entry.date, entry.time, zone);
    const scales = (['stiffness', 'stress', 'sleep'] as const).flatMap((scale) => {
      const value = entry[scale];
      return value === undefined
        ? []
        : [scaleObservation(b, nameUuid(`Observation/${id}#${scale}`), scale, value, effective, { identifier })];
    });
    return [
      painObservation(b, nameUuid(`Observation/${id}#pain`), entry.pain, effective, {
        identifier,
        ...noteOf(entry.note),
      }),
      ...scales,
      ...(entry.painDrawing
        ? drawingObservations(b, `outcome:${id}`, entry.painDrawing, effective, { identifier })
        : []),
    ];
  }
  const partOf =
    entry.sessionId && notes.has(entry.sessionId)
      ? [{ reference: urlOf(resourceId('Procedure', entry.sessionId)) }]
      : [];
  const extra = { identifier, ...(partOf.length ? { partOf } : {}) };
  const timing = (code: string, display: string): Coding => ({ system: SYSTEMS.measure, code, display });
  return [
    ...(entry.painBefore !== undefined
      ? [
          painObservation(b, nameUuid(`Observation/${id}#pain-before`), entry.painBefore, entry.date, {
            ...extra,
            timing: timing('pain-before-session', 'Pain just before the session'),
            ...noteOf(entry.note),
          }),
        ]
      : []),
    ...(entry.painAfter !== undefined
      ? [
          painObservation(b, nameUuid(`Observation/${id}#pain-after`), entry.painAfter, entry.date, {
            ...extra,
            timing: timing('pain-after-session', 'Pain just after the session'),
          }),
        ]
      : []),
    ...(entry.sorenessNextDay !== undefined
      ? [
          scaleObservation(
            b,
            nameUuid(`Observation/${id}#soreness`),
            'soreness',
            entry.sorenessNextDay,
            entry.date,
            extra,
          ),
        ]
      : []),
  ];
}

/** The pain ratings and drawing a signed note records, as Observations that are part of its Procedure. */
function noteObservations(b: Builder, note: NoteView): Observation[] {
  const partOf = [{ reference: urlOf(resourceId('Procedure', note.id)) }];
  const identifier = [{ system: IDENTIFIERS.note, value: note.id }];
  const { painBefore, painAfter, drawing } = note.content;
  const timing = (code: string, display: string): Coding => ({ system: SYSTEMS.measure, code, display });
  return [
    ...(painBefore !== undefined
      ? [
          painObservation(b, nameUuid(`Observation/${note.id}#pain-before`), painBefore, note.sessionDate, {
            identifier,
            partOf,
            timing: timing('pain-before-session', 'Pain just before the session'),
          }),
        ]
      : []),
    ...(painAfter !== undefined
      ? [
          painObservation(b, nameUuid(`Observation/${note.id}#pain-after`), painAfter, note.sessionDate, {
            identifier,
            partOf,
            timing: timing('pain-after-session', 'Pain just after the session'),
          }),
        ]
      : []),
    ...(drawing.regions.length
      ? drawingObservations(b, `note:${note.id}`, drawing, note.sessionDate, { identifier, partOf })
      : []),
  ];
}

/**
 * The whole record as a Bundle: Patient; Observations (pain on LOINC 72514-3 with its answer codes, Myomap's
 * other scales, pain drawings with SNOMED CT and CHOIR body sites); a QuestionnaireResponse per safety
 * screening; a Procedure per signed session note, with a Condition per trigger point it found and treated;
 * a QuestionnaireResponse and a score Observation per scored questionnaire; an Appointment per visit; a
 * MedicationStatement per medicine; a Consent (and the Provenance carrying its typed signature) per consent
 * signature. Conditions come only from the therapist's findings, never from screening answers.
 */
export function buildClientBundle(input: FhirExportInput): Bundle {
  const patientId = resourceId('Patient', input.client.id);
  const b: Builder = {
    input,
    patient: { reference: urlOf(patientId), display: input.client.name },
    resources: [],
  };
  const signed = input.notes.filter((n) => n.status === 'signed');
  const signedIds = new Set(signed.map((n) => n.id));
  const latestSignature = new Map<string, string>();
  for (const s of [...input.consents].sort((x, y) => x.signedAt.localeCompare(y.signedAt)))
    latestSignature.set(s.kind, s.id);

  b.resources.push(patientOf(input, patientId));
  for (const outcome of input.outcomes)
    b.resources.push(...outcomeObservations(b, outcome.id, outcome.entry, signedIds));
  for (const drawing of input.drawings) {
    b.resources.push(
      ...drawingObservations(b, `drawing:${drawing.id}`, drawing.drawing, drawing.recordedAt, {
        identifier: [{ system: IDENTIFIERS.drawing, value: drawing.id }],
      }),
    );
  }
  for (const screening of input.screenings) b.resources.push(questionnaireResponseOf(b, screening));
  for (const note of signed) {
    const procedure = procedureOf(b, note);
    const conditions = conditionsOf(b, note, { reference: urlOf(procedure.id) });
    if (conditions.length) procedure.reasonReference = conditions.map((c) => ({ reference: urlOf(c.id) }));
    b.resources.push(procedure, ...conditions, ...noteObservations(b, note));
  }
  for (const response of input.questionnaires) b.resources.push(...questionnaireResources(b.patient, response));
  for (const visit of input.appointments) b.resources.push(appointmentOf(b, visit));
  for (const line of input.medications.map((m) => m.trim()).filter(Boolean))
    b.resources.push(medicationStatementOf(b, line));
  for (const signature of input.consents)
    b.resources.push(...consentResources(b, signature, latestSignature.get(signature.kind) === signature.id));

  return {
    resourceType: 'Bundle',
    id: nameUuid(`Bundle/${input.client.id}#${input.exportedAt}`),
    meta: { lastUpdated: input.exportedAt },
    type: 'collection',
    timestamp: input.exportedAt,
    entry: b.resources.map((resource) => ({ fullUrl: urlOf(resource.id), resource })),
  };
}
