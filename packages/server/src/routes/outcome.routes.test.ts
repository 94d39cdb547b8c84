import type { FastifyInstance } from 'fastify';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { call, createPracticeFixture, type PracticeFixture } from '../test/practice-fixture.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';

interface Trend {
  days: { date: string; value: number | null }[];
  windowChange: number | null;
  assessment: {
    important: boolean;
    direction: string;
    threshold: { value: number; orPercent?: number; source: { ref: string } };
  } | null;
}

/** Four weeks of daily pain, easing from 7 to 4. */
function fourWeeks(start: DateTime): { kind: 'diary'; date: string; pain: number; note?: string }[] {
  return Array.from({ length: 28 }, (_, i) => ({
    kind: 'diary' as const,
    date: start.plus({ days: i }).toISODate()!,
    pain: i < 7 ? 7 : i < 14 ? 6 : i < 21 ? 5 : 4,
    ...(i === 3 ? { note: 'Bad day, "worse" after driving, 2 hours' } : {}),
  }));
}

describe.each(TEST_ENGINES)('outcomes on $engine', ({ create }) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let f: PracticeFixture;
  const start = DateTime.fromISO('2026-10-01');

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    app = await buildApp({ database: database.handle });
    f = await createPracticeFixture(app, database.handle);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('keeps a self-care diary and says, with the cited threshold, that four weeks from 7 to 4 is an important change', async () => {
    const me = f.sessions.ownerB;
    for (const entry of fourWeeks(start))
      expect((await call(app, me, 'POST', '/api/me/outcomes', entry)).statusCode).toBe(201);
    const bad = await call(app, me, 'POST', '/api/me/outcomes', { kind: 'diary', date: '2026-10-40', pain: 11 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ errors: { field: string }[] }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['body.date', 'body.pain']);

    const trend = (await call(app, me, 'GET', '/api/me/outcomes/trend?scale=pain')).json<Trend>();
    expect(trend.days).toHaveLength(28);
    expect(trend.windowChange).toBe(-3);
    expect(trend.assessment).toMatchObject({
      important: true,
      direction: 'better',
      threshold: { value: 2, orPercent: 30 },
    });
    expect(trend.assessment?.threshold.source.ref).toMatch(/farrar/i);

    const csv = await call(app, me, 'GET', '/api/me/outcomes.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'date,time,kind,pain,stiffness,stress,sleep,pain_before,pain_after,soreness_next_day,painful_regions,note',
    );
    expect(lines).toHaveLength(29);
    expect(lines[4]).toBe('2026-10-04,,diary,7,,,,,,,,"Bad day, ""worse"" after driving, 2 hours"');
    // Nobody else sees a self-care diary.
    expect((await call(app, f.sessions.ownerA, 'GET', '/api/me/outcomes')).json<unknown[]>()).toEqual([]);
  });

  it('keeps a client\u2019s diary with their clinic record: the client writes, clinicians read, others do not', async () => {
    const client = f.sessions.clientA;
    const portal = `/api/portal/records/${f.clientA}/outcomes`;
    for (const entry of fourWeeks(start).slice(0, 3))
      expect((await call(app, client, 'POST', portal, entry)).statusCode).toBe(201);
    await call(app, client, 'POST', portal, { kind: 'session', date: '2026-10-02', painBefore: 7, painAfter: 4 });
    const clinic = `/api/clinics/${f.clinicA}/clients/${f.clientA}/outcomes`;
    expect((await call(app, f.sessions.therapistA, 'GET', clinic)).json<unknown[]>()).toHaveLength(4);
    const trend = (await call(app, f.sessions.therapistA, 'GET', `${clinic}/trend`)).json<
      Trend & { reason?: string }
    >();
    expect(trend.assessment).toBeNull();
    expect(trend.reason).toBeTruthy();
    expect((await call(app, f.sessions.frontDeskA, 'GET', clinic)).statusCode).toBe(403);
    expect((await call(app, f.sessions.ownerB, 'GET', clinic)).statusCode).toBe(404);
    expect((await call(app, f.sessions.ownerB, 'GET', portal)).statusCode).toBe(404);
    const csv = await call(
      app,
      f.sessions.therapistA,
      'GET',
      `/api/clinics/${f.clinicA}/clients/${f.clientA}/outcomes.csv`,
    );
    expect(csv.body).toContain('2026-10-02,,session,,,,,7,4,,,');
    const own = await call(app, client, 'GET', `${portal}.csv?from=2026-10-02`);
    expect(own.headers['content-type']).toContain('text/csv');
    expect(own.body.trim().split('\r\n').slice(1)).toEqual(
      csv.body
        .trim()
        .split('\r\n')
        .slice(1)
        .filter((line) => line >= '2026-10-02'),
    );
    expect((await call(app, f.sessions.ownerB, 'GET', `${portal}.csv`)).statusCode).toBe(404);
    const audit = await database.handle.db
      .selectFrom('audit_events')
      .select(['action'])
      .where('action', 'in', ['outcome.create', 'outcomes.read', 'outcomes.export'])
      .where('outcome', '=', 'success')
      .execute();
    expect(audit.filter((a) => a.action === 'outcome.create')).toHaveLength(4);
    expect(audit.filter((a) => a.action === 'outcomes.export')).toHaveLength(2);
  });
});
