import { findInstrument, type InstrumentId } from '@myomap/core/outcomes/instruments/index.ts';
import { PSFS_MAX_ACTIVITIES } from '@myomap/core/outcomes/instruments/psfs.ts';
import { useId, useState } from 'react';
import { fieldError, problemMessage, type Problem } from '../api/problems.ts';
import { todayIso } from '../clinic/format.ts';
import './questionnaires.css';

/** What a form sends: the answers in the instrument's shape and the day they were given. */
export interface AnswerInput {
  instrument: InstrumentId;
  answers: unknown;
  completedOn: string;
}

/** Instruments whose wording Myomap may not ship: the clinic enters scores from its licensed copy. */
export const LICENSED: readonly InstrumentId[] = ['ndi', 'odi', 'rmdq'];

/** Where the answers to a licensed form come from. */
export function licensedNote(instrument: InstrumentId): string {
  return instrument === 'rmdq'
    ? 'Enter the ticked items from your clinic’s licensed copy of the form.'
    : 'Enter the section scores from your clinic’s licensed copy of the form.';
}

function anchor(instrument: InstrumentId, score: number): string | undefined {
  return findInstrument(instrument).items[0]?.responses.find((r) => r.score === score)?.label;
}

/** A 0–10 rating as a row of radio buttons, with the instrument's words for 0 and 10. */
function ZeroToTen({
  instrument,
  legend,
  value,
  onChange,
  error,
}: {
  instrument: InstrumentId;
  legend: string;
  value: number | undefined;
  onChange: (value: number) => void;
  error: string | undefined;
}): React.JSX.Element {
  const id = useId();
  return (
    <fieldset className="rating" aria-describedby={`${id}-anchors${error ? ` ${id}-error` : ''}`}>
      <legend className="rating__legend">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
      <div className="rating__scale">
        {Array.from({ length: 11 }, (_, n) => (
          <label key={n} className="rating__option">
            <input
              type="radio"
              name={`${id}-score`}
              value={n}
              checked={value === n}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(n)}
            />
            <span>{n}</span>
          </label>
        ))}
      </div>
      <p id={`${id}-anchors`} className="rating__anchors">
        <span>0: {anchor(instrument, 0)}</span>
        <span>10: {anchor(instrument, 10)}</span>
      </p>
    </fieldset>
  );
}

interface Activity {
  name: string;
  score: number | undefined;
}

type Errors = Readonly<Record<string, string>>;

/**
 * The answers to one questionnaire: NRS as a 0–10 row, PSFS as named activities rated 0–10, NDI and ODI as a
 * 0–5 score per section, RMDQ as the ticked item numbers. The licensed forms show only section topics and
 * item numbers: their wording stays on the clinic's own copy.
 */
export function AnswerForm({
  instrument,
  label,
  submitLabel,
  withDate,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  instrument: InstrumentId;
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  /** Ask for the day it was filled in (the clinic enters paper forms later); otherwise today. */
  withDate: boolean;
  pending: boolean;
  /** The server's problem from the last attempt. */
  error: Problem | undefined;
  onSubmit: (input: AnswerInput) => void;
  onCancel?: () => void;
}): React.JSX.Element {
  const id = useId();
  const definition = findInstrument(instrument);
  const [nrs, setNrs] = useState<number | undefined>(undefined);
  const [activities, setActivities] = useState<Activity[]>(() =>
    Array.from({ length: 3 }, () => ({ name: '', score: undefined })),
  );
  const [sections, setSections] = useState<Record<string, string>>({});
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [completedOn, setCompletedOn] = useState(todayIso);
  const [local, setLocal] = useState<Errors | null>(null);
  // Which form rows the server's activities[i] refer to (blank rows are not sent).
  const [sentRows, setSentRows] = useState<number[]>([]);

  const serverErrors: Errors = Object.fromEntries(
    (error?.errors ?? []).map((e) => {
      const field = e.field.replace(/^body\./, '');
      const row = /^answers\.activities\[(\d+)\]\.(\w+)$/.exec(field);
      return [row ? `answers.activities[${sentRows[Number(row[1])] ?? row[1]}].${row[2]}` : field, e.message];
    }),
  );
  const errors: Errors = local ?? serverErrors;
  const errorOf = (field: string): string | undefined => errors[field] ?? fieldError(error, field);
  const messages = Object.values(errors);

  const submit = (event: React.FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const found: Record<string, string> = {};
    let answers: unknown;
    if (instrument === 'nrs-pain') {
      if (nrs === undefined) found['answers.score'] = 'Choose a score from 0 to 10.';
      answers = { score: nrs };
    } else if (instrument === 'psfs') {
      const rows: number[] = [];
      activities.forEach((a, i) => {
        if (a.name.trim() === '' && a.score === undefined) return;
        rows.push(i);
        if (a.name.trim() === '') found[`answers.activities[${i}].activity`] = `Name activity ${i + 1}.`;
        if (a.score === undefined) found[`answers.activities[${i}].score`] = `Rate activity ${i + 1} from 0 to 10.`;
      });
      if (rows.length === 0) found['answers.activities'] = 'Name at least one activity and rate it.';
      setSentRows(rows);
      answers = {
        activities: rows.map((i) => ({
          id: `activity-${i + 1}`,
          activity: activities[i]?.name.trim() ?? '',
          score: activities[i]?.score ?? null,
        })),
      };
    } else if (instrument === 'rmdq') {
      answers = { ticked: definition.items.filter((item) => ticked.has(item.id)).map((item) => item.id) };
    } else {
      answers = Object.fromEntries(
        definition.items.filter((item) => sections[item.id]).map((item) => [item.id, Number(sections[item.id])]),
      );
    }
    if (withDate && !/^\d{4}-\d{2}-\d{2}$/.test(completedOn)) found.completedOn = 'Enter the day it was filled in.';
    if (Object.keys(found).length > 0) {
      setLocal(found);
      return;
    }
    setLocal(null);
    onSubmit({ instrument, answers, completedOn: withDate ? completedOn : todayIso() });
  };

  const licensed = LICENSED.includes(instrument);
  return (
    <form className="form questionnaire-form" noValidate aria-label={label} onSubmit={submit}>
      {messages.length > 0 || (error && !local) ? (
        <div className="alert alert--error" role="alert">
          <p>
            {messages.length > 0
              ? 'Please check the answers:'
              : problemMessage(error, 'The answers could not be saved. Please try again.')}
          </p>
          {messages.length > 0 ? (
            <ul>
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {licensed ? (
        <p className="alert alert--warning questionnaire-form__licence">
          {licensedNote(instrument)} The wording of the {definition.abbreviation} is not licensed for Myomap, so only{' '}
          {instrument === 'rmdq' ? 'item numbers and short topics' : 'short section topics'} are shown here.
        </p>
      ) : null}

      {instrument === 'nrs-pain' ? (
        <ZeroToTen
          instrument={instrument}
          legend="Pain right now, from 0 to 10"
          value={nrs}
          onChange={setNrs}
          error={errorOf('answers.score')}
        />
      ) : null}

      {instrument === 'psfs' ? (
        <>
          <p className="muted">
            Name up to {PSFS_MAX_ACTIVITIES} everyday activities that the problem makes hard, and rate how well each can
            be done today. At later visits, rate the same activities again.
          </p>
          {errorOf('answers.activities') ? <p className="field__error">{errorOf('answers.activities')}</p> : null}
          {activities.map((activity, i) => {
            const nameError = errorOf(`answers.activities[${i}].activity`);
            const update = (patch: Partial<Activity>): void =>
              setActivities((list) => list.map((a, j) => (j === i ? { ...a, ...patch } : a)));
            return (
              <fieldset key={i} className="questionnaire-activity">
                <legend>Activity {i + 1}</legend>
                <div className="field">
                  <label htmlFor={`${id}-activity-${i}`}>Activity</label>
                  <input
                    id={`${id}-activity-${i}`}
                    type="text"
                    maxLength={200}
                    value={activity.name}
                    aria-invalid={nameError ? true : undefined}
                    aria-describedby={nameError ? `${id}-activity-${i}-error` : undefined}
                    onChange={(e) => update({ name: e.target.value })}
                  />
                  {nameError ? (
                    <p id={`${id}-activity-${i}-error`} className="field__error">
                      {nameError}
                    </p>
                  ) : null}
                </div>
                <ZeroToTen
                  instrument="psfs"
                  legend="How well it can be done today"
                  value={activity.score}
                  onChange={(score) => update({ score })}
                  error={errorOf(`answers.activities[${i}].score`)}
                />
              </fieldset>
            );
          })}
          {activities.length < PSFS_MAX_ACTIVITIES ? (
            <p>
              <button
                type="button"
                className="button button--small"
                onClick={() => setActivities((list) => [...list, { name: '', score: undefined }])}
              >
                Add another activity
              </button>
            </p>
          ) : null}
          <p className="field__hint">Rows left empty are not sent.</p>
        </>
      ) : null}

      {instrument === 'ndi' || instrument === 'odi' ? (
        <div className="questionnaire-sections">
          {definition.items.map((item, i) => {
            const sectionError = errorOf(`answers.${item.id}`);
            return (
              <div className="field" key={item.id}>
                <label htmlFor={`${id}-${item.id}`}>
                  Section {i + 1}: {item.topic}
                </label>
                <select
                  id={`${id}-${item.id}`}
                  value={sections[item.id] ?? ''}
                  aria-invalid={sectionError ? true : undefined}
                  aria-describedby={sectionError ? `${id}-${item.id}-error` : undefined}
                  onChange={(e) => setSections((s) => ({ ...s, [item.id]: e.target.value }))}
                >
                  <option value="">Left blank</option>
                  {item.responses.map((r) => (
                    <option key={r.score} value={r.score}>
                      {r.score}
                    </option>
                  ))}
                </select>
                {sectionError ? (
                  <p id={`${id}-${item.id}-error`} className="field__error">
                    {sectionError}
                  </p>
                ) : null}
              </div>
            );
          })}
        </div>
      ) : null}

      {instrument === 'rmdq' ? (
        <fieldset className="questionnaire-ticks">
          <legend>Items the client ticked</legend>
          {definition.items.map((item, i) => (
            <label key={item.id} className="questionnaire-tick">
              <input
                type="checkbox"
                checked={ticked.has(item.id)}
                onChange={(e) =>
                  setTicked((set) => {
                    const next = new Set(set);
                    if (e.target.checked) next.add(item.id);
                    else next.delete(item.id);
                    return next;
                  })
                }
              />
              <span>
                Item {i + 1} <span className="muted">({item.topic})</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : null}

      {withDate ? (
        <div className="field">
          <label htmlFor={`${id}-date`}>Completed on</label>
          <input
            id={`${id}-date`}
            type="date"
            value={completedOn}
            max={todayIso()}
            aria-invalid={errorOf('completedOn') ? true : undefined}
            aria-describedby={errorOf('completedOn') ? `${id}-date-error` : undefined}
            onChange={(e) => setCompletedOn(e.target.value)}
          />
          {errorOf('completedOn') ? (
            <p id={`${id}-date-error`} className="field__error">
              {errorOf('completedOn')}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? 'Saving…' : submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
