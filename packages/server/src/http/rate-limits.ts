import type { FastifyRequest } from 'fastify';
import { HttpProblem } from './problem.ts';

/** How much one client may ask of the server; 0 turns a limit off. */
export interface RequestLimits {
  /**
   * Requests a minute per client address to the anonymous compute routes (finder, screening, plans,
   * muscle search). Counted in memory, per process, by @fastify/rate-limit: a restart forgets the
   * counts and several processes each allow this many. That is enough here: these routes read no
   * data, and the cap only has to keep one address from monopolising the CPU.
   */
  computePerMinute: number;
  /**
   * Refused requests a minute per signed-in account before further ones answer 429 without an audit
   * row. Counted from the audit log itself, so it holds across processes and restarts.
   */
  deniedPerMinute: number;
}

export const DEFAULT_LIMITS: RequestLimits = { computePerMinute: 120, deniedPerMinute: 30 };

interface RateLimitContext {
  ttl: number;
}

/** The route `config` that limits a compute route, or none when the limit is off. */
export function computeRouteConfig(limits: RequestLimits): {
  rateLimit?: {
    max: number;
    timeWindow: string;
    errorResponseBuilder: (request: FastifyRequest, context: RateLimitContext) => HttpProblem;
  };
} {
  if (limits.computePerMinute <= 0) return {};
  return {
    rateLimit: {
      max: limits.computePerMinute,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) =>
        new HttpProblem(
          429,
          `Too many requests from this address: try again in ${Math.ceil(context.ttl / 1000)} seconds`,
        ),
    },
  };
}
