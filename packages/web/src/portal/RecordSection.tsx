import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { FormError } from '../account/FormError.tsx';
import { downloadJson } from './download.ts';
import { formatDateTime } from './format.ts';
import { NoteCard } from './NoteCard.tsx';
import type { PortalRecord } from './queries.ts';

/** The client's own record: timeline, signed session notes, and a download of everything. */
export function RecordSection({ record }: { record: PortalRecord }): React.JSX.Element {
  const clientId = record.profile.id;
  const download = useMutation({
    mutationFn: async () =>
      unwrap(await api.GET('/api/portal/records/{clientId}/export', { params: { path: { clientId } } })),
    onSuccess: (data) => downloadJson(data, `myomap-record-${data.client.id}.json`),
  });
  const timeline = [...record.timeline].sort((a, b) => b.at.localeCompare(a.at));
  const notes = record.notes
    .filter((n) => n.status === 'signed')
    .sort((a, b) => b.sessionDate.localeCompare(a.sessionDate) || b.createdAt.localeCompare(a.createdAt));

  return (
    <section className="portal-section" aria-labelledby="record-title">
      <h2 id="record-title">Your record</h2>
      <div className="record-download">
        <p>
          Everything {record.clinic.name} holds about you in Myomap, in one file you can keep or take elsewhere: your
          details, screenings, pain drawings, signed notes, visits, home programs, diary and questionnaires. The FHIR
          file is the same record in the standard format other health systems read.
        </p>
        <div className="button-row">
          <button type="button" className="button" disabled={download.isPending} onClick={() => download.mutate()}>
            {download.isPending ? 'Preparing your file…' : 'Download my record'}
          </button>
          <a
            className="button"
            href={`/api/portal/records/${encodeURIComponent(clientId)}/fhir`}
            download={`myomap-record-${clientId}.fhir.json`}
          >
            For another health system (FHIR R4)
          </a>
        </div>
        {download.isSuccess ? (
          <p role="status" className="muted">
            Your record was saved as a JSON file.
          </p>
        ) : null}
        <FormError error={download.isPending ? null : download.error} />
      </div>

      <h3>Timeline</h3>
      {timeline.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <ol className="timeline">
          {timeline.map((entry) => (
            <li key={`${entry.kind}:${entry.id}`}>
              <time className="timeline__when" dateTime={entry.at}>
                {formatDateTime(entry.at)}
              </time>
              <p className="timeline__title">
                <strong>{entry.title}</strong>
              </p>
              {entry.detail ? <p className="timeline__detail">{entry.detail}</p> : null}
            </li>
          ))}
        </ol>
      )}

      <h3>Session notes</h3>
      {notes.length === 0 ? (
        <p className="muted">No session notes yet. Your therapist’s notes appear here once they are signed.</p>
      ) : (
        <div className="note-list">
          {notes.map((note) => (
            <NoteCard key={note.id} note={note} />
          ))}
        </div>
      )}
    </section>
  );
}
