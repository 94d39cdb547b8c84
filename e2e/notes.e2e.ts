import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';
import { lastLinkTo } from './support/mailbox.ts';

const PASSWORD = 'correct horse battery staple';
const OWNER = { name: 'Nora Owner', email: 'nora@notes.example' };
const CLINIC = 'Harbour Myotherapy';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;
let clinicId: string;
let clientId: string;

interface Session {
  cookie: string;
  csrf: string;
}

/** A JSON request to the API, failing loudly on an unexpected status. */
async function call<T>(
  path: string,
  options: { method?: string; body?: unknown; as?: Session } = {},
): Promise<{ data: T; response: Response }> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.as) {
    headers.cookie = options.as.cookie;
    headers['x-csrf-token'] = options.as.csrf;
  }
  const response = await fetch(`${server.url}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  return { data: (text ? JSON.parse(text) : null) as T, response };
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

async function openNewNote(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${server.url}/clinic/${clinicId}/clients/${clientId}/notes/new`);
  await page.getByRole('heading', { level: 1, name: 'New session note' }).waitFor();
  await page.getByText('Jamie Client', { exact: true }).first().waitFor();
  return page;
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();

  const setUp = await call<{ csrfToken: string; memberships: { clinicId: string }[] }>('/api/auth/setup', {
    method: 'POST',
    body: { ...OWNER, password: PASSWORD, clinicName: CLINIC },
  });
  const cookie = setUp.response.headers.get('set-cookie')?.match(/myomap_session=[^;]+/)?.[0];
  if (!cookie) throw new Error('set-up gave no session cookie');
  const owner: Session = { cookie, csrf: setUp.data.csrfToken };
  clinicId = setUp.data.memberships[0]!.clinicId;
  const client = await call<{ id: string }>(`/api/clinics/${clinicId}/clients`, {
    method: 'POST',
    body: { name: 'Jamie Client', dateOfBirth: '1984-03-09' },
    as: owner,
  });
  clientId = client.data.id;
  // The intake screening: a blood thinner. The note editor shows its limit beside the chart.
  await call(`/api/clinics/${clinicId}/clients/${clientId}/screenings`, {
    method: 'POST',
    body: { answers: {}, medications: ['Warfarin 3 mg'] },
    as: owner,
  });

  // A tablet, the device the note editor is designed for.
  context = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
  const page = await context.newPage();
  await signIn(page, OWNER.email);
  await page.close();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe('session notes', () => {
  it('writes a note from the body chart, signs and locks it, then adds an addendum', async () => {
    const page = await openNewNote();
    const started = Date.now();

    await page.getByRole('searchbox', { name: 'Find a place on the body' }).fill('right temple');
    await page.getByRole('button', { name: 'Mark Right temple' }).click();
    await expect(
      page.getByRole('checkbox', { name: /^Right temple, 5 out of 10/ }).getAttribute('aria-checked'),
    ).resolves.toBe('true');

    await page
      .getByRole('list', { name: 'Suggested trigger points' })
      .getByRole('button', { name: 'Add Upper trapezius — TP1 (right)' })
      .click();
    const treated = page.getByRole('list', { name: 'Points treated' });
    await treated.getByRole('group', { name: /Upper trapezius — TP1/ }).waitFor();
    await expect(treated.getByRole('radio', { name: 'Right' }).isChecked()).resolves.toBe(true);
    await expect(treated.getByLabel('Technique').inputValue()).resolves.toBe('sustained-compression');
    // The client's screening limits sit beside the chart, per point, and stripping under a light limit is flagged.
    const limits = page.getByRole('region', { name: 'Safety limits' });
    await limits
      .getByText(/Light pressure only, 3 out of 10 at most \(blood thinners make bruising likely\)/)
      .waitFor();
    const perPoint = limits.getByRole('list', { name: 'Treated points and their limits' });
    await perPoint.getByText(/3\/10 at most: blood thinners make bruising likely/).waitFor();
    await treated.getByLabel('Technique').selectOption('stripping');
    await limits.getByRole('alert').filter({ hasText: 'Stripping is usually firmer than 3/10' }).waitFor();
    await treated.getByLabel('Technique').selectOption('sustained-compression');
    await expect(limits.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.getByLabel('Session date').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page
      .getByRole('group', { name: 'Pain before treatment' })
      .getByRole('radio', { name: '6', exact: true })
      .check();
    await page
      .getByRole('group', { name: 'Pain after treatment' })
      .getByRole('radio', { name: '3', exact: true })
      .check();
    await page
      .getByRole('textbox', { name: 'Subjective' })
      .fill('Right-sided temple headache for two weeks, worse after long days at the desk.');
    const filling = Date.now() - started;
    expect(await axeViolations(page)).toEqual([]);

    const signing = Date.now();
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Session note' }).waitFor();
    const elapsed = filling + (Date.now() - signing);
    // A rough guide to how long the routine note takes through the UI (not asserted: machines differ).
    // eslint-disable-next-line no-console
    console.log(`notes.e2e: note filled and signed through the UI in ${(elapsed / 1000).toFixed(1)} s`);

    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^/clinic/${clinicId}/clients/${clientId}/notes/[^/]+$`));
    await page.getByRole('status').filter({ hasText: 'Note signed and locked.' }).waitFor();
    const main = page.getByRole('main');
    await expect(main.innerText()).resolves.toMatch(/Signed and locked/);
    await expect(main.innerText()).resolves.toMatch(/Signed by Nora Owner on/);
    await expect(main.innerText()).resolves.toMatch(/6 → 3/);
    await expect(page.getByRole('list', { name: 'Marked places' }).innerText()).resolves.toMatch(
      /Right temple\s+5\/10/,
    );
    const row = page.getByRole('row').filter({ hasText: 'Upper trapezius' });
    await expect(row.innerText()).resolves.toMatch(/Upper trapezius\s+TP1\s+Right\s+Sustained compression/);
    await expect(main.innerText()).resolves.toMatch(/Right-sided temple headache/);
    // Locked: nothing left to edit but the addendum.
    await expect(page.getByRole('button', { name: 'Save draft' }).count()).resolves.toBe(0);
    await expect(page.getByRole('textbox', { name: 'Subjective' }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('textbox', { name: 'Addendum' }).fill('Phoned the next day: the headache eased that evening.');
    await page.getByRole('button', { name: 'Add addendum' }).click();
    const addenda = page.getByRole('list', { name: 'Addenda' });
    await addenda.getByText('Phoned the next day').waitFor();
    await expect(addenda.innerText()).resolves.toMatch(/Nora Owner, /);
    await expect(page.getByRole('textbox', { name: 'Addendum' }).inputValue()).resolves.toBe('');
    await page.close();
  });

  it('shows the server’s validation errors beside the fields, then saves a draft and signs it', async () => {
    const page = await openNewNote();
    await page.getByRole('searchbox', { name: 'Find a trigger point' }).fill('infraspinatus');
    await page
      .getByRole('button', { name: /^Add Infraspinatus/ })
      .first()
      .click();
    const duration = page.getByLabel('Duration in seconds');
    await duration.fill('5000');
    await page.getByRole('button', { name: 'Save draft' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'The note was not saved' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toMatch(/duration: must be 0–3600 seconds/);
    await expect(duration.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.getByRole('listitem').filter({ has: duration }).innerText()).resolves.toMatch(
      /must be 0–3600 seconds/,
    );
    expect(await axeViolations(page)).toEqual([]);

    await duration.fill('90');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft session note' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Draft saved' }).waitFor();
    await expect(page.getByLabel('Duration in seconds').inputValue()).resolves.toBe('90');

    await page.getByRole('checkbox', { name: 'Local twitch response' }).check();
    await page.getByRole('button', { name: 'Sign note' }).click();
    await page.getByRole('button', { name: 'Sign and lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'Session note' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Infraspinatus' });
    await expect(row.innerText()).resolves.toMatch(/1 min 30 s\s+Yes\s+No/);
    await page.close();
  });

  it('answers a note that does not exist with a friendly message', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/clinic/${clinicId}/clients/${clientId}/notes/no-such-note`);
    await page.getByRole('heading', { level: 1, name: 'Note not found' }).waitFor();
    await page.getByRole('link', { name: 'Back to the client' }).waitFor();
    await page.close();
  });
});

describe('clinic administration', () => {
  it('shows the audit log with the note’s rows, and never health data', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/clinic/${clinicId}/admin`);
    await page.getByRole('heading', { level: 1, name: 'Clinic administration' }).waitFor();
    const log = page.getByRole('table', { name: /Events in this clinic/ });
    await log.waitFor();
    await expect(log.innerText()).resolves.toMatch(/never contains health data/);
    const signed = log.getByRole('row').filter({ hasText: 'note.create-signed' });
    await expect(signed.count()).resolves.toBeGreaterThanOrEqual(1);
    await expect(signed.first().innerText()).resolves.toMatch(
      /Nora Owner[\s\S]*Wrote and signed a session note[\s\S]*Done/,
    );
    await expect(log.getByRole('row').filter({ hasText: 'note.addendum' }).count()).resolves.toBe(1);
    await expect(log.innerText()).resolves.toMatch(/UTC/);
    await expect(log.innerText()).resolves.not.toMatch(/headache/i);

    // Filtered to the client: only rows about that client's record.
    await page.getByLabel('Client id').fill(clientId);
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    const filtered = page.getByRole('table', { name: /Events for client/ });
    await filtered.waitFor();
    await expect(filtered.getByRole('row').filter({ hasText: 'clinic.settings.read' }).count()).resolves.toBe(0);
    await expect(filtered.getByRole('row').filter({ hasText: 'note.create-signed' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('invites a staff member, who joins by accepting the emailed invitation', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/clinic/${clinicId}/admin`);
    await page.getByRole('heading', { level: 2, name: 'Staff' }).waitFor();
    await page.getByRole('table', { name: 'Staff of this clinic' }).getByText(OWNER.email).waitFor();

    await page.getByLabel('Name', { exact: true }).fill('Theo Therapist');
    await page.getByLabel('Email', { exact: true }).fill('theo@notes.example');
    await expect(page.getByLabel('Role').inputValue()).resolves.toBe('therapist');
    await page.getByRole('button', { name: 'Send invitation' }).click();

    const notice = page.getByRole('alert').filter({ hasText: 'invitation' });
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toMatch(/theo@notes\.example/);
    // Invited, not a member until they accept.
    await page.getByText('Invited, not yet joined').waitFor();
    await expect(
      page.getByRole('table', { name: 'Staff of this clinic' }).getByText('theo@notes.example').count(),
    ).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Done/ }).click();

    // Theo opens the emailed link in his own browser and chooses his password.
    const theo = await browser.newContext();
    const theoPage = await theo.newPage();
    await theoPage.goto(`${server.url}/email-link#token=${await lastLinkTo(server.dataDir, 'theo@notes.example')}`);
    await theoPage.getByRole('heading', { level: 1, name: `Join ${CLINIC}` }).waitFor();
    await theoPage.getByLabel('Choose a password').fill('theo has a long passphrase');
    await theoPage.getByRole('button', { name: 'Join' }).click();
    await theoPage.waitForURL((url) => url.pathname.startsWith('/clinic'));
    await theo.close();

    await page.reload();
    await page.getByRole('table', { name: 'Staff of this clinic' }).getByText('theo@notes.example').waitFor();
    await page.close();
  });
});
