import { sql, type Kysely } from 'kysely';
import type { Database, SignInThrottleTable } from '../db/schema.ts';

export interface FailurePolicy {
  /** Failures within the window that lock the email. */
  limit: number;
  windowMs: number;
  lockMs: number;
}

/** Failed sign-in counts per email address, for the account lockout. */
export class ThrottleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  find(email: string): Promise<SignInThrottleTable | undefined> {
    return this.db.selectFrom('sign_in_throttles').selectAll().where('email', '=', email).executeTakeFirst();
  }

  /**
   * Counts one failed sign-in and locks the email when the count in the window reaches the limit, in one
   * statement: simultaneous failures (from any app server) each add one and none is lost, as a read and a
   * later write back would lose them. A failure never shortens or lifts a lock; one counted after the
   * lock (its password check was already under way) only extends it. Returns the row as it now stands.
   */
  recordFailure(
    email: string,
    now: Date,
    policy: FailurePolicy,
  ): Promise<Pick<SignInThrottleTable, 'failures' | 'locked_until'>> {
    const nowIso = now.toISOString();
    const windowStart = new Date(now.getTime() - policy.windowMs).toISOString();
    const lockUntil = new Date(now.getTime() + policy.lockMs).toISOString();
    // Column references in DO UPDATE read the row as it was before this statement, on both engines.
    const inWindow = sql<boolean>`sign_in_throttles.window_started_at > ${windowStart}`;
    const counted = sql<number>`case when ${inWindow} then sign_in_throttles.failures + 1 else 1 end`;
    return this.db
      .insertInto('sign_in_throttles')
      .values({
        email,
        failures: 1,
        window_started_at: nowIso,
        locked_until: policy.limit <= 1 ? lockUntil : null,
      })
      .onConflict((oc) =>
        oc.column('email').doUpdateSet({
          failures: counted,
          window_started_at: sql<string>`case when ${inWindow} then sign_in_throttles.window_started_at else ${nowIso} end`,
          locked_until: sql<string | null>`case
            when ${counted} >= ${policy.limit}
              and (sign_in_throttles.locked_until is null or sign_in_throttles.locked_until < ${lockUntil})
            then ${lockUntil}
            else sign_in_throttles.locked_until end`,
        }),
      )
      .returning(['failures', 'locked_until'])
      .executeTakeFirstOrThrow();
  }

  /**
   * Clears the count after a successful sign-in, unless the email is locked: a lock that landed while the
   * right password was being checked stays. Returns the lock's end when one holds at `now`.
   */
  async clearUnlessLocked(email: string, now: Date): Promise<string | null> {
    const nowIso = now.toISOString();
    await this.db
      .deleteFrom('sign_in_throttles')
      .where('email', '=', email)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', nowIso)]))
      .execute();
    // Read after the delete: a lock recorded after this read is one the sign-in came before.
    const row = await this.find(email);
    return row?.locked_until && row.locked_until > nowIso ? row.locked_until : null;
  }
}
