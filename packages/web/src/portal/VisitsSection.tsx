import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { summariseError } from '../account/errors.ts';
import { TextField } from '../account/TextField.tsx';
import { api } from '../api/client.ts';
import { ApiError, fieldError, problemOf, unwrap } from '../api/problems.ts';
import { CalendarFeed } from './CalendarFeed.tsx';
import { fetchVisits, portalVisitsKey, type PortalVisits, type Visit } from './home-queries.ts';
import { todayIn, visitTime } from './program-format.ts';
import { visitProblemText } from './visit-errors.ts';
import './home.css';

const HOUR = 3_600_000;

/** "Your visits": what is booked, moving and cancelling within the clinic's notice rule, asking for a visit. */
export function VisitsSection({ clientId, clinicName }: { clientId: string; clinicName: string }): React.JSX.Element {
  const queryClient = useQueryClient();
  const visits = useQuery({ queryKey: portalVisitsKey(clientId), queryFn: () => fetchVisits(clientId) });
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const changed = async (message: string): Promise<void> => {
    setNotice(message);
    await queryClient.invalidateQueries({ queryKey: portalVisitsKey(clientId) });
    // The form or button the person used may be gone now: keep their place at the message.
    noticeRef.current?.focus();
  };

  return (
    <section className="portal-section" aria-labelledby="visits-title">
      <h2 id="visits-title">Your visits</h2>
      <p
        ref={noticeRef}
        tabIndex={-1}
        role="status"
        className={notice ? 'alert alert--success visits__notice' : 'visually-hidden'}
      >
        {notice}
      </p>
      {visits.isPending ? (
        <p role="status" className="loading">
          Loading your visits…
        </p>
      ) : visits.isError ? (
        <div role="alert" className="alert alert--error">
          <p>Your visits could not be loaded. {summariseError(visits.error).message}</p>
          <button type="button" className="button button--small" onClick={() => void visits.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <>
          <VisitList
            clientId={clientId}
            clinicName={clinicName}
            data={visits.data}
            now={visits.dataUpdatedAt}
            onChanged={(message) => void changed(message)}
          />
          {visits.data.rules.clientRequests ? (
            <RequestVisit
              clientId={clientId}
              clinicName={clinicName}
              data={visits.data}
              onRequested={(message) => void changed(message)}
            />
          ) : (
            <p className="muted">To book a visit, contact {clinicName}: they take bookings at the desk or by phone.</p>
          )}
        </>
      )}
      <CalendarFeed clientId={clientId} clinicName={clinicName} />
    </section>
  );
}

function ownZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function VisitList({
  clientId,
  clinicName,
  data,
  now,
  onChanged,
}: {
  clientId: string;
  clinicName: string;
  data: PortalVisits;
  now: number;
  onChanged: (message: string) => void;
}): React.JSX.Element {
  const upcoming = data.upcoming
    .filter((v) => v.status !== 'cancelled')
    .sort((a, b) => a.startUtc.localeCompare(b.startUtc));
  const hours = data.rules.clientChangeHours;
  if (upcoming.length === 0) return <p>No visits booked at {clinicName}.</p>;
  return (
    <>
      <p className="muted">
        You can move or cancel a visit here until {hours} hours before it starts; after that, please phone {clinicName}.
        {data.rules.timeZone !== ownZone() ? ` Times are ${clinicName}’s local time (${data.rules.timeZone}).` : ''}
      </p>
      <ul className="plain-list visit-list" aria-label="Upcoming visits">
        {upcoming.map((visit) => (
          <VisitItem
            key={visit.id}
            clientId={clientId}
            visit={visit}
            changeHours={hours}
            changeable={Date.parse(visit.startUtc) - now > hours * HOUR}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </>
  );
}

function VisitItem({
  clientId,
  visit,
  changeHours,
  changeable,
  onChanged,
}: {
  clientId: string;
  visit: Visit;
  changeHours: number;
  changeable: boolean;
  onChanged: (message: string) => void;
}): React.JSX.Element {
  const [mode, setMode] = useState<'idle' | 'move' | 'cancel'>('idle');
  const when = visitTime(visit.localStart);
  const cancel = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/portal/records/{clientId}/visits/{appointmentId}/cancel', {
          params: { path: { clientId, appointmentId: visit.id } },
        }),
      ),
    onSuccess: () => onChanged(`Your visit on ${when} is cancelled.`),
  });

  return (
    <li className="card visit">
      <h3 className="visit__when">
        <time dateTime={visit.startUtc}>{when}</time>
      </h3>
      <p className="visit__what">
        {visit.typeName} with {visit.therapistName}
        {visit.roomName ? ` · ${visit.roomName}` : ''}
      </p>
      {visit.status === 'requested' ? (
        <p className="visit__requested">
          <strong>Requested — waiting for the clinic</strong> to confirm it.
        </p>
      ) : null}

      {!changeable ? (
        <p className="visit__late">
          Less than {changeHours} hours to go: please phone the clinic to move or cancel this visit.
        </p>
      ) : mode === 'move' ? (
        <MoveVisit
          clientId={clientId}
          visit={visit}
          when={when}
          onMoved={(message) => {
            setMode('idle');
            onChanged(message);
          }}
          onClose={() => setMode('idle')}
        />
      ) : mode === 'cancel' ? (
        <div className="visit__confirm">
          <p>
            <strong>Cancel your visit on {when}?</strong>
          </p>
          {cancel.isError ? (
            <p role="alert" className="alert alert--error">
              {visitProblemText(cancel.error)}
            </p>
          ) : null}
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={cancel.isPending}
              onClick={() => cancel.mutate()}
            >
              {cancel.isPending ? 'Cancelling…' : 'Yes, cancel the visit'}
            </button>
            {/* Focus lands on the safe choice, so a stray Enter keeps the visit. */}
            <button
              type="button"
              className="button"
              autoFocus
              onClick={() => {
                cancel.reset();
                setMode('idle');
              }}
            >
              Keep the visit
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setMode('move')}>
            Move<span className="visually-hidden"> your visit on {when}</span>
          </button>
          <button type="button" className="button button--small" onClick={() => setMode('cancel')}>
            Cancel<span className="visually-hidden"> your visit on {when}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function MoveVisit({
  clientId,
  visit,
  when,
  onMoved,
  onClose,
}: {
  clientId: string;
  visit: Visit;
  when: string;
  onMoved: (message: string) => void;
  onClose: () => void;
}): React.JSX.Element {
  const [date, setDate] = useState(visit.localStart.slice(0, 10));
  const [time, setTime] = useState(visit.localStart.slice(11, 16));
  const [missing, setMissing] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: async (start: string) =>
      unwrap(
        await api.PATCH('/api/portal/records/{clientId}/visits/{appointmentId}', {
          params: { path: { clientId, appointmentId: visit.id } },
          body: { start },
        }),
      ),
    onSuccess: (moved, start) => onMoved(`Your visit is moved to ${visitTime(moved[0]?.localStart ?? start)}.`),
  });
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!date || !time) {
      setMissing('Choose a day and a time');
      return;
    }
    const start = `${date}T${time}`;
    if (start === visit.localStart.slice(0, 16)) {
      setMissing('Choose a different day or time');
      return;
    }
    setMissing(null);
    move.mutate(start);
  };
  const error = move.isPending ? null : move.error;
  // A refusal (notice period, a clash) is said once, above; only a malformed time is marked on the field.
  const startError =
    missing ?? (error instanceof ApiError && error.status === 400 ? fieldError(problemOf(error), 'start') : undefined);

  return (
    <form className="form visit__move" noValidate onSubmit={submit} aria-label={`Move your visit on ${when}`}>
      {error || missing ? (
        <p role="alert" className="alert alert--error">
          {error ? visitProblemText(error) : `${missing}.`}
        </p>
      ) : null}
      <div className="field-row">
        <TextField
          label="New day"
          type="date"
          required
          autoFocus
          value={date}
          onChange={(e) => setDate(e.target.value)}
          error={startError ? capitalise(startError) : undefined}
        />
        <TextField label="New time" type="time" required value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={move.isPending}>
          {move.isPending ? 'Moving…' : 'Move the visit'}
        </button>
        <button type="button" className="button" onClick={onClose}>
          Keep it as it is
        </button>
      </div>
    </form>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function RequestVisit({
  clientId,
  clinicName,
  data,
  onRequested,
}: {
  clientId: string;
  clinicName: string;
  data: PortalVisits;
  onRequested: (message: string) => void;
}): React.JSX.Element {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [typeId, setTypeId] = useState(data.types[0]?.id ?? '');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const request = useMutation({
    mutationFn: async (body: { typeId: string; start: string; note: string | null }) =>
      unwrap(await api.POST('/api/portal/records/{clientId}/visits', { params: { path: { clientId } }, body })),
    onSuccess: (result, body) => {
      const type = data.types.find((t) => t.id === body.typeId)?.name ?? 'a visit';
      const when = visitTime(result.booked[0]?.localStart ?? body.start);
      setDate('');
      setTime('');
      setNote('');
      setOpen(false);
      onRequested(
        `Your request for ${type} on ${when} is sent. It shows as requested until ${clinicName} confirms it.`,
      );
    },
  });

  if (data.types.length === 0) {
    return <p className="muted">To book a visit, contact {clinicName}.</p>;
  }

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!typeId) problems.typeId = 'Choose the type of visit';
    if (!date) problems.date = 'Choose a day';
    if (!time) problems.time = 'Choose a time';
    setMissing(problems);
    if (Object.keys(problems).length > 0) return;
    request.mutate({ typeId, start: `${date}T${time}`, note: note.trim() === '' ? null : note.trim() });
  };
  const error = request.isPending ? null : request.error;
  const serverField = (field: string): string | undefined => {
    const message = error instanceof ApiError && error.status === 400 ? fieldError(problemOf(error), field) : undefined;
    return message ? capitalise(message) : undefined;
  };
  const typeError = missing.typeId ?? serverField('typeId');
  const dateError = missing.date ?? serverField('start');

  return (
    <div className="visit-request">
      <h3 id={`${id}-title`}>Ask for a visit</h3>
      {!open ? (
        <>
          <p>Choose a time that suits you; {clinicName} confirms it. Until then it shows as requested.</p>
          <button type="button" className="button" onClick={() => setOpen(true)}>
            Ask for a visit
          </button>
        </>
      ) : (
        <form className="form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
          <p>Choose a time that suits you; {clinicName} confirms it. Until then it shows as requested.</p>
          {error ? (
            <p role="alert" className="alert alert--error">
              {visitProblemText(error)}
            </p>
          ) : Object.keys(missing).length > 0 ? (
            <p role="alert" className="alert alert--error">
              {Object.values(missing).join('. ')}.
            </p>
          ) : null}
          <div className="field">
            <label htmlFor={`${id}-type`}>Type of visit</label>
            {typeError ? (
              <p className="field__error" id={`${id}-type-error`}>
                {typeError}
              </p>
            ) : null}
            <select
              id={`${id}-type`}
              autoFocus
              value={typeId}
              aria-invalid={typeError ? true : undefined}
              aria-describedby={typeError ? `${id}-type-error` : undefined}
              onChange={(e) => setTypeId(e.target.value)}
            >
              {data.types.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.durationMinutes} minutes)
                </option>
              ))}
            </select>
          </div>
          <div className="field-row">
            <TextField
              label="Day"
              type="date"
              required
              min={todayIn(data.rules.timeZone)}
              value={date}
              onChange={(e) => setDate(e.target.value)}
              error={dateError}
            />
            <TextField
              label="Time"
              type="time"
              required
              value={time}
              onChange={(e) => setTime(e.target.value)}
              error={missing.time}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-note`}>Note for the clinic (optional)</label>
            <textarea
              id={`${id}-note`}
              rows={3}
              maxLength={500}
              value={note}
              aria-describedby={`${id}-note-hint`}
              onChange={(e) => setNote(e.target.value)}
            />
            <p className="field__hint" id={`${id}-note-hint`}>
              For example, another time that would suit you too.
            </p>
          </div>
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={request.isPending}>
              {request.isPending ? 'Sending…' : 'Send the request'}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                request.reset();
                setMissing({});
                setOpen(false);
              }}
            >
              Not now
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
