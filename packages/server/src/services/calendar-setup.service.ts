import { CLOCK_TIME, isTimeZone, LOCAL_DATE } from '@myomap/core/scheduling/local-time.ts';
import type { WorkingHours } from '@myomap/core/scheduling/conflicts.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { ClinicAccess, type Actor } from './clinic-access.ts';

export interface Room {
  id: string;
  name: string;
  archived: boolean;
}

export interface AppointmentType {
  id: string;
  name: string;
  durationMinutes: number;
  bufferMinutes: number;
  archived: boolean;
}

export type WorkingHoursView = WorkingHours & { therapistId: string };

function bad(field: string, message: string): never {
  throw new HttpProblem(400, `${field}: ${message}`, [{ field, message }]);
}

/** What the diary is built from: rooms, appointment types (owner) and each therapist's working hours. */
export class CalendarSetupService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  async rooms(actor: Actor, clinicId: string): Promise<Room[]> {
    const context = await this.access.enter(actor, clinicId, 'calendar.view', 'rooms.read');
    await this.access.audit(context, 'rooms.read', null);
    return (await new CalendarRepository(this.db).rooms(clinicId)).map((r) => ({
      id: r.id,
      name: r.name,
      archived: r.archived_at !== null,
    }));
  }

  async addRoom(actor: Actor, clinicId: string, name: string): Promise<Room> {
    const context = await this.access.enter(actor, clinicId, 'calendar.setup', 'rooms.add');
    const row = await new CalendarRepository(this.db).addRoom(clinicId, name);
    await this.access.audit(context, 'rooms.add', null);
    return { id: row.id, name: row.name, archived: false };
  }

  async archive(actor: Actor, clinicId: string, table: 'rooms' | 'appointment_types', id: string): Promise<void> {
    const context = await this.access.enter(actor, clinicId, 'calendar.setup', `${table}.archive`);
    if (!(await new CalendarRepository(this.db).archive(table, clinicId, id))) throw new HttpProblem(404, 'Not found');
    await this.access.audit(context, `${table}.archive`, null);
  }

  async types(actor: Actor, clinicId: string): Promise<AppointmentType[]> {
    const context = await this.access.enter(actor, clinicId, 'calendar.view', 'appointment-types.read');
    await this.access.audit(context, 'appointment-types.read', null);
    return (await new CalendarRepository(this.db).types(clinicId)).map((t) => ({
      id: t.id,
      name: t.name,
      durationMinutes: t.duration_minutes,
      bufferMinutes: t.buffer_minutes,
      archived: t.archived_at !== null,
    }));
  }

  async addType(
    actor: Actor,
    clinicId: string,
    input: { name: string; durationMinutes: number; bufferMinutes: number },
  ): Promise<AppointmentType> {
    const context = await this.access.enter(actor, clinicId, 'calendar.setup', 'appointment-types.add');
    const row = await new CalendarRepository(this.db).addType(clinicId, {
      name: input.name,
      duration_minutes: input.durationMinutes,
      buffer_minutes: input.bufferMinutes,
    });
    await this.access.audit(context, 'appointment-types.add', null);
    return {
      id: row.id,
      name: row.name,
      durationMinutes: row.duration_minutes,
      bufferMinutes: row.buffer_minutes,
      archived: false,
    };
  }

  async hours(actor: Actor, clinicId: string, therapistId: string): Promise<WorkingHoursView> {
    const context = await this.access.enter(actor, clinicId, 'calendar.view', 'working-hours.read');
    const row = await new CalendarRepository(this.db).hours(clinicId, therapistId);
    await this.access.audit(context, 'working-hours.read', null);
    if (!row) {
      if (!(await new UserRepository(this.db).membership(clinicId, therapistId)))
        throw new HttpProblem(404, 'Therapist not found');
      // No hours set yet: an empty pattern means "not checked" until the therapist sets theirs.
      return { therapistId, timeZone: context.clinic.time_zone, weekly: [], exceptions: [], timeOff: [] };
    }
    return {
      therapistId,
      timeZone: row.time_zone,
      weekly: JSON.parse(row.weekly) as WorkingHours['weekly'],
      exceptions: JSON.parse(row.exceptions) as WorkingHours['exceptions'],
      timeOff: JSON.parse(row.time_off) as WorkingHours['timeOff'],
    };
  }

  /** The owner sets anyone's hours; a therapist sets their own. */
  async setHours(actor: Actor, clinicId: string, therapistId: string, hours: WorkingHours): Promise<WorkingHoursView> {
    const permission = actor.userId === therapistId ? 'calendar.book' : 'calendar.setup';
    const context = await this.access.enter(actor, clinicId, permission, 'working-hours.update');
    const membership = await new UserRepository(this.db).membership(clinicId, therapistId);
    if (!membership || (membership.role !== 'therapist' && membership.role !== 'owner'))
      throw new HttpProblem(404, 'Therapist not found');
    validateHours(hours);
    await new CalendarRepository(this.db).saveHours({
      clinic_id: clinicId,
      therapist_id: therapistId,
      time_zone: hours.timeZone,
      weekly: JSON.stringify(hours.weekly),
      exceptions: JSON.stringify(hours.exceptions),
      time_off: JSON.stringify(hours.timeOff),
      updated_at: new Date().toISOString(),
    });
    await this.access.audit(context, 'working-hours.update', null);
    return { therapistId, ...hours };
  }
}

function validateHours(hours: WorkingHours): void {
  if (!isTimeZone(hours.timeZone)) bad('body.timeZone', `unknown time zone "${hours.timeZone}"`);
  const window = (start: string, end: string, field: string) => {
    if (!CLOCK_TIME.test(start)) bad(`${field}.start`, 'must be a time HH:mm');
    if (!CLOCK_TIME.test(end)) bad(`${field}.end`, 'must be a time HH:mm');
    if (end <= start) bad(`${field}.end`, 'must be after the start');
  };
  hours.weekly.forEach((w, i) => window(w.start, w.end, `body.weekly[${i}]`));
  hours.exceptions.forEach((e, i) => {
    if (!LOCAL_DATE.test(e.date)) bad(`body.exceptions[${i}].date`, 'must be a date YYYY-MM-DD');
    e.windows.forEach((w, j) => window(w.start, w.end, `body.exceptions[${i}].windows[${j}]`));
  });
  hours.timeOff.forEach((t, i) => {
    if (Number.isNaN(Date.parse(t.startUtc))) bad(`body.timeOff[${i}].startUtc`, 'must be a date-time');
    if (Number.isNaN(Date.parse(t.endUtc)) || t.endUtc <= t.startUtc)
      bad(`body.timeOff[${i}].endUtc`, 'must be after the start');
  });
}
