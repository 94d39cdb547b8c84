import type { SessionPlan } from '@myomap/core/planner/planner.types.ts';
import { regionLabel } from '../atlas/labels.ts';

const POSITION_WORDS: Readonly<Record<string, string>> = {
  seated: 'sitting',
  supine: 'lying on your back',
  prone: 'lying face down',
  'side-lying': 'lying on your side',
  standing: 'standing',
  'standing-wall': 'standing against a wall',
};

function minutes(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/** The plan before it starts: steps in order with their time, and what did not fit and why. */
export function PlanReview({ plan }: { plan: SessionPlan }): React.JSX.Element {
  return (
    <section aria-labelledby="plan-title" className="plan-review">
      <h2 id="plan-title">Your plan: {minutes(plan.totalSeconds)}</h2>
      <p className="muted">
        Positions: {plan.positions.map((p) => POSITION_WORDS[p] ?? p).join(', then ')}.{' '}
        {plan.pressureCap < 7
          ? `Everywhere: ${plan.pressureCap} out of 10 at most, as your safety check asks.`
          : plan.steps.some((s) => s.limit)
            ? 'Some steps have a lower limit, as your safety check asks: it is shown on each.'
            : null}
      </p>
      <ol className="plan-steps">
        {plan.steps.map((step) => (
          <li key={step.id}>
            <strong>{step.title}</strong> <span className="muted">— {minutes(step.seconds)}</span>
            {step.region ? <span className="muted"> · {regionLabel(step.region)}</span> : null}
            {step.pressure !== undefined ? <span className="muted"> · pressure {step.pressure}/10</span> : null}
            {step.limit ? (
              <span className="plan-steps__limit">
                {' '}
                · {step.limit.max}/10 at most: {step.limit.reason}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {plan.leftOut.length > 0 ? (
        <div className="caution" role="note">
          <strong>Left out:</strong>
          <ul>
            {plan.leftOut.map((l) => (
              <li key={`${l.triggerPoint}:${l.side}`}>
                {l.triggerPoint} ({l.side}): {l.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
