import { useId } from 'react';
import {
  formatDayLong,
  formatDayShort,
  hourSpan,
  placeVisits,
  visitsByDate,
  visitSummary,
  visitTimes,
  type Appointment,
} from './calendar-dates.ts';

/**
 * One visit as a button that opens its details. Its name holds what the block shows, in the same order,
 * with the date first where the view has several days: "Tue 12 May, 10:00–10:45 Cleo Client, Treatment,
 * Room 1, with Olivia Owner".
 */
export function VisitButton({
  visit,
  withDate,
  timeOnly = false,
  onOpen,
}: {
  visit: Appointment;
  withDate: boolean;
  /** In the list view the other columns show the rest; it stays in the name for screen readers. */
  timeOnly?: boolean;
  onOpen: (visit: Appointment) => void;
}): React.JSX.Element {
  const requested = visit.status === 'requested';
  const name = [
    withDate ? `${formatDayShort(visit.localStart.slice(0, 10))}, ` : '',
    visitSummary(visit),
    requested ? ', requested by the client, not confirmed yet' : '',
  ].join('');
  return (
    <button
      type="button"
      aria-label={name}
      className={`cal-visit${requested ? ' cal-visit--requested' : ''}${timeOnly ? ' cal-visit--time-only' : ''}`}
      onClick={() => onOpen(visit)}
    >
      <span className="cal-visit__time">{visitTimes(visit)}</span>
      {timeOnly ? null : (
        // Spaces between the lines keep the words apart for assistive technology (the name says the same).
        <>
          {' '}
          <span className="cal-visit__client">{visit.clientName}</span>{' '}
          <span className="cal-visit__meta">
            {visit.typeName}
            {visit.roomName ? `, ${visit.roomName}` : ''}
          </span>{' '}
          <span className="cal-visit__meta cal-visit__who">with {visit.therapistName}</span>
          {requested ? (
            <>
              {' '}
              <span className="cal-tag cal-tag--requested">Requested</span>
            </>
          ) : null}
        </>
      )}
    </button>
  );
}

/**
 * Days side by side with their visits placed by time (the week and day views). On a narrow screen the
 * same markup reads as a list per day: the styles drop the hour scale and stack the visits.
 */
export function TimeGrid({
  days,
  visits,
  today,
  onOpen,
}: {
  days: readonly string[];
  visits: readonly Appointment[];
  today: string;
  onOpen: (visit: Appointment) => void;
}): React.JSX.Element {
  const id = useId();
  const byDate = visitsByDate(visits);
  const span = hourSpan(visits);
  const hours = Array.from({ length: span.last - span.first }, (_, i) => span.first + i);
  const single = days.length === 1;
  return (
    <div
      className={`cal-grid${single ? ' cal-grid--day' : ''}`}
      style={{ '--cal-days': days.length, '--cal-hours': span.last - span.first } as React.CSSProperties}
    >
      <div className="cal-grid__axis" aria-hidden="true">
        {hours.map((hour) => (
          <span key={hour} className="cal-grid__hour">
            {String(hour).padStart(2, '0')}:00
          </span>
        ))}
      </div>
      {days.map((date) => {
        const list = byDate.get(date) ?? [];
        const headingId = `${id}-${date}`;
        const isToday = date === today;
        return (
          <div key={date} className={`cal-day${isToday ? ' cal-day--today' : ''}`}>
            {single ? null : (
              <h3 className="cal-day__title" id={headingId}>
                <span aria-hidden="true" className="cal-day__short">
                  {formatDayShort(date)}
                </span>
                <span className="visually-hidden">{formatDayLong(date)}</span>
                {isToday ? (
                  <>
                    {' '}
                    <span className="cal-tag">Today</span>
                  </>
                ) : null}
              </h3>
            )}
            <div className="cal-day__body">
              {list.length === 0 ? (
                <p className="cal-day__empty muted">No visits</p>
              ) : (
                <ul
                  className="cal-day__visits"
                  {...(single ? { 'aria-label': 'Visits' } : { 'aria-labelledby': headingId })}
                >
                  {placeVisits(list).map((placed) => (
                    <li
                      key={placed.visit.id}
                      className="cal-day__slot"
                      style={
                        {
                          '--top': (placed.startMinute - span.first * 60) / 60,
                          '--len': (placed.endMinute - placed.startMinute) / 60,
                          '--lane': placed.lane,
                          '--lanes': placed.lanes,
                        } as React.CSSProperties
                      }
                    >
                      <VisitButton visit={placed.visit} withDate={!single} onOpen={onOpen} />
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** Upcoming visits, a group of rows per date. */
export function VisitTable({
  visits,
  caption,
  onOpen,
  onConfirm,
  confirming,
}: {
  visits: readonly Appointment[];
  caption: string;
  onOpen: (visit: Appointment) => void;
  onConfirm: (visit: Appointment) => void;
  confirming: string | null;
}): React.JSX.Element {
  const groups = [...visitsByDate(visits).entries()];
  return (
    <div className="table-scroll cal-list">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Client</th>
            <th scope="col">Type and room</th>
            <th scope="col">Therapist</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        {groups.map(([date, list]) => (
          <tbody key={date}>
            <tr className="cal-list__date">
              <th scope="rowgroup" colSpan={5}>
                {formatDayLong(date)}
              </th>
            </tr>
            {list.map((visit) => (
              <tr key={visit.id}>
                <td>
                  <VisitButton visit={visit} withDate timeOnly onOpen={onOpen} />
                </td>
                <td>{visit.clientName}</td>
                <td>
                  {visit.typeName}
                  {visit.roomName ? `, ${visit.roomName}` : ''}
                </td>
                <td>{visit.therapistName}</td>
                <td>
                  {visit.status === 'requested' ? (
                    <span className="cal-status">
                      <span className="cal-tag cal-tag--requested">Requested</span>
                      <button
                        type="button"
                        className="button button--small"
                        disabled={confirming === visit.id}
                        onClick={() => onConfirm(visit)}
                      >
                        {confirming === visit.id ? 'Confirming…' : 'Confirm'}
                        <span className="visually-hidden">
                          {' '}
                          {visit.clientName}’s visit on {formatDayShort(date)} at {visit.localStart.slice(11, 16)}
                        </span>
                      </button>
                    </span>
                  ) : (
                    'Booked'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
