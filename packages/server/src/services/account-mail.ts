import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { generateSecretKey, keyRing, linkTokenHash, parseSecretKey, type KeyRing } from '../auth/secret-box.ts';
import type { Database, EmailLinkPurpose, EmailLinkTable } from '../db/schema.ts';
import { OutboxRepository } from '../mail/outbox.repository.ts';
import { EmailLinkRepository, type NewEmailLink } from '../repositories/email-link.repository.ts';

/** What account security needs from the configuration: the secret keys and where the web app is reached. */
export interface AccountSecurity {
  keys: KeyRing;
  /** The web app's address as people reach it, for links in emails (never taken from a request's Host). */
  publicUrl: string;
}

/** For tests and embedded use: a key that lives as long as the process. The server passes its configured one. */
export function ephemeralSecurity(publicUrl = 'http://localhost:3000'): AccountSecurity {
  return { keys: keyRing(parseSecretKey(generateSecretKey())), publicUrl };
}

/** How long each kind of emailed link stays good. */
export const LINK_TTL_MS: Readonly<Record<EmailLinkPurpose, number>> = {
  signup: 24 * 3_600_000,
  verify: 7 * 24 * 3_600_000,
  invitation: 7 * 24 * 3_600_000,
  'sign-in': 3_600_000,
};

export interface Mail {
  to: string;
  /** The clinic it is sent for (its owner sees it in the delivery list), or null for account mail. */
  clinicId: string | null;
  reference: string;
  subject: string;
  text: string;
}

/** Emailed links and account mail; both go through the outbox, in the caller's transaction when given. */
export class AccountMail {
  constructor(
    readonly db: Kysely<Database>,
    readonly security: AccountSecurity,
  ) {}

  hash(token: string): string {
    return linkTokenHash(this.security.keys, token);
  }

  /** A new link: the token goes into the URL (after #, so it is never sent to a server or in a Referer). */
  async link(
    purpose: EmailLinkPurpose,
    fields: Omit<NewEmailLink, 'token_hash' | 'purpose' | 'expires_at'>,
    db: Kysely<Database> = this.db,
    now: Date = new Date(),
  ): Promise<{ url: string; row: EmailLinkTable }> {
    const token = randomBytes(32).toString('base64url');
    const row = await new EmailLinkRepository(db).create(
      {
        ...fields,
        purpose,
        token_hash: this.hash(token),
        expires_at: new Date(now.getTime() + LINK_TTL_MS[purpose]).toISOString(),
      },
      now,
    );
    return { url: `${this.security.publicUrl.replace(/\/+$/, '')}/email-link#token=${token}`, row };
  }

  async send(mail: Mail, db: Kysely<Database> = this.db): Promise<void> {
    await new OutboxRepository(db).enqueue({
      clinicId: mail.clinicId,
      reference: mail.reference,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
    });
  }
}

const SIGN_OFF = '\n\n— Myomap';

export const accountMessages = {
  verifySignUp: (name: string, url: string): Pick<Mail, 'subject' | 'text'> => ({
    subject: 'Confirm your email address for Myomap',
    text: `Hello ${name},\n\nTo finish creating your Myomap account, open this link within 24 hours and enter the password you chose:\n\n${url}\n\nIf you did not sign up, ignore this email: without the link no account is made.${SIGN_OFF}`,
  }),
  signUpAttempt: (url: string): Pick<Mail, 'subject' | 'text'> => ({
    subject: 'Someone tried to sign up to Myomap with your address',
    text: `Someone (perhaps you) tried to create a Myomap account with this email address, which already has an account. Nothing changed.\n\nIf it was you, sign in instead: ${url}/signin\n\nIf you forgot your password, ask your clinic, or open the sign-in page and use "Email me a sign-in link".${SIGN_OFF}`,
  }),
  verifyForPortal: (clinicName: string, url: string): Pick<Mail, 'subject' | 'text'> => ({
    subject: `${clinicName} invites you to its client portal`,
    text: `${clinicName} gave you access to your records in its Myomap client portal. To open it, confirm that this address is yours with this link (good for 7 days):\n\n${url}\n\nIf you are not signed in on that device, you will choose a password for your account; every other device is signed out.${SIGN_OFF}`,
  }),
  portalGranted: (clinicName: string, url: string): Pick<Mail, 'subject' | 'text'> => ({
    subject: `${clinicName} opened its client portal for you`,
    text: `${clinicName} gave you access to your records in its Myomap client portal. Sign in with this address to see them: ${url}/portal${SIGN_OFF}`,
  }),
  invitation: (clinicName: string, role: string, url: string, hasAccount: boolean): Pick<Mail, 'subject' | 'text'> => ({
    subject: `Join ${clinicName} on Myomap`,
    text: `${clinicName} invites you to join its team on Myomap as ${role}.\n\nTo accept, open this link within 7 days${
      hasAccount ? ' (or sign in and accept it on your Account page)' : ' and choose a password'
    }:\n\n${url}\n\nIf you do not want to join, ignore this email: nothing changes until you accept.${SIGN_OFF}`,
  }),
  locked: (when: string, origin: string | null, minutes: number, url: string): Pick<Mail, 'subject' | 'text'> => ({
    subject: origin ? 'Your Myomap account was locked after failed sign-ins' : 'Your one-time sign-in link for Myomap',
    text: `${
      origin
        ? `There were 5 failed sign-ins to your Myomap account, the last at ${when} (UTC) from ${origin}. Signing in with the password alone is paused for ${minutes} minutes.`
        : `You asked for a new sign-in link at ${when} (UTC) while signing in with the password alone is paused.`
    }\n\nIf that was you, sign in now with this one-time link (good for 1 hour; you will need your password, and your authenticator code if two-factor sign-in is on):\n\n${url}\n\nWith two-factor sign-in on, your password and a code also get you in on the sign-in page. If it was not you, someone is guessing your password: nothing was opened; consider a longer password and two-factor sign-in.${SIGN_OFF}`,
  }),
};
