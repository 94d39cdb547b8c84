import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import type { AppointmentTable } from '../db/calendar-schema.ts';
import type { ClientTable, ClinicTable, Database } from '../db/schema.ts';
import { UserRepository } from '../repositories/user.repository.ts';
import { OutboxService } from './outbox.service.ts';

/** Reminder emails for one visit, replacing any queued for it; only the time and who, never health data. */
export async function queueReminders(
  clinic: ClinicTable,
  appointment: AppointmentTable,
  client: ClientTable,
  db: Kysely<Database>,
): Promise<void> {
  if (clinic.reminder_hours <= 0 || appointment.status === 'cancelled') return;
  const sendAt = new Date(Date.parse(appointment.start_utc) - clinic.reminder_hours * 3_600_000);
  if (sendAt.getTime() < Date.now()) return;
  const outbox = new OutboxService(db);
  const therapist = await new UserRepository(db).findById(appointment.therapist_id);
  const when = DateTime.fromISO(appointment.start_utc, { zone: 'UTC' })
    .setZone(clinic.time_zone)
    .toFormat("cccc d LLLL yyyy 'at' HH:mm");
  const footer = `\n\nTo move or cancel, sign in to the client portal or contact ${clinic.name}.\n\n— ${clinic.name}, via Myomap`;
  if (client.email) {
    await outbox.replace(
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
    await outbox.replace(
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
