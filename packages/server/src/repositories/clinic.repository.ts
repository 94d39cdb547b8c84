import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ClinicTable, Database } from '../db/schema.ts';

/** Clinics are the tenants: every row of clinic data carries a clinic id. */
export class ClinicRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(name: string, id: string = randomUUID()): Promise<ClinicTable> {
    const row: ClinicTable = {
      id,
      name,
      created_at: new Date().toISOString(),
      therapists_see_own_clients_only: 0,
      retention_years: 8,
      time_zone: 'UTC',
      reminder_hours: 24,
      client_change_hours: 24,
      client_requests: 1,
    };
    await this.db.insertInto('clinics').values(row).execute();
    return row;
  }

  findById(id: string): Promise<ClinicTable | undefined> {
    return this.db.selectFrom('clinics').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async updateSettings(id: string, settings: Partial<Omit<ClinicTable, 'id' | 'created_at'>>): Promise<void> {
    await this.db.updateTable('clinics').set(settings).where('id', '=', id).execute();
  }
}
