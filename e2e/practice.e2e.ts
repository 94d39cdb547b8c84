import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

/**
 * The browser test: on a fresh Myomap, a therapist sets up their clinic and takes a new client from
 * intake through screening and consent to a signed SOAP note with a body chart, using only the web app on a
 * tablet; the audit log then shows every step.
 */

const PASSWORD = 'correct horse battery staple';

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

async function answerNoToEverything(page: Page): Promise<void> {
  for (const next of ['Next', 'Next']) {
    for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
    await page.getByRole('button', { name: next }).click();
  }
  for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
}

describe('a therapist\u2019s first client', () => {
  it('goes from first start to intake, screening, consent and a signed SOAP note, all in the audit log', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
    const page = await context.newPage();

    await page.goto(`${server.url}/setup`);
    await page.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();
    await page.getByLabel('Your name').fill('Tessa Therapist');
    await page.getByLabel('Email').fill('tessa@practice.example');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('radio', { name: /I run a clinic/ }).check();
    await page.getByLabel('Clinic name').fill('Riverside Trigger Point Clinic');
    await page.getByRole('button', { name: 'Set up Myomap' }).click();
    await page.getByRole('heading', { level: 1, name: 'Riverside Trigger Point Clinic' }).waitFor();

    // Intake: contact details.
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Morgan Newclient');
    await page.getByRole('textbox', { name: /^Email/ }).fill('morgan@example.org');
    await page.getByLabel(/^Date of birth/).fill('1979-08-21');
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Morgan Newclient' }).waitFor();
    const clientUrl = new URL(page.url()).pathname;

    // Safety screening before the first session.
    await page.getByRole('button', { name: 'Screen now' }).click();
    await page.getByRole('heading', { name: /Step 1 of 3/ }).waitFor();
    await answerNoToEverything(page);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { name: 'Nothing in the answers stands in the way' }).waitFor();

    // Consent, signed in clinic.
    await page
      .getByRole('button', { name: /Record signature in clinic/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Full name, typed by the client' }).fill('Morgan Newclient');
    await page.getByRole('button', { name: 'Sign consent' }).click();
    await page.getByText('Signature recorded.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The session note, with the body chart.
    await page.getByRole('link', { name: 'New session note', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'New session note' }).waitFor();
    const started = Date.now();
    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('right temple');
    await page.getByRole('button', { name: 'Mark Right temple' }).click();
    await page
      .getByRole('list', { name: 'Suggested trigger points' })
      .getByRole('button', { name: 'Add Upper trapezius — TP1 (right)' })
      .click();
    await page
      .getByRole('group', { name: 'Pain before treatment' })
      .getByRole('radio', { name: '7', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Pain after treatment' })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await page.getByRole('textbox', { name: 'Subjective' }).fill('Temple headaches most afternoons for a month.');
    await page
      .getByRole('textbox', { name: 'Plan' })
      .fill('Weekly for four weeks; upper trapezius self-release daily.');
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Session note', exact: true }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Note signed and locked.' }).waitFor();
    // eslint-disable-next-line no-console
    console.log(`practice.e2e: note written and signed in ${((Date.now() - started) / 1000).toFixed(1)} s of UI time`);
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/Signed and locked/);
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/7 → 3/);

    // The client's timeline has it all, in order.
    await page.goto(`${server.url}${clientUrl}`);
    await page.getByRole('heading', { level: 1, name: 'Morgan Newclient' }).waitFor();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByText(/Session .* with Tessa Therapist/).waitFor();
    const entries = await timeline.getByRole('listitem').allInnerTexts();
    expect(entries.join('\n')).toMatch(/Treated Upper trapezius; pain 7 → 3/);
    expect(entries.some((e) => /Consent signed/.test(e))).toBe(true);
    expect(entries.some((e) => /Safety screening/.test(e))).toBe(true);

    // The record leaves as a PDF progress report, a FHIR R4 Bundle and CHOIR drawings, from the page's links.
    for (const [name, type] of [
      ['Progress report (PDF)', 'application/pdf'],
      ['FHIR R4 Bundle', 'application/fhir+json'],
      ['Pain drawings (CHOIR body map)', 'application/json'],
    ] as const) {
      const href = await page.getByRole('link', { name }).getAttribute('href');
      const answer = await page.evaluate(async (url) => {
        const response = await fetch(url ?? '');
        return { status: response.status, type: response.headers.get('content-type') ?? '' };
      }, href);
      expect(answer.status, name).toBe(200);
      expect(answer.type, name).toContain(type);
    }
    await page.getByRole('heading', { name: 'Next visits' }).waitFor();

    // And the owner's audit log shows every access, without health data.
    await page.getByRole('link', { name: 'Riverside Trigger Point Clinic' }).first().click();
    await page.getByRole('link', { name: 'Clinic settings, staff and audit log' }).click();
    const log = page.getByRole('table', { name: /^Events in this clinic/ });
    await log.waitFor();
    const text = await log.innerText();
    for (const code of [
      'client.create',
      'screening.create',
      'consent.sign',
      'note.create-signed',
      'client.record.read',
    ]) {
      expect(text).toContain(code);
    }
    expect(text).not.toMatch(/headache|trapezius|Morgan/i);
    await context.close();
  });
});
