import type { Browser } from 'playwright-core';
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

describe('atlas', () => {
  it('reaches soleus and quadratus plantae from "heel pain", with figures and self-treatment', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}/atlas`);
    await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('heel pain');
    await page.getByRole('link', { name: 'Plantar heel pain' }).waitFor();
    await page.getByRole('link', { name: 'Quadratus plantae' }).waitFor();
    await page.getByRole('link', { name: 'Soleus', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Soleus' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/atlas/muscles/soleus');
    await expect(page.getByRole('img', { name: /Referral pattern of the soleus/ }).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Self-treatment' }).count()).resolves.toBeGreaterThan(0);
    const text = await page.getByRole('main').innerText();
    expect(text).toMatch(/Usually refers pain to\s+Underside of the right heel/);
    expect(text).toMatch(/out of 10/);
    expect(text).toMatch(/Travell/);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/atlas/muscles/quadratus-plantae`);
    await page.getByRole('heading', { level: 1, name: 'Quadratus plantae' }).waitFor();
    expect(await page.getByRole('main').innerText()).toMatch(/heel/i);
    await page.close();
  });

  it.each([
    ['lats', 'Latissimus dorsi'],
    ['traps', 'Upper trapezius'],
    ['QL', 'Quadratus lumborum'],
  ])('finds %s by its common name', async (query, name) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/atlas?q=${encodeURIComponent(query)}`);
    await page.getByRole('link', { name, exact: true }).first().waitFor();
    await page.close();
  });

  it('finds "tennis elbow" as a condition with evidence and red flags, and browses by area and A–Z', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/atlas`);
    await page.getByRole('searchbox', { name: 'Search the atlas' }).fill('tennis elbow');
    await page.getByRole('link', { name: 'Tennis elbow' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tennis elbow' }).waitFor();
    await page.getByRole('heading', { name: 'What the evidence says' }).waitFor();
    await page.getByRole('heading', { name: 'See a doctor first if…' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/atlas?browse=az`);
    await page.getByRole('heading', { name: 'All muscles, A–Z' }).waitFor();
    await expect(page.getByRole('main').getByRole('link').count()).resolves.toBeGreaterThan(120);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/atlas?browse=techniques`);
    await page.getByRole('heading', { name: 'Sustained compression' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${server.url}/atlas`);
    await page.getByRole('heading', { name: 'Head and face' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
