/**
 * An outbox worker for the crash test (outbox-crash.test.ts), run in a child process that the test kills.
 * It sends one round against the test's database and SMTP server and, told so by MYOMAP_OUTBOX_PAUSE,
 * stops at a chosen point and hangs there, announcing it on stdout:
 *   after-claim  — the message is claimed (leased) but not yet handed to SMTP   → "claimed <id>"
 *   after-send   — the SMTP server accepted it but it is not yet marked sent    → "sent <id>"
 * Environment: the TestDatabase env (MYOMAP_DATA_DIR or DATABASE_URL), SMTP_URL, SMTP_TLS, MYOMAP_OUTBOX_LEASE_MS.
 */
import { openDatabase } from '../../db/connection.ts';
import { OutboxWorker } from '../outbox-worker.ts';
import type { OutboxMessage } from '../outbox.repository.ts';

const env = process.env;
const pause = env.MYOMAP_OUTBOX_PAUSE;
const smtpUrl = env.SMTP_URL;
if (!smtpUrl) throw new Error('SMTP_URL is required');

const hang = async (line: string): Promise<never> => {
  process.stdout.write(`${line}\n`);
  // Keep the process alive until the test kills it.
  setInterval(() => {}, 60_000);
  return new Promise<never>(() => {});
};

const database = openDatabase({ dataDir: env.MYOMAP_DATA_DIR ?? '', databaseUrl: env.DATABASE_URL || undefined });
const worker = new OutboxWorker({
  db: database.db,
  smtpUrl,
  from: 'Myomap <no-reply@localhost>',
  requireTls: env.SMTP_TLS !== 'off',
  leaseMs: Number(env.MYOMAP_OUTBOX_LEASE_MS ?? 60_000),
  smtpTimeoutMs: 5_000,
  hooks: {
    afterClaim: async (message: OutboxMessage) => {
      if (pause === 'after-claim') await hang(`claimed ${message.id}`);
    },
    afterSend: async (message: OutboxMessage) => {
      if (pause === 'after-send') await hang(`sent ${message.id}`);
    },
  },
});
const round = await worker.runOnce();
process.stdout.write(`done ${JSON.stringify(round)}\n`);
await worker.stop();
await database.close();
