import { useQuery } from '@tanstack/react-query';
import { Link, useLocation, useParams } from 'react-router';
import { can, ROLE_LABELS } from '@myomap/core/practice/roles.ts';
import { RequireAccount } from '../account/RequireAccount.tsx';
import type { Account } from '../account/useAccount.ts';
import { api } from '../api/client.ts';
import { ApiError, problemMessage, unwrap } from '../api/problems.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { NoteEditor } from '../notes/NoteEditor.tsx';
import { NoteView } from '../notes/NoteView.tsx';
import { formatDate, type SessionNote } from '../notes/note-form.ts';
import { recordQuery } from '../clinic/queries.ts';
import { clientPath, clientProfileKey, noteQueryKey } from '../notes/note-queries.ts';
import '../notes/notes.css';

function flashOf(state: unknown): string | undefined {
  if (typeof state === 'object' && state !== null && 'flash' in state && typeof state.flash === 'string') {
    return state.flash;
  }
  return undefined;
}

function statusOf(error: unknown): number | undefined {
  return error instanceof ApiError ? error.status : undefined;
}

function Problem({ title, children }: { title: string; children: React.ReactNode }): React.JSX.Element {
  return (
    <section className="card" aria-labelledby="note-problem">
      <h1 id="note-problem">{title}</h1>
      {children}
    </section>
  );
}

function NoteScreen({
  account,
  clinicId,
  clientId,
  noteId,
}: {
  account: Account;
  clinicId: string;
  clientId: string;
  noteId: string | undefined;
}): React.JSX.Element {
  const location = useLocation();
  const flash = flashOf(location.state);
  const membership = account.memberships.find((m) => m.clinicId === clinicId);
  const allowed = membership !== undefined && can(membership.role, 'clients.health.write');

  const client = useQuery({
    queryKey: clientProfileKey(clinicId, clientId),
    queryFn: async () =>
      unwrap(await api.GET('/api/clinics/{clinicId}/clients/{clientId}', { params: { path: { clinicId, clientId } } })),
    enabled: allowed,
    retry: false,
  });
  // The clinical record holds the latest screening, whose limits the editor shows beside the chart.
  const record = useQuery({ ...recordQuery(clinicId, clientId), enabled: allowed });
  const note = useQuery({
    queryKey: noteQueryKey(clinicId, clientId, noteId ?? ''),
    queryFn: async (): Promise<SessionNote> =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/notes/{noteId}', {
          params: { path: { clinicId, clientId, noteId: noteId ?? '' } },
        }),
      ),
    enabled: allowed && noteId !== undefined,
    retry: false,
    staleTime: 30_000,
  });

  const data = note.data;
  const failed = note.error ?? client.error;
  const missingNote = statusOf(note.error) === 404;
  const missing = failed !== null && statusOf(failed) === 404;
  const title = !noteId ? 'New session note' : data?.status === 'signed' ? 'Session note' : 'Draft session note';
  usePageTitle(
    !membership
      ? 'Clinic not found'
      : !allowed
        ? 'Session notes are for clinicians'
        : missing
          ? missingNote
            ? 'Note not found'
            : 'Client not found'
          : failed
            ? 'This note could not be opened'
            : client.data
              ? `${title}: ${client.data.name}`
              : title,
  );

  if (!membership) {
    return (
      <Problem title="Clinic not found">
        <p>This clinic does not exist, or your account is not a member of it.</p>
        <p>
          <Link to="/clinic">Go to your clinics</Link>
        </p>
      </Problem>
    );
  }
  if (!allowed) {
    return (
      <Problem title="Session notes are for clinicians">
        <p>
          Session notes hold health information, so only therapists and the clinic owner can write or read them. Your
          role here is {ROLE_LABELS[membership.role].toLowerCase()}.
        </p>
        <p>
          <Link to={clientPath(clinicId, clientId)}>Back to the client</Link>
        </p>
      </Problem>
    );
  }

  if (missing) {
    return (
      <Problem title={missingNote ? 'Note not found' : 'Client not found'}>
        <p>
          {missingNote
            ? 'There is no such session note for this client. It may have been typed wrongly, or the link is from another clinic.'
            : 'There is no such client in this clinic, or the clinic lets therapists see only their own clients.'}
        </p>
        <p>
          <Link to={missingNote ? clientPath(clinicId, clientId) : `/clinic/${encodeURIComponent(clinicId)}`}>
            {missingNote ? 'Back to the client' : 'Back to the clinic'}
          </Link>
        </p>
      </Problem>
    );
  }
  if (failed) {
    return (
      <Problem title="This note could not be opened">
        <div className="alert alert--error" role="alert">
          <p>{problemMessage(failed instanceof ApiError ? failed.problem : undefined)}</p>
        </div>
      </Problem>
    );
  }

  const loading = client.isPending || (noteId !== undefined && note.isPending);
  const profile = client.data;
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to={`/clinic/${encodeURIComponent(clinicId)}`}>{membership.clinicName}</Link>
        {' › '}
        <Link to={clientPath(clinicId, clientId)}>{profile?.name ?? 'Client'}</Link>
        {' › '}
        <span aria-current="page">{title}</span>
      </nav>
      <header className="page-header note-header">
        <h1>{title}</h1>
        <p className="note-client">
          <span className="muted">Client</span> <strong>{profile?.name ?? '…'}</strong>
          {profile?.dateOfBirth ? <span className="muted"> · born {formatDate(profile.dateOfBirth)}</span> : null}
        </p>
      </header>
      {flash ? (
        <div className="alert alert--success note-flash" role="status">
          <p>{flash}</p>
        </div>
      ) : null}
      {loading ? (
        <p role="status" className="loading">
          Loading the note…
        </p>
      ) : profile?.erasedAt && !data ? (
        <div className="alert alert--warning" role="alert">
          <p>This client’s record was erased on request, so no new notes can be written.</p>
        </div>
      ) : data?.status === 'signed' ? (
        <NoteView note={data} clinicId={clinicId} clientId={clientId} />
      ) : (
        <NoteEditor
          key={data?.id ?? 'new'}
          clinicId={clinicId}
          clientId={clientId}
          note={data}
          userId={account.user.id}
          screening={record.data?.latestScreening}
        />
      )}
    </>
  );
}

/** A session note: a new one or a draft in the editor, a signed one read-only with its addenda. */
export function NotePage(): React.JSX.Element {
  const { clinicId = '', clientId = '', noteId } = useParams();
  return (
    <RequireAccount>
      {(account) => <NoteScreen account={account} clinicId={clinicId} clientId={clientId} noteId={noteId} />}
    </RequireAccount>
  );
}
