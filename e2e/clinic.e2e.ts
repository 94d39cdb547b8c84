import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { apiCall, type ApiSession } from './support/api.ts';
import { lastLinkTo } from './support/mailbox.ts';

const PASSWORD = 'correct horse battery staple';
const OWNER = { name: 'Olivia Owner', email: 'owner@clinic.example' };
const DESK = { name: 'Frank Front', email: 'desk@clinic.example' };
const CLINIC = 'Riverside Myotherapy';

let server: TestServer;
let browser: Browser;

type Session = ApiSession;

/** A JSON request to this run's server (see support/api.ts). */
function call<T>(
  path: string,
  options: { method?: string; body?: unknown; as?: Session } = {},
): Promise<{ data: T; session: Session | undefined }> {
  return apiCall<T>(server.url, path, options);
}

/**
 * Signs in at /signin: with the form when the page has one, otherwise by calling the API from the
 * page, which sets the session cookie the same way.
 */
async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${server.url}/signin`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  const passwordField = page.getByLabel(/^password/i);
  if ((await passwordField.count()) === 1) {
    await page.getByRole('textbox', { name: /email/i }).fill(email);
    await passwordField.fill(PASSWORD);
    await page.getByRole('button', { name: /^sign in$/i }).click();
    await page.waitForURL((url) => url.pathname !== '/signin');
    return;
  }
  const status = await page.evaluate(
    async (body) =>
      (
        await fetch('/api/auth/signin', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        })
      ).status,
    { email, password: PASSWORD },
  );
  expect(status).toBe(200);
}

async function answerNoToEverything(page: Page): Promise<void> {
  for (const next of ['Next', 'Next']) {
    for (const radio of await page.getByRole('radio', { name: 'No', exact: true }).all()) await radio.check();
    await page.getByRole('button', { name: next }).click();
  }
}

let clinicId = '';
let clientUrl = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const owner = await call<{ memberships: { clinicId: string }[] }>('/api/auth/setup', {
    method: 'POST',
    body: { ...OWNER, password: PASSWORD, clinicName: CLINIC },
  });
  clinicId = owner.data.memberships[0]!.clinicId;
  // Staff join by accepting the emailed invitation, choosing their password there.
  await call(`/api/clinics/${clinicId}/members`, {
    method: 'POST',
    body: { ...DESK, role: 'front-desk' },
    as: owner.session,
  });
  // Someone else's client, so the search has something to leave out.
  await call(`/api/clinics/${clinicId}/clients`, {
    method: 'POST',
    body: { name: 'Bartholomew Quince', phone: '07700 900999' },
    as: owner.session,
  });
  await call('/api/auth/email-link', {
    method: 'POST',
    body: { token: await lastLinkTo(server.dataDir, DESK.email), password: PASSWORD },
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('clinic', () => {
  it('shows what the clinic side offers when signed out', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}/clinic`);
    await page.getByRole('heading', { level: 1, name: 'Clinic', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Intake and safety screening' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).waitFor();
    await page.getByRole('link', { name: 'Set up Myomap' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lets the owner add a client, find them, record consent, screen, and edit medicines', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, OWNER.email);

    await page.goto(`${server.url}/clinic`);
    await page.getByRole('heading', { level: 1, name: CLINIC }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/clinic/${clinicId}`);
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/Your role here:\s*Clinic owner/);
    await page.getByRole('link', { name: 'Clinic settings, staff and audit log' }).waitFor();
    await page.getByRole('link', { name: 'Bartholomew Quince' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A new client through the form: their page opens.
    await expect(page.getByRole('heading', { name: 'New client' }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'New client' }).click();
    await page.getByRole('heading', { name: 'New client' }).waitFor();
    await page.getByRole('textbox', { name: 'Full name' }).fill('Ada Lovelace');
    await page.getByRole('textbox', { name: /^Email/ }).fill('ada@example.org');
    await page.getByRole('textbox', { name: /^Phone/ }).fill('07700 900123');
    await page.getByLabel(/^Date of birth/).fill('1985-04-12');
    await page.getByRole('textbox', { name: /^Emergency contact name/ }).fill('Charles Babbage');
    await page.getByRole('textbox', { name: /^Emergency contact phone/ }).fill('07700 900456');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    clientUrl = new URL(page.url()).pathname;
    expect(clientUrl).toMatch(new RegExp(`^/clinic/${clinicId}/clients/[^/]+$`));

    // Found by search as you type; the other client is left out.
    await page.getByRole('link', { name: CLINIC }).click();
    await page.getByRole('heading', { level: 1, name: CLINIC }).waitFor();
    await page.getByRole('searchbox', { name: 'Search clients' }).fill('lovel');
    await page.getByText('1 client matches “lovel”.').waitFor();
    await expect(page.getByRole('link', { name: 'Bartholomew Quince' }).count()).resolves.toBe(0);
    const found = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Ada Lovelace' }) });
    await expect(found.innerText()).resolves.toMatch(/Born 12 April 1985 · Phone 07700 900123/);
    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    await page.getByRole('link', { name: 'New session note', exact: true }).waitFor();
    await expect(page.getByRole('link', { name: 'New session note', exact: true }).getAttribute('href')).resolves.toBe(
      `${clientUrl}/notes/new`,
    );
    await page.getByText('No safety screening yet.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Consent signed in clinic: the client types their name.
    await page
      .getByRole('button', { name: /Record signature in clinic/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Full name, typed by the client' }).fill('Ada Lovelace');
    await page.getByRole('button', { name: 'Sign consent' }).click();
    await page.getByText('Signature recorded.').waitFor();
    const consent = page.getByRole('region', { name: 'Consent' });
    await expect(consent.innerText()).resolves.toMatch(/Signed \d/);

    // Screen now: "no" to everything.
    await page.getByRole('button', { name: 'Screen now' }).click();
    await page.getByRole('heading', { name: /Step 1 of 3/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await answerNoToEverything(page);
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByText(/^Screening recorded at/).waitFor();
    await page.getByRole('heading', { name: 'Nothing in the answers stands in the way' }).waitFor();
    await page.getByText('This is the first screening on record', { exact: false }).waitFor();

    // Medicines edited, then a re-screen shows what changed.
    await page.getByRole('button', { name: 'Edit medicines' }).click();
    await page.getByRole('textbox', { name: 'Medicines, one per line' }).fill('Warfarin\n');
    await page.getByRole('button', { name: 'Save medicines' }).click();
    await page.getByText(/^Medicines saved/).waitFor();
    // The list refreshes from the server after the save; wait for it rather than read it at once.
    await page
      .getByRole('region', { name: 'Medicines' })
      .getByRole('listitem')
      .filter({ hasText: 'Warfarin' })
      .waitFor();
    await expect(
      page.getByRole('region', { name: 'Medicines' }).getByRole('listitem').allInnerTexts(),
    ).resolves.toEqual(['Warfarin']);
    await page.getByRole('button', { name: 'Re-screen before this session' }).click();
    await answerNoToEverything(page);
    await expect(page.getByRole('textbox', { name: /medicines, one per line/i }).inputValue()).resolves.toBe(
      'Warfarin',
    );
    await page.getByRole('button', { name: 'See the result' }).click();
    await page.getByRole('heading', { name: 'Go ahead, with changes' }).waitFor();
    const changes = await page.getByRole('region', { name: 'Safety screening' }).innerText();
    expect(changes).toMatch(/Outcome changed: was “No concerns”, now “Go ahead with care”\./);
    expect(changes).toMatch(/New medicines: Warfarin/);
    expect(changes).toMatch(/Light pressure only, 3 out of 10 at most \(blood thinners make bruising likely\)/);

    // The timeline, newest first: both screenings and the consent.
    const timeline = page.locator('.timeline > li');
    // The record refreshes after the re-screen: wait for the third entry before counting.
    await timeline.nth(2).waitFor();
    await expect(timeline.count()).resolves.toBe(3);
    const entries = await timeline.allInnerTexts();
    expect(entries[0]).toMatch(/Safety screening \(in clinic\)[\s\S]*go ahead with care/i);
    expect(entries[1]).toMatch(/Safety screening \(in clinic\)/);
    expect(entries[2]).toMatch(/Consent signed: .*\(version 1\)[\s\S]*Signed as Ada Lovelace in clinic/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows front desk the contact details and consent, but no clinical record', async () => {
    expect(clientUrl).not.toBe('');
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await signIn(page, DESK.email);
    await page.goto(`${server.url}/clinic`);
    await page.getByRole('heading', { level: 1, name: CLINIC }).waitFor();
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/Your role here:\s*Front desk/);
    await expect(page.getByRole('link', { name: 'Clinic settings, staff and audit log' }).count()).resolves.toBe(0);

    await page.goto(`${server.url}${clientUrl}`);
    await page.getByRole('heading', { level: 1, name: 'Ada Lovelace' }).waitFor();
    const details = await page.getByRole('region', { name: 'Contact details' }).innerText();
    expect(details).toContain('07700 900123');
    expect(details).toContain('ada@example.org');
    expect(details).toContain('Charles Babbage');
    await page.getByText('Clinical records are visible to therapists only.').waitFor();
    await page
      .getByRole('region', { name: 'Consent' })
      .getByText(/Signed \d/)
      .waitFor();
    await expect(page.getByRole('link', { name: 'New session note' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Safety screening' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Timeline' }).count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { name: 'Medicines' }).count()).resolves.toBe(0);
    await expect(page.locator('.timeline').count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Front desk keeps the contact details up to date.
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('textbox', { name: /^Phone/ }).fill('07700 900321');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Details saved.').waitFor();
    await expect(page.getByRole('region', { name: 'Contact details' }).innerText()).resolves.toContain('07700 900321');
    await context.close();
  });

  it('lets the owner erase a client on request, and answers an unknown client with a way back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, OWNER.email);
    await page.goto(`${server.url}/clinic/${clinicId}`);
    await page.getByRole('link', { name: 'Bartholomew Quince' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bartholomew Quince' }).waitFor();
    await page.getByRole('button', { name: 'Erase on request' }).click();
    const confirm = page.getByRole('textbox', { name: /To confirm, type the client’s name/ });
    await confirm.fill('Bartholomew');
    await page.getByRole('button', { name: 'Erase this client’s record' }).click();
    await page.getByText('The name typed does not match the client’s name.').waitFor();
    await confirm.fill('Bartholomew Quince');
    await page.getByRole('button', { name: 'Erase this client’s record' }).click();
    await page.getByText('The record was erased.').waitFor();
    // Never treated: nothing had to be kept, the name included.
    await page.getByRole('heading', { level: 1, name: 'Erased client' }).waitFor();
    await page
      .getByText(/nothing had to be kept/)
      .first()
      .waitFor();
    await expect(page.getByRole('link', { name: 'New session note' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Screen now' }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: CLINIC }).click();
    const erased = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Erased client' }) });
    await expect(erased.innerText()).resolves.toContain('Erased on request');

    await page.goto(`${server.url}/clinic/${clinicId}/clients/no-such-client`);
    await page.getByRole('heading', { level: 1, name: 'Client not found' }).waitFor();
    await page.getByRole('link', { name: `Back to the clients of ${CLINIC}` }).click();
    await page.getByRole('heading', { level: 1, name: CLINIC }).waitFor();
    await context.close();
  });

  it('lets someone without a clinic open one', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    // Signs up in the browser: the page says to check the email, and the emailed link finishes it.
    await page.goto(`${server.url}/signup`);
    await page.getByLabel('Your name').fill('Sam Solo');
    await page.getByLabel('Email').fill('sam@solo.example');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
    await page.goto(`${server.url}/email-link#token=${await lastLinkTo(server.dataDir, 'sam@solo.example')}`);
    await page.getByRole('heading', { level: 1, name: 'Finish creating your account' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${server.url}/clinic`);
    await page.getByRole('heading', { level: 1, name: 'Clinic', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Open a clinic' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Open a clinic' }).click();
    await page.getByText('Enter the clinic’s name.').waitFor();
    await page.getByRole('textbox', { name: 'Clinic name' }).fill('Solo Practice');
    await page.getByRole('button', { name: 'Open a clinic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solo Practice' }).waitFor();
    await expect(page.getByRole('main').innerText()).resolves.toMatch(/Your role here:\s*Clinic owner/);
    await page.getByText('No clients yet.').waitFor();
    await context.close();
  });
});
