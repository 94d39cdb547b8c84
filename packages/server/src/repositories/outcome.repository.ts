import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, OutcomeEntryTable } from '../db/schema.ts';

/** Whose entries: a self-care account's own, or a clinic client's. Every query names the owner. */
export type OutcomeOwner = { kind: 'user'; userId: string } | { kind: 'client'; clinicId: string; clientId: string };

export class OutcomeRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async add(
    owner: OutcomeOwner,
    row: Pick<OutcomeEntryTable, 'kind' | 'entry_date' | 'entry' | 'recorded_by'>,
  ): Promise<OutcomeEntryTable> {
    const full: OutcomeEntryTable = {
      id: randomUUID(),
      user_id: owner.kind === 'user' ? owner.userId : null,
      clinic_id: owner.kind === 'client' ? owner.clinicId : null,
      client_id: owner.kind === 'client' ? owner.clientId : null,
      ...row,
      created_at: new Date().toISOString(),
    };
    await this.db.insertInto('outcome_entries').values(full).execute();
    return full;
  }

  list(
    owner: OutcomeOwner,
    range: { from?: string | undefined; to?: string | undefined } = {},
  ): Promise<OutcomeEntryTable[]> {
    let select = this.db.selectFrom('outcome_entries').selectAll();
    select =
      owner.kind === 'user'
        ? select.where('user_id', '=', owner.userId).where('client_id', 'is', null)
        : select.where('clinic_id', '=', owner.clinicId).where('client_id', '=', owner.clientId);
    if (range.from) select = select.where('entry_date', '>=', range.from);
    if (range.to) select = select.where('entry_date', '<=', range.to);
    return select.orderBy('entry_date').orderBy('created_at').limit(10_000).execute();
  }
}
