import { useId, useRef, useState } from 'react';
import type { Schemas } from '../api/client.ts';
import { formatDateTime } from './format.ts';

/** The full address of a calendar feed, and the same as a `webcal://` link that calendar apps open directly. */
export function feedUrls(path: string): { url: string; webcal: string } {
  const url = `${window.location.origin}${path}`;
  return { url, webcal: url.replace(/^https?:\/\//, 'webcal://') };
}

/**
 * A secret calendar link, shown once: the address to copy (selected on focus), a copy button and a
 * `webcal://` link that opens the phone's or computer's calendar app to subscribe.
 */
export function FeedLinkBox({
  link,
  label,
  hint,
  openInApp = true,
}: {
  link: Schemas['FeedLink'];
  label: string;
  hint: string;
  /** Offer the `webcal://` link (for one's own calendar; not when the link is for someone else). */
  openInApp?: boolean;
}): React.JSX.Element {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState('');
  const { url, webcal } = feedUrls(link.path);

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(url);
      setMessage('Copied. Paste it where you need it.');
    } catch {
      input.current?.focus();
      input.current?.select();
      setMessage('The link is selected: copy it with Ctrl+C (or ⌘C on a Mac).');
    }
  };

  return (
    <div className="feed-link">
      <div className="field">
        <label htmlFor={`${id}-url`}>{label}</label>
        <input
          ref={input}
          id={`${id}-url`}
          type="text"
          readOnly
          value={url}
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onFocus={(event) => event.target.select()}
        />
        <p className="field__hint" id={`${id}-hint`}>
          {hint} Made <time dateTime={link.createdAt}>{formatDateTime(link.createdAt)}</time>.
        </p>
      </div>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy the link
        </button>
        {openInApp ? (
          <a className="button" href={webcal}>
            Open in your calendar app
          </a>
        ) : null}
      </div>
      <p role="status" className="muted feed-link__status">
        {message}
      </p>
    </div>
  );
}
