import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemSchema } from '../http/problem.ts';
import { computeRouteConfig, type RequestLimits } from '../http/rate-limits.ts';
import {
  screeningQuestionsSchema,
  screeningRequestSchema,
  screeningResponseSchema,
} from '../schemas/screening.schemas.ts';
import type { ScreeningService } from '../services/screening.service.ts';

export const screeningRoutes =
  (screening: ScreeningService, limits: RequestLimits): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/screening/questions',
      {
        schema: {
          tags: ['screening'],
          summary: 'The safety questions, in stepper order, with the ruleset version',
          response: { 200: screeningQuestionsSchema },
        },
      },
      () => screening.questions(),
    );

    app.post(
      '/api/screening/evaluate',
      {
        config: computeRouteConfig(limits),
        schema: {
          tags: ['screening'],
          summary: 'Answers and medicines in; a decision with every reason, modifications and sources out',
          description: 'Outcomes, most severe first: urgent, refer, postpone, caution, ok. Red flags always win.',
          body: screeningRequestSchema,
          response: { 200: screeningResponseSchema, 400: problemSchema, 429: problemSchema },
        },
      },
      (request) => screening.evaluate(request.body),
    );
  };
