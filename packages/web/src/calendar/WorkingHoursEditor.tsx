import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { addDays, formatDayLong, isLocalDate, localToUtc, WEEKDAYS, wallClockAt } from './calendar-dates.ts';
import { calendarKeys, hoursQuery, type WorkingHours } from './calendar-queries.ts';

interface Window {
  start: string;
  end: string;
}
interface Exception {
  date: string;
  windows: Window[];
}
interface TimeOff {
  startUtc: string;
  endUtc: string;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

function Heading({ level, children }: { level: 3 | 4; children: React.ReactNode }): React.JSX.Element {
  return level === 3 ? <h3>{children}</h3> : <h4>{children}</h4>;
}

function weeklyOf(hours: WorkingHours): Window[][] {
  return WEEKDAYS.map((_, index) =>
    hours.weekly.filter((w) => w.weekday === index + 1).map((w) => ({ start: w.start, end: w.end })),
  );
}

/** "Monday 1 June 2026 to Friday 5 June 2026" for whole days off; with times otherwise. */
export function describeTimeOff(off: TimeOff, timeZone: string): string {
  const start = wallClockAt(Date.parse(off.startUtc), timeZone);
  const end = wallClockAt(Date.parse(off.endUtc), timeZone);
  if (start.time === '00:00' && end.time === '00:00') {
    const last = addDays(end.date, -1);
    return last <= start.date ? formatDayLong(start.date) : `${formatDayLong(start.date)} to ${formatDayLong(last)}`;
  }
  return `${formatDayLong(start.date)}, ${start.time} to ${formatDayLong(end.date)}, ${end.time}`;
}

function HoursForm({
  clinicId,
  therapistId,
  hours,
  timeZone,
  level,
  own,
}: {
  clinicId: string;
  therapistId: string;
  hours: WorkingHours;
  timeZone: string;
  level: 3 | 4;
  own: boolean;
}): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const [weekly, setWeekly] = useState<Window[][]>(() => weeklyOf(hours));
  const [exceptions, setExceptions] = useState<Exception[]>(() =>
    hours.exceptions.map((e) => ({ date: e.date, windows: e.windows.map((w) => ({ ...w })) })),
  );
  const [timeOff, setTimeOff] = useState<TimeOff[]>(() => hours.timeOff.map((t) => ({ ...t })));
  const [exDate, setExDate] = useState('');
  const [exKind, setExKind] = useState<'closed' | 'hours'>('closed');
  const [exStart, setExStart] = useState('09:00');
  const [exEnd, setExEnd] = useState('13:00');
  const [exError, setExError] = useState('');
  const [offFrom, setOffFrom] = useState('');
  const [offTo, setOffTo] = useState('');
  const [offError, setOffError] = useState('');
  const [windowErrors, setWindowErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const [saved, setSaved] = useState('');

  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PUT('/api/clinics/{clinicId}/therapists/{therapistId}/hours', {
          params: { path: { clinicId, therapistId } },
          body: {
            timeZone,
            weekly: weekly.flatMap((windows, index) => windows.map((w) => ({ weekday: index + 1, ...w }))),
            exceptions,
            timeOff,
          },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(calendarKeys.hours(clinicId, therapistId), updated);
      setDirty(false);
      setSaved('Working hours saved. New bookings are checked against them.');
    },
  });

  const edit = () => {
    setDirty(true);
    setSaved('');
    save.reset();
  };
  const setWindow = (day: number, index: number, patch: Partial<Window>) => {
    edit();
    setWeekly((all) =>
      all.map((windows, d) => (d === day ? windows.map((w, i) => (i === index ? { ...w, ...patch } : w)) : windows)),
    );
  };
  const addWindow = (day: number) => {
    edit();
    setWeekly((all) =>
      all.map((windows, d) => {
        if (d !== day) return windows;
        const last = windows.at(-1);
        return [
          ...windows,
          last ? { start: last.end < '23:00' ? last.end : '22:00', end: '23:00' } : { start: '09:00', end: '17:00' },
        ];
      }),
    );
  };
  const removeWindow = (day: number, index: number) => {
    edit();
    setWeekly((all) => all.map((windows, d) => (d === day ? windows.filter((_, i) => i !== index) : windows)));
  };
  const copyMonday = () => {
    edit();
    setWeekly((all) => all.map((windows, d) => (d >= 1 && d <= 4 ? all[0]!.map((w) => ({ ...w })) : windows)));
  };

  const addException = () => {
    if (!isLocalDate(exDate)) return setExError('Enter the date.');
    if (exKind === 'hours' && (!CLOCK.test(exStart) || !CLOCK.test(exEnd) || exEnd <= exStart)) {
      return setExError('The hours must end after they start.');
    }
    setExError('');
    edit();
    setExceptions((all) =>
      [
        ...all.filter((e) => e.date !== exDate),
        { date: exDate, windows: exKind === 'closed' ? [] : [{ start: exStart, end: exEnd }] },
      ].sort((a, b) => a.date.localeCompare(b.date)),
    );
    setExDate('');
  };
  const addTimeOff = () => {
    if (!isLocalDate(offFrom)) return setOffError('Enter the first day off.');
    const last = offTo || offFrom;
    if (!isLocalDate(last) || last < offFrom) return setOffError('The last day off must be on or after the first.');
    setOffError('');
    edit();
    setTimeOff((all) =>
      [
        ...all,
        {
          startUtc: localToUtc(`${offFrom}T00:00`, timeZone),
          endUtc: localToUtc(`${addDays(last, 1)}T00:00`, timeZone),
        },
      ].sort((a, b) => a.startUtc.localeCompare(b.startUtc)),
    );
    setOffFrom('');
    setOffTo('');
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    weekly.forEach((windows, day) =>
      windows.forEach((w, index) => {
        if (!CLOCK.test(w.start) || !CLOCK.test(w.end)) errors[`${day}-${index}`] = 'Enter both times.';
        else if (w.end <= w.start) errors[`${day}-${index}`] = 'The hours must end after they start.';
      }),
    );
    setWindowErrors(errors);
    if (Object.keys(errors).length > 0) return;
    save.mutate();
  };

  const errorCount = Object.keys(windowErrors).length;
  const noPattern = weekly.every((windows) => windows.length === 0);

  return (
    <form className="form form--wide cal-hours" noValidate onSubmit={submit}>
      {errorCount > 0 ? (
        <div className="alert alert--error" role="alert">
          <p>
            The working hours were not saved:{' '}
            {errorCount === 1 ? 'one set of hours needs' : `${errorCount} sets of hours need`} correcting (marked
            below).
          </p>
        </div>
      ) : null}
      {save.error ? (
        <div className="alert alert--error" role="alert">
          <p>The working hours were not saved. {problemMessage(problemOf(save.error))}</p>
        </div>
      ) : null}
      <p className="muted">
        Times are in {timeZone}. Bookings outside these hours, on closed days or in time off are flagged as clashes.
        {noPattern
          ? own
            ? ' While you have no weekly hours, bookings are not checked against working hours.'
            : ' While there are no weekly hours, bookings are not checked against working hours.'
          : ''}
      </p>

      <Heading level={level}>Weekly hours</Heading>
      <div className="cal-week-hours">
        {WEEKDAYS.map((dayName, day) => {
          const windows = weekly[day] ?? [];
          return (
            <fieldset key={dayName} className="cal-hours__day">
              <legend>{dayName}</legend>
              {windows.length === 0 ? <p className="muted cal-hours__off">Off</p> : null}
              {windows.map((w, index) => {
                const key = `${day}-${index}`;
                const error = windowErrors[key];
                const errorId = `${id}-${key}-error`;
                return (
                  <div key={key} className="cal-hours__window">
                    <div className="field">
                      <label htmlFor={`${id}-${key}-start`}>
                        From<span className="visually-hidden"> ({dayName})</span>
                      </label>
                      <input
                        id={`${id}-${key}-start`}
                        type="time"
                        step={300}
                        value={w.start}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        onChange={(e) => setWindow(day, index, { start: e.target.value })}
                      />
                    </div>
                    <div className="field">
                      <label htmlFor={`${id}-${key}-end`}>
                        Until<span className="visually-hidden"> ({dayName})</span>
                      </label>
                      <input
                        id={`${id}-${key}-end`}
                        type="time"
                        step={300}
                        value={w.end}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        onChange={(e) => setWindow(day, index, { end: e.target.value })}
                      />
                    </div>
                    <button type="button" className="button button--small" onClick={() => removeWindow(day, index)}>
                      Remove
                      <span className="visually-hidden">
                        {' '}
                        {dayName} {w.start}–{w.end}
                      </span>
                    </button>
                    {error ? (
                      <p className="field__error cal-hours__error" id={errorId}>
                        {error}
                      </p>
                    ) : null}
                  </div>
                );
              })}
              <button type="button" className="link-button" onClick={() => addWindow(day)}>
                {windows.length === 0 ? 'Add hours' : 'Add more hours'}
                <span className="visually-hidden"> on {dayName}</span>
              </button>
            </fieldset>
          );
        })}
      </div>
      <p>
        <button type="button" className="button button--small" onClick={copyMonday}>
          Same hours as Monday from Tuesday to Friday
        </button>
      </p>

      <Heading level={level}>Other hours on a date</Heading>
      {exceptions.length === 0 ? (
        <p className="muted">No dates with other hours.</p>
      ) : (
        <ul className="plain-list cal-hours__list">
          {exceptions.map((e) => (
            <li key={e.date}>
              <span>
                {formatDayLong(e.date)}:{' '}
                {e.windows.length === 0 ? 'closed' : e.windows.map((w) => `${w.start}–${w.end}`).join(', ')}
              </span>{' '}
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  edit();
                  setExceptions((all) => all.filter((x) => x.date !== e.date));
                }}
              >
                Remove<span className="visually-hidden"> {formatDayLong(e.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <fieldset className="cal-hours__add">
        <legend>Add a date</legend>
        {exError ? (
          <p className="field__error" id={`${id}-ex-error`} role="alert">
            {exError}
          </p>
        ) : null}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-ex-date`}>Date</label>
            <input
              id={`${id}-ex-date`}
              type="date"
              value={exDate}
              aria-invalid={exError ? true : undefined}
              aria-describedby={exError ? `${id}-ex-error` : undefined}
              onChange={(e) => setExDate(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-ex-kind`}>On that day</label>
            <select
              id={`${id}-ex-kind`}
              value={exKind}
              onChange={(e) => setExKind(e.target.value as 'closed' | 'hours')}
            >
              <option value="closed">Closed</option>
              <option value="hours">Other hours</option>
            </select>
          </div>
          {exKind === 'hours' ? (
            <>
              <div className="field">
                <label htmlFor={`${id}-ex-start`}>From</label>
                <input
                  id={`${id}-ex-start`}
                  type="time"
                  step={300}
                  value={exStart}
                  onChange={(e) => setExStart(e.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-ex-end`}>Until</label>
                <input
                  id={`${id}-ex-end`}
                  type="time"
                  step={300}
                  value={exEnd}
                  onChange={(e) => setExEnd(e.target.value)}
                />
              </div>
            </>
          ) : null}
        </div>
        <button type="button" className="button button--small" onClick={addException}>
          Add the date
        </button>
      </fieldset>

      <Heading level={level}>Time off</Heading>
      {timeOff.length === 0 ? (
        <p className="muted">No time off.</p>
      ) : (
        <ul className="plain-list cal-hours__list">
          {timeOff.map((t) => {
            const text = describeTimeOff(t, timeZone);
            return (
              <li key={`${t.startUtc}-${t.endUtc}`}>
                <span>{text}</span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    edit();
                    setTimeOff((all) => all.filter((x) => x !== t));
                  }}
                >
                  Remove<span className="visually-hidden"> time off {text}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <fieldset className="cal-hours__add">
        <legend>Add time off</legend>
        {offError ? (
          <p className="field__error" id={`${id}-off-error`} role="alert">
            {offError}
          </p>
        ) : null}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-off-from`}>First day off</label>
            <input
              id={`${id}-off-from`}
              type="date"
              value={offFrom}
              aria-invalid={offError ? true : undefined}
              aria-describedby={offError ? `${id}-off-error` : undefined}
              onChange={(e) => setOffFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-off-to`}>Last day off</label>
            <input
              id={`${id}-off-to`}
              type="date"
              min={offFrom || undefined}
              value={offTo}
              aria-describedby={`${id}-off-to-hint`}
              onChange={(e) => setOffTo(e.target.value)}
            />
            <p className="field__hint" id={`${id}-off-to-hint`}>
              Leave empty for a single day.
            </p>
          </div>
        </div>
        <button type="button" className="button button--small" onClick={addTimeOff}>
          Add the time off
        </button>
      </fieldset>

      <div className="button-row cal-hours__save">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save working hours'}
        </button>
      </div>
      <p role="status" className="muted">
        {saved || (dirty ? 'You have changes that are not saved yet.' : '')}
      </p>
    </form>
  );
}

/** A therapist's working hours: weekly pattern, dates with other hours (or closed) and time off. */
export function WorkingHoursEditor({
  clinicId,
  therapistId,
  timeZone,
  level,
  own,
}: {
  clinicId: string;
  therapistId: string;
  /** The zone to save the hours in (the clinic's); the stored one when not known. */
  timeZone?: string | undefined;
  level: 3 | 4;
  own: boolean;
}): React.JSX.Element {
  const query = useQuery(hoursQuery(clinicId, therapistId));
  if (query.isPending) return <p role="status">Loading the working hours…</p>;
  if (query.isError) {
    return (
      <div className="alert alert--error" role="alert">
        <p>The working hours could not be loaded. {problemMessage(problemOf(query.error))}</p>
      </div>
    );
  }
  return (
    <HoursForm
      key={therapistId}
      clinicId={clinicId}
      therapistId={therapistId}
      hours={query.data}
      timeZone={timeZone ?? query.data.timeZone}
      level={level}
      own={own}
    />
  );
}
