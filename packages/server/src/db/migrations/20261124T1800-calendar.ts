import type { Kysely } from 'kysely';

// Calendar (rooms, appointment types, working hours, series and visits, feeds) and home programs.
export async function up(db: Kysely<unknown>): Promise<void> {
  const clinicColumns: [string, 'text' | 'integer', string | number][] = [
    ['time_zone', 'text', 'UTC'],
    ['reminder_hours', 'integer', 24],
    ['client_change_hours', 'integer', 24],
    ['client_requests', 'integer', 1],
  ];
  for (const [name, type, fallback] of clinicColumns) {
    await db.schema
      .alterTable('clinics')
      .addColumn(name, type, (col) => col.notNull().defaultTo(fallback))
      .execute();
  }

  const clinicTable = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'));

  await clinicTable('rooms')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();

  await clinicTable('appointment_types')
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('buffer_minutes', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('archived_at', 'text')
    .execute();

  await db.schema
    .createTable('working_hours')
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('weekly', 'text', (col) => col.notNull())
    .addColumn('exceptions', 'text', (col) => col.notNull())
    .addColumn('time_off', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('working_hours_pk', ['clinic_id', 'therapist_id'])
    .execute();

  await clinicTable('appointment_series')
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('type_id', 'text', (col) => col.notNull().references('appointment_types.id'))
    .addColumn('room_id', 'text', (col) => col.references('rooms.id'))
    .addColumn('start_local', 'text', (col) => col.notNull())
    .addColumn('time_zone', 'text', (col) => col.notNull())
    .addColumn('frequency', 'text', (col) => col.notNull())
    .addColumn('interval', 'integer', (col) => col.notNull())
    .addColumn('count', 'integer')
    .addColumn('until', 'text')
    .addColumn('rrule', 'text', (col) => col.notNull())
    .addColumn('duration_minutes', 'integer', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await clinicTable('appointments')
    .addColumn('series_id', 'text', (col) => col.references('appointment_series.id'))
    .addColumn('occurrence_index', 'integer')
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('type_id', 'text', (col) => col.notNull().references('appointment_types.id'))
    .addColumn('room_id', 'text', (col) => col.references('rooms.id'))
    .addColumn('start_utc', 'text', (col) => col.notNull())
    .addColumn('end_utc', 'text', (col) => col.notNull())
    .addColumn('buffer_minutes', 'integer', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('cancelled_at', 'text')
    .execute();
  await db.schema
    .createIndex('appointments_clinic_start')
    .on('appointments')
    .columns(['clinic_id', 'start_utc'])
    .execute();
  await db.schema
    .createIndex('appointments_therapist')
    .on('appointments')
    .columns(['therapist_id', 'start_utc'])
    .execute();
  await db.schema.createIndex('appointments_client').on('appointments').columns(['clinic_id', 'client_id']).execute();
  await db.schema.createIndex('appointments_series').on('appointments').column('series_id').execute();

  await clinicTable('calendar_feeds')
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .execute();

  await clinicTable('home_programs')
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('items', 'text', (col) => col.notNull())
    .addColumn('days_per_week', 'integer', (col) => col.notNull())
    .addColumn('weeks', 'integer', (col) => col.notNull())
    .addColumn('start_date', 'text', (col) => col.notNull())
    .addColumn('notes', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .execute();

  await clinicTable('home_program_logs')
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('program_id', 'text', (col) => col.notNull().references('home_programs.id'))
    .addColumn('done_on', 'text', (col) => col.notNull())
    .addColumn('pain_before', 'integer')
    .addColumn('pain_after', 'integer')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  for (const table of ['home_programs', 'home_program_logs']) {
    await db.schema.createIndex(`${table}_client`).on(table).columns(['clinic_id', 'client_id']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'home_program_logs',
    'home_programs',
    'calendar_feeds',
    'appointments',
    'appointment_series',
    'working_hours',
    'appointment_types',
    'rooms',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  for (const column of ['client_requests', 'client_change_hours', 'reminder_hours', 'time_zone']) {
    await db.schema.alterTable('clinics').dropColumn(column).execute();
  }
}
