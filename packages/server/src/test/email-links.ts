import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { DatabaseHandle } from '../db/connection.ts';

let addressCounter = 0;
const nextAddress = (): string => {
  addressCounter += 1;
  return `10.7.${Math.floor(addressCounter / 250)}.${addressCounter % 250}`;
};

/** The messages in the outbox to an address, oldest first (the tests' mailbox). */
export async function mailTo(handle: DatabaseHandle, email: string): Promise<{ subject: string; text: string }[]> {
  const rows = await handle.db
    .selectFrom('outbox_messages')
    .select(['subject', 'text_body', 'created_at'])
    .where('to_address', '=', email.toLowerCase())
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({ subject: r.subject, text: r.text_body }));
}

/** The token of the newest link emailed to an address. */
export async function lastLinkTo(handle: DatabaseHandle, email: string): Promise<string> {
  const messages = await mailTo(handle, email);
  for (const message of messages.reverse()) {
    const match = /\/email-link#token=([A-Za-z0-9_-]+)/.exec(message.text);
    if (match?.[1]) return match[1];
  }
  throw new Error(`no link was emailed to ${email}`);
}

/** Signs up over HTTP and finishes with the emailed link: the answer carries the new session. */
export async function signUpVerified(
  app: FastifyInstance,
  handle: DatabaseHandle,
  person: { name: string; email: string; password: string },
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const started = await app.inject({
    method: 'POST',
    url: '/api/auth/signup',
    remoteAddress: nextAddress(),
    headers,
    payload: person,
  });
  if (started.statusCode !== 202) throw new Error(`sign-up answered ${started.statusCode} ${started.body}`);
  return app.inject({
    method: 'POST',
    url: '/api/auth/email-link',
    remoteAddress: nextAddress(),
    headers,
    payload: { token: await lastLinkTo(handle, person.email), password: person.password },
  });
}
