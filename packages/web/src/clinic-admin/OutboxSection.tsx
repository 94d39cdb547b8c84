import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, unwrap } from '../api/problems.ts';
import { formatDateTime } from '../notes/note-form.ts';

type OutboxEntry = Schemas['OutboxEntry'];
type Status = OutboxEntry['status'];

const STATUS_LABELS: Record<Status, string> = {
  pending: 'Waiting',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed — gave up',
  cancelled: 'Cancelled (visit moved or cancelled)',
};

const FILTERS: { value: Status | ''; label: string }[] = [
  { value: '', label: 'All' },
  { value: 'failed', label: 'Failed' },
  { value: 'pending', label: 'Waiting' },
  { value: 'sent', label: 'Sent' },
];

/**
 * Email delivery for the owner: reminders waiting, sent, retried or given up, with the last error, so a
 * wrong address or a broken mail server is seen rather than silently missed. Never the message text.
 */
export function OutboxSection({ clinicId }: { clinicId: string }): React.JSX.Element {
  const id = useId();
  const [status, setStatus] = useState<Status | ''>('');
  const query = useQuery({
    queryKey: ['clinic-admin', clinicId, 'outbox', status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/outbox', {
          params: { path: { clinicId }, query: { limit: 100, ...(status ? { status } : {}) } },
        }),
      ),
  });
  const failed = (query.data ?? []).filter((m) => m.status === 'failed' || m.lastError).length;
  return (
    <section className="admin-section" id="email-delivery" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Email delivery</h2>
      <p className="muted">
        Reminders go out from a queue: if the mail server is down they wait and are tried again later, with longer
        pauses each time. Messages that fail for good are marked here.
      </p>
      <div className="field">
        <label htmlFor={`${id}-status`}>Show</label>
        <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as Status | '')}>
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {f.label}
            </option>
          ))}
        </select>
      </div>
      {query.isPending ? (
        <p role="status">Loading email delivery…</p>
      ) : query.isError ? (
        <p role="alert" className="alert alert--error">
          {problemMessage(query.error)}
        </p>
      ) : query.data.length === 0 ? (
        <p>No emails {status ? 'with this status' : 'yet'}.</p>
      ) : (
        <>
          {failed > 0 ? (
            <p className="alert alert--warning">
              {failed} message{failed === 1 ? '' : 's'} had delivery problems: check the address or the mail server
              settings (SMTP_URL).
            </p>
          ) : null}
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
            <table className="data-table">
              <caption id={`${id}-caption`}>Emails, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Send after</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {query.data.map((m) => (
                  <tr key={m.id}>
                    <td>{m.to}</td>
                    <td>{m.subject}</td>
                    <td>
                      {STATUS_LABELS[m.status]}
                      {m.sentAt ? ` (${formatDateTime(m.sentAt)})` : ''}
                    </td>
                    <td>{m.attempts}</td>
                    <td>{formatDateTime(m.sendAfter)}</td>
                    <td>{m.lastError ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
