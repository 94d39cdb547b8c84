import { localToUtc } from '@myomap/core/scheduling/local-time.ts';
import type { Kysely } from 'kysely';
import type { ClientTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { CLIENT_NOT_FOUND, ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { loadClientRecord } from './client-record.ts';
import type { HomeProgramLogInput } from '@myomap/core/practice/home-program.ts';
import type { AppointmentTable } from '../db/calendar-schema.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { CalendarService, type AppointmentView, type BookingResult } from './calendar.service.ts';
import { ClientService, type RecordedScreening } from './client.service.ts';
import { FeedService, type FeedLink } from './feed.service.ts';
import { HomeProgramService, type HomeProgramView } from './home-program.service.ts';
import { bookingForClient, exportForClient, visitForClient, type PortalExport } from './portal-views.ts';
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

export interface PortalVisits {
  upcoming: AppointmentView[];
  rules: { clientRequests: boolean; clientChangeHours: number; timeZone: string };
  types: { id: string; name: string; durationMinutes: number }[];
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

  async export(actor: Actor, clientId: string): Promise<PortalExport> {
    const { context, client } = await this.enter(actor, clientId, 'client.export');
    return exportForClient(await this.clients.exportOf(context, client));
  }

  async visits(actor: Actor, clientId: string): Promise<PortalVisits> {
    const { context, client } = await this.enter(actor, clientId, 'portal.visits.read');
    const calendar = new CalendarRepository(this.db);
    const rows = await calendar.appointments(client.clinic_id, {
      clientId: client.id,
      fromUtc: new Date().toISOString(),
    });
    await this.access.audit(context, 'portal.visits.read', client.id);
    const types = (await calendar.types(client.clinic_id)).filter((t) => !t.archived_at);
    return {
      upcoming: (await new CalendarService(this.db).views(context.clinic, rows)).map(visitForClient),
      rules: {
        clientRequests: context.clinic.client_requests === 1,
        clientChangeHours: context.clinic.client_change_hours,
        timeZone: context.clinic.time_zone,
      },
      types: types.map((t) => ({ id: t.id, name: t.name, durationMinutes: t.duration_minutes })),
    };
  }

  /** A visit the client asks for; the clinic confirms it. Refused when it clashes or the clinic takes no requests. */
  async requestVisit(
    actor: Actor,
    clientId: string,
    input: { typeId: string; start: string; note?: string | null | undefined },
  ): Promise<BookingResult> {
    const { context, client } = await this.enter(actor, clientId, 'appointment.request');
    if (context.clinic.client_requests !== 1) {
      await this.access.audit(context, 'appointment.request', client.id, 'denied');
      throw new HttpProblem(403, `${context.clinic.name} takes bookings at the desk or by phone, not in the portal`);
    }
    if (!client.therapist_id) {
      throw new HttpProblem(409, 'You have no therapist at this clinic yet: please contact the clinic to book');
    }
    this.refuseShortNotice(context, input.start, 'body.start');
    const booked = await new CalendarService(this.db).bookIn(context, {
      clientId: client.id,
      therapistId: client.therapist_id,
      typeId: input.typeId,
      start: input.start,
      note: input.note ?? null,
      status: 'requested',
    });
    return bookingForClient(booked);
  }

  async moveVisit(actor: Actor, clientId: string, appointmentId: string, start: string): Promise<AppointmentView[]> {
    const { context, appointment } = await this.ownVisit(actor, clientId, appointmentId, 'appointment.change');
    this.refuseShortNotice(context, appointment.start_utc, null);
    this.refuseShortNotice(context, start, 'body.start');
    return (await new CalendarService(this.db).changeIn(context, appointment, { scope: 'this', start })).map(
      visitForClient,
    );
  }

  async cancelVisit(actor: Actor, clientId: string, appointmentId: string): Promise<AppointmentView[]> {
    const { context, appointment } = await this.ownVisit(actor, clientId, appointmentId, 'appointment.cancel');
    this.refuseShortNotice(context, appointment.start_utc, null);
    return (await new CalendarService(this.db).cancelIn(context, appointment, 'this')).map(visitForClient);
  }

  async renewFeed(actor: Actor, clientId: string): Promise<FeedLink> {
    const { context, client } = await this.enter(actor, clientId, 'feed.renew');
    return new FeedService(this.db).renewIn(context, 'client', client.id);
  }

  async homePrograms(actor: Actor, clientId: string): Promise<HomeProgramView[]> {
    const { context, client } = await this.enter(actor, clientId, 'home-programs.read');
    return new HomeProgramService(this.db).forClient(context, client);
  }

  async logRoutine(
    actor: Actor,
    clientId: string,
    programId: string,
    input: HomeProgramLogInput,
  ): Promise<HomeProgramView> {
    const { context, client } = await this.enter(actor, clientId, 'home-program.log');
    return new HomeProgramService(this.db).log(context, client, programId, input);
  }

  /** The client's own record, entered (for services that take an entered context). */
  async enterRecord(
    actor: Actor,
    clientId: string,
    action: string,
  ): Promise<{ context: ClinicContext; client: ClientTable }> {
    return this.enter(actor, clientId, action);
  }

  async auditRead(context: ClinicContext, clientId: string, action: string): Promise<void> {
    await this.access.audit(context, action, clientId);
  }

  /** The client's own diary in the portal: the owner to read and write, and the context to audit. */
  async outcomesOwner(
    actor: Actor,
    clientId: string,
    action: string,
  ): Promise<{ owner: { kind: 'client'; clinicId: string; clientId: string }; context: ClinicContext }> {
    const { context, client } = await this.enter(actor, clientId, action);
    return { owner: { kind: 'client', clinicId: client.clinic_id, clientId: client.id }, context };
  }

  /** The client's own record, for an export the caller builds and audits (the FHIR export). */
  async ownRecord(
    actor: Actor,
    clientId: string,
    action: string,
  ): Promise<{ context: ClinicContext; client: ClientTable }> {
    return this.enter(actor, clientId, action);
  }

  private async ownVisit(
    actor: Actor,
    clientId: string,
    appointmentId: string,
    action: string,
  ): Promise<{ context: ClinicContext; appointment: AppointmentTable }> {
    const { context, client } = await this.enter(actor, clientId, action);
    const appointment = await new CalendarRepository(this.db).appointment(client.clinic_id, appointmentId);
    if (!appointment || appointment.client_id !== client.id || appointment.status === 'cancelled') {
      await this.access.audit(context, action, client.id, 'denied');
      throw new HttpProblem(404, 'Visit not found');
    }
    return { context, appointment };
  }

  /** The clinic's rule: clients change visits only up to so many hours before (local time or instant). */
  private refuseShortNotice(context: ClinicContext, when: string, field: string | null): void {
    let instant: number;
    try {
      instant = /Z$|[+-]\d{2}:\d{2}$/.test(when)
        ? Date.parse(when)
        : Date.parse(localToUtc(when, context.clinic.time_zone));
    } catch {
      throw new HttpProblem(400, `${field ?? 'start'}: is not a real date and time`, [
        { field: field ?? 'start', message: 'is not a real date and time' },
      ]);
    }
    const hours = context.clinic.client_change_hours;
    if (instant - Date.now() < hours * 3_600_000) {
      const message = `the clinic asks for at least ${hours} hours\u2019 notice: please phone them instead`;
      throw new HttpProblem(
        409,
        field ? `${field}: ${message}` : `Too close to the visit: ${message}`,
        field ? [{ field, message }] : undefined,
      );
    }
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
