/**
 * Text that goes into an iCalendar feed. Names come from people (clinic, staff, clients, visit types), and
 * a feed is read by third-party calendar apps: a raw CR/LF in a name would end the property and let the
 * rest of the name add whole events to every subscribed calendar. Every text a feed carries passes here.
 */

// C0 controls except TAB and LF (CR is folded into LF first), DEL and C1 controls: RFC 5545 TEXT has no
// place for them and some parsers treat them as line ends. U+2028/2029 are line breaks to some readers.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** The text as a calendar app should show it: CRLF and CR become LF, other control characters go. */
export function icsPlainText(value: string): string {
  return value.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(CONTROL, '');
}

/**
 * A TEXT property value (RFC 5545 §3.3.11) for properties the calendar library writes as given (NAME,
 * X-WR-CALNAME): backslash, semicolon and comma escaped, line breaks as `\n`. Properties the library
 * escapes itself (SUMMARY) take icsPlainText instead, so nothing is escaped twice.
 */
export function icsTextValue(value: string): string {
  return icsPlainText(value)
    .replace(/[\\;,]/g, (match) => `\\${match}`)
    .replace(/\n/g, '\\n');
}
