import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { lastLinkTo, mailTo, signUpVerified } from '../test/email-links.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

const PASSWORD = 'correct horse battery staple';

function cookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'myomap_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `myomap_session=${cookie.value}`;
}

describe.each(TEST_ENGINES)('accounts and sessions on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('sets up the first clinic and its owner once, then refuses a second set-up', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({ needsSetup: true });
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { name: 'Ada Owner', email: 'Ada@Example.org', password: PASSWORD, clinicName: 'Northside Physio' },
    });
    expect(response.statusCode).toBe(201);
    const account = response.json<{ user: { email: string }; memberships: { clinicName: string; role: string }[] }>();
    expect(account.user.email).toBe('ada@example.org');
    expect(account.memberships).toEqual([expect.objectContaining({ clinicName: 'Northside Physio', role: 'owner' })]);
    const cookie = response.cookies.find((c) => c.name === 'myomap_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect((await app.inject({ method: 'GET', url: '/api/auth/setup' })).json()).toEqual({ needsSetup: false });
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { name: 'Eve', email: 'eve@example.org', password: PASSWORD },
    });
    expect(again.statusCode).toBe(409);
  });

  it('signs in with a new session each time, and answers the same for unknown users and wrong passwords', async () => {
    const first = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ada@example.org', password: PASSWORD },
    });
    expect(first.statusCode).toBe(200);
    const second = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ADA@example.org', password: PASSWORD },
    });
    expect(cookieOf(second)).not.toBe(cookieOf(first));

    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ada@example.org', password: 'not it at all' },
    });
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'nobody@example.org', password: 'not it at all' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json<{ detail: string }>().detail).toBe(unknown.json<{ detail: string }>().detail);

    const audit = await database.handle.db
      .selectFrom('audit_events')
      .select(['action', 'outcome', 'actor_id', 'origin'])
      .where('action', '=', 'auth.sign-in')
      .execute();
    expect(audit.filter((a) => a.outcome === 'success')).toHaveLength(2);
    expect(audit.filter((a) => a.outcome === 'failure')).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toContain('not it at all');
  });

  it('knows who is signed in, needs the CSRF token to sign out, and ends the session on the server', async () => {
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'ada@example.org', password: PASSWORD },
    });
    const cookie = cookieOf(signIn);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    const { csrfToken } = me.json<{ csrfToken: string }>();

    const forged = await app.inject({ method: 'POST', url: '/api/auth/signout', headers: { cookie } });
    expect(forged.statusCode).toBe(403);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(200);

    const signOut = await app.inject({
      method: 'POST',
      url: '/api/auth/signout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(signOut.statusCode).toBe(204);
    // The old cookie is worthless now, even if someone kept a copy.
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('signs up a self-care account once its emailed link is used, refusing weak passwords with the field named', async () => {
    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: 'Sam', email: 'sam@example.org', password: 'password1' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.password');
    const badEmail = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: 'Sam', email: 'sam', password: PASSWORD },
    });
    expect(badEmail.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.email');
    const started = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: 'Sam', email: 'sam@example.org', password: PASSWORD },
    });
    expect(started.statusCode).toBe(202);
    // No account and no session until the address is proved.
    expect(started.cookies.find((c) => c.name === 'myomap_session')).toBeUndefined();
    const early = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'sam@example.org', password: PASSWORD },
    });
    expect(early.statusCode).toBe(401);
    const token = await lastLinkTo(database.handle, 'sam@example.org');
    const wrongPassword = await app.inject({
      method: 'POST',
      url: '/api/auth/email-link',
      payload: { token, password: 'not the one chosen at all' },
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.password');
    const ok = await app.inject({
      method: 'POST',
      url: '/api/auth/email-link',
      payload: { token, password: PASSWORD },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json<{ user: { emailVerified: boolean }; memberships: unknown[] }>()).toMatchObject({
      user: { emailVerified: true },
      memberships: [],
    });
    cookieOf(ok);
    // Single use: the same link does nothing a second time.
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/email-link',
      payload: { token, password: PASSWORD },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.token');
  });

  it('answers a sign-up with a taken email exactly like a new one, and tells the address instead', async () => {
    const taken = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: 'Not Sam', email: 'SAM@example.org', password: 'another fine passphrase' },
    });
    const fresh = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: 'Newt', email: 'newt@example.org', password: PASSWORD },
    });
    expect(taken.statusCode).toBe(202);
    expect(fresh.statusCode).toBe(202);
    expect(taken.body).toBe(fresh.body);
    expect(taken.cookies).toEqual(fresh.cookies);
    const samMail = await mailTo(database.handle, 'sam@example.org');
    expect(samMail.at(-1)?.subject).toMatch(/Someone tried to sign up/);
    expect(samMail.at(-1)?.text).not.toMatch(/#token=/);
    expect((await mailTo(database.handle, 'newt@example.org')).at(-1)?.text).toMatch(/\/email-link#token=/);
    // The existing account keeps its password.
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      payload: { email: 'sam@example.org', password: 'another fine passphrase' },
    });
    expect(signIn.statusCode).toBe(401);
  });

  it('limits sign-in attempts with a 429 problem, never a 5xx', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 12; i++) {
      const r = await app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        remoteAddress: '10.9.9.9',
        payload: { email: 'ada@example.org', password: `guess number ${i}` },
      });
      codes.push(r.statusCode);
      if (r.statusCode === 429) expect(r.headers['content-type']).toContain('application/problem+json');
    }
    expect(codes).toContain(429);
    expect(codes.every((c) => c < 500)).toBe(true);
  });
});

describe('session time-outs', () => {
  it('ends a session after the idle time', async () => {
    const database = await TEST_ENGINES[0]!.create();
    await migrateToLatest(database.handle);
    const app = await buildApp({ database: database.handle, sessionPolicy: { idleMs: 50, absoluteMs: 60_000 } });
    const signUp = await signUpVerified(app, database.handle, {
      name: 'Idle',
      email: 'idle@example.org',
      password: PASSWORD,
    });
    const cookie = cookieOf(signUp);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
    await app.close();
    await database.drop();
  });
});
