import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  AppointmentSeriesTable,
  AppointmentTable,
  AppointmentTypeTable,
  CalendarFeedTable,
  RoomTable,
  WorkingHoursTable,
} from '../db/calendar-schema.ts';
import type { Database } from '../db/schema.ts';

type New<T> = Omit<T, 'id' | 'clinic_id'>;

export interface AppointmentQuery {
  fromUtc?: string | undefined;
  toUtc?: string | undefined;
  therapistId?: string | undefined;
  clientId?: string | undefined;
  includeCancelled?: boolean;
}

/** Rooms, appointment types, working hours, series, visits and feeds of one clinic: every query names it. */
export class CalendarRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async addRoom(clinicId: string, name: string): Promise<RoomTable> {
    const row: RoomTable = {
      id: randomUUID(),
      clinic_id: clinicId,
      name,
      created_at: new Date().toISOString(),
      archived_at: null,
    };
    await this.db.insertInto('rooms').values(row).execute();
    return row;
  }

  rooms(clinicId: string): Promise<RoomTable[]> {
    return this.db.selectFrom('rooms').selectAll().where('clinic_id', '=', clinicId).orderBy('name').execute();
  }

  async archive(table: 'rooms' | 'appointment_types', clinicId: string, id: string): Promise<boolean> {
    const result = await this.db
      .updateTable(table)
      .set({ archived_at: new Date().toISOString() })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async addType(
    clinicId: string,
    type: Pick<AppointmentTypeTable, 'name' | 'duration_minutes' | 'buffer_minutes'>,
  ): Promise<AppointmentTypeTable> {
    const row: AppointmentTypeTable = {
      id: randomUUID(),
      clinic_id: clinicId,
      ...type,
      created_at: new Date().toISOString(),
      archived_at: null,
    };
    await this.db.insertInto('appointment_types').values(row).execute();
    return row;
  }

  types(clinicId: string): Promise<AppointmentTypeTable[]> {
    return this.db
      .selectFrom('appointment_types')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('name')
      .execute();
  }

  hours(clinicId: string, therapistId: string): Promise<WorkingHoursTable | undefined> {
    return this.db
      .selectFrom('working_hours')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('therapist_id', '=', therapistId)
      .executeTakeFirst();
  }

  async saveHours(row: WorkingHoursTable): Promise<void> {
    await this.db
      .insertInto('working_hours')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['clinic_id', 'therapist_id']).doUpdateSet({
          time_zone: row.time_zone,
          weekly: row.weekly,
          exceptions: row.exceptions,
          time_off: row.time_off,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  }

  async addSeries(clinicId: string, row: New<AppointmentSeriesTable>): Promise<AppointmentSeriesTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, ...row };
    await this.db.insertInto('appointment_series').values(full).execute();
    return full;
  }

  series(clinicId: string, id: string): Promise<AppointmentSeriesTable | undefined> {
    return this.db
      .selectFrom('appointment_series')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  seriesByIds(clinicId: string, ids: readonly string[]): Promise<AppointmentSeriesTable[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('appointment_series')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', 'in', [...new Set(ids)])
      .execute();
  }

  async updateSeries(clinicId: string, id: string, fields: Partial<New<AppointmentSeriesTable>>): Promise<void> {
    await this.db
      .updateTable('appointment_series')
      .set(fields)
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .execute();
  }

  async addAppointments(clinicId: string, rows: readonly New<AppointmentTable>[]): Promise<AppointmentTable[]> {
    const full = rows.map((row) => ({ id: randomUUID(), clinic_id: clinicId, ...row }));
    // Batches keep each statement under SQLite's parameter limit.
    for (let i = 0; i < full.length; i += 40)
      await this.db
        .insertInto('appointments')
        .values(full.slice(i, i + 40))
        .execute();
    return full;
  }

  appointment(clinicId: string, id: string): Promise<AppointmentTable | undefined> {
    return this.db
      .selectFrom('appointments')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  appointments(clinicId: string, query: AppointmentQuery = {}): Promise<AppointmentTable[]> {
    let select = this.db.selectFrom('appointments').selectAll().where('clinic_id', '=', clinicId);
    // A visit is in the window when it ends after the window starts and starts before it ends.
    if (query.fromUtc) select = select.where('end_utc', '>', query.fromUtc);
    if (query.toUtc) select = select.where('start_utc', '<', query.toUtc);
    if (query.therapistId) select = select.where('therapist_id', '=', query.therapistId);
    if (query.clientId) select = select.where('client_id', '=', query.clientId);
    if (!query.includeCancelled) select = select.where('status', '!=', 'cancelled');
    return select.orderBy('start_utc').orderBy('id').limit(5000).execute();
  }

  /**
   * Locks the diaries of a therapist and a room until the transaction this repository runs in ends, so
   * that a clash check and the write it guards are one step: a second booking, move or split for the same
   * therapist or room waits here and then sees the first one's visits. The lock is a no-op update of the
   * therapist's membership row and the room's row. On PostgreSQL that takes those row locks (held across
   * app servers, as they live in the database) in a fixed order, therapist before room, so two writers
   * cannot deadlock; on SQLite any write takes the database's one write lock, which serialises writers
   * of every process using the file. Returns false when the therapist is no longer a member or the room
   * is archived, so the caller can refuse instead of booking into a diary that has gone.
   */
  async lockDiaries(clinicId: string, therapistId: string, roomId: string | null): Promise<boolean> {
    const therapist = await this.db
      .updateTable('memberships')
      .set((eb) => ({ role: eb.ref('role') }))
      .where('clinic_id', '=', clinicId)
      .where('user_id', '=', therapistId)
      .executeTakeFirst();
    if (Number(therapist.numUpdatedRows) !== 1) return false;
    if (!roomId) return true;
    const room = await this.db
      .updateTable('rooms')
      .set((eb) => ({ name: eb.ref('name') }))
      .where('clinic_id', '=', clinicId)
      .where('id', '=', roomId)
      .where('archived_at', 'is', null)
      .executeTakeFirst();
    return Number(room.numUpdatedRows) === 1;
  }

  /** Live visits of a therapist or in a room over a window, for clash checks. */
  busy(
    clinicId: string,
    therapistId: string,
    roomId: string | null,
    fromUtc: string,
    toUtc: string,
  ): Promise<AppointmentTable[]> {
    return this.db
      .selectFrom('appointments')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('status', '!=', 'cancelled')
      .where('start_utc', '<', toUtc)
      .where('end_utc', '>', fromUtc)
      .where((eb) =>
        roomId
          ? eb.or([eb('therapist_id', '=', therapistId), eb('room_id', '=', roomId)])
          : eb('therapist_id', '=', therapistId),
      )
      .execute();
  }

  seriesAppointments(clinicId: string, seriesId: string): Promise<AppointmentTable[]> {
    return this.db
      .selectFrom('appointments')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('series_id', '=', seriesId)
      .orderBy('occurrence_index')
      .execute();
  }

  async updateAppointment(clinicId: string, id: string, fields: Partial<New<AppointmentTable>>): Promise<void> {
    await this.db
      .updateTable('appointments')
      .set({ ...fields, updated_at: new Date().toISOString() })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .execute();
  }

  async addFeed(clinicId: string, row: New<CalendarFeedTable>): Promise<CalendarFeedTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, ...row };
    await this.db.insertInto('calendar_feeds').values(full).execute();
    return full;
  }

  /** Feeds are looked up by token alone (the URL is the secret), so this is the one unscoped query. */
  feedByTokenHash(tokenHash: string): Promise<CalendarFeedTable | undefined> {
    return this.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
  }

  feeds(clinicId: string, kind: CalendarFeedTable['kind'], subjectId: string): Promise<CalendarFeedTable[]> {
    return this.db
      .selectFrom('calendar_feeds')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('kind', '=', kind)
      .where('subject_id', '=', subjectId)
      .orderBy('created_at')
      .execute();
  }

  async revokeFeeds(clinicId: string, kind: CalendarFeedTable['kind'], subjectId: string): Promise<void> {
    await this.db
      .updateTable('calendar_feeds')
      .set({ revoked_at: new Date().toISOString() })
      .where('clinic_id', '=', clinicId)
      .where('kind', '=', kind)
      .where('subject_id', '=', subjectId)
      .where('revoked_at', 'is', null)
      .execute();
  }
}
