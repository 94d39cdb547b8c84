import { staffMemberships, type Account } from './useAccount.ts';

/**
 * A `?next=` value that is safe to follow: a path on this site only. Anything else (another site,
 * a protocol-relative `//host`, `/\host` that browsers read the same way) is ignored.
 */
export function safeNext(next: string | null | undefined): string | undefined {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return undefined;
  // Control characters (a tab or newline the browser would strip) have no place in a path we follow.
  for (const char of next) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return undefined;
  }
  return next;
}

/** Where an account starts: staff at the clinic, clients in their portal, everyone else at home. */
export function homeFor(account: Account): string {
  if (staffMemberships(account).length > 0) return '/clinic';
  if (account.memberships.some((m) => m.role === 'client')) return '/portal';
  return '/';
}

/**
 * Where to go after signing in: the page that asked for it, or the account's home. Someone holding a
 * one-time password chooses their own first and then carries on there.
 */
export function destinationAfterSignIn(account: Account, next: string | null | undefined): string {
  const destination = safeNext(next) ?? homeFor(account);
  if (account.user.mustChangePassword) return `/account?next=${encodeURIComponent(destination)}`;
  return destination;
}
