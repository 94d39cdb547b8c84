/**
 * Table types as Kysely sees them. Columns use types that behave the same on SQLite and
 * PostgreSQL: text ids (UUID), text timestamps (ISO 8601 UTC), integers, text JSON.
 */
export interface ClinicTable {
  id: string;
  name: string;
  created_at: string;
  /** 1: a therapist sees only the clients assigned to them; 0: every client of the clinic. */
  therapists_see_own_clients_only: number;
  /** How long clinical records are kept after the last signed note (law varies: the owner sets it). */
  retention_years: number;
  /** IANA zone the clinic books in by default. */
  time_zone: string;
  /** Reminder emails go this many hours before a visit; 0 turns them off. */
  reminder_hours: number;
  /** Clients may request, move or cancel visits in the portal up to this many hours before. */
  client_change_hours: number;
  /** 1: clients may request new visits in the portal. */
  client_requests: number;
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
  /** How many identical refusals within a minute this row stands for; 1 for everything else. */
  repeat_count: number;
}

import type { Role } from '@myomap/core/practice/roles.ts';
import type {
  AppointmentSeriesTable,
  AppointmentTable,
  AppointmentTypeTable,
  CalendarFeedTable,
  HomeProgramLogTable,
  HomeProgramTable,
  RoomTable,
  WorkingHoursTable,
} from './calendar-schema.ts';

export type { Role };

export interface UserTable {
  id: string;
  /** Lower-cased. */
  email: string;
  name: string;
  password_hash: string;
  totp_secret: string | null;
  /** The last TOTP time step accepted, so a code cannot be used twice. */
  totp_last_step: number | null;
  /** A secret offered for two-factor sign-in, not yet confirmed with a code. */
  totp_pending_secret: string | null;
  /** 1 when the password was set by someone else (a one-time password) and must be changed. */
  must_change_password: number;
  created_at: string;
  /** When the account proved it receives mail at its address; null: never proved. */
  email_verified_at: string | null;
}

/** signup: finish a sign-up; verify: prove an account's address (and take up a clinic's portal grant); invitation: join a clinic's staff; sign-in: past a lockout. */
export type EmailLinkPurpose = 'signup' | 'verify' | 'invitation' | 'sign-in';

/** A link Myomap emailed: only a keyed hash of its token is kept; it expires and is used once. */
export interface EmailLinkTable {
  id: string;
  token_hash: string;
  purpose: EmailLinkPurpose;
  /** Lower-cased address the link was sent to. */
  email: string;
  /** The account it is for (verify, sign-in); for an invitation, the account the address had when invited. */
  user_id: string | null;
  /** Invitation, and verify for a portal grant: the clinic. */
  clinic_id: string | null;
  /** Verify for a portal grant: the client record to link once the address is proved. */
  client_id: string | null;
  /** Invitation: the staff role offered. */
  role: string | null;
  /** Sign-up: the name given; invitation: the name the owner typed. */
  name: string | null;
  /** Sign-up: the chosen password's hash, for the account made when the link is used. */
  password_hash: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
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

/** Failed sign-ins per email (known or not, so a lockout reveals nothing about who has an account). */
export interface SignInThrottleTable {
  email: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
}

export interface ClientTable {
  id: string;
  clinic_id: string;
  /** The client's portal account, once they have one. */
  user_id: string | null;
  /** Their therapist, for clinics where therapists see only their own clients. */
  therapist_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  /** YYYY-MM-DD. */
  date_of_birth: string | null;
  emergency_contact_name: string | null;
  emergency_contact_phone: string | null;
  /** JSON array of the medicines as the client names them. */
  medications: string;
  created_at: string;
  updated_at: string;
  /** Set when the client asked for erasure; what the law requires is kept until retained_until. */
  erased_at: string | null;
  retained_until: string | null;
}

export interface ConsentFormTable {
  id: string;
  clinic_id: string;
  kind: string;
  version: number;
  title: string;
  body: string;
  published_at: string;
  published_by: string | null;
}

export interface ConsentSignatureTable {
  id: string;
  clinic_id: string;
  client_id: string;
  form_id: string;
  signed_name: string;
  method: 'portal' | 'in-clinic';
  recorded_by: string | null;
  signed_at: string;
}

export type RecordSource = 'clinic' | 'portal';

export interface ClientScreeningTable {
  id: string;
  clinic_id: string;
  client_id: string;
  /** JSON ScreeningInput. */
  input: string;
  /** JSON ScreeningResult. */
  result: string;
  outcome: string;
  ruleset_version: string;
  source: RecordSource;
  recorded_by: string | null;
  recorded_at: string;
}

export interface PainDrawingTable {
  id: string;
  clinic_id: string;
  client_id: string;
  /** JSON PainDrawing. */
  drawing: string;
  source: RecordSource;
  recorded_by: string | null;
  recorded_at: string;
}

export interface SessionNoteTable {
  id: string;
  clinic_id: string;
  client_id: string;
  therapist_id: string;
  session_date: string;
  /** JSON SessionNoteContent. */
  content: string;
  status: 'draft' | 'signed';
  created_at: string;
  updated_at: string;
  signed_at: string | null;
  signed_by: string | null;
}

export interface NoteAddendumTable {
  id: string;
  clinic_id: string;
  client_id: string;
  note_id: string;
  author_id: string;
  body: string;
  created_at: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'cancelled';

/** An email waiting to be sent, being sent, or done with (see mail/outbox.repository.ts). */
export interface OutboxMessageTable {
  id: string;
  /** Null for mail outside a clinic. */
  clinic_id: string | null;
  /** What the message is about, e.g. `appointment:<id>:reminder:client`. */
  reference: string;
  /** Sent as the Message-ID, so a receiver can drop the duplicate of a re-send after a crash. */
  idempotency_key: string;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  /** Not sent before this time (ISO 8601 UTC); after a failure, when the next attempt is due. */
  send_after: string;
  status: OutboxStatus;
  attempts: number;
  /** The last delivery error (SMTP reply or network error), never the message body. */
  last_error: string | null;
  /** While status is 'sending': the sender's lease; once passed, the sender is taken for crashed. */
  claimed_until: string | null;
  sent_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A pain-diary or session entry: a self-care account's (user_id) or a clinic client's (clinic_id + client_id). */
export interface OutcomeEntryTable {
  id: string;
  user_id: string | null;
  clinic_id: string | null;
  client_id: string | null;
  kind: 'diary' | 'session';
  /** The entry's own date (YYYY-MM-DD), for ordering and ranges. */
  entry_date: string;
  /** JSON OutcomeEntry (core outcomes/measures.ts). */
  entry: string;
  recorded_by: string | null;
  created_at: string;
}

export interface QuestionnaireScheduleTable {
  id: string;
  clinic_id: string;
  client_id: string;
  instrument: string;
  /** JSON ScheduleRule (core outcomes/schedule.ts). */
  rule: string;
  created_by: string | null;
  created_at: string;
  ended_at: string | null;
}

export interface QuestionnaireResponseTable {
  id: string;
  clinic_id: string;
  client_id: string;
  instrument: string;
  /** JSON answers in the instrument's shape. */
  answers: string;
  /** JSON InstrumentScore. */
  score: string;
  completed_on: string;
  /** The client's visit it was filled in for (1 = the first). */
  visit_number: number;
  recorded_by: string | null;
  created_at: string;
}

export interface Database {
  clinics: ClinicTable;
  users: UserTable;
  memberships: MembershipTable;
  auth_sessions: AuthSessionTable;
  audit_events: AuditEventTable;
  sign_in_throttles: SignInThrottleTable;
  clients: ClientTable;
  email_links: EmailLinkTable;
  consent_forms: ConsentFormTable;
  consent_signatures: ConsentSignatureTable;
  client_screenings: ClientScreeningTable;
  pain_drawings: PainDrawingTable;
  session_notes: SessionNoteTable;
  note_addenda: NoteAddendumTable;
  rooms: RoomTable;
  appointment_types: AppointmentTypeTable;
  working_hours: WorkingHoursTable;
  appointment_series: AppointmentSeriesTable;
  appointments: AppointmentTable;
  calendar_feeds: CalendarFeedTable;
  home_programs: HomeProgramTable;
  home_program_logs: HomeProgramLogTable;
  outbox_messages: OutboxMessageTable;
  outcome_entries: OutcomeEntryTable;
  questionnaire_schedules: QuestionnaireScheduleTable;
  questionnaire_responses: QuestionnaireResponseTable;
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
  'sign_in_throttles',
  'clients',
  'email_links',
  'consent_forms',
  'consent_signatures',
  'client_screenings',
  'pain_drawings',
  'session_notes',
  'note_addenda',
  'rooms',
  'appointment_types',
  'working_hours',
  'appointment_series',
  'appointments',
  'calendar_feeds',
  'home_programs',
  'home_program_logs',
  'outbox_messages',
  'outcome_entries',
  'questionnaire_schedules',
  'questionnaire_responses',
  'audit_events',
] as const satisfies readonly (keyof Database)[];
export type ApplicationTable = (typeof APPLICATION_TABLES)[number];

/** Each table's primary key columns: backups read rows in this order, so a backup is reproducible. */
export const TABLE_KEYS: Readonly<Record<ApplicationTable, readonly string[]>> = {
  clinics: ['id'],
  users: ['id'],
  memberships: ['clinic_id', 'user_id'],
  auth_sessions: ['id'],
  sign_in_throttles: ['email'],
  clients: ['id'],
  email_links: ['id'],
  consent_forms: ['id'],
  consent_signatures: ['id'],
  client_screenings: ['id'],
  pain_drawings: ['id'],
  session_notes: ['id'],
  note_addenda: ['id'],
  rooms: ['id'],
  appointment_types: ['id'],
  working_hours: ['clinic_id', 'therapist_id'],
  appointment_series: ['id'],
  appointments: ['id'],
  calendar_feeds: ['id'],
  home_programs: ['id'],
  home_program_logs: ['id'],
  outbox_messages: ['id'],
  outcome_entries: ['id'],
  questionnaire_schedules: ['id'],
  questionnaire_responses: ['id'],
  audit_events: ['id'],
};
