import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { addDays, type Appointment } from './calendar-dates.ts';
import { appointmentsQuery } from './calendar-queries.ts';
import { VisitTable } from './CalendarViews.tsx';

export const REQUEST_WEEKS = 8;

/** Visits clients asked for in the portal over the coming weeks, to confirm (shown only when there are some). */
export function RequestsSection({
  clinicId,
  today,
  onOpen,
  onConfirm,
  confirming,
}: {
  clinicId: string;
  today: string;
  onOpen: (visit: Appointment) => void;
  onConfirm: (visit: Appointment) => void;
  confirming: string | null;
}): React.JSX.Element | null {
  const id = useId();
  const query = useQuery(
    appointmentsQuery(
      clinicId,
      `${addDays(today, -1)}T00:00:00Z`,
      `${addDays(today, REQUEST_WEEKS * 7)}T00:00:00Z`,
      '',
    ),
  );
  const requests = (query.data ?? []).filter((a) => a.status === 'requested' && a.localStart.slice(0, 10) >= today);
  if (requests.length === 0) return null;
  return (
    <section className="cal-section cal-requests" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        Visit requests to confirm{' '}
        <span className="cal-count">
          <span className="visually-hidden">: </span>
          {requests.length}
        </span>
      </h2>
      <p className="muted">
        Clients asked for these times in the portal over the next {REQUEST_WEEKS} weeks. The times are held until you
        confirm them; to turn one down, open it and cancel it.
      </p>
      <VisitTable
        visits={requests}
        caption="Visit requests to confirm"
        onOpen={onOpen}
        onConfirm={onConfirm}
        confirming={confirming}
      />
    </section>
  );
}
