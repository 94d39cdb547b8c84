import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client.ts';
import { ApiError, fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { adminKeys, refreshAudit } from '../clinic-admin/admin-queries.ts';
import { timeZones } from './calendar-dates.ts';
import { calendarKeys, ensureOk, roomsQuery, settingsQuery, therapistsQuery, typesQuery } from './calendar-queries.ts';
import { WorkingHoursEditor } from './WorkingHoursEditor.tsx';
import './calendar.css';

type Settings = Schemas['ClinicSettings'];

function FieldError({ id, message }: { id: string; message: string | undefined }): React.JSX.Element | null {
  return message ? (
    <p className="field__error" id={id}>
      {message}
    </p>
  ) : null;
}

function NumberField({
  id,
  label,
  hint,
  value,
  error,
  min,
  max,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  error: string | undefined;
  min: number;
  max: number;
  onChange: (value: string) => void;
}): React.JSX.Element {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

function wholeOrNull(text: string): number | null {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) ? value : null;
}

/** The clinic's time zone, reminders and what clients may do in the portal. */
function CalendarSettingsForm({ clinicId, settings }: { clinicId: string; settings: Settings }): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [reminderHours, setReminderHours] = useState(String(settings.reminderHours));
  const [clientRequests, setClientRequests] = useState(settings.clientRequests);
  const [changeHours, setChangeHours] = useState(String(settings.clientChangeHours));
  const [saved, setSaved] = useState(false);
  const zones = timeZones(settings.timeZone);
  const save = useMutation({
    mutationFn: async () => {
      const reminders = wholeOrNull(reminderHours);
      const change = wholeOrNull(changeHours);
      const errors = [
        reminders === null || reminders < 0 || reminders > 336
          ? { field: 'body.reminderHours', message: 'must be a whole number of hours from 0 to 336' }
          : null,
        change === null || change < 0 || change > 336
          ? { field: 'body.clientChangeHours', message: 'must be a whole number of hours from 0 to 336' }
          : null,
      ].filter((e) => e !== null);
      if (errors.length > 0) throw new ApiError({ detail: 'Please correct the fields marked below.', errors }, 400);
      return unwrap(
        await api.PATCH('/api/clinics/{clinicId}', {
          params: { path: { clinicId } },
          body: { timeZone, reminderHours: reminders!, clientRequests, clientChangeHours: change! },
        }),
      );
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(adminKeys.settings(clinicId), updated);
      setSaved(true);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: calendarKeys.all(clinicId) }),
        refreshAudit(queryClient, clinicId),
      ]);
    },
  });
  const problem = save.error ? problemOf(save.error) : undefined;
  const errors = {
    timeZone: fieldError(problem, 'timeZone'),
    reminderHours: fieldError(problem, 'reminderHours'),
    clientChangeHours: fieldError(problem, 'clientChangeHours'),
  };
  const edit = () => {
    setSaved(false);
    save.reset();
  };
  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        setSaved(false);
        save.mutate();
      }}
    >
      <h3 id={`${id}-title`}>Time zone, reminders and the client portal</h3>
      {save.error ? (
        <div className="alert alert--error" role="alert">
          <p>
            The calendar settings were not saved.{' '}
            {problemMessage(problem, 'The server could not be reached. Please try again.')}
          </p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-zone`}>Time zone</label>
        <p className="field__hint" id={`${id}-zone-hint`}>
          Visits are booked in this time zone’s local time, and reminders and calendar links use it. Visits already
          booked keep their time.
        </p>
        <FieldError id={`${id}-zone-error`} message={errors.timeZone} />
        <select
          id={`${id}-zone`}
          value={timeZone}
          aria-invalid={errors.timeZone ? true : undefined}
          aria-describedby={[`${id}-zone-hint`, errors.timeZone ? `${id}-zone-error` : ''].filter(Boolean).join(' ')}
          onChange={(e) => {
            edit();
            setTimeZone(e.target.value);
          }}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll('_', ' ')}
            </option>
          ))}
        </select>
      </div>
      <NumberField
        id={`${id}-reminders`}
        label="Reminder emails, hours before each visit"
        hint="0 turns reminders off. Reminders go to the client and the therapist and name only the time and who, never health details."
        value={reminderHours}
        error={errors.reminderHours}
        min={0}
        max={336}
        onChange={(value) => {
          edit();
          setReminderHours(value);
        }}
      />
      <div className="field">
        <label className="check-row" htmlFor={`${id}-requests`}>
          <input
            id={`${id}-requests`}
            type="checkbox"
            checked={clientRequests}
            aria-describedby={`${id}-requests-hint`}
            onChange={(e) => {
              edit();
              setClientRequests(e.target.checked);
            }}
          />
          <span>Clients may request visits in the portal</span>
        </label>
        <span className="field__hint" id={`${id}-requests-hint`}>
          A request holds the time in the calendar, marked “Requested”, until someone at the clinic confirms it.
        </span>
      </div>
      <NumberField
        id={`${id}-change`}
        label="Clients may move or cancel up to this many hours before a visit"
        hint="In the portal. Later than that, they need to contact the clinic. 0 lets them change a visit until it starts."
        value={changeHours}
        error={errors.clientChangeHours}
        min={0}
        max={336}
        onChange={(value) => {
          edit();
          setChangeHours(value);
        }}
      />
      <p className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save calendar settings'}
        </button>
      </p>
      <p role="status" className="muted">
        {saved ? 'Calendar settings saved.' : ''}
      </p>
    </form>
  );
}

function TypesEditor({ clinicId }: { clinicId: string }): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const types = useQuery(typesQuery(clinicId));
  const [name, setName] = useState('');
  const [duration, setDuration] = useState('60');
  const [buffer, setBuffer] = useState('0');
  const [message, setMessage] = useState('');
  const add = useMutation({
    mutationFn: async () => {
      const durationMinutes = wholeOrNull(duration);
      const bufferMinutes = wholeOrNull(buffer);
      const errors = [
        name.trim() === '' ? { field: 'body.name', message: 'Enter a name, e.g. Treatment' } : null,
        durationMinutes === null || durationMinutes < 5 || durationMinutes > 600
          ? { field: 'body.durationMinutes', message: 'Must be 5–600 minutes' }
          : null,
        bufferMinutes === null || bufferMinutes < 0 || bufferMinutes > 120
          ? { field: 'body.bufferMinutes', message: 'Must be 0–120 minutes' }
          : null,
      ].filter((e) => e !== null);
      if (errors.length > 0) throw new ApiError({ detail: 'Please correct the fields marked below.', errors }, 400);
      return unwrap(
        await api.POST('/api/clinics/{clinicId}/appointment-types', {
          params: { path: { clinicId } },
          body: { name: name.trim(), durationMinutes: durationMinutes!, bufferMinutes: bufferMinutes! },
        }),
      );
    },
    onSuccess: async (added) => {
      setMessage(`“${added.name}” added: ${added.durationMinutes} minutes.`);
      setName('');
      await queryClient.invalidateQueries({ queryKey: calendarKeys.types(clinicId) });
    },
  });
  const archive = useMutation({
    mutationFn: async (type: { id: string; name: string }) => {
      ensureOk(
        await api.DELETE('/api/clinics/{clinicId}/appointment-types/{typeId}', {
          params: { path: { clinicId, typeId: type.id } },
        }),
      );
      return type;
    },
    onSuccess: async (type) => {
      setMessage(`“${type.name}” archived. Visits already booked keep it; new bookings cannot use it.`);
      await queryClient.invalidateQueries({ queryKey: calendarKeys.types(clinicId) });
    },
  });
  const problem = add.error ? problemOf(add.error) : undefined;
  const errors = {
    name: fieldError(problem, 'name'),
    duration: fieldError(problem, 'durationMinutes'),
    buffer: fieldError(problem, 'bufferMinutes'),
  };
  const active = (types.data ?? []).filter((t) => !t.archived);
  const archivedCount = (types.data ?? []).length - active.length;
  return (
    <div className="cal-setup__part">
      <h3 id={`${id}-title`}>Appointment types</h3>
      <p className="muted">
        Every visit has a type. Its length sets how long the visit lasts; the buffer keeps time free after it (for notes
        or getting the room ready) so the next visit cannot start straight away.
      </p>
      {types.isPending ? (
        <p role="status">Loading the appointment types…</p>
      ) : types.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The appointment types could not be loaded. {problemMessage(problemOf(types.error))}</p>
        </div>
      ) : active.length === 0 ? (
        <p>
          <strong>No appointment types yet.</strong> Add one below before booking visits.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Appointment types in use</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Length</th>
                <th scope="col">Buffer after</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {active.map((type) => (
                <tr key={type.id}>
                  <td>{type.name}</td>
                  <td>{type.durationMinutes} min</td>
                  <td>{type.bufferMinutes > 0 ? `${type.bufferMinutes} min` : 'None'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={archive.isPending}
                      onClick={() => archive.mutate(type)}
                    >
                      Archive<span className="visually-hidden"> {type.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {archivedCount > 0 ? (
        <p className="muted">
          {archivedCount} archived {archivedCount === 1 ? 'type is' : 'types are'} kept for visits already booked.
        </p>
      ) : null}
      {archive.error ? (
        <div className="alert alert--error" role="alert">
          <p>The type was not archived. {problemMessage(problemOf(archive.error))}</p>
        </div>
      ) : null}
      <form
        className="form form--wide cal-setup__add"
        noValidate
        aria-labelledby={`${id}-add`}
        onSubmit={(e) => {
          e.preventDefault();
          setMessage('');
          add.mutate();
        }}
      >
        <h4 id={`${id}-add`}>Add an appointment type</h4>
        {add.error ? (
          <div className="alert alert--error" role="alert">
            <p>The type was not added. {problemMessage(problem)}</p>
          </div>
        ) : null}
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-name`}>Type name</label>
            <FieldError id={`${id}-name-error`} message={errors.name} />
            <input
              id={`${id}-name`}
              value={name}
              maxLength={100}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? `${id}-name-error` : undefined}
              onChange={(e) => {
                add.reset();
                setName(e.target.value);
              }}
            />
          </div>
          <NumberField
            id={`${id}-duration`}
            label="Length in minutes"
            value={duration}
            error={errors.duration}
            min={5}
            max={600}
            onChange={(value) => {
              add.reset();
              setDuration(value);
            }}
          />
          <NumberField
            id={`${id}-buffer`}
            label="Buffer after, in minutes"
            value={buffer}
            error={errors.buffer}
            min={0}
            max={120}
            onChange={(value) => {
              add.reset();
              setBuffer(value);
            }}
          />
        </div>
        <p className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add the type'}
          </button>
        </p>
      </form>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}

function RoomsEditor({ clinicId }: { clinicId: string }): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const rooms = useQuery(roomsQuery(clinicId));
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const add = useMutation({
    mutationFn: async () => {
      if (name.trim() === '') {
        throw new ApiError(
          { detail: 'Please enter the room’s name.', errors: [{ field: 'body.name', message: 'Enter a name' }] },
          400,
        );
      }
      return unwrap(
        await api.POST('/api/clinics/{clinicId}/rooms', {
          params: { path: { clinicId } },
          body: { name: name.trim() },
        }),
      );
    },
    onSuccess: async (room) => {
      setMessage(`“${room.name}” added.`);
      setName('');
      await queryClient.invalidateQueries({ queryKey: calendarKeys.rooms(clinicId) });
    },
  });
  const archive = useMutation({
    mutationFn: async (room: { id: string; name: string }) => {
      ensureOk(
        await api.DELETE('/api/clinics/{clinicId}/rooms/{roomId}', { params: { path: { clinicId, roomId: room.id } } }),
      );
      return room;
    },
    onSuccess: async (room) => {
      setMessage(`“${room.name}” archived. Visits already booked keep it; new bookings cannot use it.`);
      await queryClient.invalidateQueries({ queryKey: calendarKeys.rooms(clinicId) });
    },
  });
  const nameError = fieldError(add.error ? problemOf(add.error) : undefined, 'name');
  const active = (rooms.data ?? []).filter((r) => !r.archived);
  return (
    <div className="cal-setup__part">
      <h3>Rooms</h3>
      <p className="muted">
        Optional. With rooms, a booking also checks that the room is free. A clinic with one room may leave this empty.
      </p>
      {rooms.isPending ? (
        <p role="status">Loading the rooms…</p>
      ) : rooms.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The rooms could not be loaded. {problemMessage(problemOf(rooms.error))}</p>
        </div>
      ) : active.length === 0 ? (
        <p>No rooms.</p>
      ) : (
        <ul className="plain-list cal-setup__rooms" aria-label="Rooms in use">
          {active.map((room) => (
            <li key={room.id}>
              <span>{room.name}</span>{' '}
              <button
                type="button"
                className="button button--small"
                disabled={archive.isPending}
                onClick={() => archive.mutate(room)}
              >
                Archive<span className="visually-hidden"> {room.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {archive.error ? (
        <div className="alert alert--error" role="alert">
          <p>The room was not archived. {problemMessage(problemOf(archive.error))}</p>
        </div>
      ) : null}
      <form
        className="form cal-setup__add cal-setup__room-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setMessage('');
          add.mutate();
        }}
      >
        {add.error && !nameError ? (
          <div className="alert alert--error" role="alert">
            <p>The room was not added. {problemMessage(problemOf(add.error))}</p>
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-room`}>New room’s name</label>
          <FieldError id={`${id}-room-error`} message={nameError} />
          <input
            id={`${id}-room`}
            value={name}
            maxLength={100}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? `${id}-room-error` : undefined}
            onChange={(e) => {
              add.reset();
              setName(e.target.value);
            }}
          />
        </div>
        <p className="button-row">
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? 'Adding…' : 'Add the room'}
          </button>
        </p>
      </form>
      <p role="status" className="muted">
        {message}
      </p>
    </div>
  );
}

function HoursPart({
  clinicId,
  userId,
  timeZone,
}: {
  clinicId: string;
  userId: string;
  timeZone: string | undefined;
}): React.JSX.Element {
  const id = useId();
  const therapists = useQuery(therapistsQuery(clinicId));
  const [chosen, setChosen] = useState('');
  const list = therapists.data ?? [];
  const therapistId = list.some((t) => t.userId === chosen)
    ? chosen
    : (list.find((t) => t.userId === userId)?.userId ?? list[0]?.userId ?? '');
  return (
    <div className="cal-setup__part">
      <h3>Working hours</h3>
      <p className="muted">Each therapist can set their own hours on the calendar page; here you can set anyone’s.</p>
      {therapists.isPending ? (
        <p role="status">Loading the therapists…</p>
      ) : therapists.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The therapists could not be loaded. {problemMessage(problemOf(therapists.error))}</p>
        </div>
      ) : (
        <>
          <div className="field cal-setup__therapist">
            <label htmlFor={`${id}-therapist`}>Whose hours</label>
            <select id={`${id}-therapist`} value={therapistId} onChange={(e) => setChosen(e.target.value)}>
              {list.map((t) => (
                <option key={t.userId} value={t.userId}>
                  {t.name}
                  {t.userId === userId ? ' (you)' : ''}
                </option>
              ))}
            </select>
          </div>
          {therapistId ? (
            <WorkingHoursEditor
              clinicId={clinicId}
              therapistId={therapistId}
              timeZone={timeZone}
              level={4}
              own={therapistId === userId}
            />
          ) : null}
        </>
      )}
    </div>
  );
}

/** The owner's calendar set-up on the administration page: settings, types, rooms and working hours. */
export function CalendarSetupSection({ clinicId, userId }: { clinicId: string; userId: string }): React.JSX.Element {
  const settings = useQuery(settingsQuery(clinicId));
  const section = useRef<HTMLElement>(null);
  const loaded = settings.isSuccess;
  // Arriving from the calendar's "Set up the calendar" link: bring this section into view once it has loaded.
  useEffect(() => {
    if (loaded && window.location.hash === '#calendar-setup') section.current?.scrollIntoView();
  }, [loaded]);
  return (
    <section
      className="admin-section cal-setup"
      id="calendar-setup"
      aria-labelledby="calendar-setup-title"
      ref={section}
    >
      <h2 id="calendar-setup-title">Calendar</h2>
      <p>
        What the diary is built from. Bookings are made on the <Link to={`/clinic/${clinicId}/calendar`}>calendar</Link>
        .
      </p>
      {settings.isPending ? (
        <p role="status">Loading the calendar settings…</p>
      ) : settings.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The calendar settings could not be loaded. {problemMessage(problemOf(settings.error))}</p>
        </div>
      ) : (
        <CalendarSettingsForm key={settings.data.id} clinicId={clinicId} settings={settings.data} />
      )}
      <TypesEditor clinicId={clinicId} />
      <RoomsEditor clinicId={clinicId} />
      <HoursPart clinicId={clinicId} userId={userId} timeZone={settings.data?.timeZone} />
    </section>
  );
}
