import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

interface Appointment {
  id: string;
  localStart: string;
  startUtc: string;
  seriesId: string | null;
  occurrenceIndex: number | null;
  status: string;
}
interface Booking {
  seriesId: string | null;
  booked: Appointment[];
  skipped: { index: number; reason: string }[];
}

const ZONE = 'Europe/London';

/** The local start times a real iCalendar parser (Mozilla's ical.js, as in Thunderbird) expands from a feed. */
function expandFeed(ics: string): string[] {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const london = ICAL.TimezoneService.get(ZONE);
  if (!london) throw new Error('the feed has no VTIMEZONE for Europe/London');
  const local = (time: ICAL.Time): string => time.convertToZone(london).toString().slice(0, 16);
  const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
  const starts: string[] = [];
  for (const event of events.filter((e) => !e.isRecurrenceException())) {
    for (const other of events.filter((e) => e.isRecurrenceException() && e.uid === event.uid)) {
      event.relateException(other);
    }
    if (!event.isRecurring()) {
      starts.push(local(event.startDate));
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next) as unknown as { startDate: ICAL.Time };
      starts.push(local(details.startDate));
    }
  }
  return starts.sort();
}

describe.each(TEST_ENGINES)('calendar on $engine', ({ create }) => {
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
    const hours = await call(
      app,
      f.sessions.therapistA,
      'PUT',
      `${base()}/therapists/${f.sessions.therapistA.userId}/hours`,
      {
        timeZone: ZONE,
        weekly: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
        exceptions: [{ date: '2027-12-28', windows: [] }],
        timeOff: [],
      },
    );
    expect(hours.statusCode).toBe(200);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const booking = (start: string, count: number, extra: Record<string, unknown> = {}) => ({
    clientId: f.clientA,
    therapistId: f.sessions.therapistA.userId,
    typeId,
    roomId,
    start,
    repeat: { frequency: 'weekly', interval: 1, count },
    ...extra,
  });

  it('books 10 weekly visits in one go, listing the one clash first, and keeps 10:00 across the clock change', async () => {
    const desk = f.sessions.frontDeskA;
    const other = await call(app, desk, 'POST', `${base()}/appointments`, {
      clientId: f.clientA,
      therapistId: f.sessions.therapistA.userId,
      typeId,
      start: '2027-04-13T10:30',
    });
    expect(other.statusCode).toBe(201);

    const check = await call(app, desk, 'POST', `${base()}/appointments/check`, booking('2027-03-16T10:00', 10));
    expect(check.json<{ clashes: { index: number; reason: string }[] }>().clashes).toEqual([
      expect.objectContaining({ index: 4, reason: 'therapist-busy' }),
    ]);
    const refused = await call(app, desk, 'POST', `${base()}/appointments`, booking('2027-03-16T10:00', 10));
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      { field: 'occurrences[4]', message: 'Tue 13 Apr 2027, 10:00: the therapist has another visit' },
    ]);
    const booked = await call(
      app,
      desk,
      'POST',
      `${base()}/appointments`,
      booking('2027-03-16T10:00', 10, { onClash: 'skip' }),
    );
    expect(booked.statusCode).toBe(201);
    const result = booked.json<Booking>();
    expect(result.booked).toHaveLength(9);
    expect(result.skipped.map((s) => s.index)).toEqual([4]);
    expect(new Set(result.booked.map((a) => a.localStart.slice(11)))).toEqual(new Set(['10:00']));
    // 28 March 2027 the UK moves to summer time: the same 10:00 is an hour earlier in UTC.
    expect(result.booked[1]?.startUtc).toBe('2027-03-23T10:00:00Z');
    expect(result.booked[2]?.startUtc).toBe('2027-03-30T09:00:00Z');

    const reminders = await database.handle.db
      .selectFrom('outbox_messages')
      .select(['reference', 'send_after', 'text_body'])
      .where('reference', 'like', 'appointment:%:reminder:client')
      .execute();
    expect(reminders).toHaveLength(10);
    expect(reminders.every((r) => !/trigger|pain|treatment/i.test(r.text_body))).toBe(true);
  });

  it('checks all 52 visits of a year-long series, including working hours', async () => {
    const check = await call(
      app,
      f.sessions.ownerA,
      'POST',
      `${base()}/appointments/check`,
      booking('2027-01-05T17:30', 52),
    );
    const clashes = check.json<{ occurrences: unknown[]; clashes: { reason: string; localStart: string }[] }>();
    expect(clashes.occurrences).toHaveLength(52);
    // 17:30 + 45 minutes runs past 18:00 every week, and 28 December is a closed day.
    expect(clashes.clashes.filter((c) => c.reason === 'outside-working-hours')).toHaveLength(52);
    const within = await call(
      app,
      f.sessions.ownerA,
      'POST',
      `${base()}/appointments/check`,
      booking('2027-01-05T08:00', 52),
    );
    expect(within.json<{ clashes: { localStart: string }[] }>().clashes.map((c) => c.localStart)).toEqual([
      '2027-12-28T08:00',
    ]);
  });

  it('moves this visit, this and following, or the whole series, and cancels', async () => {
    const therapist = f.sessions.therapistA;
    const series = (
      await call(app, therapist, 'POST', `${base()}/appointments`, booking('2027-06-01T14:00', 6, { roomId: null }))
    ).json<Booking>();
    const [first, second, , fourth] = series.booked;
    const one = await call(app, therapist, 'PATCH', `${base()}/appointments/${second!.id}`, {
      scope: 'this',
      start: '2027-06-09T09:00',
    });
    expect(one.json<Appointment[]>().map((a) => a.localStart)).toEqual(['2027-06-09T09:00']);

    const following = await call(app, therapist, 'PATCH', `${base()}/appointments/${fourth!.id}`, {
      scope: 'following',
      start: '2027-06-22T15:00',
    });
    expect(following.statusCode, following.body).toBe(200);
    expect(following.json<Appointment[]>().map((a) => a.localStart)).toEqual([
      '2027-06-22T15:00',
      '2027-06-29T15:00',
      '2027-07-06T15:00',
    ]);
    const moved = following.json<Appointment[]>();
    expect(new Set(moved.map((a) => a.seriesId)).size).toBe(1);
    expect(moved[0]?.seriesId).not.toBe(series.seriesId);
    expect(moved.map((a) => a.occurrenceIndex)).toEqual([0, 1, 2]);

    const whole = await call(app, therapist, 'PATCH', `${base()}/appointments/${first!.id}`, {
      scope: 'series',
      start: '2027-06-01T13:00',
    });
    expect(whole.json<Appointment[]>().map((a) => a.localStart)).toEqual([
      '2027-06-01T13:00',
      '2027-06-09T08:00',
      '2027-06-15T13:00',
    ]);

    const cancelled = await call(app, therapist, 'POST', `${base()}/appointments/${moved[1]!.id}/cancel`, {
      scope: 'following',
    });
    expect(cancelled.json<Appointment[]>().map((a) => a.status)).toEqual(['cancelled', 'cancelled']);
    const left = (
      await call(app, therapist, 'GET', `${base()}/appointments?from=2027-06-01T00:00:00Z&to=2027-07-31T00:00:00Z`)
    ).json<Appointment[]>();
    expect(left.map((a) => a.localStart)).toEqual([
      '2027-06-01T13:00',
      '2027-06-09T08:00',
      '2027-06-15T13:00',
      '2027-06-22T15:00',
    ]);

    const clash = await call(app, therapist, 'PATCH', `${base()}/appointments/${first!.id}`, {
      scope: 'this',
      start: '2027-06-22T15:30',
    });
    expect(clash.statusCode).toBe(409);
  });

  it('publishes a feed with RRULE, time zone, exceptions and moved visits that a real parser reads as booked', async () => {
    const therapist = f.sessions.therapistA;
    const feed = await call(app, therapist, 'POST', `${base()}/therapists/${therapist.userId}/feed`);
    expect(feed.statusCode).toBe(201);
    const path = feed.json<{ path: string }>().path;
    const response = await app.inject({ method: 'GET', url: path });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/calendar');
    const ics = response.body;
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toMatch(/RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=10/);
    expect(ics).toMatch(/EXDATE;TZID=Europe\/London:20270413T100000/);
    expect(ics).toContain('RECURRENCE-ID');

    const expected = (await call(app, therapist, 'GET', `${base()}/appointments?therapistId=${therapist.userId}`))
      .json<Appointment[]>()
      .map((a) => a.localStart);
    expect(expandFeed(ics)).toEqual(expected.sort());

    const renewed = await call(app, therapist, 'POST', `${base()}/therapists/${therapist.userId}/feed`);
    expect((await app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    await call(app, therapist, 'DELETE', `${base()}/therapists/${therapist.userId}/feed`);
    expect((await app.inject({ method: 'GET', url: renewed.json<{ path: string }>().path })).statusCode).toBe(404);
  });

  it('keeps calendars apart and lets only the owner set up rooms and types', async () => {
    expect((await call(app, f.sessions.ownerB, 'GET', `${base()}/appointments`)).statusCode).toBe(404);
    expect((await call(app, f.sessions.clientA, 'GET', `${base()}/appointments`)).statusCode).toBe(403);
    expect((await call(app, f.sessions.therapistA, 'POST', `${base()}/rooms`, { name: 'Mine' })).statusCode).toBe(403);
    const foreign = await call(app, f.sessions.ownerB, 'POST', `/api/clinics/${f.clinicB}/appointments`, {
      clientId: f.clientA,
      therapistId: f.sessions.ownerB.userId,
      typeId,
      start: '2027-09-01T10:00',
    });
    expect(foreign.statusCode).toBe(404);
  });
});
