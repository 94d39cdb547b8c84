import type { Command } from 'commander';
import { FeedNotFound, FeedService } from '@myomap/server';
import { withDatabase } from '../environment.ts';
import { UsageError } from '../usage-error.ts';

export function registerIcs(program: Command): void {
  program
    .command('ics')
    .description("print a therapist's calendar (iCalendar with RRULE) from the database")
    .argument('<therapist-id>', 'the therapist\u2019s user id')
    .option('--clinic <clinic-id>', 'which clinic, for a therapist who works at several')
    .action(async (therapistId: string, options: { clinic?: string }) => {
      const ics = await withDatabase((handle) =>
        new FeedService(handle.db).icsForTherapist(therapistId, options.clinic),
      ).catch((error: unknown) => {
        if (error instanceof FeedNotFound) throw new UsageError(error.message);
        throw error;
      });
      process.stdout.write(ics);
    });
}
