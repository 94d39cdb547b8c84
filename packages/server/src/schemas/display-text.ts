import { z } from 'zod';

/*
 * Names and titles people type (clients, staff, clinics, rooms, visit types, consent forms) are shown to
 * others: in lists, calendars, emails, exports and signed consent. So they are stored in one Unicode form
 * (NFC, so "é" typed two ways is one name to search and compare), and refused when they hold
 *  - control characters (C0, DEL, C1): line breaks and NUL split headers, calendar lines and CSV rows;
 *  - text-direction overrides and isolates and the invisible direction marks (U+202A–U+202E,
 *    U+2066–U+2069, U+200E, U+200F, U+061C): "Alice\u202Egnp.exe" shows as "Aliceexe.png";
 *  - nothing visible at all (only spaces, zero-width or other format characters, fillers).
 * Free text (notes, consent bodies) is not limited here: it may carry line breaks and any script.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
// Anything but white space, format characters (zero-width space, joiners, …), combining marks alone,
// and the blank-looking fillers (Hangul fillers, braille blank).
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Mn}\p{Me}\u115f\u1160\u3164\uffa0\u2800]/u;

const checked = (text: z.ZodString) =>
  text
    .refine((s) => !CONTROL.test(s), 'must not contain control characters (line breaks, tabs, NUL)')
    .refine((s) => !BIDI_CONTROL.test(s), 'must not contain text-direction control characters')
    .refine((s) => s === '' || VISIBLE.test(s), 'must contain a visible character');

/** A required name or title of at most `max` characters; `required` is the message when it is empty. */
export function displayText(max: number, required = 'is required'): z.ZodString {
  return checked(z.string().normalize('NFC').trim().min(1, required).max(max));
}

/** An optional name (empty or null means none). */
export function optionalDisplayText(max: number) {
  return checked(z.string().normalize('NFC').trim().max(max)).nullable().optional();
}
