import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { ApiError, problemOf, unwrap } from '../api/problems.ts';
import { formatDayLong, isLocalDate, plural, visitTimes, type Appointment } from './calendar-dates.ts';
import { refreshAppointments } from './calendar-queries.ts';
import { Dialog } from './Dialog.tsx';

type Scope = 'this' | 'following' | 'series';
type Mode = 'details' | 'move' | 'cancel';

const SCOPES: { value: Scope; label: string }[] = [
  { value: 'this', label: 'Only this visit' },
  { value: 'following', label: 'This and following visits' },
  { value: 'series', label: 'All visits in the series' },
];

function ScopeField({
  name,
  value,
  onChange,
  hint,
}: {
  name: string;
  value: Scope;
  onChange: (scope: Scope) => void;
  hint: string;
}): React.JSX.Element {
  return (
    <fieldset className="field cal-scope" aria-describedby={`${name}-hint`}>
      <legend>Which visits?</legend>
      <p className="field__hint" id={`${name}-hint`}>
        {hint}
      </p>
      {SCOPES.map((scope) => (
        <label key={scope.value} className="check-row">
          <input
            type="radio"
            name={name}
            value={scope.value}
            checked={value === scope.value}
            onChange={() => onChange(scope.value)}
          />
          <span>{scope.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ProblemAlert({ error, what }: { error: unknown; what: string }): React.JSX.Element {
  const problem = problemOf(error);
  const status = error instanceof ApiError ? error.status : undefined;
  return (
    <div className="alert alert--error" role="alert">
      <p>
        <strong>{status === 409 ? `Not ${what}: it would clash.` : `Not ${what}.`}</strong>{' '}
        {(problem?.detail ?? 'Please try again.').replace(/^body\.[\w.[\]]+: /, '')}
      </p>
      {problem?.errors && problem.errors.length > 0 ? (
        <ul>
          {problem.errors.map((e) => (
            <li key={`${e.field}-${e.message}`}>{e.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A visit's details, with Move, Cancel and (for a client's request) Confirm; a series asks which visits. */
export function VisitDialog({
  clinicId,
  visit,
  onClose,
  onDone,
  fallbackFocus,
}: {
  clinicId: string;
  visit: Appointment;
  onClose: () => void;
  /** After a change: what happened, in a sentence for the page to announce. */
  onDone: (message: string) => void;
  fallbackFocus: () => HTMLElement | null;
}): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const date = visit.localStart.slice(0, 10);
  const inSeries = visit.seriesId !== null;
  const [mode, setMode] = useState<Mode>('details');
  const [newDate, setNewDate] = useState(date);
  const [newTime, setNewTime] = useState(visit.localStart.slice(11, 16));
  const [moveScope, setMoveScope] = useState<Scope>('this');
  const [cancelScope, setCancelScope] = useState<Scope>('this');
  const [moveError, setMoveError] = useState<string | null>(null);
  const modeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (mode !== 'details') modeHeading.current?.focus();
  }, [mode]);

  const move = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/clinics/{clinicId}/appointments/{appointmentId}', {
          params: { path: { clinicId, appointmentId: visit.id } },
          body: { scope: inSeries ? moveScope : 'this', start: `${newDate}T${newTime}` },
        }),
      ),
    onSuccess: async (changed) => {
      await refreshAppointments(queryClient, clinicId);
      const first = changed.find((a) => a.id === visit.id) ?? changed[0];
      const where = first
        ? ` to ${formatDayLong(first.localStart.slice(0, 10))} at ${first.localStart.slice(11, 16)}`
        : '';
      onDone(
        changed.length <= 1
          ? `The visit was moved${where}.`
          : `${plural(changed.length, 'visit')} moved; this one${where}, the later ones by as much.`,
      );
    },
  });

  const cancel = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/appointments/{appointmentId}/cancel', {
          params: { path: { clinicId, appointmentId: visit.id } },
          body: { scope: inSeries ? cancelScope : 'this' },
        }),
      ),
    onSuccess: async (cancelled) => {
      await refreshAppointments(queryClient, clinicId);
      onDone(
        cancelled.length <= 1
          ? `The visit on ${formatDayLong(date)} at ${visit.localStart.slice(11, 16)} was cancelled.`
          : `${plural(cancelled.length, 'visit')} cancelled, from ${formatDayLong(date)} on.`,
      );
    },
  });

  const confirm = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/clinics/{clinicId}/appointments/{appointmentId}', {
          params: { path: { clinicId, appointmentId: visit.id } },
          body: { scope: 'this', confirm: true },
        }),
      ),
    onSuccess: async () => {
      await refreshAppointments(queryClient, clinicId);
      onDone(
        `${visit.clientName}’s visit on ${formatDayLong(date)} at ${visit.localStart.slice(11, 16)} is confirmed.`,
      );
    },
  });

  const titleId = `${id}-title`;
  const facts: [string, React.ReactNode][] = [
    ['Client', <Link to={`/clinic/${clinicId}/clients/${visit.clientId}`}>{visit.clientName}</Link>],
    ['Therapist', visit.therapistName],
    ['Type', visit.typeName],
    ['Room', visit.roomName ?? 'No room'],
    [
      'Repeats',
      visit.repeat
        ? `${visit.repeat}${visit.occurrenceIndex !== null ? ` (visit ${visit.occurrenceIndex + 1})` : ''}`
        : 'Does not repeat',
    ],
    ['Note', visit.note ?? 'None'],
    ['Status', visit.status === 'requested' ? 'Requested by the client, not confirmed yet' : 'Booked'],
  ];

  return (
    <Dialog labelledBy={titleId} onClose={onClose} fallbackFocus={fallbackFocus}>
      <div className="cal-dialog__head">
        <h2 id={titleId}>Visit: {visit.clientName}</h2>
        <button type="button" className="icon-button cal-dialog__close" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <p className="cal-dialog__when">
        <strong>
          {formatDayLong(date)}, {visitTimes(visit)}
        </strong>{' '}
        <span className="muted">({visit.timeZone})</span>
      </p>
      {visit.status === 'requested' ? (
        <div className="alert alert--warning cal-dialog__request">
          <p>The client asked for this visit in the portal. It is held in the diary until someone confirms it.</p>
          {confirm.error ? <ProblemAlert error={confirm.error} what="confirmed" /> : null}
          <button
            type="button"
            className="button button--primary button--small"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            {confirm.isPending ? 'Confirming…' : 'Confirm the visit'}
          </button>
        </div>
      ) : null}
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term} className="cal-fact">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {mode === 'details' ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setMode('move')}>
            Move
          </button>
          <button type="button" className="button button--danger" onClick={() => setMode('cancel')}>
            Cancel visit
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      ) : null}

      {mode === 'move' ? (
        <form
          className="form cal-dialog__form"
          noValidate
          aria-labelledby={`${id}-move-title`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!isLocalDate(newDate) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(newTime)) {
              setMoveError('Enter the new date and time.');
              return;
            }
            setMoveError(null);
            move.mutate();
          }}
        >
          <h3 id={`${id}-move-title`} ref={modeHeading} tabIndex={-1}>
            Move the visit
          </h3>
          {moveError ? (
            <div className="alert alert--error" role="alert">
              <p>{moveError}</p>
            </div>
          ) : null}
          {move.error ? <ProblemAlert error={move.error} what="moved" /> : null}
          <div className="field-row">
            <div className="field">
              <label htmlFor={`${id}-new-date`}>New date</label>
              <input
                id={`${id}-new-date`}
                type="date"
                value={newDate}
                onChange={(e) => {
                  move.reset();
                  setNewDate(e.target.value);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-new-time`}>New time</label>
              <input
                id={`${id}-new-time`}
                type="time"
                step={300}
                value={newTime}
                onChange={(e) => {
                  move.reset();
                  setNewTime(e.target.value);
                }}
              />
            </div>
          </div>
          {inSeries ? (
            <ScopeField
              name={`${id}-move-scope`}
              value={moveScope}
              onChange={(scope) => {
                move.reset();
                setMoveScope(scope);
              }}
              hint="Later visits move by as much as this one: a day later and an hour earlier, say."
            />
          ) : null}
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={move.isPending}>
              {move.isPending ? 'Moving…' : 'Move the visit'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                move.reset();
                setMode('details');
              }}
            >
              Back
            </button>
          </div>
        </form>
      ) : null}

      {mode === 'cancel' ? (
        <form
          className="form cal-dialog__form"
          noValidate
          aria-labelledby={`${id}-cancel-title`}
          onSubmit={(event) => {
            event.preventDefault();
            cancel.mutate();
          }}
        >
          <h3 id={`${id}-cancel-title`} ref={modeHeading} tabIndex={-1}>
            Cancel the visit
          </h3>
          {cancel.error ? <ProblemAlert error={cancel.error} what="cancelled" /> : null}
          {inSeries ? (
            <ScopeField
              name={`${id}-cancel-scope`}
              value={cancelScope}
              onChange={setCancelScope}
              hint="Cancelled visits leave the diary and their reminders are not sent."
            />
          ) : (
            <p>The visit leaves the diary and its reminders are not sent.</p>
          )}
          <div className="button-row">
            <button type="submit" className="button button--danger" disabled={cancel.isPending}>
              {cancel.isPending ? 'Cancelling…' : 'Confirm cancellation'}
            </button>
            <button type="button" className="button" onClick={() => setMode('details')}>
              Keep the visit
            </button>
          </div>
        </form>
      ) : null}
    </Dialog>
  );
}
