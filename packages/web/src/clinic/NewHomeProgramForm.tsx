import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { fieldMessage } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { TextField } from '../account/TextField.tsx';
import { api, type Schemas } from '../api/client.ts';
import { problemOf, unwrap } from '../api/problems.ts';
import { noteQueryKey } from '../notes/note-queries.ts';
import { searchTriggerPoints } from '../notes/trigger-points.ts';
import { formatDate, todayIso } from './format.ts';
import {
  itemDetail,
  itemLabel,
  itemsInput,
  newRow,
  rowsFromNote,
  sameItem,
  searchMuscles,
  type HomeProgramInput,
  type ItemRow,
  type Side,
} from './program-items.ts';
import { clientKey, retryServerErrors } from './queries.ts';

type HomeProgram = Schemas['HomeProgram'];
type Note = Schemas['SessionNote'];

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const LABELS = {
  title: 'Title',
  items: 'Trigger points and stretches',
  daysPerWeek: 'Days a week',
  weeks: 'Weeks',
  startDate: 'Start date',
  notes: 'Notes for the client',
};

/** The client's latest signed session note (its treated points start the program), or null. */
function useLatestSignedNote(
  clinicId: string,
  clientId: string,
  timeline: readonly Schemas['TimelineEntry'][],
): { note: Note | null | undefined; loading: boolean } {
  const noteIds = useMemo(() => {
    const ids: string[] = [];
    for (const entry of [...timeline].sort((a, b) => b.at.localeCompare(a.at))) {
      if (entry.kind === 'note' && entry.noteId && !ids.includes(entry.noteId)) ids.push(entry.noteId);
    }
    return ids.slice(0, 8);
  }, [timeline]);
  const query = useQuery({
    queryKey: [...clientKey(clinicId, clientId), 'latest-signed-note', noteIds],
    queryFn: async ({ client }) => {
      for (const noteId of noteIds) {
        const note = await client.fetchQuery({
          queryKey: noteQueryKey(clinicId, clientId, noteId),
          queryFn: async () =>
            unwrap(
              await api.GET('/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}', {
                params: { path: { clinicId, clientId, noteId } },
              }),
            ),
        });
        if (note.status === 'signed') return note;
      }
      return null;
    },
    enabled: noteIds.length > 0,
    retry: retryServerErrors,
  });
  if (noteIds.length === 0) return { note: null, loading: false };
  return { note: query.isError ? null : query.data, loading: query.isPending };
}

/** "New home program": items (from the latest note, the atlas search, stretches), how often, how long, notes. */
export function NewHomeProgramForm({
  clinicId,
  clientId,
  clientName,
  timeline,
  onCreated,
  onCancel,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
  timeline: readonly Schemas['TimelineEntry'][];
  onCreated: (program: HomeProgram) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const id = useId();
  const { note, loading } = useLatestSignedNote(clinicId, clientId, timeline);
  const fromNote = useMemo(() => (note ? rowsFromNote(note) : []), [note]);
  // Until the therapist changes the list, it is the points of the latest signed note.
  const [edited, setEdited] = useState<ItemRow[] | null>(null);
  const rows = edited ?? fromNote;
  const [title, setTitle] = useState('');
  const [daysPerWeek, setDaysPerWeek] = useState('3');
  const [weeks, setWeeks] = useState('4');
  const [startDate, setStartDate] = useState(todayIso);
  const [notes, setNotes] = useState('');
  const [problems, setProblems] = useState<Partial<Record<keyof typeof LABELS, string>>>({});
  const create = useMutation({
    mutationFn: async (body: HomeProgramInput) =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/home-programs', {
          params: { path: { clinicId, clientId } },
          body,
        }),
      ),
    onSuccess: onCreated,
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: typeof problems = {};
    const weekCount = Number(weeks);
    if (title.trim() === '') found.title = 'Give the program a title';
    if (rows.length === 0) found.items = 'Add at least one trigger point or stretch';
    if (!Number.isInteger(weekCount) || weekCount < 1 || weekCount > 52) found.weeks = 'Weeks must be 1–52';
    if (!/^\d{4}-\d{2}-\d{2}$/.test(startDate)) found.startDate = 'Choose the day the program starts';
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    create.mutate({
      title: title.trim(),
      items: itemsInput(rows),
      daysPerWeek: Number(daysPerWeek),
      weeks: weekCount,
      startDate,
      notes: notes.trim(),
    });
  };

  const error = create.isPending ? null : create.error;
  const message = (field: keyof typeof LABELS): string | undefined =>
    problems[field] ?? fieldMessage(error, field, LABELS[field]);
  const local = Object.values(problems);
  const rowError = (index: number): string | undefined =>
    problemOf(error)
      ?.errors?.filter((e) => e.field.startsWith(`body.items[${index}]`))
      .map((e) => e.message)
      .join('; ') || undefined;

  return (
    <form className="form form--wide program-form" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New home program for {clientName}</h3>
      {local.length > 0 ? (
        <div role="alert" className="alert alert--error">
          <p className="alert__message">Please check the form:</p>
          <ul>
            {local.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ) : (
        <FormError error={error} labels={LABELS} />
      )}
      <TextField
        label="Title"
        hint="What the client sees, e.g. “Neck and temples”."
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={message('title')}
      />

      <fieldset className="clinic-fieldset program-items" aria-describedby={`${id}-items-hint`}>
        <legend>Trigger points and stretches</legend>
        <p className="field__hint" id={`${id}-items-hint`}>
          The client runs the trigger points with the guided timer; stretches are listed for them to do afterwards.
        </p>
        {loading ? (
          <p role="status" className="muted">
            Looking for the points treated in the latest session note…
          </p>
        ) : note && edited === null && fromNote.length > 0 ? (
          <p className="muted">
            Filled in from the session note of {formatDate(note.sessionDate)}: change or remove them as you need.
          </p>
        ) : null}
        {message('items') ? <p className="field__error">{message('items')}</p> : null}
        {rows.length > 0 ? (
          <ol className="program-items__list" aria-label="In the program">
            {rows.map((row, index) => (
              <ItemLine
                key={row.key}
                row={row}
                error={rowError(index)}
                onSide={(side) => setEdited(rows.map((r) => (r.key === row.key ? { ...r, side } : r)))}
                onRemove={() => setEdited(rows.filter((r) => r.key !== row.key))}
              />
            ))}
          </ol>
        ) : (
          <p className="muted">Nothing in the program yet: add trigger points or stretches below.</p>
        )}
        <ItemFinder rows={rows} onAdd={(added) => setEdited([...rows, ...added])} />
      </fieldset>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-days`}>Days a week</label>
          <select id={`${id}-days`} value={daysPerWeek} onChange={(e) => setDaysPerWeek(e.target.value)}>
            {DAYS.map((n) => (
              <option key={n} value={String(n)}>
                {n === 7 ? 'Every day' : `${n} ${n === 1 ? 'day' : 'days'} a week`}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label="Weeks (1–52)"
          type="number"
          inputMode="numeric"
          min={1}
          max={52}
          step={1}
          required
          value={weeks}
          onChange={(e) => setWeeks(e.target.value)}
          error={message('weeks')}
        />
        <TextField
          label="Start date"
          type="date"
          required
          value={startDate}
          onChange={(e) => setStartDate(e.target.value)}
          error={message('startDate')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes for the client (optional)</label>
        {message('notes') ? (
          <p className="field__error" id={`${id}-notes-error`}>
            {message('notes')}
          </p>
        ) : null}
        <textarea
          id={`${id}-notes`}
          rows={3}
          maxLength={2000}
          value={notes}
          aria-invalid={message('notes') ? true : undefined}
          aria-describedby={[`${id}-notes-hint`, message('notes') ? `${id}-notes-error` : ''].join(' ').trim()}
          onChange={(e) => setNotes(e.target.value)}
        />
        <p className="field__hint" id={`${id}-notes-hint`}>
          Shown to the client with the program, e.g. how hard to press or what to avoid.
        </p>
      </div>
      <p className="muted">
        On each due day the client gets a reminder email at 09:00 (when they have an email address), and the program
        shows in their portal with the timer.
      </p>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Give this home program'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function ItemLine({
  row,
  error,
  onSide,
  onRemove,
}: {
  row: ItemRow;
  error: string | undefined;
  onSide: (side: Side) => void;
  onRemove: () => void;
}): React.JSX.Element {
  const label = itemLabel(row);
  const detail = itemDetail(row);
  return (
    <li className="program-item">
      <div className="program-item__text">
        <strong>{label}</strong>
        {detail ? <span className="muted"> {detail}</span> : null}
        {error ? <p className="field__error">{error}</p> : null}
      </div>
      <fieldset className="program-item__side">
        <legend className="visually-hidden">Side for {label}</legend>
        {(['left', 'right'] as const).map((side) => (
          <label key={side} className="chip">
            <input type="radio" name={`${row.key}-side`} checked={row.side === side} onChange={() => onSide(side)} />
            <span>{side === 'left' ? 'Left' : 'Right'}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button--small button--danger" onClick={onRemove}>
        Remove<span className="visually-hidden"> {`${label}, ${row.side} side`}</span>
      </button>
    </li>
  );
}

type AddSide = Side | 'both';

function ItemFinder({
  rows,
  onAdd,
}: {
  rows: readonly ItemRow[];
  onAdd: (rows: ItemRow[]) => void;
}): React.JSX.Element {
  const id = useId();
  const [side, setSide] = useState<AddSide>('right');
  const [pointQuery, setPointQuery] = useState('');
  const [muscleQuery, setMuscleQuery] = useState('');
  const [status, setStatus] = useState('');
  const points = useMemo(() => searchTriggerPoints(pointQuery), [pointQuery]);
  const muscles = useMemo(() => searchMuscles(muscleQuery), [muscleQuery]);

  const add = (kind: ItemRow['kind'], ref: string): void => {
    const sides: Side[] = side === 'both' ? ['left', 'right'] : [side];
    const fresh = sides.filter((s) => !rows.some((r) => sameItem(r, { kind, ref, side: s })));
    const label = itemLabel({ kind, ref, side: 'right' });
    if (fresh.length === 0) {
      setStatus(`${label} is already in the program on that side.`);
      return;
    }
    onAdd(fresh.map((s) => newRow(kind, ref, s)));
    setStatus(`Added ${label} (${fresh.join(' and ')}).`);
  };

  return (
    <div className="program-finder">
      <fieldset className="program-finder__side">
        <legend>Add on the</legend>
        {(
          [
            ['right', 'Right side'],
            ['left', 'Left side'],
            ['both', 'Both sides'],
          ] as const
        ).map(([value, text]) => (
          <label key={value} className="chip">
            <input type="radio" name={`${id}-side`} checked={side === value} onChange={() => setSide(value)} />
            <span>{text}</span>
          </label>
        ))}
      </fieldset>
      <div className="program-finder__columns">
        <div className="field">
          <label htmlFor={`${id}-tp`}>Find a trigger point</label>
          <input
            id={`${id}-tp`}
            type="search"
            autoComplete="off"
            placeholder="e.g. trapezius, SCM"
            value={pointQuery}
            onChange={(e) => setPointQuery(e.target.value)}
          />
          {pointQuery.trim() ? (
            points.length > 0 ? (
              <ul className="plain-list program-finder__results" aria-label="Trigger points found">
                {points.map((option) => (
                  <li key={option.id}>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        add('trigger-point', option.id);
                        setPointQuery('');
                      }}
                    >
                      Add {option.label}
                    </button>
                    <span className="muted"> {option.description}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No trigger point matches “{pointQuery}”.</p>
            )
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-stretch`}>Find a muscle to stretch</label>
          <input
            id={`${id}-stretch`}
            type="search"
            autoComplete="off"
            placeholder="e.g. pectoralis, calf"
            value={muscleQuery}
            onChange={(e) => setMuscleQuery(e.target.value)}
          />
          {muscleQuery.trim() ? (
            muscles.length > 0 ? (
              <ul className="plain-list program-finder__results" aria-label="Stretches found">
                {muscles.map((muscle) => (
                  <li key={muscle.id}>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        add('stretch', muscle.id);
                        setMuscleQuery('');
                      }}
                    >
                      Add stretch: {muscle.name}
                    </button>
                    <span className="muted"> {muscle.stretch.name}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No muscle matches “{muscleQuery}”.</p>
            )
          ) : null}
        </div>
      </div>
      <p role="status" className="muted program-finder__status">
        {status}
      </p>
    </div>
  );
}
