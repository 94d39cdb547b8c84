/**
 * Takes the README screenshots from the real app: `npm run screenshots` (after `npm run build`).
 * Writes PNGs to docs/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import path from 'node:path';
import { launchBrowser } from './support/browser.ts';
import { REPO_ROOT, startTestServer } from './support/server.ts';

interface Shot {
  file: string;
  path: string;
  viewport: { width: number; height: number };
  /** Runs in the page before the screenshot (e.g. marks regions). */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { file: 'shell-desktop.png', path: '/', viewport: { width: 1280, height: 800 } },
  { file: 'shell-phone.png', path: '/', viewport: { width: 375, height: 740 } },
];

const outDir = path.join(REPO_ROOT, 'docs/screenshots');
await mkdir(outDir, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  for (const shot of SHOTS) {
    const page = await browser.newPage({ viewport: shot.viewport });
    await page.goto(`${server.url}${shot.path}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot.prepare?.(page);
    await page.screenshot({ path: path.join(outDir, shot.file) });
    await page.close();
    process.stdout.write(`docs/screenshots/${shot.file}\n`);
  }
} finally {
  await browser.close();
  await server.stop();
}
