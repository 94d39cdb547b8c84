import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

const ZONE = 'Europe/London';

/**
 * A name written to make a calendar app see a second visit: CR/LF ends the property and the event, the
 * rest is a whole forged VEVENT. Also the characters RFC 5545 TEXT escapes, and control characters (not NUL,
 * which PostgreSQL cannot store).
 */
const inject = (label: string): string =>
  `${label}\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged-${label}@evil\r\nDTSTAMP:20270101T000000Z\r\n` +
  `DTSTART:20270101T090000Z\r\nSUMMARY:Forged\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nX-TAIL:a;b,c\\d\u0007\u001b\u009b.`;

/** What a parser must read back: line breaks kept as line breaks, other control characters gone. */
const readBack = (label: string): string =>
  inject(label).replace(/\r\n/g, '\n').replaceAll('\u001b', '').replaceAll('\u0007', '').replaceAll('\u009b', '');

interface ParsedFeed {
  calendarName: unknown;
  summaries: string[];
  uids: string[];
}

// ical.js reads unknown X- properties verbatim; calendar apps read X-WR-CALNAME as TEXT (RFC 5545 §3.3.11).
(ICAL.design.icalendar.property as Record<string, { defaultType: string }>)['x-wr-calname'] = { defaultType: 'text' };

function parse(ics: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  return {
    calendarName: calendar.getFirstPropertyValue('x-wr-calname'),
    summaries: events.map((e) => e.summary),
    uids: events.map((e) => e.uid),
  };
}

describe.each(TEST_ENGINES)('what calendar feeds say on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let appointmentId: string;
  let typeId: string;
  const base = () => `/api/clinics/${f.clinicA}`;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
    const owner = f.sessions.ownerA;
    const therapist = f.sessions.therapistA;
    await call(app, owner, 'PATCH', base(), { timeZone: ZONE });
    typeId = (
      await call(app, owner, 'POST', `${base()}/appointment-types`, { name: 'Treatment', durationMinutes: 45 })
    ).json<{ id: string }>().id;
    const roomId = (await call(app, owner, 'POST', `${base()}/rooms`, { name: 'Room 1' })).json<{ id: string }>().id;
    await call(app, therapist, 'PUT', `${base()}/therapists/${therapist.userId}/hours`, {
      timeZone: ZONE,
      weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
      exceptions: [],
      timeOff: [],
    });
    const booked = await call(app, owner, 'POST', `${base()}/appointments`, {
      clientId: f.clientA,
      therapistId: therapist.userId,
      typeId,
      roomId,
      start: '2099-03-17T10:00',
      note: 'Bring the scan',
    });
    expect(booked.statusCode).toBe(201);
    appointmentId = booked.json<{ booked: { id: string }[] }>().booked[0]!.id;
    // Names as an older version (or a direct import) may have stored them: the feed must be safe anyway.
    const db = database.handle.db;
    await db
      .updateTable('clinics')
      .set({ name: inject('clinic') })
      .where('id', '=', f.clinicA)
      .execute();
    await db
      .updateTable('users')
      .set({ name: inject('therapist') })
      .where('id', '=', therapist.userId)
      .execute();
    await db
      .updateTable('clients')
      .set({ name: inject('client') })
      .where('id', '=', f.clientA)
      .execute();
    await db
      .updateTable('appointment_types')
      .set({ name: inject('type') })
      .where('id', '=', typeId)
      .execute();
    await db
      .updateTable('rooms')
      .set({ name: inject('room') })
      .where('id', '=', roomId)
      .execute();
    await db
      .updateTable('appointments')
      .set({ note: inject('note') })
      .where('id', '=', appointmentId)
      .execute();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const fetchFeed = async (renewUrl: string, payload?: unknown): Promise<ParsedFeed> => {
    const link = await call(app, f.sessions.ownerA, 'POST', renewUrl, payload);
    expect(link.statusCode).toBe(201);
    const response = await app.inject({ method: 'GET', url: link.json<{ path: string }>().path });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/\r\nUID:forged/);
    return parse(response.body);
  };

  it("keeps a therapist's feed to its one visit, with the names read back as written", async () => {
    const feed = await fetchFeed(`${base()}/therapists/${f.sessions.therapistA.userId}/feed`, { clientNames: 'full' });
    expect(feed.uids).toEqual([`${appointmentId}@myomap`]);
    expect(feed.calendarName).toBe(`${readBack('clinic')}: ${readBack('therapist')}`);
    expect(feed.summaries).toEqual([`${readBack('client')} — ${readBack('type')}`]);
  });

  it("keeps a client's feed to its one visit, with the names read back as written", async () => {
    const feed = await fetchFeed(`${base()}/clients/${f.clientA}/feed`);
    expect(feed.uids).toEqual([`${appointmentId}@myomap`]);
    expect(feed.calendarName).toBe(`${readBack('clinic')} visits`);
    expect(feed.summaries).toEqual([`${readBack('type')} at ${readBack('clinic')} with ${readBack('therapist')}`]);
  });

  it('names clients by initials without the visit type unless full names were chosen, and audits each read', async () => {
    const db = database.handle.db;
    await db.updateTable('clients').set({ name: 'Cleo van Client' }).where('id', '=', f.clientA).execute();
    await db.updateTable('appointment_types').set({ name: 'Pelvic floor' }).where('id', '=', typeId).execute();
    const therapistFeed = `${base()}/therapists/${f.sessions.therapistA.userId}/feed`;
    const before = await db.selectFrom('audit_events').select('id').where('action', '=', 'feed.read').execute();

    const initials = await fetchFeed(therapistFeed);
    expect(initials.summaries).toEqual(['Visit: C. C.']);
    const asked = await fetchFeed(therapistFeed, { clientNames: 'initials' });
    expect(asked.summaries).toEqual(['Visit: C. C.']);
    const full = await fetchFeed(therapistFeed, { clientNames: 'full' });
    expect(full.summaries).toEqual(['Cleo van Client — Pelvic floor']);
    expect((await call(app, f.sessions.ownerA, 'POST', therapistFeed, { clientNames: 'everything' })).statusCode).toBe(
      400,
    );

    const reads = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'feed.read')
      .orderBy('occurred_at')
      .execute();
    expect(reads).toHaveLength(before.length + 3);
    expect(reads.at(-1)).toMatchObject({
      clinic_id: f.clinicA,
      actor_id: null,
      subject_type: 'calendar-feed',
      outcome: 'success',
    });
    expect(JSON.stringify(reads)).not.toMatch(/Cleo|Pelvic/);
  });
});
