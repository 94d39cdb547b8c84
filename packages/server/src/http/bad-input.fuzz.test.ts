import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

let database: TestDatabase;
let app: FastifyInstance;

beforeAll(async () => {
  database = await TEST_ENGINES[0]!.create();
  // Valid sign-ups and sign-ins among the generated requests reach the database.
  await migrateToLatest(database.handle);
  // No rate limit: past it every answer would be 429, and the fuzzing would stop reaching the handlers.
  app = await buildApp({ database: database.handle, limits: { computePerMinute: 0 } });
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

/**
 * Issue #16: input built to exhaust the server. Strings with control characters (NUL above all), lists
 * nested thousands deep, and lists far longer than any real request, in every field of the compute
 * routes: never a 5xx, never a long answer, never slow.
 */
const nastyString = fc.oneof(
  fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\u001f', '\u007f', '\u2028', 'a', '"', '\\') }),
  fc.string().map((s) => `${s}\u0000`),
);
/** A list nested `depth` deep around a value, as JSON text: the value itself would be as deep. */
const deepJson = fc
  .tuple(fc.integer({ min: 33, max: 20_000 }), fc.constantFrom('"aching"', '{}', '1', 'null'))
  .map(([depth, inner]) => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`);
/** Up to ~200 kB of one repeated value: within the body limit, far beyond every list cap. */
const hugeList = fc
  .tuple(
    fc.integer({ min: 250, max: 20_000 }),
    fc.constantFrom(
      '"aching"',
      '"temple.right"',
      '"ibuprofen"',
      '{"region":"temple.right","intensity":5,"qualities":[]}',
    ),
  )
  .map(
    ([length, item]) =>
      `[${Array.from({ length: Math.min(length, Math.floor(200_000 / item.length)) }, () => item).join(',')}]`,
  );
const nastyValue = fc.oneof(
  nastyString.map((s) => JSON.stringify(s)),
  deepJson,
  hugeList,
);

const FIELDS: Readonly<Record<string, readonly string[]>> = {
  '/api/finder': ['regions', 'symptoms', 'note', 'regions[0].qualities', 'regions[0].region'],
  '/api/screening/evaluate': [
    'answers',
    'medications',
    'regions',
    'answers.recent-surgery-regions',
    'answers.pregnancy',
  ],
  '/api/plans': [
    'triggerPoints',
    'tools',
    'modifications.avoidRegions',
    'modifications.noPositions',
    'triggerPoints[0].id',
  ],
  '/api/auth/signin': ['email', 'password'],
  '/api/auth/signup': ['name', 'email', 'password'],
};
const VALID: Readonly<Record<string, string>> = {
  '/api/finder':
    '{"regions":[{"region":"temple.right","intensity":5,"qualities":["aching"]}],"symptoms":[],"note":"x"}',
  '/api/screening/evaluate': '{"answers":{"pregnancy":"no"},"medications":["ibuprofen"],"regions":["temple.right"]}',
  '/api/plans':
    '{"triggerPoints":[{"id":"upper-trapezius.tp1","side":"left"}],"tools":["hands"],"modifications":{"avoidRegions":[],"noPositions":[]}}',
  '/api/auth/signin': '{"email":"a@example.org","password":"correct horse battery staple"}',
  '/api/auth/signup': '{"name":"A","email":"a@example.org","password":"correct horse battery staple"}',
};

/** The valid body's JSON text with one field (a dotted path with [i] indexes) replaced by raw JSON. */
function withField(url: string, field: string, rawValue: string): string {
  const marker = '"__FUZZ__"';
  const body = JSON.parse(VALID[url]!) as Record<string, unknown>;
  const keys = field.split(/\.|\[(\d+)\]/).filter((k): k is string => k !== undefined && k !== '');
  let target: Record<string, unknown> = body;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = '__FUZZ__';
  return JSON.stringify(body).replace(marker, rawValue);
}

let address = 0;
/** A new client address per request, so sign-in's own rate limit (10 a minute) stays out of the way. */
const nextAddress = (): string => {
  address += 1;
  return `10.16.${Math.floor(address / 250)}.${address % 250}`;
};

describe('input built to exhaust the server is refused cheaply', () => {
  it.each(Object.keys(FIELDS))(
    'POST %s: NUL, deep nesting and huge lists in any field',
    async (url) => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...FIELDS[url]!), nastyValue, async (field, raw) => {
          const payload = withField(url, field, raw);
          const started = performance.now();
          const response = await app.inject({
            method: 'POST',
            url,
            payload,
            remoteAddress: nextAddress(),
            headers: { 'content-type': 'application/json' },
          });
          const elapsed = performance.now() - started;
          const summary = `${url} ${field}=${raw.slice(0, 80)}… → ${response.statusCode} ${response.body.slice(0, 200)}`;
          expect(response.statusCode, summary).toBeLessThan(500);
          if (response.statusCode >= 400)
            expect(response.headers['content-type']).toContain('application/problem+json');
          expect(response.body.length, summary).toBeLessThan(16 * 1024);
          // A well-formed sign-in hashes the password on purpose (slow by design); a refusal must be quick.
          if (!url.startsWith('/api/auth/') || response.statusCode === 400)
            expect(elapsed, summary).toBeLessThan(2_000);
          if (raw.includes('\\u0000')) expect(response.statusCode, summary).toBe(400);
        }),
        { numRuns: 60 },
      );
    },
    120_000,
  );
});

describe('security headers', () => {
  it('sends a content security policy and related headers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
  });
});
