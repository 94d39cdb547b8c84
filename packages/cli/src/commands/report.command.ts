import { constants } from 'node:fs';
import { access, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { ReportNotFound, ReportService } from '@myomap/server';
import { withDatabase } from '../environment.ts';
import { UsageError } from '../usage-error.ts';

interface ReportOptions {
  out: string;
  clinic?: string;
  from?: string;
  to?: string;
}

function checkDate(option: string, value: string | undefined): void {
  if (value === undefined) return;
  const time = Date.parse(`${value}T00:00:00Z`);
  const real =
    /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
  if (!real) {
    throw new UsageError(`--${option} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EROFS') return 'read-only file system';
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** Refuses an unwritable path before the database is opened, so no report is made (and logged) for nothing. */
async function checkWritable(file: string): Promise<void> {
  const target = path.resolve(file);
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw new UsageError(`cannot write ${file}: it is a folder`);
  await access(existing ? target : path.dirname(target), constants.W_OK).catch((error: unknown) => {
    throw new UsageError(`cannot write ${file}: ${reason(error)}`);
  });
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(
      'write a client\u2019s progress report as PDF (measures, change against published thresholds, sessions, pain drawings)',
    )
    .argument('<client-id>', 'the client\u2019s id')
    .requiredOption('--out <file>', 'where to write the PDF, e.g. report.pdf')
    .option('--clinic <clinic-id>', 'the client\u2019s clinic (optional: a client id is unique)')
    .option('--from <YYYY-MM-DD>', 'first day of the period (default: the first record)')
    .option('--to <YYYY-MM-DD>', 'last day of the period (default: today)')
    .action(async (clientId: string, options: ReportOptions) => {
      checkDate('from', options.from);
      checkDate('to', options.to);
      if (options.from && options.to && options.from > options.to) {
        throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
      }
      await checkWritable(options.out);
      const report = await withDatabase((handle) =>
        new ReportService(handle.db).progressReportFromCli(clientId, {
          clinicId: options.clinic,
          from: options.from,
          to: options.to,
        }),
      ).catch((error: unknown) => {
        if (error instanceof ReportNotFound) throw new UsageError(error.message);
        throw error;
      });
      await writeFile(options.out, report.pdf).catch((error: unknown) => {
        throw new UsageError(`cannot write ${options.out}: ${reason(error)}`);
      });
      process.stdout.write(`Wrote ${options.out} (${report.pages} ${report.pages === 1 ? 'page' : 'pages'})\n`);
    });
}
