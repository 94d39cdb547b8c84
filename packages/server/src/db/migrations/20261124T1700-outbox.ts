import type { Kysely } from 'kysely';

// The email outbox: a message is written here first and sent by a worker afterwards, so a restart
// loses nothing. The idempotency key travels as the Message-ID, so a re-send after a crash can be
// recognised by the receiver. last_error holds the SMTP error only, never the message body.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('clinic_id', 'text', (col) => col.references('clinics.id'))
    .addColumn('reference', 'text', (col) => col.notNull())
    .addColumn('idempotency_key', 'text', (col) => col.notNull().unique())
    .addColumn('to_address', 'text', (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('text_body', 'text', (col) => col.notNull())
    .addColumn('html_body', 'text')
    .addColumn('send_after', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .execute();
  // The worker's question: what is due (or whose lease ran out)?
  await db.schema.createIndex('outbox_messages_due').on('outbox_messages').columns(['status', 'send_after']).execute();
  // Cancelling a moved visit's reminders, and the clinic's delivery list.
  await db.schema
    .createIndex('outbox_messages_reference')
    .on('outbox_messages')
    .columns(['clinic_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('outbox_messages_clinic_time')
    .on('outbox_messages')
    .columns(['clinic_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_messages').execute();
}
