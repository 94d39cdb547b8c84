import { z } from 'zod';
import { displayText } from './display-text.ts';

const id = z.string().min(1).max(100);
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time YYYY-MM-DDTHH:mm');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:mm');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const instant = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });

export const roomParamsSchema = z.object({ clinicId: id, roomId: id });
export const typeParamsSchema = z.object({ clinicId: id, typeId: id });
export const therapistParamsSchema = z.object({ clinicId: id, therapistId: id });
export const appointmentParamsSchema = z.object({ clinicId: id, appointmentId: id });
export const feedFileParamsSchema = z.object({ file: z.string().max(200) });

export const roomSchema = z.object({ id: z.string(), name: z.string(), archived: z.boolean() }).meta({ id: 'Room' });
export const roomInputSchema = z.object({ name: displayText(100) });

export const appointmentTypeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    durationMinutes: z.number().int(),
    bufferMinutes: z.number().int(),
    archived: z.boolean(),
  })
  .meta({ id: 'AppointmentType' });
export const appointmentTypeInputSchema = z.object({
  name: displayText(100),
  durationMinutes: z.number().int().min(5, 'must be 5–600 minutes').max(600, 'must be 5–600 minutes'),
  bufferMinutes: z.number().int().min(0, 'must be 0–120 minutes').max(120, 'must be 0–120 minutes').default(0),
});

const windowSchema = z.object({ start: clock, end: clock });
export const workingHoursInputSchema = z.object({
  timeZone: z.string().min(1).max(64).describe('IANA time zone, e.g. Europe/London'),
  weekly: z
    .array(windowSchema.extend({ weekday: z.number().int().min(1).max(7).describe('1 = Monday … 7 = Sunday') }))
    .max(50),
  exceptions: z
    .array(z.object({ date, windows: z.array(windowSchema).max(10) }))
    .max(400)
    .default([]),
  timeOff: z
    .array(z.object({ startUtc: instant, endUtc: instant }))
    .max(400)
    .default([]),
});
export const workingHoursSchema = z
  .object({
    therapistId: z.string(),
    timeZone: z.string(),
    weekly: z.array(z.object({ weekday: z.number(), start: z.string(), end: z.string() })).readonly(),
    exceptions: z
      .array(
        z.object({ date: z.string(), windows: z.array(z.object({ start: z.string(), end: z.string() })).readonly() }),
      )
      .readonly(),
    timeOff: z.array(z.object({ startUtc: z.string(), endUtc: z.string() })).readonly(),
  })
  .meta({ id: 'WorkingHours' });

export const repeatSchema = z
  .object({
    frequency: z.enum(['daily', 'weekly', 'monthly']).default('weekly'),
    interval: z.number().int().min(1, 'must be 1–52').max(52, 'must be 1–52').default(1),
    count: z.number().int().min(1).max(260).optional(),
    until: date.optional(),
  })
  .describe('An RFC 5545 rule: weekly by default, every `interval` weeks, `count` visits or `until` a date');

export const bookingSchema = z.object({
  clientId: id,
  therapistId: id,
  typeId: id,
  roomId: id.nullable().optional(),
  start: localDateTime.describe('Local wall-clock start of the (first) visit'),
  timeZone: z.string().max(64).optional().describe('Defaults to the clinic\u2019s time zone'),
  repeat: repeatSchema.optional(),
  onClash: z
    .enum(['refuse', 'skip'])
    .default('refuse')
    .describe('refuse: book nothing while a visit clashes; skip: book the rest'),
  note: z.string().max(500).nullable().optional(),
});

export const appointmentSchema = z
  .object({
    id: z.string(),
    seriesId: z.string().nullable(),
    occurrenceIndex: z.number().int().nullable(),
    therapistId: z.string(),
    therapistName: z.string(),
    clientId: z.string(),
    clientName: z.string(),
    typeId: z.string(),
    typeName: z.string(),
    roomId: z.string().nullable(),
    roomName: z.string().nullable(),
    startUtc: z.string(),
    endUtc: z.string(),
    localStart: z.string(),
    timeZone: z.string(),
    status: z.enum(['booked', 'requested', 'cancelled']),
    note: z.string().nullable(),
    repeat: z.string().nullable(),
  })
  .meta({ id: 'Appointment' });

export const clashSchema = z
  .object({
    index: z.number().int(),
    startUtc: z.string(),
    endUtc: z.string(),
    localStart: z.string(),
    reason: z.enum(['therapist-busy', 'room-busy', 'outside-working-hours', 'time-off']),
    withAppointmentId: z.string().nullable(),
    message: z.string(),
  })
  .meta({ id: 'Clash' });

export const bookingCheckSchema = z
  .object({
    occurrences: z.array(
      z.object({
        index: z.number().int(),
        startUtc: z.string(),
        endUtc: z.string(),
        localStart: z.string(),
        clash: z.boolean(),
      }),
    ),
    clashes: z.array(clashSchema),
  })
  .meta({ id: 'BookingCheck' });

export const bookingResultSchema = z
  .object({
    seriesId: z.string().nullable(),
    repeat: z.string().nullable(),
    booked: z.array(appointmentSchema),
    skipped: z.array(clashSchema),
  })
  .meta({ id: 'BookingResult' });

const scope = z
  .enum(['this', 'following', 'series'])
  .default('this')
  .describe('this one, this and following, or the whole series');
export const changeSchema = z.object({
  scope,
  start: localDateTime.optional().describe('New local start of this visit; later visits in scope move by as much'),
  therapistId: id.optional(),
  roomId: id.nullable().optional(),
  note: z.string().max(500).nullable().optional(),
  confirm: z.boolean().optional().describe('Confirm a visit the client requested'),
});
export const cancelSchema = z.object({ scope });

export const appointmentQuerySchema = z.object({
  from: instant.optional(),
  to: instant.optional(),
  therapistId: id.optional(),
  clientId: id.optional(),
});

export const feedRequestSchema = z
  .object({
    clientNames: z
      .enum(['initials', 'full'])
      .default('initials')
      .describe(
        'How the feed names clients: `initials` ("Visit: A. B.", the default) or `full` (name and visit type). ' +
          'The URL goes to a third-party calendar service, so full names are an explicit choice.',
      ),
  })
  .meta({ id: 'FeedRequest' });

export const feedLinkSchema = z
  .object({
    path: z.string().describe('Subscribe to this URL (keep it secret); renewing replaces it'),
    createdAt: z.string(),
  })
  .meta({ id: 'FeedLink' });
