import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { FHIR_EXPORT_ACTION, type InteropService } from '../fhir/interop.service.ts';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import { choirExportSchema, fhirBundleSchema } from '../schemas/fhir.schemas.ts';
import { clientParamsSchema, portalParamsSchema } from '../schemas/practice.schemas.ts';
import type { PortalService } from '../services/portal.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['interop'];
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export const fhirRoutes =
  (interop: InteropService, portal: PortalService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/clinics/:clinicId/clients/:clientId/fhir',
      {
        schema: {
          tags,
          summary: 'The client\u2019s record as a FHIR R4 Bundle (application/fhir+json; clinicians)',
          params: clientParamsSchema,
          response: { 200: fhirBundleSchema, ...denied },
        },
      },
      async (request, reply) => {
        const bundle = await interop.fhirBundle(actorOf(request), request.params.clinicId, request.params.clientId);
        return reply
          .type(FHIR_JSON)
          .header('content-disposition', `attachment; filename="myomap-client-${request.params.clientId}.fhir.json"`)
          .send(bundle);
      },
    );

    app.get(
      '/api/portal/records/:clientId/fhir',
      {
        schema: {
          tags: ['portal', ...tags],
          summary: 'My record as a FHIR R4 Bundle, to take to another clinic or app (application/fhir+json)',
          params: portalParamsSchema,
          response: { 200: fhirBundleSchema, ...denied },
        },
      },
      async (request, reply) => {
        const { context, client } = await portal.ownRecord(
          actorOf(request),
          request.params.clientId,
          FHIR_EXPORT_ACTION,
        );
        const bundle = await interop.fhirBundleOf(context, client);
        return reply
          .type(FHIR_JSON)
          .header('content-disposition', `attachment; filename="myomap-record-${client.id}.fhir.json"`)
          .send(bundle);
      },
    );

    app.get(
      '/api/clinics/:clinicId/clients/:clientId/drawings/choir',
      {
        schema: {
          tags,
          summary: 'The client\u2019s pain drawings in CHOIR body map regions, with intensities (clinicians)',
          params: clientParamsSchema,
          response: { 200: choirExportSchema, ...denied },
        },
      },
      async (request) => interop.choirDrawings(actorOf(request), request.params.clinicId, request.params.clientId),
    );
  };
