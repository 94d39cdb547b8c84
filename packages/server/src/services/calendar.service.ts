import { isTimeZone, localToUtc, utcToLocal } from '@myomap/core/scheduling/local-time.ts';
import {
  describeRule,
  expandSeries,
  RecurrenceError,
  toRRule,
  type Occurrence,
  type RecurrenceRule,
} from '@myomap/core/scheduling/recurrence.ts';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { AppointmentTable } from '../db/calendar-schema.ts';
import type { ClientTable, ClinicTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { queueReminders } from './appointment-reminders.ts';
import { appointmentViews, type AppointmentView } from './appointment-views.ts';
import { clashesFor, clashProblem, type ClashView } from './calendar-clashes.ts';
import { minutesBetween, reshapeSeries, shiftLocal, visitsInScope, type ChangeScope } from './calendar-series.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { OutboxService } from './outbox.service.ts';

export type { AppointmentView } from './appointment-views.ts';
export type { ClashView } from './calendar-clashes.ts';
export type { ChangeScope } from './calendar-series.ts';

export interface BookingInput {
  clientId: string;
  therapistId: string;
  typeId: string;
  roomId?: string | null | undefined;
  /** Local wall-clock start of the (first) visit, YYYY-MM-DDTHH:mm. */
  start: string;
  timeZone?: string | undefined;
  repeat?: RecurrenceRule | undefined;
  /** `refuse` (default): book nothing while any visit clashes; `skip`: book the rest and list the skipped. */
  onClash?: 'refuse' | 'skip' | undefined;
  note?: string | null | undefined;
  /** A request from the client portal, to be confirmed by the clinic. */
  status?: 'booked' | 'requested';
}

export interface BookingCheck {
  occurrences: (Occurrence & { clash: boolean })[];
  clashes: ClashView[];
}

export interface BookingResult {
  seriesId: string | null;
  repeat: string | null;
  booked: AppointmentView[];
  skipped: ClashView[];
}

export interface ChangeInput {
  scope: ChangeScope;
  /** New local start of this visit; later visits in scope move by the same wall-clock difference. */
  start?: string | undefined;
  therapistId?: string | undefined;
  roomId?: string | null | undefined;
  note?: string | null | undefined;
  /** Confirms a visit the client requested. */
  confirm?: boolean | undefined;
}

function recurrenceProblem(error: unknown): never {
  if (error instanceof RecurrenceError) {
    const field =
      error.field === 'start' || error.field === 'timeZone'
        ? `body.${error.field}`
        : `body.repeat.${error.field.replace(/^rule\.?/, '')}`.replace(/\.$/, '');
    throw new HttpProblem(400, `${field}: ${error.message.replace(/^[^:]+: /, '')}`, [
      { field, message: error.message.replace(/^[^:]+: /, '') },
    ]);
  }
  throw error;
}

/**
 * The clinic diary: book single or recurring visits (every visit of a series checked for clashes first),
 * move or cancel this one, this and following, or the whole series, and queue reminder emails.
 */
export class CalendarService {
  private readonly access: ClinicAccess;
  private readonly outbox: OutboxService;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
    this.outbox = new OutboxService(db);
  }

  async list(
    actor: Actor,
    clinicId: string,
    query: {
      from?: string | undefined;
      to?: string | undefined;
      therapistId?: string | undefined;
      clientId?: string | undefined;
    },
  ): Promise<AppointmentView[]> {
    const context = await this.access.enter(actor, clinicId, 'calendar.view', 'appointments.read');
    const ownOnly = context.role === 'therapist' && context.clinic.therapists_see_own_clients_only === 1;
    const rows = await new CalendarRepository(this.db).appointments(clinicId, {
      fromUtc: query.from,
      toUtc: query.to,
      therapistId: ownOnly ? actor.userId : query.therapistId,
      clientId: query.clientId,
    });
    await this.access.audit(context, 'appointments.read', query.clientId ?? null);
    return this.views(context.clinic, rows);
  }

  async check(actor: Actor, clinicId: string, input: BookingInput): Promise<BookingCheck> {
    const context = await this.access.enter(actor, clinicId, 'calendar.book', 'appointments.check');
    const plan = await this.plan(context, input);
    // Advice only: booking checks again under the diary locks.
    const clashes = await clashesFor(this.db, plan.occurrences, {
      clinicId,
      therapistId: input.therapistId,
      roomId: input.roomId ?? null,
      bufferMinutes: plan.bufferMinutes,
      timeZone: plan.timeZone,
    });
    await this.access.audit(context, 'appointments.check', plan.client.id);
    const clashing = new Set(clashes.map((c) => c.index));
    return {
      occurrences: plan.occurrences.map((o) => ({ ...o, clash: clashing.has(o.index) })),
      clashes,
    };
  }

  async book(actor: Actor, clinicId: string, input: BookingInput): Promise<BookingResult> {
    const context = await this.access.enter(actor, clinicId, 'calendar.book', 'appointment.book');
    return this.bookIn(context, input);
  }

  /** Books for an already-entered clinic (the portal's requests come through here too). */
  async bookIn(context: ClinicContext, input: BookingInput): Promise<BookingResult> {
    const plan = await this.plan(context, input);
    const roomId = input.roomId ?? null;
    const now = new Date().toISOString();
    const result = await this.db.transaction().execute(async (trx) => {
      await this.lockDiaries(trx, context, input.therapistId, roomId);
      // Checked under the lock, so no other write can fill the slot between this check and the insert.
      const clashes = await clashesFor(trx, plan.occurrences, {
        clinicId: context.clinic.id,
        therapistId: input.therapistId,
        roomId,
        bufferMinutes: plan.bufferMinutes,
        timeZone: plan.timeZone,
      });
      if (clashes.length > 0 && (input.onClash ?? 'refuse') === 'refuse') return { refused: clashes } as const;
      const clashing = new Set(clashes.map((c) => c.index));
      const calendar = new CalendarRepository(trx);
      const series = input.repeat
        ? await calendar.addSeries(context.clinic.id, {
            therapist_id: input.therapistId,
            client_id: plan.client.id,
            type_id: input.typeId,
            room_id: roomId,
            start_local: input.start,
            time_zone: plan.timeZone,
            frequency: input.repeat.frequency,
            interval: input.repeat.interval,
            count: input.repeat.count ?? null,
            until: input.repeat.until ?? null,
            rrule: toRRule(input.repeat, plan.timeZone),
            duration_minutes: plan.durationMinutes,
            created_at: now,
          })
        : null;
      // Skipped visits are kept as cancelled, so the series in calendar feeds shows them as exceptions.
      const rows = await calendar.addAppointments(
        context.clinic.id,
        plan.occurrences.map((o) => ({
          series_id: series?.id ?? null,
          occurrence_index: series ? o.index : null,
          therapist_id: input.therapistId,
          client_id: plan.client.id,
          type_id: input.typeId,
          room_id: roomId,
          start_utc: o.startUtc,
          end_utc: o.endUtc,
          buffer_minutes: plan.bufferMinutes,
          status: clashing.has(o.index) ? 'cancelled' : (input.status ?? 'booked'),
          note: input.note ?? null,
          created_at: now,
          updated_at: now,
          cancelled_at: clashing.has(o.index) ? now : null,
        })),
      );
      const live = rows.filter((r) => r.status !== 'cancelled');
      for (const row of live) await queueReminders(context.clinic, row, plan.client, trx);
      await this.access.audit(
        context,
        input.status === 'requested' ? 'appointment.request' : 'appointment.book',
        plan.client.id,
        'success',
        trx,
      );
      return { refused: null, series, live, clashes };
    });
    if (result.refused) {
      await this.access.audit(context, 'appointment.book', plan.client.id, 'failure');
      throw clashProblem(
        `${result.refused.length} of ${plan.occurrences.length} visits clash; nothing was booked. Move them, or book the rest and skip these.`,
        result.refused,
      );
    }
    return {
      seriesId: result.series?.id ?? null,
      repeat: input.repeat ? describeRule(input.repeat) : null,
      booked: await this.views(context.clinic, result.live),
      skipped: result.clashes,
    };
  }

  async change(actor: Actor, clinicId: string, appointmentId: string, input: ChangeInput): Promise<AppointmentView[]> {
    const context = await this.access.enter(actor, clinicId, 'calendar.book', 'appointment.change');
    const appointment = await this.appointmentFor(context, appointmentId, 'appointment.change');
    return this.changeIn(context, appointment, input);
  }

  async changeIn(
    context: ClinicContext,
    appointment: AppointmentTable,
    input: ChangeInput,
  ): Promise<AppointmentView[]> {
    if (input.start && !DateTime.fromISO(input.start).isValid) {
      throw new HttpProblem(400, 'body.start: must be a local date-time YYYY-MM-DDTHH:mm', [
        { field: 'body.start', message: 'must be a local date-time YYYY-MM-DDTHH:mm' },
      ]);
    }
    const clinicId = context.clinic.id;
    const therapistId = input.therapistId ?? appointment.therapist_id;
    if (input.therapistId) await this.checkTherapist(context, input.therapistId);
    const roomId = input.roomId === undefined ? appointment.room_id : input.roomId;
    if (input.roomId) await this.checkRoom(context, input.roomId);
    const reschedules = Boolean(input.start || input.therapistId || input.roomId);
    const client = await new ClientRepository(this.db).find(clinicId, appointment.client_id);
    const outcome = await this.db.transaction().execute(async (trx) => {
      if (reschedules) await this.lockDiaries(trx, context, therapistId, roomId);
      // Read again under the lock: a concurrent change may have moved, split or cancelled these visits.
      const repo = new CalendarRepository(trx);
      const current = (await repo.appointment(clinicId, appointment.id)) ?? appointment;
      const series = current.series_id ? await repo.series(clinicId, current.series_id) : undefined;
      const scope: ChangeScope = series ? input.scope : 'this';
      const zone = series?.time_zone ?? context.clinic.time_zone;
      const inScope = (await visitsInScope(repo, clinicId, current, series, scope)).filter(
        (a) => a.status !== 'cancelled',
      );
      const ids = new Set(inScope.map((a) => a.id));
      const delta = input.start ? minutesBetween(utcToLocal(current.start_utc, zone), input.start) : 0;
      const moved = inScope.map((a) => {
        const duration = Date.parse(a.end_utc) - Date.parse(a.start_utc);
        const startUtc = delta === 0 ? a.start_utc : localToUtc(shiftLocal(utcToLocal(a.start_utc, zone), delta), zone);
        return {
          row: a,
          startUtc,
          endUtc: new Date(Date.parse(startUtc) + duration).toISOString().replace('.000Z', 'Z'),
        };
      });
      if (reschedules) {
        const clashes = await clashesFor(
          trx,
          moved.map((m, index) => ({ index, startUtc: m.startUtc, endUtc: m.endUtc })),
          { clinicId, therapistId, roomId, bufferMinutes: current.buffer_minutes, timeZone: zone, ignoreIds: ids },
        );
        if (clashes.length > 0) return { refused: clashes, ids };
      }
      for (const m of moved) {
        await repo.updateAppointment(clinicId, m.row.id, {
          start_utc: m.startUtc,
          end_utc: m.endUtc,
          therapist_id: therapistId,
          room_id: roomId,
          ...(input.note !== undefined ? { note: input.note } : {}),
          ...(input.confirm ? { status: 'booked' as const } : {}),
        });
        if (client) {
          await queueReminders(
            context.clinic,
            { ...m.row, start_utc: m.startUtc, end_utc: m.endUtc, therapist_id: therapistId },
            client,
            trx,
          );
        }
      }
      if (series && delta !== 0) await reshapeSeries(repo, clinicId, series, current, scope, delta);
      await this.access.audit(
        context,
        input.confirm ? 'appointment.confirm' : 'appointment.change',
        appointment.client_id,
        'success',
        trx,
      );
      return { refused: null, ids };
    });
    if (outcome.refused) {
      const count = outcome.refused.length;
      await this.access.audit(context, 'appointment.change', appointment.client_id, 'failure');
      throw clashProblem(`${count} visit${count === 1 ? '' : 's'} would clash; nothing was changed.`, outcome.refused);
    }
    const fresh = await new CalendarRepository(this.db).appointments(clinicId, {
      clientId: appointment.client_id,
      includeCancelled: true,
    });
    return this.views(
      context.clinic,
      fresh.filter((a) => outcome.ids.has(a.id)),
    );
  }

  async cancel(actor: Actor, clinicId: string, appointmentId: string, scope: ChangeScope): Promise<AppointmentView[]> {
    const context = await this.access.enter(actor, clinicId, 'calendar.book', 'appointment.cancel');
    const appointment = await this.appointmentFor(context, appointmentId, 'appointment.cancel');
    return this.cancelIn(context, appointment, scope);
  }

  async cancelIn(
    context: ClinicContext,
    appointment: AppointmentTable,
    scope: ChangeScope,
  ): Promise<AppointmentView[]> {
    const calendar = new CalendarRepository(this.db);
    const series = appointment.series_id ? await calendar.series(context.clinic.id, appointment.series_id) : undefined;
    const targets = (
      await visitsInScope(calendar, context.clinic.id, appointment, series, series ? scope : 'this')
    ).filter((a) => a.status !== 'cancelled');
    const now = new Date().toISOString();
    await this.db.transaction().execute(async (trx) => {
      const repo = new CalendarRepository(trx);
      for (const a of targets) {
        await repo.updateAppointment(context.clinic.id, a.id, { status: 'cancelled', cancelled_at: now });
        for (const who of ['client', 'therapist'])
          await this.outbox.cancel(context.clinic.id, `appointment:${a.id}:reminder:${who}`, trx);
      }
      await this.access.audit(context, 'appointment.cancel', appointment.client_id, 'success', trx);
    });
    const fresh = await calendar.appointments(context.clinic.id, {
      clientId: appointment.client_id,
      includeCancelled: true,
    });
    const ids = new Set(targets.map((t) => t.id));
    return this.views(
      context.clinic,
      fresh.filter((a) => ids.has(a.id)),
    );
  }

  async appointmentFor(context: ClinicContext, appointmentId: string, action: string): Promise<AppointmentTable> {
    const appointment = await new CalendarRepository(this.db).appointment(context.clinic.id, appointmentId);
    const ownOnly = context.role === 'therapist' && context.clinic.therapists_see_own_clients_only === 1;
    if (!appointment || (ownOnly && appointment.therapist_id !== context.actor.userId)) {
      await this.access.audit(context, action, null, 'denied');
      throw new HttpProblem(404, 'Appointment not found');
    }
    return appointment;
  }

  /** Visits as people read them: names of the client, therapist, type and room, and the local time. */
  views(clinic: ClinicTable, rows: readonly AppointmentTable[]): Promise<AppointmentView[]> {
    return appointmentViews(this.db, clinic, rows);
  }

  /** Checks what is asked for and expands it into visits; clashes are looked for separately. */
  private async plan(
    context: ClinicContext,
    input: BookingInput,
  ): Promise<{
    client: ClientTable;
    occurrences: Occurrence[];
    timeZone: string;
    durationMinutes: number;
    bufferMinutes: number;
  }> {
    const client = await this.access.client(context, input.clientId, 'appointment.book');
    if (client.erased_at) throw new HttpProblem(409, 'This client\u2019s record was erased on request');
    await this.checkTherapist(context, input.therapistId);
    if (input.roomId) await this.checkRoom(context, input.roomId);
    const type = (await new CalendarRepository(this.db).types(context.clinic.id)).find(
      (t) => t.id === input.typeId && !t.archived_at,
    );
    if (!type) {
      throw new HttpProblem(400, 'body.typeId: not an appointment type of this clinic', [
        { field: 'body.typeId', message: 'not an appointment type of this clinic' },
      ]);
    }
    const timeZone = input.timeZone ?? context.clinic.time_zone;
    if (!isTimeZone(timeZone)) {
      throw new HttpProblem(400, `body.timeZone: unknown time zone "${timeZone}"`, [
        { field: 'body.timeZone', message: `unknown time zone "${timeZone}"` },
      ]);
    }
    let occurrences: Occurrence[];
    try {
      occurrences = expandSeries({
        start: input.start,
        timeZone,
        durationMinutes: type.duration_minutes,
        rule: input.repeat ?? { frequency: 'weekly', interval: 1, count: 1 },
      });
    } catch (error) {
      recurrenceProblem(error);
    }
    return {
      client,
      occurrences,
      timeZone,
      durationMinutes: type.duration_minutes,
      bufferMinutes: type.buffer_minutes,
    };
  }

  /**
   * Takes the diary locks of the therapist and room inside `trx` (CalendarRepository.lockDiaries), or
   * refuses a therapist or room that stopped being one since it was checked.
   */
  private async lockDiaries(
    trx: Kysely<Database>,
    context: ClinicContext,
    therapistId: string,
    roomId: string | null,
  ): Promise<void> {
    if (await new CalendarRepository(trx).lockDiaries(context.clinic.id, therapistId, roomId)) return;
    await this.checkTherapist(context, therapistId, trx);
    if (roomId) await this.checkRoom(context, roomId, trx);
    throw new HttpProblem(409, 'The therapist or room changed meanwhile: try again');
  }

  private async checkTherapist(context: ClinicContext, therapistId: string, db = this.db): Promise<void> {
    const membership = await new UserRepository(db).membership(context.clinic.id, therapistId);
    if (!membership || (membership.role !== 'therapist' && membership.role !== 'owner')) {
      throw new HttpProblem(400, 'body.therapistId: not a therapist of this clinic', [
        { field: 'body.therapistId', message: 'not a therapist of this clinic' },
      ]);
    }
  }

  private async checkRoom(context: ClinicContext, roomId: string, db = this.db): Promise<void> {
    const room = (await new CalendarRepository(db).rooms(context.clinic.id)).find(
      (r) => r.id === roomId && !r.archived_at,
    );
    if (!room) {
      throw new HttpProblem(400, 'body.roomId: not a room of this clinic', [
        { field: 'body.roomId', message: 'not a room of this clinic' },
      ]);
    }
  }
}
