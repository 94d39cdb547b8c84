import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { OutboxRepository } from '../mail/outbox.repository.ts';
import { OutboxService, type OutboxEntry } from '../services/outbox.service.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

describe.each(TEST_ENGINES)('clinic email outbox API on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);

    const outbox = new OutboxService(database.handle.db);
    // Newest first goes by created_at (milliseconds): keep the messages apart in time.
    const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));
    const mail = (reference: string, sendAfter: string) => ({
      reference,
      to: 'clienta@example.org',
      subject: `Reminder ${reference}`,
      text: 'Health details the list must not show',
      sendAfter,
    });
    const sent = await outbox.enqueue(f.clinicA, mail('appointment:1:reminder:client', '2026-11-20T09:00:00.000Z'));
    const repository = new OutboxRepository(database.handle.db);
    const [claimed] = await repository.claimDue(new Date('2026-11-20T09:00:00.000Z'), { leaseMs: 60_000, limit: 1 });
    expect(claimed?.id).toBe(sent.id);
    await repository.markFailed(claimed!, '550 5.1.1 Mailbox unavailable', new Date('2026-11-20T09:00:01.000Z'));
    await tick();
    await outbox.enqueue(f.clinicA, mail('appointment:2:reminder:client', '2030-01-01T09:00:00.000Z'));
    await tick();
    await outbox.enqueue(f.clinicA, mail('appointment:3:reminder:client', '2030-01-02T09:00:00.000Z'));
    expect(await outbox.cancel(f.clinicA, 'appointment:3:reminder:client')).toBe(1);
    await outbox.enqueue(f.clinicB, mail('appointment:9:reminder:client', '2030-01-01T09:00:00.000Z'));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const url = (clinicId: string, query = ''): string => `/api/clinics/${clinicId}/outbox${query}`;
  const auditRows = async (outcome: 'success' | 'denied'): Promise<number> =>
    (
      await database.handle.db
        .selectFrom('audit_events')
        .select('id')
        .where('action', '=', 'outbox.read')
        .where('outcome', '=', outcome)
        .execute()
    ).length;

  it('shows the owner the clinic’s deliveries, newest first, with failures and their errors', async () => {
    const before = await auditRows('success');
    const response = await call(app, f.sessions.ownerA, 'GET', url(f.clinicA));
    expect(response.statusCode).toBe(200);
    const entries = response.json<OutboxEntry[]>();
    expect(entries.map((e) => [e.reference, e.status])).toEqual([
      ['appointment:3:reminder:client', 'cancelled'],
      ['appointment:2:reminder:client', 'pending'],
      ['appointment:1:reminder:client', 'pending'],
    ]);
    expect(entries[2]).toMatchObject({
      to: 'clienta@example.org',
      subject: 'Reminder appointment:1:reminder:client',
      attempts: 1,
      lastError: '550 5.1.1 Mailbox unavailable',
      sendAfter: '2026-11-20T09:01:01.000Z',
      sentAt: null,
    });
    // The delivery list never carries the message itself.
    expect(response.body).not.toContain('Health details');
    expect(await auditRows('success')).toBe(before + 1);
  });

  it('filters by status', async () => {
    const response = await call(app, f.sessions.ownerA, 'GET', url(f.clinicA, '?status=cancelled'));
    expect(response.json<OutboxEntry[]>().map((e) => e.reference)).toEqual(['appointment:3:reminder:client']);
    const bad = await call(app, f.sessions.ownerA, 'GET', url(f.clinicA, '?status=lost'));
    expect(bad.statusCode).toBe(400);
  });

  it('refuses other roles (403) and answers another clinic as missing (404), each logged', async () => {
    const before = await auditRows('denied');
    expect((await call(app, f.sessions.therapistA, 'GET', url(f.clinicA))).statusCode).toBe(403);
    expect((await call(app, f.sessions.frontDeskA, 'GET', url(f.clinicA))).statusCode).toBe(403);
    expect((await call(app, f.sessions.ownerB, 'GET', url(f.clinicA))).statusCode).toBe(404);
    expect((await call(app, null, 'GET', url(f.clinicA))).statusCode).toBe(401);
    expect(await auditRows('denied')).toBe(before + 3);
    // Clinic B's owner sees only clinic B's message.
    const own = await call(app, f.sessions.ownerB, 'GET', url(f.clinicB));
    expect(own.json<OutboxEntry[]>().map((e) => e.reference)).toEqual(['appointment:9:reminder:client']);
  });
});
