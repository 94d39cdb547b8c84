import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../http/problem.ts';
import { computeRouteConfig, type RequestLimits } from '../http/rate-limits.ts';
import { planRequestSchema, planSchema } from '../schemas/plan.schemas.ts';
import type { PlanService } from '../services/plan.service.ts';

export const planRoutes =
  (plans: PlanService, limits: RequestLimits): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/plans',
      {
        config: computeRouteConfig(limits),
        schema: {
          tags: ['sessions'],
          summary: 'Plan a session: ordered, timed steps within a time budget, respecting screening',
          body: planRequestSchema,
          response: { 200: planSchema, 400: problemSchema, 422: problemSchema, 429: problemSchema },
        },
      },
      (request) => plans.plan(request.body),
    );
  };
