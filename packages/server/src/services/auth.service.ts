import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from '../auth/password-hash.ts';
import { checkPassword } from '../auth/password-policy.ts';
import { open, seal } from '../auth/secret-box.ts';
import { generateTotpSecret, matchTotpStep, totpUri } from '../auth/totp.ts';
import type { Database, Role, UserTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { SessionRepository } from '../repositories/session.repository.ts';
import { ThrottleRepository } from '../repositories/throttle.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { AccountMail, ephemeralSecurity, type AccountSecurity } from './account-mail.ts';
import { SignInLock } from './sign-in-lock.ts';
import { seedClinic } from './clinic.service.ts';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 60 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };

export { LOCKOUT } from './sign-in-lock.ts';

export interface Account {
  user: {
    id: string;
    email: string;
    name: string;
    mustChangePassword: boolean;
    twoFactor: boolean;
    emailVerified: boolean;
  };
  memberships: { clinicId: string; clinicName: string; role: Role }[];
  csrfToken: string;
}

export interface NewSession {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  account: Account;
}

export type AuthOutcome = 'success' | 'failure' | 'denied';

/** Who is asking and from where, for the audit log (never health data). */
export interface RequestOrigin {
  ip: string;
}

const SIGN_IN_FAILED = 'Email or password is incorrect';

/** Where a TOTP secret is bound when sealed: a sealed secret copied onto another account does not open. */
const totpContext = (userId: string): string => `totp:${userId}`;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function passwordProblem(
  password: string,
  context: { email: string; name: string },
  field = 'body.password',
): void {
  const check = checkPassword(password, context);
  if (!check.ok) {
    throw new HttpProblem(400, `${field}: This password ${check.reason}`, [
      { field, message: `This password ${check.reason}` },
    ]);
  }
}

/** Accounts and sessions: set-up of the first account, sign-up, sign-in, sign-out, who is signed in. */
export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly audit: AuditRepository;
  private readonly throttles: ThrottleRepository;
  readonly mail: AccountMail;
  /** The account lockout: counting, refusing, and the emailed way past it. */
  readonly lock: SignInLock;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    readonly security: AccountSecurity = ephemeralSecurity(),
  ) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.audit = new AuditRepository(db);
    this.throttles = new ThrottleRepository(db);
    this.mail = new AccountMail(db, security);
    this.lock = new SignInLock(this.users, this.throttles, this.mail, (action, userId, origin, outcome) =>
      this.record(action, userId, origin, outcome),
    );
  }

  async needsSetup(): Promise<boolean> {
    return (await this.users.count()) === 0;
  }

  /** First start only: the first account, and with a clinic name, the clinic it owns. */
  async setUp(
    input: { name: string; email: string; password: string; clinicName?: string | undefined },
    origin: RequestOrigin,
  ): Promise<NewSession> {
    passwordProblem(input.password, input);
    const passwordHash = await hashPassword(input.password);
    const userId = await this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      if ((await users.count()) > 0) throw new HttpProblem(409, 'Myomap is already set up: sign in instead');
      const user = await users.create({ email: input.email, name: input.name, password_hash: passwordHash });
      if (input.clinicName) {
        const clinic = await new ClinicRepository(trx).create(input.clinicName);
        await users.addMembership(clinic.id, user.id, 'owner');
        await seedClinic(trx, clinic.id, user.id);
      }
      return user.id;
    });
    await this.record('auth.set-up', userId, origin, 'success');
    return this.openSession(userId);
  }

  /**
   * Password sign-in, with the TOTP code for accounts that turned it on. While an email is locked the
   * password alone is refused; the owner gets past the lock with a step-up: the second factor (accounts
   * with TOTP) or the one-time link emailed when it locked. Every miss during a lock answers exactly like
   * the lock itself, so the lock cannot be used to test passwords or learn whether an account has TOTP.
   */
  async signIn(
    input: { email: string; password: string; code?: string | undefined },
    origin: RequestOrigin,
    now: Date = new Date(),
  ): Promise<NewSession> {
    const email = input.email.toLowerCase();
    const lockedBefore = await this.lock.lockedUntil(email, now);
    if (lockedBefore && !input.code) await this.lock.refuse(email, origin, now, lockedBefore);
    const user = await this.users.findByEmail(email);
    // The same work and the same answer for an unknown email as for a wrong password.
    const ok = await verifyPassword(input.password, user?.password_hash ?? (await getDummyHash()));
    if (!user || !ok) {
      await this.lock.failed(email, user ?? null, origin, now);
      if (lockedBefore) await this.lock.refuse(email, origin, now, lockedBefore);
      throw new HttpProblem(401, SIGN_IN_FAILED);
    }
    // Read again: the hash takes long enough for a burst of wrong guesses to lock the email meanwhile,
    // and a right password must not get in past a lock (nor, by asking for a code, reveal it was right).
    const locked = lockedBefore ?? (await this.lock.lockedUntil(email, now));
    if (locked && (!user.totp_secret || !input.code)) await this.lock.refuse(email, origin, now, locked);
    if (user.totp_secret) {
      if (!input.code) {
        throw new HttpProblem(401, 'Enter the 6-digit code from your authenticator app', [
          { field: 'body.code', message: 'a two-factor code is required for this account' },
        ]);
      }
      if (!(await this.checkCode(user, input.code, now))) {
        await this.lock.failed(email, user, origin, now);
        if (locked) await this.lock.refuse(email, origin, now, locked);
        throw new HttpProblem(401, 'That code is wrong or was already used: enter the current one', [
          { field: 'body.code', message: 'wrong or already used' },
        ]);
      }
    }
    // Clearing the count and reading the lock come last, so a lock recorded before this point refuses,
    // unless the second factor was just checked: that is the step-up past a lock.
    const lockedUntil = await this.throttles.clearUnlessLocked(email, now);
    if (lockedUntil && !user.totp_secret) await this.lock.refuse(email, origin, now, lockedUntil);
    if (needsRehash(user.password_hash))
      await this.users.updatePasswordHash(user.id, await hashPassword(input.password), user.must_change_password === 1);
    await this.record(lockedUntil ? 'auth.sign-in-step-up' : 'auth.sign-in', user.id, origin, 'success');
    return this.openSession(user.id);
  }

  /**
   * The check behind an emailed sign-in link: the password, and the code when TOTP is on. Failures are
   * audited but not counted toward the lock: only the holder of the emailed link gets this far.
   */
  async verifyStepUp(
    user: UserTable,
    password: string,
    code: string | undefined,
    origin: RequestOrigin,
    now: Date = new Date(),
  ): Promise<void> {
    const ok = await verifyPassword(password, user.password_hash);
    if (!ok || (user.totp_secret && !(code && (await this.checkCode(user, code, now))))) {
      await this.record('auth.sign-in-link', user.id, origin, 'failure');
      throw new HttpProblem(401, user.totp_secret ? 'Password or code is incorrect' : SIGN_IN_FAILED);
    }
  }

  /** Checks a TOTP code against the sealed secret and spends its time step. */
  private async checkCode(user: UserTable, code: string, now: Date): Promise<boolean> {
    if (!user.totp_secret) return false;
    const secret = open(this.security.keys, user.totp_secret, totpContext(user.id));
    const step = matchTotpStep(secret, code, {
      now: now.getTime(),
      ...(user.totp_last_step !== null ? { afterStep: user.totp_last_step } : {}),
    });
    if (step === null) return false;
    await this.users.updateTotp(user.id, { totp_last_step: step });
    return true;
  }

  /**
   * Changes the password after checking the current one. Every session of the account ends, this one too,
   * and a new one (new cookie token, new CSRF token) takes its place: whoever may have copied the old
   * cookie or token, often the reason to change a password, is signed out with the rest.
   */
  async changePassword(
    token: string,
    input: { currentPassword: string; newPassword: string },
    origin: RequestOrigin,
  ): Promise<NewSession> {
    const account = await this.current(token);
    if (!account) throw new HttpProblem(401, 'Not signed in');
    const user = await this.users.findById(account.user.id);
    if (!user || !(await verifyPassword(input.currentPassword, user.password_hash))) {
      await this.record('auth.password-change', account.user.id, origin, 'failure');
      throw new HttpProblem(400, 'body.currentPassword: this is not your current password', [
        { field: 'body.currentPassword', message: 'this is not your current password' },
      ]);
    }
    if (input.newPassword === input.currentPassword) {
      throw new HttpProblem(400, 'body.newPassword: choose a password different from the current one', [
        { field: 'body.newPassword', message: 'choose a password different from the current one' },
      ]);
    }
    const check = checkPassword(input.newPassword, { email: user.email, name: user.name });
    if (!check.ok) {
      throw new HttpProblem(400, `body.newPassword: This password ${check.reason}`, [
        { field: 'body.newPassword', message: `This password ${check.reason}` },
      ]);
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.db.transaction().execute(async (trx) => {
      const users = new UserRepository(trx);
      await users.updatePasswordHash(user.id, passwordHash);
      await users.deleteSessions(user.id);
    });
    await this.record('auth.password-change', user.id, origin, 'success');
    return this.openSession(user.id);
  }

  /** Step one of two-factor set-up: a secret to scan; it takes effect once a code from it is confirmed. */
  async beginTotp(token: string): Promise<{ secret: string; uri: string }> {
    const account = await this.current(token);
    if (!account) throw new HttpProblem(401, 'Not signed in');
    const secret = generateTotpSecret();
    const sealed = seal(this.security.keys, secret, totpContext(account.user.id));
    await this.users.updateTotp(account.user.id, { totp_pending_secret: sealed });
    return { secret, uri: totpUri({ secret, account: account.user.email }) };
  }

  async confirmTotp(token: string, code: string, origin: RequestOrigin, now: Date = new Date()): Promise<Account> {
    const account = await this.current(token);
    if (!account) throw new HttpProblem(401, 'Not signed in');
    const user = await this.users.findById(account.user.id);
    const sealed = user?.totp_pending_secret;
    const secret = sealed ? open(this.security.keys, sealed, totpContext(account.user.id)) : null;
    const step = secret ? matchTotpStep(secret, code, { now: now.getTime() }) : null;
    if (!sealed || step === null) {
      throw new HttpProblem(400, 'body.code: that code does not match; scan the code again and enter the current one', [
        { field: 'body.code', message: 'does not match the secret being set up' },
      ]);
    }
    await this.users.updateTotp(account.user.id, {
      totp_secret: sealed,
      totp_pending_secret: null,
      totp_last_step: step,
    });
    await this.record('auth.two-factor-on', account.user.id, origin, 'success');
    const updated = await this.account(account.user.id, account.csrfToken);
    if (!updated) throw new HttpProblem(401, 'Not signed in');
    return updated;
  }

  async disableTotp(token: string, password: string, origin: RequestOrigin): Promise<Account> {
    const account = await this.current(token);
    if (!account) throw new HttpProblem(401, 'Not signed in');
    const user = await this.users.findById(account.user.id);
    if (!user || !(await verifyPassword(password, user.password_hash))) {
      throw new HttpProblem(400, 'body.password: this is not your password', [
        { field: 'body.password', message: 'this is not your password' },
      ]);
    }
    await this.users.updateTotp(user.id, { totp_secret: null, totp_pending_secret: null, totp_last_step: null });
    await this.record('auth.two-factor-off', user.id, origin, 'success');
    const updated = await this.account(user.id, account.csrfToken);
    if (!updated) throw new HttpProblem(401, 'Not signed in');
    return updated;
  }

  async signOut(token: string, origin: RequestOrigin): Promise<void> {
    const session = await this.sessions.find(hashToken(token));
    if (!session) return;
    await this.sessions.delete(session.id);
    await this.record('auth.sign-out', session.user_id, origin, 'success');
  }

  /** The account behind a session token, or undefined when the session is unknown or has expired. */
  async current(token: string | undefined, now: Date = new Date()): Promise<Account | undefined> {
    if (!token) return undefined;
    const session = await this.sessions.find(hashToken(token));
    if (!session) return undefined;
    const idleEnd = Date.parse(session.last_seen_at) + this.policy.idleMs;
    if (now.getTime() > idleEnd || now.getTime() > Date.parse(session.expires_at)) {
      await this.sessions.delete(session.id);
      return undefined;
    }
    await this.sessions.touch(session.id, now.toISOString());
    return this.account(session.user_id, session.csrf_token);
  }

  /** A new session for an account that has just proved who it is. */
  async openSession(userId: string): Promise<NewSession> {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    await this.sessions.create({
      id: hashToken(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + this.policy.absoluteMs).toISOString(),
    });
    const account = await this.account(userId, csrfToken);
    if (!account) throw new Error('the account vanished while signing in');
    return { token, account };
  }

  private async account(userId: string, csrfToken: string): Promise<Account | undefined> {
    const user = await this.users.findById(userId);
    if (!user) return undefined;
    const memberships = await this.users.memberships(userId);
    return {
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        mustChangePassword: user.must_change_password === 1,
        twoFactor: user.totp_secret !== null,
        emailVerified: user.email_verified_at !== null,
      },
      memberships: memberships.map((m) => ({ clinicId: m.clinic_id, clinicName: m.clinic_name, role: m.role })),
      csrfToken,
    };
  }

  private async record(
    action: string,
    userId: string | null,
    origin: RequestOrigin,
    outcome: AuthOutcome,
  ): Promise<void> {
    await this.audit.record({
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
