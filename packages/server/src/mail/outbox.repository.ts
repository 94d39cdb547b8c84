import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, OutboxMessageTable, OutboxStatus } from '../db/schema.ts';

export type OutboxMessage = OutboxMessageTable;

export interface NewOutboxMessage {
  /** Null for mail outside a clinic. */
  clinicId: string | null;
  /** What the message is about, e.g. `appointment:<id>:reminder:client`; used to cancel it. */
  reference: string;
  to: string;
  subject: string;
  text: string;
  html?: string | null | undefined;
  /** Not before this time; default: now. */
  sendAfter?: Date | string | undefined;
  /** Sent as the Message-ID; default `<uuid>@myomap`. Must be unique. */
  idempotencyKey?: string | undefined;
}

/** When a failed delivery is tried again: base · 2^(attempt-1), capped, until the last attempt. */
export interface RetryPolicy {
  baseDelayMs: number;
  maxDelayMs: number;
  /** After this many attempts the message is given up on ('failed'). */
  maxAttempts: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseDelayMs: 60_000,
  maxDelayMs: 6 * 60 * 60_000,
  maxAttempts: 8,
};

/** The wait before attempt `attempts + 1`, after `attempts` failed ones: 1, 2, 4, 8 … minutes, at most 6 h. */
export function retryDelayMs(attempts: number, policy: RetryPolicy = DEFAULT_RETRY_POLICY): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(exponent, 30));
}

/** Errors are kept short and on one line; they never carry the message itself. */
export const MAX_ERROR_LENGTH = 500;

function shortError(error: string): string {
  const line = error.replace(/\s+/g, ' ').trim() || 'unknown error';
  return line.length > MAX_ERROR_LENGTH ? `${line.slice(0, MAX_ERROR_LENGTH - 1)}…` : line;
}

function iso(value: Date | string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a time: ${String(value)}`);
  return date.toISOString();
}

/**
 * The email outbox. A message moves pending → sending (claimed under a lease) → sent, or back to pending
 * with a later send_after when delivery fails, or to failed after the last attempt; pending messages can be
 * cancelled. A 'sending' message whose lease ran out belongs to a sender that died: it is claimed again and
 * re-sent with the same idempotency key (at-least-once delivery; the receiver can drop the duplicate).
 *
 * Only the holder of the current lease settles a message (markSent / markFailed check claimed_until), so a
 * sender that outlived its lease cannot overwrite the outcome of the one that took over.
 */
/** What an erased person's address becomes in the delivery log. */
export const ERASED_ADDRESS = 'erased@invalid';

export class OutboxRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async enqueue(message: NewOutboxMessage, now: Date = new Date()): Promise<OutboxMessage> {
    const at = now.toISOString();
    const row: OutboxMessage = {
      id: randomUUID(),
      clinic_id: message.clinicId,
      reference: message.reference,
      idempotency_key: message.idempotencyKey ?? `${randomUUID()}@myomap`,
      to_address: message.to,
      subject: message.subject,
      text_body: message.text,
      html_body: message.html ?? null,
      send_after: iso(message.sendAfter ?? now),
      status: 'pending',
      attempts: 0,
      last_error: null,
      claimed_until: null,
      sent_at: null,
      created_at: at,
      updated_at: at,
    };
    await this.db.insertInto('outbox_messages').values(row).execute();
    return row;
  }

  /**
   * Cancels the clinic's unsent messages about `reference` (a visit that moved or was cancelled): the
   * pending ones, and those whose sender died mid-delivery. A message being sent right now goes out.
   * Returns how many were cancelled.
   */
  async cancel(clinicId: string | null, reference: string, now: Date = new Date()): Promise<number> {
    const at = now.toISOString();
    const result = await this.db
      .updateTable('outbox_messages')
      .set({ status: 'cancelled', claimed_until: null, updated_at: at })
      .where((eb) => (clinicId === null ? eb('clinic_id', 'is', null) : eb('clinic_id', '=', clinicId)))
      .where('reference', '=', reference)
      .where((eb) =>
        eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', at)])]),
      )
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Erasure of a person: the clinic's unsent mail to them is cancelled, and every message to them keeps only
   * its status and dates (address, subject and body are blanked), so the delivery log names no one. Mail is
   * found by their current `address` and by what it is about (`references`, or `referencePrefixes` such as
   * every reminder of a home program), which also finds mail sent to an address they had before.
   */
  async forgetRecipient(
    clinicId: string,
    match: { address: string | null; references: readonly string[]; referencePrefixes: readonly string[] },
    now: Date = new Date(),
  ): Promise<void> {
    const at = now.toISOString();
    const ofThem = this.db
      .updateTable('outbox_messages')
      .where('clinic_id', '=', clinicId)
      .where((eb) =>
        eb.or([
          ...(match.address ? [eb(sql<string>`lower(to_address)`, '=', match.address.toLowerCase())] : []),
          ...(match.references.length ? [eb('reference', 'in', [...match.references])] : []),
          // Prefixes are built from ids (UUIDs and colons): no LIKE wildcard in them.
          ...match.referencePrefixes.map((prefix) => eb('reference', 'like', `${prefix}%`)),
        ]),
      );
    if (!match.address && match.references.length === 0 && match.referencePrefixes.length === 0) return;
    await ofThem
      .set({ status: 'cancelled', claimed_until: null, updated_at: at })
      .where((eb) =>
        eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', at)])]),
      )
      .execute();
    await ofThem
      .set({ to_address: ERASED_ADDRESS, subject: 'Erased on request', text_body: '', html_body: null, updated_at: at })
      .execute();
  }

  /**
   * Claims up to `limit` due messages for one sender until now + leaseMs: pending ones whose time has
   * come, and 'sending' ones whose lease ran out. Each claim is one UPDATE that re-checks the condition,
   * so two workers (or processes) never both win the same message while its lease runs. Each claim
   * counts as an attempt.
   */
  async claimDue(
    now: Date,
    options: { leaseMs: number; limit: number; maxAttempts?: number | undefined },
  ): Promise<OutboxMessage[]> {
    const at = now.toISOString();
    const maxAttempts = options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts;
    await this.giveUpAbandoned(now, maxAttempts);
    const candidates = await this.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'pending'), eb('send_after', '<=', at)]),
          eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', at)]),
        ]),
      )
      .orderBy('send_after')
      .orderBy('id')
      .limit(options.limit)
      .execute();
    const leaseUntil = new Date(now.getTime() + options.leaseMs).toISOString();
    const claimed: OutboxMessage[] = [];
    for (const candidate of candidates) {
      const result = await this.db
        .updateTable('outbox_messages')
        .set((eb) => ({
          status: 'sending',
          claimed_until: leaseUntil,
          attempts: eb('attempts', '+', 1),
          updated_at: at,
        }))
        .where('id', '=', candidate.id)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'pending'), eb('send_after', '<=', at)]),
            eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', at)]),
          ]),
        )
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) {
        claimed.push({
          ...candidate,
          status: 'sending',
          claimed_until: leaseUntil,
          attempts: candidate.attempts + 1,
          updated_at: at,
        });
      }
    }
    return claimed;
  }

  /** A message whose sender died on its last allowed attempt is not tried again: it is marked failed. */
  private async giveUpAbandoned(now: Date, maxAttempts: number): Promise<void> {
    const at = now.toISOString();
    await this.db
      .updateTable('outbox_messages')
      .set({
        status: 'failed',
        claimed_until: null,
        last_error: `the sender stopped during delivery; gave up after ${maxAttempts} attempts`,
        updated_at: at,
      })
      .where('status', '=', 'sending')
      .where('claimed_until', '<', at)
      .where('attempts', '>=', maxAttempts)
      .execute();
  }

  /** Settles a claimed message as delivered; false when the lease was lost (another sender took over). */
  async markSent(message: Pick<OutboxMessage, 'id' | 'claimed_until'>, now: Date = new Date()): Promise<boolean> {
    if (message.claimed_until === null) return false;
    const at = now.toISOString();
    const result = await this.db
      .updateTable('outbox_messages')
      .set({ status: 'sent', sent_at: at, claimed_until: null, last_error: null, updated_at: at })
      .where('id', '=', message.id)
      .where('status', '=', 'sending')
      .where('claimed_until', '=', message.claimed_until)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /**
   * Records a failed delivery attempt: back to pending with send_after moved by the back-off, or 'failed'
   * once the attempts are used up. Returns the new status, or undefined when the lease was lost.
   */
  async markFailed(
    message: Pick<OutboxMessage, 'id' | 'claimed_until' | 'attempts'>,
    error: string,
    now: Date = new Date(),
    policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  ): Promise<{ status: OutboxStatus; sendAfter: string | null } | undefined> {
    if (message.claimed_until === null) return undefined;
    const at = now.toISOString();
    const giveUp = message.attempts >= policy.maxAttempts;
    const sendAfter = giveUp ? null : new Date(now.getTime() + retryDelayMs(message.attempts, policy)).toISOString();
    const result = await this.db
      .updateTable('outbox_messages')
      .set({
        status: giveUp ? 'failed' : 'pending',
        ...(sendAfter ? { send_after: sendAfter } : {}),
        claimed_until: null,
        last_error: shortError(error),
        updated_at: at,
      })
      .where('id', '=', message.id)
      .where('status', '=', 'sending')
      .where('claimed_until', '=', message.claimed_until)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    return { status: giveUp ? 'failed' : 'pending', sendAfter };
  }

  find(clinicId: string | null, id: string): Promise<OutboxMessage | undefined> {
    return this.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where((eb) => (clinicId === null ? eb('clinic_id', 'is', null) : eb('clinic_id', '=', clinicId)))
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** The clinic's messages, newest first, optionally of one status. */
  listForClinic(
    clinicId: string,
    options: { status?: OutboxStatus | undefined; limit?: number | undefined } = {},
  ): Promise<OutboxMessage[]> {
    let query = this.db.selectFrom('outbox_messages').selectAll().where('clinic_id', '=', clinicId);
    if (options.status) query = query.where('status', '=', options.status);
    return query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(options.limit ?? 200)
      .execute();
  }

  /** Messages with this reference (any status), oldest first. */
  listByReference(clinicId: string | null, reference: string): Promise<OutboxMessage[]> {
    return this.db
      .selectFrom('outbox_messages')
      .selectAll()
      .where((eb) => (clinicId === null ? eb('clinic_id', 'is', null) : eb('clinic_id', '=', clinicId)))
      .where('reference', '=', reference)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }
}
