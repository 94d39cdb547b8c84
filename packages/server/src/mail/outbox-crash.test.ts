import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrator.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { OutboxWorker } from './outbox-worker.ts';
import { OutboxRepository, type OutboxMessage } from './outbox.repository.ts';
import { TestSmtpServer } from './test/smtp-test-server.ts';

const CRASH_WORKER = fileURLToPath(new URL('./test/outbox-crash-worker.ts', import.meta.url));
const SERVER_PACKAGE = fileURLToPath(new URL('../..', import.meta.url));
/** Short, so the test waits for a real lease to run out. */
const LEASE_MS = 1000;

interface Crashable {
  child: ChildProcess;
  /** The first line the worker announces ("claimed <id>", "sent <id>" or "done …"). */
  announced: Promise<string>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** Runs a worker in a child process (through tsx) against the test's database and SMTP server. */
function startWorkerProcess(env: Record<string, string>): Crashable {
  const child = spawn(process.execPath, ['--import', 'tsx', CRASH_WORKER], {
    cwd: SERVER_PACKAGE,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let stdout = '';
  let stderr = '';
  const announced = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => /^(claimed|sent|done) /.test(l));
      if (line) resolve(line);
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code, signal) =>
      reject(new Error(`the worker process ended (${code ?? signal}) without a word:\n${stdout}\n${stderr}`)),
    );
  });
  return { child, announced, exited };
}

async function kill(process: Crashable): Promise<void> {
  process.child.kill('SIGKILL');
  await process.exited;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(TEST_ENGINES)('email outbox surviving a killed sender on $engine', ({ create }) => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let clinicId: string;
  let running: Crashable | undefined;
  let worker: OutboxWorker | undefined;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    clinicId = (await new ClinicRepository(database.handle.db).create('Northside Physio')).id;
    smtp = await TestSmtpServer.start();
  });

  afterAll(async () => {
    await smtp.stop();
    await database.drop();
  });

  beforeEach(async () => {
    await database.handle.db.deleteFrom('outbox_messages').execute();
    smtp.received.length = 0;
  });

  afterEach(async () => {
    if (running) await kill(running);
    running = undefined;
    await worker?.stop();
    worker = undefined;
  });

  const outbox = (): OutboxRepository => new OutboxRepository(database.handle.db);
  const row = async (id: string): Promise<OutboxMessage> => (await outbox().find(clinicId, id))!;
  const enqueue = (reference: string, sendAfter: Date): Promise<OutboxMessage> =>
    outbox().enqueue({
      clinicId,
      reference,
      to: 'cleo@example.org',
      subject: `Reminder ${reference}`,
      text: 'See you tomorrow at 10:00.',
      sendAfter,
    });
  const crashAt = async (pause: 'after-claim' | 'after-send'): Promise<string> => {
    running = startWorkerProcess({
      ...database.env,
      SMTP_URL: smtp.url,
      SMTP_TLS: 'off',
      MYOMAP_OUTBOX_PAUSE: pause,
      MYOMAP_OUTBOX_LEASE_MS: String(LEASE_MS),
      LOG_LEVEL: 'warn',
    });
    const line = await running.announced;
    await kill(running);
    return line;
  };
  /** Waits (for real) until the lease of a claimed message has run out. */
  const leaseExpiry = async (id: string): Promise<void> => {
    const until = (await row(id)).claimed_until;
    expect(until).not.toBeNull();
    await sleep(Math.max(0, Date.parse(until!) - Date.now() + 50));
  };
  const freshWorker = (): OutboxWorker => {
    worker = new OutboxWorker({
      db: database.handle.db,
      smtpUrl: smtp.url,
      from: 'Myomap <no-reply@localhost>',
      requireTls: false,
    });
    return worker;
  };

  it('killed between claiming and sending: nothing lost, nothing sent twice, the original Message-ID kept', async () => {
    const now = Date.now();
    const first = await enqueue('appointment:c1:reminder:client', new Date(now - 2000));
    const second = await enqueue('appointment:c2:reminder:client', new Date(now - 1000));

    expect(await crashAt('after-claim')).toBe(`claimed ${first.id}`);
    expect(smtp.received).toHaveLength(0);
    const claimed = await row(first.id);
    expect(claimed).toMatchObject({ status: 'sending', attempts: 1 });
    expect(await row(second.id)).toMatchObject({ status: 'pending', attempts: 0 });

    // A restarted sender while the dead one's lease still runs: the untouched message goes, the claimed one waits.
    const w = freshWorker();
    expect(await w.runOnce(new Date(Date.parse(claimed.claimed_until!) - 1))).toEqual({ sent: 1, failed: 0 });
    expect(smtp.received.map((m) => m.messageId)).toEqual([second.idempotency_key]);

    // Once the lease has run out, the claimed message is sent: once, with its original key.
    await leaseExpiry(first.id);
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.withMessageId(first.idempotency_key)).toHaveLength(1);
    expect(smtp.withMessageId(second.idempotency_key)).toHaveLength(1);
    expect(smtp.received).toHaveLength(2);
    expect(await row(first.id)).toMatchObject({ status: 'sent', attempts: 2, claimed_until: null });
    expect(await row(second.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('killed after sending but before marking sent: re-sent once, with the SAME Message-ID (at-least-once)', async () => {
    const message = await enqueue('appointment:c3:reminder:client', new Date(Date.now() - 1000));

    expect(await crashAt('after-send')).toBe(`sent ${message.id}`);
    expect(smtp.withMessageId(message.idempotency_key)).toHaveLength(1);
    expect(await row(message.id)).toMatchObject({ status: 'sending', attempts: 1 });

    await leaseExpiry(message.id);
    const w = freshWorker();
    expect(await w.runOnce()).toEqual({ sent: 1, failed: 0 });
    expect(await w.runOnce()).toEqual({ sent: 0, failed: 0 });

    // Exactly two copies, one Message-ID: the receiver can tell the second is a duplicate and drop it.
    expect(smtp.received).toHaveLength(2);
    const [original, resent] = smtp.received;
    expect(original!.messageId).toBe(message.idempotency_key);
    expect(resent!.messageId).toBe(message.idempotency_key);
    expect(resent!.reference).toBe(original!.reference);
    expect(resent!.subject).toBe(original!.subject);
    expect(await row(message.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a worker process left alone sends everything and exits', async () => {
    const message = await enqueue('appointment:c4:reminder:client', new Date(Date.now() - 1000));
    running = startWorkerProcess({ ...database.env, SMTP_URL: smtp.url, SMTP_TLS: 'off' });
    expect(await running.announced).toBe('done {"sent":1,"failed":0}');
    expect(await running.exited).toBe(0);
    expect(smtp.withMessageId(message.idempotency_key)).toHaveLength(1);
    expect((await row(message.id)).status).toBe('sent');
  });
});
