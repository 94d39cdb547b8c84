import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/authenticate.ts';
import { problemSchema } from '../http/problem.ts';
import { rangeQuerySchema } from '../schemas/outcome.schemas.ts';
import { clientParamsSchema } from '../schemas/practice.schemas.ts';
import type { ReportService } from '../services/report.service.ts';

const denied = { 401: problemSchema, 403: problemSchema, 404: problemSchema };

export const reportRoutes =
  (reports: ReportService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/clinics/:clinicId/clients/:clientId/report.pdf',
      {
        schema: {
          tags: ['clients'],
          summary:
            'A progress report (PDF) for a doctor or insurer: measures, change against published thresholds, sessions, pain drawings',
          params: clientParamsSchema,
          querystring: rangeQuerySchema,
          produces: ['application/pdf'],
          response: {
            200: z.string().meta({ format: 'binary', description: 'The report as a PDF (application/pdf), A4' }),
            400: problemSchema,
            ...denied,
          },
        },
      },
      async (request, reply) => {
        const report = await reports.progressReport(
          actorOf(request),
          request.params.clinicId,
          request.params.clientId,
          request.query,
        );
        return (
          reply
            .type('application/pdf')
            .header('content-disposition', `attachment; filename="${report.filename}"`)
            .header('cache-control', 'no-store')
            // The bytes go out as they are (Fastify serialises no Buffer); the schema describes them for OpenAPI.
            .send(report.pdf as unknown as string)
        );
      },
    );
  };
