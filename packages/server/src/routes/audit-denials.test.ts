import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

/**
 * Issue #16: any signed-in account could write one audit row into another clinic's log per refused
 * request, without limit. Identical refusals within a minute now share one row with a count, and an
 * account refused too often within a minute gets 429 with no further rows.
 */

const DENIED_PER_MINUTE = 5;

describe.each(TEST_ENGINES)('refusals in the audit log on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle, limits: { deniedPerMinute: DENIED_PER_MINUTE } });
    f = await createPracticeFixture(app, database.handle);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const rowsBy = (actorId: string) =>
    database.handle.db
      .selectFrom('audit_events')
      .select(['clinic_id', 'action', 'outcome', 'repeat_count'])
      .where('actor_id', '=', actorId)
      .where('outcome', '=', 'denied')
      .execute();

  it('groups identical refusals into one row with a count, shown in the victim clinic’s log', async () => {
    const probe = `/api/clinics/${f.clinicA}/clients`;
    for (let i = 0; i < 3; i++) expect((await call(app, f.sessions.therapistB, 'GET', probe)).statusCode).toBe(404);
    expect(await rowsBy(f.sessions.therapistB.userId)).toEqual([
      { clinic_id: f.clinicA, action: 'clients.search', outcome: 'denied', repeat_count: 3 },
    ]);
    const log = await call(app, f.sessions.ownerA, 'GET', `/api/clinics/${f.clinicA}/audit`);
    const entry = log
      .json<{ actorId: string; count: number }[]>()
      .find((e) => e.actorId === f.sessions.therapistB.userId);
    expect(entry?.count).toBe(3);
  });

  it('answers 429 with Retry-After and writes nothing once an account is refused too often', async () => {
    const actor = f.sessions.ownerB;
    // Every probe names a different clinic, so none of them groups with another.
    for (let i = 0; i < DENIED_PER_MINUTE; i++) {
      expect((await call(app, actor, 'GET', `/api/clinics/${randomUUID()}/clients`)).statusCode).toBe(404);
    }
    const rows = (await rowsBy(actor.userId)).length;
    const limited = await call(app, actor, 'GET', `/api/clinics/${f.clinicA}/clients`);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await rowsBy(actor.userId)).length).toBe(rows);
    // The account's own clinic still works, and its successes are still recorded.
    expect((await call(app, actor, 'GET', `/api/clinics/${f.clinicB}/clients`)).statusCode).toBe(200);
  });
});
