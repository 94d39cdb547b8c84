import type { Kysely } from 'kysely';

// A therapist's feed names clients by their initials unless the therapist asked for full names when
// making the link: a feed URL is handed to third-party calendar services. Existing feeds get initials.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('calendar_feeds')
    .addColumn('client_names', 'text', (col) => col.notNull().defaultTo('initials'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('calendar_feeds').dropColumn('client_names').execute();
}
