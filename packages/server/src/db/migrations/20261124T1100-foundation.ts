import type { Kysely } from 'kysely';

// Written once for SQLite and PostgreSQL: only types both engines treat alike.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clinics')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('clinic_id', 'text', (col) => col.references('clinics.id'))
    .addColumn('occurred_at', 'text', (col) => col.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('origin', 'text')
    .addColumn('action', 'text', (col) => col.notNull())
    .addColumn('subject_type', 'text', (col) => col.notNull())
    .addColumn('subject_id', 'text')
    .addColumn('outcome', 'text', (col) => col.notNull())
    .execute();

  await db.schema
    .createIndex('audit_events_clinic_time')
    .on('audit_events')
    .columns(['clinic_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_events').execute();
  await db.schema.dropTable('clinics').execute();
}
