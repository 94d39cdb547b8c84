import createClient from 'openapi-fetch';
import type { paths } from './schema.ts';

/**
 * The typed API client. `schema.ts` is generated from the server's OpenAPI document
 * (`npm run generate:api`), so a renamed field breaks the build, not the user.
 */
export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
});
