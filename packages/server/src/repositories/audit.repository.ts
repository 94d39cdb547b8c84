import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role } from '@myomap/core/practice/roles.ts';
import type { AuditEventTable, Database } from '../db/schema.ts';

export type NewAuditEvent = Omit<AuditEventTable, 'id' | 'occurred_at'> & { id?: string; occurred_at?: string };

/** The audit log: append-only. There is deliberately no update or delete here. */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(event: NewAuditEvent): Promise<AuditEventTable> {
    const row: AuditEventTable = {
      ...event,
      id: event.id ?? randomUUID(),
      occurred_at: event.occurred_at ?? new Date().toISOString(),
    };
    await this.db.insertInto('audit_events').values(row).execute();
    return row;
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
