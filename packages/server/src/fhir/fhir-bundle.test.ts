import {
  findInstrument,
  NDI_ITEM_IDS,
  ODI_ITEM_IDS,
  RMDQ_ITEM_IDS,
  type InstrumentId,
} from '@myomap/core/outcomes/instruments/index.ts';
import { NRS_LOINC_ANSWERS, nrsLoincAnswer } from '@myomap/core/outcomes/instruments/nrs.ts';
import { scoreResponse } from '@myomap/core/outcomes/responses.ts';
import { sessionNoteContentSchema } from '@myomap/core/practice/session-note.ts';
import { parseScreeningInput, screen } from '@myomap/core/screening/evaluate.ts';
import { describe, expect, it } from 'vitest';
import type { NoteView, ScreeningView } from '../services/practice-views.ts';
import type { ExportedResponse } from '../services/questionnaire.service.ts';
import { describeIssues, inR4ValueSet, validateFhir } from '../test/fhir-validator.ts';
import { drawingInChoir } from './choir-drawings.ts';
import {
  atcCodeOf,
  buildClientBundle,
  consentScope,
  localDateTime,
  medicationConcept,
  nrsAnswer,
  type FhirExportInput,
} from './fhir-bundle.ts';
import { nameUuid, resourceId } from './fhir-codes.ts';
import type { Bundle, ExportedResource } from './fhir-types.ts';

const CLIENT = 'a1b2c3d4-0000-4000-8000-000000000001';
const NOTE = 'a1b2c3d4-0000-4000-8000-000000000002';

function screeningView(): ScreeningView {
  const parsed = parseScreeningInput({
    answers: {
      'chest-pain-exertion': false,
      'blood-thinners': true,
      'recent-surgery': true,
      'recent-surgery-regions': ['knee.front.left'],
      'recent-surgery-when': '6-12-weeks',
      'recent-surgery-kind': 'major',
      lymphedema: true,
      'lymphedema-limbs': ['left-arm', 'left-leg'],
      'high-blood-pressure': true,
      'high-blood-pressure-controlled': 'controlled',
      'high-blood-pressure-systolic': 150,
    },
    medications: ['warfarin 3 mg'],
    regions: ['shoulder.top.right'],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const result = screen(parsed.input);
  return {
    id: 'a1b2c3d4-0000-4000-8000-000000000003',
    recordedAt: '2026-11-20T09:15:00.000Z',
    source: 'portal',
    outcome: result.outcome,
    rulesetVersion: result.rulesetVersion,
    input: parsed.input,
    result,
  };
}

function noteView(): NoteView {
  const content = sessionNoteContentSchema.parse({
    sessionDate: '2026-11-24',
    subjective: 'Right temple headache most afternoons',
    objective: 'Taut band in right upper trapezius',
    drawing: { regions: [{ region: 'temple.right', intensity: 6, qualities: ['aching'] }] },
    treatedPoints: [
      {
        triggerPoint: 'upper-trapezius.tp1',
        side: 'right',
        technique: 'sustained-compression',
        durationSeconds: 90,
        localTwitch: true,
      },
    ],
    painBefore: 6,
    painAfter: 3,
    durationMinutes: 45,
  });
  return {
    id: NOTE,
    clientId: CLIENT,
    therapistId: 't1',
    therapistName: 'Theo Therapist',
    sessionDate: '2026-11-24',
    status: 'signed',
    content,
    summary: '',
    createdAt: '2026-11-24T10:00:00.000Z',
    updatedAt: '2026-11-24T10:50:00.000Z',
    signedAt: '2026-11-24T10:50:00.000Z',
    addenda: [
      {
        id: 'ad1',
        authorId: 't1',
        authorName: 'Theo Therapist',
        body: 'Forgot: advised heat',
        createdAt: '2026-11-25T08:00:00.000Z',
      },
    ],
  };
}

/** A questionnaire scored by the core's rules, as the export reads it. */
function scored(id: string, instrument: InstrumentId, answers: unknown, completedOn: string): ExportedResponse {
  const result = scoreResponse(instrument, answers);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return {
    id,
    instrument,
    instrumentName: findInstrument(instrument).name,
    completedOn,
    visitNumber: 1,
    score: result.response.score,
    answers: result.response.answers,
  };
}

const QUESTIONNAIRES: readonly ExportedResponse[] = [
  scored('a1b2c3d4-0000-4000-8000-000000000011', 'nrs-pain', { score: 5 }, '2026-11-20'),
  scored(
    'a1b2c3d4-0000-4000-8000-000000000012',
    'psfs',
    {
      activities: [
        { id: 'a', activity: 'Reading in bed', score: 4 },
        { id: 'b', activity: 'Driving over an hour', score: 6 },
      ],
    },
    '2026-11-20',
  ),
  scored(
    'a1b2c3d4-0000-4000-8000-000000000013',
    'ndi',
    Object.fromEntries(NDI_ITEM_IDS.map((id, i) => [id, i === 7 ? null : 2])),
    '2026-11-20',
  ),
  scored(
    'a1b2c3d4-0000-4000-8000-000000000014',
    'odi',
    Object.fromEntries(ODI_ITEM_IDS.map((id, i) => [id, i === 0 ? [1, 3] : 2])),
    '2026-11-20',
  ),
  scored('a1b2c3d4-0000-4000-8000-000000000015', 'rmdq', { ticked: RMDQ_ITEM_IDS.slice(0, 6) }, '2026-11-20'),
];

function input(overrides: Partial<FhirExportInput> = {}): FhirExportInput {
  return {
    exportedAt: '2026-12-01T12:00:00.000Z',
    clinic: { id: 'c1', name: 'Northside Physio', timeZone: 'Europe/London' },
    client: {
      id: CLIENT,
      name: 'Dana Intake',
      email: 'dana@example.org',
      phone: '+44 7700 900123',
      dateOfBirth: '1975-03-02',
      emergencyContact: { name: 'Sam Intake', phone: '+44 7700 900456' },
      therapistId: 't1',
      hasPortalAccount: true,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-20T09:15:00.000Z',
      erasedAt: null,
      retainedUntil: null,
    },
    medications: ['warfarin 3 mg', 'sertraline 50mg', 'co-codamol 30/500', 'my herbal tea'],
    screenings: [screeningView()],
    drawings: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000004',
        recordedAt: '2026-11-20T09:20:00.000Z',
        source: 'clinic',
        drawing: {
          regions: [
            { region: 'occiput.right', intensity: 7, qualities: ['aching', 'sharp'] },
            { region: 'sternum', intensity: 3, qualities: [] },
          ],
          symptoms: ['dizziness'],
          note: 'Worse after screen work',
        },
      },
    ],
    notes: [noteView(), { ...noteView(), id: 'draft-1', status: 'draft', signedAt: null }],
    consents: [
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000005',
        formId: 'a1b2c3d4-0000-4000-8000-000000000006',
        kind: 'treatment',
        version: 1,
        title: 'Consent to myofascial trigger point therapy',
        body: 'You may stop at any time.',
        signedName: 'Dana Intake',
        method: 'in-clinic',
        signedAt: '2026-11-20T09:10:00.000Z',
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000007',
        formId: 'a1b2c3d4-0000-4000-8000-000000000008',
        kind: 'treatment',
        version: 2,
        title: 'Consent to myofascial trigger point therapy',
        body: null,
        signedName: 'Dana Intake',
        method: 'portal',
        signedAt: '2026-11-28T18:00:00.000Z',
      },
      {
        id: 'a1b2c3d4-0000-4000-8000-000000000009',
        formId: 'photos-v1',
        kind: 'photos',
        version: 1,
        title: 'Photos for your record',
        body: 'Photos stay in your record.',
        signedName: 'Dana Intake',
        method: 'portal',
        signedAt: '2026-11-28T18:01:00.000Z',
      },
    ],
    outcomes: [
      {
        id: 'o1',
        entry: {
          kind: 'diary',
          date: '2026-11-21',
          time: '08:30',
          pain: 6,
          stiffness: 4,
          stress: 7,
          sleep: 3,
          note: 'Stiff neck in the morning',
          painDrawing: { regions: [{ region: 'neck.back.left', intensity: 5, qualities: ['tingling'] }] },
        },
      },
      { id: 'o2', entry: { kind: 'diary', date: '2026-11-22', pain: 0 } },
      { id: 'o3', entry: { kind: 'session', date: '2026-11-24', sessionId: NOTE, painBefore: 6, painAfter: 3 } },
      { id: 'o4', entry: { kind: 'session', date: '2026-11-25', sorenessNextDay: 2 } },
    ],
    questionnaires: QUESTIONNAIRES,
    appointments: [
      visit('v1', 'booked', '2026-12-08T10:00:00.000Z', '2026-12-08T10:45:00.000Z'),
      visit('v2', 'cancelled', '2026-12-01T10:00:00.000Z', '2026-12-01T10:45:00.000Z'),
      visit('v3', 'requested', '2026-12-15T10:00:00.000Z', '2026-12-15T10:45:00.000Z'),
    ],
    ...overrides,
  };
}

function visit(id: string, status: 'booked' | 'cancelled' | 'requested', startUtc: string, endUtc: string) {
  return {
    id,
    seriesId: null,
    occurrenceIndex: null,
    therapistId: 't1',
    therapistName: 'Theo Therapist',
    clientId: CLIENT,
    clientName: 'Dana Intake',
    typeId: 'type1',
    typeName: 'Treatment',
    roomId: null,
    roomName: null,
    startUtc,
    endUtc,
    localStart: startUtc.slice(0, 16),
    timeZone: 'Europe/London',
    status,
    note: status === 'requested' ? 'Mornings suit me' : null,
    repeat: null,
  };
}

function resources<T extends ExportedResource['resourceType']>(
  bundle: Bundle,
  type: T,
): Extract<ExportedResource, { resourceType: T }>[] {
  return bundle.entry
    .map((e) => e.resource)
    .filter((r): r is Extract<ExportedResource, { resourceType: T }> => r.resourceType === type);
}

const hasCode = (concept: { coding?: { system: string; code: string }[] } | undefined, system: string, code: string) =>
  concept?.coding?.some((c) => c.system === system && c.code === code) ?? false;

describe('FHIR R4 bundle of a client record', () => {
  const bundle = buildClientBundle(input());

  it('is valid FHIR R4 as a whole and resource by resource, for both validators', () => {
    const issues = validateFhir(bundle);
    expect(issues, describeIssues(issues)).toEqual([]);
    for (const entry of bundle.entry) {
      const own = validateFhir(entry.resource);
      expect(own, `${entry.resource.resourceType}: ${describeIssues(own)}`).toEqual([]);
    }
    expect(new Set(bundle.entry.map((e) => e.resource.resourceType))).toEqual(
      new Set([
        'Patient',
        'Observation',
        'QuestionnaireResponse',
        'Procedure',
        'Condition',
        'Appointment',
        'MedicationStatement',
        'Consent',
        'Provenance',
      ]),
    );
  });

  it('proves the validators catch what is wrong', () => {
    const patient = resources(bundle, 'Patient')[0]!;
    const badDate = validateFhir({ ...patient, birthDate: 'not a date' });
    expect(badDate.map((i) => i.validator).sort()).toEqual(['json-schema', 'structure-definitions']);
    expect(badDate.every((i) => i.path.includes('birthDate'))).toBe(true);
    // A bundle with one broken entry fails as a whole.
    const broken = structuredClone(bundle);
    (broken.entry[0]!.resource as unknown as Record<string, unknown>).birthDate = '1975-02-30T';
    expect(validateFhir(broken).length).toBeGreaterThan(0);
    const pain = resources(bundle, 'Observation')[0]!;
    // Two values for value[x], an unknown element, a status outside the R4 code list, a missing status.
    expect(
      validateFhir({ ...pain, valueInteger: 6 })
        .map((i) => i.message)
        .join(),
    ).toMatch(/choice/i);
    expect(validateFhir({ ...pain, painScore: 6 }).length).toBeGreaterThan(0);
    expect(validateFhir({ ...pain, status: 'done' }).some((i) => i.validator === 'json-schema')).toBe(true);
    const { status: _status, ...noStatus } = pain;
    expect(validateFhir(noStatus).some((i) => /status/.test(i.path))).toBe(true);
    // An R4 invariant (FHIRPath): a Consent needs a policy or a policy rule (ppc-1).
    const consent = resources(bundle, 'Consent')[0]!;
    const { policy: _policy, ...noPolicy } = consent;
    expect(
      validateFhir(noPolicy)
        .map((i) => i.message)
        .join(),
    ).toMatch(/ppc-1/);
  });

  it('codes diary pain on LOINC 72514-3 with the answer code of the number, the number kept as ordinalValue', () => {
    const pain = resources(bundle, 'Observation').filter((o) => hasCode(o.code, 'http://loinc.org', '72514-3'));
    // Two diary entries, before and after in the session ratings, before and after in the signed note, and
    // the NRS questionnaire.
    expect(pain).toHaveLength(7);
    const six = pain.find((o) => o.effectiveDateTime === '2026-11-21T08:30:00+00:00')!;
    expect(six.code.coding?.[0]).toEqual({
      system: 'http://loinc.org',
      code: '72514-3',
      display: 'Pain severity - 0-10 verbal numeric rating [Score] - Reported',
    });
    expect(six.valueInteger).toBeUndefined();
    expect(six.valueCodeableConcept).toEqual({
      coding: [
        {
          system: 'http://loinc.org',
          code: nrsLoincAnswer(6),
          extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 6 }],
        },
      ],
      text: '6',
    });
    expect(nrsLoincAnswer(6)).toBe('LA10138-8');
    expect(six.category[0]?.coding?.[0]?.code).toBe('survey');
    expect(six.note?.[0]?.text).toBe('Stiff neck in the morning');
    for (const { score, code } of NRS_LOINC_ANSWERS) expect(nrsAnswer(score).coding?.[0]?.code).toBe(code);
    // The session rating belongs to the session's Procedure.
    const before = pain.filter((o) =>
      hasCode(o.code, 'https://myomap.org/fhir/CodeSystem/measure', 'pain-before-session'),
    );
    expect(before).toHaveLength(2);
    expect(before.every((o) => o.partOf?.[0]?.reference === `urn:uuid:${NOTE}`)).toBe(true);
  });

  it('keeps Myomap\u2019s own scales on Myomap\u2019s code system, as surveys with whole numbers', () => {
    const own = resources(bundle, 'Observation').filter((o) =>
      o.code.coding?.some(
        (c) =>
          c.system === 'https://myomap.org/fhir/CodeSystem/measure' &&
          c.code !== 'pain-before-session' &&
          c.code !== 'pain-after-session',
      ),
    );
    expect(own.map((o) => [o.code.coding?.[0]?.code, o.valueInteger]).sort()).toEqual([
      ['sleep', 3],
      ['soreness', 2],
      ['stiffness', 4],
      ['stress', 7],
    ]);
    expect(own.every((o) => o.category[0]?.coding?.[0]?.code === 'survey')).toBe(true);
  });

  it('maps pain drawings to body sites in SNOMED CT, Myomap regions and CHOIR regions, with intensities', () => {
    const regions = resources(bundle, 'Observation').filter((o) =>
      hasCode(o.code, 'https://myomap.org/fhir/CodeSystem/observation', 'region-pain-intensity'),
    );
    const occiput = regions.find((o) =>
      hasCode(o.bodySite, 'https://myomap.org/fhir/CodeSystem/body-region', 'occiput.right'),
    )!;
    expect(occiput.valueInteger).toBe(7);
    expect(hasCode(occiput.bodySite, 'http://snomed.info/sct', '31640002')).toBe(true);
    expect(hasCode(occiput.bodySite, 'https://myomap.org/fhir/CodeSystem/choir-body-map', 'b04')).toBe(true);
    expect(occiput.component?.map((c) => c.valueCodeableConcept?.coding?.[0]?.code)).toEqual([
      'aching',
      'sharp',
      '419465000',
    ]);
    const sternum = regions.find((o) =>
      hasCode(o.bodySite, 'https://myomap.org/fhir/CodeSystem/body-region', 'sternum'),
    )!;
    // A midline region lies in both CHOIR halves and has no laterality.
    expect(sternum.bodySite?.coding?.filter((c) => c.system.endsWith('choir-body-map')).map((c) => c.code)).toEqual([
      'f08',
      'f09',
    ]);
    expect(sternum.component).toBeUndefined();
    const panels = resources(bundle, 'Observation').filter((o) =>
      hasCode(o.code, 'https://myomap.org/fhir/CodeSystem/observation', 'pain-drawing'),
    );
    // The recorded drawing, the diary drawing and the signed note's drawing.
    expect(panels).toHaveLength(3);
    const recorded = panels.find((p) => p.identifier?.[0]?.value === 'a1b2c3d4-0000-4000-8000-000000000004')!;
    expect(recorded.hasMember).toHaveLength(2);
    expect(recorded.component?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('dizziness');
    expect(recorded.note?.[0]?.text).toBe('Worse after screen work');
    const urls = new Set(bundle.entry.map((e) => e.fullUrl));
    expect(recorded.hasMember?.every((m) => urls.has(m.reference!))).toBe(true);
  });

  it('writes each safety screening as a completed QuestionnaireResponse of the versioned screening questionnaire', () => {
    const [response] = resources(bundle, 'QuestionnaireResponse');
    const screening = screeningView();
    expect(response?.questionnaire).toBe(
      `https://myomap.org/fhir/Questionnaire/safety-screening|${screening.rulesetVersion}`,
    );
    expect(response?.status).toBe('completed');
    expect(response?.authored).toBe('2026-11-20T09:15:00.000Z');
    const item = (linkId: string) => response?.item.find((i) => i.linkId === linkId)?.answer;
    expect(item('blood-thinners')).toEqual([{ valueBoolean: true }]);
    expect(item('recent-surgery-when')).toEqual([
      {
        valueCoding: {
          system: 'https://myomap.org/fhir/CodeSystem/safety-screening-option',
          code: '6-12-weeks',
          display: '6 weeks to 3 months ago',
        },
      },
    ]);
    expect(item('lymphedema-limbs')).toHaveLength(2);
    expect(item('recent-surgery-regions')?.[0]).toMatchObject({ valueCoding: { code: 'knee.front.left' } });
    expect(item('high-blood-pressure-systolic')).toEqual([{ valueInteger: 150 }]);
    expect(item('medications')).toEqual([{ valueString: 'warfarin 3 mg' }]);
    expect(item('outcome')?.[0]).toMatchObject({ valueCoding: { code: screening.outcome } });
    expect(item('reasons')?.length).toBe(screening.result.reasons.length);
  });

  it('writes each signed note as a completed Procedure with its sites, SOAP text, addenda and pain before and after', () => {
    const procedures = resources(bundle, 'Procedure');
    expect(procedures).toHaveLength(1);
    const [procedure] = procedures;
    expect(procedure?.id).toBe(NOTE);
    expect(procedure?.status).toBe('completed');
    expect(inR4ValueSet('http://hl7.org/fhir/ValueSet/event-status', procedure!.status)).toBe(true);
    expect(procedure?.performedDateTime).toBe('2026-11-24');
    expect(procedure?.performer[0]?.actor.display).toBe('Theo Therapist');
    expect(
      hasCode(procedure?.bodySite?.[0], 'https://myomap.org/fhir/CodeSystem/body-region', 'shoulder.top.right'),
    ).toBe(true);
    expect(procedure?.outcome?.text).toBe('Pain 6/10 before the session, 3/10 after it');
    expect(procedure?.note?.[0]?.text).toContain('Subjective: Right temple headache most afternoons');
    expect(procedure?.note?.[0]?.text).toContain(
      '- Upper trapezius, front edge of the shoulder ridge (right): sustained compression, 90 s, local twitch response',
    );
    expect(procedure?.note?.[1]).toEqual({
      text: 'Addendum: Forgot: advised heat',
      authorString: 'Theo Therapist',
      time: '2026-11-25T08:00:00.000Z',
    });
  });

  it('writes each trigger point a signed note treated as a Condition the Procedure gives as its reason', () => {
    const [condition, ...others] = resources(bundle, 'Condition');
    expect(others).toEqual([]);
    const procedure = resources(bundle, 'Procedure')[0]!;
    expect(condition).toMatchObject({
      code: {
        coding: [{ system: 'https://myomap.org/fhir/CodeSystem/trigger-point', code: 'upper-trapezius.tp1' }],
      },
      category: [{ coding: [{ code: 'encounter-diagnosis' }] }],
      // The note records a local twitch response: a confirmatory sign.
      verificationStatus: { coding: [{ code: 'confirmed' }] },
      recordedDate: '2026-11-24',
      recorder: { display: 'Theo Therapist' },
      evidence: [{ detail: [{ reference: `urn:uuid:${procedure.id}` }] }],
    });
    expect(condition?.bodySite?.[0]?.coding?.some((c) => c.code === 'shoulder.top.right')).toBe(true);
    expect(procedure.reasonReference).toEqual([{ reference: `urn:uuid:${condition!.id}` }]);
    const unconfirmed = noteView();
    unconfirmed.content.treatedPoints[0]!.localTwitch = false;
    const provisional = resources(buildClientBundle(input({ notes: [unconfirmed] })), 'Condition')[0];
    expect(provisional?.verificationStatus.coding?.[0]?.code).toBe('provisional');
  });

  it('writes each scored questionnaire as a QuestionnaireResponse with its answers and total, and the total as an Observation', () => {
    const responses = resources(bundle, 'QuestionnaireResponse').filter(
      (r) =>
        r.questionnaire.startsWith('https://myomap.org/fhir/Questionnaire/') && !r.questionnaire.includes('safety'),
    );
    expect(responses.map((r) => r.questionnaire.split('/').at(-1))).toEqual(['nrs-pain', 'psfs', 'ndi', 'odi', 'rmdq']);
    const byInstrument = new Map(responses.map((r) => [r.questionnaire.split('/').at(-1), r]));
    const total = (id: string) => byInstrument.get(id)?.item.find((i) => i.linkId === 'total')?.answer;
    expect(total('ndi')).toEqual([{ valueDecimal: 20 }]);
    expect(byInstrument.get('ndi')?.item.map((i) => i.linkId)).not.toContain('ndi-8');
    expect(byInstrument.get('psfs')?.item.slice(0, 2)).toEqual([
      { linkId: 'activity.a', text: 'Reading in bed', answer: [{ valueInteger: 4 }] },
      { linkId: 'activity.b', text: 'Driving over an hour', answer: [{ valueInteger: 6 }] },
    ]);
    expect(byInstrument.get('odi')?.item[0]?.answer).toEqual([{ valueInteger: 1 }, { valueInteger: 3 }]);
    const rmdq = byInstrument.get('rmdq')!.item;
    expect(rmdq.filter((i) => i.answer[0] && 'valueBoolean' in i.answer[0] && i.answer[0].valueBoolean)).toHaveLength(
      6,
    );
    expect(rmdq).toHaveLength(RMDQ_ITEM_IDS.length + 1);

    const scores = resources(bundle, 'Observation').filter((o) => o.derivedFrom?.length);
    expect(scores).toHaveLength(5);
    for (const score of scores) {
      expect(responses.map((r) => `urn:uuid:${r.id}`)).toContain(score.derivedFrom?.[0]?.reference);
    }
    const scoreOf = (id: string) =>
      scores.find((o) => hasCode(o.code, 'https://myomap.org/fhir/CodeSystem/instrument', id))!;
    // LOINC only where the code was checked at the source: ODI yes, NDI (seen only in guides) not yet.
    expect(hasCode(scoreOf('odi').code, 'http://loinc.org', '97909-6')).toBe(true);
    // Two statements marked in section 1: the higher counts, so (3 + 9 × 2) of 50 = 42%.
    expect(scoreOf('odi').valueQuantity).toMatchObject({ value: 42, unit: '%', code: '%' });
    expect(scoreOf('ndi').code.coding?.some((c) => c.system === 'http://loinc.org')).toBe(false);
    expect(scoreOf('ndi').valueQuantity).toMatchObject({ value: 20, code: '{score}' });
    expect(hasCode(scoreOf('nrs-pain').code, 'http://loinc.org', '72514-3')).toBe(true);
    expect(scoreOf('nrs-pain').valueCodeableConcept?.coding?.[0]?.code).toBe(nrsLoincAnswer(5));
    expect(scoreOf('psfs').valueQuantity?.value).toBe(5);
    expect(scoreOf('rmdq').valueQuantity?.value).toBe(6);
  });

  it('writes visits as Appointments: booked, cancelled, and a request as proposed', () => {
    const visits = resources(bundle, 'Appointment');
    expect(visits.map((v) => [v.identifier[0]?.value, v.status])).toEqual([
      ['v1', 'booked'],
      ['v2', 'cancelled'],
      ['v3', 'proposed'],
    ]);
    const proposed = visits[2]!;
    expect(proposed.participant.map((p) => [p.actor.display, p.status])).toEqual([
      ['Dana Intake', 'accepted'],
      ['Theo Therapist', 'needs-action'],
    ]);
    expect(proposed.comment).toBe('Mornings suit me');
  });

  it('writes each medicine as an active MedicationStatement, with an ATC code only where one fits', () => {
    const statements = resources(bundle, 'MedicationStatement');
    expect(statements.map((s) => s.medicationCodeableConcept.text)).toEqual(input().medications);
    for (const s of statements)
      expect(inR4ValueSet('http://hl7.org/fhir/ValueSet/medication-statement-status', s.status)).toBe(true);
    const atc = (text: string) =>
      statements
        .find((s) => s.medicationCodeableConcept.text === text)
        ?.medicationCodeableConcept.coding?.find((c) => c.system === 'http://www.whocc.no/atc')?.code;
    expect(atc('sertraline 50mg')).toBe('N06AB');
    expect(atc('warfarin 3 mg')).toBeUndefined();
    expect(atc('co-codamol 30/500')).toBeUndefined();
    expect(medicationConcept('my herbal tea')).toEqual({ text: 'my herbal tea' });
    expect(atcCodeOf([{ atc: ['M01A'] }])).toBe('M01A');
  });

  it('writes consent signatures as Consents (the latest of each kind active) with a Provenance for the typed name', () => {
    const consents = resources(bundle, 'Consent');
    expect(consents.map((c) => [c.scope.coding?.[0]?.code ?? c.scope.text, c.status])).toEqual([
      ['treatment', 'inactive'],
      ['treatment', 'active'],
      ['patient-privacy', 'active'],
    ]);
    expect(consents[0]?.sourceAttachment.title).toBe('Consent to myofascial trigger point therapy (version 1)');
    expect(Buffer.from(consents[0]!.sourceAttachment.data!, 'base64').toString('utf8')).toBe(
      'You may stop at any time.',
    );
    expect(consents[0]?.category[0]?.coding?.[0]?.code).toBe('59284-0');
    expect(consents[0]?.policy[0]?.uri).toBe('urn:uuid:a1b2c3d4-0000-4000-8000-000000000006');
    expect(consentScope('treatment-update').coding?.[0]?.code).toBe('treatment');
    expect(consentScope('research-data').coding?.[0]?.code).toBe('research');
    expect(consentScope('aromatherapy-oils')).toEqual({ text: 'aromatherapy-oils' });
    const unknownKind = buildClientBundle(
      input({ consents: [{ ...input().consents[0]!, kind: 'aromatherapy-oils' }] }),
    );
    expect(validateFhir(unknownKind)).toEqual([]);
    const signatures = resources(bundle, 'Provenance');
    expect(signatures).toHaveLength(3);
    expect(signatures[0]?.target[0]?.reference).toBe(`urn:uuid:${consents[0]?.id}`);
    expect(signatures[0]?.signature[0]?.who.display).toBe('Dana Intake');
  });

  it('has a Patient with contact details, the emergency contact and the Myomap client id', () => {
    const [patient] = resources(bundle, 'Patient');
    expect(patient).toMatchObject({
      id: CLIENT,
      identifier: [{ system: 'https://myomap.org/fhir/client-id', value: CLIENT }],
      active: true,
      name: [{ text: 'Dana Intake' }],
      birthDate: '1975-03-02',
      telecom: [
        { system: 'email', value: 'dana@example.org' },
        { system: 'phone', value: '+44 7700 900123' },
      ],
    });
    expect(patient?.contact?.[0]).toMatchObject({
      relationship: [{ coding: [{ code: 'C', display: 'Emergency Contact' }] }],
      name: { text: 'Sam Intake' },
    });
  });

  it('refers only to entries of the bundle, with unique and stable urn:uuid fullUrls; exports no draft', () => {
    const urls = bundle.entry.map((e) => e.fullUrl);
    expect(new Set(urls).size).toBe(urls.length);
    for (const entry of bundle.entry) expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    const references = JSON.stringify(bundle).match(/"reference":"[^"]+"/g) ?? [];
    for (const r of references) expect(urls).toContain(r.slice('"reference":"'.length, -1));
    expect(JSON.stringify(buildClientBundle(input()))).toBe(JSON.stringify(bundle));
    expect(JSON.stringify(bundle)).not.toContain('draft-1');
    expect(resourceId('Procedure', NOTE)).toBe(NOTE);
    expect(resourceId('Observation', NOTE, 'x')).toBe(nameUuid(`Observation/${NOTE}#x`));
    expect(nameUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('exports a bare record (no contact details, no history) as a valid bundle too', () => {
    const bare = buildClientBundle(
      input({
        client: {
          ...input().client,
          email: null,
          phone: null,
          dateOfBirth: null,
          emergencyContact: { name: null, phone: null },
          erasedAt: '2026-11-30T00:00:00.000Z',
        },
        medications: [],
        screenings: [],
        drawings: [{ id: 'd', recordedAt: '2026-11-20T09:20:00.000Z', source: 'portal', drawing: { regions: [] } }],
        notes: [],
        consents: [],
        outcomes: [],
        questionnaires: [],
        appointments: [],
      }),
    );
    const issues = validateFhir(bare);
    expect(issues, describeIssues(issues)).toEqual([]);
    expect(resources(bare, 'Patient')[0]?.active).toBe(false);
  });

  it('dates a diary entry in the clinic\u2019s zone', () => {
    expect(localDateTime('2026-07-01', '08:30', 'Europe/London')).toBe('2026-07-01T08:30:00+01:00');
    expect(localDateTime('2026-07-01', undefined, 'Europe/London')).toBe('2026-07-01');
  });
});

describe('pain drawings in CHOIR terms', () => {
  it('gives each CHOIR region the strongest intensity drawn in it, front figure first', () => {
    const areas = drawingInChoir({
      regions: [
        { region: 'shoulder.top.right', intensity: 4, qualities: [] },
        { region: 'shoulder.front.right', intensity: 8, qualities: [] },
        { region: 'sternum', intensity: 2, qualities: [] },
      ],
    });
    expect(areas.map((a) => [a.key, a.intensity])).toEqual([
      ['f07', 8],
      ['f08', 2],
      ['f09', 2],
      ['b10', 4],
    ]);
    expect(areas[0]).toMatchObject({
      title: 'Shoulder (front-right)',
      figure: 'front',
      regions: ['shoulder.front.right', 'shoulder.top.right'],
    });
  });
});
