import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { lastLinkTo } from '../test/email-links.ts';
import {
  call,
  createPracticeFixture,
  PASSWORD,
  sessionOf,
  signIn,
  type PracticeFixture,
} from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

interface Profile {
  id: string;
  name: string;
  email: string | null;
  therapistId: string | null;
  hasPortalAccount: boolean;
  erasedAt: string | null;
  retainedUntil: string | null;
}
interface Consent {
  formId: string;
  version: number;
  signedAt: string | null;
  signedEarlierVersion: number | null;
}
interface Note {
  id: string;
  status: string;
  summary: string;
  addenda: { authorName: string; body: string }[];
}

const NO_WARNINGS = {
  'chest-pain-exertion': false,
  'sudden-severe-headache': false,
  'blood-thinners': false,
};

const NOTE = {
  sessionDate: '2026-11-24',
  subjective: 'Right temple headache most afternoons',
  drawing: { regions: [{ region: 'temple.right', intensity: 6, qualities: ['aching'] }] },
  treatedPoints: [
    {
      triggerPoint: 'upper-trapezius.tp1',
      side: 'right',
      technique: 'sustained-compression',
      durationSeconds: 90,
      localTwitch: true,
      referralReproduced: true,
    },
  ],
  painBefore: 6,
  painAfter: 3,
  plan: 'Weekly for four weeks; home stretch daily',
};

describe.each(TEST_ENGINES)('practice records on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  let clientId: string;

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

  const clients = (): string => `/api/clinics/${f.clinicA}/clients`;

  it('takes a new client from intake through re-screening, consent and a signed SOAP note', async () => {
    const therapist = f.sessions.therapistA;
    const created = await call(app, therapist, 'POST', clients(), {
      name: 'Dana Intake',
      email: 'Dana@Example.org',
      phone: '+44 7700 900123',
      dateOfBirth: '1975-03-02',
      emergencyContact: { name: 'Sam Intake', phone: '+44 7700 900456' },
    });
    expect(created.statusCode).toBe(201);
    const profile = created.json<Profile>();
    clientId = profile.id;
    expect(profile).toMatchObject({
      email: 'dana@example.org',
      therapistId: therapist.userId,
      hasPortalAccount: false,
    });

    const found = await call(app, f.sessions.frontDeskA, 'GET', `${clients()}?q=DANA`);
    expect(found.json<Profile[]>().map((c) => c.name)).toEqual(['Dana Intake']);

    const first = await call(app, therapist, 'POST', `${clients()}/${clientId}/screenings`, {
      answers: NO_WARNINGS,
      medications: [],
    });
    expect(first.statusCode).toBe(201);
    expect(first.json<{ changes: unknown }>().changes).toBeNull();
    const again = await call(app, therapist, 'POST', `${clients()}/${clientId}/screenings`, {
      answers: { ...NO_WARNINGS, 'blood-thinners': true },
      medications: ['warfarin'],
    });
    const changes = again.json<{
      changes: {
        medicationsAdded: string[];
        outcome: { before: string; after: string } | null;
        answers: { question: string }[];
      };
    }>().changes;
    expect(changes.medicationsAdded).toEqual(['warfarin']);
    expect(changes.outcome?.before).toBe('ok');
    expect(changes.answers.map((a) => a.question)).toEqual(['blood-thinners']);

    const consents = (await call(app, therapist, 'GET', `${clients()}/${clientId}/consents`)).json<Consent[]>();
    expect(consents).toHaveLength(1);
    expect(consents[0]?.signedAt).toBeNull();
    const signed = await call(app, f.sessions.frontDeskA, 'POST', `${clients()}/${clientId}/consents`, {
      formId: consents[0]?.formId,
      signedName: 'Dana Intake',
    });
    expect(signed.statusCode).toBe(201);
    expect(signed.json<Consent[]>()[0]?.signedAt).not.toBeNull();

    const draft = await call(app, therapist, 'POST', `${clients()}/${clientId}/notes`, NOTE);
    expect(draft.statusCode).toBe(201);
    const noteId = draft.json<Note>().id;
    expect(draft.json<Note>().status).toBe('draft');
    const edited = await call(app, therapist, 'PUT', `${clients()}/${clientId}/notes/${noteId}`, {
      ...NOTE,
      assessment: 'Active upper trapezius trigger point reproducing the headache',
    });
    expect(edited.statusCode).toBe(200);
    const byOther = await call(app, f.sessions.therapist2A, 'POST', `${clients()}/${clientId}/notes/${noteId}/sign`);
    expect(byOther.statusCode).toBe(403);
    const sign = await call(app, therapist, 'POST', `${clients()}/${clientId}/notes/${noteId}/sign`);
    expect(sign.statusCode).toBe(200);
    expect(sign.json<Note>()).toMatchObject({ status: 'signed', summary: 'Treated Upper trapezius; pain 6 → 3' });

    const locked = await call(app, therapist, 'PUT', `${clients()}/${clientId}/notes/${noteId}`, NOTE);
    expect(locked.statusCode).toBe(409);
    expect(locked.json<{ detail: string }>().detail).toMatch(/addendum/);
    const addendum = await call(app, f.sessions.ownerA, 'POST', `${clients()}/${clientId}/notes/${noteId}/addenda`, {
      body: 'Client phoned: headache eased for three days.',
    });
    expect(addendum.statusCode).toBe(201);
    expect(addendum.json<Note>().addenda).toEqual([
      expect.objectContaining({ authorName: 'ownerA', body: 'Client phoned: headache eased for three days.' }),
    ]);

    const record = (await call(app, therapist, 'GET', `${clients()}/${clientId}/record`)).json<{
      medications: string[];
      timeline: { kind: string }[];
      changesSinceLastScreening: { medicationsAdded: string[] } | null;
    }>();
    expect(record.medications).toEqual(['warfarin']);
    expect(record.changesSinceLastScreening?.medicationsAdded).toEqual(['warfarin']);
    expect(record.timeline.map((e) => e.kind)).toEqual(['screening', 'screening', 'consent', 'note', 'addendum']);
  });

  it('asks for consent again when the clinic changes the form', async () => {
    const published = await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/consent-forms`, {
      kind: 'treatment',
      title: 'Consent to treatment',
      body: 'Revised text that now also covers cupping.',
    });
    expect(published.json<{ version: number }>().version).toBe(2);
    const status = (await call(app, f.sessions.therapistA, 'GET', `${clients()}/${clientId}/consents`)).json<
      Consent[]
    >();
    expect(status).toEqual([expect.objectContaining({ version: 2, signedAt: null, signedEarlierVersion: 1 })]);
  });

  it('lets a client see, complete and export only their own record in the portal', async () => {
    const client = f.sessions.clientA;
    const links = (await call(app, client, 'GET', '/api/portal/records')).json<{ clientId: string }[]>();
    expect(links.map((l) => l.clientId)).toEqual([f.clientA]);
    const base = `/api/portal/records/${f.clientA}`;
    const overview = (await call(app, client, 'GET', base)).json<{ consents: Consent[] }>();
    const consent = await call(app, client, 'POST', `${base}/consents`, {
      formId: overview.consents[0]?.formId,
      signedName: 'Cleo Client',
    });
    expect(consent.statusCode).toBe(201);
    expect((await call(app, client, 'POST', `${base}/screenings`, { answers: NO_WARNINGS })).statusCode).toBe(201);
    // A draft the therapist is still writing is not the client's to see yet.
    await call(app, f.sessions.therapistA, 'POST', `/api/clinics/${f.clinicA}/clients/${f.clientA}/notes`, NOTE);
    const exported = await call(app, client, 'GET', `${base}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    const data = exported.json<{
      client: { name: string };
      notes: unknown[];
      consentSignatures: unknown[];
      screenings: unknown[];
    }>();
    expect(data.client.name).toBe('Cleo Client');
    expect(data.notes).toEqual([]);
    expect(data.consentSignatures).toHaveLength(1);
    expect(data.screenings).toHaveLength(1);
    expect((await call(app, client, 'GET', `/api/portal/records/${clientId}`)).statusCode).toBe(404);
    expect((await call(app, client, 'GET', `/api/portal/records/${f.clientB}`)).statusCode).toBe(404);
  });

  it('hides other therapists\u2019 clients when the clinic says so', async () => {
    const before = (await call(app, f.sessions.therapist2A, 'GET', clients())).json<Profile[]>();
    expect(before.map((c) => c.id)).toContain(f.clientA);
    await call(app, f.sessions.ownerA, 'PATCH', `/api/clinics/${f.clinicA}`, { therapistsSeeOwnClientsOnly: true });
    const after = (await call(app, f.sessions.therapist2A, 'GET', clients())).json<Profile[]>();
    expect(after.map((c) => c.id)).not.toContain(f.clientA);
    expect((await call(app, f.sessions.therapist2A, 'GET', `${clients()}/${f.clientA}`)).statusCode).toBe(404);
    expect((await call(app, f.sessions.therapistA, 'GET', `${clients()}/${f.clientA}`)).statusCode).toBe(200);
    await call(app, f.sessions.ownerA, 'PATCH', `/api/clinics/${f.clinicA}`, { therapistsSeeOwnClientsOnly: false });
  });

  it('invites staff, who join by accepting, and gives portal clients one-time passwords to change first', async () => {
    const invited = await call(app, f.sessions.ownerA, 'POST', `/api/clinics/${f.clinicA}/members`, {
      name: 'Theo New',
      email: 'theo@example.org',
      role: 'therapist',
    });
    expect(invited.statusCode).toBe(202);
    const joined = await app.inject({
      method: 'POST',
      url: '/api/auth/email-link',
      payload: {
        token: await lastLinkTo(database.handle, 'theo@example.org'),
        password: 'a long and private passphrase',
      },
    });
    expect(joined.statusCode).toBe(200);
    expect((await call(app, sessionOf(joined), 'GET', clients())).statusCode).toBe(200);

    const portal = await call(app, f.sessions.therapistA, 'POST', `${clients()}/${clientId}/portal`);
    expect(portal.statusCode).toBe(201);
    const { email, oneTimePassword } = portal.json<{ email: string; oneTimePassword: string }>();
    expect(email).toBe('dana@example.org');
    const dana = await signIn(app, 'dana@example.org', oneTimePassword);
    expect((await call(app, dana, 'GET', '/api/portal/records')).statusCode).toBe(403);
    const changed = await call(app, dana, 'POST', '/api/auth/password', {
      currentPassword: oneTimePassword,
      newPassword: 'a long and private passphrase',
    });
    expect(changed.statusCode).toBe(200);
    // Changing the password rotates the session: the answer carries the new cookie and CSRF token.
    expect((await call(app, sessionOf(changed), 'GET', '/api/portal/records')).statusCode).toBe(200);
    const again = await call(app, f.sessions.therapistA, 'POST', `${clients()}/${clientId}/portal`);
    expect(again.statusCode).toBe(409);
  });

  it('erases on request, keeping and marking what the law requires', async () => {
    const owner = f.sessions.ownerA;
    const treated = (
      await call(app, owner, 'POST', clients(), { name: 'Eli Erase', email: 'eli@example.org', phone: '123' })
    ).json<Profile>();
    await call(app, owner, 'POST', `${clients()}/${treated.id}/drawings`, NOTE.drawing);
    await call(app, owner, 'POST', `${clients()}/${treated.id}/notes?sign=true`, NOTE);
    await call(app, owner, 'POST', `${clients()}/${treated.id}/notes`, NOTE);
    expect((await call(app, f.sessions.therapistA, 'POST', `${clients()}/${treated.id}/erasure`)).statusCode).toBe(403);
    const erased = await call(app, owner, 'POST', `${clients()}/${treated.id}/erasure`);
    expect(erased.statusCode).toBe(200);
    expect(erased.json<Profile>()).toMatchObject({ name: 'Eli Erase', email: null, retainedUntil: '2034-11-24' });
    const kept = (await call(app, owner, 'GET', `${clients()}/${treated.id}/export`)).json<{
      notes: { status: string }[];
      drawings: unknown[];
      retention: { note: string };
    }>();
    expect(kept.notes.map((n) => n.status)).toEqual(['signed']);
    expect(kept.drawings).toEqual([]);
    expect(kept.retention.note).toMatch(/law requires/);
    expect((await call(app, owner, 'POST', `${clients()}/${treated.id}/notes`, NOTE)).statusCode).toBe(409);

    const never = (
      await call(app, owner, 'POST', clients(), { name: 'Nia Never', dateOfBirth: '1990-01-01' })
    ).json<Profile>();
    await call(app, owner, 'POST', `${clients()}/${never.id}/screenings`, { answers: NO_WARNINGS });
    const gone = (await call(app, owner, 'POST', `${clients()}/${never.id}/erasure`)).json<Profile>();
    expect(gone).toMatchObject({ name: 'Erased client', retainedUntil: null });
    const empty = (await call(app, owner, 'GET', `${clients()}/${never.id}/export`)).json<{ screenings: unknown[] }>();
    expect(empty.screenings).toEqual([]);
  });

  it('shows the owner an audit log with every access and no health data in it', async () => {
    const log = await call(app, f.sessions.ownerA, 'GET', `/api/clinics/${f.clinicA}/audit?limit=1000`);
    expect(log.statusCode).toBe(200);
    const entries = log.json<{ action: string; outcome: string; actorName: string | null }[]>();
    const actions = new Set(entries.map((e) => e.action));
    for (const action of [
      'client.create',
      'screening.create',
      'consent.sign',
      'note.sign',
      'note.addendum',
      'client.erase',
      'portal.record.read',
    ]) {
      expect(actions).toContain(action);
    }
    expect(entries.some((e) => e.outcome === 'denied')).toBe(true);
    const rows = JSON.stringify(await database.handle.db.selectFrom('audit_events').selectAll().execute());
    for (const secret of ['warfarin', 'temple', 'headache', 'Dana', 'Cleo', PASSWORD, '1975-03-02']) {
      expect(rows).not.toContain(secret);
    }
    expect((await call(app, f.sessions.therapistA, 'GET', `/api/clinics/${f.clinicA}/audit`)).statusCode).toBe(403);
  });
});
