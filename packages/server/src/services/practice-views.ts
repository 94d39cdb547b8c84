import { storedModifications } from '@myomap/core/screening/decision.ts';
import { consentStatus, type ConsentStatus } from '@myomap/core/practice/consent.ts';
import {
  sessionNoteContentSchema,
  summariseNote,
  type SessionNoteContent,
} from '@myomap/core/practice/session-note.ts';
import type { PainDrawing } from '@myomap/core/body/pain-drawing.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import type { ScreeningInput, ScreeningResult } from '@myomap/core/screening/evaluate.ts';
import type {
  ClientScreeningTable,
  ClientTable,
  ConsentFormTable,
  ConsentSignatureTable,
  NoteAddendumTable,
  PainDrawingTable,
  SessionNoteTable,
} from '../db/schema.ts';

/** How records leave the server: camelCase, JSON parsed, nothing internal. */

export interface ClientProfile {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  dateOfBirth: string | null;
  emergencyContact: { name: string | null; phone: string | null };
  therapistId: string | null;
  hasPortalAccount: boolean;
  createdAt: string;
  updatedAt: string;
  erasedAt: string | null;
  retainedUntil: string | null;
}

export function clientProfile(row: ClientTable): ClientProfile {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    dateOfBirth: row.date_of_birth,
    emergencyContact: { name: row.emergency_contact_name, phone: row.emergency_contact_phone },
    therapistId: row.therapist_id,
    hasPortalAccount: row.user_id !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    erasedAt: row.erased_at,
    retainedUntil: row.retained_until,
  };
}

export function medicationsOf(row: ClientTable): string[] {
  const parsed: unknown = JSON.parse(row.medications);
  return Array.isArray(parsed) ? parsed.filter((m): m is string => typeof m === 'string') : [];
}

export interface ScreeningView {
  id: string;
  recordedAt: string;
  source: 'clinic' | 'portal';
  outcome: ScreeningResult['outcome'];
  rulesetVersion: string;
  input: ScreeningInput;
  result: ScreeningResult;
}

/**
 * A stored screening as the current types: results of rulesets before 2026.12 lack the purposes of
 * unrecognised medicines and a pressure limit's rule and reason. The outcome and version stay as
 * recorded: an earlier screening keeps the ruleset it was made with.
 */
export function screeningView(row: ClientScreeningTable): ScreeningView {
  const stored = JSON.parse(row.result) as ScreeningResult;
  const result: ScreeningResult = {
    ...stored,
    modifications: storedModifications(stored.modifications),
    medicationPurposes: stored.medicationPurposes ?? {},
  };
  const input = JSON.parse(row.input) as ScreeningInput;
  return {
    id: row.id,
    recordedAt: row.recorded_at,
    source: row.source,
    outcome: result.outcome,
    rulesetVersion: row.ruleset_version,
    input: { ...input, medicationPurposes: input.medicationPurposes ?? {} },
    result,
  };
}

export interface DrawingView {
  id: string;
  recordedAt: string;
  source: 'clinic' | 'portal';
  drawing: PainDrawing;
}

export function drawingView(row: PainDrawingTable): DrawingView {
  return {
    id: row.id,
    recordedAt: row.recorded_at,
    source: row.source,
    drawing: JSON.parse(row.drawing) as PainDrawing,
  };
}

export interface AddendumView {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

export interface NoteView {
  id: string;
  clientId: string;
  therapistId: string;
  therapistName: string;
  sessionDate: string;
  status: 'draft' | 'signed';
  content: SessionNoteContent;
  summary: string;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  addenda: AddendumView[];
}

export function noteView(
  row: SessionNoteTable,
  addenda: readonly NoteAddendumTable[],
  names: ReadonlyMap<string, string>,
): NoteView {
  // Parsed, not cast: notes written by an older version get today's defaults for fields added since.
  const content: SessionNoteContent = sessionNoteContentSchema.parse(JSON.parse(row.content));
  return {
    id: row.id,
    clientId: row.client_id,
    therapistId: row.therapist_id,
    therapistName: names.get(row.therapist_id) ?? 'Former staff member',
    sessionDate: row.session_date,
    status: row.status,
    content,
    summary: summariseNote(content),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    addenda: addenda
      .filter((a) => a.note_id === row.id)
      .map((a) => ({
        id: a.id,
        authorId: a.author_id,
        authorName: names.get(a.author_id) ?? 'Former staff member',
        body: a.body,
        createdAt: a.created_at,
      })),
  };
}

export interface ConsentView {
  formId: string;
  kind: string;
  version: number;
  title: string;
  body: string;
  signedAt: string | null;
  signedEarlierVersion: number | null;
}

export function consentViews(
  forms: readonly ConsentFormTable[],
  signatures: readonly (ConsentSignatureTable & { kind: string; version: number })[],
): ConsentView[] {
  const status: ConsentStatus[] = consentStatus(
    forms,
    signatures.map((s) => ({ formId: s.form_id, kind: s.kind, version: s.version, signedAt: s.signed_at })),
  );
  return status.map((s) => ({
    formId: s.form.id,
    kind: s.form.kind,
    version: s.form.version,
    title: s.form.title,
    body: s.form.body,
    signedAt: s.signedAt,
    signedEarlierVersion: s.signedEarlierVersion,
  }));
}

export type TimelineKind = 'screening' | 'drawing' | 'note' | 'addendum' | 'consent';

export interface TimelineEntry {
  kind: TimelineKind;
  id: string;
  at: string;
  title: string;
  detail: string;
  /** The note an entry belongs to (notes and addenda), to open it. */
  noteId: string | null;
}

const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  urgent: 'urgent: needs a doctor now',
  refer: 'refer to a doctor first',
  postpone: 'postpone treatment',
  caution: 'go ahead with care',
  ok: 'no concerns',
};

function drawingSummary(drawing: PainDrawing): string {
  if (drawing.regions.length === 0) return 'No painful areas marked';
  const worst = [...drawing.regions].sort((a, b) => b.intensity - a.intensity).slice(0, 4);
  const more = drawing.regions.length - worst.length;
  return (
    worst.map((r) => `${findRegion(r.region)?.label ?? r.region} ${r.intensity}/10`).join(', ') +
    (more > 0 ? ` and ${more} more` : '')
  );
}

/** Everything that happened to a client, oldest first. Drafts show only to clinicians (`includeDrafts`). */
export function buildTimeline(parts: {
  screenings: readonly ScreeningView[];
  drawings: readonly DrawingView[];
  notes: readonly NoteView[];
  signatures: readonly (ConsentSignatureTable & { title: string; version: number })[];
  includeDrafts: boolean;
}): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...parts.screenings.map((s) => ({
      kind: 'screening' as const,
      id: s.id,
      at: s.recordedAt,
      title: `Safety screening (${s.source === 'portal' ? 'in the portal' : 'in clinic'})`,
      detail: `Outcome: ${OUTCOME_WORDS[s.outcome] ?? s.outcome}${s.result.reasons.length ? ` — ${s.result.reasons.map((r) => r.reason).join(' ')}` : ''}`,
      noteId: null,
    })),
    ...parts.drawings.map((d) => ({
      kind: 'drawing' as const,
      id: d.id,
      at: d.recordedAt,
      title: 'Pain drawing',
      detail: drawingSummary(d.drawing),
      noteId: null,
    })),
    ...parts.notes
      .filter((n) => parts.includeDrafts || n.status === 'signed')
      .flatMap((n) => [
        {
          kind: 'note' as const,
          id: n.id,
          at: n.signedAt ?? n.createdAt,
          title: `Session ${n.sessionDate} with ${n.therapistName}${n.status === 'draft' ? ' (draft)' : ''}`,
          detail: n.summary,
          noteId: n.id,
        },
        ...n.addenda.map((a) => ({
          kind: 'addendum' as const,
          id: a.id,
          at: a.createdAt,
          title: `Addendum by ${a.authorName} to the session of ${n.sessionDate}`,
          detail: a.body,
          noteId: n.id,
        })),
      ]),
    ...parts.signatures.map((s) => ({
      kind: 'consent' as const,
      id: s.id,
      at: s.signed_at,
      title: `Consent signed: ${s.title} (version ${s.version})`,
      detail: `Signed as ${s.signed_name} ${s.method === 'portal' ? 'in the portal' : 'in clinic'}`,
      noteId: null,
    })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}
