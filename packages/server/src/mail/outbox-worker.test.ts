import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrator.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { OutboxWorker, type OutboxWorkerOptions } from './outbox-worker.ts';
import { OutboxRepository, retryDelayMs, type NewOutboxMessage } from './outbox.repository.ts';
import { TestSmtpServer } from './test/smtp-test-server.ts';

const MINUTE = 60_000;
const at = (base: Date, ms: number): Date => new Date(base.getTime() + ms);

describe('retry back-off', () => {
  it('doubles from one minute and stops growing at six hours', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => retryDelayMs(n) / MINUTE)).toEqual([
      1, 2, 4, 8, 16, 32, 64, 128, 256, 360,
    ]);
  });
});

describe.each(TEST_ENGINES)('email outbox on $engine', ({ create }) => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let clinicId: string;
  let otherClinicId: string;
  const workers: OutboxWorker[] = [];

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    clinicId = (await new ClinicRepository(database.handle.db).create('Northside Physio')).id;
    otherClinicId = (await new ClinicRepository(database.handle.db).create('Southside Massage')).id;
    smtp = await TestSmtpServer.start();
  });

  afterAll(async () => {
    await smtp.stop();
    await database.drop();
  });

  beforeEach(async () => {
    await database.handle.db.deleteFrom('outbox_messages').execute();
    smtp.received.length = 0;
    smtp.rejectRecipients = undefined;
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((w) => w.stop()));
  });

  const outbox = (): OutboxRepository => new OutboxRepository(database.handle.db);
  const worker = (options: Partial<OutboxWorkerOptions> = {}): OutboxWorker => {
    const w = new OutboxWorker({
      db: database.handle.db,
      smtpUrl: smtp.url,
      from: 'Northside Physio <reminders@northside.example>',
      smtpTimeoutMs: 5_000,
      // The test server speaks plain SMTP on the loopback (SMTP_TLS=off); one test checks the default.
      requireTls: false,
      ...options,
    });
    workers.push(w);
    return w;
  };
  const message = (overrides: Partial<NewOutboxMessage> = {}): NewOutboxMessage => ({
    clinicId,
    reference: 'appointment:a1:reminder:client',
    to: 'cleo@example.org',
    subject: 'Your visit tomorrow at 10:00',
    text: 'See you tomorrow at 10:00 at Northside Physio.',
    ...overrides,
  });
  const row = async (id: string) => (await outbox().find(clinicId, id))!;

  it('delivers a due message exactly once, with its idempotency key as Message-ID; a later one waits', async () => {
    const now = new Date();
    const due = await outbox().enqueue(
      message({ html: '<p>See you tomorrow at <b>10:00</b>.</p>', sendAfter: at(now, -1000) }),
      now,
    );
    const later = await outbox().enqueue(
      message({ reference: 'appointment:a2:reminder:client', sendAfter: at(now, 60 * MINUTE) }),
      now,
    );
    expect(due.idempotency_key).toMatch(/^[0-9a-f-]{36}@myomap$/);

    const w = worker();
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail).toMatchObject({
      messageId: due.idempotency_key,
      reference: 'appointment:a1:reminder:client',
      subject: 'Your visit tomorrow at 10:00',
      envelopeFrom: 'reminders@northside.example',
      envelopeTo: ['cleo@example.org'],
    });
    expect(mail.raw).toContain('text/html');
    expect(mail.raw).toContain('See you tomorrow at 10:00 at Northside Physio.');
    expect(await row(due.id)).toMatchObject({ status: 'sent', attempts: 1, last_error: null, claimed_until: null });
    expect((await row(due.id)).sent_at).not.toBeNull();
    expect(await row(later.id)).toMatchObject({ status: 'pending', attempts: 0, sent_at: null });

    // Its time comes: sent, once.
    expect(await w.runOnce(at(now, 60 * MINUTE + 1000))).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.messageId)).toEqual([due.idempotency_key, later.idempotency_key]);
  });

  it('counts a refused delivery, keeps the SMTP error (never the body), backs off, and delivers once accepted', async () => {
    smtp.rejectRecipients = 'Mailbox unavailable';
    const t0 = new Date();
    const queued = await outbox().enqueue(message({ text: 'Private body text' }), t0);
    const w = worker({ retry: { baseDelayMs: MINUTE } });

    expect(await w.runOnce(t0)).toEqual({ sent: 0, failed: 1 });
    let state = await row(queued.id);
    expect(state).toMatchObject({ status: 'pending', attempts: 1, claimed_until: null });
    expect(state.last_error).toMatch(/550/);
    expect(state.last_error).toContain('Mailbox unavailable');
    expect(state.last_error).not.toContain('Private body text');
    expect(state.send_after).toBe(at(t0, MINUTE).toISOString());

    // Not before the back-off has passed.
    expect(await w.runOnce(at(t0, 30_000))).toEqual({ sent: 0, failed: 0 });
    // Second failure: the wait doubles.
    const t1 = at(t0, MINUTE);
    expect(await w.runOnce(t1)).toEqual({ sent: 0, failed: 1 });
    state = await row(queued.id);
    expect(state).toMatchObject({ status: 'pending', attempts: 2 });
    expect(state.send_after).toBe(at(t1, 2 * MINUTE).toISOString());
    expect(smtp.received).toHaveLength(0);

    // The server accepts again: delivered once, on the third attempt.
    smtp.rejectRecipients = undefined;
    expect(await w.runOnce(at(t1, 2 * MINUTE - 1))).toEqual({ sent: 0, failed: 0 });
    expect(await w.runOnce(at(t1, 2 * MINUTE))).toEqual({ sent: 1, failed: 0 });
    expect(smtp.withMessageId(queued.idempotency_key)).toHaveLength(1);
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
  });

  it('gives up after the last attempt and marks the message failed', async () => {
    smtp.rejectRecipients = 'No such user';
    const t0 = new Date();
    const queued = await outbox().enqueue(message(), t0);
    const w = worker({ retry: { baseDelayMs: 1000, maxAttempts: 3 } });
    let now = t0;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      expect(await w.runOnce(now)).toEqual({ sent: 0, failed: 1 });
      now = at(now, 10 * MINUTE);
    }
    const state = await row(queued.id);
    expect(state).toMatchObject({ status: 'failed', attempts: 3 });
    expect(state.last_error).toContain('No such user');
    smtp.rejectRecipients = undefined;
    expect(await w.runOnce(at(now, 24 * 60 * MINUTE))).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(0);
  });

  it('requires TLS by default: a server without STARTTLS gets nothing, the message waits for a retry', async () => {
    const t0 = new Date();
    const queued = await outbox().enqueue(message(), t0);
    expect(await worker({ requireTls: undefined }).runOnce(t0)).toEqual({ sent: 0, failed: 1 });
    expect(smtp.received).toHaveLength(0);
    expect(await row(queued.id)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('counts an SMTP server that is down as a failed attempt; the next sender delivers it', async () => {
    const gone = await TestSmtpServer.start();
    const deadUrl = gone.url;
    await gone.stop();
    const t0 = new Date();
    const queued = await outbox().enqueue(message(), t0);

    expect(await worker({ smtpUrl: deadUrl }).runOnce(t0)).toEqual({ sent: 0, failed: 1 });
    const state = await row(queued.id);
    expect(state).toMatchObject({ status: 'pending', attempts: 1 });
    expect(state.last_error).toMatch(/ECONNREFUSED/);

    // After a restart with a working server, the message is still there and goes out.
    expect(await worker().runOnce(at(t0, MINUTE))).toEqual({ sent: 1, failed: 0 });
    expect(smtp.withMessageId(queued.idempotency_key)).toHaveLength(1);
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('cancels the unsent messages of a reference, in its own clinic only', async () => {
    const now = new Date();
    const reference = 'appointment:moved:reminder:client';
    const soon = await outbox().enqueue(message({ reference }), now);
    const later = await outbox().enqueue(message({ reference, sendAfter: at(now, 60 * MINUTE) }), now);
    const other = await outbox().enqueue(message({ reference: 'appointment:kept:reminder:client' }), now);
    const elsewhere = await outbox().enqueue(message({ clinicId: otherClinicId, reference }), now);

    expect(await outbox().cancel(clinicId, reference, now)).toBe(2);
    expect(await outbox().cancel(clinicId, reference, now)).toBe(0);

    expect(await worker().runOnce(at(now, 2 * 60 * MINUTE))).toEqual({ sent: 2, failed: 0 });
    expect(smtp.received.map((m) => m.messageId).sort()).toEqual(
      [other.idempotency_key, elsewhere.idempotency_key].sort(),
    );
    expect((await row(soon.id)).status).toBe('cancelled');
    expect((await row(later.id)).status).toBe('cancelled');
    expect(await outbox().listByReference(otherClinicId, reference)).toMatchObject([{ status: 'sent' }]);
  });

  it('never lets two workers send the same message', async () => {
    const now = new Date();
    const keys = new Set<string>();
    for (let i = 0; i < 12; i += 1) {
      keys.add(
        (await outbox().enqueue(message({ reference: `appointment:p${i}:reminder:client` }), now)).idempotency_key,
      );
    }
    const [a, b] = await Promise.all([worker().runOnce(), worker().runOnce()]);
    // Whatever one worker lost in a race, the next round picks up.
    const rest = await worker().runOnce();
    expect(a.sent + b.sent + rest.sent).toBe(12);
    expect(smtp.received).toHaveLength(12);
    expect(new Set(smtp.received.map((m) => m.messageId))).toEqual(keys);
  });

  it('splits concurrent claims over the same due messages without overlap', async () => {
    const now = new Date();
    for (let i = 0; i < 12; i += 1) await outbox().enqueue(message({ reference: `appointment:r${i}` }), now);
    // Both read the same candidates; each conditional UPDATE lets only one of them win a message.
    const claims = await Promise.all(
      [1, 2, 3].map(() => outbox().claimDue(at(now, 1), { leaseMs: MINUTE, limit: 12 })),
    );
    const ids = claims.flat().map((m) => m.id);
    expect(ids).toHaveLength(12);
    expect(new Set(ids).size).toBe(12);
  });

  it('claims a message for one sender at a time; only the current lease holder settles it', async () => {
    const now = new Date();
    const queued = await outbox().enqueue(message(), now);
    const [first] = await outbox().claimDue(now, { leaseMs: MINUTE, limit: 5 });
    expect(first).toMatchObject({ id: queued.id, status: 'sending', attempts: 1 });
    // While the lease runs nobody else gets it.
    expect(await outbox().claimDue(at(now, MINUTE - 1), { leaseMs: MINUTE, limit: 5 })).toEqual([]);
    // Once it has run out the sender is taken for crashed, and the message is claimed again.
    const [second] = await outbox().claimDue(at(now, MINUTE + 1), { leaseMs: MINUTE, limit: 5 });
    expect(second).toMatchObject({ id: queued.id, attempts: 2, idempotency_key: queued.idempotency_key });
    expect(await outbox().markSent(first!, at(now, MINUTE + 2))).toBe(false);
    expect(await outbox().markFailed(first!, 'late failure', at(now, MINUTE + 2))).toBeUndefined();
    expect(await outbox().markSent(second!, at(now, MINUTE + 3))).toBe(true);
    expect(await row(queued.id)).toMatchObject({ status: 'sent', last_error: null });
  });

  it('gives up on a message whose senders keep dying once the attempts are used up', async () => {
    const now = new Date();
    const queued = await outbox().enqueue(message(), now);
    let time = now;
    for (let i = 0; i < 2; i += 1) {
      expect(await outbox().claimDue(time, { leaseMs: MINUTE, limit: 1, maxAttempts: 2 })).toHaveLength(1);
      time = at(time, MINUTE + 1);
    }
    expect(await outbox().claimDue(time, { leaseMs: MINUTE, limit: 1, maxAttempts: 2 })).toEqual([]);
    const state = await row(queued.id);
    expect(state).toMatchObject({ status: 'failed', attempts: 2 });
    expect(state.last_error).toContain('stopped during delivery');
  });

  it('stop() lets the message being sent finish', async () => {
    const queued = await outbox().enqueue(message());
    let claimed!: () => void;
    const inFlight = new Promise<void>((resolve) => (claimed = resolve));
    const w = worker({
      pollIntervalMs: 60_000,
      hooks: {
        afterClaim: async () => {
          claimed();
          await new Promise((resolve) => setTimeout(resolve, 150));
        },
      },
    });
    w.start();
    await inFlight;
    await w.stop();
    expect(smtp.withMessageId(queued.idempotency_key)).toHaveLength(1);
    expect((await row(queued.id)).status).toBe('sent');
  });
});
