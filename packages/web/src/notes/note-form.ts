import type { Side } from '@myomap/core/body/region.types.ts';
import type { NoteTechnique } from '@myomap/core/practice/session-note.ts';
import type { Schemas } from '../api/client.ts';
import type { Problem } from '../api/problems.ts';
import { DEFAULT_TECHNIQUE, triggerPointLabel } from './trigger-points.ts';

export type SessionNote = Schemas['SessionNote'];
export type NoteContent = SessionNote['content'];
export type MarkedRegion = NoteContent['drawing']['regions'][number];

/** A treated point as the form holds it: numbers stay text until the note is sent. */
export interface TreatedPointRow {
  /** Stable React key (a point can be treated on both sides, so the id is not enough). */
  key: string;
  triggerPoint: string;
  side: Side;
  technique: NoteTechnique;
  durationSeconds: string;
  localTwitch: boolean;
  referralReproduced: boolean;
}

export interface NoteForm {
  sessionDate: string;
  subjective: string;
  objective: string;
  assessment: string;
  plan: string;
  treatedPoints: TreatedPointRow[];
  painBefore: number | undefined;
  painAfter: number | undefined;
  durationMinutes: string;
}

export const SOAP_FIELDS = [
  {
    name: 'subjective',
    label: 'Subjective',
    hint: 'What the client reports: symptoms, changes since last time, what makes it better or worse.',
  },
  {
    name: 'objective',
    label: 'Objective',
    hint: 'What you found: posture, range of movement, palpation, taut bands.',
  },
  { name: 'assessment', label: 'Assessment', hint: 'Your clinical impression and how the client responded.' },
  { name: 'plan', label: 'Plan', hint: 'Next session, self-care to practise at home, any referral.' },
] as const;

export type SoapField = (typeof SOAP_FIELDS)[number]['name'];

/** Today in the device's own time zone, as YYYY-MM-DD (toISOString would give yesterday's date late at night). */
export function todayLocal(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let rowCounter = 0;
export function rowKey(): string {
  rowCounter += 1;
  return `tp-row-${rowCounter}`;
}

export function newTreatedPoint(triggerPoint: string, side: Side): TreatedPointRow {
  return {
    key: rowKey(),
    triggerPoint,
    side,
    technique: DEFAULT_TECHNIQUE,
    durationSeconds: '',
    localTwitch: false,
    referralReproduced: false,
  };
}

export function emptyForm(): NoteForm {
  return {
    sessionDate: todayLocal(),
    subjective: '',
    objective: '',
    assessment: '',
    plan: '',
    treatedPoints: [],
    painBefore: undefined,
    painAfter: undefined,
    durationMinutes: '',
  };
}

export function formFromContent(content: NoteContent): NoteForm {
  return {
    sessionDate: content.sessionDate,
    subjective: content.subjective,
    objective: content.objective,
    assessment: content.assessment,
    plan: content.plan,
    treatedPoints: content.treatedPoints.map((p) => ({
      key: rowKey(),
      triggerPoint: p.triggerPoint,
      side: p.side,
      technique: p.technique,
      durationSeconds: p.durationSeconds === undefined ? '' : String(p.durationSeconds),
      localTwitch: p.localTwitch,
      referralReproduced: p.referralReproduced,
    })),
    painBefore: content.painBefore,
    painAfter: content.painAfter,
    durationMinutes: content.durationMinutes === undefined ? '' : String(content.durationMinutes),
  };
}

/** A typed number, or nothing when the box is empty. The server checks the range and says what is wrong. */
function optionalNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

export function contentFromForm(form: NoteForm, regions: readonly MarkedRegion[]): NoteContent {
  const durationMinutes = optionalNumber(form.durationMinutes);
  return {
    sessionDate: form.sessionDate,
    subjective: form.subjective,
    objective: form.objective,
    assessment: form.assessment,
    plan: form.plan,
    drawing: {
      regions: regions.map((r) => ({ region: r.region, intensity: r.intensity, qualities: [...r.qualities] })),
    },
    treatedPoints: form.treatedPoints.map((p) => {
      const durationSeconds = optionalNumber(p.durationSeconds);
      return {
        triggerPoint: p.triggerPoint,
        side: p.side,
        technique: p.technique,
        ...(durationSeconds !== undefined ? { durationSeconds } : {}),
        localTwitch: p.localTwitch,
        referralReproduced: p.referralReproduced,
      };
    }),
    ...(form.painBefore !== undefined ? { painBefore: form.painBefore } : {}),
    ...(form.painAfter !== undefined ? { painAfter: form.painAfter } : {}),
    ...(durationMinutes !== undefined ? { durationMinutes } : {}),
  };
}

/** The field errors of a failed save, keyed by path without `body.` (`treatedPoints[0].side`). */
export function errorsByField(problem: Problem | undefined): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const e of problem?.errors ?? []) {
    const field = e.field.replace(/^body\.?/, '');
    if (!map.has(field)) map.set(field, e.message);
  }
  return map;
}

const FIELD_LABELS: Readonly<Record<string, string>> = {
  sessionDate: 'Session date',
  subjective: 'Subjective',
  objective: 'Objective',
  assessment: 'Assessment',
  plan: 'Plan',
  painBefore: 'Pain before',
  painAfter: 'Pain after',
  durationMinutes: 'Session length',
  treatedPoints: 'Trigger points treated',
  drawing: 'Body chart',
};

const POINT_FIELD_LABELS: Readonly<Record<string, string>> = {
  triggerPoint: 'trigger point',
  side: 'side',
  technique: 'technique',
  durationSeconds: 'duration',
  localTwitch: 'local twitch response',
  referralReproduced: 'referred pain reproduced',
};

/** `treatedPoints[0].durationSeconds` → "Upper trapezius — TP1 (right), duration". */
export function describeField(field: string, form: NoteForm): string {
  const point = /^treatedPoints\[(\d+)\]\.?(\w*)/.exec(field);
  if (point) {
    const row = form.treatedPoints[Number(point[1])];
    const name = row ? `${triggerPointLabel(row.triggerPoint)} (${row.side})` : `Trigger point ${Number(point[1]) + 1}`;
    const part = point[2] ? POINT_FIELD_LABELS[point[2]] : undefined;
    return part ? `${name}, ${part}` : name;
  }
  if (field.startsWith('drawing')) return FIELD_LABELS.drawing!;
  return FIELD_LABELS[field] ?? (field || 'Note');
}

/** The id of the control for a field, to move focus there from the error summary. */
export function controlId(field: string, form: NoteForm): string | undefined {
  const point = /^treatedPoints\[(\d+)\]\.?(\w*)/.exec(field);
  if (point) {
    const row = form.treatedPoints[Number(point[1])];
    if (!row) return undefined;
    return point[2] === 'side' ? `${row.key}-side-right` : `${row.key}-${point[2] || 'technique'}`;
  }
  if (field === 'painBefore' || field === 'painAfter') return `note-${field}-none`;
  if (field in FIELD_LABELS && field !== 'drawing' && field !== 'treatedPoints') return `note-${field}`;
  return undefined;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "2025-06-05" → "5 June 2025" (a calendar date: no time zone shift). */
export function formatDate(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** A moment, in the device's time zone: "5 Jun 2025, 14:03". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}
