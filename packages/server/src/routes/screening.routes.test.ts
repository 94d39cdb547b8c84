import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await TEST_ENGINES[0]!.create();
  app = await buildApp({ database: database.handle });
});

afterAll(async () => {
  await app.close();
  await database.drop();
});

describe('screening API', () => {
  it('lists the questions with the ruleset version', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/screening/questions' });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ rulesetVersion: string; questions: { id: string }[] }>();
    expect(body.rulesetVersion).toMatch(/\d/);
    expect(body.questions.map((q) => q.id)).toContain('pregnancy');
  });

  it('tells someone with a swollen, painful calf not to massage and to see a doctor', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/screening/evaluate',
      payload: { answers: { 'swollen-painful-calf': true }, medications: [], regions: ['calf.upper.left'] },
    });
    expect(response.statusCode).toBe(200);
    const decision = response.json<{ outcome: string; reasons: { advice: string }[] }>();
    expect(decision.outcome).toBe('urgent');
    expect(decision.reasons.map((r) => r.advice).join(' ')).toMatch(/doctor/i);
  });

  it('gives someone on warfarin light pressure only, with the reason', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/screening/evaluate',
      payload: { answers: {}, medications: ['warfarin 5mg'] },
    });
    const decision = response.json<{
      outcome: string;
      modifications: { type: string }[];
      reasons: { reason: string }[];
      medications: { name: string; classes: { atc: string[] }[] }[];
    }>();
    expect(decision.outcome).toBe('caution');
    expect(decision.modifications.map((m) => m.type)).toContain('light-pressure');
    expect(decision.reasons[0]?.reason).toMatch(/blood thinner/i);
    expect(decision.medications[0]?.classes[0]?.atc.join()).toMatch(/B01A/);
  });

  it('names unknown questions and bad values in a 400 problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/screening/evaluate',
      payload: { answers: { frobnicate: true, pregnancy: 'perhaps' }, medications: [] },
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.answers.frobnicate', 'body.answers.pregnancy']));
  });
});
