import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../auth/password-hash.ts';
import type { Database, EmailLinkPurpose, EmailLinkTable, Role, UserTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { EmailLinkRepository } from '../repositories/email-link.repository.ts';
import { EmailTakenError, UserRepository } from '../repositories/user.repository.ts';
import { accountMessages, type AccountMail } from './account-mail.ts';
import { passwordProblem, type AuthService, type NewSession, type RequestOrigin } from './auth.service.ts';

/** What the page behind an emailed link needs to show, for the holder of the link only. */
export interface LinkInfo {
  purpose: EmailLinkPurpose;
  email: string;
  clinicName: string | null;
  role: string | null;
  /** What using it asks for: the sign-up's password, a new password, the account's password, or nothing. */
  needs: 'signup-password' | 'new-password' | 'password' | 'nothing';
  twoFactor: boolean;
}

export interface UseLinkInput {
  token: string;
  password?: string | undefined;
  code?: string | undefined;
}

const LINK_GONE = 'This link no longer works: it was used already, it expired, or it was copied incompletely';

/**
 * Everything that starts with an emailed link: sign-up (an account exists only once its address is
 * proved), proving an account's address (and taking up a clinic's portal grant), joining a clinic's staff,
 * and signing in past a lockout. Whoever holds a link controls the address; when they are not signed in
 * as its account, using a verify or invitation link sets a new password and signs every device out, so
 * an account someone else made with this address (and knows the password of) is taken back from them.
 */
export class EmailLinkService {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly mail: AccountMail,
    private readonly auth: AuthService,
  ) {}

  /**
   * A personal account, after its address is proved. The answer is the same whether or not the address
   * has an account: the mailbox learns which (a link to finish, or a note that someone tried).
   */
  async signUp(input: { name: string; email: string; password: string }, origin: RequestOrigin): Promise<void> {
    passwordProblem(input.password, input, 'body.password');
    const email = input.email.toLowerCase();
    // Hashed either way, so the answer takes as long for an address with an account as for a new one.
    const passwordHash = await hashPassword(input.password);
    const existing = await new UserRepository(this.db).findByEmail(email);
    if (existing) {
      const message = accountMessages.signUpAttempt(this.mail.security.publicUrl.replace(/\/+$/, ''));
      await this.mail.send({
        to: email,
        clinicId: null,
        reference: `account:${existing.id}:sign-up-attempt`,
        ...message,
      });
      await this.record('auth.sign-up', existing.id, origin, 'denied');
      return;
    }
    const { url, row } = await this.mail.link('signup', { email, name: input.name, password_hash: passwordHash });
    await this.mail.send({
      to: email,
      clinicId: null,
      reference: `email-link:${row.id}`,
      ...accountMessages.verifySignUp(input.name, url),
    });
    await this.record('auth.sign-up', null, origin, 'success');
  }

  /** Sends the signed-in account a link to prove its address (accounts from before verification existed). */
  async requestVerification(userId: string): Promise<void> {
    const user = await new UserRepository(this.db).findById(userId);
    if (!user || user.email_verified_at) return;
    const { url, row } = await this.mail.link('verify', { email: user.email, user_id: user.id });
    await this.mail.send({
      to: user.email,
      clinicId: null,
      reference: `email-link:${row.id}`,
      subject: 'Confirm your email address for Myomap',
      text: `Open this link to confirm that this address is yours (good for 7 days):\n\n${url}\n\n— Myomap`,
    });
  }

  async peek(token: string, signedInAs: string | undefined): Promise<LinkInfo> {
    const link = await this.usable(token);
    const account = await this.accountOf(link);
    const clinic = link.clinic_id ? await new ClinicRepository(this.db).findById(link.clinic_id) : undefined;
    return {
      purpose: link.purpose,
      email: link.email,
      clinicName: clinic?.name ?? null,
      role: link.role,
      needs: this.needs(link, account, signedInAs),
      twoFactor: link.purpose === 'sign-in' && account?.totp_secret != null,
    };
  }

  async use(input: UseLinkInput, signedInAs: string | undefined, origin: RequestOrigin): Promise<NewSession> {
    const now = new Date();
    const link = await this.usable(input.token, now);
    const account = await this.accountOf(link);
    const needs = this.needs(link, account, signedInAs);

    if (link.purpose === 'sign-in') {
      if (!account) throw new HttpProblem(400, LINK_GONE);
      // Password (and code) first, then the link is spent: a typo does not cost the owner the link.
      await this.auth.verifyStepUp(account, input.password ?? '', input.code, origin, now);
      await this.consume(link, now);
      await this.record('auth.sign-in-link', account.id, origin, 'success');
      return this.auth.openSession(account.id);
    }

    if (needs === 'signup-password') {
      if (!input.password || !(await verifyPassword(input.password, link.password_hash ?? ''))) {
        throw fieldProblem('body.password', 'is not the password you chose when you signed up');
      }
    }
    let newHash: string | null = null;
    if (needs === 'new-password') {
      if (!input.password) throw fieldProblem('body.password', 'choose a password for your account');
      passwordProblem(input.password, { email: link.email, name: account?.name ?? link.name ?? '' }, 'body.password');
      newHash = await hashPassword(input.password);
    }
    await this.consume(link, now);

    const userId = await this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      const at = now.toISOString();
      let user = account;
      if (!user) {
        try {
          user = await users.create({
            email: link.email,
            name: link.name ?? link.email,
            password_hash: link.purpose === 'signup' ? (link.password_hash ?? '') : (newHash ?? ''),
            emailVerifiedAt: at,
          });
        } catch (error) {
          if (error instanceof EmailTakenError) {
            throw new HttpProblem(409, 'This address has an account already: sign in instead');
          }
          throw error;
        }
      } else if (newHash) {
        // The holder of the link owns the address; whoever knew the old password is signed out with it.
        await users.updatePasswordHash(user.id, newHash);
        await users.deleteSessions(user.id);
      }
      await users.markEmailVerified(user.id, at);
      if (link.purpose === 'verify') await this.linkPortal(trx, link, user);
      if (link.purpose === 'invitation') await this.joinStaff(trx, link, user);
      return user.id;
    });
    await this.record(`auth.email-link.${link.purpose}`, userId, origin, 'success');
    return this.auth.openSession(userId);
  }

  private needs(
    link: EmailLinkTable,
    account: UserTable | undefined,
    signedInAs: string | undefined,
  ): LinkInfo['needs'] {
    if (link.purpose === 'signup') return 'signup-password';
    if (link.purpose === 'sign-in') return 'password';
    if (account && account.id === signedInAs) return 'nothing';
    return 'new-password';
  }

  /** The portal grant this link was sent for, if the client is still unlinked and still has this address. */
  private async linkPortal(trx: Kysely<Database>, link: EmailLinkTable, user: UserTable): Promise<void> {
    if (!link.clinic_id || !link.client_id) return;
    const client = await new ClientRepository(trx).find(link.clinic_id, link.client_id);
    if (!client || client.erased_at || client.user_id || client.email?.toLowerCase() !== link.email) return;
    const users = new UserRepository(trx);
    const membership = await users.membership(link.clinic_id, user.id);
    if (membership && membership.role !== 'client') return;
    if (!membership) await users.addMembership(link.clinic_id, user.id, 'client');
    await new ClientRepository(trx).update(link.clinic_id, client.id, { user_id: user.id });
    await new AuditRepository(trx).record({
      clinic_id: link.clinic_id,
      actor_id: user.id,
      origin: null,
      action: 'portal.link',
      subject_type: 'client',
      subject_id: client.id,
      outcome: 'success',
    });
  }

  private async joinStaff(trx: Kysely<Database>, link: EmailLinkTable, user: UserTable): Promise<void> {
    await acceptInvitationIn(trx, link, user.id);
  }

  private async usable(token: string, now: Date = new Date()): Promise<EmailLinkTable> {
    const link = await new EmailLinkRepository(this.db).findUsable(this.mail.hash(token), now);
    if (!link) throw fieldProblem('body.token', LINK_GONE, 400);
    return link;
  }

  private async consume(link: EmailLinkTable, now: Date): Promise<void> {
    if (!(await new EmailLinkRepository(this.db).consume(link.id, now))) throw fieldProblem('body.token', LINK_GONE);
  }

  private async accountOf(link: EmailLinkTable): Promise<UserTable | undefined> {
    const users = new UserRepository(this.db);
    // An invitation goes to an address: whoever holds it now (an account may have been made since).
    return link.user_id && link.purpose !== 'invitation' ? users.findById(link.user_id) : users.findByEmail(link.email);
  }

  private async record(
    action: string,
    userId: string | null,
    origin: RequestOrigin,
    outcome: 'success' | 'denied',
  ): Promise<void> {
    await new AuditRepository(this.db).record({
      clinic_id: null,
      actor_id: userId,
      origin: origin.ip,
      action,
      subject_type: 'user',
      subject_id: userId,
      outcome,
    });
  }
}

/** Joins the clinic's staff as the invitation says (an existing membership is left as it is). */
export async function acceptInvitationIn(trx: Kysely<Database>, link: EmailLinkTable, userId: string): Promise<void> {
  if (!link.clinic_id || !link.role) return;
  const users = new UserRepository(trx);
  if (await users.membership(link.clinic_id, userId)) return;
  await users.addMembership(link.clinic_id, userId, link.role as Role);
  await new AuditRepository(trx).record({
    clinic_id: link.clinic_id,
    actor_id: userId,
    origin: null,
    action: 'clinic.members.join',
    subject_type: 'user',
    subject_id: userId,
    outcome: 'success',
  });
}

function fieldProblem(field: string, message: string, status = 400): HttpProblem {
  return new HttpProblem(status, `${field}: ${message}`, [{ field, message }]);
}
