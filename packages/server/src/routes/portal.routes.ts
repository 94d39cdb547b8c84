import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import {
  clientExportSchema,
  consentSignSchema,
  consentViewSchema,
  drawingViewSchema,
  painDrawingSchema,
  portalOverviewSchema,
  portalParamsSchema,
  portalRecordLinkSchema,
  recordedScreeningSchema,
  screeningRequestSchema,
} from '../schemas/practice.schemas.ts';
import type { PortalService } from '../services/portal.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const portalRoutes =
  (portal: PortalService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/portal/records',
      {
        schema: {
          tags: ['portal'],
          summary: 'The client records linked to the signed-in account (one per clinic)',
          response: { 200: z.array(portalRecordLinkSchema), 401: problemSchema, 403: problemSchema },
        },
      },
      async (request) => portal.records(actorOf(request)),
    );

    app.get(
      '/api/portal/records/:clientId',
      {
        schema: {
          tags: ['portal'],
          summary: 'My record: profile, consent to sign, signed session notes and timeline',
          params: portalParamsSchema,
          response: { 200: portalOverviewSchema, ...denied },
        },
      },
      async (request) => portal.overview(actorOf(request), request.params.clientId),
    );

    app.post(
      '/api/portal/records/:clientId/consents',
      {
        schema: {
          tags: ['portal'],
          summary: 'Sign a consent form (type your full name)',
          params: portalParamsSchema,
          body: consentSignSchema,
          response: { 201: z.array(consentViewSchema), 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await portal.signConsent(actorOf(request), request.params.clientId, request.body)),
    );

    app.post(
      '/api/portal/records/:clientId/screenings',
      {
        schema: {
          tags: ['portal'],
          summary: 'Answer the intake safety questions before a visit',
          params: portalParamsSchema,
          body: screeningRequestSchema,
          response: { 201: recordedScreeningSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await portal.recordScreening(actorOf(request), request.params.clientId, request.body)),
    );

    app.post(
      '/api/portal/records/:clientId/drawings',
      {
        schema: {
          tags: ['portal'],
          summary: 'Send a pain drawing to the clinic',
          params: portalParamsSchema,
          body: painDrawingSchema,
          response: { 201: drawingViewSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await portal.recordDrawing(actorOf(request), request.params.clientId, request.body)),
    );

    app.get(
      '/api/portal/records/:clientId/export',
      {
        schema: {
          tags: ['portal'],
          summary: 'Download my whole record as JSON',
          params: portalParamsSchema,
          response: { 200: clientExportSchema, ...denied },
        },
      },
      async (request, reply) => {
        const data = await portal.export(actorOf(request), request.params.clientId);
        return reply
          .header('content-disposition', `attachment; filename="myomap-record-${data.client.id}.json"`)
          .send(data);
      },
    );
  };
