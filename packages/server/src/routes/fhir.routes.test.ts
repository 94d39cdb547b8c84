import { nrsLoincAnswer } from '@myomap/core/outcomes/instruments/nrs.ts';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import type { Bundle, ExportedResource } from '../fhir/fhir-types.ts';
import { describeIssues, validateFhir } from '../test/fhir-validator.ts';
import { call, createPracticeFixture, type PracticeFixture, type TestSession } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

const NOTE = {
  sessionDate: '2026-11-24',
  subjective: 'Right temple headache most afternoons',
  objective: 'Taut band, right upper trapezius; familiar headache on pressure',
  assessment: 'Upper trapezius trigger points refer to the temple',
  plan: 'Weekly for four weeks; home stretch daily',
  drawing: { regions: [{ region: 'temple.right', intensity: 6, qualities: ['aching'] }] },
  treatedPoints: [
    {
      triggerPoint: 'upper-trapezius.tp1',
      side: 'right',
      technique: 'sustained-compression',
      durationSeconds: 90,
      localTwitch: true,
      referralReproduced: true,
    },
  ],
  painBefore: 6,
  painAfter: 3,
  durationMinutes: 45,
};

type Resource<T extends ExportedResource['resourceType']> = Extract<ExportedResource, { resourceType: T }>;

function resources<T extends ExportedResource['resourceType']>(bundle: Bundle, type: T): Resource<T>[] {
  return bundle.entry.map((e) => e.resource).filter((r): r is Resource<T> => r.resourceType === type);
}

describe.each(TEST_ENGINES)('FHIR export on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let noteId: string;
  const clinical = () => `/api/clinics/${f.clinicA}/clients/${f.clientA}`;
  const portal = () => `/api/portal/records/${f.clientA}`;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const auditRows = async (action: string) =>
    database.handle.db
      .selectFrom('audit_events')
      .select(['outcome', 'actor_id', 'subject_id'])
      .where('action', '=', action)
      .execute();

  /** Asks, and checks the request left exactly one audit row of the action with this outcome. */
  async function once(
    session: TestSession | null,
    url: string,
    action: string,
    outcome: 'success' | 'denied' | null,
  ): Promise<Awaited<ReturnType<typeof call>>> {
    const before = await auditRows(action);
    const response = await call(app, session, 'GET', url);
    const after = await auditRows(action);
    if (outcome === null) expect(after).toHaveLength(before.length);
    else {
      expect(after).toHaveLength(before.length + 1);
      expect(after.filter((r) => r.outcome === outcome)).toHaveLength(
        before.filter((r) => r.outcome === outcome).length + 1,
      );
    }
    return response;
  }

  it('exports a record built through the API as a FHIR R4 Bundle that both validators accept', async () => {
    const therapist = f.sessions.therapistA;
    const client = f.sessions.clientA;
    const desk = f.sessions.frontDeskA;

    // Intake: a screening, a pain drawing, the medicines, consent signed in the portal.
    const screening = await call(app, therapist, 'POST', `${clinical()}/screenings`, {
      answers: { 'chest-pain-exertion': false, 'blood-thinners': true },
      medications: ['warfarin 3 mg'],
      regions: ['shoulder.top.right'],
    });
    expect(screening.statusCode).toBe(201);
    const drawing = await call(app, therapist, 'POST', `${clinical()}/drawings`, {
      regions: [
        { region: 'occiput.right', intensity: 7, qualities: ['aching', 'sharp'] },
        { region: 'sternum', intensity: 3, qualities: [] },
      ],
      note: 'Worse after screen work',
    });
    expect(drawing.statusCode).toBe(201);
    const medicines = await call(app, therapist, 'PUT', `${clinical()}/medications`, {
      medications: ['warfarin 3 mg', 'sertraline 50mg', 'my herbal tea'],
    });
    expect(medicines.statusCode).toBe(200);
    const record = (await call(app, client, 'GET', portal())).json<{ consents: { formId: string }[] }>();
    const signed = await call(app, client, 'POST', `${portal()}/consents`, {
      formId: record.consents[0]?.formId,
      signedName: 'Cleo Client',
    });
    expect(signed.statusCode).toBe(201);

    // A signed session note, and a draft that must not leave.
    const note = await call(app, therapist, 'POST', `${clinical()}/notes?sign=true`, NOTE);
    expect(note.statusCode).toBe(201);
    noteId = note.json<{ id: string }>().id;
    const draft = await call(app, therapist, 'POST', `${clinical()}/notes`, {
      ...NOTE,
      sessionDate: '2026-12-01',
      subjective: 'DRAFT not for export',
    });
    expect(draft.statusCode).toBe(201);

    // Two visits: one booked, one cancelled.
    const typeId = (
      await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/appointment-types`, {
        name: 'Treatment',
        durationMinutes: 45,
        bufferMinutes: 0,
      })
    ).json<{ id: string }>().id;
    const book = async (start: string) => {
      const response = await call(app, desk, 'POST', `/api/clinics/${f.clinicA}/appointments`, {
        clientId: f.clientA,
        therapistId: therapist.userId,
        typeId,
        start,
      });
      expect(response.statusCode).toBe(201);
      return response.json<{ booked: { id: string }[] }>().booked[0]!.id;
    };
    const kept = await book('2027-03-16T10:00');
    const cancelled = await book('2027-03-23T10:00');
    const cancel = await call(app, desk, 'POST', `/api/clinics/${f.clinicA}/appointments/${cancelled}/cancel`, {
      scope: 'this',
    });
    expect(cancel.statusCode).toBe(200);

    // The diary, written by the client in the portal.
    for (const entry of [
      {
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
      { kind: 'diary', date: '2026-11-22', pain: 2 },
      { kind: 'session', date: '2026-11-24', sessionId: noteId, painBefore: 6, painAfter: 3 },
    ]) {
      expect((await call(app, client, 'POST', `${portal()}/outcomes`, entry)).statusCode).toBe(201);
    }

    // A questionnaire the client answered in the portal.
    const answered = await call(app, client, 'POST', `${portal()}/questionnaires/responses`, {
      instrument: 'odi',
      answers: { 'odi-1': 2, 'odi-2': 1, 'odi-3': 2 },
      completedOn: '2026-11-22',
    });
    expect(answered.statusCode, answered.body).toBe(201);

    const response = await once(therapist, `${clinical()}/fhir`, 'client.export.fhir', 'success');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('.fhir.json');
    const bundle = response.json<Bundle>();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const issues = validateFhir(bundle);
    expect(issues, describeIssues(issues)).toEqual([]);
    for (const entry of bundle.entry) {
      const own = validateFhir(entry.resource);
      expect(own, `${entry.resource.resourceType} ${entry.fullUrl}: ${describeIssues(own)}`).toEqual([]);
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource.id}`);
    }

    const [patient] = resources(bundle, 'Patient');
    expect(patient?.identifier).toEqual([{ system: 'https://myomap.org/fhir/client-id', value: f.clientA }]);
    expect(patient?.birthDate).toBe('1980-05-17');
    const painSix = resources(bundle, 'Observation').filter(
      (o) => o.code.coding?.[0]?.code === '72514-3' && o.valueCodeableConcept?.text === '6',
    );
    // The diary's 6, the session rating's 6 before, and the note's 6 before.
    expect(painSix).toHaveLength(3);
    for (const o of painSix) expect(o.valueCodeableConcept?.coding?.[0]?.code).toBe(nrsLoincAnswer(6));
    const procedures = resources(bundle, 'Procedure');
    expect(procedures.map((p) => p.identifier[0]?.value)).toEqual([noteId]);
    expect(JSON.stringify(bundle)).not.toContain('DRAFT not for export');
    const sessionRatings = resources(bundle, 'Observation').filter((o) =>
      o.partOf?.some((p) => p.reference === `urn:uuid:${noteId}`),
    );
    expect(sessionRatings.length).toBeGreaterThanOrEqual(4);
    expect(
      resources(bundle, 'Appointment')
        .map((a) => [a.identifier[0]?.value, a.status])
        .sort(),
    ).toEqual(
      [
        [kept, 'booked'],
        [cancelled, 'cancelled'],
      ].sort(),
    );
    // The safety screening and the ODI, whose score goes on LOINC 97909-6 as a percentage.
    expect(resources(bundle, 'QuestionnaireResponse').map((q) => q.questionnaire.split('/').at(-1))).toEqual([
      expect.stringMatching(/^safety-screening\|/),
      'odi',
    ]);
    const odi = resources(bundle, 'Observation').find((o) => o.code.coding?.some((c) => c.code === '97909-6'));
    expect(odi?.valueQuantity).toMatchObject({ value: 33.33, unit: '%' });
    // The note's treated trigger point is the Procedure's reason.
    const [condition] = resources(bundle, 'Condition');
    expect(procedures[0]?.reasonReference).toEqual([{ reference: `urn:uuid:${condition?.id}` }]);
    expect(resources(bundle, 'MedicationStatement').map((m) => m.medicationCodeableConcept.text)).toEqual([
      'warfarin 3 mg',
      'sertraline 50mg',
      'my herbal tea',
    ]);
    expect(resources(bundle, 'Consent').map((c) => [c.status, c.scope.coding?.[0]?.code])).toEqual([
      ['active', 'treatment'],
    ]);
    expect(resources(bundle, 'Provenance')[0]?.signature[0]?.who.display).toBe('Cleo Client');
    const drawingSites = resources(bundle, 'Observation').flatMap((o) => o.bodySite?.coding ?? []);
    expect(drawingSites).toContainEqual({ system: 'http://snomed.info/sct', code: '31640002' });
    expect(drawingSites).toContainEqual({
      system: 'https://myomap.org/fhir/CodeSystem/choir-body-map',
      code: 'b04',
      display: 'Head (back-right)',
    });

    // The client downloads the same record from the portal: the same resources, the same ids.
    const own = await once(client, `${portal()}/fhir`, 'client.export.fhir', 'success');
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const ownBundle = own.json<Bundle>();
    expect(validateFhir(ownBundle)).toEqual([]);
    expect(ownBundle.entry.map((e) => e.fullUrl).sort()).toEqual(bundle.entry.map((e) => e.fullUrl).sort());
    const rows = await auditRows('client.export.fhir');
    expect(rows.filter((r) => r.outcome === 'success').map((r) => [r.actor_id, r.subject_id])).toEqual([
      [therapist.userId, f.clientA],
      [client.userId, f.clientA],
    ]);
  });

  it('lets only the client\u2019s clinicians and the client themself export, refusing everyone else with one audit row', async () => {
    const s = f.sessions;
    expect((await once(s.ownerA, `${clinical()}/fhir`, 'client.export.fhir', 'success')).statusCode).toBe(200);
    expect((await once(s.frontDeskA, `${clinical()}/fhir`, 'client.export.fhir', 'denied')).statusCode).toBe(403);
    expect((await once(s.clientA, `${clinical()}/fhir`, 'client.export.fhir', 'denied')).statusCode).toBe(403);
    expect((await once(s.ownerB, `${clinical()}/fhir`, 'client.export.fhir', 'denied')).statusCode).toBe(404);
    // Another clinic's client through one's own clinic: not found.
    const elsewhere = `/api/clinics/${f.clinicB}/clients/${f.clientA}/fhir`;
    expect((await once(s.ownerB, elsewhere, 'client.export.fhir', 'denied')).statusCode).toBe(404);
    expect(
      (await once(s.ownerA, `/api/portal/records/${f.clientB}/fhir`, 'client.export.fhir', 'denied')).statusCode,
    ).toBe(404);
    expect((await once(s.therapistA, `${portal()}/fhir`, 'client.export.fhir', 'denied')).statusCode).toBe(404);
    expect((await once(null, `${clinical()}/fhir`, 'client.export.fhir', null)).statusCode).toBe(401);
    expect((await once(null, `${portal()}/fhir`, 'client.export.fhir', null)).statusCode).toBe(401);

    // Where therapists see only their own clients, another therapist's client is not found.
    expect(
      (await call(app, s.ownerA, 'PATCH', `/api/clinics/${f.clinicA}`, { therapistsSeeOwnClientsOnly: true }))
        .statusCode,
    ).toBe(200);
    expect((await once(s.therapist2A, `${clinical()}/fhir`, 'client.export.fhir', 'denied')).statusCode).toBe(404);
    expect((await once(s.therapistA, `${clinical()}/fhir`, 'client.export.fhir', 'success')).statusCode).toBe(200);
    await call(app, s.ownerA, 'PATCH', `/api/clinics/${f.clinicA}`, { therapistsSeeOwnClientsOnly: false });
  });

  it('gives the pain drawings in CHOIR body map regions with intensities, to clinicians only', async () => {
    const s = f.sessions;
    const response = await once(s.therapistA, `${clinical()}/drawings/choir`, 'client.export.choir', 'success');
    expect(response.statusCode).toBe(200);
    const choir = response.json<{
      bodyMap: { citation: string };
      drawings: { id: string; source: string; areas: { key: string; intensity: number; regions: string[] }[] }[];
    }>();
    expect(choir.bodyMap.citation).toMatch(/Scherrer/);
    expect(choir.drawings.map((d) => d.source).sort()).toEqual(['clinic', 'diary', 'session-note']);
    const recorded = choir.drawings.find((d) => d.source === 'clinic');
    expect(recorded?.areas.map((a) => [a.key, a.intensity])).toEqual([
      ['f08', 3],
      ['f09', 3],
      ['b04', 7],
    ]);
    const session = choir.drawings.find((d) => d.source === 'session-note');
    expect(session?.id).toBe(noteId);
    expect(session?.areas.map((a) => a.key)).toEqual(['f01', 'f03']);
    expect((await once(s.frontDeskA, `${clinical()}/drawings/choir`, 'client.export.choir', 'denied')).statusCode).toBe(
      403,
    );
    expect((await once(s.ownerB, `${clinical()}/drawings/choir`, 'client.export.choir', 'denied')).statusCode).toBe(
      404,
    );
  });
});
