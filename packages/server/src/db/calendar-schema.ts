/** Tables of the calendar and home programs (issue #9); see schema.ts for the conventions. */

export interface RoomTable {
  id: string;
  clinic_id: string;
  name: string;
  created_at: string;
  archived_at: string | null;
}

export interface AppointmentTypeTable {
  id: string;
  clinic_id: string;
  name: string;
  duration_minutes: number;
  /** Kept free after each visit of this type (tidy up, notes). */
  buffer_minutes: number;
  created_at: string;
  archived_at: string | null;
}

/** One therapist's hours: a weekly pattern, dated exceptions and time off, as JSON documents. */
export interface WorkingHoursTable {
  clinic_id: string;
  therapist_id: string;
  time_zone: string;
  /** JSON WorkingWindow[]. */
  weekly: string;
  /** JSON { date, windows }[]. */
  exceptions: string;
  /** JSON { startUtc, endUtc, note? }[]. */
  time_off: string;
  updated_at: string;
}

export interface AppointmentSeriesTable {
  id: string;
  clinic_id: string;
  therapist_id: string;
  client_id: string;
  type_id: string;
  room_id: string | null;
  /** Local wall-clock start of the first visit, YYYY-MM-DDTHH:mm, in time_zone. */
  start_local: string;
  time_zone: string;
  frequency: 'daily' | 'weekly' | 'monthly';
  interval: number;
  count: number | null;
  until: string | null;
  /** RFC 5545 RRULE value, as written to calendar feeds. */
  rrule: string;
  duration_minutes: number;
  created_at: string;
}

export type AppointmentStatus = 'booked' | 'requested' | 'cancelled';

export interface AppointmentTable {
  id: string;
  clinic_id: string;
  series_id: string | null;
  /** Position in its series (0 = first), for RECURRENCE-ID in feeds. */
  occurrence_index: number | null;
  therapist_id: string;
  client_id: string;
  type_id: string;
  room_id: string | null;
  start_utc: string;
  end_utc: string;
  buffer_minutes: number;
  status: AppointmentStatus;
  note: string | null;
  created_at: string;
  updated_at: string;
  cancelled_at: string | null;
}

/** A secret, revocable calendar feed URL: the table keeps only the token's hash. */
export interface CalendarFeedTable {
  id: string;
  clinic_id: string;
  token_hash: string;
  kind: 'therapist' | 'client';
  subject_id: string;
  /** How a therapist's feed names clients: initials (the default) or full names with the visit type. */
  client_names: FeedClientNames;
  created_at: string;
  revoked_at: string | null;
}

export type FeedClientNames = 'initials' | 'full';

export interface HomeProgramTable {
  id: string;
  clinic_id: string;
  client_id: string;
  therapist_id: string;
  title: string;
  /** JSON HomeProgramItem[]. */
  items: string;
  /** How many days a week the routine is due (7 = daily). */
  days_per_week: number;
  weeks: number;
  start_date: string;
  notes: string;
  created_at: string;
  ended_at: string | null;
}

export interface HomeProgramLogTable {
  id: string;
  clinic_id: string;
  client_id: string;
  program_id: string;
  done_on: string;
  pain_before: number | null;
  pain_after: number | null;
  note: string | null;
  created_at: string;
}
