/**
 * Writes src/body/figures/view-regions.generated.ts: which regions each view draws. Knowing that
 * without building the figures' geometry lets pages pick a view cheaply and build only that one.
 * Run after changing a figure: `npx tsx packages/core/scripts/generate-view-regions.ts`
 * (a test fails while the file is stale).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderViewRegions } from '../src/body/figures/view-regions.render.ts';

const target = fileURLToPath(new URL('../src/body/figures/view-regions.generated.ts', import.meta.url));
writeFileSync(target, renderViewRegions());
process.stdout.write(`Wrote ${target}\n`);
