import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { unwrap } from '../api/problems.ts';
import { FeedLinkBox } from './FeedLinkBox.tsx';
import { visitProblemText } from './visit-errors.ts';

/** "Add your visits to your phone's calendar": a private subscription link to the client's own visits. */
export function CalendarFeed({ clientId, clinicName }: { clientId: string; clinicName: string }): React.JSX.Element {
  const [link, setLink] = useState<Schemas['FeedLink'] | null>(null);
  const make = useMutation({
    mutationFn: async () =>
      unwrap(await api.POST('/api/portal/records/{clientId}/feed', { params: { path: { clientId } } })),
    onSuccess: setLink,
  });

  return (
    <div className="calendar-feed">
      <h3>Add your visits to your phone’s calendar</h3>
      <p>
        Subscribe to a private link in your calendar app (Apple Calendar, Google Calendar, Outlook and others): your
        visits at {clinicName} then appear there and stay up to date when they change.
      </p>
      <p>
        <strong>The link is private:</strong> anyone who has it can see when your visits are, so keep it to yourself.
        Making a new link turns off the old one, so if you shared it by mistake, simply make a new one.
      </p>
      {make.isError ? (
        <p role="alert" className="alert alert--error">
          {visitProblemText(make.error)}
        </p>
      ) : null}
      {link ? (
        <FeedLinkBox
          link={link}
          label="Your calendar link"
          hint="Shown only now: Myomap keeps no copy it can show again."
        />
      ) : null}
      <button
        type="button"
        className={link ? 'button' : 'button button--primary'}
        disabled={make.isPending}
        onClick={() => make.mutate()}
      >
        {make.isPending ? 'Making a link…' : link ? 'Make a new link' : 'Make a calendar link'}
      </button>
      {link ? null : (
        <p className="muted calendar-feed__later">Made one before? It keeps working until you make a new one.</p>
      )}
    </div>
  );
}
