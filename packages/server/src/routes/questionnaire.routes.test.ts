import type { FastifyInstance } from 'fastify';
import { NDI_ITEM_IDS } from '@myomap/core/outcomes/instruments/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

interface Overview {
  nextVisitNumber: number;
  schedules: { instrument: string; due: boolean }[];
  responses: { instrument: string; score: { ok: boolean; score?: number; percent?: number } }[];
  changes: {
    instrument: string;
    assessment: { change: number; important: boolean; threshold: { source: { ref: string } } };
  }[];
}

const ndi = (scores: number[]) => Object.fromEntries(NDI_ITEM_IDS.map((id, i) => [id, scores[i]]));

describe.each(TEST_ENGINES)('questionnaires on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;

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

  it('schedules a questionnaire before every visit, scores responses as published and judges the change', async () => {
    const base = `/api/clinics/${f.clinicA}/clients/${f.clientA}/questionnaires`;
    const scheduled = await call(app, f.sessions.therapistA, 'POST', `${base}/schedules`, {
      instrument: 'ndi',
      rule: { kind: 'every-visit' },
    });
    expect(scheduled.statusCode).toBe(201);
    expect(scheduled.json<Overview>().schedules).toEqual([expect.objectContaining({ instrument: 'ndi', due: true })]);
    const bad = await call(app, f.sessions.therapistA, 'POST', `${base}/schedules`, {
      instrument: 'ndi',
      rule: { kind: 'every-n-visits', n: 1 },
    });
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.rule.n');

    const first = await call(app, f.sessions.therapistA, 'POST', `${base}/responses`, {
      instrument: 'ndi',
      answers: ndi([2, 1, 2, 2, 3, 2, 2, 2, 2, 2]),
      completedOn: '2026-10-01',
    });
    expect(first.json<Overview>().responses[0]?.score).toMatchObject({ ok: true, score: 20, percent: 40 });
    const portal = `/api/portal/records/${f.clientA}/questionnaires`;
    const later = await call(app, f.sessions.clientA, 'POST', `${portal}/responses`, {
      instrument: 'ndi',
      answers: ndi([1, 0, 1, 1, 1, 1, 1, 1, 1, 1]),
      completedOn: '2026-11-01',
    });
    expect(later.statusCode).toBe(201);
    const change = later.json<Overview>().changes[0];
    expect(change).toMatchObject({ instrument: 'ndi', assessment: { change: -11, important: true } });
    expect(change?.assessment.threshold.source.ref).toBeTruthy();
    const wrong = await call(app, f.sessions.clientA, 'POST', `${portal}/responses`, {
      instrument: 'nrs-pain',
      answers: { score: 14 },
      completedOn: '2026-11-02',
    });
    expect(wrong.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.answers.score');
    expect((await call(app, f.sessions.frontDeskA, 'GET', base)).statusCode).toBe(403);
    expect((await call(app, f.sessions.ownerB, 'GET', base)).statusCode).toBe(404);
    expect((await call(app, f.sessions.clientA, 'GET', portal)).json<Overview>().responses).toHaveLength(2);
  });
});
