import type { Kysely } from 'kysely';

// Outcome entries (pain diary and session ratings): a self-care account's own (user_id), or a clinic
// client's (clinic_id + client_id). Entries are JSON documents validated by the core's schemas.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outcome_entries')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'text', (col) => col.references('users.id'))
    .addColumn('clinic_id', 'text', (col) => col.references('clinics.id'))
    .addColumn('client_id', 'text', (col) => col.references('clients.id'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('entry_date', 'text', (col) => col.notNull())
    .addColumn('entry', 'text', (col) => col.notNull())
    .addColumn('recorded_by', 'text', (col) => col.references('users.id'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .execute();
  await db.schema
    .createIndex('outcome_entries_user')
    .on('outcome_entries')
    .columns(['user_id', 'entry_date'])
    .execute();
  await db.schema
    .createIndex('outcome_entries_client')
    .on('outcome_entries')
    .columns(['clinic_id', 'client_id', 'entry_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outcome_entries').execute();
}
