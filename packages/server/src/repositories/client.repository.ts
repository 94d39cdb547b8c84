import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { ClientTable, Database } from '../db/schema.ts';

export type ClientFields = Pick<
  ClientTable,
  'name' | 'email' | 'phone' | 'date_of_birth' | 'emergency_contact_name' | 'emergency_contact_phone' | 'therapist_id'
>;

export interface ClientQuery {
  /** Matches name, email or phone, ignoring case. */
  search?: string | undefined;
  /** Only the clients of this therapist. */
  therapistId?: string | undefined;
  limit?: number;
}

function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Clients of one clinic. Every method takes the clinic id and filters by it: there is no other way in. */
export class ClientRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(clinicId: string, fields: ClientFields): Promise<ClientTable> {
    const now = new Date().toISOString();
    const row: ClientTable = {
      id: randomUUID(),
      clinic_id: clinicId,
      user_id: null,
      ...fields,
      medications: '[]',
      created_at: now,
      updated_at: now,
      erased_at: null,
      retained_until: null,
    };
    await this.db.insertInto('clients').values(row).execute();
    return row;
  }

  find(clinicId: string, id: string): Promise<ClientTable | undefined> {
    return this.db
      .selectFrom('clients')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  list(clinicId: string, query: ClientQuery = {}): Promise<ClientTable[]> {
    let select = this.db.selectFrom('clients').selectAll().where('clinic_id', '=', clinicId);
    if (query.therapistId) select = select.where('therapist_id', '=', query.therapistId);
    const search = query.search?.trim();
    if (search) {
      const pattern = likePattern(search);
      select = select.where((eb) =>
        eb.or(
          (['name', 'email', 'phone'] as const).map(
            (column) => sql<boolean>`lower(coalesce(${sql.ref(column)}, '')) like ${pattern} escape '\\'`,
          ),
        ),
      );
    }
    return select
      .orderBy('name')
      .orderBy('id')
      .limit(query.limit ?? 200)
      .execute();
  }

  async update(
    clinicId: string,
    id: string,
    fields: Partial<ClientFields & Pick<ClientTable, 'medications' | 'user_id'>>,
  ): Promise<void> {
    await this.db
      .updateTable('clients')
      .set({ ...fields, updated_at: new Date().toISOString() })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .execute();
  }

  /** Names by client id, for diary views. */
  async namesOf(clinicId: string, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('clients')
      .select(['id', 'name'])
      .where('clinic_id', '=', clinicId)
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The client records a user reaches through the portal (one per clinic they are a client of). */
  forUser(userId: string): Promise<(ClientTable & { clinic_name: string })[]> {
    return this.db
      .selectFrom('clients')
      .innerJoin('clinics', 'clinics.id', 'clients.clinic_id')
      .selectAll('clients')
      .select('clinics.name as clinic_name')
      .where('clients.user_id', '=', userId)
      .where('clients.erased_at', 'is', null)
      .orderBy('clinics.name')
      .execute();
  }

  /**
   * Erasure: contact details, emergency contact, medicines and the portal link go; the name and date of
   * birth stay with the records the law requires the clinic to keep, marked with how long they are kept.
   */
  async erase(clinicId: string, id: string, retainedUntil: string | null): Promise<void> {
    const now = new Date().toISOString();
    // With nothing to keep, nothing identifies the person any more either.
    const identity = retainedUntil ? {} : { name: 'Erased client', date_of_birth: null };
    await this.db
      .updateTable('clients')
      .set({
        ...identity,
        email: null,
        phone: null,
        emergency_contact_name: null,
        emergency_contact_phone: null,
        medications: '[]',
        user_id: null,
        erased_at: now,
        retained_until: retainedUntil,
        updated_at: now,
      })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .execute();
  }
}
