import path from 'node:path';
import type { Command } from 'commander';
import { BackupError, backupDatabase, restoreDatabase } from '@myomap/server';
import { withDatabase } from '../environment.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

function asUsageError(error: unknown): never {
  if (error instanceof BackupError) throw new UsageError(error.message);
  if (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'ENOENT' || error.code === 'EACCES' || error.code === 'EISDIR')
  ) {
    throw new UsageError(`cannot use that file: ${error.message}`);
  }
  throw error;
}

export function registerBackup(program: Command): void {
  program
    .command('backup')
    .description('write a consistent copy of the database to <file> (safe while the server runs)')
    .argument('<file>', 'where to write the backup (gzip JSON lines)')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: { json?: boolean }) => {
      const target = path.resolve(file);
      const summary = await withDatabase((handle) => backupDatabase(handle, target)).catch(asUsageError);
      printResult(Boolean(options.json), summary, () => [
        `Backed up ${summary.rows} row(s) to ${summary.file} (schema ${summary.schema})`,
      ]);
    });

  program
    .command('restore')
    .description('load a backup into the database; refuses a database that holds data unless --force')
    .argument('<file>', 'a backup written by `myomap backup`')
    .option('--force', 'replace the data of a database that is not empty')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: { force?: boolean; json?: boolean }) => {
      const source = path.resolve(file);
      const summary = await withDatabase((handle) =>
        restoreDatabase(handle, source, { force: Boolean(options.force) }),
      ).catch(asUsageError);
      printResult(Boolean(options.json), summary, () => [
        `Restored ${summary.rows} row(s) from ${summary.file} (schema ${summary.schema})`,
      ]);
    });
}
