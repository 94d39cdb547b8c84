import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import { clientParamsSchema, portalParamsSchema } from '../schemas/practice.schemas.ts';
import {
  questionnaireOverviewSchema,
  questionnaireResponseInputSchema,
  scheduleInputSchema,
} from '../schemas/questionnaire.schemas.ts';
import type { PortalService } from '../services/portal.service.ts';
import type { QuestionnaireService } from '../services/questionnaire.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const base = '/api/clinics/:clinicId/clients/:clientId/questionnaires';

export const questionnaireRoutes =
  (questionnaires: QuestionnaireService, portal: PortalService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        schema: {
          tags: ['outcomes'],
          summary:
            'Scheduled questionnaires (and which are due), scored responses, and change against the cited threshold',
          params: clientParamsSchema,
          response: { 200: questionnaireOverviewSchema, ...denied },
        },
      },
      async (request) => questionnaires.overview(actorOf(request), request.params.clinicId, request.params.clientId),
    );
    app.post(
      `${base}/schedules`,
      {
        schema: {
          tags: ['outcomes'],
          summary: 'Schedule a questionnaire: once, before every visit, or every N visits',
          params: clientParamsSchema,
          body: scheduleInputSchema,
          response: { 201: questionnaireOverviewSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await questionnaires.schedule(
              actorOf(request),
              request.params.clinicId,
              request.params.clientId,
              request.body,
            ),
          ),
    );
    app.post(
      `${base}/responses`,
      {
        schema: {
          tags: ['outcomes'],
          summary:
            'Record answers (from the clinic\u2019s licensed copy where the form is licensed); scored as published',
          params: clientParamsSchema,
          body: questionnaireResponseInputSchema,
          response: { 201: questionnaireOverviewSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await questionnaires.recordInClinic(
              actorOf(request),
              request.params.clinicId,
              request.params.clientId,
              request.body,
            ),
          ),
    );

    app.get(
      '/api/portal/records/:clientId/questionnaires',
      {
        schema: {
          tags: ['portal'],
          summary: 'My questionnaires: which are due, and my scores over time',
          params: portalParamsSchema,
          response: { 200: questionnaireOverviewSchema, ...denied },
        },
      },
      async (request) => {
        const { client, context } = await portal.enterRecord(
          actorOf(request),
          request.params.clientId,
          'questionnaires.read',
        );
        const overview = await questionnaires.overviewOf(client);
        await portal.auditRead(context, client.id, 'questionnaires.read');
        return overview;
      },
    );
    app.post(
      '/api/portal/records/:clientId/questionnaires/responses',
      {
        schema: {
          tags: ['portal'],
          summary: 'Send my answers to a questionnaire',
          params: portalParamsSchema,
          body: questionnaireResponseInputSchema,
          response: { 201: questionnaireOverviewSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) => {
        const { client, context } = await portal.enterRecord(
          actorOf(request),
          request.params.clientId,
          'questionnaire.record',
        );
        return reply.code(201).send(await questionnaires.record(context, client, request.body));
      },
    );
  };
