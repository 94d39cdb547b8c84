import type { Kysely } from 'kysely';

// Clients and their records. Every table of clinic data carries clinic_id, and every repository
// query filters by it. JSON documents are stored as text so both engines read them alike.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('clinics')
    .addColumn('therapists_see_own_clients_only', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('clinics')
    .addColumn('retention_years', 'integer', (col) => col.notNull().defaultTo(8))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('users').addColumn('totp_pending_secret', 'text').execute();

  await db.schema
    .createTable('sign_in_throttles')
    .addColumn('email', 'text', (col) => col.primaryKey())
    .addColumn('failures', 'integer', (col) => col.notNull())
    .addColumn('window_started_at', 'text', (col) => col.notNull())
    .addColumn('locked_until', 'text')
    .execute();

  await db.schema
    .createTable('clients')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('user_id', 'text', (col) => col.references('users.id'))
    .addColumn('therapist_id', 'text', (col) => col.references('users.id'))
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('date_of_birth', 'text')
    .addColumn('emergency_contact_name', 'text')
    .addColumn('emergency_contact_phone', 'text')
    .addColumn('medications', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('erased_at', 'text')
    .addColumn('retained_until', 'text')
    .execute();
  await db.schema.createIndex('clients_clinic_name').on('clients').columns(['clinic_id', 'name']).execute();
  await db.schema.createIndex('clients_user').on('clients').column('user_id').execute();

  await db.schema
    .createTable('consent_forms')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('published_at', 'text', (col) => col.notNull())
    .addColumn('published_by', 'text', (col) => col.references('users.id'))
    .addUniqueConstraint('consent_forms_version', ['clinic_id', 'kind', 'version'])
    .execute();

  const clientRecord = (name: string) =>
    db.schema
      .createTable(name)
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
      .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'));

  await clientRecord('consent_signatures')
    .addColumn('form_id', 'text', (col) => col.notNull().references('consent_forms.id'))
    .addColumn('signed_name', 'text', (col) => col.notNull())
    .addColumn('method', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.references('users.id'))
    .addColumn('signed_at', 'text', (col) => col.notNull())
    .execute();

  await clientRecord('client_screenings')
    .addColumn('input', 'text', (col) => col.notNull())
    .addColumn('result', 'text', (col) => col.notNull())
    .addColumn('outcome', 'text', (col) => col.notNull())
    .addColumn('ruleset_version', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.references('users.id'))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();

  await clientRecord('pain_drawings')
    .addColumn('drawing', 'text', (col) => col.notNull())
    .addColumn('source', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.references('users.id'))
    .addColumn('recorded_at', 'text', (col) => col.notNull())
    .execute();

  await clientRecord('session_notes')
    .addColumn('therapist_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('session_date', 'text', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('signed_by', 'text', (col) => col.references('users.id'))
    .execute();

  await clientRecord('note_addenda')
    .addColumn('note_id', 'text', (col) => col.notNull().references('session_notes.id'))
    .addColumn('author_id', 'text', (col) => col.notNull().references('users.id'))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  for (const table of ['consent_signatures', 'client_screenings', 'pain_drawings', 'session_notes', 'note_addenda']) {
    await db.schema.createIndex(`${table}_client`).on(table).columns(['clinic_id', 'client_id']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'note_addenda',
    'session_notes',
    'pain_drawings',
    'client_screenings',
    'consent_signatures',
    'consent_forms',
    'clients',
    'sign_in_throttles',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('users').dropColumn('totp_pending_secret').execute();
  await db.schema.alterTable('users').dropColumn('must_change_password').execute();
  await db.schema.alterTable('clinics').dropColumn('retention_years').execute();
  await db.schema.alterTable('clinics').dropColumn('therapists_see_own_clients_only').execute();
}
