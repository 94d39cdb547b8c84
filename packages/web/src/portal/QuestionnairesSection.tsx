import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { AnswerForm, LICENSED, type AnswerInput } from '../questionnaires/AnswerForm.tsx';
import type { ScheduleView } from '../questionnaires/format.ts';
import { ScoresTable } from '../questionnaires/ScoresTable.tsx';
import '../outcomes/outcomes.css';
import '../questionnaires/questionnaires.css';

export const portalQuestionnairesKey = (clientId: string) => ['portal', 'questionnaires', clientId] as const;

/**
 * The client's questionnaires: those due before the next visit (the pain scale and the PSFS are answered
 * here; the licensed forms are filled in with the clinic), and the client's scores so far.
 */
export function QuestionnairesSection({
  clientId,
  clinicName,
}: {
  clientId: string;
  clinicName: string;
}): React.JSX.Element {
  const overview = useQuery({
    queryKey: portalQuestionnairesKey(clientId),
    queryFn: async () =>
      unwrap(await api.GET('/api/portal/records/{clientId}/questionnaires', { params: { path: { clientId } } })),
  });
  const [sent, setSent] = useState<string | null>(null);

  let body: React.ReactNode;
  if (overview.isPending) {
    body = (
      <p role="status" className="loading">
        Loading your questionnaires…
      </p>
    );
  } else if (overview.isError) {
    body = (
      <div className="alert alert--error" role="alert">
        <p>Your questionnaires could not be loaded. {problemMessage(problemOf(overview.error))}</p>
        <button type="button" className="button button--small" onClick={() => void overview.refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    const due = overview.data.schedules.filter((s) => s.due);
    body = (
      <>
        {sent ? (
          <p className="alert alert--success" role="status">
            Thank you: your answers to the {sent} were sent to {clinicName}.
          </p>
        ) : null}
        {due.length === 0 ? (
          <p className="muted">Nothing to fill in before your next visit.</p>
        ) : (
          <div className="questionnaire-due">
            {due.map((s) => (
              <DueQuestionnaire key={s.id} clientId={clientId} schedule={s} onSent={setSent} />
            ))}
          </div>
        )}
        <h3>Your scores</h3>
        {overview.data.responses.length === 0 ? (
          <p className="muted">No questionnaires completed yet.</p>
        ) : (
          <ScoresTable caption="Your questionnaire scores" responses={overview.data.responses} />
        )}
      </>
    );
  }

  return (
    <section className="portal-section questionnaire-section" aria-labelledby="questionnaires-title">
      <h2 id="questionnaires-title">Questionnaires from your clinic</h2>
      {body}
    </section>
  );
}

function DueQuestionnaire({
  clientId,
  schedule,
  onSent,
}: {
  clientId: string;
  schedule: ScheduleView;
  onSent: (instrumentName: string) => void;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const titleId = `questionnaire-${schedule.id}`;
  const mutation = useMutation({
    mutationFn: async (input: AnswerInput) =>
      unwrap(
        await api.POST('/api/portal/records/{clientId}/questionnaires/responses', {
          params: { path: { clientId } },
          body: input,
        }),
      ),
    onSuccess: (data) => {
      queryClient.setQueryData(portalQuestionnairesKey(clientId), data);
      onSent(schedule.instrumentName);
    },
  });
  const licensed = LICENSED.includes(schedule.instrument);
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{schedule.instrumentName}</h3>
      <p>
        <span className="badge">Due for your next visit</span>
      </p>
      {licensed ? (
        <p>Your clinic will go through this questionnaire with you at your visit.</p>
      ) : (
        <AnswerForm
          instrument={schedule.instrument}
          label={`Answer the ${schedule.instrumentName}`}
          submitLabel="Send my answers"
          withDate={false}
          pending={mutation.isPending}
          error={problemOf(mutation.error)}
          onSubmit={(input) => mutation.mutate(input)}
        />
      )}
    </article>
  );
}
