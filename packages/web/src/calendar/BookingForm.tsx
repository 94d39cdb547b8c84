import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { ApiError, problemOf, unwrap, type Problem } from '../api/problems.ts';
import { ErrorSummary, type SummaryItem } from '../notes/ErrorSummary.tsx';
import { describeRepeat, isLocalDate, type RepeatRule } from './calendar-dates.ts';
import {
  refreshAppointments,
  roomsQuery,
  typesQuery,
  type BookingCheck,
  type BookingResult,
  type Therapist,
} from './calendar-queries.ts';
import { ClientPicker, type PickedClient } from './ClientPicker.tsx';

type Frequency = 'none' | RepeatRule['frequency'];

interface Draft {
  client: PickedClient | null;
  therapistId: string;
  typeId: string;
  roomId: string;
  date: string;
  time: string;
  frequency: Frequency;
  interval: string;
  ends: 'count' | 'until';
  count: string;
  until: string;
  note: string;
}

type Field =
  'client' | 'therapist' | 'type' | 'room' | 'date' | 'time' | 'interval' | 'count' | 'until' | 'note' | 'timeZone';

const LABELS: Record<Field, string> = {
  client: 'Client',
  therapist: 'Therapist',
  type: 'Appointment type',
  room: 'Room',
  date: 'Date',
  time: 'Time',
  interval: 'Repeat every',
  count: 'Number of visits',
  until: 'Last date',
  note: 'Note',
  timeZone: 'Time zone',
};

/** The server's `body.…` field names → the form's fields. */
const SERVER_FIELDS: Record<string, Field> = {
  'body.clientId': 'client',
  'body.therapistId': 'therapist',
  'body.typeId': 'type',
  'body.roomId': 'room',
  'body.start': 'date',
  'body.timeZone': 'timeZone',
  'body.repeat.interval': 'interval',
  'body.repeat.count': 'count',
  'body.repeat.until': 'until',
  'body.repeat': 'count',
  'body.note': 'note',
};

const UNITS: Record<RepeatRule['frequency'], string> = { daily: 'days', weekly: 'weeks', monthly: 'months' };

export interface Booked {
  result: BookingResult;
  clientName: string;
  therapistName: string;
  /** What was asked for: "Every week, 10 visits", or null for a single visit. */
  asked: string | null;
  /** The number of visits asked for. */
  total: number;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max ? value : null;
}

function ruleOf(draft: Draft): RepeatRule | undefined {
  if (draft.frequency === 'none') return undefined;
  const interval = wholeNumber(draft.interval, 1, 52) ?? 1;
  return draft.ends === 'count'
    ? { frequency: draft.frequency, interval, count: wholeNumber(draft.count, 1, 260) ?? 1 }
    : { frequency: draft.frequency, interval, until: draft.until };
}

function validate(draft: Draft, therapistId: string, typeId: string): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  if (!draft.client) errors.client = 'Search for the client and choose them';
  if (!therapistId) errors.therapist = 'Choose the therapist';
  if (!typeId) errors.type = 'Choose the appointment type';
  if (!isLocalDate(draft.date)) errors.date = 'Enter the date of the (first) visit';
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.time)) errors.time = 'Enter the time the visit starts, e.g. 10:00';
  if (draft.frequency !== 'none') {
    if (wholeNumber(draft.interval, 1, 52) === null) errors.interval = 'Enter a whole number from 1 to 52';
    if (draft.ends === 'count' && wholeNumber(draft.count, 1, 260) === null) {
      errors.count = 'Enter a whole number of visits from 1 to 260';
    }
    if (draft.ends === 'until') {
      if (!isLocalDate(draft.until)) errors.until = 'Enter the last date a visit may fall on';
      else if (isLocalDate(draft.date) && draft.until < draft.date)
        errors.until = 'Must be on or after the first visit';
    }
  }
  if (draft.note.length > 500) errors.note = 'Keep the note to 500 characters';
  return errors;
}

function serverErrors(problem: Problem | undefined): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const e of problem?.errors ?? []) {
    const field = SERVER_FIELDS[e.field];
    if (field && !errors[field]) errors[field] = e.message.charAt(0).toUpperCase() + e.message.slice(1);
  }
  return errors;
}

/**
 * "Book a visit": client, therapist, type, room, date and time, and a repeat. Every visit of a series is
 * checked for clashes first; with clashes the person sees each one and chooses to book the others or to
 * change the booking.
 */
export function BookingForm({
  clinicId,
  therapists,
  preferredTherapist,
  initialDate,
  isOwner,
  onBooked,
  onClose,
}: {
  clinicId: string;
  therapists: readonly Therapist[];
  preferredTherapist: string;
  initialDate: string;
  isOwner: boolean;
  onBooked: (booked: Booked) => void;
  onClose: () => void;
}): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const types = useQuery(typesQuery(clinicId));
  const rooms = useQuery(roomsQuery(clinicId));
  const activeTypes = (types.data ?? []).filter((t) => !t.archived);
  const activeRooms = (rooms.data ?? []).filter((r) => !r.archived);
  const [draft, setDraft] = useState<Draft>({
    client: null,
    therapistId: '',
    typeId: '',
    roomId: '',
    date: initialDate,
    time: '',
    frequency: 'none',
    interval: '1',
    ends: 'count',
    count: '6',
    until: '',
    note: '',
  });
  const [shown, setShown] = useState<Partial<Record<Field, string>>>({});
  const [check, setCheck] = useState<{ result: BookingCheck; total: number } | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const clashRef = useRef<HTMLDivElement>(null);

  // Until someone picks, the defaults: the preferred therapist (yourself, or the one the calendar shows) and the first type.
  const therapistId =
    draft.therapistId ||
    (therapists.some((t) => t.userId === preferredTherapist) ? preferredTherapist : (therapists[0]?.userId ?? ''));
  const typeId = activeTypes.some((t) => t.id === draft.typeId) ? draft.typeId : (activeTypes[0]?.id ?? '');
  const rule = ruleOf(draft);
  const therapistName = therapists.find((t) => t.userId === therapistId)?.name ?? 'the therapist';

  const body = () => ({
    clientId: draft.client?.id ?? '',
    therapistId,
    typeId,
    roomId: draft.roomId || null,
    start: `${draft.date}T${draft.time}`,
    ...(rule ? { repeat: rule } : {}),
    note: draft.note.trim() || null,
  });

  const booked = async (result: BookingResult, total: number) => {
    await refreshAppointments(queryClient, clinicId);
    onBooked({
      result,
      clientName: draft.client?.name ?? 'the client',
      therapistName,
      asked: rule ? describeRepeat(rule) : null,
      total,
    });
  };

  const checkAndBook = useMutation({
    mutationFn: async () => {
      const request = body();
      const result = unwrap(
        await api.POST('/api/clinics/{clinicId}/appointments/check', {
          params: { path: { clinicId } },
          body: request,
        }),
      );
      if (result.clashes.length > 0) return { kind: 'clashes' as const, result };
      const done = unwrap(
        await api.POST('/api/clinics/{clinicId}/appointments', {
          params: { path: { clinicId } },
          body: { ...request, onClash: 'refuse' },
        }),
      );
      return { kind: 'booked' as const, result: done, total: result.occurrences.length };
    },
    onSuccess: async (outcome) => {
      if (outcome.kind === 'clashes') {
        setCheck({ result: outcome.result, total: outcome.result.occurrences.length });
      } else {
        await booked(outcome.result, outcome.total);
      }
    },
  });

  const bookOthers = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/appointments', {
          params: { path: { clinicId } },
          body: { ...body(), onClash: 'skip' },
        }),
      ),
    onSuccess: async (result) => {
      await booked(result, check?.total ?? result.booked.length + result.skipped.length);
    },
  });

  const failure = checkAndBook.error ?? bookOthers.error;
  const problem = failure ? problemOf(failure) : undefined;
  const status = failure instanceof ApiError ? failure.status : undefined;
  const fromServer = status === 400 ? serverErrors(problem) : {};
  const errors: Partial<Record<Field, string>> = { ...fromServer, ...shown };

  // Focus the clash list, or the error summary, as soon as it appears.
  useEffect(() => {
    if (check) clashRef.current?.focus();
  }, [check]);
  useEffect(() => {
    if (failure || Object.keys(shown).length > 0) summaryRef.current?.focus();
  }, [failure, shown]);

  const change = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // A clash list or an error belongs to the booking as it was: any change makes it stale.
    setCheck(null);
    checkAndBook.reset();
    bookOthers.reset();
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const found = validate(draft, therapistId, typeId);
    setShown(found);
    if (Object.keys(found).length > 0) return;
    setCheck(null);
    bookOthers.reset();
    checkAndBook.mutate();
  };

  const fieldId = (field: Field) => `${id}-${field}`;
  const described = (field: Field, hint = false) =>
    [hint ? `${fieldId(field)}-hint` : '', errors[field] ? `${fieldId(field)}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const errorText = (field: Field) =>
    errors[field] ? (
      <p className="field__error" id={`${fieldId(field)}-error`}>
        {errors[field]}
      </p>
    ) : null;
  const items: SummaryItem[] = (Object.keys(errors) as Field[]).map((field) => ({
    label: LABELS[field],
    message: errors[field]!,
    target: field === 'client' ? undefined : fieldId(field),
  }));

  if (types.isPending) return <p role="status">Loading the appointment types…</p>;
  if (types.isSuccess && activeTypes.length === 0) {
    return (
      <div className="alert alert--warning">
        <p>
          <strong>No appointment types yet.</strong> Each visit has a type (for example “Treatment, 60 minutes”), which
          sets how long it lasts.{' '}
          {isOwner ? (
            <Link to={`/clinic/${clinicId}/admin#calendar-setup`}>Add appointment types in the calendar set-up.</Link>
          ) : (
            'Please ask the clinic owner to add them.'
          )}
        </p>
      </div>
    );
  }

  const clashes = check?.result.clashes ?? [];
  const others = (check?.total ?? 0) - clashes.length;
  const pending = checkAndBook.isPending || bookOthers.isPending;

  return (
    <form className="form form--wide cal-booking" noValidate onSubmit={submit} aria-describedby={`${id}-intro`}>
      <p id={`${id}-intro`} className="muted cal-booking__intro">
        All fields are needed except the room and the note. Times are the clinic’s local time.
      </p>
      {items.length > 0 && !check ? (
        <ErrorSummary
          ref={summaryRef}
          title="The visit was not booked"
          detail={
            status === 400 || Object.keys(shown).length > 0
              ? 'Please correct:'
              : (problem?.detail ?? 'Please correct:').replace(/^body\.[\w.[\]]+: /, '')
          }
          items={items}
        />
      ) : failure && !check ? (
        <div className="alert alert--error" role="alert" ref={summaryRef} tabIndex={-1}>
          <p>
            <strong>
              {status === 409 ? 'Nothing was booked: the diary changed in the meantime.' : 'The visit was not booked.'}
            </strong>{' '}
            {status === 409 ? (problem?.detail ?? '') : (problem?.detail ?? 'Please try again.')}
          </p>
          {problem?.errors && problem.errors.length > 0 ? (
            <ul>
              {problem.errors.map((e) => (
                <li key={`${e.field}-${e.message}`}>{e.message}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <ClientPicker
        clinicId={clinicId}
        value={draft.client}
        onChange={(client) => change({ client })}
        error={errors.client}
      />

      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldId('therapist')}>Therapist</label>
          {errorText('therapist')}
          <select
            id={fieldId('therapist')}
            value={therapistId}
            aria-invalid={errors.therapist ? true : undefined}
            aria-describedby={described('therapist')}
            onChange={(e) => change({ therapistId: e.target.value })}
          >
            {therapists.map((t) => (
              <option key={t.userId} value={t.userId}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('type')}>Appointment type</label>
          {errorText('type')}
          <select
            id={fieldId('type')}
            value={typeId}
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={described('type')}
            onChange={(e) => change({ typeId: e.target.value })}
          >
            {activeTypes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name} ({t.durationMinutes} min)
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={fieldId('room')}>Room (optional)</label>
          {errorText('room')}
          <select
            id={fieldId('room')}
            value={activeRooms.some((r) => r.id === draft.roomId) ? draft.roomId : ''}
            aria-invalid={errors.room ? true : undefined}
            aria-describedby={described('room')}
            onChange={(e) => change({ roomId: e.target.value })}
          >
            <option value="">No room</option>
            {activeRooms.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={fieldId('date')}>Date</label>
          {errorText('date')}
          <input
            id={fieldId('date')}
            type="date"
            value={draft.date}
            aria-invalid={errors.date ? true : undefined}
            aria-describedby={described('date')}
            onChange={(e) => change({ date: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId('time')}>Time</label>
          {errorText('time')}
          <input
            id={fieldId('time')}
            type="time"
            step={300}
            value={draft.time}
            aria-invalid={errors.time ? true : undefined}
            aria-describedby={described('time')}
            onChange={(e) => change({ time: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-repeat`}>Repeat</label>
          <select
            id={`${id}-repeat`}
            value={draft.frequency}
            onChange={(e) => change({ frequency: e.target.value as Frequency })}
          >
            <option value="none">Does not repeat</option>
            <option value="weekly">Weekly</option>
            <option value="monthly">Monthly</option>
            <option value="daily">Daily</option>
          </select>
        </div>
      </div>

      {draft.frequency !== 'none' ? (
        <div className="cal-repeat">
          <div className="field-row">
            <div className="field">
              <label htmlFor={fieldId('interval')}>Repeat every (number of {UNITS[draft.frequency]})</label>
              {errorText('interval')}
              <input
                id={fieldId('interval')}
                type="number"
                inputMode="numeric"
                min={1}
                max={52}
                step={1}
                value={draft.interval}
                aria-invalid={errors.interval ? true : undefined}
                aria-describedby={described('interval', true)}
                onChange={(e) => change({ interval: e.target.value })}
              />
              <p className="field__hint" id={`${fieldId('interval')}-hint`}>
                1 for every {UNITS[draft.frequency].replace(/s$/, '')}, 2 for every other{' '}
                {UNITS[draft.frequency].replace(/s$/, '')}…
              </p>
            </div>
            <fieldset className="field cal-ends">
              <legend>Ends</legend>
              <label className="check-row">
                <input
                  type="radio"
                  name={`${id}-ends`}
                  checked={draft.ends === 'count'}
                  onChange={() => change({ ends: 'count' })}
                />
                <span>After a number of visits</span>
              </label>
              <label className="check-row">
                <input
                  type="radio"
                  name={`${id}-ends`}
                  checked={draft.ends === 'until'}
                  onChange={() => change({ ends: 'until' })}
                />
                <span>On a date</span>
              </label>
            </fieldset>
            {draft.ends === 'count' ? (
              <div className="field">
                <label htmlFor={fieldId('count')}>Number of visits</label>
                {errorText('count')}
                <input
                  id={fieldId('count')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={260}
                  step={1}
                  value={draft.count}
                  aria-invalid={errors.count ? true : undefined}
                  aria-describedby={described('count', true)}
                  onChange={(e) => change({ count: e.target.value })}
                />
                <p className="field__hint" id={`${fieldId('count')}-hint`}>
                  Counting the first.
                </p>
              </div>
            ) : (
              <div className="field">
                <label htmlFor={fieldId('until')}>Last date</label>
                {errorText('until')}
                <input
                  id={fieldId('until')}
                  type="date"
                  min={draft.date || undefined}
                  value={draft.until}
                  aria-invalid={errors.until ? true : undefined}
                  aria-describedby={described('until', true)}
                  onChange={(e) => change({ until: e.target.value })}
                />
                <p className="field__hint" id={`${fieldId('until')}-hint`}>
                  The last day a visit may fall on.
                </p>
              </div>
            )}
          </div>
          {rule && (draft.ends === 'count' || isLocalDate(draft.until)) ? (
            <p className="cal-repeat__summary">
              <strong>Repeats:</strong> {describeRepeat(rule)}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="field">
        <label htmlFor={fieldId('note')}>Note (optional)</label>
        {errorText('note')}
        <textarea
          id={fieldId('note')}
          rows={2}
          maxLength={500}
          value={draft.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={described('note', true)}
          onChange={(e) => change({ note: e.target.value })}
        />
        <p className="field__hint" id={`${fieldId('note')}-hint`}>
          For the diary, e.g. “first visit, bring the referral letter”. Staff see it; clinical notes belong in the
          session notes.
        </p>
      </div>

      {check ? (
        <div className="alert alert--warning cal-clashes" role="alert" ref={clashRef} tabIndex={-1}>
          <p className="cal-clashes__title">
            <strong>
              {check.total === 1
                ? 'This visit clashes:'
                : `${clashes.length} of ${check.total} visits ${clashes.length === 1 ? 'clashes' : 'clash'}:`}
            </strong>
          </p>
          <ul aria-label="Clashes">
            {clashes.map((c) => (
              <li key={c.index}>{c.message}</li>
            ))}
          </ul>
          <p>Nothing is booked yet.</p>
          <div className="button-row">
            {others > 0 ? (
              <button
                type="button"
                className="button button--primary"
                disabled={bookOthers.isPending}
                onClick={() => bookOthers.mutate()}
              >
                {bookOthers.isPending
                  ? 'Booking…'
                  : others === 1
                    ? 'Book the other visit'
                    : `Book the other ${others} visits`}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => {
                setCheck(null);
                document.getElementById(fieldId('date'))?.focus();
              }}
            >
              Change the booking
            </button>
          </div>
          {bookOthers.error ? (
            <div className="cal-clashes__error">
              <p>
                <strong>Nothing was booked.</strong> {problemOf(bookOthers.error)?.detail ?? 'Please try again.'}
              </p>
              {(problemOf(bookOthers.error)?.errors?.length ?? 0) > 0 ? (
                <ul>
                  {problemOf(bookOthers.error)!.errors!.map((e) => (
                    <li key={`${e.field}-${e.message}`}>{e.message}</li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </div>
      ) : (
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Checking…' : 'Check and book'}
          </button>
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {pending && !check ? 'Checking the booking for clashes…' : ''}
      </p>
    </form>
  );
}
