import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { generateTotp } from '../auth/totp.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { LOCKOUT } from '../services/auth.service.ts';
import { signUpVerified } from '../test/email-links.ts';
import { call, PASSWORD, sessionOf } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

describe.each(TEST_ENGINES)('lockout, two-factor sign-in and password change on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let address = 0;

  const signIn = (email: string, password: string, code?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      remoteAddress: `10.2.0.${(address += 1)}`,
      payload: { email, password, ...(code ? { code } : {}) },
    });

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    for (const email of ['lou@example.org', 'tia@example.org', 'pat@example.org']) {
      expect(
        (await signUpVerified(app, database.handle, { name: 'Someone', email, password: PASSWORD })).statusCode,
      ).toBe(200);
    }
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('locks an email after repeated failures, even with the right password, and says the same for unknown emails', async () => {
    const codes: number[] = [];
    for (let i = 0; i < LOCKOUT.failures; i++) codes.push((await signIn('lou@example.org', `wrong ${i}`)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    const locked = await signIn('lou@example.org', PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json<{ detail: string }>().detail).toMatch(/try again in 15 minutes/);

    for (let i = 0; i < LOCKOUT.failures; i++) await signIn('nobody@example.org', `wrong ${i}`);
    const unknown = await signIn('nobody@example.org', PASSWORD);
    expect(unknown.statusCode).toBe(429);
    expect(unknown.json<{ detail: string }>().detail).toBe(locked.json<{ detail: string }>().detail);

    const audit = await database.handle.db
      .selectFrom('audit_events')
      .select(['action', 'outcome'])
      .where('action', 'in', ['auth.sign-in', 'auth.lockout'])
      .execute();
    expect(audit.filter((a) => a.action === 'auth.lockout')).toHaveLength(2);
    expect(audit.filter((a) => a.outcome === 'denied')).toHaveLength(2);
  });

  it('asks for a TOTP code once two-factor is on, and refuses a code used before', async () => {
    const session = sessionOf(await signIn('tia@example.org', PASSWORD));
    const setup = await call(app, session, 'POST', '/api/auth/totp/setup');
    const { secret, uri } = setup.json<{ secret: string; uri: string }>();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Myomap:tia%40example\.org\?secret=/);
    expect((await call(app, session, 'POST', '/api/auth/totp/confirm', { code: '000000' })).statusCode).toBe(400);
    const confirmed = await call(app, session, 'POST', '/api/auth/totp/confirm', { code: generateTotp(secret) });
    expect(confirmed.json<{ user: { twoFactor: boolean } }>().user.twoFactor).toBe(true);

    const withoutCode = await signIn('tia@example.org', PASSWORD);
    expect(withoutCode.statusCode).toBe(401);
    expect(withoutCode.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.code');
    // The code that turned two-factor on was spent; the next time step's code works once.
    const next = generateTotp(secret, { now: Date.now() + 30_000 });
    expect((await signIn('tia@example.org', PASSWORD, next)).statusCode).toBe(200);
    expect((await signIn('tia@example.org', PASSWORD, next)).statusCode).toBe(401);

    const off = await call(app, session, 'POST', '/api/auth/totp/disable', { password: PASSWORD });
    expect(off.json<{ user: { twoFactor: boolean } }>().user.twoFactor).toBe(false);
    expect((await signIn('tia@example.org', PASSWORD)).statusCode).toBe(200);
  });

  it('changes the password only with the current one, and ends the account\u2019s other sessions', async () => {
    const here = sessionOf(await signIn('pat@example.org', PASSWORD));
    const elsewhere = sessionOf(await signIn('pat@example.org', PASSWORD));
    const wrong = await call(app, here, 'POST', '/api/auth/password', {
      currentPassword: 'nope',
      newPassword: 'another fine passphrase',
    });
    expect(wrong.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.currentPassword');
    const weak = await call(app, here, 'POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'password',
    });
    expect(weak.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.newPassword');
    const ok = await call(app, here, 'POST', '/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'another fine passphrase',
    });
    expect(ok.statusCode).toBe(200);
    // This session goes on under a new cookie (see auth-races.test.ts); the old one ends with the rest.
    expect((await call(app, sessionOf(ok), 'GET', '/api/auth/me')).statusCode).toBe(200);
    expect((await call(app, here, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await call(app, elsewhere, 'GET', '/api/auth/me')).statusCode).toBe(401);
    expect((await signIn('pat@example.org', 'another fine passphrase')).statusCode).toBe(200);
  });
});

describe('behind a TLS-terminating proxy', () => {
  it('marks the session cookie Secure when the trusted proxy says the request came over HTTPS', async () => {
    const database = await TEST_ENGINES[0]!.create();
    await migrateToLatest(database.handle);
    const app = await buildApp({ database: database.handle, trustProxy: true });
    const response = await signUpVerified(
      app,
      database.handle,
      { name: 'Tls', email: 'tls@example.org', password: PASSWORD },
      { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
    );
    const cookie = response.cookies.find((c) => c.name === 'myomap_session');
    expect(cookie?.secure).toBe(true);
    expect(cookie?.httpOnly).toBe(true);
    const audit = await database.handle.db.selectFrom('audit_events').select('origin').executeTakeFirstOrThrow();
    expect(audit.origin).toBe('203.0.113.9');
    await app.close();
    await database.drop();
  });
});
