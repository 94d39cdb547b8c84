import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, signInWithPage, type ApiSession } from './support/api.ts';
import { axeViolations } from './support/axe.ts';
import { launchBrowser } from './support/browser.ts';
import { startTestServer, type TestServer } from './support/server.ts';

/**
 * Issue #10 (questionnaires) in the browser: the owner schedules the PSFS before every visit, records two NDIs
 * from the section scores of the clinic's own copy and reads the change against the published threshold; the
 * client answers the due PSFS in the portal and sees the scores.
 */

const PASSWORD = 'correct horse battery staple';
const OWNER = { name: 'Olivia Owner', email: 'olivia@clinic.example' };
const CLIENT = { name: 'Casey Client', email: 'casey@example.org' };
const CLINIC = 'Harbour Myotherapy';

type Session = ApiSession;

let server: TestServer;
let browser: Browser;
let clinicId = '';
let clientId = '';

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
  return browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' });
}

/** Records an NDI from the ten section scores. */
async function recordNdi(section: Locator, scores: number[]): Promise<void> {
  await section.getByRole('button', { name: 'Record answers' }).click();
  await section.getByLabel('Questionnaire to record').selectOption({ label: 'Neck Disability Index' });
  const form = section.getByRole('form', { name: `Neck Disability Index for ${CLIENT.name}` });
  await form.getByText('Enter the section scores from your clinic’s licensed copy of the form.').waitFor();
  for (const [i, score] of scores.entries()) {
    await form.getByLabel(new RegExp(`^Section ${i + 1}:`)).selectOption(String(score));
  }
  await form.getByRole('button', { name: 'Save answers' }).click();
  await section.getByRole('status').filter({ hasText: 'Neck Disability Index recorded.' }).waitFor();
}

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const setup = await call<{ user: { id: string }; memberships: { clinicId: string }[] }>('/api/auth/setup', {
    method: 'POST',
    body: { ...OWNER, password: PASSWORD, clinicName: CLINIC },
  });
  const owner = setup.session!;
  clinicId = setup.data.memberships[0]!.clinicId;
  clientId = (
    await call<{ id: string }>(`/api/clinics/${clinicId}/clients`, {
      method: 'POST',
      body: { name: CLIENT.name, email: CLIENT.email, therapistId: setup.data.user.id },
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
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('questionnaires', () => {
  it('lets the owner schedule the PSFS, record two NDIs and read the change', async () => {
    const context = await newContext(1280, 1000);
    const page = await context.newPage();
    await signIn(page, OWNER.email);
    await page.goto(`${server.url}/clinic/${clinicId}/clients/${clientId}`);
    await page.getByRole('heading', { level: 1, name: CLIENT.name }).waitFor();
    const section = page.getByRole('region', { name: 'Questionnaires', exact: true });
    await section.getByText('No questionnaires scheduled.').waitFor();

    await section.getByRole('button', { name: 'Schedule a questionnaire' }).click();
    const schedule = section.getByRole('form', { name: `Schedule a questionnaire for ${CLIENT.name}` });
    await schedule.getByLabel('Questionnaire').selectOption({ label: 'Patient-Specific Functional Scale' });
    await schedule.getByRole('radio', { name: 'Before every visit' }).check();
    await schedule.getByRole('button', { name: 'Schedule' }).click();
    const scheduled = section.getByRole('list', { name: 'Scheduled questionnaires' }).getByRole('listitem');
    await scheduled.filter({ hasText: 'Patient-Specific Functional Scale' }).waitFor();
    await expect(scheduled.first().textContent()).resolves.toContain('Before every visit');
    await expect(scheduled.first().textContent()).resolves.toContain('Due for the next visit');

    await recordNdi(section, [2, 1, 2, 2, 3, 2, 2, 2, 2, 2]);
    const rows = section.getByRole('table').getByRole('row').filter({ hasText: 'Neck Disability Index' });
    await expect(rows.first().textContent()).resolves.toContain('20 of 50 (40%)');

    await recordNdi(section, [1, 0, 1, 1, 1, 1, 1, 1, 1, 1]);
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(1).textContent()).resolves.toContain('9 of 50 (18%)');
    const change = section.getByRole('list', { name: 'Change since the first score' }).getByRole('listitem');
    await change.first().waitFor();
    const sentence = await change.first().textContent();
    expect(sentence).toContain('Neck Disability Index: 20 → 9 (−11 points) — a clinically important improvement');
    expect(sentence).toContain('threshold: 10 points; Young et al. 2009');

    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('lets the client answer the due PSFS in the portal and see the scores', async () => {
    const context = await newContext(375, 800);
    const page = await context.newPage();
    await signIn(page, CLIENT.email);
    await page.goto(`${server.url}/portal`);
    const section = page.getByRole('region', { name: 'Questionnaires from your clinic' });
    const psfs = section.getByRole('article', { name: 'Patient-Specific Functional Scale' });
    const form = psfs.getByRole('form', { name: 'Answer the Patient-Specific Functional Scale' });
    await form.waitFor();
    const activities: [string, number][] = [
      ['Turning my head to reverse the car', 4],
      ['Reading for half an hour', 6],
      ['Carrying the shopping', 8],
    ];
    for (const [i, [name, score]] of activities.entries()) {
      const group = form.getByRole('group', { name: `Activity ${i + 1}`, exact: true });
      await group.getByRole('textbox', { name: 'Activity' }).fill(name);
      await group.getByRole('radio', { name: String(score), exact: true }).check();
    }
    expect(await axeViolations(page)).toEqual([]);
    await form.getByRole('button', { name: 'Send my answers' }).click();

    await section
      .getByRole('status')
      .filter({ hasText: 'your answers to the Patient-Specific Functional Scale were sent' })
      .waitFor();
    await section.getByText('Nothing to fill in before your next visit.').waitFor();
    const rows = section.getByRole('table', { name: 'Your questionnaire scores' }).getByRole('row');
    await expect(
      rows.filter({ hasText: 'Patient-Specific Functional Scale' }).first().textContent(),
    ).resolves.toContain('6 of 10');
    await expect(rows.filter({ hasText: 'Neck Disability Index' }).count()).resolves.toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
