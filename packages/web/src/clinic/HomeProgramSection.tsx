import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import {
  adherenceText,
  longDate,
  painText,
  programStatus,
  ratePercent,
  scheduleText,
  shortDate,
} from '../portal/program-format.ts';
import { WeekTable } from '../portal/WeekTable.tsx';
import { formatDate } from './format.ts';
import { NewHomeProgramForm } from './NewHomeProgramForm.tsx';
import { retryServerErrors } from './queries.ts';
import '../portal/home.css';
import './home-program.css';

type HomeProgram = Schemas['HomeProgram'];

/**
 * Not under `clientKey`: a screening, a consent or new details do not change home programs, so they need
 * not be fetched again each time those refresh the record.
 */
export const homeProgramsKey = (clinicId: string, clientId: string): readonly unknown[] => [
  'clinic',
  clinicId,
  'home-programs',
  clientId,
];

/** The client's home programs with adherence and pain, ending one, and writing a new one. Clinicians only. */
export function HomeProgramSection({
  clinicId,
  clientId,
  clientName,
  timeline,
  erased,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
  timeline: readonly Schemas['TimelineEntry'][];
  erased: boolean;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const programs = useQuery({
    queryKey: homeProgramsKey(clinicId, clientId),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/home-programs', {
          params: { path: { clinicId, clientId } },
        }),
      ),
    retry: retryServerErrors,
  });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // The form or button used is gone after saving: keep the person's place at the message.
  const announce = (message: string): void => {
    setNotice(message);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const list = [...(programs.data ?? [])].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const current = list.filter((p) => p.endedAt === null && !p.adherence.finished);
  const earlier = list.filter((p) => !current.includes(p));
  const replace = (updated: HomeProgram): void => {
    queryClient.setQueryData<HomeProgram[]>(homeProgramsKey(clinicId, clientId), (old) => [
      updated,
      ...(old ?? []).filter((p) => p.id !== updated.id),
    ]);
  };

  return (
    <section aria-labelledby="home-program-title" className="card clinic-section home-program-section">
      <div className="clinic-section__head">
        <h2 id="home-program-title">Home program</h2>
        {!erased && !creating ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setNotice('');
              setCreating(true);
            }}
          >
            New home program
          </button>
        ) : null}
      </div>
      <p ref={noticeRef} tabIndex={-1} role="status" className={notice ? 'alert alert--success' : 'visually-hidden'}>
        {notice}
      </p>
      {creating ? (
        <NewHomeProgramForm
          clinicId={clinicId}
          clientId={clientId}
          clientName={clientName}
          timeline={timeline}
          onCancel={() => setCreating(false)}
          onCreated={(program) => {
            replace(program);
            setCreating(false);
            announce(
              `“${program.title}” is given to ${clientName}: ${scheduleText(program).toLowerCase()}. It shows in their portal.`,
            );
            void queryClient.invalidateQueries({ queryKey: homeProgramsKey(clinicId, clientId) });
          }}
        />
      ) : null}
      {programs.isPending ? (
        <p role="status" className="loading">
          Loading home programs…
        </p>
      ) : programs.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The home programs could not be loaded. {problemMessage(problemOf(programs.error))}</p>
          <button type="button" className="button button--small" onClick={() => void programs.refetch()}>
            Try again
          </button>
        </div>
      ) : list.length === 0 ? (
        <p>
          No home program yet. Give {clientName} trigger points and stretches to do between visits: they run them in the
          portal with the guided timer, log each routine with their pain before and after, and you see how it goes here.
        </p>
      ) : (
        <>
          {current.length === 0 ? <p>No home program is running now.</p> : null}
          {current.map((program) => (
            <ProgramSummary
              key={program.id}
              clinicId={clinicId}
              clientId={clientId}
              program={program}
              erased={erased}
              onEnded={(updated) => {
                replace(updated);
                announce(`“${updated.title}” is ended. Its reminders are cancelled.`);
              }}
            />
          ))}
          {earlier.length > 0 ? (
            <details className="clinic-details">
              <summary>Earlier programs ({earlier.length})</summary>
              {earlier.map((program) => (
                <ProgramSummary
                  key={program.id}
                  clinicId={clinicId}
                  clientId={clientId}
                  program={program}
                  erased={erased}
                  onEnded={replace}
                />
              ))}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

function ProgramSummary({
  clinicId,
  clientId,
  program,
  erased,
  onEnded,
}: {
  clinicId: string;
  clientId: string;
  program: HomeProgram;
  erased: boolean;
  onEnded: (program: HomeProgram) => void;
}): React.JSX.Element {
  const [confirming, setConfirming] = useState(false);
  const end = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/home-programs/{programId}/end', {
          params: { path: { clinicId, clientId, programId: program.id } },
        }),
      ),
    onSuccess: (updated) => {
      setConfirming(false);
      onEnded(updated);
    },
  });
  const { adherence } = program;
  const status = program.endedAt
    ? { tone: 'over', text: `Ended ${shortDate(program.endedAt)}` }
    : adherence.finished
      ? { tone: 'over', text: 'Finished' }
      : programStatus(program);
  const rate = ratePercent(adherence);
  const withBoth = program.logs.filter((l) => l.painBefore !== null && l.painAfter !== null).length;
  const logs = [...program.logs].sort((a, b) => b.doneOn.localeCompare(a.doneOn));
  const titleId = `clinic-program-${program.id}`;
  const running = program.endedAt === null && !adherence.finished;

  return (
    <article className="clinic-program" aria-labelledby={titleId}>
      <div className="home-program__head">
        <h3 id={titleId}>{program.title}</h3>
        <span className={`program-status program-status--${status.tone}`}>{status.text}</span>
      </div>
      <p className="muted">
        {scheduleText(program)} · given by {program.therapistName} on {formatDate(program.createdAt)}
      </p>
      <ul className="clinic-program__items">
        {program.items.map((item, index) => (
          <li key={`${item.kind}:${item.triggerPoint ?? item.muscle ?? ''}:${item.side}:${index}`}>{item.label}</li>
        ))}
      </ul>
      {program.notes.trim() !== '' ? <p className="clinic-program__notes">Notes: {program.notes}</p> : null}

      <h4>Adherence</h4>
      {adherence.due === 0 ? (
        <p>Nothing due yet{adherence.nextDue ? `: the first routine is on ${longDate(adherence.nextDue)}` : ''}.</p>
      ) : (
        <p className="clinic-program__adherence">
          <strong>{adherenceText(adherence)}</strong>
          {rate !== null ? ` (${rate}%)` : ''}
        </p>
      )}
      {adherence.painBefore !== null && adherence.painAfter !== null ? (
        <p>
          Mean pain before → after:{' '}
          <strong>
            {adherence.painBefore} → {adherence.painAfter}
          </strong>{' '}
          <span className="muted">
            (out of 10, over {withBoth} {withBoth === 1 ? 'routine' : 'routines'} with both recorded)
          </span>
        </p>
      ) : null}
      <WeekTable program={program} caption={`Routines each week: ${program.title}`} />

      <h4>Routines logged</h4>
      {logs.length === 0 ? (
        <p className="muted">Nothing logged yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Routines logged: {program.title}, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Pain before</th>
                <th scope="col">Pain after</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {logs.map((log) => (
                <tr key={log.id}>
                  <th scope="row">{longDate(log.doneOn)}</th>
                  <td>{painText(log.painBefore)}</td>
                  <td>{painText(log.painAfter)}</td>
                  <td className="clinic-program__note">{log.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {running && !erased ? (
        confirming ? (
          <div className="clinic-program__confirm">
            <p>
              <strong>End “{program.title}” now?</strong> The client stops seeing it in the portal and gets no more
              reminders. What they logged stays here.
            </p>
            {end.isError ? (
              <p className="alert alert--error" role="alert">
                {problemMessage(problemOf(end.error))}
              </p>
            ) : null}
            <div className="button-row">
              <button
                type="button"
                className="button button--danger"
                disabled={end.isPending}
                onClick={() => end.mutate()}
              >
                {end.isPending ? 'Ending…' : 'End the program'}
              </button>
              <button type="button" className="button" autoFocus onClick={() => setConfirming(false)}>
                Keep it running
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="button button--small" onClick={() => setConfirming(true)}>
            End program<span className="visually-hidden"> “{program.title}”</span>
          </button>
        )
      ) : null}
    </article>
  );
}
