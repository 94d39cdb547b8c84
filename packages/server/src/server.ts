import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import { migrateToLatest } from './db/migrator.ts';
import { loadSecretKeys, resealTotpSecrets, type LoadedKeys } from './auth/secret-keys.ts';
import { serverLoggerOptions } from './http/log-redaction.ts';
import { startOutboxWorker, type OutboxWorker } from './mail/outbox-worker.ts';

export interface RunningServer {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** The base URL the server answers on, e.g. http://localhost:3000 */
  url: string;
  /** Stops accepting, lets in-flight requests finish, then closes the database. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

/** Opens and migrates the database, then serves the app until `close` or SIGTERM/SIGINT. */
export async function startServer(
  config: ServerConfig,
  options: { handleSignals?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<RunningServer> {
  const database = openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  let app: FastifyInstance;
  let keys: LoadedKeys;
  let resealed: number;
  try {
    await migrateToLatest(database);
    keys = await loadSecretKeys(options.env ?? process.env, config.dataDir);
    // Secrets stored before encryption, or under a key now listed in MYOMAP_SECRET_KEY_OLD, are sealed
    // with the current key before the first request can read them.
    resealed = await resealTotpSecrets(database.db, keys.ring, keys.ring);
    app = await buildApp({
      security: { keys: keys.ring, publicUrl: config.publicUrl },
      database,
      webDistDir: config.webDistDir,
      trustProxy: config.trustProxy,
      limits: config.limits,
      logger: serverLoggerOptions(config.logLevel),
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw error;
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  app.log.info({ database: database.engine, location: database.location, url }, 'Myomap is serving');
  if (keys.generated) {
    // The path, never the key: whoever reads logs must not be able to open the secrets.
    app.log.warn(
      { keyFile: keys.file },
      'MYOMAP_SECRET_KEY is not set: generated a secret key in the data folder (mode 0600); back it up, or set MYOMAP_SECRET_KEY in production',
    );
  }
  if (resealed > 0)
    app.log.info({ count: resealed, keyId: keys.ring.current.id }, 'sealed TOTP secrets with the current key');
  // Email leaves from the outbox; without SMTP_URL it waits there (logged once).
  const outbox: OutboxWorker | undefined = startOutboxWorker(database.db, config.mail, app.log);

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      // The outbox finishes the message it is sending while requests drain.
      await Promise.all([app.close(), outbox?.stop()]);
      await database.close();
    })();
    return closing;
  };

  if (options.handleSignals) {
    const onSignal = (signal: NodeJS.Signals): void => {
      app.log.info({ signal }, 'shutting down: finishing in-flight requests');
      const timer = setTimeout(() => {
        app.log.error('shutdown took too long; exiting');
        process.exit(1);
      }, SHUTDOWN_GRACE_MS);
      timer.unref();
      close().then(
        () => {
          process.exitCode = 0;
        },
        (error: unknown) => {
          app.log.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }

  return { app, database, url, close };
}
