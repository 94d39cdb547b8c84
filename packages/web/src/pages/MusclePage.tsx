import { Link, useParams } from 'react-router';
import type { MuscleView, SourceView, TriggerPointView } from '@myomap/core/atlas/atlas-views.ts';
import { usePageTitle } from '../app/usePageTitle.ts';
import { AREA_LABELS, POSITION_LABELS, regionLabel, symptomText, TOOL_LABELS } from '../atlas/labels.ts';
import { useAtlas } from '../atlas/useAtlas.ts';
import { Sources } from '../atlas/Sources.tsx';
import { ReferralFigure } from '../body/ReferralFigure.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

/** "Back of the neck, right; right side of the neck and right temple": one sentence, one capital. */
function list(items: readonly string[]): string {
  const lower = items.map((item, i) => (i === 0 ? item : item.charAt(0).toLowerCase() + item.slice(1)));
  if (lower.length <= 1) return lower.join('');
  const separator = lower.some((item) => item.includes(',')) ? '; ' : ', ';
  return `${lower.slice(0, -1).join(separator)} and ${lower.at(-1)}`;
}

function TriggerPointSection({ tp, index }: { tp: TriggerPointView; index: number }): React.JSX.Element {
  const { selfTreatment: st } = tp;
  const headingId = `tp-${index}`;
  return (
    <section className="card trigger-point" aria-labelledby={headingId}>
      <h3 id={headingId}>{tp.label}</h3>
      <dl className="facts">
        <dt>Where it is</dt>
        <dd>{regionLabel(tp.region)}</dd>
        <dt>Usually refers pain to</dt>
        <dd>{list(tp.essential.map(regionLabel))}</dd>
        {tp.spillover.length > 0 ? (
          <>
            <dt>Sometimes also to</dt>
            <dd>{list(tp.spillover.map(regionLabel))}</dd>
          </>
        ) : null}
        {tp.symptoms.length > 0 ? (
          <>
            <dt>Other symptoms</dt>
            <dd>{list(tp.symptoms.map((s) => symptomText(s).toLowerCase()))}</dd>
          </>
        ) : null}
      </dl>
      <h4>How to find it</h4>
      <p>{tp.howToFind}</p>
      <h4>Self-treatment</h4>
      <p className="muted">
        {POSITION_LABELS[st.position]}, with {list(st.tools.map((t) => TOOL_LABELS[t] ?? t))}. Press to about{' '}
        <strong>{st.pressure} out of 10</strong> discomfort — never more
        {st.holdSeconds ? `; hold ${st.holdSeconds} seconds` : ''}
        {st.repetitions ? `, ${st.repetitions} times` : ''}
        {st.strokes ? `; ${st.strokes} slow strokes` : ''}.
      </p>
      <ol>
        {st.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {tp.precautions.length > 0 ? (
        <div className="caution" role="note">
          <strong>Take care:</strong>
          <ul>
            {tp.precautions.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <Link className="button button--small" to={`/session?tp=${encodeURIComponent(`${tp.id}:${tp.side}`)}`}>
          Treat this point<span className="visually-hidden">: {tp.label}</span>
        </Link>
      </p>
      <Sources sources={tp.sources} />
    </section>
  );
}

function uniqueSources(muscle: MuscleView): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const s of [...muscle.sources, ...muscle.triggerPoints.flatMap((tp) => tp.sources)]) {
    const key = `${s.ref}|${s.locator ?? ''}`;
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

function MuscleArticle({ muscle }: { muscle: MuscleView }): React.JSX.Element {
  usePageTitle(muscle.name);
  return (
    <article className="muscle-page">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link to="/atlas">Atlas</Link> ›{' '}
        <Link to={`/atlas?browse=area`}>{AREA_LABELS[muscle.area] ?? muscle.area}</Link>
      </nav>
      <header className="page-header">
        <h1>{muscle.name}</h1>
        {muscle.commonNames.length > 0 ? <p className="muted">Also called: {muscle.commonNames.join(', ')}</p> : null}
        <p className="lede">{muscle.action}</p>
      </header>
      <div className="muscle-layout">
        <ReferralFigure
          triggerPoints={muscle.triggerPoints}
          title={`Referral pattern of the ${muscle.name.toLowerCase()}`}
        />
        <div>
          <h2>Trigger points</h2>
          {muscle.triggerPoints.map((tp, i) => (
            <TriggerPointSection key={tp.id} tp={tp} index={i} />
          ))}
        </div>
      </div>
      <section aria-labelledby="stretch-title" className="card">
        <h2 id="stretch-title">Stretch: {muscle.stretch.name}</h2>
        <p className="muted">
          {POSITION_LABELS[muscle.stretch.position]}; hold {muscle.stretch.holdSeconds} seconds,{' '}
          {muscle.stretch.repetitions} times. Gentle: a stretch, never sharp pain.
        </p>
        <ol>
          {muscle.stretch.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </section>
      <div className="two-columns">
        <section aria-labelledby="perpetuating-title">
          <h2 id="perpetuating-title">What keeps it coming back</h2>
          <ul>
            {muscle.perpetuatingFactors.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="precautions-title">
          <h2 id="precautions-title">Precautions</h2>
          <ul>
            {muscle.precautions.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </section>
      </div>
      <div className="two-columns">
        {muscle.relatedMuscles.length > 0 ? (
          <section aria-labelledby="related-title">
            <h2 id="related-title">Related muscles</h2>
            <ul className="link-list">
              {muscle.relatedMuscles.map((m) => (
                <li key={m.id}>
                  <Link to={`/atlas/muscles/${m.id}`}>{m.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {muscle.conditions.length > 0 ? (
          <section aria-labelledby="conditions-title">
            <h2 id="conditions-title">Conditions where it is checked</h2>
            <ul className="link-list">
              {muscle.conditions.map((c) => (
                <li key={c.id}>
                  <Link to={`/atlas/conditions/${c.id}`}>{c.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <Sources sources={uniqueSources(muscle)} open />
      </section>
    </article>
  );
}

export function MusclePage(): React.JSX.Element {
  const { id = '' } = useParams();
  const { atlas, error } = useAtlas();
  if (error) return <p role="alert">The atlas could not be loaded. Check your connection and reload the page.</p>;
  if (!atlas) return <p role="status">Loading…</p>;
  const muscle = atlas.findMuscle(id);
  if (!muscle) return <NotFoundPage />;
  return <MuscleArticle muscle={atlas.viewMuscle(muscle)} />;
}
