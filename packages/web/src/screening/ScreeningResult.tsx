import { describeModification } from './describe-modification.ts';
import { viewSources } from '@myomap/core/atlas/atlas-views.ts';
import type { ScreeningResult as ScreeningDecision } from '@myomap/core/screening/evaluate.ts';
import { Sources } from '../atlas/Sources.tsx';

const HEADINGS: Readonly<Record<ScreeningDecision['outcome'], string>> = {
  urgent: 'Seek urgent medical care now',
  refer: 'See a doctor before any trigger point work',
  postpone: 'Not today',
  caution: 'You can go ahead, with these changes',
  ok: 'Nothing in your answers stands in the way',
};

export interface ScreeningResultProps {
  decision: ScreeningDecision;
  onChange: () => void;
  onRestart: () => void;
  onContinue: () => void;
}

/** The decision with every reason, what to do next, and — for `urgent` — emergency guidance first. */
export function ScreeningResult({
  decision,
  onChange,
  onRestart,
  onContinue,
}: ScreeningResultProps): React.JSX.Element {
  const canTreat = decision.outcome === 'ok' || decision.outcome === 'caution';
  return (
    <section aria-labelledby="decision-title">
      <div className={`decision decision--${decision.outcome}`} role={canTreat ? 'status' : 'alert'}>
        <h2 id="decision-title">{HEADINGS[decision.outcome]}</h2>
        {decision.outcome === 'urgent' ? (
          <p>
            <strong>
              Call your local emergency number now (999 in the UK, 112 in the EU, 911 in the US) or go to an emergency
              department. Do not do any massage or trigger point work.
            </strong>
          </p>
        ) : null}
        {decision.outcome === 'refer' ? <p>Please speak to a doctor first. Bring these answers with you.</p> : null}
        {decision.outcome === 'postpone' ? (
          <p>Leave trigger point work for today and check again another day.</p>
        ) : null}
      </div>
      {decision.reasons.length > 0 ? (
        <>
          <h3>Why</h3>
          <ul className="reasons">
            {decision.reasons.map((r) => (
              <li key={r.rule}>
                <p>
                  <strong>{r.reason}</strong>
                </p>
                <p>{r.advice}</p>
                <Sources sources={viewSources(r.sources)} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {canTreat && decision.modifications.length > 0 ? (
        <>
          <h3>Changes to your session</h3>
          <ul>
            {decision.modifications.map((m) => (
              <li key={JSON.stringify(m)}>{describeModification(m)}</li>
            ))}
          </ul>
        </>
      ) : null}
      {decision.unrecognisedMedications.length > 0 ? (
        <div className="caution" role="note">
          <strong>We did not recognise:</strong> {decision.unrecognisedMedications.join(', ')}. Check the spelling, or
          ask your pharmacist whether it affects massage or pressure.
        </div>
      ) : null}
      <p className="muted">Decided under safety rules version {decision.rulesetVersion}.</p>
      <div className="button-row">
        <button type="button" className="button" onClick={onChange}>
          Change my answers
        </button>
        <button type="button" className="button" onClick={onRestart}>
          Start again
        </button>
        {canTreat ? (
          <button type="button" className="button button--primary" onClick={onContinue}>
            Continue
          </button>
        ) : null}
      </div>
    </section>
  );
}
