import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { MYOMAP_VERSION } from '../version.ts';

describe.each(TEST_ENGINES)('HTTP platform on $engine', ({ engine, create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    // A route used only here, to see how validation failures and crashes reach the client.
    app.withTypeProvider<ZodTypeProvider>().post(
      '/api/test/drawings',
      {
        schema: {
          querystring: z.object({ top: z.coerce.number().int().min(1).max(50).optional() }),
          body: z.object({
            regions: z.array(z.object({ region: z.string().min(1), intensity: z.number().int().min(1).max(10) })),
          }),
        },
      },
      (request) => ({ count: request.body.regions.length }),
    );
    app.get('/api/test/crash', () => {
      throw new Error('secret internal detail at /srv/code.ts:12');
    });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('answers health with the version', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', version: MYOMAP_VERSION });
  });

  it('answers ready when the database answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: engine });
  });

  it('describes the API as OpenAPI 3.1 generated from the route schemas', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/ready']));
    const docs = await app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers unknown routes with a 404 problem', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/no-such-thing' });
  });

  it('names every failing field of a bad body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/drawings',
      payload: {
        regions: [
          { region: 'temple.right', intensity: 7 },
          { region: '', intensity: 11 },
        ],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<{ status: number; detail: string; errors: { field: string; message: string }[] }>();
    expect(problem.status).toBe(400);
    expect(problem.errors.map((e) => e.field).sort()).toEqual(['body.regions[1].intensity', 'body.regions[1].region']);
    expect(problem.detail).toContain('body.regions[1].intensity');
  });

  it('names a failing query parameter', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/test/drawings?top=0',
      payload: { regions: [] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['query.top']);
  });

  it('refuses malformed JSON, a wrong content type and an oversized body with 4xx problems', async () => {
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/test/drawings',
      headers: { 'content-type': 'application/json' },
      payload: '{"regions": [',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');

    const wrongType = await app.inject({
      method: 'POST',
      url: '/api/test/drawings',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(wrongType.statusCode).toBe(415);

    const huge = await app.inject({
      method: 'POST',
      url: '/api/test/drawings',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ regions: [], pad: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(huge.statusCode).toBe(413);
  });

  it('hides internals when a handler fails', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/test/crash' });
    expect(response.statusCode).toBe(500);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toContain('code.ts');
  });
});

describe('readiness when the database is gone', () => {
  it('answers 503 with a problem', async () => {
    const [sqlite] = TEST_ENGINES;
    const database = await sqlite!.create();
    const unreachable = {
      ...database.handle,
      ping: () => Promise.reject(new Error('connection refused')),
    };
    const app = await buildApp({ database: unreachable });
    const response = await app.inject({ method: 'GET', url: '/api/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 503, detail: 'The sqlite database is not answering' });
    await app.close();
    await database.drop();
  });
});
