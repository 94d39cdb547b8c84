import { z } from 'zod';

export const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'failed', 'cancelled'] as const;

export const outboxQuerySchema = z.object({
  status: z.enum(OUTBOX_STATUSES).optional().describe('Only messages in this state'),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const outboxEntrySchema = z
  .object({
    id: z.string(),
    to: z.string(),
    subject: z.string(),
    reference: z.string().describe('What the message is about, e.g. appointment:<id>:reminder:client'),
    status: z.enum(OUTBOX_STATUSES),
    attempts: z.number().int(),
    lastError: z.string().nullable().describe('The last delivery error (SMTP reply or network error)'),
    sendAfter: z.string().describe('Due time (UTC); after a failure, when the next attempt is due'),
    sentAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OutboxEntry' });
