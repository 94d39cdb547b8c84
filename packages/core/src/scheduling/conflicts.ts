import { CLOCK_TIME, localDayOf } from './local-time.ts';

/**
 * Clashes for a booking: every visit of a series is checked against the therapist's other visits, the
 * room's other visits, the therapist's working hours and time off. Each visit keeps its buffer (time to
 * tidy up and write notes) free after it.
 */

export interface Slot {
  startUtc: string;
  endUtc: string;
}

export interface BookedVisit extends Slot {
  id: string;
  therapistId: string;
  roomId: string | null;
  bufferMinutes: number;
}

export interface CandidateVisit extends Slot {
  index: number;
}

export interface WorkingWindow {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  start: string;
  end: string;
}

export interface WorkingHours {
  timeZone: string;
  weekly: readonly WorkingWindow[];
  /** Dates that differ from the weekly pattern: other hours, or none (closed). */
  exceptions: readonly { date: string; windows: readonly { start: string; end: string }[] }[];
  timeOff: readonly Slot[];
}

export type ClashReason = 'therapist-busy' | 'room-busy' | 'outside-working-hours' | 'time-off';

export interface Clash {
  index: number;
  visit: Slot;
  reason: ClashReason;
  /** The visit or time off it runs into, when there is one. */
  with: (Slot & { id?: string }) | null;
}

const minutesOf = (clock: string): number => {
  const match = CLOCK_TIME.exec(clock);
  if (!match) throw new RangeError(`not a time of day HH:mm: ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

function span(slot: Slot, bufferMinutes: number): [number, number] {
  return [Date.parse(slot.startUtc), Date.parse(slot.endUtc) + bufferMinutes * 60_000];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Why a slot is outside working hours (null when it is inside). */
export function outsideHours(slot: Slot, hours: WorkingHours): 'outside-working-hours' | 'time-off' | null {
  const start = localDayOf(slot.startUtc, hours.timeZone);
  const end = localDayOf(slot.endUtc, hours.timeZone);
  const exception = hours.exceptions.find((e) => e.date === start.date);
  const windows = exception ? exception.windows : hours.weekly.filter((w) => w.weekday === start.weekday);
  const endMinutes = end.date === start.date ? end.minutes : 24 * 60 + end.minutes;
  const inside = windows.some((w) => start.minutes >= minutesOf(w.start) && endMinutes <= minutesOf(w.end));
  if (!inside) return 'outside-working-hours';
  const own = span(slot, 0);
  return hours.timeOff.some((off) => overlaps(own, span(off, 0))) ? 'time-off' : null;
}

/**
 * Every clash of the candidate visits, in visit order. `booked` may hold any visits; those of other
 * therapists and rooms are ignored. Sorted once, then each candidate looks only at visits that can reach it.
 */
export function findClashes(
  candidates: readonly CandidateVisit[],
  booking: { therapistId: string; roomId: string | null; bufferMinutes: number },
  booked: readonly BookedVisit[],
  hours?: WorkingHours,
): Clash[] {
  const relevant = booked
    .filter((b) => b.therapistId === booking.therapistId || (booking.roomId !== null && b.roomId === booking.roomId))
    .map((b) => ({ visit: b, span: span(b, b.bufferMinutes) }))
    .sort((a, b) => a.span[0] - b.span[0]);
  const longest = relevant.reduce((max, r) => Math.max(max, r.span[1] - r.span[0]), 0);
  const clashes: Clash[] = [];
  for (const candidate of candidates) {
    const own = span(candidate, booking.bufferMinutes);
    const slot = { startUtc: candidate.startUtc, endUtc: candidate.endUtc };
    if (hours) {
      const reason = outsideHours(slot, hours);
      if (reason) {
        const off = reason === 'time-off' ? hours.timeOff.find((o) => overlaps(own, span(o, 0))) : undefined;
        clashes.push({ index: candidate.index, visit: slot, reason, with: off ?? null });
      }
    }
    // Binary search for the first booked visit that could still be running when this one starts.
    let low = 0;
    let high = relevant.length;
    const earliest = own[0] - longest;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (relevant[mid]!.span[0] < earliest) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < relevant.length && relevant[i]!.span[0] < own[1]; i++) {
      const other = relevant[i]!;
      if (!overlaps(own, other.span)) continue;
      const reason: ClashReason = other.visit.therapistId === booking.therapistId ? 'therapist-busy' : 'room-busy';
      clashes.push({
        index: candidate.index,
        visit: slot,
        reason,
        with: { id: other.visit.id, startUtc: other.visit.startUtc, endUtc: other.visit.endUtc },
      });
    }
  }
  return clashes;
}
