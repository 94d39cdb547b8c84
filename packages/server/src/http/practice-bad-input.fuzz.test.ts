import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { ClientRecordsRepository } from '../repositories/client-records.repository.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

/**
 * At least 100 generated bad inputs for every endpoint of the practice API, sent by a signed-in owner
 * (so they get past the door and reach validation and the services): none may cause a server error.
 */

const RUNS = 100;

let database: TestDatabase;
let app: FastifyInstance;
let f: PracticeFixture;
let noteId: string;

beforeAll(async () => {
  database = await TEST_ENGINES[0]!.create();
  await migrateToLatest(database.handle);
  app = await buildApp({ database: database.handle });
  f = await createPracticeFixture(app, database.handle);
  const now = new Date().toISOString();
  noteId = (
    await new ClientRecordsRepository(database.handle.db).addNote(f.clinicA, f.clientA, {
      therapist_id: f.sessions.ownerA.userId,
      session_date: '2026-11-24',
      content: JSON.stringify({ sessionDate: '2026-11-24' }),
      status: 'signed',
      created_at: now,
      updated_at: now,
      signed_at: now,
      signed_by: f.sessions.ownerA.userId,
    })
  ).id;
});

afterAll(async () => {
  await app.close();
  await database.drop();
});

/** Random JSON, and objects with the right keys holding wrong values. */
const nearlyValid = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      name: fc.jsonValue(),
      email: fc.jsonValue(),
      phone: fc.jsonValue(),
      dateOfBirth: fc.oneof(
        fc.string(),
        fc.jsonValue(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      emergencyContact: fc.jsonValue(),
      therapistId: fc.jsonValue(),
      role: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      sessionDate: fc.oneof(fc.string(), fc.jsonValue()),
      subjective: fc.jsonValue(),
      drawing: fc.jsonValue(),
      treatedPoints: fc.array(
        fc.record(
          { triggerPoint: fc.string(), side: fc.string(), technique: fc.string(), durationSeconds: fc.jsonValue() },
          { requiredKeys: [] },
        ),
      ),
      painBefore: fc.jsonValue(),
      painAfter: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      answers: fc.dictionary(fc.string(), fc.jsonValue()),
      medications: fc.jsonValue(),
      regions: fc.jsonValue(),
      formId: fc.jsonValue(),
      signedName: fc.jsonValue(),
      body: fc.jsonValue(),
      kind: fc.jsonValue(),
      title: fc.jsonValue(),
      therapistsSeeOwnClientsOnly: fc.jsonValue(),
      retentionYears: fc.jsonValue(),
      currentPassword: fc.jsonValue(),
      start: fc.oneof(fc.string(), fc.constantFrom('2027-02-30T10:00', '2027-03-28T01:30', '0000-01-01T00:00')),
      repeat: fc.oneof(
        fc.jsonValue(),
        fc.record(
          { frequency: fc.string(), interval: fc.integer(), count: fc.integer(), until: fc.string() },
          { requiredKeys: [] },
        ),
      ),
      typeId: fc.jsonValue(),
      clientId: fc.jsonValue(),
      timeZone: fc.oneof(fc.string(), fc.constantFrom('Mars/Olympus', 'Europe/London')),
      weekly: fc.jsonValue(),
      timeOff: fc.jsonValue(),
      scope: fc.jsonValue(),
      daysPerWeek: fc.jsonValue(),
      doneOn: fc.oneof(fc.string(), fc.jsonValue()),
      newPassword: fc.jsonValue(),
      code: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

type Method = 'POST' | 'PUT' | 'PATCH';
const bodyEndpoints = (): [Method, string][] => {
  const clinic = `/api/clinics/${f.clinicA}`;
  const client = `${clinic}/clients/${f.clientA}`;
  const portal = `/api/portal/records/${f.clientA}`;
  return [
    ['POST', '/api/clinics'],
    ['PATCH', clinic],
    ['POST', `${clinic}/members`],
    ['POST', `${clinic}/consent-forms`],
    ['POST', `${clinic}/clients`],
    ['PATCH', client],
    ['PUT', `${client}/medications`],
    ['POST', `${client}/screenings`],
    ['POST', `${client}/drawings`],
    ['POST', `${client}/consents`],
    ['POST', `${client}/notes`],
    ['PUT', `${client}/notes/${noteId}`],
    ['POST', `${client}/notes/${noteId}/addenda`],
    ['POST', `${portal}/screenings`],
    ['POST', `${portal}/drawings`],
    ['POST', `${portal}/consents`],
    ['POST', `${clinic}/rooms`],
    ['POST', `${clinic}/appointment-types`],
    ['PUT', `${clinic}/therapists/${f.sessions.ownerA.userId}/hours`],
    ['POST', `${clinic}/appointments/check`],
    ['POST', `${clinic}/appointments`],
    ['PATCH', `${clinic}/appointments/not-a-visit`],
    ['POST', `${client}/home-programs`],
    ['POST', `${portal}/visits`],
    ['PATCH', `${portal}/visits/not-a-visit`],
    ['POST', `${portal}/home-programs/not-a-program/logs`],
    ['POST', '/api/auth/password'],
    ['POST', '/api/auth/totp/confirm'],
    ['POST', '/api/auth/totp/disable'],
  ];
};

describe('bad input to the practice API never causes a server error', () => {
  it('sends 100 generated bodies to each endpoint', async () => {
    for (const [method, url] of bodyEndpoints()) {
      // Portal routes belong to the client; the rest are tried as the owner.
      const session = url.startsWith('/api/portal') ? f.sessions.clientA : f.sessions.ownerA;
      await fc.assert(
        fc.asyncProperty(nearlyValid, async (body) => {
          const response = await call(app, session, method, url, body);
          expect(response.statusCode, `${method} ${url} ${JSON.stringify(body)} → ${response.body}`).toBeLessThan(500);
          if (response.statusCode >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
        }),
        { numRuns: RUNS },
      );
    }
  }, 120_000);

  it('books with valid people but random times, rules and zones without a server error', async () => {
    const typeId = (
      await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/appointment-types`, {
        name: 'Fuzz',
        durationMinutes: 30,
      })
    ).json<{ id: string }>().id;
    const start = fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16)),
      fc.constantFrom(
        '2027-02-30T10:00',
        '2027-03-28T01:30',
        '2027-10-31T01:30',
        '9999-12-31T23:59',
        '0001-01-01T00:00',
      ),
    );
    const repeat = fc.option(
      fc.record(
        {
          frequency: fc.constantFrom('daily', 'weekly', 'monthly'),
          interval: fc.integer({ min: -2, max: 60 }),
          count: fc.integer({ min: -1, max: 300 }),
          until: fc.oneof(
            fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
            fc.constant('2027-02-30'),
          ),
        },
        { requiredKeys: ['frequency'] },
      ),
      { nil: undefined },
    );
    const zone = fc.option(
      fc.constantFrom('Europe/London', 'Australia/Lord_Howe', 'America/St_Johns', 'Nowhere/Else'),
      {
        nil: undefined,
      },
    );
    await fc.assert(
      fc.asyncProperty(start, repeat, zone, fc.constantFrom('check', ''), async (when, rule, timeZone, check) => {
        const body = {
          clientId: f.clientA,
          therapistId: f.sessions.ownerA.userId,
          typeId,
          start: when,
          ...(rule ? { repeat: rule } : {}),
          ...(timeZone ? { timeZone } : {}),
          onClash: 'skip',
        };
        const url = `/api/clinics/${f.clinicA}/appointments${check ? '/check' : ''}`;
        const response = await call(app, f.sessions.ownerA, 'POST', url, body);
        expect(response.statusCode, `${JSON.stringify(body)} → ${response.body}`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it('answers random ids and query strings in every GET with < 500', async () => {
    const gets = (id: string, text: string): string[] => [
      `/api/clinics/${id}`,
      `/api/clinics/${f.clinicA}/clients?q=${text}`,
      `/api/clinics/${f.clinicA}/clients/${id}`,
      `/api/clinics/${f.clinicA}/clients/${id}/record`,
      `/api/clinics/${f.clinicA}/clients/${f.clientA}/notes/${id}`,
      `/api/clinics/${f.clinicA}/audit?limit=${text}&clientId=${id}`,
      `/api/portal/records/${id}`,
      `/api/clinics/${f.clinicA}/appointments?from=${text}&to=${id}`,
      `/api/clinics/${f.clinicA}/therapists/${id}/hours`,
      `/api/feeds/${id}.ics`,
      `/api/feeds/${id}`,
    ];
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1 }), fc.string(), async (rawId, rawText) => {
        for (const url of gets(encodeURIComponent(rawId), encodeURIComponent(rawText))) {
          const response = await call(app, f.sessions.ownerA, 'GET', url);
          expect(response.statusCode, `${url} → ${response.body}`).toBeLessThan(500);
        }
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
