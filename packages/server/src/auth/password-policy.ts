import { readFileSync } from 'node:fs';

/**
 * Password policy in the style of NIST SP 800-63B (§5.1.1.2): length matters, composition rules do not.
 *
 * - 8 to 128 characters, counted as Unicode code points after NFKC normalisation (the normalisation
 *   password-hash.ts applies before hashing); spaces and any Unicode character are allowed.
 * - No "one upper-case letter, one digit, one symbol" rules.
 * - Refused: the 10,000 most common passwords (case-insensitive), the user's email address or name, the
 *   service's name (optionally with digits or symbols around them), one character repeated, a few characters
 *   repeated, simple sequences (12345678, abcdefgh, 87654321) and runs of a keyboard row (qwertyui).
 *
 * Reasons complete the sentence "This password …", e.g. "is one of the 10,000 most common passwords".
 */

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export type PasswordRefusal =
  'too-short' | 'too-long' | 'common' | 'email' | 'name' | 'service-name' | 'repeated' | 'sequence' | 'keyboard';

export type PasswordCheck = { ok: true } | { ok: false; code: PasswordRefusal; reason: string };

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

const SERVICE_NAMES = ['myomap'];
const KEYBOARD_ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qwertzuiop', 'yxcvbnm'];

const COMMON_PASSWORDS_URL = new URL('../../data/common-passwords-10k.txt', import.meta.url);
let commonPasswords: Set<string> | undefined;

/** The bundled list, read once on first use. */
export function loadCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(COMMON_PASSWORDS_URL, 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line !== ''),
  );
  return commonPasswords;
}

function refuse(code: PasswordRefusal, reason: string): PasswordCheck {
  return { ok: false, code, reason };
}

/** Lower-cased letters and digits only: "John.Smith-2" → "johnsmith2". */
function core(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Drops leading and trailing digits, symbols and spaces: "!!myomap2024" → "myomap". */
function stripDecoration(text: string): string {
  return text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
}

/** True when the password is one of the words, ignoring case, punctuation and digits or symbols around it. */
function isBasedOn(password: string, words: string[]): boolean {
  const candidates = new Set([core(password), core(stripDecoration(password))]);
  return words.some((word) => word.length >= 3 && candidates.has(word));
}

function emailWords(email: string | null | undefined): string[] {
  if (!email) return [];
  const trimmed = email.trim();
  const at = trimmed.lastIndexOf('@');
  const local = at > 0 ? trimmed.slice(0, at) : trimmed;
  // "jane.doe+health@example.org" → whole address, "janedoehealth", "janedoe".
  return [core(trimmed), core(local), core(local.split('+')[0] ?? '')];
}

function nameWords(name: string | null | undefined): string[] {
  if (!name) return [];
  const parts = name
    .normalize('NFKC')
    .split(/[\s\-.,']+/u)
    .map(core)
    .filter(Boolean);
  const words = [core(name), ...parts];
  if (parts.length >= 2) words.push(parts.slice().reverse().join(''));
  return words;
}

/** Every code point the same ("aaaaaaaa"), or a unit of at most 4 repeated ("abcabcabc", "12121212"). */
function isRepetition(points: string[]): boolean {
  for (let unit = 1; unit <= 4 && unit * 2 <= points.length; unit++) {
    if (points.every((point, i) => point === points[i % unit])) return true;
  }
  return false;
}

/** Each code point one above (or one below) the previous one: "12345678", "abcdefgh", "87654321". */
function isSequence(lowered: string[]): boolean {
  const codes = lowered.map((point) => point.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  if (step !== 1 && step !== -1) return false;
  return codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}

/** A run along one keyboard row, either way: "qwertyui", "lkjhgfdsa", "0987654321". */
function isKeyboardRun(lowered: string): boolean {
  return KEYBOARD_ROWS.some((row) => row.includes(lowered) || [...row].reverse().join('').includes(lowered));
}

/** Checks a new password against the policy. Never throws on odd input. */
export function checkPassword(plain: string, context: PasswordContext = {}): PasswordCheck {
  if (typeof plain !== 'string') return refuse('too-short', `is shorter than ${MIN_PASSWORD_LENGTH} characters`);
  const password = plain.normalize('NFKC');
  const points = [...password];
  if (points.length < MIN_PASSWORD_LENGTH) {
    return refuse('too-short', `is shorter than ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (points.length > MAX_PASSWORD_LENGTH) {
    return refuse('too-long', `is longer than ${MAX_PASSWORD_LENGTH} characters`);
  }

  const lowered = password.toLowerCase();
  if (loadCommonPasswords().has(lowered)) {
    return refuse('common', 'is one of the 10,000 most common passwords');
  }
  if (isBasedOn(password, emailWords(context.email))) {
    return refuse('email', 'is based on your email address');
  }
  if (isBasedOn(password, nameWords(context.name))) {
    return refuse('name', 'is based on your name');
  }
  if (isBasedOn(password, SERVICE_NAMES)) {
    return refuse('service-name', 'is based on the name of this service');
  }
  const loweredPoints = [...lowered];
  if (isRepetition(loweredPoints)) {
    return refuse('repeated', 'only repeats the same character or the same few characters');
  }
  if (isSequence(loweredPoints)) {
    return refuse('sequence', 'is a simple sequence such as 12345678 or abcdefgh');
  }
  if (isKeyboardRun(lowered)) {
    return refuse('keyboard', 'is a run of keys along one keyboard row');
  }
  return { ok: true };
}
