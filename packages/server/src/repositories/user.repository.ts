import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, MembershipTable, Role, UserTable } from '../db/schema.ts';

export type NewUser = Pick<UserTable, 'email' | 'name' | 'password_hash'>;

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
      created_at: new Date().toISOString(),
    };
    await this.db.insertInto('users').values(row).execute();
    return row;
  }

  findByEmail(email: string): Promise<UserTable | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
  }

  findById(id: string): Promise<UserTable | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async count(): Promise<number> {
    const { count } = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    return Number(count);
  }

  async updatePasswordHash(id: string, passwordHash: string): Promise<void> {
    await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).execute();
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
