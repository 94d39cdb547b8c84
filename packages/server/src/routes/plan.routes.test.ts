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

interface PlanJson {
  steps: { kind: string; pressure?: number; region?: string; seconds: number }[];
  totalSeconds: number;
  budgetSeconds: number;
  leftOut: { triggerPoint: string; reason: string }[];
  pressureCap: number;
}

describe('POST /api/plans', () => {
  it('plans within the budget and respects light pressure and avoided regions', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      payload: {
        triggerPoints: [
          { id: 'upper-trapezius.tp1', side: 'right' },
          { id: 'soleus.tp1', side: 'left' },
        ],
        budgetSeconds: 900,
        modifications: { lightPressure: true, avoidRegions: ['calf.lower.left'] },
      },
    });
    expect(response.statusCode).toBe(200);
    const plan = response.json<PlanJson>();
    expect(plan.totalSeconds).toBeLessThanOrEqual(900);
    expect(plan.pressureCap).toBe(3);
    for (const step of plan.steps) if (step.pressure !== undefined) expect(step.pressure).toBeLessThanOrEqual(3);
    expect(plan.steps.some((s) => s.region === 'calf.lower.left')).toBe(false);
    expect(plan.leftOut).toEqual([
      { triggerPoint: 'soleus.tp1', side: 'left', reason: 'in an area to avoid (screening)' },
    ]);
  });

  it('names a bad trigger point id and a budget too small in 400 problems', async () => {
    const unknown = await app.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { triggerPoints: [{ id: 'nope.tp1', side: 'left' }] },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ errors: { field: string; message: string }[] }>().errors[0]).toEqual({
      field: 'body.triggerPoints[0].id',
      message: 'unknown trigger point "nope.tp1"',
    });
    const tooShort = await app.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { triggerPoints: [{ id: 'soleus.tp1', side: 'left' }], budgetSeconds: 30 },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.budgetSeconds');
  });
});
