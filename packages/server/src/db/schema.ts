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

export type Role = 'owner' | 'therapist' | 'front-desk' | 'client';

export interface UserTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  password_hash: string;
  totp_secret: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
  created_at: string;
}

export interface MembershipTable {
  clinic_id: string;
  user_id: string;
  role: Role;
  created_at: string;
}

export interface AuthSessionTable {
  /** SHA-256 of the session token in the cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface Database {
  clinics: ClinicTable;
  users: UserTable;
  memberships: MembershipTable;
  auth_sessions: AuthSessionTable;
  audit_events: AuditEventTable;
}

/**
 * Every application table, parents before children: backup writes them in this order and
 * restore loads them in it. A test checks it against the migrated database.
 */
export const APPLICATION_TABLES = [
  'clinics',
  'users',
  'memberships',
  'auth_sessions',
  'audit_events',
] as const satisfies readonly (keyof Database)[];
export type ApplicationTable = (typeof APPLICATION_TABLES)[number];

/** Each table's primary key columns: backups read rows in this order, so a backup is reproducible. */
export const TABLE_KEYS: Readonly<Record<ApplicationTable, readonly string[]>> = {
  clinics: ['id'],
  users: ['id'],
  memberships: ['clinic_id', 'user_id'],
  auth_sessions: ['id'],
  audit_events: ['id'],
};
