import { homeProgramInputSchema, homeProgramLogSchema } from '@myomap/core/practice/home-program.ts';
import { z } from 'zod';

export { homeProgramInputSchema, homeProgramLogSchema };

const id = z.string().min(1).max(100);
export const programParamsSchema = z.object({ clinicId: id, clientId: id, programId: id });
export const portalProgramParamsSchema = z.object({ clientId: id, programId: id });
export const portalVisitParamsSchema = z.object({ clientId: id, appointmentId: id });

const itemSchema = z.object({
  kind: z.enum(['trigger-point', 'stretch']),
  triggerPoint: z.string().optional(),
  muscle: z.string().optional(),
  side: z.enum(['left', 'right']),
  label: z.string(),
});

export const homeProgramSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    items: z.array(itemSchema),
    daysPerWeek: z.number().int(),
    weeks: z.number().int(),
    startDate: z.string(),
    notes: z.string(),
    therapistName: z.string(),
    createdAt: z.string(),
    endedAt: z.string().nullable(),
    adherence: z.object({
      due: z.number().int(),
      done: z.number().int(),
      rate: z.number().nullable(),
      weeks: z.array(
        z.object({ week: z.number().int(), from: z.string(), due: z.number().int(), done: z.number().int() }),
      ),
      painBefore: z.number().nullable(),
      painAfter: z.number().nullable(),
      dueToday: z.boolean(),
      doneToday: z.boolean(),
      nextDue: z.string().nullable(),
      finished: z.boolean(),
    }),
    logs: z.array(
      z.object({
        id: z.string(),
        doneOn: z.string(),
        painBefore: z.number().nullable(),
        painAfter: z.number().nullable(),
        note: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'HomeProgram' });

export const visitRequestSchema = z.object({
  typeId: id,
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time YYYY-MM-DDTHH:mm'),
  note: z.string().max(500).nullable().optional(),
});
export const visitMoveSchema = z.object({
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date-time YYYY-MM-DDTHH:mm'),
});
