import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { clientKey } from './queries.ts';

/** Whether the client can sign in to the portal, and giving them access (the password is shown once). */
export function PortalAccessSection({
  clinicId,
  profile,
}: {
  clinicId: string;
  profile: Schemas['ClientProfile'];
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const [granted, setGranted] = useState<Schemas['PortalAccess'] | null>(null);
  const grant = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/clients/{clientId}/portal', {
          params: { path: { clinicId, clientId: profile.id } },
        }),
      ),
    onSuccess: async (access) => {
      setGranted(access);
      await queryClient.invalidateQueries({ queryKey: clientKey(clinicId, profile.id) });
    },
  });

  return (
    <section aria-labelledby="portal-title" className="card clinic-section">
      <h2 id="portal-title">Portal access</h2>
      {granted ? (
        <div className="alert alert--success" role="alert">
          {granted.oneTimePassword ? (
            <>
              <p>
                <strong>{profile.name} now has a portal account.</strong> Give them these details privately — in person
                or by phone, never in the same email or message as the sign-in name:
              </p>
              <dl className="facts">
                <div>
                  <dt>Sign-in email</dt>
                  <dd>{granted.email}</dd>
                </div>
                <div>
                  <dt>One-time password</dt>
                  <dd>
                    <span className="secret">{granted.oneTimePassword}</span>
                  </dd>
                </div>
              </dl>
              <p>
                This password is shown only once and is not stored anywhere you can see it again. They must change it
                the first time they sign in.
              </p>
            </>
          ) : granted.pending ? (
            <p>
              <strong>We emailed a link to {granted.email}.</strong> This address has a Myomap account that has not yet
              confirmed it receives mail there, so the record opens only when the link is used: that proves the address
              belongs to {profile.name}. The link is good for 7 days.
            </p>
          ) : (
            <p>
              <strong>
                {profile.name} already had a Myomap account with {granted.email}.
              </strong>{' '}
              They sign in with their own password and now see their record at this clinic in the portal; we told them
              by email.
            </p>
          )}
          <button type="button" className="button button--small" onClick={() => setGranted(null)}>
            Done: I have handed it over
          </button>
        </div>
      ) : profile.hasPortalAccount ? (
        <p>
          {profile.name} has portal access and signs in with <strong>{profile.email ?? 'their email address'}</strong>{' '}
          to fill in screenings and pain drawings, sign consent forms and read their signed notes.
        </p>
      ) : profile.erasedAt ? (
        <p>No portal access: the record was erased on request.</p>
      ) : (
        <>
          <p>
            In the portal the client fills in screenings and pain drawings at home, signs consent forms and reads their
            signed session notes.
          </p>
          {profile.email ? (
            <>
              {grant.isError ? (
                <p className="alert alert--error" role="alert">
                  {problemMessage(problemOf(grant.error))}
                </p>
              ) : null}
              <button type="button" className="button" disabled={grant.isPending} onClick={() => grant.mutate()}>
                {grant.isPending ? 'Creating the account…' : 'Give portal access'}
              </button>
              <p className="muted">They will sign in with {profile.email}.</p>
            </>
          ) : (
            <p className="muted">
              Add the client’s email address in the contact details first: it is their sign-in name.
            </p>
          )}
        </>
      )}
    </section>
  );
}
