import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDate, formatDateTime } from './format.ts';
import { allClientsKey, clientKey, retryServerErrors } from './queries.ts';
import { adminKeys } from '../clinic-admin/admin-queries.ts';

/** What erasure keeps, and until when, once it is done. */
export function ErasedNotice({ profile }: { profile: Schemas['ClientProfile'] }): React.JSX.Element | null {
  if (!profile.erasedAt) return null;
  return (
    <div className="alert alert--warning clinic-erased" role="note">
      <p>
        <strong>Erased on request</strong> on {formatDateTime(profile.erasedAt)}.
      </p>
      {profile.retainedUntil ? (
        <p>
          Contact details, medicines, pain drawings, draft notes, the diary, home-program logs, questionnaire schedules,
          future visits and portal access are gone. The signed session notes, screenings, consent signatures, scored
          questionnaires, home programs and past visits are kept, as the law requires for clinical records, until{' '}
          <strong>{formatDate(profile.retainedUntil)}</strong>; then they are deleted.
        </p>
      ) : (
        <p>
          The client had no signed session notes, so nothing had to be kept: their details and every record were
          deleted. Only this marker remains.
        </p>
      )}
    </div>
  );
}

/** The owner's "Erase on request", behind a confirmation that asks for the client's name. */
export function EraseSection({
  clinicId,
  profile,
}: {
  clinicId: string;
  profile: Schemas['ClientProfile'];
}): React.JSX.Element {
  const id = useId();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const settings = useQuery({
    // The same cache entry as the admin page's settings, so a change there shows here at once.
    queryKey: adminKeys.settings(clinicId),
    queryFn: async () => unwrap(await api.GET('/api/clinics/{clinicId}', { params: { path: { clinicId } } })),
    retry: retryServerErrors,
  });
  const erase = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/erasure', {
          params: { path: { clinicId, clientId: profile.id } },
        }),
      ),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: clientKey(clinicId, profile.id) });
      await queryClient.invalidateQueries({ queryKey: allClientsKey(clinicId) });
    },
  });
  const years = settings.data?.retentionYears;
  const matches = typed.trim().toLowerCase() === profile.name.trim().toLowerCase();

  return (
    <section aria-labelledby="danger-title" className="card clinic-section clinic-danger">
      <h2 id="danger-title">Danger zone</h2>
      {profile.erasedAt ? (
        <>
          {erase.isSuccess ? (
            <p className="alert alert--success" role="status">
              The record was erased.
            </p>
          ) : null}
          <p>
            This client’s record was erased on request on {formatDateTime(profile.erasedAt)}
            {profile.retainedUntil
              ? `; the records the law requires are kept until ${formatDate(profile.retainedUntil)}.`
              : '; nothing had to be kept.'}
          </p>
        </>
      ) : (
        <>
          <h3>Erase on request</h3>
          <p>When a client asks you to erase their data:</p>
          <ul>
            <li>
              <strong>Erased:</strong> contact details (email, phone, emergency contact), the medicines list, pain
              drawings, unsigned draft notes, the pain diary and session ratings, home-program logs, questionnaire
              schedules, calendar links, unsent emails and their portal access. Visits still to come are cancelled.
            </li>
            <li>
              <strong>Kept, because the law requires clinical records to be kept:</strong> signed session notes with
              their addenda, safety screenings, consent signatures, scored questionnaires, home programs as prescribed
              and past visits, with the name and date of birth that identify them — for{' '}
              {years ? `${years} years` : 'the clinic’s retention period'} after the last signed session, then deleted.
            </li>
            <li>
              <strong>Never treated</strong> (no signed session note): everything is erased, name included.
            </li>
          </ul>
          <p>Erasure cannot be undone. Download the record first if the client wants a copy.</p>
          {confirming ? (
            <form
              className="form clinic-danger__confirm"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                setMismatch(!matches);
                if (matches) erase.mutate();
              }}
            >
              {erase.isError ? (
                <p className="alert alert--error" role="alert">
                  The record was not erased. {problemMessage(problemOf(erase.error))}
                </p>
              ) : null}
              <div className="field">
                <label htmlFor={`${id}-confirm`}>
                  To confirm, type the client’s name: <strong>{profile.name}</strong>
                </label>
                <input
                  id={`${id}-confirm`}
                  type="text"
                  value={typed}
                  autoComplete="off"
                  aria-invalid={mismatch ? true : undefined}
                  aria-describedby={mismatch ? `${id}-error` : undefined}
                  onChange={(event) => setTyped(event.target.value)}
                />
                {mismatch ? (
                  <p className="field__error" id={`${id}-error`} role="alert">
                    The name typed does not match the client’s name.
                  </p>
                ) : null}
              </div>
              <div className="button-row">
                <button type="submit" className="button button--danger" disabled={erase.isPending}>
                  {erase.isPending ? 'Erasing…' : 'Erase this client’s record'}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    setConfirming(false);
                    setTyped('');
                    setMismatch(false);
                  }}
                >
                  Cancel
                </button>
              </div>
            </form>
          ) : (
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)}>
              Erase on request
            </button>
          )}
        </>
      )}
    </section>
  );
}
