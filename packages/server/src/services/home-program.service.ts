import {
  adherence,
  describeItem,
  dueDates,
  type Adherence,
  type HomeProgramDefinition,
  type HomeProgramItem,
  type HomeProgramLogInput,
} from '@myomap/core/practice/home-program.ts';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { HomeProgramLogTable, HomeProgramTable } from '../db/calendar-schema.ts';
import type { ClientTable, ClinicTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { HomeProgramRepository } from '../repositories/home-program.repository.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';
import { OutboxService } from './outbox.service.ts';

export interface HomeProgramView {
  id: string;
  title: string;
  items: (HomeProgramItem & { label: string })[];
  daysPerWeek: number;
  weeks: number;
  startDate: string;
  notes: string;
  therapistName: string;
  createdAt: string;
  endedAt: string | null;
  adherence: Adherence;
  logs: { id: string; doneOn: string; painBefore: number | null; painAfter: number | null; note: string | null }[];
}

/** Home time for reminders of routines due that day. */
const REMINDER_HOUR = 9;

/**
 * Home programs: a therapist sets one (from a session plan or by hand), the client logs routines in the
 * portal, the therapist sees adherence. On each due day the client gets a reminder email at 09:00.
 */
export class HomeProgramService {
  private readonly access: ClinicAccess;
  private readonly outbox: OutboxService;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
    this.outbox = new OutboxService(db);
  }

  async create(
    actor: Actor,
    clinicId: string,
    clientId: string,
    input: HomeProgramDefinition,
  ): Promise<HomeProgramView> {
    const context = await this.access.enter(actor, clinicId, 'home-programs.write', 'home-program.create');
    const client = await this.access.client(context, clientId, 'home-program.create');
    if (client.erased_at) throw new HttpProblem(409, 'This client\u2019s record was erased on request');
    const row = await this.db.transaction().execute(async (trx) => {
      const program = await new HomeProgramRepository(trx).add(clinicId, client.id, {
        therapist_id: actor.userId,
        title: input.title,
        items: JSON.stringify(input.items),
        days_per_week: input.daysPerWeek,
        weeks: input.weeks,
        start_date: input.startDate,
        notes: input.notes,
        created_at: new Date().toISOString(),
        ended_at: null,
      });
      if (client.email) {
        for (const date of dueDates(input)) {
          const sendAt = DateTime.fromISO(date, { zone: context.clinic.time_zone }).set({ hour: REMINDER_HOUR });
          if (sendAt.toMillis() < Date.now()) continue;
          await this.outbox.enqueue(
            clinicId,
            {
              reference: `home-program:${program.id}:${date}`,
              to: client.email,
              subject: `Today: ${input.title}`,
              text: `Hello ${client.name},\n\nToday is a day for your home routine "${input.title}" from ${context.clinic.name}. Open the client portal to run it with the guided timer and log it.\n\n— ${context.clinic.name}, via Myomap`,
              sendAfter: sendAt.toUTC().toJSDate(),
            },
            trx,
          );
        }
      }
      await this.access.audit(context, 'home-program.create', client.id, 'success', trx);
      return program;
    });
    return (await this.views(clinicId, client.id, [row], context.clinic.time_zone))[0]!;
  }

  async list(actor: Actor, clinicId: string, clientId: string): Promise<HomeProgramView[]> {
    const context = await this.access.enter(actor, clinicId, 'home-programs.read', 'home-programs.read');
    const client = await this.access.client(context, clientId, 'home-programs.read');
    const rows = await new HomeProgramRepository(this.db).list(clinicId, client.id);
    await this.access.audit(context, 'home-programs.read', client.id);
    return this.views(clinicId, client.id, rows, context.clinic.time_zone);
  }

  async end(actor: Actor, clinicId: string, clientId: string, programId: string): Promise<HomeProgramView> {
    const context = await this.access.enter(actor, clinicId, 'home-programs.write', 'home-program.end');
    const client = await this.access.client(context, clientId, 'home-program.end');
    const program = await this.program(context, client, programId, 'home-program.end');
    await this.db.transaction().execute(async (trx) => {
      await new HomeProgramRepository(trx).end(clinicId, client.id, program.id);
      for (const date of dueDates({
        daysPerWeek: program.days_per_week,
        weeks: program.weeks,
        startDate: program.start_date,
      })) {
        await this.outbox.cancel(clinicId, `home-program:${program.id}:${date}`, trx);
      }
      await this.access.audit(context, 'home-program.end', client.id, 'success', trx);
    });
    const fresh = await this.program(context, client, programId, 'home-program.end');
    return (await this.views(clinicId, client.id, [fresh], context.clinic.time_zone))[0]!;
  }

  /** The portal's view: the client's programs, for an already-entered portal context. */
  async forClient(context: ClinicContext, client: ClientTable): Promise<HomeProgramView[]> {
    const rows = await new HomeProgramRepository(this.db).list(client.clinic_id, client.id);
    await this.access.audit(context, 'home-programs.read', client.id);
    return this.views(client.clinic_id, client.id, rows, context.clinic.time_zone);
  }

  /** Every program of a client with its logs, for a caller that already checked access and audits it. */
  async viewsOf(clinic: ClinicTable, client: ClientTable): Promise<HomeProgramView[]> {
    const rows = await new HomeProgramRepository(this.db).list(client.clinic_id, client.id);
    return this.views(client.clinic_id, client.id, rows, clinic.time_zone);
  }

  async log(
    context: ClinicContext,
    client: ClientTable,
    programId: string,
    input: HomeProgramLogInput,
  ): Promise<HomeProgramView> {
    const program = await this.program(context, client, programId, 'home-program.log');
    const today = DateTime.now().setZone(context.clinic.time_zone).toISODate() ?? '';
    if (input.doneOn > today) {
      throw new HttpProblem(400, 'body.doneOn: cannot log a routine in the future', [
        { field: 'body.doneOn', message: 'cannot log a routine in the future' },
      ]);
    }
    if (input.doneOn < program.start_date) {
      throw new HttpProblem(400, 'body.doneOn: is before the program started', [
        { field: 'body.doneOn', message: 'is before the program started' },
      ]);
    }
    await this.db.transaction().execute(async (trx) => {
      await new HomeProgramRepository(trx).addLog(client.clinic_id, client.id, {
        program_id: program.id,
        done_on: input.doneOn,
        pain_before: input.painBefore ?? null,
        pain_after: input.painAfter ?? null,
        note: input.note ?? null,
        created_at: new Date().toISOString(),
      });
      // Done before the reminder went out: no need to send it.
      await this.outbox.cancel(client.clinic_id, `home-program:${program.id}:${input.doneOn}`, trx);
      await this.access.audit(context, 'home-program.log', client.id, 'success', trx);
    });
    return (await this.views(client.clinic_id, client.id, [program], context.clinic.time_zone))[0]!;
  }

  private async program(
    context: ClinicContext,
    client: ClientTable,
    programId: string,
    action: string,
  ): Promise<HomeProgramTable> {
    const program = await new HomeProgramRepository(this.db).find(client.clinic_id, client.id, programId);
    if (!program) {
      await this.access.audit(context, action, client.id, 'denied');
      throw new HttpProblem(404, 'Home program not found');
    }
    return program;
  }

  private async views(
    clinicId: string,
    clientId: string,
    rows: readonly HomeProgramTable[],
    zone: string,
  ): Promise<HomeProgramView[]> {
    const logs = await new HomeProgramRepository(this.db).logs(clinicId, clientId);
    const names = await new UserRepository(this.db).namesOf(rows.map((r) => r.therapist_id));
    const today = DateTime.now().setZone(zone).toISODate() ?? '';
    return rows.map((row) => {
      const mine: HomeProgramLogTable[] = logs.filter((l) => l.program_id === row.id);
      const items = JSON.parse(row.items) as HomeProgramItem[];
      return {
        id: row.id,
        title: row.title,
        items: items.map((item) => ({ ...item, label: describeItem(item) })),
        daysPerWeek: row.days_per_week,
        weeks: row.weeks,
        startDate: row.start_date,
        notes: row.notes,
        therapistName: names.get(row.therapist_id) ?? 'Former staff member',
        createdAt: row.created_at,
        endedAt: row.ended_at,
        adherence: adherence(
          { daysPerWeek: row.days_per_week, weeks: row.weeks, startDate: row.start_date },
          mine.map((l) => ({ doneOn: l.done_on, painBefore: l.pain_before, painAfter: l.pain_after })),
          row.ended_at ? (row.ended_at.slice(0, 10) < today ? row.ended_at.slice(0, 10) : today) : today,
        ),
        logs: mine.map((l) => ({
          id: l.id,
          doneOn: l.done_on,
          painBefore: l.pain_before,
          painAfter: l.pain_after,
          note: l.note,
        })),
      };
    });
  }
}
