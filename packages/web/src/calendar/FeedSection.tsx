import { useMutation } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDateTime } from '../clinic/format.ts';
import { ensureOk } from './calendar-queries.ts';

type FeedLink = Schemas['FeedLink'];

/**
 * "Subscribe in your calendar app": a secret iCalendar link to the signed-in therapist's visits. The
 * link is shown once (the server keeps only a hash of it); renewing makes earlier links stop working.
 */
export function FeedSection({ clinicId, therapistId }: { clinicId: string; therapistId: string }): React.JSX.Element {
  const id = useId();
  const [link, setLink] = useState<FeedLink | null>(null);
  const [message, setMessage] = useState('');
  const input = useRef<HTMLInputElement>(null);
  // Off by default: the link goes to a calendar company, so clients appear by their initials only.
  const [fullNames, setFullNames] = useState(false);
  const renew = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/clinics/{clinicId}/therapists/{therapistId}/feed', {
          params: { path: { clinicId, therapistId } },
          body: { clientNames: fullNames ? 'full' : 'initials' },
        }),
      ),
    onSuccess: (created) => {
      setLink(created);
      setMessage(
        link
          ? 'A new link is ready. The one before it has stopped working.'
          : 'Your calendar link is ready. Any link you made before has stopped working.',
      );
    },
  });
  const turnOff = useMutation({
    mutationFn: async () =>
      ensureOk(
        await api.DELETE('/api/clinics/{clinicId}/therapists/{therapistId}/feed', {
          params: { path: { clinicId, therapistId } },
        }),
      ),
    onSuccess: () => {
      setLink(null);
      setMessage('Your calendar link is turned off. Calendar apps subscribed to it no longer get your visits.');
    },
  });
  const url = link ? `${window.location.origin}${link.path}` : '';
  const webcal = url.replace(/^https?:\/\//, 'webcal://');
  const error = renew.error ?? turnOff.error;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage('The link is copied. Paste it into your calendar app as a new calendar subscription.');
    } catch {
      input.current?.select();
      setMessage('The link is selected: copy it with Ctrl+C (or ⌘C on a Mac).');
    }
  };

  return (
    <section className="cal-section cal-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Subscribe in your calendar app</h2>
      <p>
        See your visits in Apple Calendar, Google Calendar, Outlook or Thunderbird. Each visit shows the client’s
        initials (“Visit: A. B.”), never clinical details. Calendar apps check for changes every few hours.
      </p>
      <p>
        <strong>The link is secret:</strong> anyone who has it can see your visits, so keep it to yourself. If it may
        have been shared, choose “Renew the link”: the old link stops working at once. “Turn off” stops every link.
      </p>
      {error ? (
        <div className="alert alert--error" role="alert">
          <p>{problemMessage(problemOf(error), 'That did not work. Please try again.')}</p>
        </div>
      ) : null}
      {link ? (
        <div className="cal-feed">
          <div className="field">
            <label htmlFor={`${id}-url`}>Your calendar link</label>
            <input
              ref={input}
              id={`${id}-url`}
              type="text"
              readOnly
              value={url}
              aria-describedby={`${id}-url-hint`}
              onFocus={(event) => event.target.select()}
            />
            <p className="field__hint" id={`${id}-url-hint`}>
              Shown only now: Myomap keeps no readable copy of it. Made {formatDateTime(link.createdAt)}.
            </p>
          </div>
          <div className="button-row">
            <button type="button" className="button button--primary" onClick={() => void copy()}>
              Copy the link
            </button>
            <a className="button" href={webcal}>
              Open in your calendar app
            </a>
          </div>
        </div>
      ) : (
        <p className="muted">
          A link you made earlier keeps working until you renew it or turn it off. Myomap cannot show it again.
        </p>
      )}
      <div className="field">
        <label className="check-row" htmlFor={`${id}-full-names`}>
          <input
            id={`${id}-full-names`}
            type="checkbox"
            checked={fullNames}
            aria-describedby={`${id}-full-names-hint`}
            onChange={(event) => setFullNames(event.target.checked)}
          />
          <span>Show clients’ full names and the type of visit</span>
        </label>
        <span className="field__hint" id={`${id}-full-names-hint`}>
          Your calendar company then stores who you see and for what. Applies to the next link you make.
        </span>
      </div>
      <div className="button-row cal-feed__actions">
        <button
          type="button"
          className={link ? 'button' : 'button button--primary'}
          disabled={renew.isPending}
          onClick={() => renew.mutate()}
        >
          {renew.isPending ? 'Making a link…' : link ? 'Renew the link' : 'Get a calendar link'}
        </button>
        <button type="button" className="button" disabled={turnOff.isPending} onClick={() => turnOff.mutate()}>
          {turnOff.isPending ? 'Turning off…' : 'Turn off'}
        </button>
      </div>
      <p role="status" className="muted cal-feed__status">
        {message}
      </p>
    </section>
  );
}
