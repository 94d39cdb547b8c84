import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type {
  ClientScreeningTable,
  ConsentFormTable,
  ConsentSignatureTable,
  Database,
  NoteAddendumTable,
  PainDrawingTable,
  SessionNoteTable,
} from '../db/schema.ts';

type New<T> = Omit<T, 'id' | 'clinic_id' | 'client_id'>;

/**
 * The records of one client: screenings, pain drawings, session notes with addenda, consent signatures.
 * Every query names both the clinic and the client, so a record can only be reached through its owner.
 */
export class ClientRecordsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async addScreening(
    clinicId: string,
    clientId: string,
    row: New<ClientScreeningTable>,
  ): Promise<ClientScreeningTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('client_screenings').values(full).execute();
    return full;
  }

  screenings(clinicId: string, clientId: string): Promise<ClientScreeningTable[]> {
    return this.db
      .selectFrom('client_screenings')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .orderBy('recorded_at')
      .orderBy('id')
      .execute();
  }

  async addDrawing(clinicId: string, clientId: string, row: New<PainDrawingTable>): Promise<PainDrawingTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('pain_drawings').values(full).execute();
    return full;
  }

  drawings(clinicId: string, clientId: string): Promise<PainDrawingTable[]> {
    return this.db
      .selectFrom('pain_drawings')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .orderBy('recorded_at')
      .orderBy('id')
      .execute();
  }

  async addNote(clinicId: string, clientId: string, row: New<SessionNoteTable>): Promise<SessionNoteTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('session_notes').values(full).execute();
    return full;
  }

  note(clinicId: string, clientId: string, noteId: string): Promise<SessionNoteTable | undefined> {
    return this.db
      .selectFrom('session_notes')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('id', '=', noteId)
      .executeTakeFirst();
  }

  notes(clinicId: string, clientId: string): Promise<SessionNoteTable[]> {
    return this.db
      .selectFrom('session_notes')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .orderBy('session_date')
      .orderBy('created_at')
      .execute();
  }

  /** Changes a draft; a signed note is never updated (the where clause makes sure of it). */
  async updateDraft(
    clinicId: string,
    noteId: string,
    fields: Pick<SessionNoteTable, 'content' | 'session_date'> &
      Partial<Pick<SessionNoteTable, 'status' | 'signed_at' | 'signed_by'>>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('session_notes')
      .set({ ...fields, updated_at: new Date().toISOString() })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', noteId)
      .where('status', '=', 'draft')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async addAddendum(clinicId: string, clientId: string, row: New<NoteAddendumTable>): Promise<NoteAddendumTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('note_addenda').values(full).execute();
    return full;
  }

  addenda(clinicId: string, clientId: string): Promise<NoteAddendumTable[]> {
    return this.db
      .selectFrom('note_addenda')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  async addSignature(
    clinicId: string,
    clientId: string,
    row: New<ConsentSignatureTable>,
  ): Promise<ConsentSignatureTable> {
    const full = { id: randomUUID(), clinic_id: clinicId, client_id: clientId, ...row };
    await this.db.insertInto('consent_signatures').values(full).execute();
    return full;
  }

  signatures(
    clinicId: string,
    clientId: string,
  ): Promise<(ConsentSignatureTable & { kind: string; version: number; title: string })[]> {
    return this.db
      .selectFrom('consent_signatures')
      .innerJoin('consent_forms', 'consent_forms.id', 'consent_signatures.form_id')
      .selectAll('consent_signatures')
      .select(['consent_forms.kind', 'consent_forms.version', 'consent_forms.title'])
      .where('consent_signatures.clinic_id', '=', clinicId)
      .where('consent_signatures.client_id', '=', clientId)
      .orderBy('consent_signatures.signed_at')
      .execute();
  }

  /** Erasure of a client never treated: nothing is kept. */
  async eraseAll(clinicId: string, clientId: string): Promise<void> {
    for (const table of ['note_addenda', 'session_notes', 'consent_signatures', 'client_screenings'] as const) {
      await this.db.deleteFrom(table).where('clinic_id', '=', clinicId).where('client_id', '=', clientId).execute();
    }
    await this.eraseUnretained(clinicId, clientId);
  }

  /** Erasure: what the law does not require the clinic to keep (see ClientRepository.erase). */
  async eraseUnretained(clinicId: string, clientId: string): Promise<void> {
    await this.db
      .deleteFrom('pain_drawings')
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .execute();
    await this.db
      .deleteFrom('session_notes')
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('status', '=', 'draft')
      .execute();
  }
}

/** Consent form texts of a clinic, every version kept. */
export class ConsentFormRepository {
  constructor(private readonly db: Kysely<Database>) {}

  list(clinicId: string): Promise<ConsentFormTable[]> {
    return this.db
      .selectFrom('consent_forms')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .orderBy('kind')
      .orderBy('version')
      .execute();
  }

  find(clinicId: string, id: string): Promise<ConsentFormTable | undefined> {
    return this.db
      .selectFrom('consent_forms')
      .selectAll()
      .where('clinic_id', '=', clinicId)
      .where('id', '=', id)
      .executeTakeFirst();
  }

  /** Publishes the next version of a kind of form. */
  async publish(
    clinicId: string,
    form: Pick<ConsentFormTable, 'kind' | 'title' | 'body' | 'published_by'>,
  ): Promise<ConsentFormTable> {
    const latest = await this.db
      .selectFrom('consent_forms')
      .select((eb) => eb.fn.max('version').as('version'))
      .where('clinic_id', '=', clinicId)
      .where('kind', '=', form.kind)
      .executeTakeFirst();
    const row: ConsentFormTable = {
      id: randomUUID(),
      clinic_id: clinicId,
      version: Number(latest?.version ?? 0) + 1,
      published_at: new Date().toISOString(),
      ...form,
    };
    await this.db.insertInto('consent_forms').values(row).execute();
    return row;
  }
}
