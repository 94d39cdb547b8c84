import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrateToLatest } from '@myomap/server/db/migrator.ts';
import { ClientRepository } from '@myomap/server/repositories/client.repository.ts';
import { ClinicRepository } from '@myomap/server/repositories/clinic.repository.ts';
import { OutcomeRepository } from '@myomap/server/repositories/outcome.repository.ts';
import { pdfText } from '@myomap/server/test/pdf-text.ts';
import { TEST_ENGINES, type TestDatabase } from '@myomap/server/test/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support.ts';

describe.each(TEST_ENGINES)('myomap report on $engine', ({ create }) => {
  let database: TestDatabase;
  let folder: string;
  let clientId: string;
  let clinicId: string;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    folder = await mkdtemp(path.join(tmpdir(), 'myomap-report-'));
    const db = database.handle.db;
    const clinic = await new ClinicRepository(db).create('Harbour Clinic');
    clinicId = clinic.id;
    const client = await new ClientRepository(db).create(clinic.id, {
      name: 'Casey Client',
      email: null,
      phone: null,
      date_of_birth: '1979-02-03',
      emergency_contact_name: null,
      emergency_contact_phone: null,
      therapist_id: null,
    });
    clientId = client.id;
    const outcomes = new OutcomeRepository(db);
    const owner = { kind: 'client' as const, clinicId: clinic.id, clientId: client.id };
    for (let i = 0; i < 21; i += 1) {
      const date = `2027-03-${String(i + 1).padStart(2, '0')}`;
      const entry = { kind: 'diary', date, pain: i < 7 ? 8 : i < 14 ? 6 : 5 };
      await outcomes.add(owner, { kind: 'diary', entry_date: date, entry: JSON.stringify(entry), recorded_by: null });
    }
    const session = { kind: 'session', date: '2027-03-09', painBefore: 7, painAfter: 4 };
    await outcomes.add(owner, {
      kind: 'session',
      entry_date: session.date,
      entry: JSON.stringify(session),
      recorded_by: null,
    });
  });

  afterAll(async () => {
    await database.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('writes the client\u2019s progress report as a PDF and says how many pages it has', async () => {
    const out = path.join(folder, 'r.pdf');
    const result = await runCli(['report', clientId, '--out', out], database.env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = await pdfText(pdf);
    expect(result.stdout).toBe(`Wrote ${out} (${pages} ${pages === 1 ? 'page' : 'pages'})\n`);
    const all = text.replace(/\s+/g, ' ');
    expect(all).toContain('Casey Client');
    expect(all).toContain('8.0 \u2192 5.0');
    expect(all).toContain('pain 7 \u2192 4');
    const audit = await database.handle.db
      .selectFrom('audit_events')
      .select(['action', 'origin', 'actor_id', 'subject_id'])
      .where('action', '=', 'client.report')
      .execute();
    expect(audit).toEqual([{ action: 'client.report', origin: 'cli', actor_id: null, subject_id: clientId }]);
  });

  it('takes a clinic and a period', async () => {
    const out = path.join(folder, 'week.pdf');
    const args = ['report', clientId, '--clinic', clinicId, '--from', '2027-03-15', '--to', '2027-03-21'];
    const result = await runCli([...args, '--out', out], database.env);
    expect(result.code).toBe(0);
    const all = (await pdfText(await readFile(out))).text.replace(/\s+/g, ' ');
    expect(all).toContain('Period covered 15 Mar 2027 to 21 Mar 2027');
  });

  it('says plainly when there is no such client, in one line (exit 2)', async () => {
    const result = await runCli(['report', 'nobody', '--out', path.join(folder, 'x.pdf')], database.env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no client nobody/);
    expect(existsSync(path.join(folder, 'x.pdf'))).toBe(false);

    const elsewhere = await runCli(['report', clientId, '--clinic', 'other', '--out', 'x.pdf'], database.env);
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr.trim()).toBe(`myomap: no client ${clientId} in clinic other`);
  });

  it('refuses a path it cannot write and a date that is not one, in one line (exit 2)', async () => {
    const nowhere = path.join(folder, 'missing', 'r.pdf');
    const result = await runCli(['report', clientId, '--out', nowhere], database.env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(`myomap: cannot write ${nowhere}: no such folder`);

    const badDate = await runCli(['report', clientId, '--out', 'r.pdf', '--from', '2027-02-30'], database.env);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr.trim().split('\n')).toHaveLength(1);
    expect(badDate.stderr).toMatch(/--from must be a date as YYYY-MM-DD/);
  });
});
