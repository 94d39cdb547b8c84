import type { StaffRole } from '@myomap/core/practice/roles.ts';
import type { Kysely } from 'kysely';
import type { Database, EmailLinkTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { EmailLinkRepository } from '../repositories/email-link.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { accountMessages, type AccountMail } from './account-mail.ts';
import { ClinicAccess, type Actor } from './clinic-access.ts';
import { acceptInvitationIn } from './email-link.service.ts';

/**
 * A pending staff invitation as the clinic's owner sees it. Deliberately without a name: the answer to an
 * invitation is the same whether or not the address has an account, and never shows whose it is.
 */
export interface StaffInvitation {
  id: string;
  email: string;
  role: StaffRole;
  invitedAt: string;
  expiresAt: string;
}

/** A pending invitation as the invitee sees it in the app. */
export interface ReceivedInvitation {
  id: string;
  clinicId: string;
  clinicName: string;
  role: StaffRole;
  invitedAt: string;
  expiresAt: string;
}

const ROLE_NAMES: Readonly<Record<StaffRole, string>> = {
  owner: 'an owner',
  therapist: 'a therapist',
  'front-desk': 'front desk staff',
};

function invitationOf(row: EmailLinkTable): StaffInvitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role as StaffRole,
    invitedAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

const INVITATION_NOT_FOUND = 'Invitation not found';

/**
 * Staff join a clinic only by accepting: the owner invites an address, the invitee accepts with the
 * emailed link or, signed in with a proved address, in the app. No account is attached to a clinic
 * without its holder's consent, and no answer tells the owner whether an address has an account.
 */
export class StaffInvitationService {
  private readonly access: ClinicAccess;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly mail: AccountMail,
  ) {
    this.access = new ClinicAccess(db);
  }

  async invite(
    actor: Actor,
    clinicId: string,
    input: { name: string; email: string; role: StaffRole },
  ): Promise<StaffInvitation> {
    const context = await this.access.enter(actor, clinicId, 'clinic.members', 'clinic.members.invite');
    const email = input.email.toLowerCase();
    const now = new Date();
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const existing = await users.findByEmail(email);
      // The owner sees the clinic's members anyway, so this refusal tells them nothing new.
      if (existing && (await users.membership(clinicId, existing.id))) {
        throw new HttpProblem(409, 'This person is already a member of the clinic', [
          { field: 'body.email', message: 'already a member of the clinic' },
        ]);
      }
      const links = new EmailLinkRepository(trx);
      await links.revoke({ clinicId, purpose: 'invitation', email }, now);
      const { url, row } = await this.mail.link(
        'invitation',
        {
          email,
          name: input.name,
          role: input.role,
          clinic_id: clinicId,
          user_id: existing?.id ?? null,
          created_by: actor.userId,
        },
        trx,
        now,
      );
      const message = accountMessages.invitation(context.clinic.name, ROLE_NAMES[input.role], url, !!existing);
      await this.mail.send({ to: email, clinicId, reference: `email-link:${row.id}`, ...message }, trx);
      await this.access.record(actor, clinicId, 'clinic.members.invite', 'invitation', row.id, 'success', trx);
      return invitationOf(row);
    });
  }

  async pending(actor: Actor, clinicId: string): Promise<StaffInvitation[]> {
    const context = await this.access.enter(actor, clinicId, 'clinic.members', 'clinic.invitations.read');
    const rows = await new EmailLinkRepository(this.db).invitationsOf(clinicId, new Date());
    await this.access.audit(context, 'clinic.invitations.read', null);
    return rows.map(invitationOf);
  }

  async revoke(actor: Actor, clinicId: string, invitationId: string): Promise<void> {
    await this.access.enter(actor, clinicId, 'clinic.members', 'clinic.invitations.revoke');
    const revoked = await new EmailLinkRepository(this.db).revoke(
      { clinicId, purpose: 'invitation', id: invitationId },
      new Date(),
    );
    if (revoked === 0) throw new HttpProblem(404, INVITATION_NOT_FOUND);
    await this.access.record(actor, clinicId, 'clinic.invitations.revoke', 'invitation', invitationId, 'success');
  }

  /** Invitations to the signed-in account's address, once that address is proved (else none). */
  async received(userId: string): Promise<ReceivedInvitation[]> {
    const user = await new UserRepository(this.db).findById(userId);
    if (!user?.email_verified_at) return [];
    const rows = await new EmailLinkRepository(this.db).invitationsTo(user.email, new Date());
    return rows.map((r) => ({
      id: r.id,
      clinicId: r.clinic_id ?? '',
      clinicName: r.clinic_name,
      role: r.role as StaffRole,
      invitedAt: r.created_at,
      expiresAt: r.expires_at,
    }));
  }

  async respond(userId: string, invitationId: string, accept: boolean): Promise<void> {
    const now = new Date();
    const user = await new UserRepository(this.db).findById(userId);
    const links = new EmailLinkRepository(this.db);
    const link = await links.findById(invitationId);
    // An unproved address sees no invitations: whoever made an account with someone else's address
    // cannot accept on their behalf.
    if (
      !user?.email_verified_at ||
      !link ||
      link.purpose !== 'invitation' ||
      link.email !== user.email ||
      link.used_at ||
      link.expires_at <= now.toISOString()
    ) {
      throw new HttpProblem(404, INVITATION_NOT_FOUND);
    }
    await this.db.transaction().execute(async (trx) => {
      if (!(await new EmailLinkRepository(trx).consume(link.id, now))) throw new HttpProblem(404, INVITATION_NOT_FOUND);
      if (accept) await acceptInvitationIn(trx, link, user.id);
    });
  }
}
