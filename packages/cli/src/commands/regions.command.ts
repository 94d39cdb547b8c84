import type { Command } from 'commander';
import { listRegions } from '@myomap/core/body/region-view.ts';
import { VIEWS, type ViewId } from '@myomap/core/body/region.types.ts';
import { printResult } from '../output.ts';
import { UsageError } from '../usage-error.ts';

export function registerRegions(program: Command): void {
  program
    .command('regions')
    .description('list the body regions (ids, labels, side, area, views, neighbours, SNOMED CT codes)')
    .option('--view <view>', `only regions drawn in a view (${VIEWS.join(', ')})`)
    .option('--json', 'machine-readable output')
    .action((options: { view?: string; json?: boolean }) => {
      if (options.view !== undefined && !(VIEWS as readonly string[]).includes(options.view)) {
        throw new UsageError(`unknown view "${options.view}"; expected one of ${VIEWS.join(', ')}`);
      }
      const regions = listRegions(options.view as ViewId | undefined);
      printResult(Boolean(options.json), regions, () => [
        ...regions.map((r) => `${r.id.padEnd(28)} ${r.label}`),
        `${regions.length} regions`,
      ]);
    });
}
