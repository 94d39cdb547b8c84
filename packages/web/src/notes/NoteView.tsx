import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { regionLabel } from '../atlas/labels.ts';
import { ChartFigure } from './ChartFigure.tsx';
import { formatDate, formatDateTime, SOAP_FIELDS, type SessionNote } from './note-form.ts';
import { noteQueryKey, refreshAfterNoteChange } from './note-queries.ts';
import { muscleName, techniqueName, triggerPointLabel } from './trigger-points.ts';

function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

function formatSeconds(seconds: number | undefined): string {
  if (seconds === undefined) return '—';
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

function AddendumForm({
  clinicId,
  clientId,
  noteId,
}: {
  clinicId: string;
  clientId: string;
  noteId: string;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [added, setAdded] = useState(false);
  const mutation = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}/addenda', {
          params: { path: { clinicId, clientId, noteId } },
          body: { body },
        }),
      ),
    onSuccess: async (note) => {
      queryClient.setQueryData(noteQueryKey(clinicId, clientId, noteId), note);
      setBody('');
      setAdded(true);
      await refreshAfterNoteChange(queryClient);
    },
  });
  const problem = mutation.error ? problemOf(mutation.error) : undefined;
  const error = fieldError(problem, 'body');
  return (
    <form
      className="form addendum-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setAdded(false);
        mutation.mutate();
      }}
    >
      <h3>Add an addendum</h3>
      {mutation.isError ? (
        <div className="alert alert--error" role="alert">
          <p>
            The addendum was not added.{' '}
            {error
              ? `Addendum: ${error}.`
              : problemMessage(problem, 'The server could not be reached. Please try again.')}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="addendum-body">Addendum</label>
        <span className="field__hint" id="addendum-hint">
          A correction or a later finding. It appears below the note with your name and the time; the signed note itself
          does not change.
        </span>
        <textarea
          id="addendum-body"
          rows={3}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'addendum-hint addendum-error' : 'addendum-hint'}
          onChange={(e) => {
            setAdded(false);
            setBody(e.target.value);
          }}
        />
        {error ? (
          <p className="field__error" id="addendum-error">
            {error}
          </p>
        ) : null}
      </div>
      <p className="button-row">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Adding…' : 'Add addendum'}
        </button>
      </p>
      <p role="status" className="muted">
        {added ? 'Addendum added.' : ''}
      </p>
    </form>
  );
}

/** A signed, locked note: the record as signed, then its addenda and a form to add one. */
export function NoteView({
  note,
  clinicId,
  clientId,
}: {
  note: SessionNote;
  clinicId: string;
  clientId: string;
}): React.JSX.Element {
  const { content } = note;
  const regions = content.drawing.regions;
  const hasSoap = SOAP_FIELDS.some((f) => content[f.name].trim());
  return (
    <div className="note-view">
      <div className="note-locked" role="note" aria-label="Note status">
        <p className="note-locked__status">
          <span className="badge note-badge--signed">Signed and locked</span>
        </p>
        <p>
          Signed by {note.therapistName} on {note.signedAt ? formatDateTime(note.signedAt) : 'an unknown date'}. Changes
          can only be added as addenda.
        </p>
      </div>

      <dl className="note-facts">
        <div>
          <dt>Session date</dt>
          <dd>{formatDate(note.sessionDate)}</dd>
        </div>
        <div>
          <dt>Pain</dt>
          <dd>
            {content.painBefore !== undefined || content.painAfter !== undefined ? (
              <>
                {content.painBefore ?? '—'} → {content.painAfter ?? '—'}{' '}
                <span className="muted">(before → after, out of 10)</span>
              </>
            ) : (
              'Not recorded'
            )}
          </dd>
        </div>
        <div>
          <dt>Session length</dt>
          <dd>{content.durationMinutes !== undefined ? `${content.durationMinutes} minutes` : 'Not recorded'}</dd>
        </div>
        <div>
          <dt>Therapist</dt>
          <dd>{note.therapistName}</dd>
        </div>
      </dl>

      <section className="note-section" aria-labelledby="view-chart-title">
        <h2 id="view-chart-title">Body chart</h2>
        {regions.length === 0 ? (
          <p className="muted">No places were marked.</p>
        ) : (
          <div className="note-chart-summary">
            <ChartFigure regions={regions} />
            <ul className="chart-list" aria-label="Marked places">
              {regions.map((r) => (
                <li key={r.region}>
                  <span>{regionLabel(r.region)}</span> <strong>{r.intensity}/10</strong>
                  {r.qualities.length > 0 ? <span className="muted">, {r.qualities.join(', ')}</span> : null}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section className="note-section" aria-labelledby="view-points-title">
        <h2 id="view-points-title">Trigger points treated</h2>
        {content.treatedPoints.length === 0 ? (
          <p className="muted">No trigger points were recorded.</p>
        ) : (
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="view-points-caption">
            <table className="data-table">
              <caption className="visually-hidden" id="view-points-caption">
                Trigger points treated in this session
              </caption>
              <thead>
                <tr>
                  <th scope="col">Muscle</th>
                  <th scope="col">Point</th>
                  <th scope="col">Side</th>
                  <th scope="col">Technique</th>
                  <th scope="col">Duration</th>
                  <th scope="col">Local twitch</th>
                  <th scope="col">Referral reproduced</th>
                </tr>
              </thead>
              <tbody>
                {content.treatedPoints.map((p, index) => (
                  <tr key={`${p.triggerPoint}-${p.side}-${index}`}>
                    <td>{muscleName(p.triggerPoint)}</td>
                    <td>{triggerPointLabel(p.triggerPoint).split(' — ')[1] ?? p.triggerPoint}</td>
                    <td>{p.side === 'left' ? 'Left' : 'Right'}</td>
                    <td>{techniqueName(p.technique)}</td>
                    <td>{formatSeconds(p.durationSeconds)}</td>
                    <td>{yesNo(p.localTwitch)}</td>
                    <td>{yesNo(p.referralReproduced)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="note-section" aria-labelledby="view-soap-title">
        <h2 id="view-soap-title">SOAP note</h2>
        {hasSoap ? (
          <dl className="soap-view">
            {SOAP_FIELDS.map((field) => (
              <div key={field.name}>
                <dt>{field.label}</dt>
                <dd>
                  {content[field.name].trim() ? content[field.name] : <span className="muted">Nothing written</span>}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="muted">No SOAP text was written.</p>
        )}
      </section>

      <section className="note-section" aria-labelledby="addenda-title">
        <h2 id="addenda-title">Addenda</h2>
        {note.addenda.length === 0 ? (
          <p className="muted">No addenda yet.</p>
        ) : (
          <ol className="timeline addenda" aria-label="Addenda">
            {note.addenda.map((a) => (
              <li key={a.id}>
                <p className="timeline__when">
                  {a.authorName}, <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
                </p>
                <p className="addendum__body">{a.body}</p>
              </li>
            ))}
          </ol>
        )}
        <AddendumForm clinicId={clinicId} clientId={clientId} noteId={note.id} />
      </section>
    </div>
  );
}
