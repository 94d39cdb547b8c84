import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import {
  clientExportSchema,
  clientInputSchema,
  clientOverviewSchema,
  clientParamsSchema,
  clientProfileSchema,
  clientSearchSchema,
  clientUpdateSchema,
  clinicParamsSchema,
  consentSignSchema,
  consentViewSchema,
  drawingViewSchema,
  medicationsSchema,
  painDrawingSchema,
  portalGrantSchema,
  recordedScreeningSchema,
  screeningRequestSchema,
} from '../schemas/practice.schemas.ts';
import type { ClientService } from '../services/client.service.ts';
import type { PortalGrantService } from '../services/portal-grant.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const base = '/api/clinics/:clinicId/clients';

export const clientRoutes =
  (clients: ClientService, portalGrants: PortalGrantService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        schema: {
          tags: ['clients'],
          summary: 'Search the clinic\u2019s clients by name, email or phone (staff)',
          params: clinicParamsSchema,
          querystring: clientSearchSchema,
          response: { 200: z.array(clientProfileSchema), 400: problemSchema, ...denied },
        },
      },
      async (request) => clients.list(actorOf(request), request.params.clinicId, request.query.q),
    );

    app.post(
      base,
      {
        schema: {
          tags: ['clients'],
          summary: 'Add a client (contact details; intake follows)',
          params: clinicParamsSchema,
          body: clientInputSchema,
          response: { 201: clientProfileSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply.code(201).send(await clients.create(actorOf(request), request.params.clinicId, request.body)),
    );

    app.get(
      `${base}/:clientId`,
      {
        schema: {
          tags: ['clients'],
          summary: 'A client\u2019s profile and contact details (staff, front desk included)',
          params: clientParamsSchema,
          response: { 200: clientProfileSchema, ...denied },
        },
      },
      async (request) => clients.profile(actorOf(request), request.params.clinicId, request.params.clientId),
    );

    app.patch(
      `${base}/:clientId`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Change a client\u2019s profile or contact details',
          params: clientParamsSchema,
          body: clientUpdateSchema,
          response: { 200: clientProfileSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) =>
        clients.update(actorOf(request), request.params.clinicId, request.params.clientId, request.body),
    );

    app.get(
      `${base}/:clientId/record`,
      {
        schema: {
          tags: ['clients'],
          summary: 'The clinical record: medicines, consent, latest screening and what changed, and the timeline',
          params: clientParamsSchema,
          response: { 200: clientOverviewSchema, ...denied },
        },
      },
      async (request) => clients.overview(actorOf(request), request.params.clinicId, request.params.clientId),
    );

    app.put(
      `${base}/:clientId/medications`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Replace the client\u2019s list of medicines',
          params: clientParamsSchema,
          body: medicationsSchema,
          response: { 200: medicationsSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) => ({
        medications: await clients.setMedications(
          actorOf(request),
          request.params.clinicId,
          request.params.clientId,
          request.body.medications,
        ),
      }),
    );

    app.post(
      `${base}/:clientId/screenings`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Record a safety screening (intake or before a session); the answer shows what changed',
          params: clientParamsSchema,
          body: screeningRequestSchema,
          response: { 201: recordedScreeningSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await clients.recordScreening(
              actorOf(request),
              request.params.clinicId,
              request.params.clientId,
              request.body,
            ),
          ),
    );

    app.post(
      `${base}/:clientId/drawings`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Record a pain drawing',
          params: clientParamsSchema,
          body: painDrawingSchema,
          response: { 201: drawingViewSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await clients.recordDrawing(
              actorOf(request),
              request.params.clinicId,
              request.params.clientId,
              request.body,
            ),
          ),
    );

    app.get(
      `${base}/:clientId/consents`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Consent status: each current form, signed or to sign',
          params: clientParamsSchema,
          response: { 200: z.array(consentViewSchema), ...denied },
        },
      },
      async (request) => clients.consents(actorOf(request), request.params.clinicId, request.params.clientId),
    );

    app.post(
      `${base}/:clientId/consents`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Record a consent signed in clinic (the client types their name)',
          params: clientParamsSchema,
          body: consentSignSchema,
          response: { 201: z.array(consentViewSchema), 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await clients.signConsentInClinic(
              actorOf(request),
              request.params.clinicId,
              request.params.clientId,
              request.body,
            ),
          ),
    );

    app.post(
      `${base}/:clientId/portal`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Give the client a portal account (their email is the sign-in name)',
          description:
            'A new account gets a one-time password for the clinic to hand over. An existing account is linked only once its holder has proved the address; until then `pending` is true and the address gets a link.',
          params: clientParamsSchema,
          response: { 201: portalGrantSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(await portalGrants.grant(actorOf(request), request.params.clinicId, request.params.clientId)),
    );

    app.get(
      `${base}/:clientId/export`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Everything held about the client, as JSON',
          params: clientParamsSchema,
          response: { 200: clientExportSchema, ...denied },
        },
      },
      async (request, reply) => {
        const data = await clients.export(actorOf(request), request.params.clinicId, request.params.clientId);
        return reply
          .header('content-disposition', `attachment; filename="myomap-client-${data.client.id}.json"`)
          .send(data);
      },
    );

    app.post(
      `${base}/:clientId/erasure`,
      {
        schema: {
          tags: ['clients'],
          summary: 'Erase the client on request (owner); records the law requires are kept and marked',
          params: clientParamsSchema,
          response: { 200: clientProfileSchema, ...denied, 409: problemSchema },
        },
      },
      async (request) => clients.erase(actorOf(request), request.params.clinicId, request.params.clientId),
    );
  };
