import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { signUpVerified } from './support/mailbox.ts';

let server: TestServer;
let browser: Browser;

const PASSWORD = 'correct horse battery staple';
const PERSON = { name: 'Ines Halvorsen', email: 'ines@example.org', password: PASSWORD };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A local calendar date `days` before today, as YYYY-MM-DD (the browser runs in the same time zone). */
function localDate(daysBefore = 0): string {
  const now = new Date();
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() - daysBefore);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Signs up and finishes with the link the server emailed (read from its outbox). */
async function signUp(): Promise<{ cookie: string; csrf: string }> {
  return signUpVerified(server.url, server.dataDir, PERSON);
}

describe('pain heat map', () => {
  it('shows which areas of the pain drawings improved over four weeks, on the figures and as a table', async () => {
    // Four weeks of drawings, one every other day: the right temple eases from 7 to 3, the back of the neck
    // (left) goes from 2 to 6.
    const session = await signUp();
    for (let daysBefore = 26; daysBefore >= 0; daysBefore -= 2) {
      const early = daysBefore >= 14;
      const response = await fetch(`${server.url}/api/me/outcomes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
        body: JSON.stringify({
          kind: 'diary',
          date: localDate(daysBefore),
          pain: early ? 6 : 5,
          painDrawing: {
            regions: [
              { region: 'temple.right', intensity: early ? 7 : 3, qualities: ['aching'] },
              { region: 'neck.back.left', intensity: early ? 2 : 6, qualities: ['sharp'] },
            ],
          },
        }),
      });
      expect(response.status).toBe(201);
    }

    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${server.url}/signin?next=/diary`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByLabel('Email').fill(PERSON.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Diary' }).waitFor();

    const section = page.getByRole('region', { name: 'Pain drawings', exact: true });
    await section.getByRole('img', { name: 'Pain heat map, front view' }).waitFor();
    await section.getByRole('img', { name: 'Pain heat map, back view' }).waitFor();
    await section.getByText('1 area improved, 1 worse and 0 unchanged.').waitFor();
    await expect(section.getByLabel('Period').inputValue()).resolves.toBe('4w');
    // The marks are in the legend as well as on the figures.
    await section.getByText('Hatched: improved').waitFor();
    await section.getByText('Thick outline: worse').waitFor();

    await section.getByText('Show as a table').click();
    const table = section.getByRole('table', { name: /Mean intensity by area/ });
    await table.waitFor();
    const temple = table.getByRole('row', { name: /Right temple/ });
    await expect(temple.getByRole('cell').allInnerTexts()).resolves.toEqual(['7', '3', '−4', 'Improved']);
    const neck = table.getByRole('row', { name: /Back of the neck, left/ });
    await expect(neck.getByRole('cell').allInnerTexts()).resolves.toEqual(['2', '6', '+4', 'Worse']);
    expect(await axeViolations(page)).toEqual([]);

    // All time: the same drawings, the same verdicts.
    await section.getByLabel('Period').selectOption('all');
    await expect(temple.getByRole('cell').last().innerText()).resolves.toBe('Improved');
    await context.close();
  });
});
