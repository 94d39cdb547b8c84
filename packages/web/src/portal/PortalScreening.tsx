import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { parseScreeningInput } from '@myomap/core/screening/evaluate.ts';
import { findScreeningQuestion, SCREENING_SECTIONS } from '@myomap/core/screening/questions.data.ts';
import { SCREENING_RULES } from '@myomap/core/screening/rules.data.ts';
import { api, type Schemas } from '../api/client.ts';
import { ApiError, unwrap } from '../api/problems.ts';
import { FormError } from '../account/FormError.tsx';
import { ScreeningResult } from '../screening/ScreeningResult.tsx';
import { ScreeningStepper, shownAnswers } from '../screening/ScreeningStepper.tsx';
import { medicationLines, medicationPurposesOf, type ScreeningDraft } from '../screening/useScreeningDraft.ts';
import { decisionFromServer } from './decision.ts';
import { formatDateTime } from './format.ts';
import { portalRecordKey } from './queries.ts';

type Recorded = Schemas['RecordedScreening'];
type Changes = Schemas['ScreeningChanges'];
type Stage = 'idle' | 'answering' | 'result';

export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  urgent: 'seek urgent medical care',
  refer: 'see a doctor first',
  postpone: 'not today',
  caution: 'go ahead, with changes',
  ok: 'nothing stands in the way',
};

function outcomeWords(outcome: string): string {
  return OUTCOME_WORDS[outcome] ?? outcome;
}

/** Only the answers to questions still shown, as the API takes them. */
function requestAnswers(answers: ScreeningDraft['answers']): Schemas['ScreeningRequestInput']['answers'] {
  const out: Schemas['ScreeningRequestInput']['answers'] = {};
  for (const [id, value] of Object.entries(shownAnswers(answers))) {
    out[id] = typeof value === 'object' ? [...value] : value;
  }
  return out;
}

/** An answer that needs another look, said with the question's own words, and the step it is on. */
interface AnswerIssue {
  text: string;
  step: number | undefined;
}

function answerIssue(path: string, message: string): AnswerIssue {
  const id = /^(?:body\.)?answers\.([^.[\]]+)/.exec(path)?.[1];
  const question = id ? findScreeningQuestion(id) : undefined;
  if (!question) return { text: message.charAt(0).toUpperCase() + message.slice(1), step: undefined };
  const index = SCREENING_SECTIONS.findIndex((s) => s.id === question.section);
  const step = index >= 0 ? index : undefined;
  if (message.startsWith('required')) return { text: `Please answer: ${question.text}`, step };
  return { text: `${question.text} ${message.charAt(0).toUpperCase()}${message.slice(1)}`, step };
}

/** The answers the server refused (400 with field errors on body.answers.*), if that is what went wrong. */
function serverIssues(error: unknown): AnswerIssue[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  return (error.problem.errors ?? []).map((e) => answerIssue(e.field, e.message));
}

function ruleReason(ruleId: string): string {
  return SCREENING_RULES.find((r) => r.id === ruleId)?.reason ?? ruleId;
}

/**
 * The intake safety questions before a visit, answered in the portal and sent to the clinic. The
 * answers live only in this page while they are given: nothing of them is kept in the browser.
 */
export function PortalScreening({
  clientId,
  clinicName,
  medications,
  latest,
}: {
  clientId: string;
  clinicName: string;
  medications: readonly string[];
  latest: Schemas['ClientScreening'] | null;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const fresh = (): ScreeningDraft => ({ answers: {}, medications: [...medications], step: 0 });
  const [stage, setStage] = useState<Stage>('idle');
  const [draft, setDraft] = useState<ScreeningDraft>(fresh);
  const [recorded, setRecorded] = useState<Recorded | undefined>(undefined);
  const [localIssues, setLocalIssues] = useState<AnswerIssue[]>([]);

  const send = useMutation({
    mutationFn: async (body: Schemas['ScreeningRequestInput']) =>
      unwrap(await api.POST('/api/portal/records/{clientId}/screenings', { params: { path: { clientId } }, body })),
    onSuccess: (result) => {
      setRecorded(result);
      setStage('result');
      void queryClient.invalidateQueries({ queryKey: portalRecordKey(clientId) });
    },
  });

  const submit = (): void => {
    const body = {
      answers: requestAnswers(draft.answers),
      medications: medicationLines(draft),
      medicationPurposes: medicationPurposesOf(draft),
      regions: [],
    };
    // The same checks as the server's, so a missing follow-up answer is pointed out here and now.
    const parsed = parseScreeningInput(body);
    if (!parsed.ok) {
      setLocalIssues(parsed.issues.map((i) => answerIssue(i.path, i.message)));
      return;
    }
    setLocalIssues([]);
    send.mutate(body);
  };

  const start = (): void => {
    setDraft(fresh());
    setLocalIssues([]);
    send.reset();
    setStage('answering');
  };

  const issues = localIssues.length > 0 ? localIssues : send.isPending ? [] : serverIssues(send.error);
  const firstStep = issues.find((i) => i.step !== undefined)?.step;

  return (
    <section className="portal-section" aria-labelledby="safety-title">
      <h2 id="safety-title">Before your visit: safety questions</h2>
      {stage === 'idle' ? (
        <>
          <p>
            A few questions about warning signs, your health and your medicines, so {clinicName} knows before your visit
            whether treatment is safe for you today, or what to change. It takes about five minutes.
          </p>
          {latest ? (
            <p className="muted">
              You last answered on <time dateTime={latest.recordedAt}>{formatDateTime(latest.recordedAt)}</time>:{' '}
              {outcomeWords(latest.outcome)}.
            </p>
          ) : null}
          <button type="button" className="button button--primary" onClick={start}>
            {latest ? 'Answer the safety questions again' : 'Answer the safety questions'}
          </button>
        </>
      ) : null}

      {stage === 'answering' ? (
        <>
          <ScreeningStepper draft={draft} onChange={setDraft} onDone={submit} savedNote={null} />
          {issues.length > 0 ? (
            <div className="caution" role="alert">
              <p>Some answers need another look before they can be sent:</p>
              <ul>
                {issues.map((issue) => (
                  <li key={issue.text}>{issue.text}</li>
                ))}
              </ul>
              {firstStep !== undefined && firstStep !== draft.step ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setDraft({ ...draft, step: firstStep })}
                >
                  Go to “{SCREENING_SECTIONS[firstStep]?.title}”
                </button>
              ) : null}
            </div>
          ) : (
            <FormError error={send.isPending ? null : send.error} />
          )}
          {send.isPending ? (
            <p role="status" className="muted">
              Sending your answers to {clinicName}…
            </p>
          ) : null}
          <button type="button" className="link-button" onClick={() => setStage('idle')}>
            Stop and answer later
          </button>
        </>
      ) : null}

      {stage === 'result' && recorded ? (
        <>
          <p role="status" className="alert alert--success">
            Your answers were sent to {clinicName} on{' '}
            <time dateTime={recorded.screening.recordedAt}>{formatDateTime(recorded.screening.recordedAt)}</time>.
          </p>
          <ScreeningResult
            decision={decisionFromServer(recorded.screening.result)}
            onChange={() => setStage('answering')}
            onRestart={start}
            onContinue={() => setStage('idle')}
          />
          {recorded.changes ? <ChangesSinceLastTime changes={recorded.changes} /> : null}
        </>
      ) : null}
    </section>
  );
}

function ChangesSinceLastTime({ changes }: { changes: Changes }): React.JSX.Element {
  const lines: string[] = [];
  if (changes.outcome) {
    lines.push(
      `The result changed from “${outcomeWords(changes.outcome.before)}” to “${outcomeWords(changes.outcome.after)}”.`,
    );
  }
  // A question first answered "no" now changes nothing worth reading one by one.
  const newlyNo = changes.answers.filter((a) => a.before === 'not answered' && a.after === 'no');
  for (const a of changes.answers) {
    if (!newlyNo.includes(a)) lines.push(`${a.text} Before: ${a.before}. Now: ${a.after}.`);
  }
  if (newlyNo.length > 0) {
    lines.push(
      `You answered “no” to ${newlyNo.length} question${newlyNo.length === 1 ? '' : 's'} you had not answered before.`,
    );
  }
  if (changes.medicationsAdded.length > 0) lines.push(`Medicines added: ${changes.medicationsAdded.join(', ')}`);
  if (changes.medicationsRemoved.length > 0) lines.push(`Medicines removed: ${changes.medicationsRemoved.join(', ')}`);
  for (const r of changes.newReasons) lines.push(`New: ${ruleReason(r)}`);
  for (const r of changes.resolvedReasons) lines.push(`No longer applies: ${ruleReason(r)}`);
  return (
    <section className="screening-changes" aria-labelledby="changes-title">
      <h3 id="changes-title">What changed since last time</h3>
      {lines.length === 0 ? (
        <p>Nothing: your answers are the same as last time.</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
