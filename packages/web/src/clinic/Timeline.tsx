import { Link } from 'react-router';
import type { Schemas } from '../api/client.ts';
import { formatDateTime } from './format.ts';

const KIND_LABELS: Readonly<Record<Schemas['TimelineEntry']['kind'], string>> = {
  screening: 'Screening',
  drawing: 'Pain drawing',
  note: 'Session note',
  addendum: 'Addendum',
  consent: 'Consent',
};

/** Everything that happened to the client, newest first; notes and addenda open the note. */
export function Timeline({
  clinicId,
  clientId,
  entries,
  erased,
}: {
  clinicId: string;
  clientId: string;
  entries: Schemas['TimelineEntry'][];
  erased: boolean;
}): React.JSX.Element {
  const newestFirst = [...entries].sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
  return (
    <section aria-labelledby="timeline-title" className="card clinic-section">
      <h2 id="timeline-title">Timeline</h2>
      {newestFirst.length === 0 && erased ? (
        <p>Nothing is kept for this client.</p>
      ) : newestFirst.length === 0 ? (
        <p>Nothing recorded yet. Screenings, pain drawings, consent signatures and session notes appear here.</p>
      ) : (
        <ol className="timeline" aria-label="Client timeline, newest first">
          {newestFirst.map((entry) => (
            <li key={`${entry.kind}-${entry.id}`} className={`clinic-timeline__${entry.kind}`}>
              <p className="timeline__when">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                <span className="visually-hidden">, </span>
                <span className="clinic-timeline__kind"> · {KIND_LABELS[entry.kind]}</span>
              </p>
              <p className="clinic-timeline__title">
                {entry.noteId ? (
                  <Link to={`/clinic/${clinicId}/clients/${clientId}/notes/${entry.noteId}`}>{entry.title}</Link>
                ) : (
                  <strong>{entry.title}</strong>
                )}
              </p>
              {entry.detail ? <p className="clinic-timeline__detail">{entry.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
