import type { Kysely } from 'kysely';
import type { AuthSessionTable, Database } from '../db/schema.ts';

/** Server-side sessions: the cookie holds a random token, the table only its hash. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(row: AuthSessionTable): Promise<void> {
    await this.db.insertInto('auth_sessions').values(row).execute();
  }

  find(id: string): Promise<AuthSessionTable | undefined> {
    return this.db.selectFrom('auth_sessions').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async touch(id: string, lastSeenAt: string): Promise<void> {
    await this.db.updateTable('auth_sessions').set({ last_seen_at: lastSeenAt }).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('id', '=', id).execute();
  }
}
