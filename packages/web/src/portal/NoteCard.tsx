import { findTriggerPoint, TECHNIQUES } from '@myomap/core/atlas/atlas.ts';
import type { Schemas } from '../api/client.ts';
import { regionLabel } from '../atlas/labels.ts';
import { formatDate, formatDateTime } from './format.ts';

type Note = Schemas['SessionNote'];
type TreatedPoint = Note['content']['treatedPoints'][number];

const SOAP = [
  ['subjective', 'Subjective', 'What you told your therapist'],
  ['objective', 'Objective', 'What your therapist found'],
  ['assessment', 'Assessment', 'What it means'],
  ['plan', 'Plan', 'What happens next'],
] as const;

function techniqueName(id: TreatedPoint['technique']): string {
  return TECHNIQUES.find((t) => t.id === id)?.name ?? 'Other technique';
}

function describePoint(point: TreatedPoint): string {
  const found = findTriggerPoint(point.triggerPoint);
  const label = found?.triggerPoint.label ?? point.triggerPoint;
  // Labels often start with the muscle's name ("Upper trapezius, …") or an abbreviation of it ("ECRL, …").
  const where = !found || label.startsWith(found.muscle.name) ? label : `${found.muscle.name} (${label})`;
  const parts = [`${where} (${point.side} side)`, techniqueName(point.technique)];
  if (point.durationSeconds !== undefined) {
    const minutes = Math.floor(point.durationSeconds / 60);
    const seconds = point.durationSeconds % 60;
    parts.push(minutes > 0 ? `${minutes} min${seconds > 0 ? ` ${seconds} s` : ''}` : `${seconds} s`);
  }
  if (point.localTwitch) parts.push('twitch response');
  if (point.referralReproduced) parts.push('your familiar pain reproduced');
  return parts.join(' · ');
}

/** One signed session note as the client reads it: summary, SOAP text, points treated, pain, addenda. */
export function NoteCard({ note }: { note: Note }): React.JSX.Element {
  const { content } = note;
  const titleId = `note-${note.id}`;
  const written = SOAP.filter(([key]) => content[key].trim() !== '');
  return (
    <article className="card note-card" aria-labelledby={titleId}>
      <h4 id={titleId}>Session on {formatDate(note.sessionDate)}</h4>
      <p className="muted">
        With {note.therapistName}
        {note.signedAt ? (
          <>
            {' '}
            · signed <time dateTime={note.signedAt}>{formatDateTime(note.signedAt)}</time>
          </>
        ) : null}
        {content.durationMinutes !== undefined ? ` · ${content.durationMinutes} minutes` : null}
      </p>
      <p className="note-card__summary">{note.summary}</p>
      {content.painBefore !== undefined || content.painAfter !== undefined ? (
        <p>
          Pain before → after:{' '}
          <strong>
            {content.painBefore ?? '–'}/10 → {content.painAfter ?? '–'}/10
          </strong>
        </p>
      ) : null}
      {written.length > 0 ? (
        <dl className="soap">
          {written.map(([key, label, meaning]) => (
            <div key={key} className="soap__item">
              <dt>
                {label} <span className="muted">({meaning.toLowerCase()})</span>
              </dt>
              <dd>{content[key]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {content.drawing.regions.length > 0 ? (
        <p>
          <strong>Where it hurt:</strong>{' '}
          {content.drawing.regions.map((r) => `${regionLabel(r.region)} (${r.intensity}/10)`).join(', ')}
        </p>
      ) : null}
      {content.treatedPoints.length > 0 ? (
        <>
          <h5>Trigger points treated</h5>
          <ul>
            {content.treatedPoints.map((p, i) => (
              <li key={`${p.triggerPoint}:${p.side}:${i}`}>{describePoint(p)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {note.addenda.length > 0 ? (
        <>
          <h5>Added later</h5>
          <ul className="plain-list addenda">
            {note.addenda.map((a) => (
              <li key={a.id}>
                <p className="addenda__body">{a.body}</p>
                <p className="muted">
                  {a.authorName}, <time dateTime={a.createdAt}>{formatDateTime(a.createdAt)}</time>
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
