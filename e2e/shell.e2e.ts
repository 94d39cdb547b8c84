import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

const PAGES = [
  { path: '/', heading: /Find the knots behind your pain/ },
  { path: '/body-map', heading: /^Body map$/ },
  { path: '/atlas', heading: /^Atlas$/ },
  { path: '/diary', heading: /^Diary$/ },
  { path: '/clinic', heading: /^Clinic$/ },
] as const;

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function open(path: string, viewport = DESKTOP): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('app shell', () => {
  it('shows the product name, the main navigation and the medical disclaimer', async () => {
    const page = await open('/');
    const banner = page.getByRole('banner');
    await expect(banner.getByRole('link', { name: 'Myomap home' }).isVisible()).resolves.toBe(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Body map', 'Atlas', 'Diary', 'Clinic']) {
      await expect(nav.getByRole('link', { name }).isVisible()).resolves.toBe(true);
    }
    const footer = page.getByRole('contentinfo');
    await expect(footer.textContent()).resolves.toContain('not a diagnosis');
    await expect(footer.textContent()).resolves.toContain('ask your doctor or pharmacist');
    // The footer reads the version from the API through the typed client.
    await footer.getByText(/version \d+\.\d+\.\d+/).waitFor();
    await page.close();
  });

  it('navigates to every section by its link and marks the current one', async () => {
    const page = await open('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const target of PAGES.slice(1)) {
      const name =
        target.path === '/body-map' ? 'Body map' : target.path.slice(1).replace(/^./, (c) => c.toUpperCase());
      await nav.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name: target.heading }).waitFor();
      expect(new URL(page.url()).pathname).toBe(target.path);
      await expect(nav.getByRole('link', { name }).getAttribute('aria-current')).resolves.toBe('page');
    }
    await page.close();
  });

  it('serves deep links to the app and unknown pages as a not-found page', async () => {
    const page = await open('/atlas');
    await page.getByRole('heading', { level: 1, name: 'Atlas' }).waitFor();
    await page.goto(`${server.url}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.close();
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('fits a %s screen without sideways scrolling', async (_label, viewport) => {
    for (const { path } of PAGES) {
      const page = await open(path, viewport);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      const navBox = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
      expect(navBox, path).not.toBeNull();
      expect((navBox?.x ?? -1) + (navBox?.width ?? 0), path).toBeLessThanOrEqual(viewport.width);
      await page.close();
    }
  });

  it.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('has no accessibility violations on any page (%s)', async (_label, viewport) => {
    for (const { path } of PAGES) {
      const page = await open(path, viewport);
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await axeViolations(page), path).toEqual([]);
      await page.close();
    }
  });

  it('serves the API documentation page', async () => {
    const page = await open('/api/docs');
    await page.getByText('Myomap API').first().waitFor();
    await page.close();
  });
});
