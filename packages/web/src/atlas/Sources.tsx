import type { SourceView } from '@myomap/core/atlas/atlas-views.ts';

/** The sources of an entry; collapsed under a "Sources" disclosure unless `open`. */
export function Sources({
  sources,
  open = false,
}: {
  sources: readonly SourceView[];
  open?: boolean;
}): React.JSX.Element {
  const items = (
    <ul className="sources">
      {sources.map((s) => (
        <li key={`${s.ref}|${s.locator ?? ''}`}>
          {s.url ? <a href={s.url}>{s.citation}</a> : s.citation}
          {s.locator ? <span className="muted"> — {s.locator}</span> : null}
        </li>
      ))}
    </ul>
  );
  if (open) return items;
  return (
    <details className="sources-disclosure">
      <summary>Sources</summary>
      {items}
    </details>
  );
}
