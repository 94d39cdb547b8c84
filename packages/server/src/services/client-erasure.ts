import type { Kysely } from 'kysely';
import type { AppointmentTable } from '../db/calendar-schema.ts';
import type { ClientTable, Database } from '../db/schema.ts';
import { OutboxRepository } from '../mail/outbox.repository.ts';
import { CalendarRepository } from '../repositories/calendar.repository.ts';
import { ClientRecordsRepository } from '../repositories/client-records.repository.ts';

/**
 * Erasure on request of everything around a client's record, in the caller's transaction. `retained` says
 * whether the client was treated (a signed note): then the clinical record stays for the retention period.
 *
 * Always erased: pain drawings, draft notes, the pain diary and session ratings (the client's own
 * self-reports), home-program logs, questionnaire schedules, calendar feeds, unsent mail and the address
 * in the delivery log; visits still to come are cancelled.
 *
 * Kept when treated, as clinical records: signed notes and addenda, screenings, consent signatures, scored
 * questionnaires (outcome measures the report and the notes rely on), home programs as prescribed (ended)
 * and past visits (when treatment took place). Never treated: all of those go too.
 */
export async function eraseAroundRecord(
  trx: Kysely<Database>,
  client: ClientTable,
  retained: boolean,
  now: Date = new Date(),
): Promise<void> {
  const { clinic_id: clinicId, id: clientId } = client;
  const at = now.toISOString();
  // Mail is forgotten before visits and programs may go, while its references can still be found.
  const visits = await new CalendarRepository(trx).appointments(clinicId, { clientId, includeCancelled: true });
  const programs = await trx
    .selectFrom('home_programs')
    .select('id')
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId)
    .execute();
  await new OutboxRepository(trx).forgetRecipient(
    clinicId,
    {
      address: client.email,
      references: visits.map((v) => `appointment:${v.id}:reminder:client`),
      referencePrefixes: programs.map((p) => `home-program:${p.id}:`),
    },
    now,
  );
  const records = new ClientRecordsRepository(trx);
  if (retained) await records.eraseUnretained(clinicId, clientId);
  else await records.eraseAll(clinicId, clientId);

  const alwaysErased = ['outcome_entries', 'questionnaire_schedules', 'home_program_logs'] as const;
  const keptWhenTreated = ['questionnaire_responses'] as const;
  for (const table of retained ? alwaysErased : [...alwaysErased, ...keptWhenTreated]) {
    await trx.deleteFrom(table).where('clinic_id', '=', clinicId).where('client_id', '=', clientId).execute();
  }
  if (retained) {
    await trx
      .updateTable('home_programs')
      .set({ ended_at: at })
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('ended_at', 'is', null)
      .execute();
  } else {
    await trx.deleteFrom('home_programs').where('clinic_id', '=', clinicId).where('client_id', '=', clientId).execute();
  }

  await eraseVisits(trx, client, visits, retained, at);
  await new CalendarRepository(trx).revokeFeeds(clinicId, 'client', clientId);
}

async function eraseVisits(
  trx: Kysely<Database>,
  client: ClientTable,
  visits: readonly AppointmentTable[],
  retained: boolean,
  at: string,
): Promise<void> {
  const { clinic_id: clinicId, id: clientId } = client;
  const outbox = new OutboxRepository(trx);
  // The therapist's reminders of visits that will not happen go too (the client's go with their address).
  for (const visit of visits.filter((v) => v.status !== 'cancelled' && v.start_utc > at)) {
    await outbox.cancel(clinicId, `appointment:${visit.id}:reminder:therapist`);
  }
  if (retained) {
    await trx
      .updateTable('appointments')
      .set({ status: 'cancelled', cancelled_at: at, updated_at: at })
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .where('status', '!=', 'cancelled')
      .where('start_utc', '>', at)
      .execute();
  } else {
    await trx.deleteFrom('appointments').where('clinic_id', '=', clinicId).where('client_id', '=', clientId).execute();
    await trx
      .deleteFrom('appointment_series')
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', clientId)
      .execute();
  }
}
