import { BODY_AREAS } from '@myomap/core/body/region.types.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemSchema } from '../http/problem.ts';
import { computeRouteConfig, type RequestLimits } from '../http/rate-limits.ts';
import {
  conditionSchema,
  conditionSummarySchema,
  muscleSchema,
  muscleSummarySchema,
} from '../schemas/atlas.schemas.ts';
import type { AtlasService } from '../services/atlas.service.ts';

const idParams = z.object({ id: z.string().min(1).max(100) });

export const atlasRoutes =
  (atlas: AtlasService, limits: RequestLimits): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/muscles',
      {
        config: computeRouteConfig(limits),
        schema: {
          tags: ['atlas'],
          summary: 'List muscles, optionally searched ("lats", "heel pain") or filtered by body area',
          querystring: z.object({
            q: z.string().max(200).optional(),
            area: z.enum(BODY_AREAS).optional(),
          }),
          response: { 200: z.array(muscleSummarySchema), 400: problemSchema, 429: problemSchema },
        },
      },
      (request) => atlas.listMuscles(request.query),
    );

    app.get(
      '/api/muscles/:id',
      {
        schema: {
          tags: ['atlas'],
          summary: 'One muscle with its trigger points, referral zones, self-treatment, stretch and sources',
          params: idParams,
          querystring: z.object({ side: z.enum(['left', 'right']).default('right') }),
          response: { 200: muscleSchema, 404: problemSchema },
        },
      },
      (request) => atlas.getMuscle(request.params.id, request.query.side),
    );

    app.get(
      '/api/conditions',
      {
        schema: {
          tags: ['atlas'],
          summary: 'List conditions, optionally searched',
          querystring: z.object({ q: z.string().max(200).optional() }),
          response: { 200: z.array(conditionSummarySchema) },
        },
      },
      (request) => atlas.listConditions(request.query.q),
    );

    app.get(
      '/api/conditions/:id',
      {
        schema: {
          tags: ['atlas'],
          summary: 'One condition: muscles to check, evidence with sources, red flags, questions for a doctor',
          params: idParams,
          response: { 200: conditionSchema, 404: problemSchema },
        },
      },
      (request) => atlas.getCondition(request.params.id),
    );
  };
