import { DateTime } from 'luxon';
import { z } from 'zod';
import { painDrawingSchema } from '../body/pain-drawing.ts';
import type { InstrumentId } from './instruments/instrument.types.ts';

/**
 * What a client records between visits and around sessions. A quick diary entry is pain now on the 0–10
 * numeric rating scale, with an optional pain drawing, stiffness, stress, sleep and a note. A session entry is
 * pain just before and just after a treatment, and soreness the day after. Every scale is 0–10 with its ends
 * (and middle, for Myomap's own scales) described in words, so a number means the same thing each day.
 */

export const SCALE_IDS = ['pain', 'stiffness', 'stress', 'sleep', 'soreness'] as const;
export type ScaleId = (typeof SCALE_IDS)[number];

export interface ScaleAnchor {
  value: number;
  label: string;
}

export interface ScaleDefinition {
  id: ScaleId;
  label: string;
  /** The question as the client sees it. */
  question: string;
  /** Words for the ends (and for Myomap's own scales, the middle) of 0–10. */
  anchors: readonly ScaleAnchor[];
  higherIsBetter: boolean;
  /** The validated instrument the scale is, when it is one (pain now is the NRS). */
  instrument?: InstrumentId;
  /** Myomap's own scale: no published validation, no threshold for important change. */
  ownScale: boolean;
}

export const SCALES: Readonly<Record<ScaleId, ScaleDefinition>> = {
  pain: {
    id: 'pain',
    label: 'Pain now',
    question: 'How much pain do you have right now?',
    anchors: [
      { value: 0, label: 'No pain' },
      { value: 10, label: 'Worst pain imaginable' },
    ],
    higherIsBetter: false,
    instrument: 'nrs-pain',
    ownScale: false,
  },
  stiffness: {
    id: 'stiffness',
    label: 'Stiffness',
    question: 'How stiff do your muscles feel right now?',
    anchors: [
      { value: 0, label: 'Not stiff at all' },
      { value: 5, label: 'Stiff enough to limit some movements' },
      { value: 10, label: 'As stiff as I can imagine; I can hardly move' },
    ],
    higherIsBetter: false,
    ownScale: true,
  },
  stress: {
    id: 'stress',
    label: 'Stress',
    question: 'How stressed or tense have you felt today?',
    anchors: [
      { value: 0, label: 'Calm, not stressed at all' },
      { value: 5, label: 'Stressed, but I can get on with my day' },
      { value: 10, label: 'As stressed as I can imagine' },
    ],
    higherIsBetter: false,
    ownScale: true,
  },
  sleep: {
    id: 'sleep',
    label: 'Sleep',
    question: 'How well did you sleep last night?',
    anchors: [
      { value: 0, label: 'Very badly, or not at all' },
      { value: 5, label: 'Fairly: woke up a few times, or not quite rested' },
      { value: 10, label: 'Very well, as well as I ever sleep' },
    ],
    higherIsBetter: true,
    ownScale: true,
  },
  soreness: {
    id: 'soreness',
    label: 'Soreness the day after',
    question: 'How sore are the treated areas today, the day after your session?',
    anchors: [
      { value: 0, label: 'Not sore at all' },
      { value: 5, label: 'Sore, like after a hard workout' },
      { value: 10, label: 'As sore as I can imagine' },
    ],
    higherIsBetter: false,
    ownScale: true,
  },
};

export const NOTE_MAX_LENGTH = 1000;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine((value) => DateTime.fromISO(value).isValid, 'date is not a real date');

/** A 0–10 rating whose errors name the field: `stress must be a whole number 0–10`. */
function rating(field: string) {
  return z
    .number({ error: `${field} must be a number 0–10` })
    .int(`${field} must be a whole number 0–10`)
    .min(0, `${field} must be 0–10`)
    .max(10, `${field} must be 0–10`);
}

const note = z.string().trim().max(NOTE_MAX_LENGTH, `note must be at most ${NOTE_MAX_LENGTH} characters`).optional();

export const diaryEntrySchema = z.strictObject({
  kind: z.literal('diary'),
  /** The client's local date. */
  date: isoDate,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time must be HH:MM')
    .optional(),
  pain: rating('pain'),
  painDrawing: painDrawingSchema.optional(),
  stiffness: rating('stiffness').optional(),
  stress: rating('stress').optional(),
  sleep: rating('sleep').optional(),
  note,
});
export type DiaryEntry = z.infer<typeof diaryEntrySchema>;

export const sessionEntrySchema = z
  .strictObject({
    kind: z.literal('session'),
    /** The date of the session. */
    date: isoDate,
    /** The session note it belongs to, when there is one. */
    sessionId: z.string().trim().min(1, 'sessionId is empty').max(100).optional(),
    painBefore: rating('painBefore').optional(),
    painAfter: rating('painAfter').optional(),
    /** Entered the day after the session. */
    sorenessNextDay: rating('sorenessNextDay').optional(),
    note,
  })
  .refine(
    (entry) => entry.painBefore !== undefined || entry.painAfter !== undefined || entry.sorenessNextDay !== undefined,
    { error: 'give pain before, pain after or soreness the next day', path: ['painBefore'] },
  );
export type SessionEntry = z.infer<typeof sessionEntrySchema>;

export const outcomeEntrySchema = z.discriminatedUnion('kind', [diaryEntrySchema, sessionEntrySchema], {
  error: 'kind must be diary or session',
});
export type OutcomeEntry = z.infer<typeof outcomeEntrySchema>;

export interface OutcomeEntryIssue {
  /** Where the problem is, e.g. `painDrawing.regions[0].region`. */
  path: string;
  message: string;
}

export type OutcomeEntryResult = { ok: true; entry: OutcomeEntry } | { ok: false; issues: OutcomeEntryIssue[] };

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`))
    .join('');
}

export function parseOutcomeEntry(input: unknown): OutcomeEntryResult {
  const result = outcomeEntrySchema.safeParse(input);
  if (result.success) return { ok: true, entry: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** The value of a scale in an entry: diary scales from diary entries, soreness from session entries. */
export function scaleValue(entry: OutcomeEntry, scale: ScaleId): number | undefined {
  if (entry.kind === 'session') return scale === 'soreness' ? entry.sorenessNextDay : undefined;
  switch (scale) {
    case 'pain':
      return entry.pain;
    case 'stiffness':
      return entry.stiffness;
    case 'stress':
      return entry.stress;
    case 'sleep':
      return entry.sleep;
    case 'soreness':
      return undefined;
  }
}
