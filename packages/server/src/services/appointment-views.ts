import { utcToLocal } from '@myomap/core/scheduling/local-time.ts';
import { describeRule } from '@myomap/core/scheduling/recurrence.ts';
import type { Kysely } from 'kysely';
import type { AppointmentTable } from '../db/calendar-schema.ts';
import type { ClinicTable, Database } from '../db/schema.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';

export interface AppointmentView {
  id: string;
  seriesId: string | null;
  occurrenceIndex: number | null;
  therapistId: string;
  therapistName: string;
  clientId: string;
  clientName: string;
  typeId: string;
  typeName: string;
  roomId: string | null;
  roomName: string | null;
  startUtc: string;
  endUtc: string;
  /** Wall-clock start in the visit's time zone, `YYYY-MM-DDTHH:mm`. */
  localStart: string;
  timeZone: string;
  status: AppointmentTable['status'];
  note: string | null;
  repeat: string | null;
}

/** Visits as people read them: names of the client, therapist, type and room, and the local time. */
export async function appointmentViews(
  db: Kysely<Database>,
  clinic: ClinicTable,
  rows: readonly AppointmentTable[],
): Promise<AppointmentView[]> {
  const calendar = new CalendarRepository(db);
  const [types, rooms, series, names, clientNames] = await Promise.all([
    calendar.types(clinic.id),
    calendar.rooms(clinic.id),
    calendar.seriesByIds(
      clinic.id,
      rows.flatMap((r) => (r.series_id ? [r.series_id] : [])),
    ),
    new UserRepository(db).namesOf(rows.map((r) => r.therapist_id)),
    new ClientRepository(db).namesOf(
      clinic.id,
      rows.map((r) => r.client_id),
    ),
  ]);
  const typeNames = new Map(types.map((t) => [t.id, t.name]));
  const roomNames = new Map(rooms.map((r) => [r.id, r.name]));
  const seriesById = new Map(series.map((s) => [s.id, s]));
  return rows.map((row) => {
    const s = row.series_id ? seriesById.get(row.series_id) : undefined;
    const zone = s?.time_zone ?? clinic.time_zone;
    return {
      id: row.id,
      seriesId: row.series_id,
      occurrenceIndex: row.occurrence_index,
      therapistId: row.therapist_id,
      therapistName: names.get(row.therapist_id) ?? 'Former staff member',
      clientId: row.client_id,
      clientName: clientNames.get(row.client_id) ?? 'Client',
      typeId: row.type_id,
      typeName: typeNames.get(row.type_id) ?? 'Visit',
      roomId: row.room_id,
      roomName: row.room_id ? (roomNames.get(row.room_id) ?? null) : null,
      startUtc: row.start_utc,
      endUtc: row.end_utc,
      localStart: utcToLocal(row.start_utc, zone),
      timeZone: zone,
      status: row.status,
      note: row.note,
      repeat: s
        ? describeRule({
            frequency: s.frequency,
            interval: s.interval,
            count: s.count ?? undefined,
            until: s.until ?? undefined,
          })
        : null,
    };
  });
}
