import type { Kysely } from 'kysely';

/**
 * Account security (issue #16). `users.email_verified_at`: when the account proved it receives mail at
 * its address (null for every account made before this, as nothing proved it); only a verified account
 * is linked to a clinic's client record or shown a clinic's invitation in the app.
 *
 * `email_links`: the links Myomap emails (finish a sign-up, prove an address for portal access, accept a
 * staff invitation, sign in past a lockout). The table holds only a keyed hash of each link's token, so
 * neither a copy of the database nor a backup can be turned back into a working link; a link expires and
 * is used once. Pending sign-ups live here, not in `users`, so an address nobody proved has no account.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('email_verified_at', 'text').execute();
  await db.schema
    .createTable('email_links')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('purpose', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('user_id', 'text', (col) => col.references('users.id').onDelete('cascade'))
    .addColumn('clinic_id', 'text', (col) => col.references('clinics.id').onDelete('cascade'))
    .addColumn('client_id', 'text')
    .addColumn('role', 'text')
    .addColumn('name', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('email_links_email').on('email_links').columns(['email', 'purpose']).execute();
  await db.schema.createIndex('email_links_clinic').on('email_links').columns(['clinic_id', 'purpose']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('email_links').execute();
  await db.schema.alterTable('users').dropColumn('email_verified_at').execute();
}
