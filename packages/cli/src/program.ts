import { Command } from 'commander';
import { MYOMAP_VERSION } from '@myomap/server';
import { registerAtlas } from './commands/atlas.command.ts';
import { registerBackup } from './commands/backup.command.ts';
import { registerIcs } from './commands/ics.command.ts';
import { registerFind } from './commands/find.command.ts';
import { registerPlan } from './commands/plan.command.ts';
import { registerRegions } from './commands/regions.command.ts';
import { registerRotateKey } from './commands/rotate-key.command.ts';
import { registerReport } from './commands/report.command.ts';
import { registerScreen } from './commands/screen.command.ts';
import { registerMigrate } from './commands/migrate.command.ts';
import { registerServe } from './commands/serve.command.ts';

/** The `myomap` command and its subcommands. */
export function createProgram(): Command {
  const program = new Command('myomap')
    .description('Myomap: myofascial trigger point therapy — body map, atlas, finder, screening, sessions, clinic')
    .version(MYOMAP_VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      // Commander's own errors become one line on stderr; we add the exit code.
      outputError: (text, write) => write(`${text.trim().split('\n').join(' ')}\n`),
    });
  registerServe(program);
  registerMigrate(program);
  registerBackup(program);
  registerRotateKey(program);
  registerIcs(program);
  registerReport(program);
  registerRegions(program);
  registerAtlas(program);
  registerFind(program);
  registerScreen(program);
  registerPlan(program);
  program.commands.forEach((command) => command.exitOverride());
  return program;
}
