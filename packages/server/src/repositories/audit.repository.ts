import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '@myomap/core/practice/roles.ts';
import type { AuditEventTable, Database } from '../db/schema.ts';

export type NewAuditEvent = Omit<AuditEventTable, 'id' | 'occurred_at' | 'repeat_count'> & {
  id?: string;
  occurred_at?: string;
};

/** Refusals are grouped and counted over this window. */
export const DENIAL_WINDOW_MS = 60_000;

/** What became of a refusal: a new row, one more on an identical recent row, or nothing (over the limit). */
export type DenialRecord = 'recorded' | 'counted' | 'throttled';

/**
 * The audit log: append-only. There is deliberately no delete here, and the one update only counts a
 * repeat of a refusal into the row that already records it.
 */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: NewAuditEvent): Promise<AuditEventTable> {
    const row: AuditEventTable = {
      ...event,
      id: event.id ?? randomUUID(),
      occurred_at: event.occurred_at ?? new Date().toISOString(),
      repeat_count: 1,
    };
    await this.db.insertInto('audit_events').values(row).execute();
    return row;
  }

  /**
   * A refusal. Once the actor has been refused `limit` times within the window (0: no limit), nothing is
   * written and the caller answers 429. A repeat of an identical refusal within the window adds one to
   * that row's count, atomically in SQL, instead of adding a row.
   */
  async recordDenial(event: NewAuditEvent, limit: number, now: Date = new Date()): Promise<DenialRecord> {
    const since = new Date(now.getTime() - DENIAL_WINDOW_MS).toISOString();
    if (limit > 0 && event.actor_id !== null) {
      const recent = await this.db
        .selectFrom('audit_events')
        .select((eb) => eb.fn.sum<number | string | null>('repeat_count').as('n'))
        .where('actor_id', '=', event.actor_id)
        .where('outcome', '=', 'denied')
        .where('occurred_at', '>=', since)
        .executeTakeFirst();
      if (Number(recent?.n ?? 0) >= limit) return 'throttled';
    }
    const same = this.db
      .selectFrom('audit_events')
      .select('id')
      .where('outcome', '=', 'denied')
      .where('occurred_at', '>=', since)
      .where('action', '=', event.action)
      .where('subject_type', '=', event.subject_type)
      .where((eb) =>
        eb.and([
          event.actor_id === null ? eb('actor_id', 'is', null) : eb('actor_id', '=', event.actor_id),
          event.clinic_id === null ? eb('clinic_id', 'is', null) : eb('clinic_id', '=', event.clinic_id),
          event.subject_id === null ? eb('subject_id', 'is', null) : eb('subject_id', '=', event.subject_id),
          event.origin === null ? eb('origin', 'is', null) : eb('origin', '=', event.origin),
        ]),
      )
      .orderBy('occurred_at', 'desc')
      .limit(1);
    const updated = await this.db
      .updateTable('audit_events')
      .set((eb) => ({ repeat_count: eb('repeat_count', '+', 1) }))
      .where('id', '=', same)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) > 0) return 'counted';
    await this.record({ ...event, occurred_at: event.occurred_at ?? now.toISOString() });
    return 'recorded';
  }

  /** Events of one clinic, newest first. */
  listForClinic(clinicId: string, limit = 100): Promise<AuditEventTable[]> {
    return this.db
      .selectFrom('audit_events')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('occurred_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
  }

  /**
   * Events about one client, oldest first, each with the role its actor holds in the clinic today (null
   * for someone who has left it or for no one, e.g. a calendar app reading a feed).
   */
  forClient(
    clinicId: string,
    clientId: string,
  ): Promise<
    (Pick<AuditEventTable, 'occurred_at' | 'actor_id' | 'action' | 'outcome' | 'origin'> & { role: Role | null })[]
  > {
    return this.db
      .selectFrom('audit_events as e')
      .leftJoin('memberships as m', (join) =>
        join.onRef('m.user_id', '=', 'e.actor_id').on('m.clinic_id', '=', clinicId),
      )
      .select(['e.occurred_at', 'e.actor_id', 'e.action', 'e.outcome', 'e.origin', 'm.role'])
      .where('e.clinic_id', '=', clinicId)
      .where('e.subject_type', '=', 'client')
      .where('e.subject_id', '=', clientId)
      .orderBy('e.occurred_at')
      .orderBy('e.id')
      .execute();
  }
}
