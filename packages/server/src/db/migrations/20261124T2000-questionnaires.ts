import type { Kysely } from 'kysely';

// Questionnaires a therapist schedules for a client, and the completed, scored responses.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('questionnaire_schedules')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('instrument', 'text', (col) => col.notNull())
    .addColumn('rule', 'text', (col) => col.notNull())
    .addColumn('created_by', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .execute();
  await db.schema
    .createTable('questionnaire_responses')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('clinic_id', 'text', (col) => col.notNull().references('clinics.id'))
    .addColumn('client_id', 'text', (col) => col.notNull().references('clients.id'))
    .addColumn('instrument', 'text', (col) => col.notNull())
    .addColumn('answers', 'text', (col) => col.notNull())
    .addColumn('score', 'text', (col) => col.notNull())
    .addColumn('completed_on', 'text', (col) => col.notNull())
    .addColumn('visit_number', 'integer', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  for (const table of ['questionnaire_schedules', 'questionnaire_responses']) {
    await db.schema.createIndex(`${table}_client`).on(table).columns(['clinic_id', 'client_id']).execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('questionnaire_responses').execute();
  await db.schema.dropTable('questionnaire_schedules').execute();
}
