import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { getDummyHash, hashPassword, needsRehash, verifyPassword } from '../auth/password-hash.ts';
import { checkPassword } from '../auth/password-policy.ts';
import type { Database, Role } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { SessionRepository } from '../repositories/session.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 60 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };

export interface Account {
  user: { id: string; email: string; name: string };
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

  constructor(
    private readonly db: Kysely<Database>,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
  ) {
    this.users = new UserRepository(db);
    this.sessions = new SessionRepository(db);
    this.audit = new AuditRepository(db);
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
      }
      return user.id;
    });
    await this.record('auth.set-up', userId, origin, 'success');
    return this.startSession(userId);
  }

  /** A personal self-care account. */
  async signUp(input: { name: string; email: string; password: string }, origin: RequestOrigin): Promise<NewSession> {
    passwordProblem(input.password, input);
    if (await this.users.findByEmail(input.email)) {
      throw new HttpProblem(409, 'An account with this email already exists: sign in instead', [
        { field: 'body.email', message: 'an account with this email already exists' },
      ]);
    }
    const user = await this.users.create({
      email: input.email,
      name: input.name,
      password_hash: await hashPassword(input.password),
    });
    await this.record('auth.sign-up', user.id, origin, 'success');
    return this.startSession(user.id);
  }

  async signIn(input: { email: string; password: string }, origin: RequestOrigin): Promise<NewSession> {
    const user = await this.users.findByEmail(input.email);
    // The same work and the same answer for an unknown email as for a wrong password.
    const ok = await verifyPassword(input.password, user?.password_hash ?? (await getDummyHash()));
    if (!user || !ok) {
      await this.record('auth.sign-in', user?.id ?? null, origin, 'failure');
      throw new HttpProblem(401, SIGN_IN_FAILED);
    }
    if (needsRehash(user.password_hash))
      await this.users.updatePasswordHash(user.id, await hashPassword(input.password));
    await this.record('auth.sign-in', user.id, origin, 'success');
    return this.startSession(user.id);
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
      user: { id: user.id, email: user.email, name: user.name },
      memberships: memberships.map((m) => ({ clinicId: m.clinic_id, clinicName: m.clinic_name, role: m.role })),
      csrfToken,
    };
  }

  private async record(
    action: string,
    userId: string | null,
    origin: RequestOrigin,
    outcome: 'success' | 'failure',
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
