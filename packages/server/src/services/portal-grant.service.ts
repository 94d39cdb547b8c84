import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password-hash.ts';
import type { Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { EmailLinkRepository } from '../repositories/email-link.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { accountMessages, type AccountMail } from './account-mail.ts';
import { ClinicAccess, type Actor } from './clinic-access.ts';
import { oneTimePassword } from './client.service.ts';

export interface PortalGrant {
  email: string;
  /** For a new account: the clinic hands it to the client, who changes it at first sign-in. Shown once. */
  oneTimePassword: string | null;
  /** The address has an account whose holder has not proved it: access waits for the emailed link. */
  pending: boolean;
}

/**
 * Portal access for a client. A record is linked only to an account that has proved it receives mail at
 * the client's address, or to a new account whose one-time password the clinic hands over in person.
 * An account someone made with the client's address without proving it (possibly to read the record
 * once the clinic opens the portal) is never linked: the address gets a link instead, and whoever uses
 * it chooses the password, which signs out whoever made the account.
 */
export class PortalGrantService {
  private readonly access: ClinicAccess;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly mail: AccountMail,
  ) {
    this.access = new ClinicAccess(db);
  }

  async grant(actor: Actor, clinicId: string, clientId: string): Promise<PortalGrant> {
    const context = await this.access.enter(actor, clinicId, 'clients.portal', 'portal.grant');
    const client = await this.access.client(context, clientId, 'portal.grant');
    if (client.erased_at)
      throw new HttpProblem(409, 'This client\u2019s record was erased on request; only what the law requires is kept');
    if (client.user_id) throw new HttpProblem(409, 'This client already has portal access');
    const email = client.email?.toLowerCase();
    if (!email) {
      throw new HttpProblem(400, 'Add the client\u2019s email address first: it is their sign-in name', [
        { field: 'email', message: 'the client has no email address' },
      ]);
    }
    const password = oneTimePassword();
    const passwordHash = await hashPassword(password);
    const now = new Date();
    return this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const existing = await users.findByEmail(email);
      if (existing && (await users.membership(clinicId, existing.id))) {
        throw new HttpProblem(409, 'This email belongs to a member of the clinic: use another address for the client');
      }
      const base = this.mail.security.publicUrl.replace(/\/+$/, '');
      if (existing && !existing.email_verified_at) {
        await new EmailLinkRepository(trx).revoke({ clinicId, purpose: 'verify', clientId: client.id }, now);
        const { url, row } = await this.mail.link(
          'verify',
          { email, user_id: existing.id, clinic_id: clinicId, client_id: client.id, created_by: actor.userId },
          trx,
          now,
        );
        const message = accountMessages.verifyForPortal(context.clinic.name, url);
        await this.mail.send({ to: email, clinicId, reference: `email-link:${row.id}`, ...message }, trx);
        await this.access.audit(context, 'portal.grant.pending', client.id, 'success', trx);
        return { email, oneTimePassword: null, pending: true };
      }
      const user =
        existing ??
        (await users.create({ email, name: client.name, password_hash: passwordHash, mustChangePassword: true }));
      await users.addMembership(clinicId, user.id, 'client');
      await new ClientRepository(trx).update(clinicId, client.id, { user_id: user.id });
      if (existing) {
        const message = accountMessages.portalGranted(context.clinic.name, base);
        await this.mail.send({ to: email, clinicId, reference: `portal:${client.id}:granted`, ...message }, trx);
      }
      await this.access.audit(context, 'portal.grant', client.id, 'success', trx);
      return { email, oneTimePassword: existing ? null : password, pending: false };
    });
  }
}
