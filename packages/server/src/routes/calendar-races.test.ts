import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { DatabaseHandle } from '../db/connection.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

// Sequential tests cannot see a race: these fire the requests at once, as a busy front desk (or two app
// servers behind a load balancer) would, and then look at what the database holds.
const AT_ONCE = 16;
const ZONE = 'Europe/London';

/** Live visits that overlap, each counting its own buffer after it, as the clash check does. */
async function overlaps(db: DatabaseHandle['db'], clinicId: string): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('appointments')
    .select(['id', 'therapist_id', 'room_id', 'start_utc', 'end_utc', 'buffer_minutes'])
    .where('clinic_id', '=', clinicId)
    .where('status', '!=', 'cancelled')
    .execute();
  const found: [string, string][] = [];
  for (const a of rows) {
    for (const b of rows) {
      if (a.id >= b.id) continue;
      const shared = a.therapist_id === b.therapist_id || (a.room_id !== null && a.room_id === b.room_id);
      const aEnd = Date.parse(a.end_utc) + a.buffer_minutes * 60_000;
      const bEnd = Date.parse(b.end_utc) + b.buffer_minutes * 60_000;
      if (shared && Date.parse(a.start_utc) < bEnd && Date.parse(b.start_utc) < aEnd) found.push([a.id, b.id]);
    }
  }
  return found;
}

function statuses(responses: LightMyRequestResponse[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

describe.each(TEST_ENGINES)('concurrent booking on $engine', ({ engine, create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let typeId: string;
  let roomId: string;
  const base = () => `/api/clinics/${f.clinicA}`;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
    const owner = f.sessions.ownerA;
    await call(app, owner, 'PATCH', base(), { timeZone: ZONE, reminderHours: 24 });
    typeId = (
      await call(app, owner, 'POST', `${base()}/appointment-types`, {
        name: 'Treatment',
        durationMinutes: 45,
        bufferMinutes: 15,
      })
    ).json<{ id: string }>().id;
    roomId = (await call(app, owner, 'POST', `${base()}/rooms`, { name: 'Room 1' })).json<{ id: string }>().id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const visit = (start: string, extra: Record<string, unknown> = {}) => ({
    clientId: f.clientA,
    therapistId: f.sessions.therapistA.userId,
    typeId,
    start,
    ...extra,
  });

  it(`books one slot once when ${AT_ONCE} bookings arrive at once, and lists the clash for the rest`, async () => {
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) =>
        call(
          app,
          i % 2 === 0 ? f.sessions.frontDeskA : f.sessions.ownerA,
          'POST',
          `${base()}/appointments`,
          visit('2028-03-06T10:00', { roomId }),
        ),
      ),
    );
    expect(statuses(responses)).toEqual({ 201: 1, 409: AT_ONCE - 1 });
    const refused = responses.find((r) => r.statusCode === 409)!;
    expect(refused.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: 'occurrences[0]', message: 'Mon 6 Mar 2028, 10:00: the therapist has another visit' },
    ]);
    expect(await overlaps(database.handle.db, f.clinicA)).toEqual([]);
  });

  it('keeps the buffer after a visit free when bookings for the slot and its buffer race', async () => {
    // 11:00 ends 11:45 and keeps 15 minutes after it; 11:50 starts inside that buffer.
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) =>
        call(
          app,
          f.sessions.frontDeskA,
          'POST',
          `${base()}/appointments`,
          visit(`2028-03-07T${i % 2 ? '11:50' : '11:00'}`),
        ),
      ),
    );
    expect(statuses(responses)).toEqual({ 201: 1, 409: AT_ONCE - 1 });
    expect(await overlaps(database.handle.db, f.clinicA)).toEqual([]);
  });

  it('gives a room to one of two therapists booking it at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, i) =>
        call(
          app,
          f.sessions.frontDeskA,
          'POST',
          `${base()}/appointments`,
          visit('2028-03-08T09:00', {
            roomId,
            therapistId: (i % 2 ? f.sessions.therapistA : f.sessions.therapist2A).userId,
          }),
        ),
      ),
    );
    expect(statuses(responses)).toEqual({ 201: 1, 409: AT_ONCE - 1 });
    expect(await overlaps(database.handle.db, f.clinicA)).toEqual([]);
  });

  it('moves one visit into a free slot when several are moved there at once', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const booked = await call(app, f.sessions.frontDeskA, 'POST', `${base()}/appointments`, {
        ...visit(
          `2028-03-${String(13 + (i % 5)).padStart(2, '0')}T${String(8 + Math.floor(i / 5) * 2).padStart(2, '0')}:00`,
        ),
        roomId,
      });
      expect(booked.statusCode).toBe(201);
      ids.push(booked.json<{ booked: { id: string }[] }>().booked[0]!.id);
    }
    const responses = await Promise.all(
      ids.map((id) =>
        call(app, f.sessions.frontDeskA, 'PATCH', `${base()}/appointments/${id}`, {
          scope: 'this',
          start: '2028-03-20T15:00',
        }),
      ),
    );
    expect(statuses(responses)).toEqual({ 200: 1, 409: ids.length - 1 });
    expect(await overlaps(database.handle.db, f.clinicA)).toEqual([]);
  });

  // Defined only where it applies, rather than reported as skipped elsewhere.
  if (engine === 'postgres')
    it('books one slot once across two app servers on one database', async () => {
      const secondHandle = database.openAnother!();
      const second = await buildApp({ database: secondHandle });
      try {
        const responses = await Promise.all(
          Array.from({ length: AT_ONCE }, (_, i) =>
            call(
              i % 2 ? second : app,
              f.sessions.frontDeskA,
              'POST',
              `${base()}/appointments`,
              visit('2028-03-09T14:00', { roomId }),
            ),
          ),
        );
        expect(statuses(responses)).toEqual({ 201: 1, 409: AT_ONCE - 1 });
        const moves = await Promise.all(
          ['2028-03-10T08:00', '2028-03-10T10:00', '2028-03-10T12:00', '2028-03-10T16:00'].map(async (start, i) => {
            const booked = await call(app, f.sessions.frontDeskA, 'POST', `${base()}/appointments`, visit(start));
            const id = booked.json<{ booked: { id: string }[] }>().booked[0]!.id;
            return { id, server: i % 2 ? second : app };
          }),
        );
        const moved = await Promise.all(
          moves.map(({ id, server }) =>
            call(server, f.sessions.frontDeskA, 'PATCH', `${base()}/appointments/${id}`, {
              scope: 'this',
              start: '2028-03-10T14:00',
            }),
          ),
        );
        expect(statuses(moved)).toEqual({ 200: 1, 409: moves.length - 1 });
        expect(await overlaps(database.handle.db, f.clinicA)).toEqual([]);
      } finally {
        await second.close();
        await secondHandle.close();
      }
    });
});
