import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import {
  portalExportSchema,
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
import { appointmentSchema, bookingResultSchema, feedLinkSchema } from '../schemas/calendar.schemas.ts';
import {
  homeProgramLogSchema,
  homeProgramSchema,
  portalProgramParamsSchema,
  portalVisitParamsSchema,
  visitMoveSchema,
  visitRequestSchema,
} from '../schemas/home-program.schemas.ts';
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
          response: { 200: portalExportSchema, ...denied },
        },
      },
      async (request, reply) => {
        const data = await portal.export(actorOf(request), request.params.clientId);
        return reply
          .header('content-disposition', `attachment; filename="myomap-record-${data.client.id}.json"`)
          .send(data);
      },
    );

    app.get(
      '/api/portal/records/:clientId/visits',
      {
        schema: {
          tags: ['portal'],
          summary: 'My upcoming visits, the clinic\u2019s rules for changing them, and the visit types I may request',
          params: portalParamsSchema,
          response: {
            200: z.object({
              upcoming: z.array(appointmentSchema),
              rules: z.object({ clientRequests: z.boolean(), clientChangeHours: z.number(), timeZone: z.string() }),
              types: z.array(z.object({ id: z.string(), name: z.string(), durationMinutes: z.number() })),
            }),
            ...denied,
          },
        },
      },
      async (request) => portal.visits(actorOf(request), request.params.clientId),
    );

    app.post(
      '/api/portal/records/:clientId/visits',
      {
        schema: {
          tags: ['portal'],
          summary: 'Ask for a visit with my therapist; the clinic confirms it',
          params: portalParamsSchema,
          body: visitRequestSchema,
          response: { 201: bookingResultSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await portal.requestVisit(actorOf(request), request.params.clientId, request.body)),
    );

    app.patch(
      '/api/portal/records/:clientId/visits/:appointmentId',
      {
        schema: {
          tags: ['portal'],
          summary: 'Move one of my visits (within the clinic\u2019s notice period)',
          params: portalVisitParamsSchema,
          body: visitMoveSchema,
          response: { 200: z.array(appointmentSchema), 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) =>
        portal.moveVisit(actorOf(request), request.params.clientId, request.params.appointmentId, request.body.start),
    );

    app.post(
      '/api/portal/records/:clientId/visits/:appointmentId/cancel',
      {
        schema: {
          tags: ['portal'],
          summary: 'Cancel one of my visits (within the clinic\u2019s notice period)',
          params: portalVisitParamsSchema,
          response: { 200: z.array(appointmentSchema), ...denied, 409: problemSchema },
        },
      },
      async (request) => portal.cancelVisit(actorOf(request), request.params.clientId, request.params.appointmentId),
    );

    app.post(
      '/api/portal/records/:clientId/feed',
      {
        schema: {
          tags: ['portal'],
          summary: 'A secret calendar feed URL of my visits for my phone\u2019s calendar (renewing replaces it)',
          params: portalParamsSchema,
          response: { 201: feedLinkSchema, ...denied },
        },
      },
      async (request, reply) => reply.code(201).send(await portal.renewFeed(actorOf(request), request.params.clientId)),
    );

    app.get(
      '/api/portal/records/:clientId/home-programs',
      {
        schema: {
          tags: ['portal'],
          summary: 'My home programs: what to do, when it is due, and what I have logged',
          params: portalParamsSchema,
          response: { 200: z.array(homeProgramSchema), ...denied },
        },
      },
      async (request) => portal.homePrograms(actorOf(request), request.params.clientId),
    );

    app.post(
      '/api/portal/records/:clientId/home-programs/:programId/logs',
      {
        schema: {
          tags: ['portal'],
          summary: 'Log a routine I did, with pain before and after',
          params: portalProgramParamsSchema,
          body: homeProgramLogSchema,
          response: { 201: homeProgramSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await portal.logRoutine(actorOf(request), request.params.clientId, request.params.programId, request.body),
          ),
    );
  };
