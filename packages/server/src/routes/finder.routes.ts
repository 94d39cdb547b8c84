import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../http/problem.ts';
import { computeRouteConfig, type RequestLimits } from '../http/rate-limits.ts';
import { finderRequestSchema, finderResponseSchema } from '../schemas/finder.schemas.ts';
import type { FinderService } from '../services/finder.service.ts';

export const finderRoutes =
  (finder: FinderService, limits: RequestLimits): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/finder',
      {
        config: computeRouteConfig(limits),
        schema: {
          tags: ['finder'],
          summary: 'Rank the muscles whose trigger points best explain a pain drawing',
          description:
            'Referral patterns show where to look, not what is wrong. Red flags in the response come first: when ' +
            'present, the person should see a doctor before any self-treatment.',
          body: finderRequestSchema,
          response: { 200: finderResponseSchema, 400: problemSchema, 429: problemSchema },
        },
      },
      (request) =>
        finder.find({
          regions: request.body.regions,
          ...(request.body.symptoms ? { symptoms: request.body.symptoms } : {}),
          ...(request.body.side ? { side: request.body.side } : {}),
          ...(request.body.top ? { top: request.body.top } : {}),
        }),
    );
  };
