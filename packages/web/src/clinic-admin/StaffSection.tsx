import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '@myomap/core/practice/roles.ts';
import { api, type Schemas } from '../api/client.ts';
import { ApiError, fieldError, problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDate } from '../notes/note-form.ts';
import { adminKeys, invitationsQuery, membersQuery, refreshAudit } from './admin-queries.ts';

type Member = Schemas['Member'];
type Invitation = Schemas['StaffInvitation'];

/** Therapist first: the member most often added. */
const ROLE_CHOICES: readonly StaffRole[] = ['therapist', 'front-desk', 'owner'];

function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

function InvitedNotice({ invited, onDone }: { invited: Invitation; onDone: () => void }): React.JSX.Element {
  return (
    <div className="alert alert--success added-notice" role="alert">
      <p>
        An invitation to join as {ROLE_LABELS[invited.role].toLowerCase()} was emailed to{' '}
        <strong>{invited.email}</strong>.
      </p>
      <p>
        They join the clinic when they accept it: with the link in the email (good for 7 days), or on their account page
        if they already use Myomap. Until then they see nothing of the clinic.
      </p>
      <p>
        <button type="button" className="button button--small" onClick={onDone}>
          Done
        </button>
      </p>
    </div>
  );
}

function PendingInvitations({ clinicId }: { clinicId: string }): React.JSX.Element | null {
  const queryClient = useQueryClient();
  const query = useQuery(invitationsQuery(clinicId));
  const withdraw = useMutation({
    mutationFn: async (invitationId: string) => {
      const result = await api.DELETE('/api/clinics/{clinicId}/invitations/{invitationId}', {
        params: { path: { clinicId, invitationId } },
      });
      if (!result.response.ok) throw new ApiError(problemOf(result.error) ?? {}, result.response.status);
    },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.invitations(clinicId) }),
        refreshAudit(queryClient, clinicId),
      ]);
    },
  });
  if (!query.data || query.data.length === 0) return null;
  return (
    <div className="pending-invitations">
      <h3 id="pending-invitations-title">Invited, not yet joined</h3>
      <ul className="link-list" aria-labelledby="pending-invitations-title">
        {query.data.map((invitation) => (
          <li key={invitation.id}>
            <span className="admin-email">{invitation.email}</span> as {ROLE_LABELS[invitation.role].toLowerCase()},
            until {formatDate(invitation.expiresAt.slice(0, 10))}{' '}
            <button
              type="button"
              className="button button--small"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate(invitation.id)}
            >
              Withdraw<span className="visually-hidden"> the invitation to {invitation.email}</span>
            </button>
          </li>
        ))}
      </ul>
      {withdraw.isError ? (
        <p className="field__error" role="alert">
          {problemMessage(problemOf(withdraw.error), 'Not withdrawn. Please try again.')}
        </p>
      ) : null}
    </div>
  );
}

function AddMemberForm({
  clinicId,
  onAdded,
}: {
  clinicId: string;
  onAdded: (invited: Invitation) => void;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole>('therapist');
  const mutation = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/members', {
          params: { path: { clinicId } },
          body: { name, email, role },
        }),
      ),
    onSuccess: async (added) => {
      setName('');
      setEmail('');
      setRole('therapist');
      onAdded(added);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.invitations(clinicId) }),
        refreshAudit(queryClient, clinicId),
      ]);
    },
  });
  const problem = mutation.error ? problemOf(mutation.error) : undefined;
  const errors = {
    name: fieldError(problem, 'name'),
    email: fieldError(problem, 'email'),
    role: fieldError(problem, 'role'),
  };
  const anyField = Boolean(errors.name ?? errors.email ?? errors.role);
  return (
    <form
      className="form add-member"
      noValidate
      aria-labelledby="add-member-title"
      onSubmit={(e) => {
        e.preventDefault();
        mutation.mutate();
      }}
    >
      <h3 id="add-member-title">Invite a staff member</h3>
      <p className="muted">
        Myomap emails them an invitation; they join when they accept it. Nobody is added to the clinic without saying
        yes.
      </p>
      {mutation.isError ? (
        <div className="alert alert--error" role="alert">
          <p>
            The invitation was not sent.{' '}
            {anyField && mutation.error instanceof ApiError && mutation.error.status === 400
              ? 'Please correct the fields marked below.'
              : problemMessage(problem, 'The server could not be reached. Please try again.')}
          </p>
        </div>
      ) : null}
      <div className="field-row">
        <div className="field">
          <label htmlFor="member-name">Name</label>
          <input
            id="member-name"
            value={name}
            autoComplete="off"
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? 'member-name-error' : undefined}
            onChange={(e) => setName(e.target.value)}
          />
          {errors.name ? (
            <p className="field__error" id="member-name-error">
              {errors.name}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="member-email">Email</label>
          <input
            id="member-email"
            type="email"
            value={email}
            autoComplete="off"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'member-email-error' : undefined}
            onChange={(e) => setEmail(e.target.value)}
          />
          {errors.email ? (
            <p className="field__error" id="member-email-error">
              {errors.email}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="member-role">Role</label>
          <select
            id="member-role"
            value={role}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={errors.role ? 'member-role-hint member-role-error' : 'member-role-hint'}
            onChange={(e) => {
              if (isStaffRole(e.target.value)) setRole(e.target.value);
            }}
          >
            {ROLE_CHOICES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
          <span className="field__hint" id="member-role-hint">
            Front desk sees contact details and consents, never notes or health answers.
          </span>
          {errors.role ? (
            <p className="field__error" id="member-role-error">
              {errors.role}
            </p>
          ) : null}
        </div>
      </div>
      <p className="button-row">
        <button type="submit" className="button button--primary" disabled={mutation.isPending}>
          {mutation.isPending ? 'Sending…' : 'Send invitation'}
        </button>
      </p>
    </form>
  );
}

function MemberRow({
  clinicId,
  member,
  isYou,
  onRemoved,
}: {
  clinicId: string;
  member: Member;
  isYou: boolean;
  onRemoved: (member: Member) => void;
}): React.JSX.Element {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/clinics/{clinicId}/members/{userId}', {
        params: { path: { clinicId, userId: member.userId } },
      });
      if (!result.response.ok) throw new ApiError(problemOf(result.error) ?? {}, result.response.status);
    },
    onSuccess: async () => {
      onRemoved(member);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: adminKeys.members(clinicId) }),
        refreshAudit(queryClient, clinicId),
      ]);
    },
  });
  return (
    <tr>
      <td>
        {member.name}
        {isYou ? <span className="muted"> (you)</span> : null}
      </td>
      <td className="admin-email">{member.email}</td>
      <td>{ROLE_LABELS[member.role]}</td>
      <td>{formatDate(member.since.slice(0, 10))}</td>
      <td>
        {isYou ? (
          <span className="muted">—</span>
        ) : confirming ? (
          <div className="member-confirm">
            <p>
              Remove {member.name}? They lose access to this clinic at once; their account and what they wrote stay.
            </p>
            <span className="button-row">
              <button
                type="button"
                className="button button--small button--danger"
                disabled={mutation.isPending}
                onClick={() => mutation.mutate()}
              >
                Yes, remove {member.name}
              </button>
              <button type="button" className="button button--small" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </span>
          </div>
        ) : (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => {
              mutation.reset();
              setConfirming(true);
            }}
          >
            Remove<span className="visually-hidden"> {member.name}</span>
          </button>
        )}
        {mutation.isError ? (
          <p className="field__error" role="alert">
            {problemMessage(problemOf(mutation.error), 'Not removed. Please try again.')}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

export function StaffSection({ clinicId, userId }: { clinicId: string; userId: string }): React.JSX.Element {
  const query = useQuery(membersQuery(clinicId));
  const [invited, setInvited] = useState<Invitation | undefined>(undefined);
  const [removed, setRemoved] = useState<string | undefined>(undefined);
  return (
    <section className="admin-section" id="staff" aria-labelledby="staff-title">
      <h2 id="staff-title">Staff</h2>
      {query.isPending ? (
        <p role="status">Loading the staff list…</p>
      ) : query.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The staff list could not be loaded. {problemMessage(problemOf(query.error))}</p>
        </div>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="staff-caption">
          <table className="data-table">
            <caption className="visually-hidden" id="staff-caption">
              Staff of this clinic
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Since</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((member) => (
                <MemberRow
                  key={member.userId}
                  clinicId={clinicId}
                  member={member}
                  isYou={member.userId === userId}
                  onRemoved={(m) => setRemoved(`${m.name} was removed from the clinic.`)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" className="muted">
        {removed ?? ''}
      </p>
      <PendingInvitations clinicId={clinicId} />
      {invited ? <InvitedNotice invited={invited} onDone={() => setInvited(undefined)} /> : null}
      <AddMemberForm
        clinicId={clinicId}
        onAdded={(a) => {
          setRemoved(undefined);
          setInvited(a);
        }}
      />
    </section>
  );
}
