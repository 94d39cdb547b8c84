import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { migrateToLatest } from '@myomap/server/db/migrator.ts';
import { AuditRepository } from '@myomap/server/repositories/audit.repository.ts';
import { ClinicRepository } from '@myomap/server/repositories/clinic.repository.ts';
import { TEST_ENGINES, type TestDatabase } from '@myomap/server/test/test-databases.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../test-support.ts';

async function auditIds(database: TestDatabase): Promise<string[]> {
  const rows = await database.handle.db.selectFrom('audit_events').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

describe.each(TEST_ENGINES)('myomap backup and restore on $engine', ({ create }) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    source = await create();
    target = await create();
    dir = await mkdtemp(path.join(tmpdir(), 'myomap-cli-backup-'));
    await migrateToLatest(source.handle);
    await new ClinicRepository(source.handle.db).create('Load Test Clinic', 'clinic-load');
  });

  afterEach(async () => {
    await source.drop();
    await target.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('copies every acknowledged write while writes keep coming, and the copy is consistent', async () => {
    // Sequential writes, as a busy server would make them; each is acknowledged when its insert returns.
    const writer = new AuditRepository(source.handle.db);
    const acknowledged: string[] = [];
    let attempted = 0;
    let stop = false;
    const load = (async () => {
      while (!stop) {
        const id = `load-${String(attempted).padStart(7, '0')}`;
        attempted += 1;
        await writer.record({
          id,
          clinic_id: 'clinic-load',
          actor_id: 'therapist-1',
          origin: '127.0.0.1',
          action: 'client.update',
          subject_type: 'client',
          subject_id: 'client-1',
          outcome: 'success',
        });
        acknowledged.push(id);
        await yieldToEventLoop();
      }
    })();
    while (acknowledged.length < 150) await yieldToEventLoop();

    const acknowledgedBeforeBackup = acknowledged.length;
    const file = path.join(dir, 'live.myomap.gz');
    const backup = await runCli(['backup', file, '--json'], source.env);
    const acknowledgedAfterBackup = acknowledged.length;
    stop = true;
    await load;
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    // The server kept writing while the backup ran.
    expect(acknowledgedAfterBackup).toBeGreaterThan(acknowledgedBeforeBackup);

    const restore = await runCli(['restore', file], target.env);
    expect(restore.code).toBe(0);
    const restored = await auditIds(target);
    // Every write acknowledged before the backup started is in the copy…
    expect(restored.length).toBeGreaterThanOrEqual(acknowledgedBeforeBackup);
    expect(restored.slice(0, acknowledgedBeforeBackup)).toEqual(acknowledged.slice(0, acknowledgedBeforeBackup));
    // …and the copy is one moment in time: exactly the first N writes, no gaps, nothing torn.
    const allWrites = Array.from({ length: attempted }, (_, i) => `load-${String(i).padStart(7, '0')}`);
    expect(restored).toEqual(allWrites.slice(0, restored.length));
  });

  it('refuses to restore over data without --force (exit 2), and replaces it with --force', async () => {
    const file = path.join(dir, 'copy.myomap.gz');
    expect((await runCli(['backup', file], source.env)).code).toBe(0);
    await migrateToLatest(target.handle);
    await new ClinicRepository(target.handle.db).create('Other Clinic', 'clinic-other');

    const refused = await runCli(['restore', file], target.env);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim()).toBe('myomap: the target database is not empty; use --force to replace its data');
    expect(await new ClinicRepository(target.handle.db).findById('clinic-other')).toBeDefined();

    const forced = await runCli(['restore', file, '--force'], target.env);
    expect(forced.code).toBe(0);
    expect(await new ClinicRepository(target.handle.db).findById('clinic-other')).toBeUndefined();
    expect(await new ClinicRepository(target.handle.db).findById('clinic-load')).toBeDefined();
  });
});
