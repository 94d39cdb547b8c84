import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { ClientRecordsRepository, ConsentFormRepository } from '../repositories/client-records.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import {
  buildTimeline,
  consentViews,
  drawingView,
  noteView,
  screeningView,
  type ConsentView,
  type DrawingView,
  type NoteView,
  type ScreeningView,
  type TimelineEntry,
} from './practice-views.ts';

export interface LoadedRecord {
  screenings: ScreeningView[];
  drawings: DrawingView[];
  notes: NoteView[];
  consents: ConsentView[];
  signatures: Awaited<ReturnType<ClientRecordsRepository['signatures']>>;
  timeline: TimelineEntry[];
}

/** Reads a client's whole record (no audit: callers record the one access they make). */
export async function loadClientRecord(
  db: Kysely<Database>,
  clinicId: string,
  clientId: string,
  options: { includeDrafts: boolean },
): Promise<LoadedRecord> {
  const records = new ClientRecordsRepository(db);
  const [screeningRows, drawingRows, noteRows, addenda, signatures, forms] = await Promise.all([
    records.screenings(clinicId, clientId),
    records.drawings(clinicId, clientId),
    records.notes(clinicId, clientId),
    records.addenda(clinicId, clientId),
    records.signatures(clinicId, clientId),
    new ConsentFormRepository(db).list(clinicId),
  ]);
  const names = await new UserRepository(db).namesOf([
    ...noteRows.map((n) => n.therapist_id),
    ...addenda.map((a) => a.author_id),
  ]);
  const screenings = screeningRows.map(screeningView);
  const drawings = drawingRows.map(drawingView);
  const notes = noteRows
    .filter((n) => options.includeDrafts || n.status === 'signed')
    .map((n) => noteView(n, addenda, names));
  return {
    screenings,
    drawings,
    notes,
    consents: consentViews(forms, signatures),
    signatures,
    timeline: buildTimeline({ screenings, drawings, notes, signatures, includeDrafts: options.includeDrafts }),
  };
}
