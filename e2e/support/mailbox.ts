import { openDatabase } from '@myomap/server';

/**
 * The test server's outbox as a mailbox: the token of the newest link emailed to an address. Read from
 * the server's SQLite file (WAL mode lets a second reader in while the server runs).
 */
export async function lastLinkTo(dataDir: string, email: string): Promise<string> {
  const handle = openDatabase({ dataDir });
  try {
    const rows = await handle.db
      .selectFrom('outbox_messages')
      .select('text_body')
      .where('to_address', '=', email.toLowerCase())
      .orderBy('created_at', 'desc')
      .execute();
    for (const row of rows) {
      const token = /\/email-link#token=([A-Za-z0-9_-]+)/.exec(row.text_body)?.[1];
      if (token) return token;
    }
    throw new Error(`no link was emailed to ${email}`);
  } finally {
    await handle.close();
  }
}

/** Signs up over the API and finishes with the emailed link; returns the new session. */
export async function signUpVerified(
  baseUrl: string,
  dataDir: string,
  person: { name: string; email: string; password: string },
): Promise<{ cookie: string; csrf: string }> {
  const started = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (started.status !== 202) throw new Error(`sign-up answered ${started.status}`);
  const used = await fetch(`${baseUrl}/api/auth/email-link`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: await lastLinkTo(dataDir, person.email), password: person.password }),
  });
  const cookie = used.headers.get('set-cookie')?.match(/myomap_session=[^;]+/)?.[0];
  const { csrfToken } = (await used.json()) as { csrfToken: string };
  if (!cookie) throw new Error(`no session cookie after the sign-up link (${used.status})`);
  return { cookie, csrf: csrfToken };
}
