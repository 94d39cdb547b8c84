import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../app/usePageTitle.ts';
import { AREA_LABELS, EVIDENCE_LABELS } from '../atlas/labels.ts';
import { Sources } from '../atlas/Sources.tsx';
import { useAtlas, type AtlasModule } from '../atlas/useAtlas.ts';

type Browse = 'area' | 'conditions' | 'az' | 'techniques';

const BROWSE_OPTIONS: readonly { id: Browse; label: string }[] = [
  { id: 'area', label: 'By body area' },
  { id: 'conditions', label: 'By condition' },
  { id: 'az', label: 'A–Z' },
  { id: 'techniques', label: 'Techniques' },
];

function Techniques({ atlas }: { atlas: AtlasModule }): React.JSX.Element {
  return (
    <section aria-labelledby="techniques-title">
      <h2 id="techniques-title">Techniques</h2>
      <p className="muted">
        How to work on a trigger point yourself. Pressure stays moderate: discomfort you can relax into, never sharp
        pain. Soreness for a day or two afterwards is normal.
      </p>
      <div className="area-grid">
        {atlas.TECHNIQUES.map((technique) => (
          <section key={technique.id} className="card" aria-labelledby={`technique-${technique.id}`}>
            <h3 id={`technique-${technique.id}`}>{technique.name}</h3>
            <p>{technique.summary}</p>
            <ol>
              {technique.steps.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ol>
            <dl className="facts">
              <dt>How long</dt>
              <dd>{technique.duration}</dd>
              <dt>How hard</dt>
              <dd>{technique.intensity}</dd>
            </dl>
            <div className="caution" role="note">
              <strong>Not when:</strong>
              <ul>
                {technique.avoidWhen.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </div>
            <Sources sources={atlas.viewSources(technique.sources)} />
          </section>
        ))}
      </div>
    </section>
  );
}

function MuscleList({ muscles }: { muscles: AtlasModule['MUSCLES'] }): React.JSX.Element {
  return (
    <ul className="link-list">
      {muscles.map((m) => (
        <li key={m.id}>
          <Link to={`/atlas/muscles/${m.id}`}>{m.name}</Link>
          {m.commonNames.length > 0 ? <span className="muted"> · {m.commonNames.slice(0, 2).join(', ')}</span> : null}
        </li>
      ))}
    </ul>
  );
}

function ConditionList({ conditions }: { conditions: AtlasModule['CONDITIONS'] }): React.JSX.Element {
  return (
    <ul className="link-list">
      {conditions.map((c) => (
        <li key={c.id}>
          <Link to={`/atlas/conditions/${c.id}`}>{c.name}</Link>
          <span className="muted"> · {EVIDENCE_LABELS[c.evidence.level]}</span>
        </li>
      ))}
    </ul>
  );
}

function SearchResults({ atlas, query }: { atlas: AtlasModule; query: string }): React.JSX.Element {
  const { muscles, conditions } = useMemo(() => atlas.searchAtlas(query, 20), [atlas, query]);
  if (muscles.length === 0 && conditions.length === 0) {
    return <p role="status">Nothing in the atlas matches “{query}”. Try a muscle, a body part or a condition.</p>;
  }
  return (
    <div className="two-columns" role="status" aria-live="polite">
      {conditions.length > 0 ? (
        <section aria-labelledby="found-conditions">
          <h2 id="found-conditions">Conditions</h2>
          <ConditionList conditions={conditions} />
        </section>
      ) : null}
      {muscles.length > 0 ? (
        <section aria-labelledby="found-muscles">
          <h2 id="found-muscles">Muscles</h2>
          <MuscleList muscles={muscles} />
        </section>
      ) : null}
    </div>
  );
}

function BrowseByArea({ atlas }: { atlas: AtlasModule }): React.JSX.Element {
  const groups = useMemo(() => {
    const byArea = new Map<string, AtlasModule['MUSCLES'][number][]>();
    for (const m of atlas.MUSCLES) byArea.set(m.area, [...(byArea.get(m.area) ?? []), m]);
    return Object.keys(AREA_LABELS)
      .filter((area) => byArea.has(area))
      .map((area) => ({ area, muscles: byArea.get(area) ?? [] }));
  }, [atlas]);
  return (
    <div className="area-grid">
      {groups.map(({ area, muscles }) => (
        <section key={area} aria-labelledby={`area-${area.replace(' ', '-')}`} className="card">
          <h2 id={`area-${area.replace(' ', '-')}`}>{AREA_LABELS[area]}</h2>
          <MuscleList muscles={muscles} />
        </section>
      ))}
    </div>
  );
}

export function AtlasPage(): React.JSX.Element {
  usePageTitle('Atlas');
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const browse: Browse = BROWSE_OPTIONS.find((o) => o.id === params.get('browse'))?.id ?? 'area';
  const { atlas, error } = useAtlas();

  const update = (next: Record<string, string>): void => {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged, { replace: true });
  };

  return (
    <>
      <header className="page-header">
        <h1>Atlas</h1>
        <p className="lede">
          Muscles and their trigger points: where each lies, where it sends pain, how to find it, treat it and stretch
          it — with the sources for every entry.
        </p>
      </header>
      <form role="search" className="search-form" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="atlas-search">Search the atlas</label>
        <input
          id="atlas-search"
          type="search"
          value={query}
          placeholder="A muscle, a body part or a condition — “lats”, “heel pain”, “tennis elbow”"
          autoComplete="off"
          onChange={(e) => update({ q: e.target.value })}
        />
      </form>
      {error ? <p role="alert">The atlas could not be loaded. Check your connection and reload the page.</p> : null}
      {!atlas && !error ? <p role="status">Loading the atlas…</p> : null}
      {atlas && query.trim() ? <SearchResults atlas={atlas} query={query} /> : null}
      {atlas && !query.trim() ? (
        <>
          <nav aria-label="Browse the atlas" className="segmented">
            {BROWSE_OPTIONS.map((o) => (
              <Link
                key={o.id}
                to={`/atlas?browse=${o.id}`}
                aria-current={browse === o.id ? 'page' : undefined}
                className="segmented__option"
              >
                {o.label}
              </Link>
            ))}
          </nav>
          {browse === 'area' ? <BrowseByArea atlas={atlas} /> : null}
          {browse === 'conditions' ? (
            <section aria-labelledby="conditions-title">
              <h2 id="conditions-title">Conditions</h2>
              <ConditionList conditions={atlas.CONDITIONS} />
            </section>
          ) : null}
          {browse === 'techniques' ? <Techniques atlas={atlas} /> : null}
          {browse === 'az' ? (
            <section aria-labelledby="az-title">
              <h2 id="az-title">All muscles, A–Z</h2>
              <MuscleList muscles={[...atlas.MUSCLES].sort((a, b) => a.name.localeCompare(b.name))} />
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
