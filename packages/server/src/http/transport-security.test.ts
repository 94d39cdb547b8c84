import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { signUpVerified } from '../test/email-links.ts';
import { PASSWORD, sessionOf, type TestSession } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { redactUrl, serverLoggerOptions } from './log-redaction.ts';

let database: TestDatabase;

beforeAll(async () => {
  database = await TEST_ENGINES[0]!.create();
  await migrateToLatest(database.handle);
});

afterAll(async () => {
  await database.drop();
});

/** An app with a route that answers the client address Fastify settled on. */
async function appWith(trustProxy?: boolean | number | string): Promise<FastifyInstance> {
  const app = await buildApp({ database: database.handle, ...(trustProxy !== undefined ? { trustProxy } : {}) });
  app.get('/api/test/ip', (request) => ({ ip: request.ip }));
  await app.ready();
  return app;
}

describe('CSRF and caching on signed-in requests', () => {
  let app: FastifyInstance;
  let session: TestSession;

  beforeAll(async () => {
    app = await appWith();
    session = sessionOf(
      await signUpVerified(app, database.handle, { name: 'Sam Sample', email: 'sam@example.org', password: PASSWORD }),
    );
  });

  afterAll(async () => {
    await app.close();
  });

  it.each(['/%61pi/auth/signout', '/api/auth/%73ignout', '/%61%70%69/auth/signout'])(
    'refuses %s without the CSRF token, as the plain path is refused',
    async (url) => {
      const forged = await app.inject({ method: 'POST', url, headers: { cookie: session.cookie } });
      expect(forged.statusCode).toBe(403);
      const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
      expect(me.statusCode).toBe(200);
    },
  );

  it('marks signed-in answers and everything under /api/auth no-store, and leaves public atlas reads cacheable', async () => {
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session.cookie } });
    expect(me.headers['cache-control']).toBe('no-store');
    const setup = await app.inject({ method: 'GET', url: '/api/auth/setup' });
    expect(setup.headers['cache-control']).toBe('no-store');
    const portal = await app.inject({ method: 'GET', url: '/api/portal/records', headers: { cookie: session.cookie } });
    expect(portal.statusCode).toBe(200);
    expect(portal.headers['cache-control']).toBe('no-store');
    const atlas = await app.inject({ method: 'GET', url: '/api/muscles?q=soleus' });
    expect(atlas.statusCode).toBe(200);
    expect(atlas.headers['cache-control']).toBeUndefined();
  });
});

describe('behind a proxy', () => {
  const forwarded = { 'x-forwarded-for': '6.6.6.6, 203.0.113.7', 'x-forwarded-proto': 'https' };
  const ipOf = async (app: FastifyInstance): Promise<string> =>
    (await app.inject({ method: 'GET', url: '/api/test/ip', remoteAddress: '10.0.0.1', headers: forwarded })).json<{
      ip: string;
    }>().ip;

  it('takes the right-most forwarded address for MYOMAP_TRUST_PROXY=true (one hop), not the one the client wrote', async () => {
    const app = await appWith(true);
    expect(await ipOf(app)).toBe('203.0.113.7');
    await app.close();
  });

  it('walks back as many hops as configured, or up to the first untrusted address', async () => {
    const twoHops = await appWith(2);
    expect(await ipOf(twoHops)).toBe('6.6.6.6');
    await twoHops.close();
    const listed = await appWith('10.0.0.1');
    expect(await ipOf(listed)).toBe('203.0.113.7');
    await listed.close();
  });

  it('sends HSTS only behind a proxy', async () => {
    const proxied = await appWith(true);
    const response = await proxied.inject({ method: 'GET', url: '/api/health', headers: forwarded });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    await proxied.close();
    const direct = await appWith();
    expect((await direct.inject({ method: 'GET', url: '/api/health' })).headers['strict-transport-security']).toBe(
      undefined,
    );
    await direct.close();
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    const app = await appWith();
    expect(await ipOf(app)).toBe('10.0.0.1');
    await app.close();
  });
});

describe('the request log', () => {
  it('redacts feed secrets and searched names, however the path is spelled', () => {
    expect(redactUrl('/api/feeds/s3cr3t-token.ics')).toBe('/api/feeds/[redacted]');
    expect(redactUrl('/api/%66eeds/s3cr3t-token.ics?x=1')).toBe('/api/feeds/[redacted]?x=1');
    expect(redactUrl('/api/clinics/c1/clients?q=Alice+Smith&limit=5')).toBe(
      '/api/clinics/c1/clients?q=%5Bredacted%5D&limit=5',
    );
    expect(redactUrl('/api/muscles/soleus')).toBe('/api/muscles/soleus');
  });

  it('keeps them out of what the server writes', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const app = await buildApp({ database: database.handle, logger: { ...serverLoggerOptions('info'), stream } });
    await app.inject({ method: 'GET', url: '/api/feeds/s3cr3t-token.ics' });
    await app.inject({ method: 'GET', url: '/api/clinics/c1/clients?q=Alice%20Smith' });
    await app.close();
    const log = lines.join('');
    expect(log).toContain('incoming request');
    expect(log).not.toContain('s3cr3t');
    expect(log).not.toContain('Alice');
  });
});
