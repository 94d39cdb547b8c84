import type { FastifyRequest } from 'fastify';

const REDACTED = '[redacted]';
/** Query parameters that carry what someone typed to find a person (client search). */
const SECRET_QUERY_KEYS = new Set(['q']);

function decodedPath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * A URL fit for the request log: a calendar feed's path is its only key (`/api/feeds/<secret>.ics`), and a
 * search query names clients, so neither may reach the logs. The path is matched decoded and in any case,
 * since the router also reaches the feed route by `/api/%66eeds/…`.
 */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  const path = mark === -1 ? url : url.slice(0, mark);
  const query = mark === -1 ? '' : url.slice(mark + 1);
  const safePath = /\/feeds\//i.test(decodedPath(path)) ? `/api/feeds/${REDACTED}` : path;
  if (!query) return safePath;
  const params = new URLSearchParams(query);
  for (const key of [...params.keys()]) if (SECRET_QUERY_KEYS.has(key)) params.set(key, REDACTED);
  return `${safePath}?${params.toString()}`;
}

/** pino's `req` serializer: Fastify's usual fields, with the URL redacted. */
export function requestLogSerializer(request: FastifyRequest): Record<string, unknown> {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/** Logger settings for the server: session cookies and credentials never reach the log either. */
export function serverLoggerOptions(level: string): {
  level: string;
  redact: string[];
  serializers: { req: typeof requestLogSerializer };
} {
  return {
    level,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    serializers: { req: requestLogSerializer },
  };
}
