import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

/**
 * Issue #16, exhaustion: anonymous requests that used to cost seconds of CPU, megabytes of answer or a
 * 500 are refused early with a short 400 (or 413/429) problem that still names the field.
 */

interface Problem {
  status: number;
  detail?: string;
  errors?: { field: string; message: string }[];
}

// Generous on a busy shared machine; the unbounded versions took 3–4 s and answered megabytes.
const FAST_MS = 1500;
const SMALL_BYTES = 8 * 1024;

async function post(app: FastifyInstance, url: string, payload: string | object): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json' },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

/** A list nested `depth` deep, as JSON text (built as text: the object itself would be as deep). */
const nested = (depth: number): string => `${'['.repeat(depth)}"aching"${']'.repeat(depth)}`;

describe.each(TEST_ENGINES)('exhaustion on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle, limits: { computePerMinute: 0 } });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('refuses the 537 kB list of 50,000 medicines from the issue as too large, with a short answer', async () => {
    const response = await post(app, '/api/screening/evaluate', {
      answers: {},
      medications: Array.from({ length: 50_000 }, (_, i) => `medicine ${i}`),
    });
    expect(response.statusCode).toBe(413);
    expect(response.body.length).toBeLessThan(SMALL_BYTES);
  });

  // The lists below stay under the body limit, so they reach the schemas' caps.
  it('refuses 20,000 medicines quickly with a short answer naming the field', async () => {
    const started = performance.now();
    const response = await post(app, '/api/screening/evaluate', {
      answers: {},
      medications: Array.from({ length: 20_000 }, (_, i) => `m${i}`),
    });
    const elapsed = performance.now() - started;
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(SMALL_BYTES);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.medications']);
    expect(elapsed).toBeLessThan(FAST_MS);
  });

  it('refuses 4,000 duplicate regions in the finder with one short error', async () => {
    const regions = Array.from({ length: 4_000 }, () => ({ region: 'temple.right', intensity: 5, qualities: [] }));
    const response = await post(app, '/api/finder', { regions });
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(SMALL_BYTES);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.regions']);
  });

  it('refuses 20,000 duplicate pain qualities in one region', async () => {
    const qualities = Array.from({ length: 20_000 }, () => 'aching');
    const response = await post(app, '/api/finder', { regions: [{ region: 'temple.right', intensity: 5, qualities }] });
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(SMALL_BYTES);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.regions[0].qualities']);
  });

  it('refuses a repeated pain quality, naming the second one', async () => {
    const response = await post(app, '/api/finder', {
      regions: [{ region: 'temple.right', intensity: 5, qualities: ['aching', 'aching'] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.regions[0].qualities[1]']);
  });

  it('answers a pain quality nested 5,000 deep with a 400, not a stack overflow', async () => {
    const body = `{"regions":[{"region":"temple.right","intensity":5,"qualities":[${nested(5000)}]}]}`;
    const response = await post(app, '/api/finder', body);
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(SMALL_BYTES);
    expect(response.json<Problem>().errors?.[0]?.field).toMatch(/^body\.regions\[0\]\.qualities/);
  });

  it('never echoes a long value whole in an error message', async () => {
    const response = await post(app, '/api/finder', {
      regions: [{ region: 'x'.repeat(10_000), intensity: 5, qualities: [] }],
    });
    expect(response.statusCode).toBe(400);
    expect(response.body.length).toBeLessThan(1024);
  });

  it('caps the errors listed in one problem and says how many more there were', async () => {
    // 40 distinct unknown regions: each is its own error, all within the region cap.
    const regions = Array.from({ length: 40 }, (_, i) => ({ region: `nowhere.${i}`, intensity: 5, qualities: [] }));
    const response = await post(app, '/api/finder', { regions });
    expect(response.statusCode).toBe(400);
    const problem = response.json<Problem>();
    expect(problem.errors).toHaveLength(20);
    expect(problem.detail).toMatch(/and 20 more/);
  });

  it.each([
    ['a medicine', '/api/screening/evaluate', { answers: {}, medications: ['ibu\u0000profen'] }, 'body.medications[0]'],
    ['an answer key', '/api/screening/evaluate', { answers: { 'preg\u0000nancy': 'no' } }, 'body.answers'],
    ['a sign-up name', '/api/auth/signup', { name: 'A\u0000B', email: 'nul@example.org', password: 'x' }, 'body.name'],
  ])('refuses a NUL character in %s with a 400 naming the field', async (_what, url, payload, field) => {
    const response = await post(app, url, payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual([field]);
  });

  it('refuses a NUL character in the query string', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/muscles?q=tra%00ps' });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['query.q']);
  });

  it('refuses a NUL character in a password at once, before any hashing', async () => {
    const started = performance.now();
    const response = await post(app, '/api/auth/signin', { email: 'nobody@example.org', password: 'pass\u0000word' });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['body.password']);
    // One scrypt hash (N=2^17) takes a few hundred milliseconds; a refusal before it takes a few.
    expect(performance.now() - started).toBeLessThan(150);
  });

  it('refuses a body over 256 kB with 413', async () => {
    const response = await post(app, '/api/screening/evaluate', { answers: {}, note: 'x'.repeat(300 * 1024) });
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});

describe('rate limit on anonymous compute routes', () => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await TEST_ENGINES[0]!.create();
    app = await buildApp({ database: database.handle, limits: { computePerMinute: 3 } });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it.each([
    ['POST', '/api/finder', { regions: [] }],
    ['POST', '/api/screening/evaluate', { answers: {} }],
    ['POST', '/api/plans', { triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'left' }] }],
    ['GET', '/api/muscles?q=traps', undefined],
  ] as const)('%s %s answers 429 with Retry-After after the limit, per address', async (method, url, payload) => {
    const send = (remoteAddress: string) => app.inject({ method, url, remoteAddress, ...(payload ? { payload } : {}) });
    for (let i = 0; i < 3; i++) expect((await send('192.0.2.1')).statusCode).toBe(200);
    const limited = await send('192.0.2.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not held back by the first address.
    expect((await send('192.0.2.2')).statusCode).toBe(200);
  });
});
