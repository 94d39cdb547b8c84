import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { formatDate } from './format.ts';
import { clientsKey, retryServerErrors } from './queries.ts';

const SEARCH_DELAY_MS = 250;

/** The value, once it has stopped changing for `delay` ms: searches as you type without a request per key. */
function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The clinic's clients with a search box (name, email or phone); each links to the client's page. */
export function ClientList({
  clinicId,
  onAddClient,
}: {
  clinicId: string;
  onAddClient: () => void;
}): React.JSX.Element {
  const searchId = useId();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), SEARCH_DELAY_MS);
  const clients = useQuery({
    queryKey: clientsKey(clinicId, q),
    queryFn: async () =>
      unwrap(
        await api.GET('/api/clinics/{clinicId}/clients', {
          params: { path: { clinicId }, query: q ? { q } : {} },
        }),
      ),
    placeholderData: keepPreviousData,
    retry: retryServerErrors,
  });
  const list = clients.data ?? [];
  const searching = clients.isFetching && (clients.isPlaceholderData || search.trim() !== q);

  return (
    <section aria-labelledby="clients-title" className="clinic-clients">
      <h2 id="clients-title">Clients</h2>
      <div className="field clinic-search">
        <label htmlFor={searchId}>Search clients</label>
        <input
          id={searchId}
          type="search"
          value={search}
          autoComplete="off"
          aria-describedby={`${searchId}-hint`}
          onChange={(event) => setSearch(event.target.value)}
        />
        <p className="field__hint" id={`${searchId}-hint`}>
          Part of a name, email address or phone number.
        </p>
      </div>

      <p role="status" className="muted clinic-clients__count">
        {clients.isPending
          ? 'Loading clients…'
          : searching
            ? 'Searching…'
            : clients.isError
              ? ''
              : q
                ? `${plural(list.length, 'client matches', 'clients match')} “${q}”.`
                : plural(list.length, 'client', 'clients') + '.'}
      </p>

      {clients.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The client list could not be loaded. {problemMessage(problemOf(clients.error))}</p>
          <button type="button" className="button button--small" onClick={() => void clients.refetch()}>
            Try again
          </button>
        </div>
      ) : null}

      {clients.isSuccess && list.length === 0 ? (
        q ? (
          <p>No client matches “{q}”. Check the spelling, or search by phone number or email instead.</p>
        ) : (
          <div className="clinic-empty">
            <p>
              <strong>No clients yet.</strong> Add your first client with their contact details; intake and safety
              screening follow on their page.
            </p>
            <button type="button" className="button" onClick={onAddClient}>
              Add the first client
            </button>
          </div>
        )
      ) : null}

      {list.length > 0 ? (
        <ul className="client-list" aria-label="Clients found" aria-busy={searching || undefined}>
          {list.map((client) => {
            const facts = [
              client.dateOfBirth ? `Born ${formatDate(client.dateOfBirth)}` : null,
              client.phone ? `Phone ${client.phone}` : null,
            ].filter((f): f is string => f !== null);
            return (
              <li key={client.id} className="client-list__item">
                <Link to={`/clinic/${clinicId}/clients/${client.id}`} className="client-list__name">
                  {client.name}
                </Link>
                {client.erasedAt ? <span className="clinic-tag clinic-tag--erased">Erased on request</span> : null}
                <span className="client-list__facts muted">
                  {facts.length > 0 ? facts.join(' · ') : client.erasedAt ? '' : 'No date of birth or phone recorded'}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
