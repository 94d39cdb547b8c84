import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Account, AuthService } from '../services/auth.service.ts';
import type { Actor } from '../services/clinic-access.ts';
import { HttpProblem } from './problem.ts';
import { sessionToken } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, resolved once per API request (null when signed out). */
    account: Account | null;
    /** RequestLimits.deniedPerMinute of this app, handed to the actor. */
    deniedPerMinute: number;
  }
}

/**
 * Whether the request reached an API route. The routed pattern, not the raw URL: the router decodes
 * percent-escapes, so `/%61pi/auth/signout` reaches `/api/auth/signout` while its URL does not start
 * with `/api/` (checking the URL let such requests skip the CSRF check).
 */
export function isApiRoute(request: FastifyRequest): boolean {
  return request.routeOptions.url?.startsWith('/api/') ?? false;
}

/** Resolves the session cookie once per API request, before CSRF checks and handlers use it. */
export function installAuthentication(app: FastifyInstance, auth: AuthService, deniedPerMinute: number): void {
  app.decorateRequest('account', null);
  app.decorateRequest('deniedPerMinute', deniedPerMinute);
  app.addHook('preHandler', async (request) => {
    if (!isApiRoute(request)) return;
    request.account = (await auth.current(sessionToken(request))) ?? null;
  });
}

/**
 * Who is asking, for routes that need a signed-in person. Someone still holding a one-time password
 * (set by a clinic owner or therapist) must change it before reaching any record.
 */
export function actorOf(request: FastifyRequest): Actor {
  const account = request.account;
  if (!account) throw new HttpProblem(401, 'Sign in first');
  if (account.user.mustChangePassword) {
    throw new HttpProblem(403, 'Change the one-time password you were given before going on (POST /api/auth/password)');
  }
  return { userId: account.user.id, ip: request.ip, deniedPerMinute: request.deniedPerMinute };
}
