import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { displayText } from './display-text.ts';

const SPOOFED = 'Alice\u202Egnp.exe';
const BAD_NAMES = [
  SPOOFED,
  'Bob\u2066hidden\u2069',
  'Carol\u200F',
  'Dan\u061C',
  'Eve\nBEGIN:VEVENT',
  'Fay\u0000',
  'Gus\u0085',
  '\u200B\u200B',
  '\u3164',
  ' \u00A0 ',
];

describe('names and titles', () => {
  it('are stored in NFC and refuse control, direction-override and invisible-only text', () => {
    const schema = displayText(200);
    expect(schema.parse('  Zoe\u0301 Smith ')).toBe('Zo\u00E9 Smith');
    expect(schema.parse('Ìñigo Ñúñez')).toBe('Ìñigo Ñúñez');
    // Scripts that need joiners and marks inside a word stay welcome.
    expect(schema.parse('\u0645\u0647\u200C\u0633\u0627')).toBe('\u0645\u0647\u200C\u0633\u0627');
    expect(schema.parse('\u0928\u092E\u0938\u094D\u0924\u0947')).toBe('\u0928\u092E\u0938\u094D\u0924\u0947');
    for (const bad of BAD_NAMES) expect(schema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});

describe.each(TEST_ENGINES)('every name and title field on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  const base = () => `/api/clinics/${f.clinicA}`;

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

  const cases: {
    what: string;
    method: 'POST' | 'PATCH';
    url: () => string;
    body: (v: string) => object;
    field: string;
  }[] = [
    {
      what: 'client name',
      method: 'POST',
      url: () => `${base()}/clients`,
      body: (name) => ({ name }),
      field: 'body.name',
    },
    {
      what: 'emergency contact',
      method: 'PATCH',
      url: () => `${base()}/clients/${f.clientA}`,
      body: (name) => ({ emergencyContact: { name } }),
      field: 'body.emergencyContact.name',
    },
    {
      what: 'staff name',
      method: 'POST',
      url: () => `${base()}/members`,
      body: (name) => ({ name, email: 'new.staff@example.org', role: 'front-desk' }),
      field: 'body.name',
    },
    { what: 'clinic name', method: 'PATCH', url: () => base(), body: (name) => ({ name }), field: 'body.name' },
    { what: 'new clinic', method: 'POST', url: () => '/api/clinics', body: (name) => ({ name }), field: 'body.name' },
    { what: 'room', method: 'POST', url: () => `${base()}/rooms`, body: (name) => ({ name }), field: 'body.name' },
    {
      what: 'appointment type',
      method: 'POST',
      url: () => `${base()}/appointment-types`,
      body: (name) => ({ name, durationMinutes: 45 }),
      field: 'body.name',
    },
    {
      what: 'consent form title',
      method: 'POST',
      url: () => `${base()}/consent-forms`,
      body: (title) => ({ kind: 'treatment', title, body: 'I agree.' }),
      field: 'body.title',
    },
    {
      what: 'consent signature',
      method: 'POST',
      url: () => `${base()}/clients/${f.clientA}/consents`,
      body: (signedName) => ({ formId: 'any-form', signedName }),
      field: 'body.signedName',
    },
  ];

  it.each(cases)('refuses a spoofed or invisible $what with a 400 naming the field', async (c) => {
    for (const bad of [SPOOFED, '\u200B', 'Fay\u0000']) {
      const response = await call(app, f.sessions.ownerA, c.method, c.url(), c.body(bad));
      expect(response.statusCode, `${c.what} ${JSON.stringify(bad)}: ${response.body}`).toBe(400);
      expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(c.field);
    }
  });

  it('refuses such names at sign-up and first set-up too, and stores names in NFC', async () => {
    const signup = await app.inject({
      method: 'POST',
      url: '/api/auth/signup',
      payload: { name: SPOOFED, email: 'spoof@example.org', password: 'correct horse battery staple' },
    });
    expect(signup.statusCode).toBe(400);
    expect(signup.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['body.name']);
    const setup = await app.inject({
      method: 'POST',
      url: '/api/auth/setup',
      payload: { name: 'Ok', email: 'x@example.org', password: 'correct horse battery staple', clinicName: '\u2066' },
    });
    expect(setup.statusCode).toBe(400);

    const created = await call(app, f.sessions.ownerA, 'POST', `${base()}/clients`, { name: 'Zoe\u0301 Smith' });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ name: string }>().name).toBe('Zo\u00E9 Smith');
  });
});
