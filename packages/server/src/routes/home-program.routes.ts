import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import { homeProgramInputSchema, homeProgramSchema, programParamsSchema } from '../schemas/home-program.schemas.ts';
import { clientParamsSchema } from '../schemas/practice.schemas.ts';
import type { HomeProgramService } from '../services/home-program.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };
const tags = ['clients'];
const base = '/api/clinics/:clinicId/clients/:clientId/home-programs';

export const homeProgramRoutes =
  (programs: HomeProgramService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'The client\u2019s home programs with adherence (done against due) and pain before and after',
          params: clientParamsSchema,
          response: { 200: z.array(homeProgramSchema), ...denied },
        },
      },
      async (request) => programs.list(actorOf(request), request.params.clinicId, request.params.clientId),
    );
    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Give the client a home program: points and stretches, days a week, weeks; reminders on due days',
          params: clientParamsSchema,
          body: homeProgramInputSchema,
          response: { 201: homeProgramSchema, 400: problemSchema, ...denied, 409: problemSchema },
        },
      },
      async (request, reply) =>
        reply
          .code(201)
          .send(
            await programs.create(actorOf(request), request.params.clinicId, request.params.clientId, request.body),
          ),
    );
    app.post(
      `${base}/:programId/end`,
      {
        schema: {
          tags,
          summary: 'End a home program early (its remaining reminders are cancelled)',
          params: programParamsSchema,
          response: { 200: homeProgramSchema, ...denied },
        },
      },
      async (request) =>
        programs.end(actorOf(request), request.params.clinicId, request.params.clientId, request.params.programId),
    );
  };
