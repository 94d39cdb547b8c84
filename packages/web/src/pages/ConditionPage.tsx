import { Link, useParams } from 'react-router';
import type { ConditionView } from '@myomap/core/atlas/atlas-views.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { EVIDENCE_LABELS } from '../atlas/labels.ts';
import { Sources } from '../atlas/Sources.tsx';
import { useAtlas } from '../atlas/useAtlas.ts';
import { NotFoundPage } from './NotFoundPage.tsx';

function ConditionArticle({ condition }: { condition: ConditionView }): React.JSX.Element {
  usePageTitle(condition.name);
  return (
    <article>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/atlas">Atlas</Link> › <Link to="/atlas?browse=conditions">Conditions</Link>
      </nav>
      <header className="page-header">
        <h1>{condition.name}</h1>
        {condition.aka.length > 0 ? <p className="muted">Also known as: {condition.aka.join(', ')}</p> : null}
        <p className="lede">{condition.description}</p>
      </header>
      {condition.kind === 'caution' ? (
        <div className="caution caution--strong" role="note">
          <strong>A caution, not a treatment.</strong> Deep trigger point pressure is not for this. Ask your doctor or a
          specialist therapist.
        </div>
      ) : null}
      <section className="card red-flags" aria-labelledby="red-flags-title">
        <h2 id="red-flags-title">See a doctor first if…</h2>
        <ul>
          {condition.redFlags.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      </section>
      <div className="two-columns">
        <section aria-labelledby="muscles-title">
          <h2 id="muscles-title">Muscles to check</h2>
          <p className="muted">Most likely first.</p>
          <ol className="link-list">
            {condition.muscles.map((m) => (
              <li key={m.id}>
                <Link to={`/atlas/muscles/${m.id}`}>{m.name}</Link>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="evidence-title">
          <h2 id="evidence-title">What the evidence says</h2>
          <p>
            <span className={`badge badge--${condition.evidence.level}`}>
              {EVIDENCE_LABELS[condition.evidence.level]}
            </span>
          </p>
          <p>{condition.evidence.summary}</p>
          <Sources sources={condition.evidence.sources} open />
        </section>
      </div>
      <section aria-labelledby="ask-title">
        <h2 id="ask-title">Questions to ask your doctor</h2>
        <ul>
          {condition.askYourDoctor.map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
      <Sources sources={condition.sources} />
    </article>
  );
}

export function ConditionPage(): React.JSX.Element {
  const { id = '' } = useParams();
  const { atlas, error } = useAtlas();
  if (error) return <p role="alert">The atlas could not be loaded. Check your connection and reload the page.</p>;
  if (!atlas) return <p role="status">Loading…</p>;
  const condition = atlas.findCondition(id);
  if (!condition) return <NotFoundPage />;
  return <ConditionArticle condition={atlas.viewCondition(condition)} />;
}
