import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

interface Exported {
  appointments: { id: string; startUtc: string; status: string }[];
  homePrograms: { id: string; endedAt: string | null; logs: { doneOn: string; painAfter: number | null }[] }[];
  diary: { entry: { kind: string; pain?: number } }[];
  questionnaires: {
    schedules: { instrument: string }[];
    responses: { instrument: string; answers: unknown; score: { score?: number } }[];
  };
  notes: { status: string }[];
  retention: { retainedUntil: string | null; note: string | null };
}

const ZONE = 'Europe/London';
const day = (offset: number): string => DateTime.now().setZone(ZONE).plus({ days: offset }).toISODate()!;

const NOTE = {
  sessionDate: day(-3),
  subjective: 'Right temple headache most afternoons',
  drawing: { regions: [{ region: 'temple.right', intensity: 6, qualities: ['aching'] }] },
  treatedPoints: [],
  painBefore: 6,
  painAfter: 3,
  plan: 'Weekly for four weeks',
};

/** Every row a client has in the tables #9 and #10 added. */
const CLIENT_TABLES = [
  'appointments',
  'appointment_series',
  'home_programs',
  'home_program_logs',
  'outcome_entries',
  'questionnaire_schedules',
  'questionnaire_responses',
] as const;

describe.each(TEST_ENGINES)(
  'export and erasure of visits, home programs, diary and questionnaires on $engine',
  ({ create }) => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let f: PracticeFixture;
    let typeId: string;
    const clinic = (): string => `/api/clinics/${f.clinicA}`;
    const clientPath = (id: string): string => `${clinic()}/clients/${id}`;

    beforeAll(async () => {
      database = await create();
      await migrateToLatest(database.handle);
      app = await buildApp({ database: database.handle });
      f = await createPracticeFixture(app, database.handle);
      await call(app, f.sessions.ownerA, 'PATCH', clinic(), { timeZone: ZONE, reminderHours: 24 });
      typeId = (
        await call(app, f.sessions.ownerA, 'POST', `${clinic()}/appointment-types`, {
          name: 'Treatment',
          durationMinutes: 45,
        })
      ).json<{ id: string }>().id;
    });

    afterAll(async () => {
      await app.close();
      await database.drop();
    });

    /** Books a weekly pair (one visit already held, one to come), a home program and a scheduled questionnaire. */
    async function giveActivity(clientId: string, time: string): Promise<{ programId: string }> {
      const booked = await call(app, f.sessions.frontDeskA, 'POST', `${clinic()}/appointments`, {
        clientId,
        therapistId: f.sessions.therapistA.userId,
        typeId,
        start: `${day(-3)}T${time}`,
        repeat: { frequency: 'weekly', count: 2 },
      });
      expect(booked.statusCode, booked.body).toBe(201);
      const program = await call(app, f.sessions.therapistA, 'POST', `${clientPath(clientId)}/home-programs`, {
        title: 'Neck and temples',
        items: [{ kind: 'stretch', muscle: 'upper-trapezius', side: 'right' }],
        daysPerWeek: 7,
        weeks: 2,
        startDate: day(-2),
      });
      expect(program.statusCode, program.body).toBe(201);
      const scheduled = await call(
        app,
        f.sessions.therapistA,
        'POST',
        `${clientPath(clientId)}/questionnaires/schedules`,
        {
          instrument: 'nrs-pain',
          rule: { kind: 'every-visit' },
        },
      );
      expect(scheduled.statusCode, scheduled.body).toBe(201);
      return { programId: program.json<{ id: string }>().id };
    }

    async function rowsOf(clientId: string): Promise<Record<string, number>> {
      const counts: Record<string, number> = {};
      for (const table of CLIENT_TABLES) {
        const row = await database.handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('client_id', '=', clientId)
          .executeTakeFirstOrThrow();
        counts[table] = Number(row.n);
      }
      return counts;
    }

    it('puts visits, home programs with their logs, the diary and questionnaires in the JSON record', async () => {
      const { programId } = await giveActivity(f.clientA, '10:00');
      const portal = `/api/portal/records/${f.clientA}`;
      const client = f.sessions.clientA;
      expect(
        (
          await call(app, client, 'POST', `${portal}/home-programs/${programId}/logs`, {
            doneOn: day(-1),
            painAfter: 2,
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (await call(app, client, 'POST', `${portal}/outcomes`, { kind: 'diary', date: day(-1), pain: 4 })).statusCode,
      ).toBe(201);
      const answered = await call(app, client, 'POST', `${portal}/questionnaires/responses`, {
        instrument: 'nrs-pain',
        answers: { score: 5 },
        completedOn: day(-1),
      });
      expect(answered.statusCode, answered.body).toBe(201);

      const fromClinic = (
        await call(app, f.sessions.therapistA, 'GET', `${clientPath(f.clientA)}/export`)
      ).json<Exported>();
      const fromPortal = (await call(app, client, 'GET', `${portal}/export`)).json<Exported>();
      for (const exported of [fromClinic, fromPortal]) {
        expect(exported.appointments.map((a) => a.status)).toEqual(['booked', 'booked']);
        expect(exported.homePrograms).toHaveLength(1);
        expect(exported.homePrograms[0]?.logs).toEqual([expect.objectContaining({ doneOn: day(-1), painAfter: 2 })]);
        expect(exported.diary.map((d) => d.entry)).toEqual([expect.objectContaining({ kind: 'diary', pain: 4 })]);
        expect(exported.questionnaires.schedules.map((s) => s.instrument)).toEqual(['nrs-pain']);
        expect(exported.questionnaires.responses).toHaveLength(1);
        expect(exported.questionnaires.responses[0]).toMatchObject({
          instrument: 'nrs-pain',
          answers: { score: 5 },
          score: { score: 5 },
        });
      }
    });

    it('erases a treated client\u2019s diary, logs, schedules, future visits, feeds and mail, keeping the clinical record', async () => {
      const portal = `/api/portal/records/${f.clientA}`;
      const feed = await call(app, f.sessions.clientA, 'POST', `${portal}/feed`);
      const feedPath = feed.json<{ path: string }>().path;
      expect((await app.inject({ method: 'GET', url: feedPath })).statusCode).toBe(200);
      const signed = await call(app, f.sessions.therapistA, 'POST', `${clientPath(f.clientA)}/notes?sign=true`, NOTE);
      expect(signed.statusCode, signed.body).toBe(201);
      const pendingBefore = await database.handle.db
        .selectFrom('outbox_messages')
        .select('to_address')
        .where('status', '=', 'pending')
        .execute();
      expect(pendingBefore.map((m) => m.to_address)).toContain('clienta@example.org');

      // Mail queued for an earlier address is found by what it is about.
      const moved = await call(app, f.sessions.ownerA, 'PATCH', clientPath(f.clientA), {
        email: 'cleo.new@example.org',
      });
      expect(moved.statusCode, moved.body).toBe(200);
      const erased = await call(app, f.sessions.ownerA, 'POST', `${clientPath(f.clientA)}/erasure`);
      expect(erased.statusCode, erased.body).toBe(200);

      const kept = (await call(app, f.sessions.ownerA, 'GET', `${clientPath(f.clientA)}/export`)).json<Exported>();
      expect(kept.notes.map((n) => n.status)).toEqual(['signed']);
      // The visit held stays (when treatment took place); the one to come is cancelled.
      const [held, toCome] = kept.appointments;
      expect(held?.status).toBe('booked');
      expect(Date.parse(held!.startUtc)).toBeLessThan(Date.now());
      expect(toCome?.status).toBe('cancelled');
      expect(kept.homePrograms).toHaveLength(1);
      expect(kept.homePrograms[0]?.endedAt).not.toBeNull();
      expect(kept.homePrograms[0]?.logs).toEqual([]);
      expect(kept.diary).toEqual([]);
      expect(kept.questionnaires.schedules).toEqual([]);
      expect(kept.questionnaires.responses.map((r) => r.instrument)).toEqual(['nrs-pain']);
      expect(kept.retention.note).toMatch(/scored questionnaires/);

      expect((await app.inject({ method: 'GET', url: feedPath })).statusCode).toBe(404);
      const mail = await database.handle.db
        .selectFrom('outbox_messages')
        .select(['to_address', 'status', 'reference'])
        .execute();
      expect(mail.filter((m) => /clienta@|cleo\.new@/i.test(m.to_address))).toEqual([]);
      expect(mail.some((m) => m.to_address === 'erased@invalid')).toBe(true);
      const visitReminders = mail.filter((m) => m.reference.startsWith(`appointment:${toCome!.id}:`));
      expect(visitReminders.length).toBeGreaterThan(0);
      expect(visitReminders.every((m) => m.status === 'cancelled')).toBe(true);
      // Nothing more is added to an erased record.
      const schedule = await call(
        app,
        f.sessions.therapistA,
        'POST',
        `${clientPath(f.clientA)}/questionnaires/schedules`,
        {
          instrument: 'nrs-pain',
          rule: { kind: 'once' },
        },
      );
      expect(schedule.statusCode).toBe(409);
    });

    it('erases every visit, program, diary entry and questionnaire of a client never treated', async () => {
      const created = await call(app, f.sessions.ownerA, 'POST', `${clinic()}/clients`, {
        name: 'Nia Never',
        email: 'nia@example.org',
      });
      const clientId = created.json<{ id: string }>().id;
      await giveActivity(clientId, '14:00');
      const recorded = await call(
        app,
        f.sessions.therapistA,
        'POST',
        `${clientPath(clientId)}/questionnaires/responses`,
        {
          instrument: 'nrs-pain',
          answers: { score: 7 },
          completedOn: day(-3),
        },
      );
      expect(recorded.statusCode, recorded.body).toBe(201);
      const before = await rowsOf(clientId);
      expect(before).toMatchObject({
        appointments: 2,
        appointment_series: 1,
        home_programs: 1,
        questionnaire_schedules: 1,
      });
      expect(before.questionnaire_responses).toBe(1);

      expect((await call(app, f.sessions.ownerA, 'POST', `${clientPath(clientId)}/erasure`)).statusCode).toBe(200);
      expect(Object.values(await rowsOf(clientId)).every((n) => n === 0)).toBe(true);
      const mail = await database.handle.db
        .selectFrom('outbox_messages')
        .select('to_address')
        .where('to_address', '=', 'nia@example.org')
        .execute();
      expect(mail).toEqual([]);
    });
  },
);
