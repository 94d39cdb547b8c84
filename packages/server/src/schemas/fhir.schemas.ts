import { z } from 'zod';

const fhirResourceSchema = z.looseObject({ resourceType: z.string(), id: z.string() });

export const fhirBundleSchema = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    id: z.string(),
    type: z.literal('collection'),
    timestamp: z.string(),
    entry: z.array(z.object({ fullUrl: z.string().describe('urn:uuid:<resource id>'), resource: fhirResourceSchema })),
  })
  .describe(
    'A FHIR R4 (4.0.1) Bundle of type collection, served as application/fhir+json: Patient, Observation, ' +
      'QuestionnaireResponse, Procedure, Appointment, MedicationStatement, Consent and Provenance resources',
  )
  .meta({ id: 'FhirBundle' });

export const choirExportSchema = z
  .object({
    bodyMap: z.object({
      name: z.string(),
      regions: z.number().int(),
      attribution: z.string(),
      citation: z.string().describe('Publications using these data must cite it'),
    }),
    clientId: z.string(),
    drawings: z.array(
      z.object({
        id: z.string().describe('The pain drawing, diary entry or signed session note'),
        recordedAt: z.string(),
        source: z.enum(['clinic', 'portal', 'diary', 'session-note']),
        areas: z.array(
          z.object({
            key: z.string().describe('CHOIR region: f01–f36 on the front figure, b01–b38 on the back'),
            title: z.string(),
            figure: z.enum(['front', 'back']),
            intensity: z.number().int().describe('The strongest intensity (1–10) drawn in this CHOIR region'),
            regions: z.array(z.string()).describe('The Myomap regions drawn that fall in this CHOIR region'),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'ChoirDrawings' });
