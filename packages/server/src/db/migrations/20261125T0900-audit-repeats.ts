import type { Kysely } from 'kysely';

/**
 * Repeated refusals group into one audit row: `repeat_count` says how many identical refusals (same
 * actor, address, clinic, action and subject) within a minute the row stands for, so a probing account
 * cannot flood a clinic's log. Every row written before this stands for one event. The index serves
 * both the grouping and the per-actor refusal count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_events')
    .addColumn('repeat_count', 'integer', (col) => col.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('audit_events_actor_time')
    .on('audit_events')
    .columns(['actor_id', 'occurred_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_events_actor_time').execute();
  await db.schema.alterTable('audit_events').dropColumn('repeat_count').execute();
}
