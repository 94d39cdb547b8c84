import { findClashes, type Clash, type WorkingHours } from '@myomap/core/scheduling/conflicts.ts';
import { utcToLocal } from '@myomap/core/scheduling/local-time.ts';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';

export interface ClashView {
  index: number;
  startUtc: string;
  endUtc: string;
  localStart: string;
  reason: Clash['reason'];
  withAppointmentId: string | null;
  message: string;
}

/** Visits about to be written, in the order the caller numbers them. */
export interface Candidate {
  index: number;
  startUtc: string;
  endUtc: string;
}

export interface ClashQuery {
  clinicId: string;
  therapistId: string;
  roomId: string | null;
  bufferMinutes: number;
  /** The time zone clash messages are written in. */
  timeZone: string;
  /** Visits being moved: they do not clash with where they were. */
  ignoreIds?: ReadonlySet<string>;
}

const REASON_WORDS: Record<Clash['reason'], string> = {
  'therapist-busy': 'the therapist has another visit',
  'room-busy': 'the room is taken',
  'outside-working-hours': 'outside the therapist\u2019s working hours',
  'time-off': 'the therapist is off',
};

function readableLocal(localStart: string): string {
  return DateTime.fromISO(localStart).toFormat('ccc d LLL yyyy, HH:mm');
}

function clashView(clash: Clash, timeZone: string): ClashView {
  const localStart = utcToLocal(clash.visit.startUtc, timeZone);
  return {
    index: clash.index,
    startUtc: clash.visit.startUtc,
    endUtc: clash.visit.endUtc,
    localStart,
    reason: clash.reason,
    withAppointmentId: clash.with && 'id' in clash.with ? (clash.with.id ?? null) : null,
    message: `${readableLocal(localStart)}: ${REASON_WORDS[clash.reason]}`,
  };
}

function shiftIso(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}

async function workingHours(
  calendar: CalendarRepository,
  clinicId: string,
  therapistId: string,
): Promise<WorkingHours | undefined> {
  const row = await calendar.hours(clinicId, therapistId);
  if (!row) return undefined;
  return {
    timeZone: row.time_zone,
    weekly: JSON.parse(row.weekly) as WorkingHours['weekly'],
    exceptions: JSON.parse(row.exceptions) as WorkingHours['exceptions'],
    timeOff: JSON.parse(row.time_off) as WorkingHours['timeOff'],
  };
}

/**
 * What the candidates would clash with: the therapist's and room's live visits (each keeping its buffer),
 * working hours and time off. Only a verdict for writing when `db` is a transaction that holds the diary
 * locks of this therapist and room (CalendarRepository.lockDiaries); otherwise it is advice.
 */
export async function clashesFor(
  db: Kysely<Database>,
  candidates: readonly Candidate[],
  query: ClashQuery,
): Promise<ClashView[]> {
  if (candidates.length === 0) return [];
  const calendar = new CalendarRepository(db);
  const first = candidates.reduce((min, c) => (c.startUtc < min ? c.startUtc : min), candidates[0]!.startUtc);
  const last = candidates.reduce((max, c) => (c.endUtc > max ? c.endUtc : max), candidates[0]!.endUtc);
  // A day either side covers any buffer that reaches into the window.
  const busy = (
    await calendar.busy(
      query.clinicId,
      query.therapistId,
      query.roomId,
      shiftIso(first, -24 * 60),
      shiftIso(last, 24 * 60),
    )
  ).filter((b) => !query.ignoreIds?.has(b.id));
  const hours = await workingHours(calendar, query.clinicId, query.therapistId);
  return findClashes(
    candidates,
    { therapistId: query.therapistId, roomId: query.roomId, bufferMinutes: query.bufferMinutes },
    busy.map((b) => ({
      id: b.id,
      startUtc: b.start_utc,
      endUtc: b.end_utc,
      therapistId: b.therapist_id,
      roomId: b.room_id,
      bufferMinutes: b.buffer_minutes,
    })),
    hours,
  ).map((c) => clashView(c, query.timeZone));
}

/** The 409 for a refused write, each clashing visit listed as a field of its own. */
export function clashProblem(title: string, clashes: readonly ClashView[]): HttpProblem {
  return new HttpProblem(
    409,
    title,
    clashes.map((c) => ({ field: `occurrences[${c.index}]`, message: c.message })),
  );
}
