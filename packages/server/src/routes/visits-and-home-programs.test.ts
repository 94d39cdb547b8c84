import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { OutboxWorker } from '../mail/outbox-worker.ts';
import { TestSmtpServer } from '../mail/test/smtp-test-server.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

interface Visit {
  id: string;
  localStart: string;
  status: string;
}
interface Program {
  id: string;
  adherence: { due: number; done: number; painBefore: number | null; painAfter: number | null; dueToday: boolean };
  logs: unknown[];
}

const ZONE = 'Europe/London';
const local = (days: number, time: string): string =>
  `${DateTime.now().setZone(ZONE).plus({ days }).toISODate()}T${time}`;

describe.each(TEST_ENGINES)('portal visits, reminders and home programs on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let smtp: TestSmtpServer;
  let typeId: string;
  const clinic = () => `/api/clinics/${f.clinicA}`;
  const portal = () => `/api/portal/records/${f.clientA}`;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
    smtp = await TestSmtpServer.start();
    await call(app, f.sessions.ownerA, 'PATCH', clinic(), { timeZone: ZONE, reminderHours: 24, clientChangeHours: 24 });
    typeId = (
      await call(app, f.sessions.ownerA, 'POST', `${clinic()}/appointment-types`, {
        name: 'Treatment',
        durationMinutes: 60,
      })
    ).json<{ id: string }>().id;
  });

  afterAll(async () => {
    await smtp.stop();
    await app.close();
    await database.drop();
  });

  it('sends both the client and the therapist a reminder through SMTP, once, a day before the visit', async () => {
    const booked = await call(app, f.sessions.frontDeskA, 'POST', `${clinic()}/appointments`, {
      clientId: f.clientA,
      therapistId: f.sessions.therapistA.userId,
      typeId,
      start: local(3, '10:00'),
    });
    expect(booked.statusCode).toBe(201);
    const worker = new OutboxWorker({
      db: database.handle.db,
      smtpUrl: smtp.url,
      from: 'Myomap <no-reply@test.example>',
      requireTls: false,
    });
    const startUtc = booked.json<{ booked: { startUtc: string }[] }>().booked[0]!.startUtc;
    await worker.runOnce(new Date(Date.parse(startUtc) - 25 * 3_600_000));
    expect(smtp.received).toHaveLength(0);
    await worker.runOnce(new Date(Date.parse(startUtc) - 23 * 3_600_000));
    await worker.runOnce(new Date(Date.parse(startUtc) - 22 * 3_600_000));
    expect(smtp.received.map((m) => m.envelopeTo[0]).sort()).toEqual(['clienta@example.org', 'therapista@example.org']);
    expect(smtp.received.every((m) => /Reminder: (your )?visit on/.test(m.subject ?? ''))).toBe(true);
  });

  it('lets a client see, request, move and cancel visits within the clinic\u2019s notice rule', async () => {
    const client = f.sessions.clientA;
    const requested = await call(app, client, 'POST', `${portal()}/visits`, { typeId, start: local(10, '11:00') });
    expect(requested.statusCode).toBe(201);
    const visits = (await call(app, client, 'GET', `${portal()}/visits`)).json<{
      upcoming: Visit[];
      rules: { clientChangeHours: number };
    }>();
    expect(visits.rules.clientChangeHours).toBe(24);
    const request = visits.upcoming.find((v) => v.status === 'requested');
    expect(request?.localStart).toBe(local(10, '11:00'));

    // The clinic confirms it; the client then moves it and later cancels it.
    await call(app, f.sessions.frontDeskA, 'PATCH', `${clinic()}/appointments/${request!.id}`, {
      scope: 'this',
      confirm: true,
    });
    const moved = await call(app, client, 'PATCH', `${portal()}/visits/${request!.id}`, { start: local(11, '15:00') });
    expect(moved.statusCode).toBe(200);
    expect(moved.json<Visit[]>()[0]).toMatchObject({ localStart: local(11, '15:00'), status: 'booked' });
    const tooSoon = await call(app, client, 'PATCH', `${portal()}/visits/${request!.id}`, { start: local(0, '23:00') });
    expect(tooSoon.statusCode).toBe(409);
    expect(
      (await call(app, client, 'POST', `${portal()}/visits/${request!.id}/cancel`)).json<Visit[]>()[0]?.status,
    ).toBe('cancelled');

    const soon = await call(app, f.sessions.frontDeskA, 'POST', `${clinic()}/appointments`, {
      clientId: f.clientA,
      therapistId: f.sessions.therapistA.userId,
      typeId,
      start: DateTime.now().setZone(ZONE).plus({ hours: 5 }).toFormat("yyyy-LL-dd'T'HH:mm"),
    });
    const soonId = soon.json<{ booked: Visit[] }>().booked[0]!.id;
    expect((await call(app, client, 'POST', `${portal()}/visits/${soonId}/cancel`)).statusCode).toBe(409);
    expect((await call(app, f.sessions.ownerB, 'POST', `${portal()}/visits/${soonId}/cancel`)).statusCode).toBe(404);

    const feed = await call(app, client, 'POST', `${portal()}/feed`);
    const ics = await app.inject({ method: 'GET', url: feed.json<{ path: string }>().path });
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain('Treatment at Northside Physio');
  });

  it('shows the therapist adherence after the client logs two routines of a home program', async () => {
    const start = DateTime.now().setZone(ZONE).minus({ days: 7 }).toISODate()!;
    const created = await call(app, f.sessions.therapistA, 'POST', `${clinic()}/clients/${f.clientA}/home-programs`, {
      title: 'Neck and temples',
      items: [
        { kind: 'trigger-point', triggerPoint: 'upper-trapezius.tp1', side: 'right' },
        { kind: 'stretch', muscle: 'upper-trapezius', side: 'right' },
      ],
      daysPerWeek: 7,
      weeks: 4,
      startDate: start,
    });
    expect(created.statusCode).toBe(201);
    const programId = created.json<Program>().id;
    expect(
      (await call(app, f.sessions.frontDeskA, 'GET', `${clinic()}/clients/${f.clientA}/home-programs`)).statusCode,
    ).toBe(403);

    const client = f.sessions.clientA;
    const today = DateTime.now().setZone(ZONE).toISODate()!;
    const yesterday = DateTime.now().setZone(ZONE).minus({ days: 1 }).toISODate()!;
    await call(app, client, 'POST', `${portal()}/home-programs/${programId}/logs`, {
      doneOn: yesterday,
      painBefore: 6,
      painAfter: 3,
    });
    await call(app, client, 'POST', `${portal()}/home-programs/${programId}/logs`, {
      doneOn: today,
      painBefore: 5,
      painAfter: 2,
    });
    const future = await call(app, client, 'POST', `${portal()}/home-programs/${programId}/logs`, {
      doneOn: DateTime.now().setZone(ZONE).plus({ days: 2 }).toISODate(),
    });
    expect(future.statusCode).toBe(400);

    const seen = (await call(app, f.sessions.therapistA, 'GET', `${clinic()}/clients/${f.clientA}/home-programs`)).json<
      Program[]
    >();
    expect(seen[0]?.adherence).toMatchObject({ due: 8, done: 2, painBefore: 5.5, painAfter: 2.5 });
    expect(seen[0]?.logs).toHaveLength(2);
    // Reminders wait in the outbox for each future due day, and today's was dropped once logged.
    const reminders = await database.handle.db
      .selectFrom('outbox_messages')
      .select(['reference', 'status'])
      .where('reference', 'like', `home-program:${programId}:%`)
      .execute();
    expect(reminders.find((r) => r.reference.endsWith(today))?.status ?? 'cancelled').toBe('cancelled');
    expect(reminders.filter((r) => r.status === 'pending').length).toBeGreaterThanOrEqual(19);
  });
});
