import fc from 'fast-check';
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

const RUNS = 100;

/** JSON values of every shape, including ones close to valid (right keys, wrong values). */
const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.record(
    { regions: fc.jsonValue(), symptoms: fc.jsonValue(), top: fc.jsonValue(), side: fc.jsonValue() },
    { requiredKeys: [] },
  ),
  fc.record(
    { answers: fc.dictionary(fc.string(), fc.jsonValue()), medications: fc.jsonValue(), regions: fc.jsonValue() },
    { requiredKeys: [] },
  ),
  fc.record(
    {
      triggerPoints: fc.array(fc.record({ id: fc.string(), side: fc.string() }, { requiredKeys: [] })),
      budgetSeconds: fc.jsonValue(),
      modifications: fc.jsonValue(),
      tools: fc.jsonValue(),
    },
    { requiredKeys: [] },
  ),
);

const POST_ENDPOINTS = [
  '/api/finder',
  '/api/screening/evaluate',
  '/api/plans',
  '/api/auth/signin',
  '/api/auth/signup',
  '/api/auth/setup',
  '/api/auth/signout',
];
const GET_ENDPOINTS = [
  '/api/regions?view=',
  '/api/muscles?q=',
  '/api/muscles?area=',
  '/api/muscles/',
  '/api/conditions?q=',
  '/api/conditions/',
  '/api/regions?x=',
];

describe('bad input never causes a server error', () => {
  it.each(POST_ENDPOINTS)('POST %s answers 2xx or 4xx problem details for random bodies', async (url) => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (body) => {
        const response = await app.inject({
          method: 'POST',
          url,
          payload: JSON.stringify(body),
          headers: { 'content-type': 'application/json' },
        });
        expect(response.statusCode, `${url} ${JSON.stringify(body)} → ${response.body}`).toBeLessThan(500);
        if (response.statusCode >= 400) expect(response.headers['content-type']).toContain('application/problem+json');
      }),
      { numRuns: RUNS },
    );
  });

  it.each(POST_ENDPOINTS)('POST %s survives malformed bytes and wrong content types', async (url) => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.constantFrom('application/json', 'text/plain', 'application/xml', ''),
        async (raw, type) => {
          const response = await app.inject({
            method: 'POST',
            url,
            payload: raw,
            headers: type ? { 'content-type': type } : {},
          });
          expect(response.statusCode).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it.each(GET_ENDPOINTS)('GET %s… answers < 500 for random text', async (prefix) => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (text) => {
        const response = await app.inject({ method: 'GET', url: `${prefix}${encodeURIComponent(text)}` });
        expect(response.statusCode, `${prefix}${text}`).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('security headers', () => {
  it('sends a content security policy and related headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});
