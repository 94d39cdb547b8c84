import { z } from 'zod';
import { findTriggerPoint, TECHNIQUES } from '../atlas/atlas.ts';
import { painDrawingSchema } from '../body/pain-drawing.ts';

/**
 * The content of a session note: SOAP text plus a body chart (the pain drawing, the trigger points
 * treated, how, for how long and with what response). Signed notes are locked; the server keeps
 * later changes as addenda. Everything here is validated with field paths, like the pain drawing.
 */

export const NOTE_TEXT_MAX_LENGTH = 5000;
export const NOTE_TECHNIQUES = [...TECHNIQUES.map((t) => t.id), 'other'] as const;
export type NoteTechnique = (typeof NOTE_TECHNIQUES)[number];

const text = z.string().max(NOTE_TEXT_MAX_LENGTH, `must be at most ${NOTE_TEXT_MAX_LENGTH} characters`).default('');
const painScore = z
  .number()
  .min(0, 'must be 0–10')
  .max(10, 'must be 0–10')
  .refine(Number.isInteger, 'must be a whole number');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    'is not a real date',
  );

export const treatedPointSchema = z.strictObject({
  triggerPoint: z.string().refine((id) => findTriggerPoint(id) !== undefined, {
    error: (issue) => `unknown trigger point ${JSON.stringify(issue.input)}`,
  }),
  side: z.enum(['left', 'right'], { error: 'must be left or right' }),
  technique: z.enum(NOTE_TECHNIQUES, { error: `must be one of ${NOTE_TECHNIQUES.join(', ')}` }),
  durationSeconds: z
    .number()
    .min(0, 'must be 0–3600 seconds')
    .max(3600, 'must be 0–3600 seconds')
    .refine(Number.isInteger, 'must be a whole number of seconds')
    .optional(),
  /** A local twitch response was seen or felt. */
  localTwitch: z.boolean().default(false),
  /** Pressure reproduced the client's familiar referred pain. */
  referralReproduced: z.boolean().default(false),
});
export type TreatedPoint = z.infer<typeof treatedPointSchema>;

export const sessionNoteContentSchema = z.strictObject({
  sessionDate: isoDate,
  subjective: text,
  objective: text,
  assessment: text,
  plan: text,
  drawing: painDrawingSchema.default({ regions: [] }),
  treatedPoints: z.array(treatedPointSchema).max(60, 'at most 60 trigger points in one note').default([]),
  painBefore: painScore.optional(),
  painAfter: painScore.optional(),
  durationMinutes: z
    .number()
    .min(1, 'must be 1–240 minutes')
    .max(240, 'must be 1–240 minutes')
    .refine(Number.isInteger, 'must be a whole number of minutes')
    .optional(),
});
export type SessionNoteContent = z.infer<typeof sessionNoteContentSchema>;
export type SessionNoteInput = z.input<typeof sessionNoteContentSchema>;

export const ADDENDUM_MAX_LENGTH = NOTE_TEXT_MAX_LENGTH;

/** A one-line summary for timelines and lists: what was treated and the pain change. */
export function summariseNote(note: SessionNoteContent): string {
  const parts: string[] = [];
  const muscles = [
    ...new Set(note.treatedPoints.map((p) => findTriggerPoint(p.triggerPoint)?.muscle.name ?? p.triggerPoint)),
  ];
  if (muscles.length > 0) parts.push(`Treated ${muscles.join(', ')}`);
  if (note.painBefore !== undefined && note.painAfter !== undefined) {
    parts.push(`pain ${note.painBefore} → ${note.painAfter}`);
  }
  if (parts.length === 0) parts.push(note.subjective.split('\n')[0]?.slice(0, 120) || 'Session note');
  return parts.join('; ');
}
