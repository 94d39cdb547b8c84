import { migrateToLatest } from '@myomap/server/db/migrator.ts';
import { CalendarRepository } from '@myomap/server/repositories/calendar.repository.ts';
import { ClientRepository } from '@myomap/server/repositories/client.repository.ts';
import { ClinicRepository } from '@myomap/server/repositories/clinic.repository.ts';
import { UserRepository } from '@myomap/server/repositories/user.repository.ts';
import { CalendarService } from '@myomap/server/services/calendar.service.ts';
import { TEST_ENGINES, type TestDatabase } from '@myomap/server/test/test-databases.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../test-support.ts';

describe.each(TEST_ENGINES)('myomap ics on $engine', ({ create }) => {
  let database: TestDatabase;
  let therapistId: string;

  beforeAll(async () => {
    database = await create();
    await migrateToLatest(database.handle);
    const db = database.handle.db;
    const clinic = await new ClinicRepository(db).create('Harbour Clinic');
    await new ClinicRepository(db).updateSettings(clinic.id, { time_zone: 'Europe/London' });
    const users = new UserRepository(db);
    const therapist = await users.create({ email: 'theo@example.org', name: 'Theo', password_hash: 'x' });
    await users.addMembership(clinic.id, therapist.id, 'therapist');
    therapistId = therapist.id;
    const client = await new ClientRepository(db).create(clinic.id, {
      name: 'Casey Client',
      email: null,
      phone: null,
      date_of_birth: null,
      emergency_contact_name: null,
      emergency_contact_phone: null,
      therapist_id: therapist.id,
    });
    const type = await new CalendarRepository(db).addType(clinic.id, {
      name: 'Treatment',
      duration_minutes: 45,
      buffer_minutes: 0,
    });
    await new CalendarService(db).book({ userId: therapist.id, ip: '127.0.0.1' }, clinic.id, {
      clientId: client.id,
      therapistId: therapist.id,
      typeId: type.id,
      start: '2027-03-16T10:00',
      repeat: { frequency: 'weekly', interval: 1, count: 10 },
    });
  });

  afterAll(async () => {
    await database.drop();
  });

  it('prints the therapist\u2019s calendar as iCalendar with the series rule in its time zone', async () => {
    const result = await runCli(['ics', therapistId], database.env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^BEGIN:VCALENDAR/);
    expect(result.stdout).toContain('RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=10');
    expect(result.stdout).toContain('DTSTART;TZID=Europe/London:20270316T100000');
    expect(result.stdout).toContain('SUMMARY:Casey Client — Treatment');
  });

  it('says plainly when there is no such therapist (exit 2)', async () => {
    const result = await runCli(['ics', 'nobody'], database.env);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/no therapist nobody/);
  });
});
