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
  steps: {
    id: string;
    kind: string;
    pressure?: number;
    region?: string;
    seconds: number;
    limit?: { max: number; reason: string; rule?: string };
  }[];
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

  it('takes a screening decision exactly as the screening API returns it: its limits reach the steps they concern', async () => {
    const evaluate = async (body: Record<string, unknown>) =>
      (await app.inject({ method: 'POST', url: '/api/screening/evaluate', payload: body })).json<unknown>();
    const points = [
      { id: 'upper-trapezius.tp1', side: 'right' },
      { id: 'soleus.tp1', side: 'left' },
    ];
    // Pain medicine limits every step to 5/10; pregnancy keeps only the legs at 3/10.
    const screening = await evaluate({
      answers: {
        pregnancy: true,
        'pregnancy-trimester': 'second',
        'pregnancy-warning-signs': false,
        'pregnancy-complications': false,
      },
      medications: ['Tramadol 50 mg'],
    });
    const response = await app.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { triggerPoints: points, intensity: 'firm', budgetSeconds: 1200, screening },
    });
    expect(response.statusCode).toBe(200);
    const plan = response.json<PlanJson>();
    const trapezius = plan.steps.find((s) => s.id === 'compression:upper-trapezius.tp1:right')!;
    const soleus = plan.steps.find((s) => s.id === 'compression:soleus.tp1:left')!;
    expect(trapezius).toMatchObject({ pressure: 5, limit: { max: 5, rule: 'pain-feedback-dulled' } });
    expect(soleus.pressure).toBeLessThanOrEqual(3);
    expect(soleus.limit).toMatchObject({ max: 3, rule: 'pregnancy' });
    expect(plan.pressureCap).toBe(5);
  });

  it('plans no limits for vitamin D and Ventolin', async () => {
    const screening = (
      await app.inject({
        method: 'POST',
        url: '/api/screening/evaluate',
        payload: { answers: {}, medications: ['Vitamin D3 1000 IU', 'Ventolin inhaler'] },
      })
    ).json<{ outcome: string; modifications: unknown[] }>();
    expect(screening).toMatchObject({ outcome: 'ok', modifications: [] });
    const plan = (
      await app.inject({
        method: 'POST',
        url: '/api/plans',
        payload: { triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'right' }], intensity: 'firm', screening },
      })
    ).json<PlanJson>();
    expect(plan.pressureCap).toBe(7);
    expect(plan.steps.every((s) => s.limit === undefined)).toBe(true);
  });

  it('refuses a plan when screening stops treatment, and names a malformed decision', async () => {
    const urgent = (
      await app.inject({
        method: 'POST',
        url: '/api/screening/evaluate',
        payload: {
          answers: {
            'recent-injury': true,
            'recent-injury-regions': ['forehead.left'],
            'recent-injury-when': '2-6-weeks',
          },
          medications: ['Eliquis 5 mg'],
        },
      })
    ).json<{ outcome: string }>();
    expect(urgent.outcome).toBe('urgent');
    const refused = await app.inject({
      method: 'POST',
      url: '/api/plans',
      payload: { triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'right' }], screening: urgent },
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('body.screening.outcome');
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/plans',
      payload: {
        triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'right' }],
        screening: { outcome: 'caution', modifications: [{ type: 'light-pressure', regions: 'legs' }] },
      },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json<{ errors: { field: string }[] }>().errors[0]?.field).toMatch(/^body\.screening/);
  });
});
