import { listRegions } from '@myomap/core/body/region-view.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { regionSchema, viewSchema } from '../schemas/region.schemas.ts';

export const regionRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/regions',
    {
      schema: {
        tags: ['body'],
        summary: 'The body region vocabulary, optionally only the regions a view draws',
        querystring: z.object({ view: viewSchema.optional() }),
        response: { 200: z.array(regionSchema) },
      },
    },
    (request) => listRegions(request.query.view),
  );
};
