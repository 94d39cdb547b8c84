import type { Command } from 'commander';
import { startServer } from '@myomap/server';
import { configFromEnvironment } from '../environment.ts';
import { UsageError } from '../usage-error.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the web app and API (port from PORT, default 3000; data in MYOMAP_DATA_DIR or DATABASE_URL)')
    .option('-p, --port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { port?: string }) => {
      const config = configFromEnvironment();
      if (options.port !== undefined) {
        const port = Number(options.port);
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new UsageError(`--port must be a whole number from 0 to 65535, got "${options.port}"`);
        }
        config.port = port;
      }
      await startServer(config, { handleSignals: true });
    });
}
