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

describe('atlas API', () => {
  it('lists every muscle and searches by common names', async () => {
    const all = await app.inject({ method: 'GET', url: '/api/muscles' });
    expect(all.statusCode).toBe(200);
    expect(all.json<unknown[]>().length).toBeGreaterThanOrEqual(120);
    const lats = await app.inject({ method: 'GET', url: '/api/muscles?q=lats' });
    expect(lats.json<{ id: string }[]>()[0]?.id).toBe('latissimus-dorsi');
    const neck = await app.inject({ method: 'GET', url: '/api/muscles?area=neck' });
    expect(neck.json<{ area: string }[]>().every((m) => m.area === 'neck')).toBe(true);
  });

  it('shows one muscle with trigger points on the requested side and full citations', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/muscles/soleus?side=left' });
    expect(response.statusCode).toBe(200);
    const soleus = response.json<{
      triggerPoints: { region: string; essential: string[]; sources: { citation: string }[] }[];
    }>();
    expect(soleus.triggerPoints[0]?.essential).toContain('heel.under.left');
    expect(soleus.triggerPoints[0]?.region.endsWith('.left')).toBe(true);
    expect(soleus.triggerPoints[0]?.sources[0]?.citation).toMatch(/Travell/);
  });

  it('answers 404 problems for unknown muscles and conditions, 400 for a bad side', async () => {
    const missing = await app.inject({ method: 'GET', url: '/api/muscles/no-such-muscle' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ status: 404, detail: 'No muscle with id "no-such-muscle"' });
    expect((await app.inject({ method: 'GET', url: '/api/conditions/nope' })).statusCode).toBe(404);
    const badSide = await app.inject({ method: 'GET', url: '/api/muscles/soleus?side=middle' });
    expect(badSide.statusCode).toBe(400);
    expect(badSide.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('query.side');
  });

  it('lists and shows conditions with evidence and red flags', async () => {
    const list = await app.inject({ method: 'GET', url: '/api/conditions?q=heel' });
    expect(list.json<{ id: string }[]>().map((c) => c.id)).toContain('plantar-heel-pain');
    const heel = await app.inject({ method: 'GET', url: '/api/conditions/plantar-heel-pain' });
    const body = heel.json<{ muscles: { id: string }[]; evidence: { level: string }; redFlags: string[] }>();
    expect(body.muscles.map((m) => m.id)).toEqual(expect.arrayContaining(['soleus', 'quadratus-plantae']));
    expect(body.redFlags.length).toBeGreaterThan(0);
  });
});

describe('finder API', () => {
  it('ranks muscles for a pain drawing, with the same answer the core gives', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/finder',
      payload: { regions: [{ region: 'heel.under.right', intensity: 7, qualities: ['aching'] }], top: 5 },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ results: { muscle: string; explains: string[] }[]; cover: string[] }>();
    expect(body.results.map((r) => r.muscle)).toEqual(expect.arrayContaining(['soleus', 'quadratus-plantae']));
    expect(body.results).toHaveLength(5);
    expect(body.cover).toHaveLength(1);
  });

  it('names an unknown region or symptom in a 400 problem', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/finder',
      payload: { regions: [{ region: 'elbow.lateal.right', intensity: 5, qualities: [] }], symptoms: ['hiccups'] },
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json<{ errors: { field: string; message: string }[] }>();
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'body.regions[0].region', message: 'unknown region "elbow.lateal.right"' },
        { field: 'body.symptoms[0]', message: 'unknown symptom "hiccups"' },
      ]),
    );
  });

  it('puts red flags in the answer', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/finder',
      payload: {
        regions: [{ region: 'temple.left', intensity: 9, qualities: [] }],
        symptoms: ['sudden-severe-headache'],
      },
    });
    expect(response.json<{ redFlags: { id: string }[] }>().redFlags[0]?.id).toBe('sudden-severe-headache');
  });
});
