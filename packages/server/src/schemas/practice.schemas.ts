import { painDrawingSchema } from '@myomap/core/body/pain-drawing.ts';
import { sessionNoteContentSchema } from '@myomap/core/practice/session-note.ts';
import { STAFF_ROLES, ROLES } from '@myomap/core/practice/roles.ts';
import { z } from 'zod';
import { displayText, optionalDisplayText } from './display-text.ts';
import { appointmentSchema } from './calendar.schemas.ts';
import { homeProgramSchema } from './home-program.schemas.ts';
import { outcomeEntryViewSchema } from './outcome.schemas.ts';
import { questionnaireOverviewSchema } from './questionnaire.schemas.ts';
import { screeningRequestSchema, screeningResponseSchema } from './screening.schemas.ts';

const id = z.string().min(1).max(100);
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const clinicParamsSchema = z.object({ clinicId: id });
export const clientParamsSchema = z.object({ clinicId: id, clientId: id });
export const noteParamsSchema = z.object({ clinicId: id, clientId: id, noteId: id });
export const memberParamsSchema = z.object({ clinicId: id, userId: id });
export const portalParamsSchema = z.object({ clientId: id });

const today = (): string => new Date().toISOString().slice(0, 10);
const dateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && v >= '1900-01-01' && v <= today(),
    'must be a real date, not in the future',
  )
  .nullable()
  .optional();
const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'must be an email address' }))
  .nullable()
  .optional()
  .or(z.literal('').transform(() => null));

export const clientInputSchema = z
  .object({
    name: displayText(200),
    email,
    phone: optionalText(50),
    dateOfBirth,
    emergencyContact: z.object({ name: optionalDisplayText(200), phone: optionalText(50) }).optional(),
    therapistId: id.nullable().optional(),
  })
  .meta({ id: 'ClientInput' });
export const clientUpdateSchema = clientInputSchema.partial().meta({ id: 'ClientUpdate' });

export const clientProfileSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    dateOfBirth: z.string().nullable(),
    emergencyContact: z.object({ name: z.string().nullable(), phone: z.string().nullable() }),
    therapistId: z.string().nullable(),
    hasPortalAccount: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    erasedAt: z.string().nullable(),
    retainedUntil: z.string().nullable().describe('After erasure: the records kept by law are kept until this date'),
  })
  .meta({ id: 'ClientProfile' });

export const clientSearchSchema = z.object({
  q: z.string().max(200).optional().describe('Part of a name, email or phone number'),
});

export const medicationsSchema = z
  .object({ medications: z.array(z.string().trim().max(200)).max(50) })
  .meta({ id: 'Medications' });

export const screeningViewSchema = z
  .object({
    id: z.string(),
    recordedAt: z.string(),
    source: z.enum(['clinic', 'portal']),
    outcome: z.enum(['urgent', 'refer', 'postpone', 'caution', 'ok']),
    rulesetVersion: z.string(),
    input: z.object({
      answers: z.record(z.string(), z.union([z.boolean(), z.string(), z.array(z.string()).readonly(), z.number()])),
      medications: z.array(z.string()),
      medicationPurposes: z.record(z.string(), z.string()).optional(),
      regions: z.array(z.string()),
    }),
    result: screeningResponseSchema,
  })
  .meta({ id: 'ClientScreening' });

export const screeningDiffSchema = z
  .object({
    outcome: z.object({ before: z.string(), after: z.string() }).nullable(),
    answers: z.array(z.object({ question: z.string(), text: z.string(), before: z.string(), after: z.string() })),
    medicationsAdded: z.array(z.string()),
    medicationsRemoved: z.array(z.string()),
    newReasons: z.array(z.string()),
    resolvedReasons: z.array(z.string()),
  })
  .meta({ id: 'ScreeningChanges' });

export const recordedScreeningSchema = z
  .object({ screening: screeningViewSchema, changes: screeningDiffSchema.nullable() })
  .meta({ id: 'RecordedScreening' });

export { screeningRequestSchema };

export const drawingViewSchema = z
  .object({ id: z.string(), recordedAt: z.string(), source: z.enum(['clinic', 'portal']), drawing: painDrawingSchema })
  .meta({ id: 'ClientDrawing' });

export { painDrawingSchema };

export const consentViewSchema = z
  .object({
    formId: z.string(),
    kind: z.string(),
    version: z.number().int(),
    title: z.string(),
    body: z.string(),
    signedAt: z.string().nullable().describe('When this exact version was signed; null: to be signed'),
    signedEarlierVersion: z.number().int().nullable().describe('An older version was signed: the text changed since'),
  })
  .meta({ id: 'ConsentStatus' });

export const consentSignSchema = z
  .object({
    formId: id,
    signedName: displayText(200, 'type your full name to sign'),
  })
  .meta({ id: 'ConsentSignature' });

export const timelineEntrySchema = z
  .object({
    kind: z.enum(['screening', 'drawing', 'note', 'addendum', 'consent']),
    id: z.string(),
    at: z.string(),
    title: z.string(),
    detail: z.string(),
    noteId: z.string().nullable(),
  })
  .meta({ id: 'TimelineEntry' });

export { sessionNoteContentSchema };

export const noteViewSchema = z
  .object({
    id: z.string(),
    clientId: z.string(),
    therapistId: z.string(),
    therapistName: z.string(),
    sessionDate: z.string(),
    status: z.enum(['draft', 'signed']),
    content: sessionNoteContentSchema,
    summary: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
    signedAt: z.string().nullable(),
    addenda: z.array(
      z.object({
        id: z.string(),
        authorId: z.string(),
        authorName: z.string(),
        body: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .meta({ id: 'SessionNote' });

export const noteCreateQuerySchema = z.object({
  sign: z.enum(['true', 'false']).optional().describe('true: sign the note as it is saved (it is then locked)'),
});

export const addendumSchema = z
  .object({ body: z.string().trim().min(1, 'is required').max(5000) })
  .meta({ id: 'AddendumInput' });

export const clientOverviewSchema = z
  .object({
    profile: clientProfileSchema,
    medications: z.array(z.string()),
    consents: z.array(consentViewSchema),
    latestScreening: screeningViewSchema.nullable(),
    changesSinceLastScreening: screeningDiffSchema.nullable(),
    timeline: z.array(timelineEntrySchema),
  })
  .meta({ id: 'ClientRecord' });

export const portalGrantSchema = z
  .object({
    email: z.string(),
    oneTimePassword: z
      .string()
      .nullable()
      .describe('For a new account: give it to the client; they must change it at first sign-in. Shown once.'),
    pending: z
      .boolean()
      .describe(
        'The address has an account that never proved it: access starts once its holder uses the link emailed to it',
      ),
  })
  .meta({ id: 'PortalAccess' });

export const clientExportSchema = z
  .object({
    format: z.literal('myomap.client-export.v1'),
    exportedAt: z.string(),
    clinic: z.object({ id: z.string(), name: z.string() }),
    client: clientProfileSchema.extend({ medications: z.array(z.string()) }),
    screenings: z.array(screeningViewSchema),
    drawings: z.array(drawingViewSchema),
    notes: z.array(noteViewSchema),
    appointments: z.array(appointmentSchema).describe('Every visit, cancelled ones included.'),
    homePrograms: z.array(homeProgramSchema),
    diary: z.array(outcomeEntryViewSchema).describe('The pain diary and session ratings.'),
    questionnaires: z.object({
      schedules: questionnaireOverviewSchema.shape.schedules,
      responses: z.array(
        questionnaireOverviewSchema.shape.responses.element.extend({
          answers: z.unknown().describe('As given, in the instrument\u2019s shape.'),
        }),
      ),
    }),
    consents: z.array(consentViewSchema),
    consentSignatures: z.array(
      z.object({
        formId: z.string(),
        title: z.string(),
        version: z.number(),
        signedName: z.string(),
        method: z.string(),
        signedAt: z.string(),
      }),
    ),
    accessLog: z.array(
      z.object({
        at: z.string(),
        actorId: z.string().nullable(),
        role: z.enum(ROLES).nullable().describe('The role the actor holds in the clinic now (null: none).'),
        action: z.string(),
        outcome: z.string(),
        origin: z.string().nullable(),
      }),
    ),
    retention: z.object({
      erasedAt: z.string().nullable(),
      retainedUntil: z.string().nullable(),
      note: z.string().nullable(),
    }),
  })
  .meta({ id: 'ClientExport' });

/**
 * The export a client downloads from the portal: the access log says who by role, what and when, never
 * staff members' ids or addresses; visits carry no staff note.
 */
export const portalExportSchema = clientExportSchema
  .extend({
    accessLog: z.array(
      z.object({
        at: z.string(),
        role: z.enum(ROLES).nullable().describe('The role of whoever acted (null: no one now at the clinic).'),
        action: z.string(),
      }),
    ),
  })
  .meta({ id: 'PortalExport' });

export const clinicCreateSchema = z.object({ name: displayText(200) }).meta({ id: 'ClinicCreate' });

export const clinicSettingsSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    therapistsSeeOwnClientsOnly: z.boolean(),
    retentionYears: z.number().int(),
    timeZone: z.string().describe('IANA time zone the clinic books in'),
    reminderHours: z.number().int().describe('Reminder emails this many hours before a visit; 0 = off'),
    clientChangeHours: z
      .number()
      .int()
      .describe('Clients may move or cancel in the portal up to this many hours before'),
    clientRequests: z.boolean().describe('Clients may request visits in the portal'),
  })
  .meta({ id: 'ClinicSettings' });

export const clinicSettingsUpdateSchema = z
  .object({
    name: displayText(200).optional(),
    therapistsSeeOwnClientsOnly: z.boolean().optional(),
    retentionYears: z.number().int().min(1).max(100).optional(),
    timeZone: z.string().min(1).max(64).optional(),
    reminderHours: z.number().int().min(0).max(336).optional(),
    clientChangeHours: z.number().int().min(0).max(336).optional(),
    clientRequests: z.boolean().optional(),
  })
  .meta({ id: 'ClinicSettingsUpdate' });

export const memberSchema = z
  .object({ userId: z.string(), name: z.string(), email: z.string(), role: z.enum(ROLES), since: z.string() })
  .meta({ id: 'Member' });

export const memberInputSchema = z.object({
  name: displayText(200),
  email: z
    .string()
    .trim()
    .max(254)
    .pipe(z.email({ error: 'must be an email address' })),
  role: z.enum(STAFF_ROLES, { error: `must be one of ${STAFF_ROLES.join(', ')}` }),
});

export const staffInvitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(STAFF_ROLES),
    invitedAt: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'StaffInvitation' });
export const invitationParamsSchema = z.object({ clinicId: id, invitationId: id });

export const consentFormSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    version: z.number().int(),
    title: z.string(),
    body: z.string(),
    publishedAt: z.string(),
  })
  .meta({ id: 'ConsentForm' });

export const consentFormInputSchema = z.object({
  kind: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9-]{0,39}$/, 'must be a short lower-case name like "treatment"'),
  title: displayText(200),
  body: z.string().trim().min(1, 'is required').max(20_000),
});

export const auditQuerySchema = z.object({
  clientId: id.optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
});

export const auditEntrySchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    origin: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
    outcome: z.string(),
    count: z
      .number()
      .int()
      .describe('How many identical refusals within a minute this entry stands for (1 for everything else)'),
  })
  .meta({ id: 'AuditEntry' });

export const portalRecordLinkSchema = z
  .object({ clientId: z.string(), clinicId: z.string(), clinicName: z.string(), name: z.string() })
  .meta({ id: 'PortalRecordLink' });

export const portalOverviewSchema = z
  .object({
    clinic: z.object({ id: z.string(), name: z.string() }),
    profile: clientProfileSchema,
    medications: z.array(z.string()),
    consents: z.array(consentViewSchema),
    latestScreening: screeningViewSchema.nullable(),
    notes: z.array(noteViewSchema),
    timeline: z.array(timelineEntrySchema),
  })
  .meta({ id: 'PortalRecord' });
