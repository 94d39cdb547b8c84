import { writeFile } from 'node:fs/promises';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../db/migrator.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClientRecordsRepository } from '../repositories/client-records.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { seedClinic } from '../services/clinic.service.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { TEST_ENGINES, type TestDatabase } from '../test/test-databases.ts';
import { generateSecretKey, keyRing, open, parseSecretKey, seal } from '../auth/secret-box.ts';
import { BackupError, backupDatabase, restoreDatabase } from './backup.ts';

async function seed(database: TestDatabase, events: number): Promise<void> {
  await migrateToLatest(database.handle);
  const clinic = await new ClinicRepository(database.handle.db).create('Northside Physio', 'clinic-1');
  const users = new UserRepository(database.handle.db);
  const owner = await users.create({ email: 'owner@example.org', name: 'Owner', password_hash: '$scrypt$test' });
  await users.addMembership(clinic.id, owner.id, 'owner');
  await seedClinic(database.handle.db, clinic.id, owner.id);
  const client = await new ClientRepository(database.handle.db).create(clinic.id, {
    name: 'Cleo Client',
    email: 'cleo@example.org',
    phone: null,
    date_of_birth: '1980-02-29',
    emergency_contact_name: null,
    emergency_contact_phone: null,
    therapist_id: owner.id,
  });
  const now = new Date().toISOString();
  await new ClientRecordsRepository(database.handle.db).addNote(clinic.id, client.id, {
    therapist_id: owner.id,
    session_date: '2026-11-24',
    content: JSON.stringify({ sessionDate: '2026-11-24', subjective: 'Temple headache' }),
    status: 'signed',
    created_at: now,
    updated_at: now,
    signed_at: now,
    signed_by: owner.id,
  });
  const audit = new AuditRepository(database.handle.db);
  for (let i = 0; i < events; i += 1) {
    await audit.record({
      id: `event-${String(i).padStart(5, '0')}`,
      clinic_id: clinic.id,
      actor_id: 'user-1',
      origin: '127.0.0.1',
      action: 'client.read',
      subject_type: 'client',
      subject_id: `client-${i}`,
      outcome: 'success',
    });
  }
}

/** A clinics row as it was before the calendar added its columns. */
function stripCalendarColumns(row: Record<string, unknown>): Record<string, unknown> {
  const {
    time_zone: _zone,
    reminder_hours: _reminders,
    client_change_hours: _change,
    client_requests: _requests,
    ...rest
  } = row;
  return rest;
}

/** An audit row as it was before refusals were grouped (20261125T0900-audit-repeats). */
function stripRepeatCount(row: Record<string, unknown>): Record<string, unknown> {
  const { repeat_count: _count, ...rest } = row;
  return rest;
}

async function auditIds(database: TestDatabase): Promise<string[]> {
  const rows = await database.handle.db.selectFrom('audit_events').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

describe.each(TEST_ENGINES)('backup and restore on $engine', ({ create }) => {
  let source: TestDatabase;
  let target: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    source = await create();
    target = await create();
    dir = await mkdtemp(path.join(tmpdir(), 'myomap-backup-'));
  });

  afterEach(async () => {
    await source.drop();
    await target.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips every row', async () => {
    await seed(source, 25);
    const file = path.join(dir, 'copy.myomap.gz');
    const summary = await backupDatabase(source.handle, file);
    expect(summary.counts).toEqual({
      clinics: 1,
      users: 1,
      memberships: 1,
      auth_sessions: 0,
      sign_in_throttles: 0,
      clients: 1,
      email_links: 0,
      consent_forms: 1,
      consent_signatures: 0,
      client_screenings: 0,
      pain_drawings: 0,
      session_notes: 1,
      note_addenda: 0,
      rooms: 0,
      appointment_types: 0,
      working_hours: 0,
      appointment_series: 0,
      appointments: 0,
      calendar_feeds: 0,
      home_programs: 0,
      home_program_logs: 0,
      outbox_messages: 0,
      outcome_entries: 0,
      questionnaire_schedules: 0,
      questionnaire_responses: 0,
      audit_events: 25,
    });

    const restored = await restoreDatabase(target.handle, file);
    expect(restored.rows).toBe(31);
    const note = await target.handle.db.selectFrom('session_notes').selectAll().executeTakeFirstOrThrow();
    expect(JSON.parse(note.content)).toEqual({ sessionDate: '2026-11-24', subjective: 'Temple headache' });
    expect(await auditIds(target)).toEqual(await auditIds(source));
    const clinic = await new ClinicRepository(target.handle.db).findById('clinic-1');
    expect(clinic?.name).toBe('Northside Physio');
  });

  it('restores a backup made by an older Myomap, then brings it up to date', async () => {
    await seed(source, 4);
    const file = path.join(dir, 'copy.myomap.gz');
    await backupDatabase(source.handle, file);
    // Rewrite it as the practice-era Myomap wrote backups: its schema, and only the tables it had.
    const older = new Set([
      'clinics',
      'users',
      'memberships',
      'auth_sessions',
      'sign_in_throttles',
      'clients',
      'consent_forms',
      'consent_signatures',
      'client_screenings',
      'pain_drawings',
      'session_notes',
      'note_addenda',
      'audit_events',
    ]);
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    const rewritten = lines
      .filter((line) => typeof line.table !== 'string' || older.has(line.table))
      .map((line) => {
        if (line.format) return { ...line, schema: '20261124T1500-practice', tables: [...older] };
        if (line.end) {
          const counts = line.counts as Record<string, number>;
          return { ...line, counts: Object.fromEntries(Object.entries(counts).filter(([t]) => older.has(t))) };
        }
        if (line.table === 'audit_events')
          return { ...line, row: stripRepeatCount(line.row as Record<string, unknown>) };
        if (line.table === 'users') {
          // Users had no email_verified_at before the account-security migration.
          const { email_verified_at: _verified, ...row } = line.row as Record<string, unknown>;
          return { ...line, row };
        }
        return line.table === 'clinics'
          ? { ...line, row: stripCalendarColumns(line.row as Record<string, unknown>) }
          : line;
      });
    const oldFile = path.join(dir, 'old.myomap.gz');
    await writeFile(oldFile, gzipSync(rewritten.map((l) => JSON.stringify(l)).join('\n')));

    const restored = await restoreDatabase(target.handle, oldFile);
    expect(restored.rows).toBe(4 + 6);
    const clinic = await new ClinicRepository(target.handle.db).findById('clinic-1');
    expect(clinic).toMatchObject({ name: 'Northside Physio', time_zone: 'UTC', reminder_hours: 24 });
    expect(await auditIds(target)).toEqual(await auditIds(source));
  });

  it('carries TOTP secrets sealed, as they are stored, never in plain text', async () => {
    await seed(source, 1);
    const ring = keyRing(parseSecretKey(generateSecretKey()));
    const users = new UserRepository(source.handle.db);
    const owner = (await users.findByEmail('owner@example.org'))!;
    await users.updateTotp(owner.id, { totp_secret: seal(ring, 'JBSWY3DPEHPK3PXP', `totp:${owner.id}`) });
    const file = path.join(dir, 'copy.myomap.gz');
    await backupDatabase(source.handle, file);
    const text = gunzipSync(await readFile(file)).toString('utf8');
    expect(text).not.toContain('JBSWY3DPEHPK3PXP');
    expect(text).toContain('enc:v1:');
    // Restored, it opens with the same key only.
    await restoreDatabase(target.handle, file);
    const restored = await new UserRepository(target.handle.db).findById(owner.id);
    expect(open(ring, restored?.totp_secret ?? '', `totp:${owner.id}`)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses a database that holds data unless forced, and then replaces it', async () => {
    await seed(source, 3);
    const file = path.join(dir, 'copy.myomap.gz');
    await backupDatabase(source.handle, file);
    await seed(target, 7);

    await expect(restoreDatabase(target.handle, file)).rejects.toThrow(/not empty/);
    expect(await auditIds(target)).toHaveLength(7);

    await restoreDatabase(target.handle, file, { force: true });
    expect(await auditIds(target)).toEqual(await auditIds(source));
  });

  it('rejects a cut-short or foreign file and leaves the database as it was', async () => {
    await seed(source, 40);
    await seed(target, 2);
    const file = path.join(dir, 'copy.myomap.gz');
    await backupDatabase(source.handle, file);
    const lines = gunzipSync(await readFile(file))
      .toString('utf8')
      .trimEnd()
      .split('\n');
    const truncated = path.join(dir, 'truncated.gz');
    await writeFile(truncated, gzipSync(lines.slice(0, -5).join('\n')));

    await expect(restoreDatabase(target.handle, truncated, { force: true })).rejects.toThrow(BackupError);
    expect(await auditIds(target)).toEqual(['event-00000', 'event-00001']);

    const foreign = path.join(dir, 'foreign.gz');
    await writeFile(foreign, 'just some text');
    await expect(restoreDatabase(target.handle, foreign, { force: true })).rejects.toThrow(/not a Myomap backup/);
    expect(await auditIds(target)).toHaveLength(2);
  });
});

describe.runIf(TEST_ENGINES.length > 1)('backup across engines', () => {
  it('restores a SQLite backup onto PostgreSQL and back', async () => {
    const [sqlite, postgres] = TEST_ENGINES;
    const a = await sqlite!.create();
    const b = await postgres!.create();
    const c = await sqlite!.create();
    const dir = await mkdtemp(path.join(tmpdir(), 'myomap-backup-'));
    try {
      await seed(a, 12);
      await backupDatabase(a.handle, path.join(dir, 'a.gz'));
      await restoreDatabase(b.handle, path.join(dir, 'a.gz'));
      await backupDatabase(b.handle, path.join(dir, 'b.gz'));
      await restoreDatabase(c.handle, path.join(dir, 'b.gz'));
      expect(await auditIds(c)).toEqual(await auditIds(a));
    } finally {
      await Promise.all([a.drop(), b.drop(), c.drop()]);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
