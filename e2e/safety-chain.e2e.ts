import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

/**
 * The safety chain in the self-care safety check (#15): what the person answers reaches the plan,
 * step by step, and only where it applies.
 */

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

async function toMedicines(page: Page, points: string): Promise<void> {
  await page.goto(`${server.url}/session?${points}`);
  await page.getByRole('button', { name: 'Continue to the safety check' }).click();
  await page.getByRole('heading', { name: /Step 1 of 3/ }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
}

describe('the safety chain in the web app', () => {
  it('sends a person on Eliquis who hit their head to urgent care, with no way on', async () => {
    const page = await browser.newPage();
    await toMedicines(page, 'tp=upper-trapezius.tp1:right');
    const fall = page.getByRole('group', { name: /hurt yourself or had a fall/ });
    await fall.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('searchbox', { name: /Where did you hurt yourself/ }).fill('forehead');
    await page
      .getByRole('button', { name: /^Add .*forehead/i })
      .first()
      .click();
    await page
      .getByRole('group', { name: 'How long ago was it?' })
      .getByRole('radio', { name: '4 days to 2 weeks ago' })
      .check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: /Your medicines/ }).fill('Eliquis 5 mg');
    await expect(page.getByText(/What is it for\?/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'See the result' }).click();
    const alert = page.getByRole('alert');
    await expect(alert.innerText()).resolves.toMatch(/Seek urgent medical care now[\s\S]*emergency number/);
    await expect(page.getByText(/knock to the head while on a blood thinner/).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('button', { name: 'Continue' }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets a person on vitamin D and Ventolin go ahead with no limits at all', async () => {
    const page = await browser.newPage();
    await toMedicines(page, 'tp=upper-trapezius.tp1:right&tp=soleus.tp1:left');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: /Your medicines/ }).fill('Vitamin D 1000 IU\nVentolin inhaler');
    await expect(page.getByText(/What is it for\?/).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { name: 'Nothing in your answers stands in the way' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: '20 minutes' }).check();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const review = await page.getByRole('region', { name: /Your plan/ }).innerText();
    expect(review).not.toContain('at most');
    expect(Math.max(...[...review.matchAll(/pressure (\d+)\/10/g)].map((m) => Number(m[1])))).toBeGreaterThan(5);
    await page.close();
  });

  it('asks what an unknown medicine is for, and a painkiller limits every step to 5/10 with its reason', async () => {
    const page = await browser.newPage();
    await toMedicines(page, 'tp=upper-trapezius.tp1:right');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('textbox', { name: /Your medicines/ }).fill('Zorbex 10mg');
    const purpose = page.getByRole('group', { name: 'We do not recognise “Zorbex 10mg”. What is it for?' });
    await purpose.getByRole('radio', { name: 'Pain', exact: true }).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { name: 'You can go ahead, with these changes' }).waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: 'Firm' }).check();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const review = await page.getByRole('region', { name: /Your plan/ }).innerText();
    expect(review).toContain('5/10 at most: strong painkillers dull feedback');
    for (const match of review.matchAll(/pressure (\d+)\/10/g)) expect(Number(match[1])).toBeLessThanOrEqual(5);
    await page.close();
  });
});
