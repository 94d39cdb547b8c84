import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDateTime } from '../notes/note-form.ts';
import { clientPath } from '../notes/note-queries.ts';
import { adminKeys, membersQuery } from './admin-queries.ts';
import { describeAction, OUTCOME_LABELS } from './audit-actions.ts';

type AuditEntry = Schemas['AuditEntry'];
type Member = Schemas['Member'];

const LIMIT = 200;

/** "2025-06-05T14:03:22.123Z" → "2025-06-05 14:03:22 UTC". */
function utc(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function Subject({
  entry,
  clinicId,
  members,
}: {
  entry: AuditEntry;
  clinicId: string;
  members: readonly Member[];
}): React.JSX.Element {
  const id = entry.subjectId;
  if (entry.subjectType === 'client' && id) {
    return (
      <>
        <Link to={clientPath(clinicId, id)}>Client</Link> <code className="audit-id">{id}</code>
      </>
    );
  }
  if (entry.subjectType === 'clinic') {
    return <>{id === clinicId ? 'This clinic' : <>Clinic {id ? <code className="audit-id">{id}</code> : null}</>}</>;
  }
  if (entry.subjectType === 'user') {
    const member = members.find((m) => m.userId === id);
    return member ? (
      <>Staff account: {member.name}</>
    ) : (
      <>Account {id ? <code className="audit-id">{id}</code> : null}</>
    );
  }
  return (
    <>
      {entry.subjectType} {id ? <code className="audit-id">{id}</code> : null}
    </>
  );
}

/**
 * The audit log, newest first: when (UTC and local), who, from where, what, on whom, and the outcome.
 * It holds no health data, so the owner can read it without reading anyone's record.
 */
export function AuditLogSection({ clinicId }: { clinicId: string }): React.JSX.Element {
  const [clientFilter, setClientFilter] = useState('');
  const [applied, setApplied] = useState('');
  const filterId = useId();
  const query = useQuery({
    queryKey: adminKeys.audit(clinicId, applied),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/audit', {
          params: { path: { clinicId }, query: { limit: LIMIT, ...(applied ? { clientId: applied } : {}) } },
        }),
      ),
    staleTime: 0,
  });
  // Already loaded for the staff section: names for the accounts the log mentions.
  const members = useQuery(membersQuery(clinicId)).data ?? [];

  return (
    <section className="admin-section" id="audit-log" aria-labelledby="audit-title">
      <h2 id="audit-title">Audit log</h2>
      <form
        className="audit-filter"
        role="search"
        aria-label="Filter the audit log"
        onSubmit={(e) => {
          e.preventDefault();
          setApplied(clientFilter.trim());
        }}
      >
        <div className="field">
          <label htmlFor={filterId}>Client id</label>
          <input
            id={filterId}
            value={clientFilter}
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${filterId}-hint`}
            onChange={(e) => setClientFilter(e.target.value)}
          />
          <span className="field__hint" id={`${filterId}-hint`}>
            Optional: show only what was done with one client’s record (the id is in the address of their page).
          </span>
        </div>
        <span className="button-row">
          <button type="submit" className="button button--small">
            Show
          </button>
          {applied ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setClientFilter('');
                setApplied('');
              }}
            >
              Show everything
            </button>
          ) : null}
          <button
            type="button"
            className="button button--small"
            disabled={query.isFetching}
            onClick={() => void query.refetch()}
          >
            Refresh
          </button>
        </span>
      </form>
      {query.isPending ? (
        <p role="status">Loading the audit log…</p>
      ) : query.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The audit log could not be loaded. {problemMessage(problemOf(query.error))}</p>
        </div>
      ) : query.data.length === 0 ? (
        <p className="muted">
          {applied ? 'Nothing was recorded for this client id.' : 'Nothing has been recorded yet.'}
        </p>
      ) : (
        <div className="table-scroll audit-scroll" tabIndex={0} role="region" aria-labelledby="audit-caption">
          <table className="data-table audit-table">
            <caption id="audit-caption">
              {applied ? `Events for client ${applied}` : 'Events in this clinic'}, newest first (the latest {LIMIT} at
              most). The log records who did what, when and from where; it never contains health data such as notes,
              screening answers or pain drawings.
            </caption>
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Who</th>
                <th scope="col">From where</th>
                <th scope="col">Action</th>
                <th scope="col">Subject</th>
                <th scope="col">Outcome</th>
              </tr>
            </thead>
            <tbody>
              {query.data.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    <br />
                    <span className="muted audit-utc">{utc(entry.at)}</span>
                  </td>
                  <td>{entry.actorName ?? (entry.actorId ? 'A removed account' : 'Not signed in')}</td>
                  <td>
                    {entry.origin ? <code className="audit-id">{entry.origin}</code> : <span className="muted">—</span>}
                  </td>
                  <td>
                    {describeAction(entry.action) ?? entry.action}
                    <br />
                    <code className="audit-id">{entry.action}</code>
                  </td>
                  <td>
                    <Subject entry={entry} clinicId={clinicId} members={members} />
                  </td>
                  <td>
                    <span className={`audit-outcome audit-outcome--${entry.outcome}`}>
                      {OUTCOME_LABELS[entry.outcome] ?? entry.outcome}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
