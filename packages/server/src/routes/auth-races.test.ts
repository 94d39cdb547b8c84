import { randomBytes, scryptSync } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as PasswordHash from '../auth/password-hash.ts';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { LOCKOUT } from '../services/auth.service.ts';
import { lastLinkTo, mailTo, signUpVerified } from '../test/email-links.ts';
import { call, PASSWORD, sessionOf } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

// Sequential tests cannot see a race: these send the requests at once. Production scrypt costs 128 MiB
// and half a second of a core per hash (seconds on a busy CI machine), so here new hashes, and the dummy
// hash unknown emails are checked against, use the smallest cost the stored format accepts. Checking a
// password still reads the cost from the stored hash and runs scrypt off the event loop, as in production.
// A test can hold a password check at the point its hash is done, to land a lock in between.
const hold = vi.hoisted(() => ({ entered: undefined as (() => void) | undefined, until: Promise.resolve() }));

vi.mock('../auth/password-hash.ts', async (importOriginal) => {
  const real = await importOriginal<typeof PasswordHash>();
  const b64 = (bytes: Buffer): string => bytes.toString('base64').replace(/=+$/, '');
  const cheapHash = (plain: string): string => {
    const salt = randomBytes(16);
    const hash = scryptSync(plain.normalize('NFKC'), salt, 64, { N: 2 ** 10, r: 8, p: 1 });
    return `$scrypt$ln=10,r=8,p=1$${b64(salt)}$${b64(hash)}`;
  };
  const dummy = cheapHash(randomBytes(16).toString('hex'));
  return {
    ...real,
    hashPassword: (plain: string) => Promise.resolve(cheapHash(plain)),
    getDummyHash: () => Promise.resolve(dummy),
    needsRehash: () => false,
    verifyPassword: async (plain: string, encoded: string) => {
      const ok = await real.verifyPassword(plain, encoded);
      hold.entered?.();
      await hold.until;
      return ok;
    },
  };
});

const WRONG_AT_ONCE = 20;

function statuses(responses: LightMyRequestResponse[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

describe.each(TEST_ENGINES)('sign-in and sign-up races on $engine', { timeout: 120_000 }, ({ engine, create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let address = 0;

  // Each request from its own address, so the per-address rate limit stays out of the way.
  const signIn = (server: FastifyInstance, email: string, password: string) =>
    server.inject({
      method: 'POST',
      url: '/api/auth/signin',
      remoteAddress: `10.4.${Math.floor((address += 1) / 250)}.${address % 250}`,
      payload: { email, password },
    });
  const signUp = (email: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      remoteAddress: `10.5.${Math.floor((address += 1) / 250)}.${address % 250}`,
      payload: { name: 'Someone', email, password: PASSWORD },
    });

  const lockouts = async (): Promise<number> =>
    (await database.handle.db.selectFrom('audit_events').select('id').where('action', '=', 'auth.lockout').execute())
      .length;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    for (const email of ['ann@example.org', 'ben@example.org', 'cat@example.org', 'dee@example.org']) {
      const person = { name: 'Someone', email, password: PASSWORD };
      expect((await signUpVerified(app, database.handle, person)).statusCode).toBe(200);
    }
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  /** Fires wrong passwords at once (spread over the given servers), then checks what the lockout holds. */
  async function expectLockedAfterBurst(email: string, servers: FastifyInstance[]): Promise<void> {
    const before = await lockouts();
    const responses = await Promise.all(
      Array.from({ length: WRONG_AT_ONCE }, (_, i) => signIn(servers[i % servers.length]!, email, `wrong ${i}`)),
    );
    const counts = statuses(responses);
    expect(Object.keys(counts).every((code) => code === '401' || code === '429')).toBe(true);
    // Every wrong password that was hashed is counted: none lost to a concurrent write.
    const throttle = await database.handle.db
      .selectFrom('sign_in_throttles')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(throttle.failures).toBe(counts[401]);
    expect(Date.parse(throttle.locked_until ?? '')).toBeGreaterThan(Date.now() + LOCKOUT.lockMs - 60_000);
    // Locked once, when the count reached the limit; later failures neither unlock nor lock again.
    expect((await lockouts()) - before).toBe(1);
    for (const server of servers) expect((await signIn(server, email, PASSWORD)).statusCode).toBe(429);
  }

  it(`locks an account when ${WRONG_AT_ONCE} wrong passwords arrive at once, and then refuses the right one`, async () => {
    await expectLockedAfterBurst('ann@example.org', [app]);
  });

  it('locks an unknown email the same way', async () => {
    await expectLockedAfterBurst('nobody@example.org', [app]);
  });

  it('refuses a sign-in whose password check was under way when the account locked', async () => {
    let release = (): void => {};
    const hashed = new Promise<void>((resolve) => (hold.entered = resolve));
    hold.until = new Promise<void>((resolve) => (release = resolve));
    try {
      const pending = signIn(app, 'ben@example.org', PASSWORD);
      await hashed;
      // The right password has passed the lock check and been hashed; now the fifth of a burst of wrong
      // guesses is counted and locks the email, before this sign-in finishes.
      await database.handle.db
        .insertInto('sign_in_throttles')
        .values({
          email: 'ben@example.org',
          failures: LOCKOUT.failures,
          window_started_at: new Date().toISOString(),
          locked_until: new Date(Date.now() + LOCKOUT.lockMs).toISOString(),
        })
        .execute();
      release();
      expect((await pending).statusCode).toBe(429);
    } finally {
      hold.entered = undefined;
      hold.until = Promise.resolve();
      release();
    }
  });

  // Defined only where it applies, rather than reported as skipped elsewhere.
  if (engine === 'postgres')
    it('locks an account across two app servers on one database', async () => {
      const secondHandle = database.openAnother!();
      const second = await buildApp({ database: secondHandle });
      try {
        await expectLockedAfterBurst('cat@example.org', [app, second]);
      } finally {
        await second.close();
        await secondHandle.close();
      }
    });

  it('answers every one of several simultaneous sign-ups with one email 202, and makes one account of their links', async () => {
    const responses = await Promise.all(Array.from({ length: 6 }, () => signUp('Eve@example.org')));
    expect(statuses(responses)).toEqual({ 202: 6 });
    expect(new Set(responses.map((r) => r.body)).size).toBe(1);
    // Each sign-up emailed its own link; using them all at once makes one account, and never a 5xx.
    const tokens = (await mailTo(database.handle, 'eve@example.org')).map(
      (m) => /#token=([A-Za-z0-9_-]+)/.exec(m.text)?.[1] ?? '',
    );
    expect(tokens).toHaveLength(6);
    const used = await Promise.all(
      tokens.map((token) =>
        app.inject({
          method: 'POST',
          url: '/api/auth/email-link',
          remoteAddress: `10.6.0.${(address += 1) % 250}`,
          payload: { token, password: PASSWORD },
        }),
      ),
    );
    expect(statuses(used)).toEqual({ 200: 1, 409: 5 });
    const accounts = await database.handle.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'eve@example.org')
      .execute();
    expect(accounts).toHaveLength(1);
  });

  it('lets one of two simultaneous uses of one link through', async () => {
    expect((await signUp('fay@example.org')).statusCode).toBe(202);
    const token = await lastLinkTo(database.handle, 'fay@example.org');
    const used = await Promise.all(
      [1, 2].map(() =>
        app.inject({ method: 'POST', url: '/api/auth/email-link', payload: { token, password: PASSWORD } }),
      ),
    );
    expect(statuses(used)).toEqual({ 200: 1, 400: 1 });
  });

  it('changing the password replaces the session cookie and CSRF token, and ends every other session', async () => {
    const first = sessionOf(await signIn(app, 'dee@example.org', PASSWORD));
    const other = sessionOf(await signIn(app, 'dee@example.org', PASSWORD));
    const changed = await call(app, first, 'POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'a different horse battery staple',
    });
    expect(changed.statusCode).toBe(200);
    const renewed = sessionOf(changed);
    expect(renewed.cookie).not.toBe(first.cookie);
    expect(renewed.csrf).not.toBe(first.csrf);
    expect((await call(app, renewed, 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(app, first, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await call(app, other, 'GET', '/api/auth/me')).statusCode).toBe(401);
    // The old CSRF token no longer goes with the session.
    const staleCsrf = await call(app, { ...renewed, csrf: first.csrf }, 'POST', '/api/auth/totp/setup');
    expect(staleCsrf.statusCode).toBe(403);
  });
});
