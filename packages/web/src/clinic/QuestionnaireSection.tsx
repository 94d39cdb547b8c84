import { INSTRUMENTS, type InstrumentId } from '@myomap/core/outcomes/instruments/index.ts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client.ts';
import { fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { AnswerForm, type AnswerInput } from '../questionnaires/AnswerForm.tsx';
import { changeSentence, ruleText, type QuestionnaireOverview } from '../questionnaires/format.ts';
import { ScoresTable } from '../questionnaires/ScoresTable.tsx';
import '../outcomes/outcomes.css';
import '../questionnaires/questionnaires.css';
import { retryServerErrors } from './queries.ts';

export const questionnairesKey = (clinicId: string, clientId: string) =>
  ['clinic', clinicId, 'client', clientId, 'questionnaires'] as const;

type RuleKind = 'once' | 'every-visit' | 'every-n-visits';

/**
 * Owner and therapist: the questionnaires scheduled for a client (and which are due for the next visit),
 * scheduling another, recording answers, the scores, and the change against each published threshold.
 */
export function QuestionnaireSection({
  clinicId,
  clientId,
  clientName,
  erased,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
  erased: boolean;
}): React.JSX.Element {
  const key = questionnairesKey(clinicId, clientId);
  const overview = useQuery({
    queryKey: key,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/questionnaires', {
          params: { path: { clinicId, clientId } },
        }),
      ),
    retry: retryServerErrors,
  });
  const [open, setOpen] = useState<'schedule' | 'record' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  let body: React.ReactNode;
  if (overview.isPending) {
    body = (
      <p role="status" className="loading">
        Loading questionnaires…
      </p>
    );
  } else if (overview.isError) {
    body = (
      <div className="alert alert--error" role="alert">
        <p>The questionnaires could not be loaded. {problemMessage(problemOf(overview.error))}</p>
        <button type="button" className="button button--small" onClick={() => void overview.refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    const data = overview.data;
    const done = (message: string): void => {
      setOpen(null);
      setNotice(message);
    };
    body = (
      <>
        {notice ? (
          <p className="alert alert--success" role="status">
            {notice}
          </p>
        ) : null}
        <h3>Scheduled</h3>
        {data.schedules.length === 0 ? (
          <p className="muted">No questionnaires scheduled.</p>
        ) : (
          <ul className="questionnaire-schedules" aria-label="Scheduled questionnaires">
            {data.schedules.map((s) => (
              <li key={s.id}>
                <strong>{s.instrumentName}</strong>
                <span className="muted">{ruleText(s.rule)}</span>
                {s.due ? <span className="badge">Due for the next visit</span> : null}
              </li>
            ))}
          </ul>
        )}
        {erased ? null : (
          <div className="button-row">
            <button
              type="button"
              className="button button--small"
              aria-expanded={open === 'schedule'}
              onClick={() => {
                setNotice(null);
                setOpen(open === 'schedule' ? null : 'schedule');
              }}
            >
              Schedule a questionnaire
            </button>
            <button
              type="button"
              className="button button--small"
              aria-expanded={open === 'record'}
              onClick={() => {
                setNotice(null);
                setOpen(open === 'record' ? null : 'record');
              }}
            >
              Record answers
            </button>
          </div>
        )}
        {open === 'schedule' ? (
          <ScheduleForm
            clinicId={clinicId}
            clientId={clientId}
            clientName={clientName}
            onDone={(name) => done(`${name} scheduled.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}
        {open === 'record' ? (
          <RecordForm
            clinicId={clinicId}
            clientId={clientId}
            clientName={clientName}
            overview={data}
            onDone={(name) => done(`${name} recorded.`)}
            onCancel={() => setOpen(null)}
          />
        ) : null}

        <h3>Scores</h3>
        {data.responses.length === 0 ? (
          <p className="muted">No questionnaires completed yet.</p>
        ) : (
          <ScoresTable caption={`Questionnaire scores for ${clientName}`} responses={data.responses} />
        )}
        {data.changes.length > 0 ? (
          <>
            <h3>Change since the first score</h3>
            <ul className="questionnaire-changes" aria-label="Change since the first score">
              {data.changes.map((c) => (
                <li key={c.instrument}>{changeSentence(c)}</li>
              ))}
            </ul>
          </>
        ) : null}
      </>
    );
  }

  return (
    <section aria-labelledby="questionnaires-title" className="card clinic-section questionnaire-section">
      <div className="clinic-section__head">
        <h2 id="questionnaires-title">Questionnaires</h2>
        {overview.data ? <span className="muted">Next visit: visit {overview.data.nextVisitNumber}</span> : null}
      </div>
      {body}
    </section>
  );
}

function useSetOverview(clinicId: string, clientId: string): (data: QuestionnaireOverview) => void {
  const queryClient = useQueryClient();
  return (data) => queryClient.setQueryData(questionnairesKey(clinicId, clientId), data);
}

function ScheduleForm({
  clinicId,
  clientId,
  clientName,
  onDone,
  onCancel,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
  onDone: (instrumentName: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const id = useId();
  const setOverview = useSetOverview(clinicId, clientId);
  const [instrument, setInstrument] = useState<InstrumentId>('nrs-pain');
  const [kind, setKind] = useState<RuleKind>('every-visit');
  const [n, setN] = useState('3');
  const [localError, setLocalError] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/questionnaires/schedules', {
          params: { path: { clinicId, clientId } },
          body: {
            instrument,
            rule: kind === 'every-n-visits' ? { kind, n: Number(n) } : { kind },
          },
        }),
      ),
    onSuccess: (data) => {
      setOverview(data);
      onDone(INSTRUMENTS.find((i) => i.id === instrument)?.name ?? 'Questionnaire');
    },
  });
  const problem = problemOf(mutation.error);
  const nError = localError ?? fieldError(problem, 'rule.n');
  const kindError = fieldError(problem, 'rule.kind') ?? fieldError(problem, 'rule');
  const instrumentError = fieldError(problem, 'instrument');
  const rules: { value: RuleKind; label: string }[] = [
    { value: 'once', label: 'Once' },
    { value: 'every-visit', label: 'Before every visit' },
    { value: 'every-n-visits', label: 'Every N visits' },
  ];

  return (
    <form
      className="form questionnaire-form"
      noValidate
      aria-label={`Schedule a questionnaire for ${clientName}`}
      onSubmit={(e) => {
        e.preventDefault();
        const count = Number(n);
        if (kind === 'every-n-visits' && !(Number.isInteger(count) && count >= 2 && count <= 52)) {
          setLocalError('Enter a whole number of visits from 2 to 52.');
          return;
        }
        setLocalError(null);
        mutation.mutate();
      }}
    >
      {mutation.isError || localError ? (
        <div className="alert alert--error" role="alert">
          <p>{localError ?? problemMessage(problem, 'The questionnaire could not be scheduled. Please try again.')}</p>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-instrument`}>Questionnaire</label>
        <select
          id={`${id}-instrument`}
          value={instrument}
          aria-invalid={instrumentError ? true : undefined}
          aria-describedby={instrumentError ? `${id}-instrument-error` : undefined}
          onChange={(e) => setInstrument(e.target.value as InstrumentId)}
        >
          {INSTRUMENTS.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
        {instrumentError ? (
          <p id={`${id}-instrument-error`} className="field__error">
            {instrumentError}
          </p>
        ) : null}
      </div>
      <fieldset className="field" aria-describedby={kindError ? `${id}-kind-error` : undefined}>
        <legend>How often</legend>
        {kindError ? (
          <p id={`${id}-kind-error`} className="field__error">
            {kindError}
          </p>
        ) : null}
        {rules.map((r) => (
          <label key={r.value} className="questionnaire-tick">
            <input
              type="radio"
              name={`${id}-kind`}
              value={r.value}
              checked={kind === r.value}
              onChange={() => setKind(r.value)}
            />
            <span>{r.label}</span>
          </label>
        ))}
      </fieldset>
      {kind === 'every-n-visits' ? (
        <div className="field">
          <label htmlFor={`${id}-n`}>Number of visits between questionnaires</label>
          <input
            id={`${id}-n`}
            type="number"
            inputMode="numeric"
            min={2}
            max={52}
            step={1}
            value={n}
            aria-invalid={nError ? true : undefined}
            aria-describedby={`${id}-n-hint${nError ? ` ${id}-n-error` : ''}`}
            onChange={(e) => setN(e.target.value)}
          />
          <p id={`${id}-n-hint`} className="field__hint">
            From 2 to 52. Counted from the last time it was completed, so a missed one is asked at the next visit.
          </p>
          {nError ? (
            <p id={`${id}-n-error`} className="field__error">
              {nError}
            </p>
          ) : null}
        </div>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Scheduling…' : 'Schedule'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RecordForm({
  clinicId,
  clientId,
  clientName,
  overview,
  onDone,
  onCancel,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
  overview: QuestionnaireOverview;
  onDone: (instrumentName: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const id = useId();
  const setOverview = useSetOverview(clinicId, clientId);
  const [instrument, setInstrument] = useState<InstrumentId>(
    () => overview.schedules.find((s) => s.due)?.instrument ?? 'nrs-pain',
  );
  const mutation = useMutation({
    mutationFn: async (input: AnswerInput) =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/questionnaires/responses', {
          params: { path: { clinicId, clientId } },
          body: input,
        }),
      ),
    onSuccess: (data, input) => {
      setOverview(data);
      onDone(INSTRUMENTS.find((i) => i.id === input.instrument)?.name ?? 'Questionnaire');
    },
  });
  const name = INSTRUMENTS.find((i) => i.id === instrument)?.name ?? instrument;
  return (
    <div className="questionnaire-record">
      <div className="field">
        <label htmlFor={`${id}-instrument`}>Questionnaire to record</label>
        <select
          id={`${id}-instrument`}
          value={instrument}
          onChange={(e) => {
            mutation.reset();
            setInstrument(e.target.value as InstrumentId);
          }}
        >
          {INSTRUMENTS.map((i) => (
            <option key={i.id} value={i.id}>
              {i.name}
            </option>
          ))}
        </select>
      </div>
      <AnswerForm
        key={instrument}
        instrument={instrument}
        label={`${name} for ${clientName}`}
        submitLabel="Save answers"
        withDate
        pending={mutation.isPending}
        error={problemOf(mutation.error)}
        onSubmit={(input) => mutation.mutate(input)}
        onCancel={onCancel}
      />
    </div>
  );
}
