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

async function passScreening(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue to the safety check' }).click();
  await page.getByRole('heading', { name: /Step 1 of 3/ }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'See the result' }).click();
}

describe('guided session', () => {
  it('runs a whole 3-point session with a fast clock, pausing and skipping once, and saves it to the diary', async () => {
    // No service worker here: its update check would schedule work on the fake clock.
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${server.url}/session?tp=temporalis.tp1:right&tp=upper-trapezius.tp1:right&tp=soleus.tp1:right`);
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    await expect(page.getByRole('checkbox').count()).resolves.toBe(3);
    await passScreening(page);
    await page.getByRole('heading', { name: 'Nothing in your answers stands in the way' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: '20 minutes' }).check();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    await page.getByRole('heading', { name: /Your plan/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: '7', exact: true }).check();
    await page.getByRole('button', { name: 'Begin the session' }).click();
    await page.getByRole('timer').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Pause: time stands still.
    await page.clock.fastForward(5_000);
    await page.getByRole('button', { name: 'Pause' }).click();
    const pausedAt = await page.getByRole('timer').innerText();
    await page.clock.fastForward(60_000);
    await expect(page.getByRole('timer').innerText()).resolves.toBe(pausedAt);
    await page.getByRole('button', { name: 'Resume' }).click();

    // Skip one step.
    const before = await page.locator('.guided__progress').innerText();
    await page.getByRole('button', { name: 'Skip' }).click();
    await expect(page.locator('.guided__progress').innerText()).resolves.not.toBe(before);

    // Let the clock run the rest of the session.
    for (let i = 0; i < 60 && (await page.getByRole('timer').count()) > 0; i++) await page.clock.fastForward(30_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    // After long fast-forwards the fake clock holds the animation frames Playwright's actionability
    // checks wait for; a dispatched click still goes through React's handlers like a real one.
    await page.getByRole('radio', { name: '3', exact: true }).dispatchEvent('click');
    await page.getByRole('heading', { name: 'Saved to your diary' }).waitFor();
    await page.getByRole('link', { name: 'Open the diary' }).dispatchEvent('click');
    // The diary loads lazily; React reveals a suspended page on a timer, which the fake clock must run.
    await page.clock.fastForward(2_000);
    const row = page.getByRole('table').getByRole('row').nth(1);
    // Trigger point names come from the atlas chunk, which loads after the table: wait for them.
    await row.getByText(/Temporalis \(right\)/).waitFor();
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells[1]).toBe('7/10');
    expect(cells[2]).toBe('3/10');
    expect(cells[3]).toContain('Temporalis (right)');
    expect(cells[3]).toContain('Soleus (right)');
    expect(cells[4]).toBe('20 min, completed');
    await context.close();
  });

  it('takes a new user from "right temple" to a running 10-minute session in under two minutes of setup', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const started = Date.now();
    await page.goto(`${server.url}/body-map`);
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('right temple');
    await page.getByRole('button', { name: 'Mark Right temple' }).click();
    await page.getByRole('link', { name: 'Treat the top three with a guided session' }).click();
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    await expect(page.getByRole('checkbox').count()).resolves.toBe(3);
    await passScreening(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('radio', { name: '10 minutes' }).isChecked()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const review = await page.getByRole('region', { name: /Your plan/ }).innerText();
    const [, min] = /Your plan: (\d+) min/.exec(review) ?? [];
    expect(Number(min)).toBeLessThanOrEqual(10);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('button', { name: 'Begin the session' }).click();
    await page.getByRole('timer').waitFor();
    expect(Date.now() - started).toBeLessThan(120_000);
    await context.close();
  });

  it('respects a "light pressure only" screening result (on warfarin)', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/session?tp=temporalis.tp1:right`);
    await page.getByRole('button', { name: 'Continue to the safety check' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: /Your medicines/ }).fill('Warfarin 3 mg');
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { name: 'You can go ahead, with these changes' }).waitFor();
    await expect(
      page.getByText('Light pressure only, 3 out of 10 at most (blood thinners make bruising likely).').count(),
    ).resolves.toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const review = await page.getByRole('region', { name: /Your plan/ }).innerText();
    expect(review).toContain('Everywhere: 3 out of 10 at most');
    expect(review).toContain('3/10 at most: blood thinners make bruising likely');
    for (const match of review.matchAll(/pressure (\d+)\/10/g)) expect(Number(match[1])).toBeLessThanOrEqual(3);
    await context.close();
  });

  it('stops at urgent warning signs with emergency guidance and no way on', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/session?tp=temporalis.tp1:right`);
    await page.getByRole('button', { name: 'Continue to the safety check' }).click();
    await page
      .getByRole('group', { name: /sudden, severe headache/ })
      .getByRole('radio', { name: 'Yes' })
      .check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'See the result' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/Seek urgent medical care now[\s\S]*emergency number/);
    await expect(page.getByRole('button', { name: 'Continue' }).count()).resolves.toBe(0);
    await page.close();
  });
});
