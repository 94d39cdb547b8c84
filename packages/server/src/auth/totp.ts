import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Time-based one-time passwords, RFC 6238 (TOTP) over RFC 4226 (HOTP): HMAC-SHA-1, 6 digits, 30-second steps,
 * the parameters every authenticator app supports. Secrets are 20 random bytes (160 bits, RFC 4226 §4),
 * written in RFC 4648 base32 without padding, as authenticator apps expect.
 *
 * Replay: RFC 6238 §5.2 says an accepted code must not be accepted a second time. verifyTotp only answers
 * "does it match"; sign-in should call matchTotpStep, store the step it returns with the account, and pass it
 * back as `afterStep` next time so the same or an older code is refused.
 */

export const TOTP_DIGITS = 6;
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_SECRET_BYTES = 20;
export const TOTP_ISSUER = 'Myomap';

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32, upper-case, without padding. */
export function base32Encode(bytes: Uint8Array): string {
  let output = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      output += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) output += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  return output;
}

/**
 * Decodes base32, tolerating lower case, spaces, hyphens and "=" padding (as people type secrets by hand).
 * Returns null for any other character.
 */
export function base32Decode(text: string): Buffer | null {
  const cleaned = text.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of cleaned) {
    const value = BASE32_ALPHABET.indexOf(char);
    if (value === -1) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** A new TOTP secret: 20 random bytes, base32 (32 characters). */
export function generateTotpSecret(): string {
  return base32Encode(randomBytes(TOTP_SECRET_BYTES));
}

/**
 * The otpauth:// URI to show as a QR code (Key Uri Format used by Google Authenticator and others):
 * otpauth://totp/Myomap:jane%40example.org?secret=…&issuer=Myomap&algorithm=SHA1&digits=6&period=30
 */
export function totpUri({
  secret,
  account,
  issuer = TOTP_ISSUER,
}: {
  secret: string;
  account: string;
  issuer?: string;
}) {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret: secret.replace(/[\s=-]/g, '').toUpperCase(),
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  // URLSearchParams writes spaces as "+"; %20 is understood by every authenticator app.
  return `otpauth://totp/${label}?${query.toString().replace(/\+/g, '%20')}`;
}

/** RFC 4226 HOTP: HMAC-SHA-1 of the 8-byte big-endian counter, dynamic truncation, `digits` decimal digits. */
export function hotp(key: Uint8Array, counter: number | bigint, digits: number = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The time step (RFC 6238 T) for a moment given in milliseconds since the epoch. */
export function totpStep(nowMs: number = Date.now()): number {
  return Math.floor(nowMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a base32 secret at a moment (milliseconds since the epoch). Throws on a malformed secret. */
export function generateTotp(
  secret: string,
  { now = Date.now(), digits = TOTP_DIGITS }: { now?: number; digits?: number } = {},
) {
  const key = base32Decode(secret);
  if (!key || key.length === 0) throw new Error('TOTP secret is not valid base32');
  return hotp(key, totpStep(now), digits);
}

export interface VerifyTotpOptions {
  /** Milliseconds since the epoch; defaults to the clock. */
  now?: number;
  /** Steps accepted either side of now, for clock drift and typing time; 1 = ±30 s. */
  window?: number;
  /** The step of the last code this account used: that step and older ones are refused (no replay). */
  afterStep?: number;
}

const SIX_DIGITS = /^[0-9]{6}$/;

/**
 * The time step the code matches, within ±window steps of now, or null. Every step in the window is computed
 * and compared in constant time, with no early exit. Anything but exactly six ASCII digits is refused, as is a
 * malformed secret; this function never throws.
 */
export function matchTotpStep(secret: string, code: string, options: VerifyTotpOptions = {}): number | null {
  const { now = Date.now(), window = 1, afterStep } = options;
  if (typeof code !== 'string' || !SIX_DIGITS.test(code)) return null;
  if (typeof secret !== 'string') return null;
  const key = base32Decode(secret);
  if (!key || key.length === 0) return null;
  const span = Number.isInteger(window) ? Math.min(Math.max(window, 0), 10) : 1;
  const current = totpStep(now);
  const submitted = Buffer.from(code, 'ascii');
  let matched: number | null = null;
  for (let step = current - span; step <= current + span; step++) {
    if (step < 0) continue;
    const equal = timingSafeEqual(Buffer.from(hotp(key, step, TOTP_DIGITS), 'ascii'), submitted);
    if (equal && matched === null && (afterStep === undefined || step > afterStep)) matched = step;
  }
  return matched;
}

/** True when the 6-digit code is valid for the secret now, allowing ±window 30-second steps (default 1). */
export function verifyTotp(secret: string, code: string, options: VerifyTotpOptions = {}): boolean {
  return matchTotpStep(secret, code, options) !== null;
}
