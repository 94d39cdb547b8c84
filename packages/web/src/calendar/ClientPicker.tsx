import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDate } from '../clinic/format.ts';
import { clientsKey, retryServerErrors } from '../clinic/queries.ts';

export interface PickedClient {
  id: string;
  name: string;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

const SHOWN = 8;

/** Find a client of the clinic by name, email or phone and choose them (a list of buttons under a search box). */
export function ClientPicker({
  clinicId,
  value,
  onChange,
  error,
}: {
  clinicId: string;
  value: PickedClient | null;
  onChange: (client: PickedClient | null) => void;
  error?: string | undefined;
}): React.JSX.Element {
  const id = useId();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const clients = useQuery({
    queryKey: clientsKey(clinicId, q),
    queryFn: async () =>
      unwrap(await api.GET('/api/clinics/{clinicId}/clients', { params: { path: { clinicId }, query: { q } } })),
    enabled: q.length > 0 && value === null,
    placeholderData: keepPreviousData,
    retry: retryServerErrors,
  });
  const found = (clients.data ?? []).filter((c) => !c.erasedAt);
  const errorId = `${id}-error`;
  // The control under the keyboard disappears when a client is chosen (or unchosen): move on to its successor.
  const focusNext = useRef<'chosen' | 'search' | null>(null);
  const chosenRef = useRef<HTMLButtonElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusNext.current === 'chosen') chosenRef.current?.focus();
    if (focusNext.current === 'search') searchRef.current?.focus();
    focusNext.current = null;
  }, [value]);

  if (value) {
    return (
      <fieldset className="field cal-client">
        <legend>Client</legend>
        <p className="cal-client__chosen">
          <strong>{value.name}</strong>{' '}
          <button
            ref={chosenRef}
            type="button"
            className="link-button"
            onClick={() => {
              focusNext.current = 'search';
              onChange(null);
              setSearch('');
            }}
          >
            Choose another client
          </button>
        </p>
      </fieldset>
    );
  }
  return (
    <fieldset className="field cal-client">
      <legend>Client</legend>
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
      <label htmlFor={`${id}-search`} className="cal-client__label">
        Find the client
      </label>
      <input
        ref={searchRef}
        id={`${id}-search`}
        type="search"
        value={search}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? errorId : ''].filter(Boolean).join(' ')}
        onChange={(event) => setSearch(event.target.value)}
      />
      <p className="field__hint" id={`${id}-hint`}>
        Part of the name, email address or phone number, then choose the client below.
      </p>
      <p role="status" className="muted cal-client__status">
        {q.length === 0
          ? ''
          : clients.isFetching && (clients.isPlaceholderData || search.trim() !== q)
            ? 'Searching…'
            : clients.isSuccess
              ? found.length === 0
                ? `No client matches “${q}”.`
                : found.length > SHOWN
                  ? `${found.length} clients match; the first ${SHOWN} are shown. Type more to narrow it down.`
                  : `${found.length} ${found.length === 1 ? 'client matches' : 'clients match'}.`
              : ''}
      </p>
      {clients.isError ? (
        <p className="field__error">The clients could not be searched. {problemMessage(problemOf(clients.error))}</p>
      ) : null}
      {q.length > 0 && found.length > 0 ? (
        <ul className="cal-client__results" aria-label="Matching clients">
          {found.slice(0, SHOWN).map((client) => (
            <li key={client.id}>
              <button
                type="button"
                className="cal-client__option"
                onClick={() => {
                  focusNext.current = 'chosen';
                  onChange({ id: client.id, name: client.name });
                }}
              >
                <span className="cal-client__name">{client.name}</span>
                {client.dateOfBirth || client.phone ? (
                  <span className="muted">
                    {', '}
                    {[
                      client.dateOfBirth ? `born ${formatDate(client.dateOfBirth)}` : null,
                      client.phone ? `phone ${client.phone}` : null,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </span>
                ) : null}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}
