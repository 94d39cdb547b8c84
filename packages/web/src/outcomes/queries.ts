import type { PainDrawing } from '@myomap/core/body/pain-drawing.ts';
import type { ScaleId } from '@myomap/core/outcomes/measures.ts';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';

export type OutcomeTrend = Schemas['OutcomeTrend'];
export type ChartScale = Exclude<ScaleId, 'soreness'>;

/** Whose diary: the signed-in person's own, their record at a clinic (portal), or a clinic's client. */
export type OutcomeSource =
  { kind: 'me' } | { kind: 'portal'; clientId: string } | { kind: 'clinic'; clinicId: string; clientId: string };

export interface DiaryEntryInput {
  kind: 'diary';
  date: string;
  time?: string;
  pain: number;
  stiffness?: number;
  stress?: number;
  sleep?: number;
  note?: string;
  painDrawing?: PainDrawing;
}

/** Every query about one diary starts with this key, so a new entry refreshes them all. */
export function outcomesKey(source: OutcomeSource): readonly string[] {
  switch (source.kind) {
    case 'me':
      return ['outcomes', 'me'];
    case 'portal':
      return ['outcomes', 'portal', source.clientId];
    case 'clinic':
      return ['outcomes', 'clinic', source.clinicId, source.clientId];
  }
}

export async function fetchTrend(source: OutcomeSource, scale: ChartScale, from?: string): Promise<OutcomeTrend> {
  const query = from ? { scale, from } : { scale };
  switch (source.kind) {
    case 'me':
      return unwrap(await api.GET('/api/me/outcomes/trend', { params: { query } }));
    case 'portal':
      return unwrap(
        await api.GET('/api/portal/records/{clientId}/outcomes/trend', {
          params: { path: { clientId: source.clientId }, query },
        }),
      );
    case 'clinic':
      return unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/outcomes/trend', {
          params: { path: { clinicId: source.clinicId, clientId: source.clientId }, query },
        }),
      );
  }
}

/** Ratings around a session: pain just before and after, or soreness the next day (dated the session's day). */
export interface SessionEntryInput {
  kind: 'session';
  date: string;
  painBefore?: number;
  painAfter?: number;
  sorenessNextDay?: number;
}

export async function addDiaryEntry(source: OutcomeSource, entry: DiaryEntryInput | SessionEntryInput): Promise<void> {
  if (source.kind === 'me') {
    unwrap(await api.POST('/api/me/outcomes', { body: entry }));
  } else if (source.kind === 'portal') {
    unwrap(
      await api.POST('/api/portal/records/{clientId}/outcomes', {
        params: { path: { clientId: source.clientId } },
        body: entry,
      }),
    );
  } else {
    throw new Error('Clinic staff read a client’s diary; the client writes it.');
  }
}

/** The CSV download, where there is one (the portal has none). */
export function csvHref(source: OutcomeSource, from?: string): string {
  const query = from ? `?from=${encodeURIComponent(from)}` : '';
  switch (source.kind) {
    case 'me':
      return `/api/me/outcomes.csv${query}`;
    case 'clinic':
      return `/api/clinics/${encodeURIComponent(source.clinicId)}/clients/${encodeURIComponent(source.clientId)}/outcomes.csv${query}`;
    case 'portal':
      return `/api/portal/records/${encodeURIComponent(source.clientId)}/outcomes.csv${query}`;
  }
}
