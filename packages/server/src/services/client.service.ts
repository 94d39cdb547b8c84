import { randomBytes } from 'node:crypto';
import { parsePainDrawing } from '@myomap/core/body/pain-drawing.ts';
import { diffScreenings, type ScreeningDiff } from '@myomap/core/practice/screening-diff.ts';
import { parseScreeningInput, screen, type ScreeningResult } from '@myomap/core/screening/evaluate.ts';
import type { Kysely } from 'kysely';
import type { ClientTable, Database, RecordSource } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import type { Role } from '@myomap/core/practice/roles.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { ClientRecordsRepository, ConsentFormRepository } from '../repositories/client-records.repository.ts';
import { ClientRepository, type ClientFields } from '../repositories/client.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { CalendarService, type AppointmentView } from './calendar.service.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { eraseAroundRecord } from './client-erasure.ts';
import { loadClientRecord } from './client-record.ts';
import { HomeProgramService, type HomeProgramView } from './home-program.service.ts';
import { OutcomeService, type OutcomeEntryView } from './outcome.service.ts';
import { QuestionnaireService, type ExportedResponse, type ScheduleView } from './questionnaire.service.ts';
import {
  clientProfile,
  medicationsOf,
  screeningView,
  drawingView,
  type ClientProfile,
  type ConsentView,
  type DrawingView,
  type NoteView,
  type ScreeningView,
  type TimelineEntry,
} from './practice-views.ts';

export interface ClientInput {
  name: string;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  dateOfBirth?: string | null | undefined;
  emergencyContact?: { name?: string | null | undefined; phone?: string | null | undefined } | undefined;
  therapistId?: string | null | undefined;
}

/** What a clinician sees on a client's page, in one request (and one audit row). */
export interface ClientOverview {
  profile: ClientProfile;
  medications: string[];
  consents: ConsentView[];
  latestScreening: ScreeningView | null;
  changesSinceLastScreening: ScreeningDiff | null;
  timeline: TimelineEntry[];
}

export interface RecordedScreening {
  screening: ScreeningView;
  changes: ScreeningDiff | null;
}

export interface ClientExport {
  format: 'myomap.client-export.v1';
  exportedAt: string;
  clinic: { id: string; name: string };
  client: ClientProfile & { medications: string[] };
  screenings: ScreeningView[];
  drawings: DrawingView[];
  notes: NoteView[];
  /** Every visit, cancelled ones included. */
  appointments: AppointmentView[];
  homePrograms: HomeProgramView[];
  /** The pain diary and session ratings. */
  diary: OutcomeEntryView[];
  questionnaires: { schedules: ScheduleView[]; responses: ExportedResponse[] };
  consents: ConsentView[];
  consentSignatures: {
    formId: string;
    title: string;
    version: number;
    signedName: string;
    method: string;
    signedAt: string;
  }[];
  /** Who read or changed this record, when and from where (no health data). */
  accessLog: {
    at: string;
    actorId: string | null;
    role: Role | null;
    action: string;
    outcome: string;
    origin: string | null;
  }[];
  retention: { erasedAt: string | null; retainedUntil: string | null; note: string | null };
}

/** A password for an account someone else creates: shown once, to be changed at first sign-in. */
export function oneTimePassword(): string {
  return randomBytes(12).toString('base64url');
}

function fieldsOf(input: Partial<ClientInput>): Partial<ClientFields> {
  const fields: Partial<ClientFields> = {};
  if (input.name !== undefined) fields.name = input.name;
  if (input.email !== undefined) fields.email = input.email ? input.email.toLowerCase() : null;
  if (input.phone !== undefined) fields.phone = input.phone || null;
  if (input.dateOfBirth !== undefined) fields.date_of_birth = input.dateOfBirth || null;
  if (input.emergencyContact?.name !== undefined) fields.emergency_contact_name = input.emergencyContact.name || null;
  if (input.emergencyContact?.phone !== undefined)
    fields.emergency_contact_phone = input.emergencyContact.phone || null;
  if (input.therapistId !== undefined) fields.therapist_id = input.therapistId || null;
  return fields;
}

function screeningProblem(body: unknown): never {
  const parsed = parseScreeningInput(body);
  const issues = parsed.ok ? [] : parsed.issues;
  const errors = issues.map((i) => ({ field: `body.${i.path}`, message: i.message }));
  throw new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

/** Clients, their intake (screenings, drawings, medicines), consent, overview, export and erasure. */
export class ClientService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  async list(actor: Actor, clinicId: string, search: string | undefined): Promise<ClientProfile[]> {
    const context = await this.access.enter(actor, clinicId, 'clients.contact', 'clients.search');
    const ownOnly = context.role === 'therapist' && context.clinic.therapists_see_own_clients_only === 1;
    const rows = await new ClientRepository(this.db).list(clinicId, {
      search,
      therapistId: ownOnly ? actor.userId : undefined,
    });
    await this.access.audit(context, 'clients.search', null);
    return rows.map(clientProfile);
  }

  async create(actor: Actor, clinicId: string, input: ClientInput): Promise<ClientProfile> {
    const context = await this.access.enter(actor, clinicId, 'clients.create', 'client.create');
    if (input.therapistId) await this.checkTherapist(context, input.therapistId);
    // A therapist's new client is theirs unless they say otherwise.
    const therapistId = input.therapistId ?? (context.role === 'therapist' ? actor.userId : null);
    return this.db.transaction().execute(async (trx) => {
      const row = await new ClientRepository(trx).create(clinicId, {
        name: input.name,
        email: null,
        phone: null,
        date_of_birth: null,
        emergency_contact_name: null,
        emergency_contact_phone: null,
        ...fieldsOf(input),
        therapist_id: therapistId,
      });
      await this.access.audit(context, 'client.create', row.id, 'success', trx);
      return clientProfile(row);
    });
  }

  async profile(actor: Actor, clinicId: string, clientId: string): Promise<ClientProfile> {
    const context = await this.access.enter(actor, clinicId, 'clients.contact', 'client.read');
    const client = await this.access.client(context, clientId, 'client.read');
    await this.access.audit(context, 'client.read', client.id);
    return clientProfile(client);
  }

  async update(actor: Actor, clinicId: string, clientId: string, input: Partial<ClientInput>): Promise<ClientProfile> {
    const context = await this.access.enter(actor, clinicId, 'clients.contact', 'client.update');
    const client = await this.access.client(context, clientId, 'client.update');
    this.refuseErased(client);
    if (input.therapistId) await this.checkTherapist(context, input.therapistId);
    return this.db.transaction().execute(async (trx) => {
      const clients = new ClientRepository(trx);
      await clients.update(clinicId, client.id, fieldsOf(input));
      await this.access.audit(context, 'client.update', client.id, 'success', trx);
      const updated = await clients.find(clinicId, client.id);
      if (!updated) throw new HttpProblem(404, 'Client not found');
      return clientProfile(updated);
    });
  }

  async setMedications(actor: Actor, clinicId: string, clientId: string, medications: string[]): Promise<string[]> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'client.medications.update');
    const client = await this.access.client(context, clientId, 'client.medications.update');
    this.refuseErased(client);
    const cleaned = [...new Set(medications.map((m) => m.trim()).filter(Boolean))];
    await this.db.transaction().execute(async (trx) => {
      await new ClientRepository(trx).update(clinicId, client.id, { medications: JSON.stringify(cleaned) });
      await this.access.audit(context, 'client.medications.update', client.id, 'success', trx);
    });
    return cleaned;
  }

  async overview(actor: Actor, clinicId: string, clientId: string): Promise<ClientOverview> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.read', 'client.record.read');
    const client = await this.access.client(context, clientId, 'client.record.read');
    const record = await loadClientRecord(this.db, clinicId, client.id, { includeDrafts: true });
    await this.access.audit(context, 'client.record.read', client.id);
    const latest = record.screenings.at(-1) ?? null;
    const previous = record.screenings.at(-2) ?? null;
    return {
      profile: clientProfile(client),
      medications: medicationsOf(client),
      consents: record.consents,
      latestScreening: latest,
      changesSinceLastScreening: latest && previous ? diffScreenings(previous, latest) : null,
      timeline: record.timeline,
    };
  }

  /** Records a screening; the answer carries what changed since the one before. */
  async recordScreening(actor: Actor, clinicId: string, clientId: string, body: unknown): Promise<RecordedScreening> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'screening.create');
    const client = await this.access.client(context, clientId, 'screening.create');
    return this.addScreening(context, client, body, 'clinic');
  }

  async addScreening(
    context: ClinicContext,
    client: ClientTable,
    body: unknown,
    source: RecordSource,
  ): Promise<RecordedScreening> {
    this.refuseErased(client);
    const parsed = parseScreeningInput(body);
    if (!parsed.ok) screeningProblem(body);
    const result: ScreeningResult = screen(parsed.input);
    return this.db.transaction().execute(async (trx) => {
      const records = new ClientRecordsRepository(trx);
      const previous = (await records.screenings(client.clinic_id, client.id)).at(-1);
      const row = await records.addScreening(client.clinic_id, client.id, {
        input: JSON.stringify(parsed.input),
        result: JSON.stringify(result),
        outcome: result.outcome,
        ruleset_version: result.rulesetVersion,
        source,
        recorded_by: context.actor.userId,
        recorded_at: new Date().toISOString(),
      });
      // The medicines named in the screening become the client's current list.
      await new ClientRepository(trx).update(client.clinic_id, client.id, {
        medications: JSON.stringify(parsed.input.medications),
      });
      await this.access.audit(context, 'screening.create', client.id, 'success', trx);
      const screening = screeningView(row);
      return { screening, changes: previous ? diffScreenings(screeningView(previous), screening) : null };
    });
  }

  async recordDrawing(actor: Actor, clinicId: string, clientId: string, body: unknown): Promise<DrawingView> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'drawing.create');
    const client = await this.access.client(context, clientId, 'drawing.create');
    return this.addDrawing(context, client, body, 'clinic');
  }

  async addDrawing(
    context: ClinicContext,
    client: ClientTable,
    body: unknown,
    source: RecordSource,
  ): Promise<DrawingView> {
    this.refuseErased(client);
    const parsed = parsePainDrawing(body);
    if (!parsed.ok) {
      const errors = parsed.issues.map((i) => ({ field: `body.${i.path}`, message: i.message }));
      throw new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
    return this.db.transaction().execute(async (trx) => {
      const row = await new ClientRecordsRepository(trx).addDrawing(client.clinic_id, client.id, {
        drawing: JSON.stringify(parsed.drawing),
        source,
        recorded_by: context.actor.userId,
        recorded_at: new Date().toISOString(),
      });
      await this.access.audit(context, 'drawing.create', client.id, 'success', trx);
      return drawingView(row);
    });
  }

  async consents(actor: Actor, clinicId: string, clientId: string): Promise<ConsentView[]> {
    const context = await this.access.enter(actor, clinicId, 'clients.consent', 'consent.read');
    const client = await this.access.client(context, clientId, 'consent.read');
    const record = await loadClientRecord(this.db, clinicId, client.id, { includeDrafts: false });
    await this.access.audit(context, 'consent.read', client.id);
    return record.consents;
  }

  async signConsentInClinic(
    actor: Actor,
    clinicId: string,
    clientId: string,
    input: { formId: string; signedName: string },
  ): Promise<ConsentView[]> {
    const context = await this.access.enter(actor, clinicId, 'clients.consent', 'consent.sign');
    const client = await this.access.client(context, clientId, 'consent.sign');
    return this.signConsent(context, client, input, 'in-clinic');
  }

  async signConsent(
    context: ClinicContext,
    client: ClientTable,
    input: { formId: string; signedName: string },
    method: 'portal' | 'in-clinic',
  ): Promise<ConsentView[]> {
    this.refuseErased(client);
    const form = await new ConsentFormRepository(this.db).find(client.clinic_id, input.formId);
    const current = (await new ConsentFormRepository(this.db).list(client.clinic_id)).filter(
      (f) => f.kind === form?.kind,
    );
    if (!form || Math.max(...current.map((f) => f.version)) !== form.version) {
      throw new HttpProblem(400, 'body.formId: not a current consent form of this clinic', [
        { field: 'body.formId', message: 'not a current consent form of this clinic' },
      ]);
    }
    await this.db.transaction().execute(async (trx) => {
      await new ClientRecordsRepository(trx).addSignature(client.clinic_id, client.id, {
        form_id: form.id,
        signed_name: input.signedName,
        method,
        recorded_by: context.actor.userId,
        signed_at: new Date().toISOString(),
      });
      await this.access.audit(context, 'consent.sign', client.id, 'success', trx);
    });
    return (await loadClientRecord(this.db, client.clinic_id, client.id, { includeDrafts: false })).consents;
  }

  async export(actor: Actor, clinicId: string, clientId: string): Promise<ClientExport> {
    const context = await this.access.enter(actor, clinicId, 'clients.export', 'client.export');
    const client = await this.access.client(context, clientId, 'client.export');
    return this.exportOf(context, client);
  }

  async exportOf(context: ClinicContext, client: ClientTable): Promise<ClientExport> {
    const [record, visits, homePrograms, diary, questionnaires] = await Promise.all([
      loadClientRecord(this.db, client.clinic_id, client.id, { includeDrafts: context.role !== 'client' }),
      new CalendarRepository(this.db).appointments(client.clinic_id, { clientId: client.id, includeCancelled: true }),
      new HomeProgramService(this.db).viewsOf(context.clinic, client),
      new OutcomeService(this.db).list({ kind: 'client', clinicId: client.clinic_id, clientId: client.id }, {}),
      new QuestionnaireService(this.db).exportOf(client),
    ]);
    const appointments = await new CalendarService(this.db).views(context.clinic, visits);
    const accessLog = await new AuditRepository(this.db).forClient(client.clinic_id, client.id);
    await this.access.audit(context, 'client.export', client.id);
    return {
      format: 'myomap.client-export.v1',
      exportedAt: new Date().toISOString(),
      clinic: { id: context.clinic.id, name: context.clinic.name },
      client: { ...clientProfile(client), medications: medicationsOf(client) },
      screenings: record.screenings,
      drawings: record.drawings,
      notes: record.notes,
      appointments,
      homePrograms,
      diary,
      questionnaires,
      consents: record.consents,
      consentSignatures: record.signatures.map((s) => ({
        formId: s.form_id,
        title: s.title,
        version: s.version,
        signedName: s.signed_name,
        method: s.method,
        signedAt: s.signed_at,
      })),
      accessLog: accessLog.map((e) => ({
        at: e.occurred_at,
        actorId: e.actor_id,
        role: e.role,
        action: e.action,
        outcome: e.outcome,
        origin: e.origin,
      })),
      retention: {
        erasedAt: client.erased_at,
        retainedUntil: client.retained_until,
        note: client.erased_at ? RETENTION_NOTE : null,
      },
    };
  }

  /**
   * Erasure on request. Contact details, medicines, the portal account and what eraseAroundRecord lists
   * (drawings, drafts, diary, home-program logs, questionnaire schedules, future visits, mail) go. The
   * clinical record the law requires the clinic to keep stays, with the name and date of birth that
   * identify it, marked with the date until which it is kept. A client never treated (no signed note) is
   * erased entirely.
   */
  async erase(actor: Actor, clinicId: string, clientId: string): Promise<ClientProfile> {
    const context = await this.access.enter(actor, clinicId, 'clients.erase', 'client.erase');
    const client = await this.access.client(context, clientId, 'client.erase');
    this.refuseErased(client);
    return this.db.transaction().execute(async (trx) => {
      const records = new ClientRecordsRepository(trx);
      const lastSigned = (await records.notes(clinicId, client.id))
        .filter((n) => n.status === 'signed')
        .map((n) => n.session_date)
        .sort()
        .at(-1);
      const retainedUntil = lastSigned ? addYears(lastSigned, context.clinic.retention_years) : null;
      await eraseAroundRecord(trx, client, retainedUntil !== null);
      if (client.user_id) {
        const users = new UserRepository(trx);
        await users.removeMembership(clinicId, client.user_id);
        if ((await users.memberships(client.user_id)).length === 0) await users.deleteSessions(client.user_id);
      }
      await new ClientRepository(trx).erase(clinicId, client.id, retainedUntil);
      await this.access.audit(context, 'client.erase', client.id, 'success', trx);
      const erased = await new ClientRepository(trx).find(clinicId, client.id);
      if (!erased) throw new HttpProblem(404, 'Client not found');
      return clientProfile(erased);
    });
  }

  private refuseErased(client: ClientTable): void {
    if (client.erased_at) {
      throw new HttpProblem(409, 'This client\u2019s record was erased on request; only what the law requires is kept');
    }
  }

  private async checkTherapist(context: ClinicContext, therapistId: string): Promise<void> {
    const membership = await new UserRepository(this.db).membership(context.clinic.id, therapistId);
    if (!membership || (membership.role !== 'therapist' && membership.role !== 'owner')) {
      throw new HttpProblem(400, 'body.therapistId: not a therapist of this clinic', [
        { field: 'body.therapistId', message: 'not a therapist of this clinic' },
      ]);
    }
  }
}

export const RETENTION_NOTE =
  'Erased on request. The signed session notes, screenings, consent signatures, scored questionnaires, home programs as prescribed and past visits are kept because the law requires clinical records to be kept; they are deleted after the date shown.';

function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${String((y ?? 0) + years).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
