import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, EmailLinkPurpose, EmailLinkTable } from '../db/schema.ts';

export type NewEmailLink = Pick<EmailLinkTable, 'token_hash' | 'purpose' | 'email' | 'expires_at'> &
  Partial<
    Pick<EmailLinkTable, 'user_id' | 'clinic_id' | 'client_id' | 'role' | 'name' | 'password_hash' | 'created_by'>
  >;

/** Emailed links (their tokens' hashes only), pending staff invitations among them. */
export class EmailLinkRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(link: NewEmailLink, now: Date = new Date()): Promise<EmailLinkTable> {
    const row: EmailLinkTable = {
      id: randomUUID(),
      user_id: null,
      clinic_id: null,
      client_id: null,
      role: null,
      name: null,
      password_hash: null,
      created_by: null,
      ...link,
      email: link.email.toLowerCase(),
      created_at: now.toISOString(),
      used_at: null,
    };
    await this.db.insertInto('email_links').values(row).execute();
    return row;
  }

  /** A link that is still good: unused and unexpired. */
  findUsable(tokenHash: string, now: Date): Promise<EmailLinkTable | undefined> {
    return this.db
      .selectFrom('email_links')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
  }

  /**
   * Marks the link used, in one statement that only an unused, unexpired link passes: of two requests
   * using one link at once, exactly one gets true.
   */
  async consume(id: string, now: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('email_links')
      .set({ used_at: now.toISOString() })
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Pending invitations to an address (for the invitee), newest first. */
  invitationsTo(email: string, now: Date): Promise<(EmailLinkTable & { clinic_name: string })[]> {
    return this.db
      .selectFrom('email_links')
      .innerJoin('clinics', 'clinics.id', 'email_links.clinic_id')
      .selectAll('email_links')
      .select('clinics.name as clinic_name')
      .where('email_links.purpose', '=', 'invitation')
      .where('email_links.email', '=', email.toLowerCase())
      .where('email_links.used_at', 'is', null)
      .where('email_links.expires_at', '>', now.toISOString())
      .orderBy('email_links.created_at', 'desc')
      .execute();
  }

  /** A clinic's pending invitations (for its owner), newest first. */
  invitationsOf(clinicId: string, now: Date): Promise<EmailLinkTable[]> {
    return this.db
      .selectFrom('email_links')
      .selectAll()
      .where('purpose', '=', 'invitation')
      .where('clinic_id', '=', clinicId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now.toISOString())
      .orderBy('created_at', 'desc')
      .execute();
  }

  findById(id: string): Promise<EmailLinkTable | undefined> {
    return this.db.selectFrom('email_links').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Ends the clinic's pending links of a purpose to an address or for a client (a new one replaces them). */
  async revoke(
    where: { clinicId: string; purpose: EmailLinkPurpose; email?: string; clientId?: string; id?: string },
    now: Date,
  ): Promise<number> {
    let query = this.db
      .updateTable('email_links')
      .set({ used_at: now.toISOString() })
      .where('clinic_id', '=', where.clinicId)
      .where('purpose', '=', where.purpose)
      .where('used_at', 'is', null);
    if (where.email !== undefined) query = query.where('email', '=', where.email.toLowerCase());
    if (where.clientId !== undefined) query = query.where('client_id', '=', where.clientId);
    if (where.id !== undefined) query = query.where('id', '=', where.id);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** When the newest link of a purpose for an account was made (to space out repeated emails). */
  async latestFor(userId: string, purpose: EmailLinkPurpose): Promise<string | null> {
    const row = await this.db
      .selectFrom('email_links')
      .select('created_at')
      .where('user_id', '=', userId)
      .where('purpose', '=', purpose)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    return row?.created_at ?? null;
  }
}
