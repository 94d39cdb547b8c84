import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

describe('the served web app', () => {
  let database: TestDatabase;
  let dist: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await TEST_ENGINES[0]!.create();
    dist = await mkdtemp(path.join(tmpdir(), 'myomap-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Myomap</title>');
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1);\n//# sourceMappingURL=app-1234.js.map');
    await writeFile(path.join(dist, 'assets', 'app-1234.js.map'), '{"sources":["secret.ts"]}');
    app = await buildApp({ database: database.handle, webDistDir: dist });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the scripts but never their source maps', async () => {
    expect((await app.inject({ method: 'GET', url: '/assets/app-1234.js' })).statusCode).toBe(200);
    const map = await app.inject({ method: 'GET', url: '/assets/app-1234.js.map' });
    expect(map.statusCode).toBe(404);
    expect(map.body).not.toContain('secret.ts');
  });
});
