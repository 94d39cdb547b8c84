import type { Command } from 'commander';
import { currentMigration, migrateToLatest } from '@myomap/server';
import { withDatabase } from '../environment.ts';
import { printResult } from '../output.ts';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations')
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      await withDatabase(async (handle) => {
        const applied = await migrateToLatest(handle);
        const current = await currentMigration(handle);
        printResult(Boolean(options.json), { engine: handle.engine, applied, current }, () => [
          applied.length > 0 ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'Already up to date',
          `Schema: ${current ?? 'none'} (${handle.engine})`,
        ]);
      });
    });
}
