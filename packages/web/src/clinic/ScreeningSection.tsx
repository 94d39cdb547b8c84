import { describeAnswer } from '@myomap/core/practice/screening-diff.ts';
import { parseScreeningInput } from '@myomap/core/screening/input.ts';
import { findScreeningQuestion, SCREENING_SECTIONS } from '@myomap/core/screening/questions.data.ts';
import type { ScreeningAnswer } from '@myomap/core/screening/questions.types.ts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { ScreeningStepper, shownAnswers } from '../screening/ScreeningStepper.tsx';
import { medicationLines, medicationPurposesOf, type ScreeningDraft } from '../screening/useScreeningDraft.ts';
import { formatDateTime, formatDay } from './format.ts';
import { clientKey } from './queries.ts';
import { ScreeningChangesView } from './ScreeningChangesView.tsx';
import { ScreeningDecisionView } from './ScreeningDecisionView.tsx';

type Recorded = Schemas['RecordedScreening'];
type ApiAnswers = Schemas['ScreeningRequest']['answers'];

function toApiAnswers(answers: Record<string, ScreeningAnswer>): ApiAnswers {
  const out: ApiAnswers = {};
  for (const [id, value] of Object.entries(shownAnswers(answers)))
    out[id] = typeof value === 'object' ? [...value] : value;
  return out;
}

type Request = Schemas['ScreeningRequest'];

function requestOf(draft: ScreeningDraft): Request {
  return {
    answers: toApiAnswers(draft.answers),
    medications: medicationLines(draft),
    medicationPurposes: medicationPurposesOf(draft),
    regions: [],
  };
}

interface Issue {
  path: string;
  message: string;
}

/** The question an issue is about (`answers.fracture-regions` → that question), if any. */
function questionOf(issue: Issue): ReturnType<typeof findScreeningQuestion> {
  const [head, id] = issue.path.split('.');
  return head === 'answers' && id ? findScreeningQuestion(id) : undefined;
}

function describeIssue(issue: Issue): string {
  const question = questionOf(issue);
  if (!question) return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
  return issue.message.startsWith('required')
    ? `“${question.text}” needs an answer.`
    : `“${question.text}”: ${issue.message}`;
}

function sameDay(a: string, b: Date): boolean {
  return formatDay(a) === formatDay(b.toISOString());
}

/** The answers of a recorded screening, as asked. */
function AnswersGiven({ screening }: { screening: Schemas['ClientScreening'] }): React.JSX.Element {
  const entries = Object.entries(screening.input.answers);
  const yes = entries.filter(([, v]) => v !== false);
  return (
    <details className="clinic-details">
      <summary>Answers given ({entries.length})</summary>
      {yes.length === 0 ? <p>No question was answered “yes”.</p> : null}
      <dl className="facts clinic-answers">
        {yes.map(([id, value]) => {
          const question = findScreeningQuestion(id);
          return (
            <div key={id}>
              <dt>{question?.text ?? id}</dt>
              <dd>{describeAnswer(question, value)}</dd>
            </div>
          );
        })}
      </dl>
      {yes.length > 0 && yes.length < entries.length ? (
        <p className="muted">“No” to the other {entries.length - yes.length} questions.</p>
      ) : null}
      <p>
        <strong>Medicines named:</strong>{' '}
        {screening.input.medications.length > 0 ? screening.input.medications.join(', ') : 'none'}
      </p>
    </details>
  );
}

/**
 * The safety screening on a client's page: the latest outcome and what changed since the one
 * before, and the questions again ("Screen now") recorded straight into the client's record.
 */
export function ScreeningSection({
  clinicId,
  clientId,
  record,
}: {
  clinicId: string;
  clientId: string;
  record: Schemas['ClientRecord'];
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const erased = record.profile.erasedAt !== null;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<ScreeningDraft>({ answers: {}, medications: [], step: 0 });
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const submit = useMutation({
    mutationFn: async (body: Request) =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/screenings', {
          params: { path: { clinicId, clientId } },
          body,
        }),
      ),
    onSuccess: async (result) => {
      setRecorded(result);
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: clientKey(clinicId, clientId) });
    },
  });

  // After recording, take the reader to the result.
  const recordedId = recorded?.screening.id;
  useEffect(() => {
    if (recordedId) resultHeading.current?.focus();
  }, [recordedId]);

  const latest = record.latestScreening;
  const shown: Recorded | null =
    recorded ?? (latest ? { screening: latest, changes: record.changesSinceLastScreening } : null);
  const start = (): void => {
    submit.reset();
    setRecorded(null);
    setIssues([]);
    setDraft({ answers: {}, medications: [...record.medications], step: 0 });
    setOpen(true);
  };

  return (
    <section aria-labelledby="safety-title" className="card clinic-section">
      <div className="clinic-section__head">
        <h2 id="safety-title">Safety screening</h2>
        {!erased && !open ? (
          <button type="button" className="button button--primary" onClick={start}>
            {latest ? 'Re-screen before this session' : 'Screen now'}
          </button>
        ) : null}
      </div>

      {open ? (
        <div className="clinic-screening">
          <p className="muted">
            Go through the questions with the client. Nothing is saved until you choose “See the result”: the screening
            is then recorded in their record, and the medicines named become their current list.
          </p>
          {issues.length > 0 ? (
            <div className="alert alert--error" role="alert">
              <p>Some answers need another look before the screening can be recorded:</p>
              <ul>
                {issues.map((issue) => (
                  <li key={issue.path + issue.message}>{describeIssue(issue)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <ScreeningStepper
            savedNote={null}
            draft={draft}
            onChange={setDraft}
            onDone={() => {
              if (submit.isPending) return;
              const body = requestOf(draft);
              // Checked here first, so a missing follow-up answer takes the therapist back to its question.
              const parsed = parseScreeningInput(body);
              if (!parsed.ok) {
                setIssues(parsed.issues);
                const section = questionOf(parsed.issues[0]!)?.section;
                const step = SCREENING_SECTIONS.findIndex((s) => s.id === section);
                if (step >= 0) setDraft({ ...draft, step });
                return;
              }
              setIssues([]);
              submit.mutate(body);
            }}
          />
          {submit.isPending ? (
            <p role="status" className="muted">
              Recording the screening…
            </p>
          ) : null}
          {submit.isError ? (
            <div className="alert alert--error" role="alert">
              <p>The screening was not recorded. {problemMessage(problemOf(submit.error))}</p>
            </div>
          ) : null}
          <button type="button" className="button" onClick={() => setOpen(false)}>
            Cancel screening
          </button>
        </div>
      ) : shown ? (
        <>
          {recorded ? (
            <p className="alert alert--success" role="status">
              Screening recorded at {formatDateTime(recorded.screening.recordedAt)}.
            </p>
          ) : null}
          <h3 className="clinic-screening__when" ref={resultHeading} tabIndex={-1}>
            {recorded ? 'Result' : 'Latest screening'}:{' '}
            <span className="clinic-screening__date">{formatDateTime(shown.screening.recordedAt)}</span>
          </h3>
          <p className="muted">
            {shown.screening.source === 'portal' ? 'Filled in by the client in the portal.' : 'Recorded in clinic.'}
            {!erased && !sameDay(shown.screening.recordedAt, new Date())
              ? ' Not from today: re-screen before today’s session.'
              : null}
          </p>
          <ScreeningDecisionView decision={shown.screening.result} headingLevel={4} />
          <AnswersGiven screening={shown.screening} />
          <ScreeningChangesView changes={shown.changes} headingId="screening-changes-title" />
        </>
      ) : erased ? (
        <p>No screenings are kept for this client.</p>
      ) : (
        <p>
          No safety screening yet. Screen the client before their first session: it checks warning signs, health history
          and medicines.
        </p>
      )}
    </section>
  );
}
