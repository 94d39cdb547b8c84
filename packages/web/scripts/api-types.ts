import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, openDatabase } from '@myomap/server';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const API_TYPES_FILE = fileURLToPath(new URL('../src/api/schema.ts', import.meta.url));

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run generate:api\`. Do not edit:
 * change the route schemas in packages/server and regenerate.
 */
`;

/** Renders the TypeScript types of the API from the OpenAPI document the server produces. */
export async function renderApiTypes(): Promise<string> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'myomap-openapi-'));
  const database = openDatabase({ dataDir });
  try {
    const app = await buildApp({ database });
    await app.ready();
    const document = app.swagger() as unknown as OpenAPI3;
    await app.close();
    return HEADER + astToString(await openapiTS(document));
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeFile(API_TYPES_FILE, await renderApiTypes());
  process.stdout.write(`Wrote ${path.relative(process.cwd(), API_TYPES_FILE)}\n`);
}
