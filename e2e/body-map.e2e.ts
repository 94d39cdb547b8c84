import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

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

async function openBodyMap(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${server.url}/body-map`);
  await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
  return page;
}

async function markedPlaces(page: Page): Promise<string[]> {
  const list = page.getByRole('list', { name: 'Marked places' });
  if ((await list.count()) === 0) return [];
  return (await list.getByRole('listitem').allInnerTexts()).map((t) => t.replace('×', '').replace(/\s+/g, ' ').trim());
}

describe('body map', () => {
  it('marks three regions by mouse and two by keyboard only, and reports them', async () => {
    const page = await openBodyMap();
    const map = page.getByRole('group', { name: /Body map, front view/ });
    await map.getByRole('checkbox', { name: 'Front of the right thigh', exact: true }).click();
    await map.getByRole('checkbox', { name: 'Right shin', exact: true }).click();
    await map.getByRole('checkbox', { name: 'Outside of the left elbow', exact: true }).click();
    await expect(markedPlaces(page)).resolves.toEqual([
      'Front of the right thigh — 5/10',
      'Right shin — 5/10',
      'Outside of the left elbow — 5/10',
    ]);
    await expect(
      map.getByRole('checkbox', { name: 'Right shin, 5 out of 10' }).getAttribute('aria-checked'),
    ).resolves.toBe('true');

    // Keyboard only: Tab into the map (it remembers the last region), arrows to a neighbour,
    // Space to mark, a digit for intensity.
    await page.getByRole('radio', { name: 'Back', exact: true }).check();
    const back = page.getByRole('group', { name: /Body map, back view/ });
    await back.waitFor();
    await page.getByRole('radio', { name: 'Back', exact: true }).focus();
    let focused = '';
    for (let i = 0; i < 10 && !focused.includes('checkbox'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');
    }
    expect(focused).toBe('checkbox');
    // The map starts at the last region touched (the left elbow, already marked); move up off it.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-region'))).resolves.toBe(
      'elbow.lateral.left',
    );
    await page.keyboard.press('ArrowUp');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-region'));
    expect(first).not.toBe('elbow.lateral.left');
    await page.keyboard.press('Space');
    await page.keyboard.press('8');
    await page.keyboard.press('ArrowUp');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-region'));
    expect(second).toBeTruthy();
    expect(second).not.toBe(first);
    await page.keyboard.press('Enter');
    const places = await markedPlaces(page);
    expect(places).toHaveLength(5);
    expect(places[3]).toMatch(/— 8\/10$/);
    expect(places[4]).toMatch(/— 5\/10$/);
    // The focused region announces its state.
    const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(label).toMatch(/5 out of 10$/);

    // Undo and the drawing survives a reload (kept in the browser until saved).
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(markedPlaces(page)).resolves.toHaveLength(4);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
    await expect(markedPlaces(page)).resolves.toHaveLength(4);
    await page.context().close();
  });

  it('lets a person on a phone mark "right temple, 7/10, aching" and "outside of left elbow" in under 30 s', async () => {
    const page = await openBodyMap({ width: 375, height: 740 });
    const started = Date.now();
    const search = page.getByRole('searchbox', { name: 'Find a place on the body' });
    await search.fill('right temple');
    await page.getByRole('button', { name: 'Mark Right temple' }).click();
    await page.getByRole('slider', { name: /Intensity for right temple/ }).fill('7');
    await page.getByRole('checkbox', { name: 'Aching' }).check();
    await search.fill('tennis elbow left');
    await page.getByRole('button', { name: 'Mark Outside of the left elbow' }).click();
    const elapsed = Date.now() - started;
    await expect(markedPlaces(page)).resolves.toEqual([
      'Right temple — 7/10, aching',
      'Outside of the left elbow — 5/10',
    ]);
    expect(elapsed).toBeLessThan(30_000);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('lets a person mark the same with the keyboard only', async () => {
    const page = await openBodyMap({ width: 375, height: 740 });
    const started = Date.now();
    const tabTo = async (role: string, name: RegExp): Promise<void> => {
      for (let i = 0; i < 60; i++) {
        await page.keyboard.press('Tab');
        const here = await page.evaluate(() => {
          const el = document.activeElement;
          const label = el?.getAttribute('aria-label') ?? (el as HTMLElement | null)?.innerText ?? '';
          const labelled = el?.id ? (document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '') : '';
          const wrapping = el?.closest('label')?.textContent ?? '';
          return {
            role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
            type: el?.getAttribute('type') ?? '',
            text: `${label} ${labelled} ${wrapping}`,
          };
        });
        const kind = here.role === 'input' ? here.type : here.role;
        if (kind === role && name.test(here.text)) return;
      }
      throw new Error(`could not reach ${role} ${name} with Tab`);
    };
    await tabTo('search', /Find a place on the body/);
    await page.keyboard.type('right temple');
    await tabTo('button', /Mark Right temple/);
    await page.keyboard.press('Enter');
    await tabTo('range', /Intensity for right temple/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await tabTo('checkbox', /Aching/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    for (let i = 0; i < 40; i++) {
      const role = await page.evaluate(() => document.activeElement?.getAttribute('type'));
      if (role === 'search') break;
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.type('outside left elbow');
    await tabTo('button', /Mark Outside of the left elbow/);
    await page.keyboard.press('Enter');
    const elapsed = Date.now() - started;
    await expect(markedPlaces(page)).resolves.toEqual([
      'Right temple — 7/10, aching',
      'Outside of the left elbow — 5/10',
    ]);
    expect(elapsed).toBeLessThan(30_000);
    await page.context().close();
  });

  it('shows the likely muscles live, with reasons, red flags first, and a pattern over the figure', async () => {
    const page = await openBodyMap();
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('right temple');
    await page.getByRole('button', { name: 'Mark Right temple' }).click();
    const results = page.getByRole('list', { name: 'Likely muscles' });
    await results.waitFor();
    const top5 = (await results.getByRole('link').allInnerTexts()).slice(0, 5);
    expect(top5).toEqual(expect.arrayContaining(['Upper trapezius', 'Temporalis', 'Sternocleidomastoid']));
    await expect(results.getByRole('listitem').first().innerText()).resolves.toMatch(/right temple/);
    await results.getByRole('button', { name: 'Show pattern' }).first().click();
    await expect(page.locator('.figure-region--essential').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);

    // Chest pain with arm pain interrupts with "see a doctor first".
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('breastbone');
    await page.getByRole('button', { name: 'Mark Breastbone' }).click();
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('inside left upper arm');
    await page.getByRole('button', { name: 'Mark Inside of the left upper arm' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(
      /See a doctor first[\s\S]*Chest pain with arm or jaw pain/,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no accessibility violations with marks on every view', async () => {
    const page = await openBodyMap({ width: 375, height: 740 });
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('heel');
    await page.getByRole('button', { name: /^Mark Underside of the right heel$/ }).click();
    for (const name of [
      'Front',
      'Back',
      'Left side',
      'Right side',
      'Face',
      'Head, side',
      'Head, back',
      'Palms',
      'Backs of hands',
      'Soles',
      'Tops of feet',
    ]) {
      await page.getByRole('radio', { name, exact: true }).check();
      await page.getByRole('group', { name: /Body map, .* view/ }).waitFor();
      expect(await axeViolations(page), name).toEqual([]);
    }
    await page.context().close();
  });

  it('works with the network off once visited', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/body-map`);
    await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // Visit the atlas once so its chunk is loaded as a person would; the service worker precached it anyway.
    await page.goto(`${server.url}/atlas`);
    await page.getByRole('searchbox', { name: 'Search the atlas' }).waitFor();
    await context.setOffline(true);
    await page.goto(`${server.url}/body-map`);
    await page.getByRole('heading', { level: 1, name: 'Body map' }).waitFor();
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('heel');
    await page.getByRole('button', { name: /^Mark Underside of the right heel$/ }).click();
    const names = await page.getByRole('list', { name: 'Likely muscles' }).getByRole('link').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Soleus', 'Quadratus plantae']));
    await context.close();
  });
});
