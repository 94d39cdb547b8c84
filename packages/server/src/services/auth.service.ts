import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from '../auth/password-hash.ts';
import { checkPassword } from '../auth/password-policy.ts';
import { generateTotpSecret, matchTotpStep, totpUri } from '../auth/totp.ts';
import type { Database, Role } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { SessionRepository } from '../repositories/session.repository.ts';
import { ThrottleRepository } from '../repositories/throttle.repository.ts';
import { EmailTakenError, UserRepository } from '../repositories/user.repository.ts';
import { seedClinic } from './clinic.service.ts';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 60 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };

/**
 * Account lockout: this many failed sign-ins for one email within the window lock it for the lockout
 * time. Counted for unknown emails too, so a lockout says nothing about who has an account. The
 * per-address rate limit on the route is the other half.
 */
export const LOCKOUT = { failures: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 };

export interface Account {
  user: { id: string; email: string; name: string; mustChangePassword: boolean; twoFactor: boolean };
  memberships: { clinicId: string; clinicName: string; role: Role }[];
  csrfToken: string;
}

export interface NewSession {
  /** The secret for the cookie; only its hash is stored. */
  token: string;
  account: Account;
}

/** Who is asking and from where, for the audit log (never health data). */
export interface RequestOrigin {
  ip: string;
}

const SIGN_IN_FAILED = 'Email or password is incorrect';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function passwordProblem(password: string, context: { email: string; name: string }): void {
  const check = checkPassword(password, context);
  if (!check.ok) {
    throw new HttpProblem(400, `body.password: This password ${check.reason}`, [
      { field: 'body.password', message: `This password ${check.reason}` },
    ]);
  }
}

/** Accounts and sessions: set-up of the first account, sign-up, sign-in, sign-out, who is signed in. */
export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly audit: AuditRepository;
  private readonly throttles: ThrottleRepository;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.audit = new AuditRepository(db);
    this.throttles = new ThrottleRepository(db);
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
    return this.startSession(userId);
  }

  /** A personal self-care account. */
  async signUp(input: { name: string; email: string; password: string }, origin: RequestOrigin): Promise<NewSession> {
    passwordProblem(input.password, input);
    const taken = () =>
      new HttpProblem(409, 'An account with this email already exists: sign in instead', [
        { field: 'body.email', message: 'an account with this email already exists' },
      ]);
    // Looked up first to spare a hash; a sign-up racing this one is caught by the unique index below.
    if (await this.users.findByEmail(input.email)) throw taken();
    const passwordHash = await hashPassword(input.password);
    let userId: string;
    try {
      userId = (await this.users.create({ email: input.email, name: input.name, password_hash: passwordHash })).id;
    } catch (error) {
      if (error instanceof EmailTakenError) throw taken();
      throw error;
    }
    await this.record('auth.sign-up', userId, origin, 'success');
    return this.startSession(userId);
  }

  async signIn(
    input: { email: string; password: string; code?: string | undefined },
    origin: RequestOrigin,
    now: Date = new Date(),
  ): Promise<NewSession> {
    const email = input.email.toLowerCase();
    await this.refuseLocked(email, origin, now);
    const user = await this.users.findByEmail(email);
    // The same work and the same answer for an unknown email as for a wrong password.
    const ok = await verifyPassword(input.password, user?.password_hash ?? (await getDummyHash()));
    if (!user || !ok) {
      await this.failed(email, user?.id ?? null, origin, now);
      throw new HttpProblem(401, SIGN_IN_FAILED);
    }
    // Checked again: the hash takes long enough for a burst of wrong guesses to lock the email meanwhile,
    // and a right password must not get in past a lock (nor, by asking for a code, reveal it was right).
    await this.refuseLocked(email, origin, now);
    if (user.totp_secret) {
      if (!input.code) {
        throw new HttpProblem(401, 'Enter the 6-digit code from your authenticator app', [
          { field: 'body.code', message: 'a two-factor code is required for this account' },
        ]);
      }
      const step = matchTotpStep(user.totp_secret, input.code, {
        now: now.getTime(),
        ...(user.totp_last_step !== null ? { afterStep: user.totp_last_step } : {}),
      });
      if (step === null) {
        await this.failed(email, user.id, origin, now);
        throw new HttpProblem(401, 'That code is wrong or was already used: enter the current one', [
          { field: 'body.code', message: 'wrong or already used' },
        ]);
      }
      await this.users.updateTotp(user.id, { totp_last_step: step });
    }
    // Clearing the count and reading the lock come last, so a lock recorded before this point refuses.
    const lockedUntil = await this.throttles.clearUnlessLocked(email, now);
    if (lockedUntil) await this.refuseLocked(email, origin, now, lockedUntil);
    if (needsRehash(user.password_hash))
      await this.users.updatePasswordHash(user.id, await hashPassword(input.password), user.must_change_password === 1);
    await this.record('auth.sign-in', user.id, origin, 'success');
    return this.startSession(user.id);
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
    return this.startSession(user.id);
  }

  /** Step one of two-factor set-up: a secret to scan; it takes effect once a code from it is confirmed. */
  async beginTotp(token: string): Promise<{ secret: string; uri: string }> {
    const account = await this.current(token);
    if (!account) throw new HttpProblem(401, 'Not signed in');
    const secret = generateTotpSecret();
    await this.users.updateTotp(account.user.id, { totp_pending_secret: secret });
    return { secret, uri: totpUri({ secret, account: account.user.email }) };
  }

  async confirmTotp(token: string, code: string, origin: RequestOrigin, now: Date = new Date()): Promise<Account> {
    const account = await this.current(token);
    if (!account) throw new HttpProblem(401, 'Not signed in');
    const user = await this.users.findById(account.user.id);
    const secret = user?.totp_pending_secret;
    const step = secret ? matchTotpStep(secret, code, { now: now.getTime() }) : null;
    if (!secret || step === null) {
      throw new HttpProblem(400, 'body.code: that code does not match; scan the code again and enter the current one', [
        { field: 'body.code', message: 'does not match the secret being set up' },
      ]);
    }
    await this.users.updateTotp(account.user.id, {
      totp_secret: secret,
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

  /** Answers 429 while the email is locked; `lockedUntil` when the caller has just read it. */
  private async refuseLocked(
    email: string,
    origin: RequestOrigin,
    now: Date,
    lockedUntil: string | null = null,
  ): Promise<void> {
    const until = lockedUntil ?? (await this.throttles.find(email))?.locked_until;
    if (until && Date.parse(until) > now.getTime()) {
      const user = await this.users.findByEmail(email);
      await this.record('auth.sign-in', user?.id ?? null, origin, 'denied');
      const minutes = Math.ceil((Date.parse(until) - now.getTime()) / 60_000);
      throw new HttpProblem(
        429,
        `Too many failed sign-ins for this email: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      );
    }
  }

  private async failed(email: string, userId: string | null, origin: RequestOrigin, now: Date): Promise<void> {
    const { failures } = await this.throttles.recordFailure(email, now, {
      limit: LOCKOUT.failures,
      windowMs: LOCKOUT.windowMs,
      lockMs: LOCKOUT.lockMs,
    });
    // The one failure that reached the limit records the lockout, however many raced past it.
    await this.record(failures === LOCKOUT.failures ? 'auth.lockout' : 'auth.sign-in', userId, origin, 'failure');
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

  private async startSession(userId: string): Promise<NewSession> {
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
      },
      memberships: memberships.map((m) => ({ clinicId: m.clinic_id, clinicName: m.clinic_name, role: m.role })),
      csrfToken,
    };
  }

  private async record(
    action: string,
    userId: string | null,
    origin: RequestOrigin,
    outcome: 'success' | 'failure' | 'denied',
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
