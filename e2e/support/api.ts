import type { Page } from 'playwright-core';

/** A signed-in API session: the session cookie and the CSRF token that state-changing requests carry. */
export interface ApiSession {
  cookie: string;
  csrf: string;
}

/**
 * A JSON request to the app's API as someone (or no one), failing loudly on an unexpected status. A
 * response that signs someone in also gives their session.
 */
export async function apiCall<T>(
  baseUrl: string,
  path: string,
  options: { method?: string; body?: unknown; as?: ApiSession } = {},
): Promise<{ data: T; session: ApiSession | undefined }> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.as) {
    headers.cookie = options.as.cookie;
    headers['x-csrf-token'] = options.as.csrf;
  }
  const response = await fetch(`${baseUrl}${path}`, {
    method: options.method ?? 'GET',
    headers,
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${options.method ?? 'GET'} ${path}: ${response.status} ${text}`);
  const data = (text ? JSON.parse(text) : null) as T;
  const cookie = response.headers.get('set-cookie')?.match(/myomap_session=[^;]+/)?.[0];
  const csrf = (data as { csrfToken?: string } | null)?.csrfToken;
  return { data, session: cookie && csrf ? { cookie, csrf } : undefined };
}

/** Signs in through the sign-in page, as a person would, and waits to leave it. */
export async function signInWithPage(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/signin`);
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/signin');
}
