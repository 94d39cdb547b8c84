import { findClashes, type Clash, type WorkingHours } from '@myomap/core/scheduling/conflicts.ts';
import { isTimeZone, localToUtc, utcToLocal } from '@myomap/core/scheduling/local-time.ts';
import {
  describeRule,
  expandSeries,
  RecurrenceError,
  splitRule,
  toRRule,
  type Occurrence,
  type RecurrenceRule,
} from '@myomap/core/scheduling/recurrence.ts';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { AppointmentSeriesTable, AppointmentTable } from '../db/calendar-schema.ts';
import type { ClientTable, ClinicTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClientRepository } from '../repositories/client.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { OutboxService } from './outbox.service.ts';

export interface AppointmentView {
  id: string;
  seriesId: string | null;
  occurrenceIndex: number | null;
  therapistId: string;
  therapistName: string;
  clientId: string;
  clientName: string;
  typeId: string;
  typeName: string;
  roomId: string | null;
  roomName: string | null;
  startUtc: string;
  endUtc: string;
  /** Wall-clock start in the visit's time zone, `YYYY-MM-DDTHH:mm`. */
  localStart: string;
  timeZone: string;
  status: AppointmentTable['status'];
  note: string | null;
  repeat: string | null;
}

export interface ClashView {
  index: number;
  startUtc: string;
  endUtc: string;
  localStart: string;
  reason: Clash['reason'];
  withAppointmentId: string | null;
  message: string;
}

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

export type ChangeScope = 'this' | 'following' | 'series';

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

const REASON_WORDS: Record<Clash['reason'], string> = {
  'therapist-busy': 'the therapist has another visit',
  'room-busy': 'the room is taken',
  'outside-working-hours': 'outside the therapist\u2019s working hours',
  'time-off': 'the therapist is off',
};

function readableLocal(localStart: string): string {
  return DateTime.fromISO(localStart).toFormat('ccc d LLL yyyy, HH:mm');
}

function clashView(clash: Clash, timeZone: string): ClashView {
  const localStart = utcToLocal(clash.visit.startUtc, timeZone);
  return {
    index: clash.index,
    startUtc: clash.visit.startUtc,
    endUtc: clash.visit.endUtc,
    localStart,
    reason: clash.reason,
    withAppointmentId: clash.with && 'id' in clash.with ? (clash.with.id ?? null) : null,
    message: `${readableLocal(localStart)}: ${REASON_WORDS[clash.reason]}`,
  };
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

/** Wall-clock arithmetic: the same local time shifted by whole minutes of clock time. */
function shiftLocal(localStart: string, minutes: number): string {
  return DateTime.fromISO(localStart).plus({ minutes }).toFormat("yyyy-LL-dd'T'HH:mm");
}

function minutesBetween(fromLocal: string, toLocal: string): number {
  return Math.round(DateTime.fromISO(toLocal).diff(DateTime.fromISO(fromLocal), 'minutes').minutes);
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
    await this.access.audit(context, 'appointments.check', plan.client.id);
    const clashing = new Set(plan.clashes.map((c) => c.index));
    return {
      occurrences: plan.occurrences.map((o) => ({ ...o, clash: clashing.has(o.index) })),
      clashes: plan.clashes,
    };
  }

  async book(actor: Actor, clinicId: string, input: BookingInput): Promise<BookingResult> {
    const context = await this.access.enter(actor, clinicId, 'calendar.book', 'appointment.book');
    return this.bookIn(context, input);
  }

  /** Books for an already-entered clinic (the portal's requests come through here too). */
  async bookIn(context: ClinicContext, input: BookingInput): Promise<BookingResult> {
    const plan = await this.plan(context, input);
    if (plan.clashes.length > 0 && (input.onClash ?? 'refuse') === 'refuse') {
      await this.access.audit(context, 'appointment.book', plan.client.id, 'failure');
      throw new HttpProblem(
        409,
        `${plan.clashes.length} of ${plan.occurrences.length} visits clash; nothing was booked. Move them, or book the rest and skip these.`,
        plan.clashes.map((c) => ({ field: `occurrences[${c.index}]`, message: c.message })),
      );
    }
    const clashing = new Set(plan.clashes.map((c) => c.index));
    const now = new Date().toISOString();
    const result = await this.db.transaction().execute(async (trx) => {
      const calendar = new CalendarRepository(trx);
      const series = input.repeat
        ? await calendar.addSeries(context.clinic.id, {
            therapist_id: input.therapistId,
            client_id: plan.client.id,
            type_id: input.typeId,
            room_id: input.roomId ?? null,
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
          room_id: input.roomId ?? null,
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
      for (const row of live) await this.queueReminders(context.clinic, row, plan.client, trx);
      await this.access.audit(
        context,
        input.status === 'requested' ? 'appointment.request' : 'appointment.book',
        plan.client.id,
        'success',
        trx,
      );
      return { series, live };
    });
    return {
      seriesId: result.series?.id ?? null,
      repeat: input.repeat ? describeRule(input.repeat) : null,
      booked: await this.views(context.clinic, result.live),
      skipped: plan.clashes,
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
    const calendar = new CalendarRepository(this.db);
    const series = appointment.series_id ? await calendar.series(context.clinic.id, appointment.series_id) : undefined;
    const scope: ChangeScope = series ? input.scope : 'this';
    const zone = series?.time_zone ?? context.clinic.time_zone;
    const inScope = (await this.inScope(context.clinic.id, appointment, series, scope)).filter(
      (a) => a.status !== 'cancelled',
    );
    const delta = input.start ? minutesBetween(utcToLocal(appointment.start_utc, zone), input.start) : 0;
    if (input.start && !DateTime.fromISO(input.start).isValid) {
      throw new HttpProblem(400, 'body.start: must be a local date-time YYYY-MM-DDTHH:mm', [
        { field: 'body.start', message: 'must be a local date-time YYYY-MM-DDTHH:mm' },
      ]);
    }
    const therapistId = input.therapistId ?? appointment.therapist_id;
    if (input.therapistId) await this.checkTherapist(context, input.therapistId);
    const roomId = input.roomId === undefined ? appointment.room_id : input.roomId;
    if (input.roomId) await this.checkRoom(context, input.roomId);
    const moved = inScope.map((a) => {
      const duration = Date.parse(a.end_utc) - Date.parse(a.start_utc);
      const startUtc = delta === 0 ? a.start_utc : localToUtc(shiftLocal(utcToLocal(a.start_utc, zone), delta), zone);
      return {
        row: a,
        startUtc,
        endUtc: new Date(Date.parse(startUtc) + duration).toISOString().replace('.000Z', 'Z'),
      };
    });
    const ids = new Set(inScope.map((a) => a.id));
    const first = moved.reduce(
      (min, m) => (m.startUtc < min ? m.startUtc : min),
      moved[0]?.startUtc ?? appointment.start_utc,
    );
    const last = moved.reduce((max, m) => (m.endUtc > max ? m.endUtc : max), moved[0]?.endUtc ?? appointment.end_utc);
    const busy = (
      await calendar.busy(context.clinic.id, therapistId, roomId, shiftIso(first, -24 * 60), shiftIso(last, 24 * 60))
    ).filter((b) => !ids.has(b.id));
    const hours = await this.workingHours(context.clinic.id, therapistId);
    const clashes = findClashes(
      moved.map((m, index) => ({ index, startUtc: m.startUtc, endUtc: m.endUtc })),
      { therapistId, roomId, bufferMinutes: appointment.buffer_minutes },
      busy.map((b) => ({
        id: b.id,
        startUtc: b.start_utc,
        endUtc: b.end_utc,
        therapistId: b.therapist_id,
        roomId: b.room_id,
        bufferMinutes: b.buffer_minutes,
      })),
      hours,
    ).map((c) => clashView(c, zone));
    if (clashes.length > 0 && (input.start || input.therapistId || input.roomId)) {
      await this.access.audit(context, 'appointment.change', appointment.client_id, 'failure');
      throw new HttpProblem(
        409,
        `${clashes.length} visit${clashes.length === 1 ? '' : 's'} would clash; nothing was changed.`,
        clashes.map((c) => ({ field: `occurrences[${c.index}]`, message: c.message })),
      );
    }
    const client = await new ClientRepository(this.db).find(context.clinic.id, appointment.client_id);
    await this.db.transaction().execute(async (trx) => {
      const repo = new CalendarRepository(trx);
      for (const m of moved) {
        await repo.updateAppointment(context.clinic.id, m.row.id, {
          start_utc: m.startUtc,
          end_utc: m.endUtc,
          therapist_id: therapistId,
          room_id: roomId,
          ...(input.note !== undefined ? { note: input.note } : {}),
          ...(input.confirm ? { status: 'booked' as const } : {}),
        });
        if (client) {
          await this.queueReminders(
            context.clinic,
            { ...m.row, start_utc: m.startUtc, end_utc: m.endUtc, therapist_id: therapistId },
            client,
            trx,
          );
        }
      }
      if (series && delta !== 0) await this.reshapeSeries(repo, context.clinic.id, series, appointment, scope, delta);
      await this.access.audit(
        context,
        input.confirm ? 'appointment.confirm' : 'appointment.change',
        appointment.client_id,
        'success',
        trx,
      );
    });
    const fresh = await new CalendarRepository(this.db).appointments(context.clinic.id, {
      clientId: appointment.client_id,
      includeCancelled: true,
    });
    return this.views(
      context.clinic,
      fresh.filter((a) => ids.has(a.id)),
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
    const targets = (await this.inScope(context.clinic.id, appointment, series, series ? scope : 'this')).filter(
      (a) => a.status !== 'cancelled',
    );
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
  async views(clinic: ClinicTable, rows: readonly AppointmentTable[]): Promise<AppointmentView[]> {
    const calendar = new CalendarRepository(this.db);
    const [types, rooms, series, names, clientNames] = await Promise.all([
      calendar.types(clinic.id),
      calendar.rooms(clinic.id),
      calendar.seriesByIds(
        clinic.id,
        rows.flatMap((r) => (r.series_id ? [r.series_id] : [])),
      ),
      new UserRepository(this.db).namesOf(rows.map((r) => r.therapist_id)),
      new ClientRepository(this.db).namesOf(
        clinic.id,
        rows.map((r) => r.client_id),
      ),
    ]);
    const typeNames = new Map(types.map((t) => [t.id, t.name]));
    const roomNames = new Map(rooms.map((r) => [r.id, r.name]));
    const seriesById = new Map(series.map((s) => [s.id, s]));
    return rows.map((row) => {
      const s = row.series_id ? seriesById.get(row.series_id) : undefined;
      const zone = s?.time_zone ?? clinic.time_zone;
      return {
        id: row.id,
        seriesId: row.series_id,
        occurrenceIndex: row.occurrence_index,
        therapistId: row.therapist_id,
        therapistName: names.get(row.therapist_id) ?? 'Former staff member',
        clientId: row.client_id,
        clientName: clientNames.get(row.client_id) ?? 'Client',
        typeId: row.type_id,
        typeName: typeNames.get(row.type_id) ?? 'Visit',
        roomId: row.room_id,
        roomName: row.room_id ? (roomNames.get(row.room_id) ?? null) : null,
        startUtc: row.start_utc,
        endUtc: row.end_utc,
        localStart: utcToLocal(row.start_utc, zone),
        timeZone: zone,
        status: row.status,
        note: row.note,
        repeat: s
          ? describeRule({
              frequency: s.frequency,
              interval: s.interval,
              count: s.count ?? undefined,
              until: s.until ?? undefined,
            })
          : null,
      };
    });
  }

  private async plan(
    context: ClinicContext,
    input: BookingInput,
  ): Promise<{
    client: ClientTable;
    occurrences: Occurrence[];
    clashes: ClashView[];
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
    const first = occurrences[0]!;
    const last = occurrences.at(-1)!;
    const busy = await new CalendarRepository(this.db).busy(
      context.clinic.id,
      input.therapistId,
      input.roomId ?? null,
      shiftIso(first.startUtc, -24 * 60),
      shiftIso(last.endUtc, 24 * 60),
    );
    const hours = await this.workingHours(context.clinic.id, input.therapistId);
    const clashes = findClashes(
      occurrences,
      { therapistId: input.therapistId, roomId: input.roomId ?? null, bufferMinutes: type.buffer_minutes },
      busy.map((b) => ({
        id: b.id,
        startUtc: b.start_utc,
        endUtc: b.end_utc,
        therapistId: b.therapist_id,
        roomId: b.room_id,
        bufferMinutes: b.buffer_minutes,
      })),
      hours,
    ).map((c) => clashView(c, timeZone));
    return {
      client,
      occurrences,
      clashes,
      timeZone,
      durationMinutes: type.duration_minutes,
      bufferMinutes: type.buffer_minutes,
    };
  }

  private async inScope(
    clinicId: string,
    appointment: AppointmentTable,
    series: AppointmentSeriesTable | undefined,
    scope: ChangeScope,
  ): Promise<AppointmentTable[]> {
    if (!series || scope === 'this') return [appointment];
    const all = await new CalendarRepository(this.db).seriesAppointments(clinicId, series.id);
    return scope === 'series'
      ? all
      : all.filter((a) => (a.occurrence_index ?? 0) >= (appointment.occurrence_index ?? 0));
  }

  /** Keeps the stored series (and so the feeds' RRULE) in step with visits moved together. */
  private async reshapeSeries(
    repo: CalendarRepository,
    clinicId: string,
    series: AppointmentSeriesTable,
    appointment: AppointmentTable,
    scope: ChangeScope,
    delta: number,
  ): Promise<void> {
    const rule: RecurrenceRule = {
      frequency: series.frequency,
      interval: series.interval,
      count: series.count ?? undefined,
      until: series.until ?? undefined,
    };
    if (scope === 'series' || (scope === 'following' && (appointment.occurrence_index ?? 0) === 0)) {
      await repo.updateSeries(clinicId, series.id, { start_local: shiftLocal(series.start_local, delta) });
      return;
    }
    if (scope !== 'following') return;
    const index = appointment.occurrence_index ?? 0;
    const { before, after } = splitRule(rule, index);
    const originals = expandSeries({
      start: series.start_local,
      timeZone: series.time_zone,
      durationMinutes: series.duration_minutes,
      rule,
    });
    const from = originals[index];
    if (!from) return;
    const { id: _id, clinic_id: _clinic, ...definition } = series;
    const next = await repo.addSeries(clinicId, {
      ...definition,
      start_local: shiftLocal(from.localStart, delta),
      count: after.count ?? null,
      until: after.until ?? null,
      rrule: toRRule(after, series.time_zone),
      created_at: new Date().toISOString(),
    });
    await repo.updateSeries(clinicId, series.id, {
      count: before.count ?? null,
      until: null,
      rrule: toRRule(before, series.time_zone),
    });
    for (const a of await repo.seriesAppointments(clinicId, series.id)) {
      if ((a.occurrence_index ?? 0) >= index) {
        await repo.updateAppointment(clinicId, a.id, {
          series_id: next.id,
          occurrence_index: (a.occurrence_index ?? 0) - index,
        });
      }
    }
  }

  private async workingHours(clinicId: string, therapistId: string): Promise<WorkingHours | undefined> {
    const row = await new CalendarRepository(this.db).hours(clinicId, therapistId);
    if (!row) return undefined;
    return {
      timeZone: row.time_zone,
      weekly: JSON.parse(row.weekly) as WorkingHours['weekly'],
      exceptions: JSON.parse(row.exceptions) as WorkingHours['exceptions'],
      timeOff: JSON.parse(row.time_off) as WorkingHours['timeOff'],
    };
  }

  private async checkTherapist(context: ClinicContext, therapistId: string): Promise<void> {
    const membership = await new UserRepository(this.db).membership(context.clinic.id, therapistId);
    if (!membership || (membership.role !== 'therapist' && membership.role !== 'owner')) {
      throw new HttpProblem(400, 'body.therapistId: not a therapist of this clinic', [
        { field: 'body.therapistId', message: 'not a therapist of this clinic' },
      ]);
    }
  }

  private async checkRoom(context: ClinicContext, roomId: string): Promise<void> {
    const room = (await new CalendarRepository(this.db).rooms(context.clinic.id)).find(
      (r) => r.id === roomId && !r.archived_at,
    );
    if (!room) {
      throw new HttpProblem(400, 'body.roomId: not a room of this clinic', [
        { field: 'body.roomId', message: 'not a room of this clinic' },
      ]);
    }
  }

  /** Reminder emails for one visit, replacing any queued for it; only the time and who, never health data. */
  private async queueReminders(
    clinic: ClinicTable,
    appointment: AppointmentTable,
    client: ClientTable,
    db: Kysely<Database>,
  ): Promise<void> {
    if (clinic.reminder_hours <= 0 || appointment.status === 'cancelled') return;
    const sendAt = new Date(Date.parse(appointment.start_utc) - clinic.reminder_hours * 3_600_000);
    if (sendAt.getTime() < Date.now()) return;
    const therapist = await new UserRepository(db).findById(appointment.therapist_id);
    const when = DateTime.fromISO(appointment.start_utc, { zone: 'UTC' })
      .setZone(clinic.time_zone)
      .toFormat("cccc d LLLL yyyy 'at' HH:mm");
    const footer = `\n\nTo move or cancel, sign in to the client portal or contact ${clinic.name}.\n\n— ${clinic.name}, via Myomap`;
    if (client.email) {
      await this.outbox.replace(
        clinic.id,
        {
          reference: `appointment:${appointment.id}:reminder:client`,
          to: client.email,
          subject: `Reminder: your visit on ${when}`,
          text: `Hello ${client.name},\n\nThis is a reminder of your visit at ${clinic.name} on ${when} (${clinic.time_zone}) with ${therapist?.name ?? 'your therapist'}.${footer}`,
          sendAfter: sendAt,
        },
        db,
      );
    }
    if (therapist) {
      await this.outbox.replace(
        clinic.id,
        {
          reference: `appointment:${appointment.id}:reminder:therapist`,
          to: therapist.email,
          subject: `Reminder: visit on ${when}`,
          text: `Hello ${therapist.name},\n\nYou have a visit at ${clinic.name} on ${when} (${clinic.time_zone}). Open Myomap to see who and the notes.\n\n— Myomap`,
          sendAfter: sendAt,
        },
        db,
      );
    }
  }
}

function shiftIso(instant: string, minutes: number): string {
  return new Date(Date.parse(instant) + minutes * 60_000).toISOString();
}
