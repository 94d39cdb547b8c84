import type { Kysely } from 'kysely';
import type { ClientTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { CLIENT_NOT_FOUND, ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { loadClientRecord } from './client-record.ts';
import { ClientService, type ClientExport, type RecordedScreening } from './client.service.ts';
import {
  clientProfile,
  medicationsOf,
  type ClientProfile,
  type ConsentView,
  type DrawingView,
  type NoteView,
  type ScreeningView,
  type TimelineEntry,
} from './practice-views.ts';

export interface PortalRecordLink {
  clientId: string;
  clinicId: string;
  clinicName: string;
  name: string;
}

export interface PortalOverview {
  clinic: { id: string; name: string };
  profile: ClientProfile;
  medications: string[];
  consents: ConsentView[];
  latestScreening: ScreeningView | null;
  notes: NoteView[];
  timeline: TimelineEntry[];
}

/**
 * The client portal: a client reaches only the record linked to their own account. Drafts stay with the
 * therapist; signed notes and everything the client gave are theirs to see and export.
 */
export class PortalService {
  private readonly access: ClinicAccess;
  private readonly clients: ClientService;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
    this.clients = new ClientService(db);
  }

  async records(actor: Actor): Promise<PortalRecordLink[]> {
    const rows = await new ClientRepository(this.db).forUser(actor.userId);
    return rows.map((r) => ({ clientId: r.id, clinicId: r.clinic_id, clinicName: r.clinic_name, name: r.name }));
  }

  async overview(actor: Actor, clientId: string): Promise<PortalOverview> {
    const { context, client } = await this.enter(actor, clientId, 'portal.record.read');
    const record = await loadClientRecord(this.db, client.clinic_id, client.id, { includeDrafts: false });
    await this.access.audit(context, 'portal.record.read', client.id);
    return {
      clinic: { id: context.clinic.id, name: context.clinic.name },
      profile: clientProfile(client),
      medications: medicationsOf(client),
      consents: record.consents,
      latestScreening: record.screenings.at(-1) ?? null,
      notes: record.notes,
      timeline: record.timeline,
    };
  }

  async signConsent(
    actor: Actor,
    clientId: string,
    input: { formId: string; signedName: string },
  ): Promise<ConsentView[]> {
    const { context, client } = await this.enter(actor, clientId, 'consent.sign');
    return this.clients.signConsent(context, client, input, 'portal');
  }

  async recordScreening(actor: Actor, clientId: string, body: unknown): Promise<RecordedScreening> {
    const { context, client } = await this.enter(actor, clientId, 'screening.create');
    return this.clients.addScreening(context, client, body, 'portal');
  }

  async recordDrawing(actor: Actor, clientId: string, body: unknown): Promise<DrawingView> {
    const { context, client } = await this.enter(actor, clientId, 'drawing.create');
    return this.clients.addDrawing(context, client, body, 'portal');
  }

  async export(actor: Actor, clientId: string): Promise<ClientExport> {
    const { context, client } = await this.enter(actor, clientId, 'client.export');
    return this.clients.exportOf(context, client);
  }

  private async enter(
    actor: Actor,
    clientId: string,
    action: string,
  ): Promise<{ context: ClinicContext; client: ClientTable }> {
    const linked = (await new ClientRepository(this.db).forUser(actor.userId)).find((r) => r.id === clientId);
    const membership = linked
      ? await new UserRepository(this.db).membership(linked.clinic_id, actor.userId)
      : undefined;
    const clinic = linked ? await new ClinicRepository(this.db).findById(linked.clinic_id) : undefined;
    if (!linked || !clinic || membership?.role !== 'client') {
      await this.access.record(actor, null, action, 'client', clientId, 'denied');
      throw new HttpProblem(404, CLIENT_NOT_FOUND);
    }
    return { context: { actor, clinic, role: 'client' }, client: linked };
  }
}
