import { useMutation, useQuery } from '@tanstack/react-query';
import { ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { useSetAccount, type Account } from './useAccount.ts';

/** Whether the account proved its address, and a way to do it (clinics link only proved addresses). */
export function EmailVerification({ account }: { account: Account }): React.JSX.Element {
  const send = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/auth/verify-email')),
  });
  if (account.user.emailVerified) {
    return <p className="muted">Your email address is confirmed.</p>;
  }
  return (
    <div className="alert alert--warning">
      <p>
        Your email address is not confirmed yet. Clinics can open their client portal or staff invitations to you only
        once it is.
      </p>
      {send.isSuccess ? (
        <p role="status">{send.data.message}</p>
      ) : (
        <button type="button" className="button button--small" disabled={send.isPending} onClick={() => send.mutate()}>
          {send.isPending ? 'Sending…' : 'Email me a confirmation link'}
        </button>
      )}
      {send.isError ? (
        <p className="field__error" role="alert">
          {problemMessage(problemOf(send.error))}
        </p>
      ) : null}
    </div>
  );
}

/** Clinics inviting this account to their staff; nothing changes until the person accepts. */
export function ReceivedInvitations(): React.JSX.Element | null {
  const setAccount = useSetAccount();
  const query = useQuery({
    queryKey: ['account', 'invitations'],
    queryFn: async () => unwrap(await api.GET('/api/auth/invitations')),
  });
  const respond = useMutation({
    mutationFn: async ({ id, accept }: { id: string; accept: boolean }) =>
      unwrap(
        accept
          ? await api.POST('/api/auth/invitations/{invitationId}/accept', { params: { path: { invitationId: id } } })
          : await api.POST('/api/auth/invitations/{invitationId}/decline', { params: { path: { invitationId: id } } }),
      ),
    onSuccess: async (account) => {
      setAccount(account);
      await query.refetch();
    },
  });
  if (!query.data || query.data.length === 0) return null;
  return (
    <section className="card account-section" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <ul className="membership-list">
        {query.data.map((invitation) => (
          <li key={invitation.id}>
            <strong>{invitation.clinicName}</strong> invites you to join as {ROLE_LABELS[invitation.role].toLowerCase()}
            .{' '}
            <span className="button-row">
              <button
                type="button"
                className="button button--small button--primary"
                disabled={respond.isPending}
                onClick={() => respond.mutate({ id: invitation.id, accept: true })}
              >
                Join<span className="visually-hidden"> {invitation.clinicName}</span>
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={respond.isPending}
                onClick={() => respond.mutate({ id: invitation.id, accept: false })}
              >
                Decline<span className="visually-hidden"> {invitation.clinicName}</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {respond.isError ? (
        <p className="field__error" role="alert">
          {problemMessage(problemOf(respond.error))}
        </p>
      ) : null}
    </section>
  );
}
