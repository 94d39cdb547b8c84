import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MembershipTable, Role, UserTable } from '../db/schema.ts';

export type NewUser = Pick<UserTable, 'email' | 'name' | 'password_hash'> & {
  mustChangePassword?: boolean;
  /** The address was proved (an emailed link was used) as the account is made. */
  emailVerifiedAt?: string | null;
};

/** Another account already has this email (it may have been created a moment ago, by a concurrent request). */
export class EmailTakenError extends Error {
  constructor(email: string) {
    super(`an account with the email ${email} already exists`);
    this.name = 'EmailTakenError';
  }
}

/** The unique index on users.email refused the row: PostgreSQL's 23505 or SQLite's UNIQUE constraint. */
function isEmailUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, constraint, message } = error as { code?: unknown; constraint?: unknown; message?: unknown };
  if (code === '23505') return typeof constraint === 'string' && constraint.includes('email');
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes('users.email');
}

/** Users and their clinic memberships. Emails are stored lower-cased. */
export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(user: NewUser): Promise<UserTable> {
    const row: UserTable = {
      id: randomUUID(),
      email: user.email.toLowerCase(),
      name: user.name,
      password_hash: user.password_hash,
      totp_secret: null,
      totp_last_step: null,
      totp_pending_secret: null,
      must_change_password: user.mustChangePassword ? 1 : 0,
      created_at: new Date().toISOString(),
      email_verified_at: user.emailVerifiedAt ?? null,
    };
    try {
      await this.db.insertInto('users').values(row).execute();
    } catch (error) {
      // The index, not an earlier look-up, is what decides between two sign-ups racing for one email.
      if (isEmailUniqueViolation(error)) throw new EmailTakenError(row.email);
      throw error;
    }
    return row;
  }

  findByEmail(email: string): Promise<UserTable | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  }

  findById(id: string): Promise<UserTable | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Display names by user id, for authors of notes and addenda. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('users')
      .select(['id', 'name'])
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async count(): Promise<number> {
    const { count } = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async updatePasswordHash(id: string, passwordHash: string, mustChange = false): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
      .where('id', '=', id)
      .execute();
  }

  async updateTotp(
    id: string,
    totp: Partial<Pick<UserTable, 'totp_secret' | 'totp_last_step' | 'totp_pending_secret'>>,
  ): Promise<void> {
    await this.db.updateTable('users').set(totp).where('id', '=', id).execute();
  }

  async markEmailVerified(id: string, at: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ email_verified_at: at })
      .where('id', '=', id)
      .where('email_verified_at', 'is', null)
      .execute();
  }

  /** Accounts with a TOTP secret (confirmed or pending), to seal or re-seal them. */
  withTotpSecrets(): Promise<Pick<UserTable, 'id' | 'totp_secret' | 'totp_pending_secret'>[]> {
    return this.db
      .selectFrom('users')
      .select(['id', 'totp_secret', 'totp_pending_secret'])
      .where((eb) => eb.or([eb('totp_secret', 'is not', null), eb('totp_pending_secret', 'is not', null)]))
      .orderBy('id')
      .execute();
  }

  membership(clinicId: string, userId: string): Promise<MembershipTable | undefined> {
    return this.db
      .selectFrom('memberships')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
  }

  /** The clinic's staff and clients with an account, oldest first. */
  membersOf(clinicId: string): Promise<(MembershipTable & { name: string; email: string })[]> {
    return this.db
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .selectAll('memberships')
      .select(['users.name', 'users.email'])
      .where('memberships.clinic_id', '=', clinicId)
      .orderBy('memberships.created_at')
      .orderBy('users.email')
      .execute();
  }

  async removeMembership(clinicId: string, userId: string): Promise<void> {
    await this.db.deleteFrom('memberships').where('clinic_id', '=', clinicId).where('user_id', '=', userId).execute();
  }

  /** Ends every session of a user (sign-out everywhere, erasure, removal from a clinic). */
  async deleteSessions(userId: string): Promise<void> {
    await this.db.deleteFrom('auth_sessions').where('user_id', '=', userId).execute();
  }

  async addMembership(clinicId: string, userId: string, role: Role): Promise<MembershipTable> {
    const row: MembershipTable = { clinic_id: clinicId, user_id: userId, role, created_at: new Date().toISOString() };
    await this.db.insertInto('memberships').values(row).execute();
    return row;
  }

  memberships(userId: string): Promise<(MembershipTable & { clinic_name: string })[]> {
    return this.db
      .selectFrom('memberships')
      .innerJoin('clinics', 'clinics.id', 'memberships.clinic_id')
      .selectAll('memberships')
      .select('clinics.name as clinic_name')
      .where('memberships.user_id', '=', userId)
      .orderBy('memberships.created_at')
      .execute();
  }
}
