import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { generateTotp } from '../auth/totp.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { LOCKOUT } from '../services/auth.service.ts';
import { lastLinkTo, mailTo, signUpVerified } from '../test/email-links.ts';
import {
  call,
  createPracticeFixture,
  PASSWORD,
  sessionOf,
  signIn,
  type PracticeFixture,
} from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

// Issue #16, accounts and tenants: portal pre-hijacking, staff invitations, lockout step-up.
describe.each(TEST_ENGINES)('account and tenant security on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let address = 0;
  const from = (): string => `10.8.${Math.floor((address += 1) / 250)}.${address % 250}`;

  const useLink = (
    token: string,
    payload: Record<string, string>,
    session: { cookie: string; csrf: string } | null = null,
  ) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/email-link',
      remoteAddress: from(),
      headers: session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {},
      payload: { token, ...payload },
    });

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('never links an account that did not prove the client\u2019s address; the address\u2019s owner gets access', async () => {
    const victim = 'vera@example.org';
    // The attacker signs up with the victim's address first: without the emailed link, no account.
    const attempt = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      remoteAddress: from(),
      payload: { name: 'Mallory', email: victim, password: 'mallory knows this one' },
    });
    expect(attempt.statusCode).toBe(202);
    expect((await signIn(app, victim, 'mallory knows this one').catch(() => null)) === null).toBe(true);
    // Then makes an account with the address another way, as a clinic of their own: a client record
    // with the victim's address and portal access, whose one-time password they know.
    const own = await call(app, f.sessions.ownerB, 'POST', `/api/clinics/${f.clinicB}/clients`, {
      name: 'Vera Decoy',
      email: victim,
    });
    const decoyGrant = await call(
      app,
      f.sessions.ownerB,
      'POST',
      `/api/clinics/${f.clinicB}/clients/${own.json<{ id: string }>().id}/portal`,
    );
    const mallory = await signIn(app, victim, decoyGrant.json<{ oneTimePassword: string }>().oneTimePassword);
    const changed = await call(app, mallory, 'POST', '/api/auth/password', {
      currentPassword: decoyGrant.json<{ oneTimePassword: string }>().oneTimePassword,
      newPassword: 'mallory knows this one',
    });
    const attacker = sessionOf(changed);

    // The victim's real clinic opens the portal for her record.
    const real = await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/clients`, {
      name: 'Vera Real',
      email: victim,
    });
    const clientId = real.json<{ id: string }>().id;
    const grant = await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/clients/${clientId}/portal`);
    expect(grant.statusCode).toBe(201);
    expect(grant.json()).toEqual({ email: victim, oneTimePassword: null, pending: true });

    // The attacker reads nothing of it.
    const records = (await call(app, attacker, 'GET', '/api/portal/records')).json<{ clientId: string }[]>();
    expect(records.map((r) => r.clientId)).not.toContain(clientId);
    expect((await call(app, attacker, 'GET', `/api/portal/records/${clientId}`)).statusCode).toBe(404);

    // The owner of the address opens the emailed link, on a device not signed in: she chooses the password.
    const token = await lastLinkTo(database.handle, victim);
    const info = await app.inject({ method: 'POST', url: '/api/auth/email-link/info', payload: { token } });
    expect(info.json()).toMatchObject({ purpose: 'verify', needs: 'new-password', clinicName: 'Northside Physio' });
    const verified = await useLink(token, { password: 'vera chose this herself' });
    expect(verified.statusCode).toBe(200);
    const vera = sessionOf(verified);
    expect((await call(app, vera, 'GET', `/api/portal/records/${clientId}`)).statusCode).toBe(200);
    // Whoever made the account is out: their session ended and their password no longer works.
    expect((await call(app, attacker, 'GET', '/api/auth/me')).statusCode).toBe(401);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      remoteAddress: from(),
      payload: { email: victim, password: 'mallory knows this one' },
    });
    expect(again.statusCode).toBe(401);
    // The attacker's pending sign-up link, had they got it, no longer makes anything.
    expect((await useLink(token, { password: 'vera chose this herself' })).statusCode).toBe(400);
  });

  it('links a verified account at once and tells it by email', async () => {
    const signedUp = await signUpVerified(app, database.handle, {
      name: 'Walt',
      email: 'walt@example.org',
      password: PASSWORD,
    });
    const walt = sessionOf(signedUp);
    const created = await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/clients`, {
      name: 'Walt',
      email: 'walt@example.org',
    });
    const clientId = created.json<{ id: string }>().id;
    const grant = await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/clients/${clientId}/portal`);
    expect(grant.json()).toEqual({ email: 'walt@example.org', oneTimePassword: null, pending: false });
    expect((await call(app, walt, 'GET', `/api/portal/records/${clientId}`)).statusCode).toBe(200);
    expect((await mailTo(database.handle, 'walt@example.org')).at(-1)?.subject).toMatch(/opened its client portal/);
  });

  it('invites staff with the same answer whether or not the address has an account, and joins only on acceptance', async () => {
    // therapistb has an account (at clinic B); nobody@ has none.
    const invite = (email: string) =>
      call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/members`, {
        name: 'Any Name',
        email,
        role: 'therapist',
      });
    const existing = await invite('therapistb@example.org');
    const unknown = await invite('nobody-yet@example.org');
    expect(existing.statusCode).toBe(202);
    expect(unknown.statusCode).toBe(202);
    const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
    expect(shape(existing.json())).toEqual(shape(unknown.json()));
    expect(existing.body).not.toContain('therapistB');
    expect(existing.json()).not.toHaveProperty('name');
    expect(existing.json()).not.toHaveProperty('member');

    // Not a member until they accept.
    const members = async () =>
      (await call(app, f.sessions.ownerA, 'GET', `/api/clinics/${f.clinicA}/members`)).json<{ email: string }[]>();
    expect((await members()).map((m) => m.email)).not.toContain('therapistb@example.org');
    expect((await call(app, f.sessions.therapistB, 'GET', `/api/clinics/${f.clinicA}/clients`)).statusCode).toBe(404);

    // An account that never proved its address is not shown the invitation in the app.
    expect((await call(app, f.sessions.therapistB, 'GET', '/api/auth/invitations')).json()).toEqual([]);
    // The emailed link, used while signed in as the account, accepts (and proves the address).
    const token = await lastLinkTo(database.handle, 'therapistb@example.org');
    const info = await app.inject({
      method: 'POST',
      url: '/api/auth/email-link/info',
      headers: { cookie: f.sessions.therapistB.cookie, 'x-csrf-token': f.sessions.therapistB.csrf },
      payload: { token },
    });
    expect(info.json()).toMatchObject({ purpose: 'invitation', needs: 'nothing', role: 'therapist' });
    const accepted = await useLink(token, {}, f.sessions.therapistB);
    expect(accepted.statusCode).toBe(200);
    const therapistB = sessionOf(accepted);
    expect((await members()).map((m) => m.email)).toContain('therapistb@example.org');
    expect((await call(app, therapistB, 'GET', `/api/clinics/${f.clinicA}/clients`)).statusCode).toBe(200);

    // With a proved address, a later invitation shows in the app and is accepted there.
    await call(app, f.sessions.ownerB, 'POST', `/api/clinics/${f.clinicB}/members`, {
      name: 'Whoever',
      email: 'walt@example.org',
      role: 'front-desk',
    });
    const walt = await signIn(app, 'walt@example.org');
    const received = (await call(app, walt, 'GET', '/api/auth/invitations')).json<
      { id: string; clinicName: string }[]
    >();
    expect(received).toEqual([expect.objectContaining({ clinicName: 'Southside Massage', role: 'front-desk' })]);
    const joined = await call(app, walt, 'POST', `/api/auth/invitations/${received[0]!.id}/accept`);
    expect(joined.json<{ memberships: { clinicId: string; role: string }[] }>().memberships).toContainEqual(
      expect.objectContaining({ clinicId: f.clinicB, role: 'front-desk' }),
    );
    // Someone else cannot accept an invitation addressed to another.
    const pending = (await call(app, f.sessions.ownerA, 'GET', `/api/clinics/${f.clinicA}/invitations`)).json<
      { id: string; email: string }[]
    >();
    const forNobody = pending.find((p) => p.email === 'nobody-yet@example.org')!;
    expect((await call(app, walt, 'POST', `/api/auth/invitations/${forNobody.id}/accept`)).statusCode).toBe(404);
  });

  it('after a lockout, emails the owner a one-time sign-in link that gets them in with their password', async () => {
    const email = 'clienta@example.org';
    for (let i = 0; i < LOCKOUT.failures; i++) {
      await app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        remoteAddress: from(),
        payload: { email, password: `wrong ${i}` },
      });
    }
    const locked = await app.inject({
      method: 'POST',
      url: '/api/auth/signin',
      remoteAddress: from(),
      payload: { email, password: PASSWORD },
    });
    expect(locked.statusCode).toBe(429);
    const notice = (await mailTo(database.handle, email)).at(-1)!;
    expect(notice.subject).toMatch(/locked/);
    const token = await lastLinkTo(database.handle, email);
    expect((await useLink(token, { password: 'a wrong guess' })).statusCode).toBe(401);
    const inside = await useLink(token, { password: PASSWORD });
    expect(inside.statusCode).toBe(200);
    expect(inside.json<{ user: { email: string } }>().user.email).toBe(email);
    // One use only.
    expect((await useLink(token, { password: PASSWORD })).statusCode).toBe(400);
    // Asking for another link answers the same whether or not the email has an account.
    const ask = (who: string) =>
      app.inject({ method: 'POST', url: '/api/auth/signin-link', remoteAddress: from(), payload: { email: who } });
    const known = await ask(email);
    const stranger = await ask('stranger@example.org');
    expect(known.statusCode).toBe(202);
    expect(known.body).toBe(stranger.body);
  });

  it('lets a locked account with two-factor sign-in in with its code, answering every miss like the lock', async () => {
    const tia = sessionOf(
      await signUpVerified(app, database.handle, { name: 'Tia', email: 'tia@example.org', password: PASSWORD }),
    );
    const { secret } = (await call(app, tia, 'POST', '/api/auth/totp/setup')).json<{ secret: string }>();
    await call(app, tia, 'POST', '/api/auth/totp/confirm', { code: generateTotp(secret) });
    // At rest the secret is sealed.
    const row = await database.handle.db
      .selectFrom('users')
      .select('totp_secret')
      .where('email', '=', 'tia@example.org')
      .executeTakeFirstOrThrow();
    expect(row.totp_secret).toMatch(/^enc:v1:/);
    expect(row.totp_secret).not.toContain(secret);

    const attempt = (password: string, code?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/signin',
        remoteAddress: from(),
        payload: { email: 'tia@example.org', password, ...(code ? { code } : {}) },
      });
    for (let i = 0; i < LOCKOUT.failures; i++) await attempt(`wrong ${i}`);
    const wrongPassword = await attempt('wrong again', '123456');
    const wrongCode = await attempt(PASSWORD, '000000');
    const noCode = await attempt(PASSWORD);
    for (const answer of [wrongPassword, wrongCode, noCode]) expect(answer.statusCode).toBe(429);
    expect(
      new Set(
        [wrongPassword, wrongCode, noCode].map((a) => a.json<{ detail: string }>().detail.replace(/\d+ minutes?/, '')),
      ).size,
    ).toBe(1);
    const stepUp = await attempt(PASSWORD, generateTotp(secret, { now: Date.now() + 30_000 }));
    expect(stepUp.statusCode).toBe(200);
  });
});
