import { expandSeries, splitRule, toRRule, type RecurrenceRule } from '@myomap/core/scheduling/recurrence.ts';
import { DateTime } from 'luxon';
import type { AppointmentSeriesTable, AppointmentTable } from '../db/calendar-schema.ts';
import type { CalendarRepository } from '../repositories/calendar.repository.ts';

export type ChangeScope = 'this' | 'following' | 'series';

/** Wall-clock arithmetic: the same local time shifted by whole minutes of clock time. */
export function shiftLocal(localStart: string, minutes: number): string {
  return DateTime.fromISO(localStart).plus({ minutes }).toFormat("yyyy-LL-dd'T'HH:mm");
}

export function minutesBetween(fromLocal: string, toLocal: string): number {
  return Math.round(DateTime.fromISO(toLocal).diff(DateTime.fromISO(fromLocal), 'minutes').minutes);
}

/** The visits a change or cancellation of `appointment` reaches: it alone, it and the later ones, or all. */
export async function visitsInScope(
  calendar: CalendarRepository,
  clinicId: string,
  appointment: AppointmentTable,
  series: AppointmentSeriesTable | undefined,
  scope: ChangeScope,
): Promise<AppointmentTable[]> {
  if (!series || scope === 'this') return [appointment];
  const all = await calendar.seriesAppointments(clinicId, series.id);
  return scope === 'series' ? all : all.filter((a) => (a.occurrence_index ?? 0) >= (appointment.occurrence_index ?? 0));
}

/** Keeps the stored series (and so the feeds' RRULE) in step with visits moved together. */
export async function reshapeSeries(
  repo: CalendarRepository,
  clinicId: string,
  series: AppointmentSeriesTable,
  appointment: AppointmentTable,
  scope: ChangeScope,
  delta: number,
): Promise<void> {
  const rule: RecurrenceRule = {
    frequency: series.frequency,
    interval: series.interval,
    count: series.count ?? undefined,
    until: series.until ?? undefined,
  };
  if (scope === 'series' || (scope === 'following' && (appointment.occurrence_index ?? 0) === 0)) {
    await repo.updateSeries(clinicId, series.id, { start_local: shiftLocal(series.start_local, delta) });
    return;
  }
  if (scope !== 'following') return;
  const index = appointment.occurrence_index ?? 0;
  const { before, after } = splitRule(rule, index);
  const originals = expandSeries({
    start: series.start_local,
    timeZone: series.time_zone,
    durationMinutes: series.duration_minutes,
    rule,
  });
  const from = originals[index];
  if (!from) return;
  const { id: _id, clinic_id: _clinic, ...definition } = series;
  const next = await repo.addSeries(clinicId, {
    ...definition,
    start_local: shiftLocal(from.localStart, delta),
    count: after.count ?? null,
    until: after.until ?? null,
    rrule: toRRule(after, series.time_zone),
    created_at: new Date().toISOString(),
  });
  await repo.updateSeries(clinicId, series.id, {
    count: before.count ?? null,
    until: null,
    rrule: toRRule(before, series.time_zone),
  });
  for (const a of await repo.seriesAppointments(clinicId, series.id)) {
    if ((a.occurrence_index ?? 0) >= index) {
      await repo.updateAppointment(clinicId, a.id, {
        series_id: next.id,
        occurrence_index: (a.occurrence_index ?? 0) - index,
      });
    }
  }
}
