import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { CSRF_HEADER } from './session-cookie.ts';
import { HttpProblem } from './problem.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Requests that start a session have no session to protect yet.
const OPEN_ROUTES = new Set(['/api/auth/signin', '/api/auth/signup', '/api/auth/setup']);

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * CSRF protection for cookie sessions: a state-changing request that carries a live session must also
 * carry that session's token in the x-csrf-token header, which another site cannot read. Registered
 * after installAuthentication, which resolves the session.
 */
export function installCsrfProtection(app: FastifyInstance): void {
  app.addHook('preHandler', async (request) => {
    // Every state-changing route, whatever its path, and matched by the routed pattern: the raw URL may
    // spell the same route differently (`/%61pi/auth/signout`).
    if (SAFE_METHODS.has(request.method)) return;
    if (OPEN_ROUTES.has(request.routeOptions.url ?? '')) return;
    const account = request.account;
    if (!account) return;
    const header = request.headers[CSRF_HEADER];
    if (typeof header !== 'string' || !same(header, account.csrfToken)) {
      throw new HttpProblem(403, `Missing or wrong ${CSRF_HEADER} header: send the token from /api/auth/me`);
    }
  });
}
