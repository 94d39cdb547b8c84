import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import {
  outcomeEntrySchema,
  outcomeEntryViewSchema,
  rangeQuerySchema,
  trendQuerySchema,
  trendSchema,
} from '../schemas/outcome.schemas.ts';
import { clientParamsSchema, portalParamsSchema } from '../schemas/practice.schemas.ts';
import type { OutcomeService } from '../services/outcome.service.ts';
import type { PortalService } from '../services/portal.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['outcomes'];
const CSV_TYPE = 'text/csv; charset=utf-8';

export const outcomeRoutes =
  (outcomes: OutcomeService, portal: PortalService): FastifyPluginAsyncZod =>
  async (app) => {
    // A self-care account's own diary.
    app.get(
      '/api/me/outcomes',
      {
        schema: {
          tags,
          summary: 'My pain diary and session ratings (self-care account)',
          querystring: rangeQuerySchema,
          response: {
            200: z.array(outcomeEntryViewSchema),
            400: problemSchema,
            401: problemSchema,
            403: problemSchema,
          },
        },
      },
      async (request) => outcomes.list({ kind: 'user', userId: actorOf(request).userId }, request.query),
    );
    app.post(
      '/api/me/outcomes',
      {
        schema: {
          tags,
          summary:
            'Add a diary entry (pain now 0–10, optional drawing, stiffness, stress, sleep, note) or session ratings',
          body: outcomeEntrySchema,
          response: { 201: outcomeEntryViewSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        return reply
          .code(201)
          .send(await outcomes.add({ kind: 'user', userId: actor.userId }, actor.userId, request.body));
      },
    );
    app.get(
      '/api/me/outcomes/trend',
      {
        schema: {
          tags,
          summary: 'One scale over time, sessions marked, with the first-to-last-week change judged for pain',
          querystring: trendQuerySchema,
          response: { 200: trendSchema, 400: problemSchema, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request) =>
        outcomes.trend({ kind: 'user', userId: actorOf(request).userId }, request.query.scale, request.query),
    );
    app.get(
      '/api/me/outcomes.csv',
      {
        schema: {
          tags,
          summary: 'My diary as CSV',
          querystring: rangeQuerySchema,
          response: { 200: z.string(), 400: problemSchema, 401: problemSchema, 403: problemSchema },
        },
      },
      async (request, reply) => {
        const csv = await outcomes.csv({ kind: 'user', userId: actorOf(request).userId }, request.query);
        return reply.type(CSV_TYPE).header('content-disposition', 'attachment; filename="myomap-diary.csv"').send(csv);
      },
    );

    // A clinic client's diary in the portal.
    const portalBase = '/api/portal/records/:clientId/outcomes';
    app.get(
      portalBase,
      {
        schema: {
          tags: ['portal'],
          summary: 'My diary kept with my clinic record',
          params: portalParamsSchema,
          querystring: rangeQuerySchema,
          response: { 200: z.array(outcomeEntryViewSchema), 400: problemSchema, ...denied },
        },
      },
      async (request) => {
        const { owner, context } = await portal.outcomesOwner(
          actorOf(request),
          request.params.clientId,
          'outcomes.read',
        );
        return outcomes.list(owner, request.query, context);
      },
    );
    app.post(
      portalBase,
      {
        schema: {
          tags: ['portal'],
          summary: 'Add a diary entry or session ratings to my clinic record',
          params: portalParamsSchema,
          body: outcomeEntrySchema,
          response: { 201: outcomeEntryViewSchema, 400: problemSchema, ...denied },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { owner, context } = await portal.outcomesOwner(actor, request.params.clientId, 'outcome.create');
        return reply.code(201).send(await outcomes.add(owner, actor.userId, request.body, context));
      },
    );
    app.get(
      `${portalBase}/trend`,
      {
        schema: {
          tags: ['portal'],
          summary: 'One scale of my diary over time, with the change judged for pain',
          params: portalParamsSchema,
          querystring: trendQuerySchema,
          response: { 200: trendSchema, 400: problemSchema, ...denied },
        },
      },
      async (request) => {
        const { owner, context } = await portal.outcomesOwner(
          actorOf(request),
          request.params.clientId,
          'outcomes.read',
        );
        return outcomes.trend(owner, request.query.scale, request.query, context);
      },
    );

    app.get(
      `${portalBase}.csv`,
      {
        schema: {
          tags: ['portal'],
          summary: 'My diary kept with my clinic record, as CSV',
          params: portalParamsSchema,
          querystring: rangeQuerySchema,
          response: { 200: z.string(), 400: problemSchema, ...denied },
        },
      },
      async (request, reply) => {
        const { owner, context } = await portal.outcomesOwner(
          actorOf(request),
          request.params.clientId,
          'outcomes.export',
        );
        const csv = await outcomes.csv(owner, request.query, context);
        return reply.type(CSV_TYPE).header('content-disposition', 'attachment; filename="myomap-diary.csv"').send(csv);
      },
    );

    // Clinicians read a client's diary.
    const clinicBase = '/api/clinics/:clinicId/clients/:clientId/outcomes';
    app.get(
      clinicBase,
      {
        schema: {
          tags: ['clients'],
          summary: 'The client\u2019s diary and session ratings',
          params: clientParamsSchema,
          querystring: rangeQuerySchema,
          response: { 200: z.array(outcomeEntryViewSchema), 400: problemSchema, ...denied },
        },
      },
      async (request) => {
        const { owner, context } = await outcomes.clinicOwner(
          actorOf(request),
          request.params.clinicId,
          request.params.clientId,
          'outcomes.read',
        );
        return outcomes.list(owner, request.query, context);
      },
    );
    app.get(
      `${clinicBase}/trend`,
      {
        schema: {
          tags: ['clients'],
          summary: 'One scale of the client\u2019s diary over time, with the change judged for pain',
          params: clientParamsSchema,
          querystring: trendQuerySchema,
          response: { 200: trendSchema, 400: problemSchema, ...denied },
        },
      },
      async (request) => {
        const { owner, context } = await outcomes.clinicOwner(
          actorOf(request),
          request.params.clinicId,
          request.params.clientId,
          'outcomes.read',
        );
        return outcomes.trend(owner, request.query.scale, request.query, context);
      },
    );
    app.get(
      `${clinicBase}.csv`,
      {
        schema: {
          tags: ['clients'],
          summary: 'The client\u2019s diary as CSV',
          params: clientParamsSchema,
          querystring: rangeQuerySchema,
          response: { 200: z.string(), 400: problemSchema, ...denied },
        },
      },
      async (request, reply) => {
        const { owner, context } = await outcomes.clinicOwner(
          actorOf(request),
          request.params.clinicId,
          request.params.clientId,
          'outcomes.export',
        );
        const csv = await outcomes.csv(owner, request.query, context);
        return reply
          .type(CSV_TYPE)
          .header('content-disposition', 'attachment; filename="myomap-client-diary.csv"')
          .send(csv);
      },
    );
  };
