import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import { outboxEntrySchema, outboxQuerySchema } from '../schemas/outbox.schemas.ts';
import { clinicParamsSchema } from '../schemas/practice.schemas.ts';
import type { OutboxService } from '../services/outbox.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const outboxRoutes =
  (outbox: OutboxService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/clinics/:clinicId/outbox',
      {
        schema: {
          tags: ['clinic'],
          summary: 'Email delivery status, newest first (owner): what was sent, what waits, what failed and why',
          params: clinicParamsSchema,
          querystring: outboxQuerySchema,
          response: { 200: z.array(outboxEntrySchema), 400: problemSchema, ...denied },
        },
      },
      async (request) => outbox.list(actorOf(request), request.params.clinicId, request.query),
    );
  };
