import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema.ts';

export type Schemas = components['schemas'];

let csrfToken: string | undefined;

/** Remembers the signed-in session's CSRF token; every state-changing request then carries it. */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrf: Middleware = {
  onRequest({ request }) {
    if (csrfToken && !SAFE_METHODS.has(request.method)) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/**
 * The typed API client. `schema.ts` is generated from the server's OpenAPI document
 * (`npm run generate:api`), so a renamed field breaks the build, not the user.
 */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
});
api.use(csrf);
