import { sessionNoteContentSchema, type SessionNoteInput } from '@myomap/core/practice/session-note.ts';
import type { Kysely } from 'kysely';
import type { Database, SessionNoteTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { ClientRecordsRepository } from '../repositories/client-records.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { noteView, type NoteView } from './practice-views.ts';

export const NOTE_NOT_FOUND = 'Session note not found';

/**
 * SOAP session notes with a body chart. A draft can be changed by any clinician of the clinic; the
 * therapist who wrote it signs it, and from then on it is locked: corrections are addenda with who and when.
 */
export class NoteService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  async create(
    actor: Actor,
    clinicId: string,
    clientId: string,
    input: SessionNoteInput,
    options: { sign: boolean },
  ): Promise<NoteView> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'note.create');
    const client = await this.access.client(context, clientId, 'note.create');
    if (client.erased_at) throw new HttpProblem(409, 'This client\u2019s record was erased on request');
    const content = sessionNoteContentSchema.parse(input);
    const now = new Date().toISOString();
    const row = await this.db.transaction().execute(async (trx) => {
      const note = await new ClientRecordsRepository(trx).addNote(clinicId, client.id, {
        therapist_id: actor.userId,
        session_date: content.sessionDate,
        content: JSON.stringify(content),
        status: options.sign ? 'signed' : 'draft',
        created_at: now,
        updated_at: now,
        signed_at: options.sign ? now : null,
        signed_by: options.sign ? actor.userId : null,
      });
      await this.access.audit(context, options.sign ? 'note.create-signed' : 'note.create', client.id, 'success', trx);
      return note;
    });
    return this.view(row);
  }

  async read(actor: Actor, clinicId: string, clientId: string, noteId: string): Promise<NoteView> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.read', 'note.read');
    const note = await this.find(context, clientId, noteId, 'note.read');
    await this.access.audit(context, 'note.read', note.client_id);
    return this.view(note);
  }

  async update(
    actor: Actor,
    clinicId: string,
    clientId: string,
    noteId: string,
    input: SessionNoteInput,
  ): Promise<NoteView> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'note.update');
    const note = await this.find(context, clientId, noteId, 'note.update');
    if (note.status === 'signed') return this.refuse(context, note, 'note.update', lockedProblem());
    const content = sessionNoteContentSchema.parse(input);
    await this.db.transaction().execute(async (trx) => {
      const changed = await new ClientRecordsRepository(trx).updateDraft(clinicId, note.id, {
        content: JSON.stringify(content),
        session_date: content.sessionDate,
      });
      if (!changed) throw lockedProblem();
      await this.access.audit(context, 'note.update', note.client_id, 'success', trx);
    });
    return this.view(await this.reload(clinicId, note));
  }

  async sign(actor: Actor, clinicId: string, clientId: string, noteId: string): Promise<NoteView> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'note.sign');
    const note = await this.find(context, clientId, noteId, 'note.sign');
    if (note.status === 'signed') return this.refuse(context, note, 'note.sign', lockedProblem());
    if (note.therapist_id !== actor.userId) {
      return this.refuse(
        context,
        note,
        'note.sign',
        new HttpProblem(403, 'Only the therapist who wrote this note can sign it'),
        'denied',
      );
    }
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const changed = await new ClientRecordsRepository(trx).updateDraft(clinicId, note.id, {
        content: note.content,
        session_date: note.session_date,
        status: 'signed',
        signed_at: now,
        signed_by: actor.userId,
      });
      if (!changed) throw lockedProblem();
      await this.access.audit(context, 'note.sign', note.client_id, 'success', trx);
    });
    return this.view(await this.reload(clinicId, note));
  }

  async addAddendum(actor: Actor, clinicId: string, clientId: string, noteId: string, body: string): Promise<NoteView> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'note.addendum');
    const note = await this.find(context, clientId, noteId, 'note.addendum');
    if (note.status !== 'signed') {
      const problem = new HttpProblem(
        409,
        'This note is still a draft: change it directly, addenda are for signed notes',
      );
      return this.refuse(context, note, 'note.addendum', problem);
    }
    await this.db.transaction().execute(async (trx) => {
      await new ClientRecordsRepository(trx).addAddendum(clinicId, note.client_id, {
        note_id: note.id,
        author_id: actor.userId,
        body,
        created_at: new Date().toISOString(),
      });
      await this.access.audit(context, 'note.addendum', note.client_id, 'success', trx);
    });
    return this.view(note);
  }

  private async find(
    context: ClinicContext,
    clientId: string,
    noteId: string,
    action: string,
  ): Promise<SessionNoteTable> {
    const client = await this.access.client(context, clientId, action);
    const note = await new ClientRecordsRepository(this.db).note(context.clinic.id, client.id, noteId);
    if (!note) {
      await this.access.audit(context, action, client.id, 'denied');
      throw new HttpProblem(404, NOTE_NOT_FOUND);
    }
    return note;
  }

  /** A refused change still leaves its one audit row. */
  private async refuse(
    context: ClinicContext,
    note: SessionNoteTable,
    action: string,
    problem: HttpProblem,
    outcome: 'denied' | 'failure' = 'failure',
  ): Promise<never> {
    await this.access.audit(context, action, note.client_id, outcome);
    throw problem;
  }

  private async reload(clinicId: string, note: SessionNoteTable): Promise<SessionNoteTable> {
    const fresh = await new ClientRecordsRepository(this.db).note(clinicId, note.client_id, note.id);
    if (!fresh) throw new HttpProblem(404, NOTE_NOT_FOUND);
    return fresh;
  }

  private async view(note: SessionNoteTable): Promise<NoteView> {
    const addenda = (await new ClientRecordsRepository(this.db).addenda(note.clinic_id, note.client_id)).filter(
      (a) => a.note_id === note.id,
    );
    const names = await new UserRepository(this.db).namesOf([note.therapist_id, ...addenda.map((a) => a.author_id)]);
    return noteView(note, addenda, names);
  }
}

function lockedProblem(): HttpProblem {
  return new HttpProblem(409, 'This note is signed and locked: add an addendum instead');
}
