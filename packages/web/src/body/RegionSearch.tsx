import { useId, useMemo, useState } from 'react';
import { searchRegions } from '@myomap/core/body/region-search.ts';

/** "Find a place": type "heel" or "tennis elbow" and mark the region from the list. */
export function RegionSearch({
  onPick,
  marked,
}: {
  onPick: (region: string) => void;
  marked: ReadonlySet<string>;
}): React.JSX.Element {
  const [query, setQuery] = useState('');
  const id = useId();
  const results = useMemo(() => (query.trim() ? searchRegions(query, 6) : []), [query]);
  return (
    <div className="region-search">
      <label htmlFor={id}>Find a place on the body</label>
      <input
        id={id}
        type="search"
        value={query}
        autoComplete="off"
        placeholder="e.g. heel, right temple, tennis elbow"
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() ? (
        results.length > 0 ? (
          <ul className="region-search__results" aria-label="Places found">
            {results.map((r) => (
              <li key={r.id}>
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => {
                    onPick(r.id);
                    setQuery('');
                  }}
                >
                  {marked.has(r.id) ? 'Show' : 'Mark'} {r.label}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p role="status" className="muted">
            No place matches “{query}”.
          </p>
        )
      ) : null}
    </div>
  );
}
