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

interface RegionJson {
  id: string;
  label: string;
  anatomicalLabel: string;
  side: string;
  area: string;
  views: string[];
  neighbours: string[];
  snomed?: string;
}

describe('GET /api/regions', () => {
  it('lists every region with labels, side, area, views and neighbours', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/regions' });
    expect(response.statusCode).toBe(200);
    const regions = response.json<RegionJson[]>();
    expect(regions.length).toBeGreaterThanOrEqual(200);
    const elbow = regions.find((r) => r.id === 'elbow.lateral.right');
    expect(elbow).toMatchObject({ label: 'Outside of the right elbow', side: 'right', area: 'elbow' });
    expect(elbow?.views.length).toBeGreaterThan(0);
    expect(elbow?.neighbours.length).toBeGreaterThan(0);
  });

  it('filters by view, and names a bad view in a 400 problem', async () => {
    const soles = await app.inject({ method: 'GET', url: '/api/regions?view=foot-sole' });
    const ids = soles.json<RegionJson[]>().map((r) => r.id);
    expect(ids).toContain('heel.under.left');
    expect(ids).not.toContain('temple.left');
    const bad = await app.inject({ method: 'GET', url: '/api/regions?view=sideways' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('query.view');
  });
});
