import { readFile } from 'node:fs/promises';
import { generateTotp } from '@myomap/server/auth/totp.ts';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

let server: TestServer;
let browser: Browser;
/** The owner's browser, signed in after the first test; the later tests act as the owner through it. */
let ownerContext: BrowserContext;

const PASSWORD = 'correct horse battery staple';
const OWNER = { name: 'Ada Okafor', email: 'ada@harbour.example', clinicName: 'Harbour Physio' };
const CLIENT = { name: 'Grace Hopper', email: 'grace@example.org', password: 'amber lantern quietly folding' };

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function newContext(): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block', acceptDownloads: true });
}

/** Calls the API as the person signed in to `context`: their session cookie and their CSRF token. */
async function apiAs<T>(context: BrowserContext, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const session = (await context.cookies(server.url)).find((c) => c.name === 'myomap_session');
  if (!session) throw new Error('not signed in');
  const cookie = `myomap_session=${session.value}`;
  const me = (await (await fetch(`${server.url}/api/auth/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      cookie,
      'x-csrf-token': me.csrfToken,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

async function answerAllNo(page: Page): Promise<void> {
  for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
}

describe('accounts', () => {
  it('sets up a clinic on first start, signs out, and signs in again (saying so when the password is wrong)', async () => {
    ownerContext = await newContext();
    const page = await ownerContext.newPage();
    await page.goto(`${server.url}/setup`);
    await page.getByRole('heading', { level: 1, name: 'Set up Myomap' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Your name').fill(OWNER.name);
    await page.getByLabel('Email').fill(OWNER.email);
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('radio', { name: /I run a clinic/ }).check();
    await page.getByLabel('Clinic name').fill(OWNER.clinicName);
    await page.getByRole('button', { name: 'Set up Myomap' }).click();
    await page.waitForURL((url) => url.pathname === '/clinic');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, OWNER.email, 'not my password at all');
    await expect(page.getByRole('alert').innerText()).resolves.toMatch('Email or password is incorrect');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/clinic');
    await page.getByRole('link', { name: OWNER.name }).waitFor();

    // Set-up happens once: afterwards the page says so.
    await page.goto(`${server.url}/setup`);
    await page.getByRole('heading', { level: 1, name: 'Myomap is already set up' }).waitFor();
    await page.close();
  });

  it('lets a client choose their own password, sign consent, answer the safety questions and download the record', async () => {
    const me = await apiAs<{ memberships: { clinicId: string; role: string }[] }>(ownerContext, 'GET', '/api/auth/me');
    const clinicId = me.memberships.find((m) => m.role === 'owner')!.clinicId;
    const client = await apiAs<{ id: string }>(ownerContext, 'POST', `/api/clinics/${clinicId}/clients`, {
      name: CLIENT.name,
      email: CLIENT.email,
    });
    const access = await apiAs<{ oneTimePassword: string }>(
      ownerContext,
      'POST',
      `/api/clinics/${clinicId}/clients/${client.id}/portal`,
    );

    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/signin`);
    await signIn(page, CLIENT.email, access.oneTimePassword);
    await page.getByRole('heading', { level: 1, name: 'Choose your own password' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('One-time password from your clinic').fill(access.oneTimePassword);
    await page.getByLabel('New password', { exact: true }).fill(CLIENT.password);
    await page.getByRole('button', { name: 'Save my password' }).click();

    await page.waitForURL((url) => url.pathname === '/portal');
    await page.getByRole('heading', { level: 1, name: 'Client portal' }).waitFor();
    await page.getByRole('heading', { name: 'Consent to myofascial trigger point therapy' }).waitFor();
    await page.getByLabel('Type your full name to sign').fill(CLIENT.name);
    await page.getByRole('button', { name: 'Sign consent' }).click();
    await page.getByRole('status').filter({ hasText: 'Thank you: you signed' }).waitFor();
    await expect(page.getByRole('button', { name: 'Sign consent' }).count()).resolves.toBe(0);

    await page.getByRole('button', { name: 'Answer the safety questions' }).click();
    await page.getByRole('heading', { name: /Step 1 of 3/ }).waitFor();
    await answerAllNo(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { name: /Step 2 of 3/ }).waitFor();
    await answerAllNo(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { name: 'Nothing in your answers stands in the way' }).waitFor();
    await page.getByText(/Your answers were sent to Harbour Physio/).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download my record' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`myomap-record-${client.id}.json`);
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      client: { name: string };
      consentSignatures: { signedName: string }[];
      screenings: unknown[];
    };
    expect(exported.client.name).toBe(CLIENT.name);
    expect(exported.consentSignatures).toHaveLength(1);
    expect(exported.consentSignatures[0]!.signedName).toBe(CLIENT.name);
    expect(exported.screenings).toHaveLength(1);
    const [fhir] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'For another health system (FHIR R4)' }).click(),
    ]);
    expect(fhir.suggestedFilename()).toBe(`myomap-record-${client.id}.fhir.json`);
    const bundle = JSON.parse(await readFile(await fhir.path(), 'utf8')) as {
      resourceType: string;
      entry: { resource: { resourceType: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.entry.map((e) => e.resource.resourceType)).toContain('QuestionnaireResponse');

    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByRole('link', { name: OWNER.clinicName }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('turns on two-factor sign-in, then asks for the code when signing in', async () => {
    const page = await ownerContext.newPage();
    await page.goto(`${server.url}/account`);
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    await page.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    const secret = (await page.locator('.secret').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await axeViolations(page)).toEqual([]);
    // A code from the previous 30-second step: the sign-in below then uses a newer one (no replay).
    await page.getByLabel('6-digit code from your app').fill(generateTotp(secret, { now: Date.now() - 30_000 }));
    await page.getByRole('button', { name: 'Confirm and turn on' }).click();
    await page.getByRole('status').filter({ hasText: 'Two-factor sign-in is on' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${server.url}/signin?next=${encodeURIComponent('/account')}`);
    await signIn(page, OWNER.email, PASSWORD);
    const code = page.getByLabel('Two-factor code');
    await code.waitFor();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch('Enter the 6-digit code');
    await expect(code.getAttribute('autocomplete')).resolves.toBe('one-time-code');
    await code.fill(generateTotp(secret));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByText('Signing in needs your password and a code from your authenticator app').waitFor();
    await page.close();
  });
});
