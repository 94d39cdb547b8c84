/**
 * A short, safe description of a value someone sent, for error messages.
 *
 * Error messages used to embed `JSON.stringify(input)`. That is unbounded: a 500 kB string comes back
 * in every message naming it, and a list nested 5,000 deep overflows the stack while being printed.
 * Here strings are cut to a few dozen characters (control characters escaped by JSON quoting) and
 * anything else is named by its kind, never walked.
 */

export const PREVIEW_MAX_LENGTH = 40;

export function preview(value: unknown): string {
  if (typeof value === 'string') {
    const cut = value.length > PREVIEW_MAX_LENGTH ? `${value.slice(0, PREVIEW_MAX_LENGTH)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
