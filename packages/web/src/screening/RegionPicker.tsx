import { useId, useMemo, useState } from 'react';
import { searchRegions } from '@myomap/core/body/region-search.ts';
import { regionLabel } from '../atlas/labels.ts';

/** Pick body regions by typing: for screening answers such as "where is the wound?". */
export function RegionPicker({
  value,
  onChange,
  label,
}: {
  value: readonly string[];
  onChange: (regions: string[]) => void;
  label: string;
}): React.JSX.Element {
  const [query, setQuery] = useState('');
  const id = useId();
  const results = useMemo(
    () => (query.trim() ? searchRegions(query, 5).filter((r) => !value.includes(r.id)) : []),
    [query, value],
  );
  return (
    <div className="region-picker">
      {value.length > 0 ? (
        <ul className="region-picker__chosen" aria-label={`Chosen: ${label}`}>
          {value.map((region) => (
            <li key={region}>
              {regionLabel(region)}
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${regionLabel(region)}`}
                onClick={() => onChange(value.filter((r) => r !== region))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <label htmlFor={id} className="muted">
        Find a place: {label}
      </label>
      <input id={id} type="search" value={query} autoComplete="off" onChange={(e) => setQuery(e.target.value)} />
      {results.length > 0 ? (
        <ul className="region-search__results" aria-label="Places found">
          {results.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  onChange([...value, r.id]);
                  setQuery('');
                }}
              >
                Add {r.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
