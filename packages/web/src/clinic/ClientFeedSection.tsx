import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { FeedLinkBox } from '../portal/FeedLinkBox.tsx';
import '../portal/home.css';

/**
 * "Calendar feed": a secret link to the client's visits for their phone's calendar, shown once to copy and
 * send. A new link turns off the one before; turning it off stops every link.
 */
export function ClientFeedSection({
  clinicId,
  clientId,
  clientName,
}: {
  clinicId: string;
  clientId: string;
  clientName: string;
}): React.JSX.Element {
  const [link, setLink] = useState<Schemas['FeedLink'] | null>(null);
  const [message, setMessage] = useState('');
  const path = { params: { path: { clinicId, clientId } } };
  const make = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/clinics/{clinicId}/clients/{clientId}/feed', path)),
    onSuccess: (created) => {
      setLink(created);
      setMessage('');
    },
  });
  const turnOff = useMutation({
    mutationFn: async () => {
      const result = await api.DELETE('/api/clinics/{clinicId}/clients/{clientId}/feed', path);
      if (!result.response.ok) unwrap(result);
    },
    onSuccess: () => {
      setLink(null);
      setMessage(`Turned off: calendars subscribed to ${clientName}’s link no longer get their visits.`);
    },
  });
  const error = make.error ?? turnOff.error;

  return (
    <section aria-labelledby="client-feed-title" className="card clinic-section">
      <h2 id="client-feed-title">Calendar feed</h2>
      <p>
        A private link to {clientName}’s visits for their phone’s calendar: send it to them, and their visits stay up to
        date there. It shows the time, the type of visit, the clinic and the therapist, never clinical details.
      </p>
      <p className="muted">
        The link is shown once. Making a new one turns off the one before; the client can also make their own in the
        portal.
      </p>
      {error && !make.isPending && !turnOff.isPending ? (
        <p className="alert alert--error" role="alert">
          {problemMessage(problemOf(error))}
        </p>
      ) : null}
      {link ? (
        <FeedLinkBox
          link={link}
          label={`Calendar link for ${clientName}`}
          hint="Copy it into an email or message to the client now: it cannot be shown again."
          openInApp={false}
        />
      ) : null}
      <div className="button-row client-feed__actions">
        <button
          type="button"
          className={link ? 'button button--small' : 'button button--small button--primary'}
          disabled={make.isPending}
          onClick={() => make.mutate()}
        >
          {make.isPending ? 'Making a link…' : link ? 'Make a new link' : 'Make a calendar link'}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={turnOff.isPending}
          onClick={() => turnOff.mutate()}
        >
          {turnOff.isPending ? 'Turning off…' : 'Turn off the link'}
        </button>
      </div>
      <p role="status" className="muted feed-link__status">
        {message}
      </p>
    </section>
  );
}
