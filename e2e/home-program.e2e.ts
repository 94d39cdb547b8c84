import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signInWithPage, type ApiSession } from './support/api.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

/**
 * Issue #9 in the browser: a therapist gives a client a home program on the client page; the client sees it
 * due in the portal, logs one routine with the form and one at the end of the guided session, and the
 * therapist then sees the adherence and pain. The client also sees a booked visit, gets a calendar link and
 * cancels the visit.
 */

const PASSWORD = 'correct horse battery staple';
const ZONE = 'Europe/London';
const OWNER = { name: 'Olivia Owner', email: 'olivia@clinic.example' };
const CLIENT = { name: 'Casey Client', email: 'casey@example.org' };
const CLINIC = 'Harbour Myotherapy';

type Session = ApiSession;

let server: TestServer;
let browser: Browser;
let owner: Session;
let clinicId = '';
let clientId = '';
let ownerId = '';
let typeId = '';

/** A date in the clinic's zone, `days` from today, as YYYY-MM-DD. */
function day(days: number): string {
  const now = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

/** A JSON request to this run's server (see support/api.ts). */
function call<T>(
  path: string,
  options: { method?: string; body?: unknown; as?: Session } = {},
): Promise<{ data: T; session: Session | undefined }> {
  return apiCall<T>(server.url, path, options);
}

function signIn(page: Page, email: string): Promise<void> {
  return signInWithPage(page, server.url, email, PASSWORD);
}

function newContext(width: number, height: number): Promise<BrowserContext> {
  // No service worker: its update check would schedule work on the guided session's fake clock.
  return browser.newContext({ viewport: { width, height }, timezoneId: ZONE, serviceWorkers: 'block' });
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const setup = await call<{ user: { id: string }; memberships: { clinicId: string }[] }>('/api/auth/setup', {
    method: 'POST',
    body: { ...OWNER, password: PASSWORD, clinicName: CLINIC },
  });
  owner = setup.session!;
  ownerId = setup.data.user.id;
  clinicId = setup.data.memberships[0]!.clinicId;
  await call(`/api/clinics/${clinicId}`, {
    method: 'PATCH',
    body: { timeZone: ZONE, clientChangeHours: 24, clientRequests: true },
    as: owner,
  });
  clientId = (
    await call<{ id: string }>(`/api/clinics/${clinicId}/clients`, {
      method: 'POST',
      body: { name: CLIENT.name, email: CLIENT.email, therapistId: ownerId },
      as: owner,
    })
  ).data.id;
  const access = await call<{ oneTimePassword: string }>(`/api/clinics/${clinicId}/clients/${clientId}/portal`, {
    method: 'POST',
    as: owner,
  });
  const client = await call('/api/auth/signin', {
    method: 'POST',
    body: { email: CLIENT.email, password: access.data.oneTimePassword },
  });
  await call('/api/auth/password', {
    method: 'POST',
    body: { currentPassword: access.data.oneTimePassword, newPassword: PASSWORD },
    as: client.session,
  });
  // The clinic's intake: the client takes warfarin. A home routine must keep to light pressure without
  // asking every question again.
  await call(`/api/clinics/${clinicId}/clients/${clientId}/screenings`, {
    method: 'POST',
    body: { answers: {}, medications: ['Warfarin 3 mg'] },
    as: owner,
  });
  typeId = (
    await call<{ id: string }>(`/api/clinics/${clinicId}/appointment-types`, {
      method: 'POST',
      body: { name: 'Treatment', durationMinutes: 60 },
      as: owner,
    })
  ).data.id;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('home programs and visits', () => {
  let programId = '';

  it('lets the owner give the client a daily home program from the client page', async () => {
    const context = await newContext(1280, 1000);
    const page = await context.newPage();
    await signIn(page, OWNER.email);
    await page.goto(`${server.url}/clinic/${clinicId}/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT.name }).waitFor();
    const section = page.getByRole('region', { name: 'Home program' });
    await section.getByText('No home program yet.').waitFor();

    await section.getByRole('button', { name: 'New home program' }).click();
    const form = section.getByRole('form', { name: `New home program for ${CLIENT.name}` });
    await form.getByRole('textbox', { name: 'Title' }).fill('Neck and temples');
    await form.getByRole('searchbox', { name: 'Find a trigger point' }).fill('upper trap');
    await form.getByRole('button', { name: 'Add Upper trapezius — TP1' }).click();
    await form.getByRole('searchbox', { name: 'Find a muscle to stretch' }).fill('upper trapezius');
    await form.getByRole('button', { name: 'Add stretch: Upper trapezius' }).click();
    const items = form.getByRole('list', { name: 'In the program' });
    await expect(items.getByRole('listitem').count()).resolves.toBe(2);
    await expect(
      items
        .getByRole('group', { name: 'Side for Upper trapezius — TP1' })
        .getByRole('radio', { name: 'Right' })
        .isChecked(),
    ).resolves.toBe(true);
    await form.getByRole('combobox', { name: 'Days a week' }).selectOption({ label: 'Every day' });
    await form.getByRole('spinbutton', { name: /^Weeks/ }).fill('4');
    await form.getByLabel('Start date').fill(day(-3));
    await form.getByRole('textbox', { name: /Notes for the client/ }).fill('Firm pressure, never sharp.');
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Give this home program' }).click();

    await section.getByText(/“Neck and temples” is given to Casey Client: every day for 4 weeks/).waitFor();
    const program = section.getByRole('article', { name: 'Neck and temples' });
    await expect(program.innerText()).resolves.toMatch(/0 of 4 routines done \(0%\)/);
    await expect(program.innerText()).resolves.toMatch(/Due today/);

    // A calendar link for the client, to send them.
    const feed = page.getByRole('region', { name: 'Calendar feed' });
    await feed.getByRole('button', { name: 'Make a calendar link' }).click();
    const url = await feed.getByRole('textbox', { name: `Calendar link for ${CLIENT.name}` }).inputValue();
    expect(url).toMatch(new RegExp(`^${server.url}/api/feeds/[^/]+\\.ics$`));
    await expect(fetch(url).then((r) => r.text())).resolves.toContain('BEGIN:VCALENDAR');
    expect(await axeViolations(page)).toEqual([]);

    const programs = await call<{ id: string }[]>(`/api/clinics/${clinicId}/clients/${clientId}/home-programs`, {
      as: owner,
    });
    programId = programs.data[0]!.id;
    await context.close();
  });

  it('shows the client the program as due and logs one routine with the form and one after the guided session', async () => {
    const context = await newContext(375, 800);
    const page = await context.newPage();
    await page.clock.install();
    await signIn(page, CLIENT.email);
    await page.goto(`${server.url}/portal`);
    const section = page.getByRole('region', { name: 'Your home program' });
    const program = section.getByRole('article', { name: 'Neck and temples' });
    await program.waitFor();
    const text = await program.innerText();
    expect(text).toMatch(/Every day for 4 weeks/);
    expect(text).toMatch(/Due today/);
    expect(text).toMatch(/0 of 4 routines done/);
    expect(text).toMatch(/Also stretch: Upper trapezius \(right\)/);
    expect(text).toMatch(/Firm pressure, never sharp\./);

    const start = program.getByRole('link', { name: 'Start today’s routine' });
    const href = new URL((await start.getAttribute('href')) ?? '', server.url);
    expect(href.pathname).toBe('/session');
    expect(href.searchParams.getAll('tp')).toEqual(['upper-trapezius.tp1:right']);
    expect(href.searchParams.get('program')).toBe(`${clientId}:${programId}`);

    // Yesterday's routine, with the form.
    const log = program.getByRole('form', { name: 'Log a routine' });
    await log.getByLabel('Day you did it').fill(day(-1));
    await log.getByRole('combobox', { name: 'Pain before (0–10)' }).selectOption('6');
    await log.getByRole('combobox', { name: 'Pain after (0–10)' }).selectOption('3');
    await log.getByRole('button', { name: 'Log this routine' }).click();
    await log.getByText(/Logged for .*\. 1 of 4 routines done\./).waitFor();
    await expect(program.innerText()).resolves.toMatch(/1 of 4 routines done/);
    expect(await axeViolations(page)).toEqual([]);

    // Today's, with the guided session.
    await start.click();
    await page.getByRole('heading', { level: 1, name: 'Guided session' }).waitFor();
    await expect(page.getByRole('checkbox').count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Continue to the safety check' }).click();
    // The clinic's screening stands: only "has anything changed?" is asked, and its limit is shown.
    await page.getByRole('heading', { name: 'Has anything changed since your last safety check?' }).waitFor();
    await page.getByText(/3 out of 10 at most \(blood thinners make bruising likely\)/).waitFor();
    await expect(page.getByRole('heading', { name: /Step 1 of 3/ }).count()).resolves.toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nothing has changed' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('radio', { name: '5 minutes', exact: true }).check();
    await page.getByRole('button', { name: 'Make my plan' }).click();
    const review = await page.getByRole('region', { name: /Your plan/ }).innerText();
    expect(review).toContain('3/10 at most: blood thinners make bruising likely');
    for (const match of review.matchAll(/pressure (\d+)\/10/g)) expect(Number(match[1])).toBeLessThanOrEqual(3);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: '6', exact: true }).check();
    await page.getByRole('button', { name: 'Begin the session' }).click();
    await page.getByRole('timer').waitFor();
    for (let i = 0; i < 40 && (await page.getByRole('timer').count()) > 0; i++) await page.clock.fastForward(30_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    // After long fast-forwards the fake clock holds the animation frames Playwright's actionability
    // checks wait for; a dispatched click still goes through React's handlers like a real one.
    await page.getByRole('radio', { name: '2', exact: true }).dispatchEvent('click');
    await page.getByRole('heading', { name: 'Saved to your diary' }).waitFor();
    await page.getByRole('button', { name: 'Save to my diary' }).dispatchEvent('click');
    await page.getByText('Kept in your diary: the chart marks this session.').waitFor();
    await page.getByRole('button', { name: 'Log this routine in your home program' }).dispatchEvent('click');
    await page.getByText('Logged in “Neck and temples” for today: 2 of 4 routines done.').waitFor();
    await page.getByRole('link', { name: 'Back to your home program' }).dispatchEvent('click');
    await page.getByRole('heading', { level: 1, name: 'Client portal' }).waitFor();
    const after = page.getByRole('region', { name: 'Your home program' }).getByRole('article', {
      name: 'Neck and temples',
    });
    await after.getByText('2 of 4 routines done').waitFor();
    await after.getByText('Done today').waitFor();

    // The session's ratings are in the diary kept with the clinic record, and its CSV link serves them.
    const diary = page.getByRole('region', { name: 'Your pain diary' });
    const csvHref = await diary.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref?.startsWith(`/api/portal/records/${clientId}/outcomes.csv`)).toBe(true);
    const csv = await context.request.get(`${server.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^date,time,kind,pain,/);
    expect(lines.some((line) => /,session,.*,6,2,/.test(line))).toBe(true);
    await context.close();
  });

  it('shows the owner the adherence and the mean pain before and after', async () => {
    const context = await newContext(1024, 1200);
    const page = await context.newPage();
    await signIn(page, OWNER.email);
    await page.goto(`${server.url}/clinic/${clinicId}/clients/${clientId}`);
    const program = page
      .getByRole('region', { name: 'Home program' })
      .getByRole('article', { name: 'Neck and temples' });
    await program.waitFor();
    const text = await program.innerText();
    expect(text).toMatch(/2 of 4 routines done \(50%\)/);
    expect(text).toMatch(/Mean pain before → after: 6 → 2\.5/);
    const weeks = program.getByRole('table', { name: /Routines each week/ });
    await expect(weeks.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).resolves.toEqual(['2', '4']);
    const logged = program.getByRole('table', { name: /Routines logged/ });
    await expect(logged.getByRole('row').count()).resolves.toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lists a booked visit in the portal, gives a calendar link, and lets the client cancel the visit', async () => {
    await call(`/api/clinics/${clinicId}/appointments`, {
      method: 'POST',
      body: { clientId, therapistId: ownerId, typeId, start: `${day(7)}T10:00` },
      as: owner,
    });
    const context = await newContext(375, 800);
    const page = await context.newPage();
    await signIn(page, CLIENT.email);
    await page.goto(`${server.url}/portal`);
    const visits = page.getByRole('region', { name: 'Your visits' });
    const list = visits.getByRole('list', { name: 'Upcoming visits' });
    await list.waitFor();
    const visit = list.getByRole('listitem');
    await expect(visit.count()).resolves.toBe(1);
    await expect(visit.innerText()).resolves.toMatch(/at 10:00[\s\S]*Treatment with Olivia Owner/);

    // The calendar link for the phone.
    await visits.getByRole('button', { name: 'Make a calendar link' }).click();
    const url = await visits.getByRole('textbox', { name: 'Your calendar link' }).inputValue();
    expect(url).toMatch(/\/api\/feeds\/[^/]+\.ics$/);
    const webcal = await visits.getByRole('link', { name: 'Open in your calendar app' }).getAttribute('href');
    expect(webcal).toBe(url.replace(/^http:\/\//, 'webcal://'));
    await expect(fetch(url).then((r) => r.text())).resolves.toContain(`Treatment at ${CLINIC}`);

    await visit.getByRole('button', { name: /^Cancel your visit on/ }).click();
    expect(await axeViolations(page)).toEqual([]);
    await visit.getByRole('button', { name: 'Yes, cancel the visit' }).click();
    await visits.getByText(/Your visit on .* at 10:00 is cancelled\./).waitFor();
    await visits.getByText(`No visits booked at ${CLINIC}.`).waitFor();
    await context.close();
  });
});
