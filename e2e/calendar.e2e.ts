import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, type ApiSession } from './support/api.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

const PASSWORD = 'correct horse battery staple';
const OWNER = { name: 'Olivia Owner', email: 'owner@calendar.example' };
const CLINIC = 'Harbour Myotherapy';

let server: TestServer;
let browser: Browser;

type Session = ApiSession;
interface Appointment {
  id: string;
  clientName: string;
  localStart: string;
  status: string;
  seriesId: string | null;
}

/** A JSON request to this run's server (see support/api.ts). */
function call<T>(
  path: string,
  options: { method?: string; body?: unknown; as?: Session } = {},
): Promise<{ data: T; session: Session | undefined }> {
  return apiCall<T>(server.url, path, options);
}

/** Calendar arithmetic on `YYYY-MM-DD` dates. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The first visit: a Tuesday at least three weeks from today, so every visit is in the future. */
function firstTuesday(): string {
  const soon = addDays(new Date().toISOString().slice(0, 10), 21);
  const weekday = new Date(`${soon}T00:00:00Z`).getUTCDay();
  return addDays(soon, (2 - weekday + 7) % 7);
}

/** "Tue 12 May" as the page writes it (the browser's own Intl, so month abbreviations match). */
function dayShort(page: Page, date: string): Promise<string> {
  return page.evaluate((d) => {
    const at = Date.parse(`${d}T00:00:00Z`);
    const weekday = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' }).format(at);
    const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at);
    return `${weekday} ${dayMonth}`;
  }, date);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function signIn(page: Page): Promise<void> {
  await page.goto(`${server.url}/signin`);
  await page.getByRole('textbox', { name: /email/i }).fill(OWNER.email);
  await page.getByLabel(/^password/i).fill(PASSWORD);
  await page.getByRole('button', { name: /^sign in$/i }).click();
  await page.waitForURL((url) => url.pathname !== '/signin');
}

let owner: Session;
let ownerId = '';
let clinicId = '';
let typeId = '';
let cleoId = '';
const start = firstTuesday();
/** The fifth Tuesday: the owner already has a visit then, at the same time. */
const clashDate = addDays(start, 28);

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
  const base = `/api/clinics/${clinicId}`;
  await call(base, { method: 'PATCH', body: { timeZone: 'Europe/London' }, as: owner });
  typeId = (
    await call<{ id: string }>(`${base}/appointment-types`, {
      method: 'POST',
      body: { name: 'Treatment', durationMinutes: 60, bufferMinutes: 0 },
      as: owner,
    })
  ).data.id;
  cleoId = (await call<{ id: string }>(`${base}/clients`, { method: 'POST', body: { name: 'Cleo Client' }, as: owner }))
    .data.id;
  const sam = (
    await call<{ id: string }>(`${base}/clients`, { method: 'POST', body: { name: 'Sam Single' }, as: owner })
  ).data.id;
  const single = await call<{ booked: Appointment[] }>(`${base}/appointments`, {
    method: 'POST',
    body: { clientId: sam, therapistId: ownerId, typeId, start: `${clashDate}T10:00` },
    as: owner,
  });
  expect(single.data.booked.map((a) => a.localStart)).toEqual([`${clashDate}T10:00`]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Cleo's visits as the API lists them, by local start. */
async function cleoVisits(): Promise<string[]> {
  const all = await call<Appointment[]>(
    `/api/clinics/${clinicId}/appointments?clientId=${cleoId}&from=${start}T00:00:00Z`,
    { as: owner },
  );
  return all.data.map((a) => a.localStart).sort();
}

/** The visit buttons of the list view whose names mention a client. */
function listVisits(page: Page, client: string) {
  return page.getByRole('table').getByRole('button', { name: new RegExp(`\\d{2}:\\d{2}–\\d{2}:\\d{2} ${client}`) });
}

describe('calendar', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    await signIn(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('opens from the clinic page with day, week and list views that pass axe', async () => {
    await page.goto(`${server.url}/clinic/${clinicId}`);
    await page.getByRole('heading', { level: 1, name: CLINIC }).waitFor();
    await page.getByRole('link', { name: 'Calendar', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Calendar' }).waitFor();
    await page.getByText('Times are in Europe/London.').waitFor();
    await page.getByRole('heading', { level: 2, name: /^Week of / }).waitFor();
    await page.getByText(/No visits this week\.|\d+ visits? this week\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The week of the single visit: it sits on its Tuesday, named in full.
    await page.getByLabel('Date', { exact: true }).fill(clashDate);
    const single = page.getByRole('button', {
      name: `${await dayShort(page, clashDate)}, 10:00–11:00 Sam Single, Treatment, with Olivia Owner`,
    });
    await single.waitFor();
    await page.getByText('1 visit this week.').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Day', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Tuesday / }).waitFor();
    await page.getByRole('button', { name: '10:00–11:00 Sam Single, Treatment, with Olivia Owner' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByText('No visits on this day.').waitFor();

    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Visits from / }).waitFor();
    await page.getByRole('link', { name: 'Week', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Week of / }).waitFor();
  });

  it('books ten weekly visits, lists the one clash, and books the other nine', async () => {
    await page.getByLabel('Date', { exact: true }).fill(start);
    await page.getByRole('button', { name: 'Book a visit' }).first().click();
    const form = page.getByRole('region', { name: 'Book a visit' });
    await form.getByRole('heading', { name: 'Book a visit' }).waitFor();
    await form.getByRole('searchbox', { name: 'Find the client' }).fill('Cleo');
    await form.getByRole('button', { name: /^Cleo Client/ }).click();
    await form.getByText('Cleo Client', { exact: true }).waitFor();
    await expect(form.getByRole('combobox', { name: 'Therapist' }).inputValue()).resolves.toBe(ownerId);
    await expect(form.getByRole('combobox', { name: 'Appointment type' }).inputValue()).resolves.toBe(typeId);
    await form.getByLabel('Date', { exact: true }).fill(start);
    await form.getByLabel('Time', { exact: true }).fill('10:00');
    await form.getByRole('combobox', { name: 'Repeat', exact: true }).selectOption('weekly');
    await form.getByRole('spinbutton', { name: 'Number of visits' }).fill('10');
    await form.getByText('Every week, 10 visits').waitFor();
    await form.getByRole('button', { name: 'Check and book' }).click();

    await form.getByText('1 of 10 visits clashes:').waitFor();
    const clashes = form.getByRole('list', { name: 'Clashes' }).getByRole('listitem');
    await expect(clashes.count()).resolves.toBe(1);
    await expect(clashes.first().innerText()).resolves.toMatch(/10:00: the therapist has another visit$/);
    await form.getByRole('button', { name: 'Change the booking' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing is booked until the choice is made.
    await expect(cleoVisits()).resolves.toEqual([]);

    await form.getByRole('button', { name: 'Book the other 9 visits' }).click();
    const confirmation = page.getByRole('status').filter({ hasText: '9 visits booked' });
    await confirmation.waitFor();
    await expect(confirmation.innerText()).resolves.toMatch(/for Cleo Client with Olivia Owner: Every week, 10 visits/);
    await expect(confirmation.innerText()).resolves.toMatch(/1 visit that clashed was not booked/);

    const expected = [0, 1, 2, 3, 5, 6, 7, 8, 9].map((week) => `${addDays(start, week * 7)}T10:00`);
    await expect(cleoVisits()).resolves.toEqual(expected);
    // The calendar moved to the first visit's week and shows it.
    await page
      .getByRole('button', {
        name: `${await dayShort(page, start)}, 10:00–11:00 Cleo Client, Treatment, with Olivia Owner`,
      })
      .waitFor();

    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: /^Visits from / }).waitFor();
    await expect.poll(() => listVisits(page, 'Cleo Client').count()).toBe(9);
    await expect(listVisits(page, 'Sam Single').count()).resolves.toBe(1);
    for (const local of expected) {
      await page
        .getByRole('table')
        .getByRole('button', {
          name: new RegExp(`^${escape(await dayShort(page, local.slice(0, 10)))}, 10:00–11:00 Cleo Client`),
        })
        .waitFor();
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('moves only one visit of the series, and cancels this and following for another', async () => {
    const second = addDays(start, 7);
    const wednesday = addDays(start, 8);
    await page
      .getByRole('button', { name: new RegExp(`^${escape(await dayShort(page, second))}, 10:00–11:00 Cleo Client`) })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Visit: Cleo Client' });
    await dialog.waitFor();
    await dialog.getByText('Every week, 10 visits (visit 2)').waitFor();
    await dialog.getByRole('link', { name: 'Cleo Client' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Move', exact: true }).click();
    await dialog.getByLabel('New date').fill(wednesday);
    await dialog.getByLabel('New time').fill('11:00');
    await dialog.getByRole('radio', { name: 'Only this visit' }).check();
    await dialog.getByRole('button', { name: 'Move the visit' }).click();
    await page.getByText(/^The visit was moved to Wednesday .* at 11:00\.$/).waitFor();
    await expect(dialog.count()).resolves.toBe(0);
    await page
      .getByRole('table')
      .getByRole('button', { name: new RegExp(`^${escape(await dayShort(page, wednesday))}, 11:00–12:00 Cleo Client`) })
      .waitFor();
    await expect.poll(() => listVisits(page, 'Cleo Client').count()).toBe(9);
    await expect(
      page
        .getByRole('table')
        .getByRole('button', { name: new RegExp(`^${escape(await dayShort(page, second))}, `) })
        .count(),
    ).resolves.toBe(0);

    // The seventh visit: it and the three after it go.
    const seventh = addDays(start, 42);
    await page
      .getByRole('button', { name: new RegExp(`^${escape(await dayShort(page, seventh))}, 10:00–11:00 Cleo Client`) })
      .click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Cancel visit' }).click();
    await dialog.getByRole('radio', { name: 'This and following visits' }).check();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Confirm cancellation' }).click();
    await page.getByText(/^4 visits cancelled, from /).waitFor();
    await expect.poll(() => listVisits(page, 'Cleo Client').count()).toBe(5);
    await expect(listVisits(page, 'Sam Single').count()).resolves.toBe(1);
    await expect(cleoVisits()).resolves.toEqual([
      `${start}T10:00`,
      `${wednesday}T11:00`,
      `${addDays(start, 14)}T10:00`,
      `${addDays(start, 21)}T10:00`,
      `${addDays(start, 35)}T10:00`,
    ]);
  });

  it('falls back to a list per day on a phone', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const small = await phone.newPage();
    // The same session: copy the cookie rather than signing in again (sign-in is rate limited).
    await phone.addCookies(await context.cookies());
    await small.goto(`${server.url}/clinic/${clinicId}/calendar?view=week&date=${start}`);
    await small.getByRole('heading', { level: 2, name: /^Week of / }).waitFor();
    const visit = small.getByRole('button', { name: /^.+, 10:00–11:00 Cleo Client/ });
    await visit.waitFor();
    const box = await visit.boundingBox();
    expect(box?.width).toBeGreaterThan(250);
    await small.getByRole('heading', { level: 3, name: /^Wednesday / }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(small)).toEqual([]);
    await phone.close();
  });

  it('lets the owner set up types, rooms, time zone and working hours', async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/calendar`);
    await page.getByRole('link', { name: 'Set up the calendar' }).click();
    const setup = page.getByRole('region', { name: 'Calendar', exact: true });
    await setup.getByRole('heading', { name: 'Appointment types' }).waitFor();
    await setup.getByRole('cell', { name: 'Treatment', exact: true }).waitFor();
    await expect(setup.getByRole('combobox', { name: 'Time zone' }).inputValue()).resolves.toBe('Europe/London');

    await setup.getByRole('textbox', { name: 'New room’s name' }).fill('Room 1');
    await setup.getByRole('button', { name: 'Add the room' }).click();
    await setup.getByText('“Room 1” added.').waitFor();
    await setup.getByRole('list', { name: 'Rooms in use' }).getByRole('button', { name: 'Archive Room 1' }).waitFor();

    await setup.getByRole('spinbutton', { name: 'Reminder emails, hours before each visit' }).fill('24');
    await setup.getByRole('button', { name: 'Save calendar settings' }).click();
    await setup.getByText('Calendar settings saved.').waitFor();

    await setup.getByRole('group', { name: 'Monday' }).getByRole('button', { name: 'Add hours on Monday' }).click();
    await setup.getByRole('button', { name: 'Same hours as Monday from Tuesday to Friday' }).click();
    await setup.getByLabel('First day off').fill(addDays(start, 70));
    await setup.getByRole('button', { name: 'Add the time off' }).click();
    await setup.getByRole('button', { name: 'Save working hours' }).click();
    await setup.getByText('Working hours saved.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    const hours = await call<{ weekly: { weekday: number; start: string; end: string }[]; timeOff: unknown[] }>(
      `/api/clinics/${clinicId}/therapists/${ownerId}/hours`,
      { as: owner },
    );
    expect(hours.data.weekly).toEqual([1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' })));
    expect(hours.data.timeOff).toHaveLength(1);
  });

  it('shows the owner the reminder emails waiting to go out', async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/admin`);
    const delivery = page.getByRole('region', { name: 'Email delivery' });
    await delivery.getByRole('table', { name: 'Emails, newest first' }).waitFor();
    const rows = await delivery.getByRole('row').filter({ hasText: 'Waiting' }).count();
    // The booked series queued a reminder for each visit that is still ahead (no SMTP server in this test).
    expect(rows).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('gives the therapist a secret calendar link that renews and turns off', async () => {
    await page.goto(`${server.url}/clinic/${clinicId}/calendar`);
    const feed = page.getByRole('region', { name: 'Subscribe in your calendar app' });
    await feed.getByRole('button', { name: 'Get a calendar link' }).click();
    const link = feed.getByRole('textbox', { name: 'Your calendar link' });
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toMatch(new RegExp(`^${escape(server.url)}/api/feeds/[\\w-]+\\.ics$`));
    await expect(feed.getByRole('link', { name: 'Open in your calendar app' }).getAttribute('href')).resolves.toBe(
      url.replace(/^http:/, 'webcal:'),
    );
    const ics = await fetch(url);
    expect(ics.status).toBe(200);
    // A bearer link handed to calendar services: initials only unless full names are chosen.
    const text = await ics.text();
    expect(text).toContain('Visit: C. C.');
    expect(text).not.toContain('Cleo Client');
    expect(await axeViolations(page)).toEqual([]);

    await feed.getByRole('button', { name: 'Renew the link' }).click();
    await feed.getByText('The one before it has stopped working.', { exact: false }).waitFor();
    expect((await fetch(url)).status).toBe(404);
    const renewed = await link.inputValue();
    await feed.getByRole('button', { name: 'Turn off' }).click();
    await feed.getByText('Your calendar link is turned off.', { exact: false }).waitFor();
    expect((await fetch(renewed)).status).toBe(404);
  });
});
