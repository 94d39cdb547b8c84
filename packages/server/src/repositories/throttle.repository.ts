import type { Kysely } from 'kysely';
import type { Database, SignInThrottleTable } from '../db/schema.ts';

/** Failed sign-in counts per email address, for the account lockout. */
export class ThrottleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  find(email: string): Promise<SignInThrottleTable | undefined> {
    return this.db.selectFrom('sign_in_throttles').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async save(row: SignInThrottleTable): Promise<void> {
    await this.db
      .insertInto('sign_in_throttles')
      .values(row)
      .onConflict((oc) =>
        oc.column('email').doUpdateSet({
          failures: row.failures,
          window_started_at: row.window_started_at,
          locked_until: row.locked_until,
        }),
      )
      .execute();
  }

  async clear(email: string): Promise<void> {
    await this.db.deleteFrom('sign_in_throttles').where('email', '=', email).execute();
  }
}
