import type { FastifyInstance } from 'fastify';
import { isApiRoute } from './authenticate.ts';

/**
 * No copy of a signed-in answer may stay in a browser's or proxy's cache (ASVS 14.3.2): those answers
 * hold health data, and /api/auth/* hands out the CSRF token. Registered after installAuthentication,
 * which resolves the session. Public reference reads (atlas, finder) made signed out keep the default and
 * may be cached. A route that chose its own policy keeps it: calendar feeds say `private, max-age=0`,
 * since calendar apps fetch them without a session and some mishandle `no-store` on downloads.
 */
export function installCacheControl(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    if (!isApiRoute(request) || reply.hasHeader('cache-control')) return;
    if (request.account || request.routeOptions.url?.startsWith('/api/auth/')) {
      reply.header('cache-control', 'no-store');
    }
  });
}
