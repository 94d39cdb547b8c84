import { Link } from 'react-router';
import type { FinderOutput } from '@myomap/core/finder/finder.ts';
import { regionLabel } from '../atlas/labels.ts';

export interface FinderResultsProps {
  output: FinderOutput | undefined;
  loading: boolean;
  shown: string | undefined;
  onShow: (muscle: string | undefined) => void;
  onAnswer: (region: string, hurts: boolean) => void;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Live results of the in-browser finder: red flags first, then ranked muscles with reasons. */
export function FinderResults({ output, loading, shown, onShow, onAnswer }: FinderResultsProps): React.JSX.Element {
  return (
    <section aria-labelledby="finder-title" className="finder">
      <h2 id="finder-title">What could be causing it</h2>
      {loading ? <p role="status">Loading the atlas…</p> : null}
      {output && output.redFlags.length > 0 ? (
        <div className="red-flag-alert" role="alert">
          <h3>See a doctor first</h3>
          {output.redFlags.map((flag) => (
            <p key={flag.id}>
              <strong>{flag.title}.</strong> {flag.advice}
            </p>
          ))}
        </div>
      ) : null}
      {output && output.results.length === 0 ? (
        <p className="muted">Mark where it hurts to see which muscles may be referring pain there.</p>
      ) : null}
      {output && output.results.length > 0 ? (
        <>
          <p className="muted">
            Trigger points in these muscles commonly send pain to the places you marked. Referral patterns show where to
            look, not what is wrong.
          </p>
          <ol className="finder-results" aria-label="Likely muscles">
            {output.results.map((result) => (
              <li key={result.muscle} className="finder-result">
                <div className="finder-result__head">
                  <Link to={`/atlas/muscles/${result.muscle}`} className="finder-result__name">
                    {result.name}
                  </Link>
                  <button
                    type="button"
                    className="button button--small"
                    aria-pressed={shown === result.muscle}
                    onClick={() => onShow(shown === result.muscle ? undefined : result.muscle)}
                  >
                    {shown === result.muscle ? 'Hide pattern' : 'Show pattern'}
                  </button>
                </div>
                <p>{result.reason}</p>
              </li>
            ))}
          </ol>
          <p>
            <Link
              className="button button--primary"
              to={`/session?${output.results
                .slice(0, 3)
                .flatMap((r) =>
                  r.triggerPoints[0] && r.sides[0]
                    ? [`tp=${encodeURIComponent(`${r.triggerPoints[0]}:${r.sides[0]}`)}`]
                    : [],
                )
                .join('&')}`}
            >
              Treat the top three with a guided session
            </Link>
          </p>
          {output.cover.length > 1 ? (
            <p>
              Together,{' '}
              <strong>
                {output.cover.map((id) => output.results.find((r) => r.muscle === id)?.name ?? id).join(' and ')}
              </strong>{' '}
              explain everything you marked.
            </p>
          ) : null}
          {output.unexplained.length > 0 ? (
            <p className="muted">
              No trigger point pattern in the atlas explains:{' '}
              {output.unexplained.map((r) => lowerFirst(regionLabel(r))).join(', ')}.
            </p>
          ) : null}
          {output.ask.length > 0 ? (
            <div className="narrow-down">
              <h3>Narrow it down</h3>
              <ul>
                {output.ask.map((region) => (
                  <li key={region}>
                    <span>Does it also hurt: {lowerFirst(regionLabel(region))}?</span>
                    <span className="button-row">
                      <button type="button" className="button button--small" onClick={() => onAnswer(region, true)}>
                        Yes<span className="visually-hidden">, {lowerFirst(regionLabel(region))} hurts too</span>
                      </button>
                      <button type="button" className="button button--small" onClick={() => onAnswer(region, false)}>
                        No<span className="visually-hidden">, not {lowerFirst(regionLabel(region))}</span>
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
