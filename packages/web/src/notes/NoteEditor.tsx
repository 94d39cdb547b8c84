import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { viewsOfRegion } from '@myomap/core/body/figures/index.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { BodyMap } from '../body/BodyMap.tsx';
import { DrawingSummary } from '../body/DrawingSummary.tsx';
import { RegionSearch } from '../body/RegionSearch.tsx';
import { drawingReducer, type DrawingAction } from '../body/usePainDrawing.ts';
import { ViewPicker } from '../body/ViewPicker.tsx';
import { ErrorSummary } from './ErrorSummary.tsx';
import {
  contentFromForm,
  controlId,
  describeField,
  emptyForm,
  errorsByField,
  formatDateTime,
  formFromContent,
  SOAP_FIELDS,
  type NoteForm,
  type SessionNote,
  type TreatedPointRow,
} from './note-form.ts';
import { noteQueryKey, notePath, refreshAfterNoteChange } from './note-queries.ts';
import { PainScale } from './PainScale.tsx';
import type { Schemas } from '../api/client.ts';
import { ScreeningLimits } from './ScreeningLimits.tsx';
import { TreatedPoints } from './TreatedPoints.tsx';

type Intent = 'save' | 'sign';

export interface NoteEditorProps {
  clinicId: string;
  clientId: string;
  /** The draft being changed; none for a new note. */
  note?: SessionNote | undefined;
  /** The signed-in user, to say whether they can sign this draft. */
  userId: string;
  /** The client's latest screening: its limits are shown beside the chart and checked against each point. */
  screening?: Schemas['ClientScreening'] | null | undefined;
}

function FieldError({ id, message }: { id: string; message: string | undefined }): React.JSX.Element | null {
  return message ? (
    <p className="field__error" id={id}>
      {message}
    </p>
  ) : null;
}

/**
 * Writing a session note: the body chart, the points treated, pain before and after and the SOAP text,
 * laid out for a tablet so a routine note takes less than a minute. Saved as a draft, or signed (and so
 * locked) at once.
 */
export function NoteEditor({ clinicId, clientId, note, userId, screening }: NoteEditorProps): React.JSX.Element {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<NoteForm>(() => (note ? formFromContent(note.content) : emptyForm()));
  const [drawing, dispatchDrawing] = useReducer(drawingReducer, undefined, () => ({
    regions: note?.content.drawing.regions ?? [],
    past: [],
  }));
  const [view, setView] = useState<ViewId>('front');
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [dirty, setDirty] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const mutation = useMutation({
    mutationFn: async (intent: Intent): Promise<SessionNote> => {
      const body = contentFromForm(form, drawing.regions);
      const path = { clinicId, clientId };
      if (!note) {
        return unwrap(
          await api.POST('/api/clinics/{clinicId}/clients/{clientId}/notes', {
            params: { path, query: intent === 'sign' ? { sign: 'true' } : {} },
            body,
          }),
        );
      }
      const saved = unwrap(
        await api.PUT('/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}', {
          params: { path: { ...path, noteId: note.id } },
          body,
        }),
      );
      queryClient.setQueryData(noteQueryKey(clinicId, clientId, saved.id), saved);
      setDirty(false);
      if (intent === 'save') return saved;
      return unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}/sign', {
          params: { path: { ...path, noteId: note.id } },
        }),
      );
    },
    onSuccess: async (saved, intent) => {
      setDirty(false);
      setConfirming(false);
      queryClient.setQueryData(noteQueryKey(clinicId, clientId, saved.id), saved);
      await refreshAfterNoteChange(queryClient);
      const to = notePath(clinicId, clientId, saved.id);
      const flash =
        intent === 'sign' ? 'Note signed and locked.' : 'Draft saved. You can keep changing it until you sign it.';
      await navigate(to, { replace: note !== undefined, state: { flash } });
    },
    onError: () => {
      setConfirming(false);
    },
  });

  const problem = mutation.error ? problemOf(mutation.error) : undefined;
  const errors = useMemo(() => errorsByField(problem), [problem]);
  const intent = mutation.variables;

  useEffect(() => {
    if (mutation.isError) summary.current?.focus();
  }, [mutation.isError, mutation.error]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent): void => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const update = <K extends keyof NoteForm>(key: K, value: NoteForm[K]): void => {
    setDirty(true);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const changeDrawing = (action: DrawingAction): void => {
    setDirty(true);
    dispatchDrawing(action);
  };
  const reveal = (region: string): void => {
    setSelected(region);
    const views = viewsOfRegion(region);
    if (!views.includes(view) && views[0]) setView(views[0]);
  };
  const marked = new Set(drawing.regions.map((r) => r.region));

  const describedBy = (field: string, hint?: string): string | undefined =>
    [hint, errors.has(field) ? `note-${field}-error` : undefined].filter(Boolean).join(' ') || undefined;

  const summaryItems = [...errors].map(([field, message]) => ({
    label: describeField(field, form),
    message,
    target: controlId(field, form),
  }));
  const drawingErrors = [...errors].filter(([field]) => field.startsWith('drawing'));
  const treatedErrors = errors.get('treatedPoints');
  const canSign = !note || note.therapistId === userId;
  const busy = mutation.isPending;

  return (
    <form className="form form--wide note-form" noValidate onSubmit={(e) => e.preventDefault()}>
      {note ? (
        <p className="note-draft-status">
          <span className="badge note-badge--draft">Draft</span> Last saved {formatDateTime(note.updatedAt)} by{' '}
          {note.therapistName}.{' '}
          {canSign ? 'You can change it until you sign it.' : `Only ${note.therapistName}, who wrote it, can sign it.`}
        </p>
      ) : null}

      <div className="field-row note-basics">
        <div className="field">
          <label htmlFor="note-sessionDate">Session date</label>
          <input
            id="note-sessionDate"
            type="date"
            value={form.sessionDate}
            required
            aria-invalid={errors.has('sessionDate') ? true : undefined}
            aria-describedby={describedBy('sessionDate')}
            onChange={(e) => update('sessionDate', e.target.value)}
          />
          <FieldError id="note-sessionDate-error" message={errors.get('sessionDate')} />
        </div>
        <div className="field">
          <label htmlFor="note-durationMinutes">Session length in minutes</label>
          <input
            id="note-durationMinutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            step={1}
            value={form.durationMinutes}
            aria-invalid={errors.has('durationMinutes') ? true : undefined}
            aria-describedby={describedBy('durationMinutes', 'note-durationMinutes-hint')}
            onChange={(e) => update('durationMinutes', e.target.value)}
          />
          <span className="field__hint" id="note-durationMinutes-hint">
            Optional
          </span>
          <FieldError id="note-durationMinutes-error" message={errors.get('durationMinutes')} />
        </div>
      </div>

      <div className="note-layout">
        <section className="note-section note-chart" aria-labelledby="chart-title">
          <h2 id="chart-title">Body chart</h2>
          <p className="muted">Tap where the client feels pain, or find the place by name. Tap again to unmark.</p>
          {drawingErrors.length > 0 ? (
            <p className="field__error">{drawingErrors.map(([, message]) => message).join(' ')}</p>
          ) : null}
          <div className="body-map">
            <ViewPicker view={view} onChange={setView} />
            <BodyMap
              view={view}
              regions={drawing.regions}
              dispatch={changeDrawing}
              selected={selected}
              onSelect={setSelected}
            />
            <RegionSearch
              marked={marked}
              onPick={(region) => {
                changeDrawing({ type: 'mark', region });
                reveal(region);
              }}
            />
          </div>
          <DrawingSummary
            regions={drawing.regions}
            selected={selected}
            onSelect={reveal}
            dispatch={changeDrawing}
            canUndo={drawing.past.length > 0}
          />
        </section>

        <div className="note-side">
          <ScreeningLimits screening={screening} rows={form.treatedPoints} />
          {treatedErrors ? <p className="field__error">{treatedErrors}</p> : null}
          <TreatedPoints
            rows={form.treatedPoints}
            regions={drawing.regions}
            errors={errors}
            onChange={(rows: TreatedPointRow[]) => update('treatedPoints', rows)}
            onRemove={() => mutation.reset()}
          />

          <section className="note-section" aria-labelledby="pain-title">
            <h2 id="pain-title">Pain</h2>
            <PainScale
              id="note-painBefore"
              legend="Pain before treatment"
              value={form.painBefore}
              onChange={(v) => update('painBefore', v)}
              error={errors.get('painBefore')}
            />
            <PainScale
              id="note-painAfter"
              legend="Pain after treatment"
              value={form.painAfter}
              onChange={(v) => update('painAfter', v)}
              error={errors.get('painAfter')}
            />
          </section>
        </div>
      </div>

      <section className="note-section" aria-labelledby="soap-title">
        <h2 id="soap-title">SOAP note</h2>
        <div className="soap-grid">
          {SOAP_FIELDS.map((field) => (
            <div className="field" key={field.name}>
              <label htmlFor={`note-${field.name}`}>{field.label}</label>
              <span className="field__hint" id={`note-${field.name}-hint`}>
                {field.hint}
              </span>
              <textarea
                id={`note-${field.name}`}
                rows={3}
                value={form[field.name]}
                aria-invalid={errors.has(field.name) ? true : undefined}
                aria-describedby={describedBy(field.name, `note-${field.name}-hint`)}
                onChange={(e) => update(field.name, e.target.value)}
              />
              <FieldError id={`note-${field.name}-error`} message={errors.get(field.name)} />
            </div>
          ))}
        </div>
      </section>

      {mutation.isError ? (
        <ErrorSummary
          ref={summary}
          title={intent === 'sign' ? 'The note was not signed' : 'The note was not saved'}
          detail={
            summaryItems.length > 0
              ? 'Please correct the following and try again.'
              : problemMessage(problem, 'The server could not be reached. Please check the connection and try again.')
          }
          items={summaryItems}
        />
      ) : null}

      <div className="note-actions">
        {confirming ? (
          <div className="note-confirm" role="group" aria-labelledby="sign-confirm-title">
            <p id="sign-confirm-title">
              <strong>Sign and lock this note?</strong> Once signed it cannot be changed; later corrections are added as
              addenda, with your name and the time.
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                autoFocus
                disabled={busy}
                onClick={() => mutation.mutate('sign')}
              >
                Sign and lock
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
                Keep editing
              </button>
            </div>
          </div>
        ) : (
          <div className="button-row">
            <button type="button" className="button" disabled={busy} onClick={() => mutation.mutate('save')}>
              Save draft
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() => {
                mutation.reset();
                setConfirming(true);
              }}
            >
              Sign note
            </button>
          </div>
        )}
        <p role="status" className="note-actions__status muted">
          {busy ? (intent === 'sign' ? 'Signing the note…' : 'Saving the draft…') : dirty ? 'Not saved yet' : ''}
        </p>
      </div>
    </form>
  );
}
