import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { MYOMAP_VERSION } from '../version.ts';

/**
 * The OpenAPI 3.1 document is generated from the route schemas (never written by hand):
 * served at /api/openapi.json, with an interactive docs page at /api/docs.
 */
export async function installOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Myomap API',
        version: MYOMAP_VERSION,
        description:
          'Myomap: myofascial trigger point therapy — body map, atlas, finder, screening, sessions and clinic. ' +
          'Errors are RFC 9457 problem details (application/problem+json) naming the failing field.',
        license: { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' },
      },
      tags: [
        { name: 'platform', description: 'Health, readiness and the API description' },
        { name: 'accounts', description: 'Set-up, sign-up, sign-in and sessions (cookie + CSRF token)' },
        { name: 'body', description: 'The body region vocabulary' },
        { name: 'atlas', description: 'Muscles, trigger points, referral zones and conditions' },
        { name: 'finder', description: 'From a pain drawing to ranked, explained trigger points' },
        { name: 'screening', description: 'Safety screening: answers and medicines in, a decision with reasons out' },
        { name: 'sessions', description: 'Session plans within a time budget' },
        { name: 'clinic', description: 'A clinic: settings, staff, consent forms and the audit log (owner)' },
        { name: 'clients', description: 'Clients, intake, screenings, consent, session notes, export and erasure' },
        { name: 'calendar', description: 'Rooms, appointment types, working hours, visits and series, calendar feeds' },
        {
          name: 'outcomes',
          description: 'Pain diary and session ratings, trends with clinically important change, CSV',
        },
        {
          name: 'interop',
          description: 'A client\u2019s record as a FHIR R4 Bundle; pain drawings in CHOIR body map terms',
        },
        { name: 'portal', description: 'The client portal: a client\u2019s own record' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
