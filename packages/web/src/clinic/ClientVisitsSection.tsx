import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { problemMessage, unwrap } from '../api/problems.ts';
import { timeIn } from '../calendar/calendar-dates.ts';
import { formatDate } from './format.ts';

/**
 * The client's next visits on their page, so the therapist sees at a glance when they come next; the
 * calendar stays the place to book, move and cancel.
 */
export function ClientVisitsSection({ clinicId, clientId }: { clinicId: string; clientId: string }): React.JSX.Element {
  const from = new Date().toISOString();
  const visits = useQuery({
    queryKey: ['client-visits', clinicId, clientId],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/appointments', {
          params: { path: { clinicId }, query: { clientId, from } },
        }),
      ),
  });
  const calendar = `/clinic/${encodeURIComponent(clinicId)}/calendar?view=list`;
  return (
    <section aria-labelledby="client-visits-title" className="card clinic-section">
      <h2 id="client-visits-title">Next visits</h2>
      {visits.isPending ? (
        <p role="status">Loading visits…</p>
      ) : visits.isError ? (
        <p role="alert" className="alert alert--error">
          {problemMessage(visits.error)}
        </p>
      ) : visits.data.length === 0 ? (
        <p>
          No visits booked. <Link to={calendar}>Book one in the calendar</Link>.
        </p>
      ) : (
        <>
          <ul className="plain-list">
            {visits.data.slice(0, 5).map((visit) => (
              <li key={visit.id}>
                {formatDate(visit.localStart)}, {visit.localStart.slice(11)}–{timeIn(visit.endUtc, visit.timeZone)}:{' '}
                {visit.typeName} with {visit.therapistName}
                {visit.status === 'requested' ? ' (requested, to confirm)' : ''}
                {visit.repeat ? ` · ${visit.repeat}` : ''}
              </li>
            ))}
          </ul>
          {visits.data.length > 5 ? <p className="muted">And {visits.data.length - 5} more.</p> : null}
          <p>
            <Link to={calendar}>Open the calendar</Link>
          </p>
        </>
      )}
    </section>
  );
}
