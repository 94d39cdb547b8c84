import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

const ZONE = 'Europe/London';
const STAFF_NOTE = 'Staff only: check blood pressure first';

describe.each(TEST_ENGINES)('what the portal shows of staff work on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  const base = () => `/api/clinics/${f.clinicA}`;
  const portal = () => `/api/portal/records/${f.clientA}`;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
    const owner = f.sessions.ownerA;
    const therapist = f.sessions.therapistA;
    await call(app, owner, 'PATCH', base(), { timeZone: ZONE });
    const typeId = (
      await call(app, owner, 'POST', `${base()}/appointment-types`, { name: 'Treatment', durationMinutes: 45 })
    ).json<{ id: string }>().id;
    await call(app, therapist, 'PUT', `${base()}/therapists/${therapist.userId}/hours`, {
      timeZone: ZONE,
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
      exceptions: [],
      timeOff: [],
    });
    const booked = await call(app, therapist, 'POST', `${base()}/appointments`, {
      clientId: f.clientA,
      therapistId: therapist.userId,
      typeId,
      start: '2099-03-17T10:00',
      note: STAFF_NOTE,
    });
    expect(booked.statusCode).toBe(201);
    // Staff read the record, so the access log has staff rows with their ids and addresses.
    expect((await call(app, therapist, 'GET', `${base()}/clients/${f.clientA}`)).statusCode).toBe(200);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('keeps the staff note on a visit out of the portal: visits, export and FHIR export', async () => {
    const visits = await call(app, f.sessions.clientA, 'GET', `${portal()}/visits`);
    expect(visits.statusCode).toBe(200);
    expect(visits.json<{ upcoming: { note: string | null }[] }>().upcoming).toEqual([
      expect.objectContaining({ note: null }),
    ]);
    for (const path of ['/export', '/fhir']) {
      const response = await call(app, f.sessions.clientA, 'GET', `${portal()}${path}`);
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain('blood pressure');
    }
    // The clinic's own export keeps it.
    const clinic = await call(app, f.sessions.therapistA, 'GET', `${base()}/clients/${f.clientA}/export`);
    expect(clinic.body).toContain('blood pressure');
  });

  it('shows the client who (by role), what and when in the access log, never staff ids or addresses', async () => {
    const exported = await call(app, f.sessions.clientA, 'GET', `${portal()}/export`);
    const log = exported.json<{ accessLog: Record<string, unknown>[] }>().accessLog;
    expect(log.length).toBeGreaterThan(0);
    for (const entry of log) expect(Object.keys(entry).sort()).toEqual(['action', 'at', 'role']);
    expect(log).toContainEqual(expect.objectContaining({ role: 'therapist', action: 'client.read' }));
    const text = JSON.stringify(log);
    expect(text).not.toContain(f.sessions.therapistA.userId);
    expect(text).not.toContain('127.0.0.1');

    const clinic = await call(app, f.sessions.therapistA, 'GET', `${base()}/clients/${f.clientA}/export`);
    const staffView = clinic.json<{ accessLog: Record<string, unknown>[] }>().accessLog;
    expect(staffView).toContainEqual(
      expect.objectContaining({ actorId: f.sessions.therapistA.userId, role: 'therapist', origin: '127.0.0.1' }),
    );
  });
});
