import type { UserTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { EmailLinkRepository } from '../repositories/email-link.repository.ts';
import type { ThrottleRepository } from '../repositories/throttle.repository.ts';
import type { UserRepository } from '../repositories/user.repository.ts';
import { accountMessages, type AccountMail } from './account-mail.ts';
import type { AuthOutcome, RequestOrigin } from './auth.service.ts';

/**
 * Account lockout: this many failed sign-ins for one email within the window lock it for the lockout
 * time. Counted for unknown emails too, so a lockout says nothing about who has an account. The
 * per-address rate limit on the route is the other half.
 */
export const LOCKOUT = { failures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

/** A new sign-in link for a locked account at most this often, however often one is asked for. */
const SIGN_IN_LINK_SPACING_MS = 5 * 60_000;

type Record = (action: string, userId: string | null, origin: RequestOrigin, outcome: AuthOutcome) => Promise<void>;

/**
 * The lock's counting (atomic, in ThrottleRepository), its refusal, and the way past it for the owner: a
 * lock emails the account a one-time sign-in link, so guessing at someone's password locks out only
 * the password alone, never the person who also holds their mailbox (or their second factor).
 */
export class SignInLock {
  constructor(
    private readonly users: UserRepository,
    private readonly throttles: ThrottleRepository,
    private readonly mail: AccountMail,
    private readonly record: Record,
  ) {}

  async lockedUntil(email: string, now: Date): Promise<string | null> {
    const until = (await this.throttles.find(email))?.locked_until;
    return until && Date.parse(until) > now.getTime() ? until : null;
  }

  /** Answers 429 for a locked email: the same words whatever the account, or whether there is one. */
  async refuse(email: string, origin: RequestOrigin, now: Date, until: string): Promise<never> {
    const user = await this.users.findByEmail(email);
    await this.record('auth.sign-in', user?.id ?? null, origin, 'denied');
    const minutes = Math.ceil((Date.parse(until) - now.getTime()) / 60_000);
    throw new HttpProblem(
      429,
      `Too many failed sign-ins for this email: try again in ${minutes} minute${minutes === 1 ? '' : 's'}, ` +
        'or sign in now with the one-time link we emailed to this address (with two-factor sign-in on, ' +
        'your password and authenticator code also work)',
    );
  }

  async failed(email: string, user: UserTable | null, origin: RequestOrigin, now: Date): Promise<void> {
    const { failures } = await this.throttles.recordFailure(email, now, {
      limit: LOCKOUT.failures,
      windowMs: LOCKOUT.windowMs,
      lockMs: LOCKOUT.lockMs,
    });
    // The one failure that reached the limit records the lockout, however many raced past it, and tells
    // the owner, with the link that gets them in.
    const lockedNow = failures === LOCKOUT.failures;
    await this.record(lockedNow ? 'auth.lockout' : 'auth.sign-in', user?.id ?? null, origin, 'failure');
    if (lockedNow && user) await this.sendLink(user, now, origin.ip);
  }

  /**
   * A new one-time sign-in link for a locked email. The caller's answer never says whether the email has
   * an account or is locked; a link goes only to a locked account, and at most every few minutes.
   */
  async requestLink(email: string, now: Date = new Date()): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || !(await this.lockedUntil(user.email, now))) return;
    const latest = await new EmailLinkRepository(this.mail.db).latestFor(user.id, 'sign-in');
    if (latest && now.getTime() - Date.parse(latest) < SIGN_IN_LINK_SPACING_MS) return;
    await this.sendLink(user, now, null);
  }

  private async sendLink(user: UserTable, now: Date, lockedFrom: string | null): Promise<void> {
    const { url, row } = await this.mail.link('sign-in', { email: user.email, user_id: user.id }, undefined, now);
    const message = accountMessages.locked(
      now.toISOString().slice(0, 16).replace('T', ' '),
      lockedFrom,
      Math.round(LOCKOUT.lockMs / 60_000),
      url,
    );
    await this.mail.send({ to: user.email, clinicId: null, reference: `email-link:${row.id}`, ...message });
  }
}
