import { parseOutcomeEntry, SCALE_IDS, type OutcomeEntry, type ScaleId } from '@myomap/core/outcomes/measures.ts';
import { trend, type Trend } from '@myomap/core/outcomes/trend.ts';
import type { Kysely } from 'kysely';
import type { Database, OutcomeEntryTable } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { OutcomeRepository, type OutcomeOwner } from '../repositories/outcome.repository.ts';
import { ClinicAccess, type Actor, type ClinicContext } from './clinic-access.ts';

export interface OutcomeEntryView {
  id: string;
  entry: OutcomeEntry;
  createdAt: string;
}

export interface Range {
  from?: string | undefined;
  to?: string | undefined;
}

const CSV_COLUMNS = [
  'date',
  'time',
  'kind',
  'pain',
  'stiffness',
  'stress',
  'sleep',
  'pain_before',
  'pain_after',
  'soreness_next_day',
  'painful_regions',
  'note',
] as const;

/** RFC 4180: quote fields with commas, quotes or line breaks; a leading =+-@ is neutralised for spreadsheets. */
function csvField(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function outcomesCsv(entries: readonly OutcomeEntry[]): string {
  const rows = entries.map((e) =>
    e.kind === 'diary'
      ? [
          e.date,
          e.time,
          'diary',
          e.pain,
          e.stiffness,
          e.stress,
          e.sleep,
          undefined,
          undefined,
          undefined,
          e.painDrawing?.regions.map((r) => `${r.region} ${r.intensity}`).join('; '),
          e.note,
        ]
      : [
          e.date,
          undefined,
          'session',
          undefined,
          undefined,
          undefined,
          undefined,
          e.painBefore,
          e.painAfter,
          e.sorenessNextDay,
          undefined,
          e.note,
        ],
  );
  return [CSV_COLUMNS.join(','), ...rows.map((row) => row.map(csvField).join(','))].join('\r\n') + '\r\n';
}

function entryProblem(body: unknown): never {
  const parsed = parseOutcomeEntry(body);
  const issues = parsed.ok ? [] : parsed.issues;
  const errors = issues.map((i) => ({ field: i.path ? `body.${i.path}` : 'body', message: i.message }));
  throw new HttpProblem(400, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
}

export function parseScale(value: string | undefined): ScaleId {
  const scale = value ?? 'pain';
  if (!(SCALE_IDS as readonly string[]).includes(scale)) {
    throw new HttpProblem(400, `query.scale: must be one of ${SCALE_IDS.join(', ')}`, [
      { field: 'query.scale', message: `must be one of ${SCALE_IDS.join(', ')}` },
    ]);
  }
  return scale as ScaleId;
}

function view(row: OutcomeEntryTable): OutcomeEntryView {
  return { id: row.id, entry: JSON.parse(row.entry) as OutcomeEntry, createdAt: row.created_at };
}

/**
 * The pain diary and session ratings: a self-care account keeps its own; a clinic client's entries belong
 * to their record (the client writes them in the portal, clinicians read them, every access audited).
 */
export class OutcomeService {
  private readonly access: ClinicAccess;

  constructor(private readonly db: Kysely<Database>) {
    this.access = new ClinicAccess(db);
  }

  /** Adds an entry for an owner whose access was already checked. */
  async add(owner: OutcomeOwner, recordedBy: string, body: unknown, audit?: ClinicContext): Promise<OutcomeEntryView> {
    const parsed = parseOutcomeEntry(body);
    if (!parsed.ok) entryProblem(body);
    return this.db.transaction().execute(async (trx) => {
      const row = await new OutcomeRepository(trx).add(owner, {
        kind: parsed.entry.kind,
        entry_date: parsed.entry.date,
        entry: JSON.stringify(parsed.entry),
        recorded_by: recordedBy,
      });
      if (audit && owner.kind === 'client')
        await this.access.audit(audit, 'outcome.create', owner.clientId, 'success', trx);
      return view(row);
    });
  }

  async list(owner: OutcomeOwner, range: Range, audit?: ClinicContext): Promise<OutcomeEntryView[]> {
    const rows = await new OutcomeRepository(this.db).list(owner, range);
    if (audit && owner.kind === 'client') await this.access.audit(audit, 'outcomes.read', owner.clientId);
    return rows.map(view);
  }

  async trend(owner: OutcomeOwner, scale: ScaleId, range: Range, audit?: ClinicContext): Promise<Trend> {
    const entries = (await this.list(owner, range, audit)).map((v) => v.entry);
    return trend(scale, entries);
  }

  async csv(owner: OutcomeOwner, range: Range, audit?: ClinicContext): Promise<string> {
    const rows = await new OutcomeRepository(this.db).list(owner, range);
    if (audit && owner.kind === 'client') await this.access.audit(audit, 'outcomes.export', owner.clientId);
    return outcomesCsv(rows.map((r) => view(r).entry));
  }

  /** A clinician's way in to a client's entries. */
  async clinicOwner(
    actor: Actor,
    clinicId: string,
    clientId: string,
    action: string,
  ): Promise<{ owner: OutcomeOwner; context: ClinicContext }> {
    const context = await this.access.enter(actor, clinicId, 'clients.health.read', action);
    const client = await this.access.client(context, clientId, action);
    return { owner: { kind: 'client', clinicId, clientId: client.id }, context };
  }
}
