import { randomUUID } from 'node:crypto';
import { assessChange, type ChangeAssessment } from '@myomap/core/outcomes/change.ts';
import { findInstrument, type InstrumentId, type InstrumentScore } from '@myomap/core/outcomes/instruments/index.ts';
import { scoreResponse, type QuestionnaireResponseInput } from '@myomap/core/outcomes/responses.ts';
import { isDue, scheduleRuleSchema, type ScheduleRule } from '@myomap/core/outcomes/schedule.ts';
import type { Kysely } from 'kysely';
import type { ClientTable, Database, QuestionnaireResponseTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';

export interface ScheduleView {
  id: string;
  instrument: InstrumentId;
  instrumentName: string;
  rule: ScheduleRule;
  /** Due for the client's next visit. */
  due: boolean;
  createdAt: string;
}

export interface ResponseView {
  id: string;
  instrument: InstrumentId;
  instrumentName: string;
  completedOn: string;
  visitNumber: number;
  score: InstrumentScore;
}

/** A response as the client's export carries it: with the answers given. */
export interface ExportedResponse extends ResponseView {
  answers: unknown;
}

export interface QuestionnaireOverview {
  /** The visit being prepared: the client's past visits plus one. */
  nextVisitNumber: number;
  schedules: ScheduleView[];
  responses: ResponseView[];
  /** For each instrument with two or more scored responses: first against latest, with the cited threshold. */
  changes: { instrument: InstrumentId; from: string; to: string; assessment: ChangeAssessment }[];
}

/**
 * Questionnaires: a therapist schedules one for a client (once, before every visit, every N visits), the
 * client (portal) or the clinic (from its licensed copy of the form) records answers, Myomap scores them by
 * the instrument's rules and compares the first with the latest against the published threshold.
 */
export class QuestionnaireService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  async schedule(
    actor: Actor,
    clinicId: string,
    clientId: string,
    input: { instrument: InstrumentId; rule: unknown },
  ): Promise<QuestionnaireOverview> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'questionnaire.schedule');
    const client = await this.access.client(context, clientId, 'questionnaire.schedule');
    refuseErased(client);
    const rule = scheduleRuleSchema.safeParse(input.rule);
    if (!rule.success) {
      const errors = rule.error.issues.map((i) => ({
        field: `body.rule${i.path.length ? `.${i.path.join('.')}` : ''}`,
        message: i.message,
      }));
      throw new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('questionnaire_schedules')
        .values({
          id: randomUUID(),
          clinic_id: clinicId,
          client_id: client.id,
          instrument: input.instrument,
          rule: JSON.stringify(rule.data),
          created_by: actor.userId,
          created_at: new Date().toISOString(),
          ended_at: null,
        })
        .execute();
      await this.access.audit(context, 'questionnaire.schedule', client.id, 'success', trx);
    });
    return this.overviewOf(client);
  }

  async overview(actor: Actor, clinicId: string, clientId: string): Promise<QuestionnaireOverview> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.read', 'questionnaires.read');
    const client = await this.access.client(context, clientId, 'questionnaires.read');
    await this.access.audit(context, 'questionnaires.read', client.id);
    return this.overviewOf(client);
  }

  async recordInClinic(
    actor: Actor,
    clinicId: string,
    clientId: string,
    input: QuestionnaireResponseInput,
  ): Promise<QuestionnaireOverview> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.write', 'questionnaire.record');
    const client = await this.access.client(context, clientId, 'questionnaire.record');
    return this.record(context, client, input);
  }

  /** For the portal (context entered as the client) and the clinic alike. */
  async record(
    context: ClinicContext,
    client: ClientTable,
    input: QuestionnaireResponseInput,
  ): Promise<QuestionnaireOverview> {
    refuseErased(client);
    const scored = scoreResponse(input.instrument, input.answers);
    if (!scored.ok) {
      const errors = scored.issues.map((i) => ({ field: `body.${i.path}`, message: i.message }));
      throw new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
    if (!scored.response.score.ok) {
      throw new HttpProblem(400, `body.answers: cannot be scored: ${scored.response.score.reason}`, [
        { field: 'body.answers', message: `cannot be scored: ${scored.response.score.reason}` },
      ]);
    }
    const visitNumber = await this.nextVisitNumber(client);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('questionnaire_responses')
        .values({
          id: randomUUID(),
          clinic_id: client.clinic_id,
          client_id: client.id,
          instrument: input.instrument,
          answers: JSON.stringify(scored.response.answers),
          score: JSON.stringify(scored.response.score),
          completed_on: input.completedOn,
          visit_number: visitNumber,
          recorded_by: context.actor.userId,
          created_at: new Date().toISOString(),
        })
        .execute();
      await this.access.audit(context, 'questionnaire.record', client.id, 'success', trx);
    });
    return this.overviewOf(client);
  }

  async overviewOf(client: ClientTable): Promise<QuestionnaireOverview> {
    const [schedules, responses, nextVisitNumber] = await Promise.all([
      this.db
        .selectFrom('questionnaire_schedules')
        .selectAll()
        .where('clinic_id', '=', client.clinic_id)
        .where('client_id', '=', client.id)
        .where('ended_at', 'is', null)
        .orderBy('created_at')
        .execute(),
      this.db
        .selectFrom('questionnaire_responses')
        .selectAll()
        .where('clinic_id', '=', client.clinic_id)
        .where('client_id', '=', client.id)
        .orderBy('completed_on')
        .orderBy('created_at')
        .execute(),
      this.nextVisitNumber(client),
    ]);
    const responseViews = responses.map(responseView);
    const changes: QuestionnaireOverview['changes'] = [];
    for (const instrument of new Set(responseViews.map((r) => r.instrument))) {
      const scored = responseViews.filter((r) => r.instrument === instrument && r.score.ok);
      const first = scored[0];
      const last = scored.at(-1);
      if (first && last && first !== last && first.score.ok && last.score.ok) {
        changes.push({
          instrument,
          from: first.completedOn,
          to: last.completedOn,
          assessment: assessChange(instrument, first.score.score, last.score.score),
        });
      }
    }
    return {
      nextVisitNumber,
      schedules: schedules.map((s) => {
        const instrument = s.instrument as InstrumentId;
        const done = responses.filter((r) => r.instrument === instrument);
        const rule = JSON.parse(s.rule) as ScheduleRule;
        return {
          id: s.id,
          instrument,
          instrumentName: findInstrument(instrument).name,
          rule,
          due: isDue(
            { rule },
            {
              visitNumber: nextVisitNumber,
              lastCompletedVisitNumber: done.length ? Math.max(...done.map((r) => r.visit_number)) : null,
              completedCount: done.length,
            },
          ),
          createdAt: s.created_at,
        };
      }),
      responses: responseViews,
      changes,
    };
  }

  /** Schedules and every response with its answers, for the client's export (the caller audits it). */
  async exportOf(client: ClientTable): Promise<{ schedules: ScheduleView[]; responses: ExportedResponse[] }> {
    const [overview, rows] = await Promise.all([
      this.overviewOf(client),
      this.db
        .selectFrom('questionnaire_responses')
        .select(['id', 'answers'])
        .where('clinic_id', '=', client.clinic_id)
        .where('client_id', '=', client.id)
        .execute(),
    ]);
    const answers = new Map(rows.map((r) => [r.id, JSON.parse(r.answers) as unknown]));
    return {
      schedules: overview.schedules,
      responses: overview.responses.map((r) => ({ ...r, answers: answers.get(r.id) ?? null })),
    };
  }

  /** The visit being prepared: visits already held (not cancelled) plus one. */
  private async nextVisitNumber(client: ClientTable): Promise<number> {
    const row = await this.db
      .selectFrom('appointments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('clinic_id', '=', client.clinic_id)
      .where('client_id', '=', client.id)
      .where('status', '=', 'booked')
      .where('start_utc', '<', new Date().toISOString())
      .executeTakeFirstOrThrow();
    return Number(row.n) + 1;
  }
}

function refuseErased(client: ClientTable): void {
  if (client.erased_at) throw new HttpProblem(409, 'This client\u2019s record was erased on request');
}

function responseView(row: QuestionnaireResponseTable): ResponseView {
  const instrument = row.instrument as InstrumentId;
  return {
    id: row.id,
    instrument,
    instrumentName: findInstrument(instrument).name,
    completedOn: row.completed_on,
    visitNumber: row.visit_number,
    score: JSON.parse(row.score) as InstrumentScore,
  };
}
