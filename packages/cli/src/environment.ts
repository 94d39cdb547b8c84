import { fileURLToPath } from 'node:url';
import { ConfigError, openDatabase, readConfig, type DatabaseHandle, type ServerConfig } from '@myomap/server';
import { UsageError } from './usage-error.ts';

/** The built web app that `serve` hands out, next to this package in the workspace. */
export const DEFAULT_WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

export function configFromEnvironment(): ServerConfig {
  try {
    const config = readConfig();
    return { ...config, webDistDir: config.webDistDir ?? DEFAULT_WEB_DIST };
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
}

/** Opens the configured database for a one-off command and always closes it. */
export async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const config = configFromEnvironment();
  const handle = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}
