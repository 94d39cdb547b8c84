import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { HomeProgramLogTable, HomeProgramTable } from '../db/calendar-schema.ts';
import type { Database } from '../db/schema.ts';

type New<T> = Omit<T, 'id' | 'clinic_id' | 'client_id'>;

/** A client's home programs and the routines they logged; every query names clinic and client. */
export class HomeProgramRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(clinicId: string, clientId: string, row: New<HomeProgramTable>): Promise<HomeProgramTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('home_programs').values(full).execute();
    return full;
  }

  list(clinicId: string, clientId: string): Promise<HomeProgramTable[]> {
    return this.db
      .selectFrom('home_programs')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .orderBy('created_at', 'desc')
      .execute();
  }

  find(clinicId: string, clientId: string, id: string): Promise<HomeProgramTable | undefined> {
    return this.db
      .selectFrom('home_programs')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  async end(clinicId: string, clientId: string, id: string): Promise<void> {
    await this.db
      .updateTable('home_programs')
      .set({ ended_at: new Date().toISOString() })
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('id', '=', id)
      .execute();
  }

  async addLog(clinicId: string, clientId: string, row: New<HomeProgramLogTable>): Promise<HomeProgramLogTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('home_program_logs').values(full).execute();
    return full;
  }

  logs(clinicId: string, clientId: string): Promise<HomeProgramLogTable[]> {
    return this.db
      .selectFrom('home_program_logs')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .orderBy('done_on')
      .orderBy('created_at')
      .execute();
  }
}
