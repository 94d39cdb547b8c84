import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
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
}
