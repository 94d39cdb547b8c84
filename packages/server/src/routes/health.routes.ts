import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem, problemSchema, PROBLEM_CONTENT_TYPE } from '../http/problem.ts';
import type { HealthService } from '../services/health.service.ts';

export const healthRoutes =
  (health: HealthService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['platform'],
          summary: 'Liveness: the server is up',
          response: { 200: z.object({ status: z.literal('ok'), version: z.string() }) },
        },
      },
      () => health.liveness(),
    );

    app.get(
      '/api/ready',
      {
        schema: {
          tags: ['platform'],
          summary: 'Readiness: the database answers',
          response: {
            200: z.object({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) }),
            503: problemSchema,
          },
        },
      },
      async (_request, reply) => {
        const readiness = await health.readiness();
        if (readiness.ready) return { status: 'ready' as const, database: readiness.database };
        return reply
          .code(503)
          .type(PROBLEM_CONTENT_TYPE)
          .send(problem(503, `The ${readiness.database} database is not answering`));
      },
    );
  };
