import type { OutcomeEntry } from '@myomap/core/outcomes/measures.ts';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { ClientTable, ClinicTable, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { buildProgressReport, type ProgressReport } from '../report/progress-report.ts';
import { AuditRepository } from '../repositories/audit.repository.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClinicRepository } from '../repositories/clinic.repository.ts';
import { OutcomeRepository } from '../repositories/outcome.repository.ts';
import { MYOMAP_VERSION } from '../version.ts';
import { ClinicAccess, type Actor } from './clinic-access.ts';
import { loadClientRecord } from './client-record.ts';
import { QuestionnaireService } from './questionnaire.service.ts';

/** The command line asked for a report on a client that is not there. */
export class ReportNotFound extends Error {}

export interface ReportRange {
  from?: string | undefined;
  to?: string | undefined;
}

export interface ProgressReportFile extends ProgressReport {
  /** A download name without the client's name in it: `progress-report-<client id>-<date>.pdf`. */
  filename: string;
  clientId: string;
  clinicId: string;
}

const ACTION = 'client.report';

/** `from` after `to` is the one range the query schema cannot refuse on its own. */
function checkRange(range: ReportRange): void {
  if (range.from && range.to && range.from > range.to) {
    throw new HttpProblem(400, 'query.from: must not be after query.to', [
      { field: 'query.from', message: 'must not be after query.to' },
    ]);
  }
}

/**
 * Progress reports (PDF) for a doctor or an insurer. A clinician with the export permission asks over HTTP;
 * an operator with the database asks from the command line. Either way the access leaves one audit row.
 */
export class ReportService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  async progressReport(
    actor: Actor,
    clinicId: string,
    clientId: string,
    range: ReportRange,
  ): Promise<ProgressReportFile> {
    const context = await this.access.enter(actor, clinicId, 'clients.export', ACTION);
    const client = await this.access.client(context, clientId, ACTION);
    checkRange(range);
    const report = await this.build(context.clinic, client, range);
    await this.access.audit(context, ACTION, client.id);
    return report;
  }

  /**
   * From the command line: a client id is unique, so the clinic is optional. Whoever runs it holds the
   * database already; the access is logged all the same, with no actor and `cli` as its origin.
   */
  async progressReportFromCli(
    clientId: string,
    options: ReportRange & { clinicId?: string | undefined },
  ): Promise<ProgressReportFile> {
    let query = this.db.selectFrom('clients').selectAll().where('id', '=', clientId);
    if (options.clinicId) query = query.where('clinic_id', '=', options.clinicId);
    const client = await query.executeTakeFirst();
    const clinic = client ? await new ClinicRepository(this.db).findById(client.clinic_id) : undefined;
    if (!client || !clinic) {
      throw new ReportNotFound(`no client ${clientId}${options.clinicId ? ` in clinic ${options.clinicId}` : ''}`);
    }
    checkRange(options);
    const report = await this.build(clinic, client, options);
    await new AuditRepository(this.db).record({
      clinic_id: clinic.id,
      actor_id: null,
      origin: 'cli',
      action: ACTION,
      subject_type: 'client',
      subject_id: client.id,
      outcome: 'success',
    });
    return report;
  }

  private async build(clinic: ClinicTable, client: ClientTable, range: ReportRange): Promise<ProgressReportFile> {
    const zone = clinic.time_zone;
    const localDate = (instant: string): string =>
      DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone).toISODate() ?? instant.slice(0, 10);
    const today = localDate(new Date().toISOString());
    const inRange = (date: string): boolean => (!range.from || date >= range.from) && (!range.to || date <= range.to);

    const [rows, record, responses] = await Promise.all([
      new OutcomeRepository(this.db).list({ kind: 'client', clinicId: clinic.id, clientId: client.id }, range),
      // Signed notes only: a report leaves the clinic, drafts do not.
      loadClientRecord(this.db, clinic.id, client.id, { includeDrafts: false }),
      new QuestionnaireService(this.db).exportOf(client),
    ]);
    const questionnaires = responses.responses.flatMap((r) =>
      r.score.ok && inRange(r.completedOn)
        ? [{ instrument: r.instrument, completedOn: r.completedOn, score: r.score.score }]
        : [],
    );
    const entries = rows.map((row) => JSON.parse(row.entry) as OutcomeEntry);
    const notes = record.notes.filter((n) => n.status === 'signed' && inRange(n.sessionDate));
    const drawings = record.drawings
      .map((d) => ({ date: localDate(d.recordedAt), source: d.source, drawing: d.drawing }))
      .filter((d) => inRange(d.date));

    // The period: as asked, or from the first record to today (or to the last record, if that is later).
    const dates = [
      ...entries.map((e) => e.date),
      ...notes.map((n) => n.sessionDate),
      ...drawings.map((d) => d.date),
      ...questionnaires.map((q) => q.completedOn),
    ];
    dates.sort();
    const to = range.to ?? [today, dates.at(-1) ?? today].sort().at(-1) ?? today;
    const from = [range.from ?? dates[0] ?? localDate(client.created_at), to].sort()[0] ?? to;

    const visits = await new CalendarRepository(this.db).appointments(clinic.id, {
      clientId: client.id,
      fromUtc: DateTime.fromISO(from, { zone }).startOf('day').toUTC().toISO() ?? undefined,
      toUtc: DateTime.fromISO(to, { zone }).plus({ days: 1 }).startOf('day').toUTC().toISO() ?? undefined,
      includeCancelled: true,
    });
    const inPeriod = visits.filter((v) => inRange(localDate(v.start_utc)));

    const report = await buildProgressReport({
      clinicName: clinic.name,
      client: { name: client.name, dateOfBirth: client.date_of_birth, erasedAt: client.erased_at },
      period: { from, to },
      preparedOn: today,
      version: MYOMAP_VERSION,
      entries,
      notes,
      drawings,
      questionnaires,
      visits: {
        booked: inPeriod.filter((v) => v.status === 'booked').length,
        cancelled: inPeriod.filter((v) => v.status === 'cancelled').length,
      },
    });
    return {
      ...report,
      filename: `progress-report-${client.id}-${today}.pdf`,
      clientId: client.id,
      clinicId: clinic.id,
    };
  }
}
