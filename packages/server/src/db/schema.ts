/**
 * Table types as Kysely sees them. Columns use types that behave the same on SQLite and
 * PostgreSQL: text ids (UUID), text timestamps (ISO 8601 UTC), integers, text JSON.
 */
export interface ClinicTable {
  id: string;
  name: string;
  created_at: string;
}

export interface AuditEventTable {
  id: string;
  /** Null for events outside a clinic (a self-care account, a failed sign-in). */
  clinic_id: string | null;
  occurred_at: string;
  actor_id: string | null;
  /** Where the request came from (IP address), never health data. */
  origin: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  outcome: 'success' | 'denied' | 'failure';
}

export interface Database {
  clinics: ClinicTable;
  audit_events: AuditEventTable;
}

/**
 * Every application table, parents before children: backup writes them in this order and
 * restore loads them in it. A test checks it against the migrated database.
 */
export const APPLICATION_TABLES = ['clinics', 'audit_events'] as const satisfies readonly (keyof Database)[];
export type ApplicationTable = (typeof APPLICATION_TABLES)[number];
