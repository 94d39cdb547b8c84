import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldMessage, summariseError } from '../account/errors.ts';
import { FormError } from '../account/FormError.tsx';
import { TextField } from '../account/TextField.tsx';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { fetchPrograms, fetchVisits, portalProgramsKey, portalVisitsKey, type HomeProgram } from './home-queries.ts';
import {
  adherenceText,
  addDays,
  longDate,
  painText,
  programStatus,
  scheduleText,
  sessionHref,
  stretchNames,
  todayIn,
} from './program-format.ts';
import { WeekTable } from './WeekTable.tsx';
import './home.css';

/** "Your home program": what to do between visits, when it is due, how it is going, and logging a routine. */
export function HomeProgramSection({ clientId }: { clientId: string }): React.JSX.Element {
  const programs = useQuery({ queryKey: portalProgramsKey(clientId), queryFn: () => fetchPrograms(clientId) });
  // The clinic's day counts (a routine cannot be logged for a day that has not begun there).
  const timeZone = useQuery({
    queryKey: portalVisitsKey(clientId),
    queryFn: () => fetchVisits(clientId),
    select: (data) => data.rules.timeZone,
  }).data;
  const open = (programs.data ?? []).filter((p) => p.endedAt === null);
  const current = open.filter((p) => !p.adherence.finished);
  const finished = open.filter((p) => p.adherence.finished);

  return (
    <section className="portal-section" aria-labelledby="home-program-title">
      <h2 id="home-program-title">Your home program</h2>
      {programs.isPending ? (
        <p role="status" className="loading">
          Loading your home program…
        </p>
      ) : programs.isError ? (
        <div role="alert" className="alert alert--error">
          <p>Your home program could not be loaded. {summariseError(programs.error).message}</p>
          <button type="button" className="button button--small" onClick={() => void programs.refetch()}>
            Try again
          </button>
        </div>
      ) : (
        <>
          {current.length === 0 ? (
            <p className="muted">
              {finished.length === 0 ? 'No home program yet.' : 'No home program running now.'} When your therapist
              gives you trigger points and stretches to do between visits, they appear here with a timer to guide you.
            </p>
          ) : (
            <div className="home-programs">
              {current.map((program) => (
                <ProgramCard key={program.id} clientId={clientId} program={program} today={todayIn(timeZone)} />
              ))}
            </div>
          )}
          {finished.length > 0 ? (
            <details className="home-program__finished">
              <summary>Finished programs ({finished.length})</summary>
              <div className="home-programs">
                {finished.map((program) => (
                  <ProgramCard key={program.id} clientId={clientId} program={program} today={todayIn(timeZone)} />
                ))}
              </div>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

function ProgramCard({
  clientId,
  program,
  today,
}: {
  clientId: string;
  program: HomeProgram;
  today: string;
}): React.JSX.Element {
  const titleId = `program-${program.id}`;
  const status = programStatus(program);
  const href = sessionHref(clientId, program);
  const points = program.items.filter((item) => item.kind === 'trigger-point');
  const stretches = stretchNames(program);
  const { adherence } = program;
  const running = !adherence.finished;
  const logs = [...program.logs].sort((a, b) => b.doneOn.localeCompare(a.doneOn));

  return (
    <article className="card home-program" aria-labelledby={titleId}>
      <div className="home-program__head">
        <h3 id={titleId}>{program.title}</h3>
        <span className={`program-status program-status--${status.tone}`}>{status.text}</span>
      </div>
      <p className="home-program__facts">
        {scheduleText(program)} · given by {program.therapistName}
      </p>
      {program.notes.trim() !== '' ? (
        <div className="home-program__notes">
          <h4>Notes from {program.therapistName}</h4>
          <p>{program.notes}</p>
        </div>
      ) : null}

      <h4>What to do</h4>
      {points.length > 0 ? (
        <ul className="home-program__items" aria-label="Trigger points">
          {points.map((item, index) => (
            <li key={`${item.triggerPoint ?? ''}:${item.side}:${index}`}>{item.label}</li>
          ))}
        </ul>
      ) : null}
      {stretches.length > 0 ? (
        <p className="home-program__stretches">
          <strong>{points.length > 0 ? 'Also stretch:' : 'Stretch:'}</strong> {stretches.join(', ')}.
          {href ? ' The timer does not include stretches: do them after the trigger points.' : ''}
        </p>
      ) : null}
      {running && href ? (
        <div className="home-program__start">
          <Link className="button button--primary" to={href}>
            Start today’s routine
          </Link>
          <p className="muted">
            The guided session: a short safety check, then a timer for each trigger point. At the end you can log it
            here.
          </p>
        </div>
      ) : null}

      <h4>How it is going</h4>
      {adherence.due === 0 ? (
        <p>
          Nothing due yet
          {adherence.nextDue ? `: your first routine is on ${longDate(adherence.nextDue)}` : ''}.
        </p>
      ) : (
        <p className="home-program__adherence">
          <strong>{adherenceText(adherence)}</strong>
          {adherence.painBefore !== null && adherence.painAfter !== null
            ? ` · pain on average ${adherence.painBefore}/10 before, ${adherence.painAfter}/10 after`
            : ''}
        </p>
      )}
      <WeekTable program={program} caption={`Routines each week: ${program.title}`} />

      {running ? <LogRoutine clientId={clientId} program={program} today={today} /> : null}

      {logs.length > 0 ? (
        <details className="home-program__logs">
          <summary>Routines you logged ({logs.length})</summary>
          <ul className="plain-list">
            {logs.map((log) => (
              <li key={log.id}>
                <strong>{longDate(log.doneOn)}</strong>
                {log.painBefore !== null || log.painAfter !== null
                  ? ` · pain ${painText(log.painBefore)} → ${painText(log.painAfter)}`
                  : ''}
                {log.note ? <span className="muted"> · {log.note}</span> : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}

const PAIN_LEVELS = Array.from({ length: 11 }, (_, n) => n);

function PainSelect({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}): React.JSX.Element {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">Not recorded</option>
        {PAIN_LEVELS.map((n) => (
          <option key={n} value={String(n)}>
            {n}
            {n === 0 ? ' (no pain)' : n === 10 ? ' (worst imaginable)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

function LogRoutine({
  clientId,
  program,
  today,
}: {
  clientId: string;
  program: HomeProgram;
  today: string;
}): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(today);
  const [painBefore, setPainBefore] = useState('');
  const [painAfter, setPainAfter] = useState('');
  const [note, setNote] = useState('');
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [logged, setLogged] = useState<string | null>(null);
  const doneOn = date;
  const log = useMutation({
    mutationFn: async (body: { doneOn: string; painBefore?: number; painAfter?: number; note?: string }) =>
      unwrap(
        await api.POST('/api/portal/records/{clientId}/home-programs/{programId}/logs', {
          params: { path: { clientId, programId: program.id } },
          body,
        }),
      ),
    onSuccess: async (updated, body) => {
      queryClient.setQueryData<HomeProgram[]>(portalProgramsKey(clientId), (old) =>
        old?.map((p) => (p.id === updated.id ? updated : p)),
      );
      setLogged(`Logged for ${longDate(body.doneOn)}. ${adherenceText(updated.adherence)}.`);
      setDate(today);
      setPainBefore('');
      setPainAfter('');
      setNote('');
      await queryClient.invalidateQueries({ queryKey: portalProgramsKey(clientId) });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setLogged(null);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(doneOn)) {
      setDateProblem('Choose the day you did the routine');
      return;
    }
    if (doneOn > today) {
      setDateProblem('Choose today or a day before: a routine can be logged once it is done');
      return;
    }
    if (doneOn < program.startDate) {
      setDateProblem(`Choose a day from ${longDate(program.startDate)}, when the program started`);
      return;
    }
    setDateProblem(null);
    log.mutate({
      doneOn,
      ...(painBefore !== '' ? { painBefore: Number(painBefore) } : {}),
      ...(painAfter !== '' ? { painAfter: Number(painAfter) } : {}),
      ...(note.trim() !== '' ? { note: note.trim() } : {}),
    });
  };
  const error = log.isPending ? null : log.error;
  const labels = { doneOn: 'Day', painBefore: 'Pain before', painAfter: 'Pain after', note: 'Note' };

  return (
    <form className="form home-program__log" noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>Log a routine</h4>
      <p role="status" className={logged ? 'alert alert--success' : 'visually-hidden'}>
        {logged}
      </p>
      <FormError error={error} labels={labels} />
      <TextField
        label="Day you did it"
        type="date"
        required
        min={program.startDate}
        max={today}
        value={doneOn}
        onChange={(e) => setDate(e.target.value)}
        hint={doneOn === today ? 'Today' : doneOn === addDays(today, -1) ? 'Yesterday' : undefined}
        error={dateProblem ?? fieldMessage(error, 'doneOn', 'The day')}
      />
      <div className="field-row">
        <PainSelect
          label="Pain before (0–10)"
          value={painBefore}
          onChange={setPainBefore}
          error={fieldMessage(error, 'painBefore', 'Pain before')}
        />
        <PainSelect
          label="Pain after (0–10)"
          value={painAfter}
          onChange={setPainAfter}
          error={fieldMessage(error, 'painAfter', 'Pain after')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          rows={2}
          maxLength={1000}
          value={note}
          aria-describedby={`${id}-note-hint`}
          onChange={(e) => setNote(e.target.value)}
        />
        <p className="field__hint" id={`${id}-note-hint`}>
          Anything your therapist should know, for example what felt better or worse.
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log this routine'}
        </button>
      </div>
    </form>
  );
}
