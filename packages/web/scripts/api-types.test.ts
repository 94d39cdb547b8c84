// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, renderApiTypes } from './api-types.ts';

describe('generated API types', () => {
  it('match the server OpenAPI document (run `npm run generate:api` after changing a route)', async () => {
    const committed = await readFile(API_TYPES_FILE, 'utf8');
    expect(committed).toBe(await renderApiTypes());
  });
});
