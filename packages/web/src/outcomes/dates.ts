const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number): string => String(n).padStart(2, '0');

/** The person's local calendar date, YYYY-MM-DD. */
export function localDate(at: Date = new Date()): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The local time of day, HH:MM. */
export function localTime(at: Date = new Date()): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The local date `days` before today. */
export function daysAgo(days: number, today: Date = new Date()): string {
  return localDate(new Date(today.getFullYear(), today.getMonth(), today.getDate() - days));
}

/** 2026-11-24 → "24 Nov 2026" (the same on every device, whatever its language settings). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** 2026-11-24 → "24 Nov", for axis ticks. */
export function formatShortDay(iso: string): string {
  const [, m, d] = iso.split('-').map(Number);
  if (!m || !d) return iso;
  return `${d} ${MONTHS[m - 1] ?? ''}`;
}
