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

async function markRegions(
  page: Page,
  regions: { search: string; button: string; intensity?: string }[],
): Promise<void> {
  for (const r of regions) {
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill(r.search);
    await page.getByRole('button', { name: r.button }).click();
    if (r.intensity) await page.getByRole('slider').fill(r.intensity);
  }
}

async function showFigureOnly(page: Page, view: string): Promise<void> {
  await page.getByRole('radio', { name: view, exact: true }).check();
  await page.addStyleTag({
    content:
      '.site-header,.site-footer,.page-header,.view-picker,.region-search,.body-map-side{display:none}' +
      '.body-map-layout{grid-template-columns:1fr}.body-map{border:0}.figure-svg{max-height:none}',
  });
}

const SHOTS: Shot[] = [
  { file: 'shell-desktop.png', path: '/', viewport: { width: 1280, height: 800 } },
  { file: 'shell-phone.png', path: '/', viewport: { width: 375, height: 740 } },
  {
    file: 'body-map-desktop.png',
    path: '/body-map',
    viewport: { width: 1280, height: 1000 },
    prepare: async (page) => {
      await markRegions(page, [
        { search: 'right temple', button: 'Mark Right temple', intensity: '7' },
        { search: 'back of the right neck', button: 'Mark Back of the neck, right' },
      ]);
      await page
        .getByRole('list', { name: 'Likely muscles' })
        .getByRole('button', { name: 'Show pattern' })
        .first()
        .click();
    },
  },
  {
    file: 'figure-front.png',
    path: '/body-map',
    viewport: { width: 700, height: 1400 },
    prepare: (page) => showFigureOnly(page, 'Front'),
  },
  {
    file: 'figure-back.png',
    path: '/body-map',
    viewport: { width: 700, height: 1400 },
    prepare: (page) => showFigureOnly(page, 'Back'),
  },
  { file: 'muscle-soleus.png', path: '/atlas/muscles/soleus', viewport: { width: 1280, height: 1000 } },
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
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(outDir, shot.file) });
    await page.close();
    process.stdout.write(`docs/screenshots/${shot.file}\n`);
  }
} finally {
  await browser.close();
  await server.stop();
}
