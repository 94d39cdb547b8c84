/** Dates as people in a clinic read them (British English). */

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DAY_OF = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A calendar date (`1980-03-12`) → "12 March 1980"; the text as given when it is not a date. */
export function formatDate(date: string): string {
  const parsed = Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(parsed) ? date : DATE.format(parsed);
}

/** A moment (ISO timestamp) → "12 Mar 2026, 14:05" in the viewer's time zone. */
export function formatDateTime(at: string): string {
  const parsed = Date.parse(at);
  return Number.isNaN(parsed) ? at : DATE_TIME.format(parsed);
}

/** The day of a moment, in the viewer's time zone → "12 March 2026". */
export function formatDay(at: string): string {
  const parsed = Date.parse(at);
  return Number.isNaN(parsed) ? at : DAY_OF.format(parsed);
}

/** Today as YYYY-MM-DD in the viewer's time zone, for the `max` of a date-of-birth field. */
export function todayIso(): string {
  const now = new Date();
  const month = String(now.getMonth() + 1).padStart(2, '0');
  const day = String(now.getDate()).padStart(2, '0');
  return `${now.getFullYear()}-${month}-${day}`;
}
