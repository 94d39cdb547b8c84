import type { OutcomeEntry } from '@myomap/core/outcomes/measures.ts';
import type { Kysely } from 'kysely';
import type { ClientTable, Database } from '../db/schema.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ConsentFormRepository } from '../repositories/client-records.repository.ts';
import { OutcomeRepository } from '../repositories/outcome.repository.ts';
import { visitForClient } from '../services/portal-views.ts';
import { CalendarService } from '../services/calendar.service.ts';
import { ClinicAccess, type Actor, type ClinicContext } from '../services/clinic-access.ts';
import { loadClientRecord } from '../services/client-record.ts';
import { QuestionnaireService } from '../services/questionnaire.service.ts';
import { clientProfile, medicationsOf } from '../services/practice-views.ts';
import { CHOIR_ATTRIBUTION, CHOIR_CITATION, drawingInChoir, type ChoirArea } from './choir-drawings.ts';
import { buildClientBundle, type FhirExportInput } from './fhir-bundle.ts';
import type { Bundle } from './fhir-types.ts';

export const FHIR_EXPORT_ACTION = 'client.export.fhir';
export const CHOIR_EXPORT_ACTION = 'client.export.choir';

export type ChoirDrawingSource = 'clinic' | 'portal' | 'diary' | 'session-note';

export interface ChoirDrawing {
  /** The pain drawing, diary entry or session note the drawing belongs to. */
  id: string;
  recordedAt: string;
  source: ChoirDrawingSource;
  areas: ChoirArea[];
}

export interface ChoirExport {
  bodyMap: { name: string; regions: number; attribution: string; citation: string };
  clientId: string;
  drawings: ChoirDrawing[];
}

/**
 * Interoperability exports of a client's record: the FHIR R4 Bundle and the pain drawings in CHOIR body map
 * terms. This reads the record (the mapping itself is pure, in fhir-bundle.ts and choir-drawings.ts) and
 * writes the one audit row of the request.
 */
export class InteropService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  /** A clinician's FHIR export of a client. */
  async fhirBundle(actor: Actor, clinicId: string, clientId: string): Promise<Bundle> {
    const context = await this.access.enter(actor, clinicId, 'clients.export', FHIR_EXPORT_ACTION);
    const client = await this.access.client(context, clientId, FHIR_EXPORT_ACTION);
    return this.fhirBundleOf(context, client);
  }

  /** The FHIR export of a client whose access was already checked (a clinician's, or the client's own). */
  async fhirBundleOf(context: ClinicContext, client: ClientTable): Promise<Bundle> {
    const input = await this.exportInput(context, client);
    await this.access.audit(context, FHIR_EXPORT_ACTION, client.id);
    return buildClientBundle(input);
  }

  /** Every pain drawing of a client (recorded, in the diary, in signed session notes) in CHOIR terms. */
  async choirDrawings(actor: Actor, clinicId: string, clientId: string): Promise<ChoirExport> {
    const context = await this.access.enter(actor, clinicId, 'clients.export', CHOIR_EXPORT_ACTION);
    const client = await this.access.client(context, clientId, CHOIR_EXPORT_ACTION);
    const [record, outcomes] = await Promise.all([
      loadClientRecord(this.db, client.clinic_id, client.id, { includeDrafts: false }),
      this.outcomes(client),
    ]);
    await this.access.audit(context, CHOIR_EXPORT_ACTION, client.id);
    const drawings: ChoirDrawing[] = [
      ...record.drawings.map((d) => ({
        id: d.id,
        recordedAt: d.recordedAt,
        source: d.source,
        areas: drawingInChoir(d.drawing),
      })),
      ...outcomes.flatMap(({ id, entry, createdAt }) =>
        entry.kind === 'diary' && entry.painDrawing
          ? [{ id, recordedAt: createdAt, source: 'diary' as const, areas: drawingInChoir(entry.painDrawing) }]
          : [],
      ),
      ...record.notes
        .filter((n) => n.status === 'signed' && n.content.drawing.regions.length > 0)
        .map((n) => ({
          id: n.id,
          recordedAt: n.signedAt ?? n.createdAt,
          source: 'session-note' as const,
          areas: drawingInChoir(n.content.drawing),
        })),
    ].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt) || a.id.localeCompare(b.id));
    return {
      bodyMap: { name: 'CHOIR body map', regions: 74, attribution: CHOIR_ATTRIBUTION, citation: CHOIR_CITATION },
      clientId: client.id,
      drawings,
    };
  }

  private async outcomes(client: ClientTable): Promise<{ id: string; entry: OutcomeEntry; createdAt: string }[]> {
    const rows = await new OutcomeRepository(this.db).list({
      kind: 'client',
      clinicId: client.clinic_id,
      clientId: client.id,
    });
    return rows.map((r) => ({ id: r.id, entry: JSON.parse(r.entry) as OutcomeEntry, createdAt: r.created_at }));
  }

  private async exportInput(context: ClinicContext, client: ClientTable): Promise<FhirExportInput> {
    const clinicId = client.clinic_id;
    const [record, outcomes, visits, forms, questionnaires] = await Promise.all([
      // Drafts stay with the therapist: only signed notes are part of the record that leaves.
      loadClientRecord(this.db, clinicId, client.id, { includeDrafts: false }),
      this.outcomes(client),
      new CalendarRepository(this.db).appointments(clinicId, { clientId: client.id, includeCancelled: true }),
      new ConsentFormRepository(this.db).list(clinicId),
      new QuestionnaireService(this.db).exportOf(client),
    ]);
    const bodies = new Map(forms.map((f) => [f.id, f.body]));
    return {
      exportedAt: new Date().toISOString(),
      clinic: { id: context.clinic.id, name: context.clinic.name, timeZone: context.clinic.time_zone },
      client: clientProfile(client),
      medications: medicationsOf(client),
      screenings: record.screenings,
      drawings: record.drawings,
      notes: record.notes,
      consents: record.signatures.map((s) => ({
        id: s.id,
        formId: s.form_id,
        kind: s.kind,
        version: s.version,
        title: s.title,
        body: bodies.get(s.form_id) ?? null,
        signedName: s.signed_name,
        method: s.method,
        signedAt: s.signed_at,
      })),
      outcomes,
      questionnaires: questionnaires.responses,
      // The client's own export (the portal) leaves out the staff's visit notes, as the portal does.
      appointments: (await new CalendarService(this.db).views(context.clinic, visits)).map((v) =>
        context.role === 'client' ? visitForClient(v) : v,
      ),
    };
  }
}
