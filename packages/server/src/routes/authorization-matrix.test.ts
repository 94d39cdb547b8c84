import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@myomap/core/practice/roles.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClientRecordsRepository, ConsentFormRepository } from '../repositories/client-records.repository.ts';
import { HomeProgramRepository } from '../repositories/home-program.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { call, createPracticeFixture, type PracticeFixture, type TestSession } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

/**
 * Every clinic endpoint, called as every role of clinic A, as the owner of clinic B, and signed out.
 * Allowed roles get their success status; other roles of the clinic get 403; anyone from another clinic
 * gets 404 exactly as for a clinic that does not exist; and every call is recorded exactly once in the audit
 * log (a new row, or one more on the count of an identical refusal within the minute).
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface Target {
  clinicId: string;
  clientId: string;
  noteId: string;
  userId: string;
}

interface Endpoint {
  name: string;
  method: Method;
  path: (t: Target) => string;
  /** Written out by hand: the matrix states the rules, it does not recompute them. */
  allowed: readonly Role[];
  success: number;
  body?: (t: Target) => unknown;
  /** Fresh records for one call (a note to sign, a client to erase…), made as the caller where it matters. */
  prepare?: (caller: TestSession) => Promise<Partial<Target>>;
}

const STAFF: readonly Role[] = ['owner', 'therapist', 'front-desk'];
const CLINICIANS: readonly Role[] = ['owner', 'therapist'];
const OWNER: readonly Role[] = ['owner'];
const clinic = (t: Target): string => `/api/clinics/${t.clinicId}`;
const client = (t: Target): string => `${clinic(t)}/clients/${t.clientId}`;
const note = (t: Target): string => `${client(t)}/notes/${t.noteId}`;
const NOTE = { sessionDate: '2026-11-24', subjective: 'Neck ache' };

describe.each(TEST_ENGINES)('authorisation matrix on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let formId: string;
  let typeId: string;
  let slot = 0;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({
      database: database.handle,
      // The matrix makes hundreds of refusals a minute on purpose; the refusal limit has its own test.
      limits: { deniedPerMinute: 0 },
    });
    f = await createPracticeFixture(app, database.handle);
    formId = (await new ConsentFormRepository(database.handle.db).list(f.clinicA))[0]!.id;
    typeId = (
      await new CalendarRepository(database.handle.db).addType(f.clinicA, {
        name: 'Visit',
        duration_minutes: 30,
        buffer_minutes: 0,
      })
    ).id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const db = () => database.handle.db;
  const newClient = async (): Promise<string> =>
    (
      await new ClientRepository(db()).create(f.clinicA, {
        name: 'Fresh Client',
        email: `fresh-${randomUUID()}@example.org`,
        phone: null,
        date_of_birth: null,
        emergency_contact_name: null,
        emergency_contact_phone: null,
        therapist_id: null,
      })
    ).id;
  const newNote = async (author: string, status: 'draft' | 'signed'): Promise<string> => {
    const now = new Date().toISOString();
    const row = await new ClientRecordsRepository(db()).addNote(f.clinicA, f.clientA, {
      therapist_id: author,
      session_date: '2026-11-24',
      content: JSON.stringify(NOTE),
      status,
      created_at: now,
      updated_at: now,
      signed_at: status === 'signed' ? now : null,
      signed_by: status === 'signed' ? author : null,
    });
    return row.id;
  };

  /** A different hour for every booking, so no two bookings of the matrix clash. */
  const nextStart = (): string => {
    slot += 1;
    const day = new Date(Date.UTC(2030, 0, 1 + Math.floor(slot / 8)));
    return `${day.toISOString().slice(0, 10)}T${String(9 + (slot % 8)).padStart(2, '0')}:00`;
  };
  const newVisit = async (): Promise<string> => {
    const now = new Date().toISOString();
    const start = `${nextStart()}:00Z`;
    const [row] = await new CalendarRepository(db()).addAppointments(f.clinicA, [
      {
        series_id: null,
        occurrence_index: null,
        therapist_id: f.sessions.therapistA.userId,
        client_id: f.clientA,
        type_id: typeId,
        room_id: null,
        start_utc: start,
        end_utc: start
          .replace(/T(\d{2})/, (_m, h: string) => `T${String(Number(h)).padStart(2, '0')}`)
          .replace(':00:00Z', ':30:00Z'),
        buffer_minutes: 0,
        status: 'booked',
        note: null,
        created_at: now,
        updated_at: now,
        cancelled_at: null,
      },
    ]);
    return row!.id;
  };
  const newProgram = async (): Promise<string> =>
    (
      await new HomeProgramRepository(db()).add(f.clinicA, f.clientA, {
        therapist_id: f.sessions.therapistA.userId,
        title: 'Neck',
        items: JSON.stringify([{ kind: 'stretch', muscle: 'upper-trapezius', side: 'left' }]),
        days_per_week: 3,
        weeks: 2,
        start_date: '2026-11-23',
        notes: '',
        created_at: new Date().toISOString(),
        ended_at: null,
      })
    ).id;
  const therapistA = (t: Target): string => `${clinic(t)}/therapists/${f.sessions.therapistA.userId}`;

  const ENDPOINTS: Endpoint[] = [
    { name: 'read rooms', method: 'GET', path: (t) => `${clinic(t)}/rooms`, allowed: STAFF, success: 200 },
    {
      name: 'add room',
      method: 'POST',
      path: (t) => `${clinic(t)}/rooms`,
      allowed: OWNER,
      success: 201,
      body: () => ({ name: `Room ${randomUUID().slice(0, 4)}` }),
    },
    {
      name: 'read appointment types',
      method: 'GET',
      path: (t) => `${clinic(t)}/appointment-types`,
      allowed: STAFF,
      success: 200,
    },
    {
      name: 'add appointment type',
      method: 'POST',
      path: (t) => `${clinic(t)}/appointment-types`,
      allowed: OWNER,
      success: 201,
      body: () => ({ name: 'Follow-up', durationMinutes: 30 }),
    },
    { name: 'read working hours', method: 'GET', path: (t) => `${therapistA(t)}/hours`, allowed: STAFF, success: 200 },
    {
      name: 'set working hours (own, or the owner)',
      method: 'PUT',
      path: (t) => `${therapistA(t)}/hours`,
      allowed: CLINICIANS,
      success: 200,
      // Open every day, so the booking rows below never fall outside working hours.
      body: () => ({
        timeZone: 'UTC',
        weekly: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '00:00', end: '23:59' })),
        exceptions: [],
        timeOff: [],
      }),
    },
    {
      name: 'list visits',
      method: 'GET',
      path: (t) => `${clinic(t)}/appointments?from=2030-01-01T00:00:00Z`,
      allowed: STAFF,
      success: 200,
    },
    {
      name: 'check a booking',
      method: 'POST',
      path: (t) => `${clinic(t)}/appointments/check`,
      allowed: STAFF,
      success: 200,
      body: () => ({ clientId: f.clientA, therapistId: f.sessions.therapistA.userId, typeId, start: nextStart() }),
    },
    {
      name: 'book',
      method: 'POST',
      path: (t) => `${clinic(t)}/appointments`,
      allowed: STAFF,
      success: 201,
      body: () => ({ clientId: f.clientA, therapistId: f.sessions.therapistA.userId, typeId, start: nextStart() }),
    },
    {
      name: 'move a visit',
      method: 'PATCH',
      path: (t) => `${clinic(t)}/appointments/${t.noteId}`,
      allowed: STAFF,
      success: 200,
      body: () => ({ scope: 'this', note: 'Moved room' }),
      prepare: async () => ({ noteId: await newVisit() }),
    },
    {
      name: 'cancel a visit',
      method: 'POST',
      path: (t) => `${clinic(t)}/appointments/${t.noteId}/cancel`,
      allowed: STAFF,
      success: 200,
      body: () => ({ scope: 'this' }),
      prepare: async () => ({ noteId: await newVisit() }),
    },
    {
      name: 'renew a therapist’s feed (own, or the owner)',
      method: 'POST',
      path: (t) => `${therapistA(t)}/feed`,
      allowed: CLINICIANS,
      success: 201,
    },
    { name: 'renew a client’s feed', method: 'POST', path: (t) => `${client(t)}/feed`, allowed: STAFF, success: 201 },
    {
      name: 'read home programs',
      method: 'GET',
      path: (t) => `${client(t)}/home-programs`,
      allowed: CLINICIANS,
      success: 200,
    },
    {
      name: 'give a home program',
      method: 'POST',
      path: (t) => `${client(t)}/home-programs`,
      allowed: CLINICIANS,
      success: 201,
      body: () => ({
        title: 'Shoulders',
        items: [{ kind: 'trigger-point', triggerPoint: 'upper-trapezius.tp1', side: 'left' }],
        daysPerWeek: 3,
        weeks: 2,
        startDate: '2026-11-23',
      }),
    },
    {
      name: 'end a home program',
      method: 'POST',
      path: (t) => `${client(t)}/home-programs/${t.noteId}/end`,
      allowed: CLINICIANS,
      success: 200,
      prepare: async () => ({ noteId: await newProgram() }),
    },
    { name: 'read settings', method: 'GET', path: clinic, allowed: OWNER, success: 200 },
    {
      name: 'change settings',
      method: 'PATCH',
      path: clinic,
      allowed: OWNER,
      success: 200,
      body: () => ({ retentionYears: 8 }),
    },
    { name: 'list staff', method: 'GET', path: (t) => `${clinic(t)}/members`, allowed: OWNER, success: 200 },
    { name: 'list therapists', method: 'GET', path: (t) => `${clinic(t)}/therapists`, allowed: STAFF, success: 200 },
    { name: 'list invitations', method: 'GET', path: (t) => `${clinic(t)}/invitations`, allowed: OWNER, success: 200 },
    {
      name: 'invite staff',
      method: 'POST',
      path: (t) => `${clinic(t)}/members`,
      allowed: OWNER,
      success: 202,
      body: () => ({ name: 'New Staff', email: `staff-${randomUUID()}@example.org`, role: 'front-desk' }),
    },
    {
      name: 'remove staff',
      method: 'DELETE',
      path: (t) => `${clinic(t)}/members/${t.userId}`,
      allowed: OWNER,
      success: 204,
      prepare: async () => {
        const users = new UserRepository(db());
        const user = await users.create({
          email: `leaver-${randomUUID()}@example.org`,
          name: 'Leaver',
          password_hash: 'x',
        });
        await users.addMembership(f.clinicA, user.id, 'therapist');
        return { userId: user.id };
      },
    },
    {
      name: 'read consent forms',
      method: 'GET',
      path: (t) => `${clinic(t)}/consent-forms`,
      allowed: STAFF,
      success: 200,
    },
    {
      name: 'publish consent form',
      method: 'POST',
      path: (t) => `${clinic(t)}/consent-forms`,
      allowed: OWNER,
      success: 201,
      body: () => ({ kind: 'photos', title: 'Photographs', body: 'Photos of posture may be taken for your record.' }),
    },
    { name: 'read audit log', method: 'GET', path: (t) => `${clinic(t)}/audit`, allowed: OWNER, success: 200 },
    { name: 'read email outbox', method: 'GET', path: (t) => `${clinic(t)}/outbox`, allowed: OWNER, success: 200 },
    { name: 'search clients', method: 'GET', path: (t) => `${clinic(t)}/clients?q=a`, allowed: STAFF, success: 200 },
    {
      name: 'add client',
      method: 'POST',
      path: (t) => `${clinic(t)}/clients`,
      allowed: STAFF,
      success: 201,
      body: () => ({ name: 'Walk-in Client' }),
    },
    { name: 'read profile', method: 'GET', path: client, allowed: STAFF, success: 200 },
    {
      name: 'change profile',
      method: 'PATCH',
      path: client,
      allowed: STAFF,
      success: 200,
      body: () => ({ phone: '555 0100' }),
    },
    {
      name: 'read clinical record',
      method: 'GET',
      path: (t) => `${client(t)}/record`,
      allowed: CLINICIANS,
      success: 200,
    },
    {
      name: 'set medicines',
      method: 'PUT',
      path: (t) => `${client(t)}/medications`,
      allowed: CLINICIANS,
      success: 200,
      body: () => ({ medications: ['ibuprofen gel'] }),
    },
    {
      name: 'record screening',
      method: 'POST',
      path: (t) => `${client(t)}/screenings`,
      allowed: CLINICIANS,
      success: 201,
      body: () => ({ answers: { 'blood-thinners': false } }),
    },
    {
      name: 'record drawing',
      method: 'POST',
      path: (t) => `${client(t)}/drawings`,
      allowed: CLINICIANS,
      success: 201,
      body: () => ({ regions: [{ region: 'temple.left', intensity: 4, qualities: [] }] }),
    },
    { name: 'read consent', method: 'GET', path: (t) => `${client(t)}/consents`, allowed: STAFF, success: 200 },
    {
      name: 'sign consent in clinic',
      method: 'POST',
      path: (t) => `${client(t)}/consents`,
      allowed: STAFF,
      success: 201,
      body: () => ({ formId, signedName: 'Cleo Client' }),
    },
    {
      name: 'give portal access',
      method: 'POST',
      path: (t) => `${client(t)}/portal`,
      allowed: CLINICIANS,
      success: 201,
      prepare: async () => ({ clientId: await newClient() }),
    },
    { name: 'export', method: 'GET', path: (t) => `${client(t)}/export`, allowed: CLINICIANS, success: 200 },
    { name: 'export as FHIR', method: 'GET', path: (t) => `${client(t)}/fhir`, allowed: CLINICIANS, success: 200 },
    {
      name: 'export drawings in CHOIR terms',
      method: 'GET',
      path: (t) => `${client(t)}/drawings/choir`,
      allowed: CLINICIANS,
      success: 200,
    },
    {
      name: 'progress report PDF',
      method: 'GET',
      path: (t) => `${client(t)}/report.pdf`,
      allowed: CLINICIANS,
      success: 200,
    },
    { name: 'read diary', method: 'GET', path: (t) => `${client(t)}/outcomes`, allowed: CLINICIANS, success: 200 },
    {
      name: 'read diary trend',
      method: 'GET',
      path: (t) => `${client(t)}/outcomes/trend`,
      allowed: CLINICIANS,
      success: 200,
    },
    {
      name: 'diary as CSV',
      method: 'GET',
      path: (t) => `${client(t)}/outcomes.csv`,
      allowed: CLINICIANS,
      success: 200,
    },
    {
      name: 'read questionnaires',
      method: 'GET',
      path: (t) => `${client(t)}/questionnaires`,
      allowed: CLINICIANS,
      success: 200,
    },
    {
      name: 'schedule a questionnaire',
      method: 'POST',
      path: (t) => `${client(t)}/questionnaires/schedules`,
      allowed: CLINICIANS,
      success: 201,
      body: () => ({ instrument: 'psfs', rule: { kind: 'every-visit' } }),
    },
    {
      name: 'record a questionnaire',
      method: 'POST',
      path: (t) => `${client(t)}/questionnaires/responses`,
      allowed: CLINICIANS,
      success: 201,
      body: () => ({ instrument: 'nrs-pain', answers: { score: 5 }, completedOn: '2026-11-20' }),
    },
    {
      name: 'erase',
      method: 'POST',
      path: (t) => `${client(t)}/erasure`,
      allowed: OWNER,
      success: 200,
      prepare: async () => ({ clientId: await newClient() }),
    },
    {
      name: 'write note',
      method: 'POST',
      path: (t) => `${client(t)}/notes`,
      allowed: CLINICIANS,
      success: 201,
      body: () => NOTE,
    },
    {
      name: 'read note',
      method: 'GET',
      path: note,
      allowed: CLINICIANS,
      success: 200,
      prepare: async () => ({ noteId: await newNote(f.sessions.therapistA.userId, 'signed') }),
    },
    {
      name: 'change draft',
      method: 'PUT',
      path: note,
      allowed: CLINICIANS,
      success: 200,
      body: () => NOTE,
      prepare: async () => ({ noteId: await newNote(f.sessions.therapistA.userId, 'draft') }),
    },
    {
      name: 'sign own draft',
      method: 'POST',
      path: (t) => `${note(t)}/sign`,
      allowed: CLINICIANS,
      success: 200,
      prepare: async (caller) => ({ noteId: await newNote(caller.userId, 'draft') }),
    },
    {
      name: 'add addendum',
      method: 'POST',
      path: (t) => `${note(t)}/addenda`,
      allowed: CLINICIANS,
      success: 201,
      body: () => ({ body: 'Correction: left side, not right.' }),
      prepare: async () => ({ noteId: await newNote(f.sessions.therapistA.userId, 'signed') }),
    },
  ];

  /** Events recorded: identical refusals within a minute share a row and count in its repeat_count. */
  const auditCount = async (): Promise<number> => {
    const row = await db()
      .selectFrom('audit_events')
      .select((eb) => eb.fn.sum<number | string | null>('repeat_count').as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n ?? 0);
  };

  const MEMBERS_OF_A = [
    ['owner', 'ownerA'],
    ['therapist', 'therapistA'],
    ['front-desk', 'frontDeskA'],
    ['client', 'clientA'],
  ] as const;

  it.each(ENDPOINTS.map((e) => [e.name, e] as const))('%s', async (_name, endpoint) => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    const attempt = async (who: string, session: TestSession | null, base: Partial<Target>, want: number) => {
      const extra = endpoint.prepare && session ? await endpoint.prepare(session) : {};
      const target: Target = {
        clinicId: f.clinicA,
        clientId: f.clientA,
        noteId: 'none',
        userId: 'none',
        ...base,
        ...extra,
      };
      const before = await auditCount();
      const response = await call(app, session, endpoint.method, endpoint.path(target), endpoint.body?.(target));
      const rows = (await auditCount()) - before;
      // Signed-out requests have no one to log; every other request leaves exactly one row.
      outcomes.push(`${who} → ${response.statusCode}, ${rows} audit event(s)`);
      expected.push(`${who} → ${want}, ${session ? 1 : 0} audit event(s)`);
      if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
    };
    for (const [role, key] of MEMBERS_OF_A) {
      await attempt(role, f.sessions[key], {}, endpoint.allowed.includes(role) ? endpoint.success : 403);
    }
    // Another clinic's owner: clinic A answers as if it did not exist…
    await attempt('owner of clinic B', f.sessions.ownerB, {}, 404);
    await attempt('anyone, unknown clinic', f.sessions.ownerB, { clinicId: randomUUID() }, 404);
    // …and clinic A's client is missing from clinic B too.
    if (endpoint.path({ clinicId: 'c', clientId: 'x', noteId: 'n', userId: 'u' }).includes('/clients/x')) {
      await attempt('owner of clinic B, own clinic path', f.sessions.ownerB, { clinicId: f.clinicB }, 404);
    }
    await attempt('signed out', null, {}, 401);
    expect(outcomes).toEqual(expected);
  });

  it('portal: a client reaches only their own record; staff and other clinics get 404', async () => {
    const paths = (id: string) =>
      [
        ['GET', `/api/portal/records/${id}`, undefined, 200],
        ['GET', `/api/portal/records/${id}/export`, undefined, 200],
        ['GET', `/api/portal/records/${id}/outcomes`, undefined, 200],
        ['GET', `/api/portal/records/${id}/outcomes.csv`, undefined, 200],
        ['GET', `/api/portal/records/${id}/questionnaires`, undefined, 200],
        ['GET', `/api/portal/records/${id}/home-programs`, undefined, 200],
        ['GET', `/api/portal/records/${id}/visits`, undefined, 200],
        ['POST', `/api/portal/records/${id}/screenings`, { answers: {} }, 201],
        ['POST', `/api/portal/records/${id}/drawings`, { regions: [] }, 201],
        ['POST', `/api/portal/records/${id}/consents`, { formId, signedName: 'Cleo Client' }, 201],
      ] as const;
    for (const [method, url, body, ok] of paths(f.clientA)) {
      expect((await call(app, f.sessions.clientA, method, url, body)).statusCode, url).toBe(ok);
      for (const key of ['ownerA', 'therapistA', 'frontDeskA', 'ownerB'] as const) {
        expect((await call(app, f.sessions[key], method, url, body)).statusCode, `${key} ${url}`).toBe(404);
      }
      expect((await call(app, null, method, url, body)).statusCode).toBe(401);
    }
    for (const [method, url, body] of paths(f.clientB)) {
      expect((await call(app, f.sessions.clientA, method, url, body)).statusCode, url).toBe(404);
    }
  });
});
