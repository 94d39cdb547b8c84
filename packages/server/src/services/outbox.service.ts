import type { Kysely } from 'kysely';
import type { Database, OutboxStatus } from '../db/schema.ts';
import { OutboxRepository, type NewOutboxMessage, type OutboxMessage } from '../mail/outbox.repository.ts';
import { ClinicAccess, type Actor } from './clinic-access.ts';

/** A clinic message as the owner sees it in the delivery list (never the body). */
export interface OutboxEntry {
  id: string;
  to: string;
  subject: string;
  reference: string;
  status: OutboxStatus;
  attempts: number;
  lastError: string | null;
  sendAfter: string;
  sentAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A message for a clinic's outbox: everything but where it belongs. */
export type ClinicMail = Omit<NewOutboxMessage, 'clinicId'>;

function entryOf(row: OutboxMessage): OutboxEntry {
  return {
    id: row.id,
    to: row.to_address,
    subject: row.subject,
    reference: row.reference,
    status: row.status,
    attempts: row.attempts,
    lastError: row.last_error,
    sendAfter: row.send_after,
    sentAt: row.sent_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Email that leaves later: callers put messages in the outbox (ideally in the same transaction as the
 * change they are about, by passing it as `db`), and the outbox worker sends them. Nothing here talks
 * to SMTP, so enqueueing works whether or not email is configured.
 */
export class OutboxService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  /** Queues a message of the clinic, to be sent at `sendAfter` (default now). */
  enqueue(clinicId: string, message: ClinicMail, db: Kysely<Database> = this.db): Promise<OutboxMessage> {
    return new OutboxRepository(db).enqueue({ ...message, clinicId });
  }

  /** Cancels the clinic's unsent messages about `reference` (e.g. a visit moved or cancelled); returns how many. */
  cancel(clinicId: string, reference: string, db: Kysely<Database> = this.db): Promise<number> {
    return new OutboxRepository(db).cancel(clinicId, reference);
  }

  /** Cancels what is unsent about `reference` and queues `message` in its place, in one transaction. */
  async replace(clinicId: string, message: ClinicMail, db: Kysely<Database> = this.db): Promise<OutboxMessage> {
    const work = async (trx: Kysely<Database>): Promise<OutboxMessage> => {
      await new OutboxRepository(trx).cancel(clinicId, message.reference);
      return new OutboxRepository(trx).enqueue({ ...message, clinicId });
    };
    return db.isTransaction ? work(db) : db.transaction().execute(work);
  }

  /** The clinic's delivery list for its owner, newest first: what went out, what waits, what failed and why. */
  async list(
    actor: Actor,
    clinicId: string,
    query: { status?: OutboxStatus | undefined; limit?: number | undefined },
  ): Promise<OutboxEntry[]> {
    const context = await this.access.enter(actor, clinicId, 'clinic.audit', 'outbox.read');
    const rows = await new OutboxRepository(this.db).listForClinic(clinicId, query);
    await this.access.audit(context, 'outbox.read', null);
    return rows.map(entryOf);
  }
}
