import { storedModifications } from '@myomap/core/screening/decision.ts';
import { describeModification } from '../screening/describe-modification.ts';
import { viewSources } from '@myomap/core/atlas/atlas-views.ts';
import type { Schemas } from '../api/client.ts';
import { Sources } from '../atlas/Sources.tsx';

type Decision = Schemas['ScreeningDecision'];
type Outcome = Decision['outcome'];

/** The outcome as a therapist reads it about their client. */
export const OUTCOME_HEADINGS: Readonly<Record<Outcome, string>> = {
  urgent: 'Urgent: the client needs emergency care now',
  refer: 'Refer: the client should see a doctor before any trigger point work',
  postpone: 'Postpone: no trigger point work today',
  caution: 'Go ahead, with changes',
  ok: 'Nothing in the answers stands in the way',
};

/** Short words for an outcome, the same as the timeline uses. */
export const OUTCOME_WORDS: Readonly<Record<string, string>> = {
  urgent: 'Urgent: needs a doctor now',
  refer: 'Refer to a doctor first',
  postpone: 'Postpone treatment',
  caution: 'Go ahead with care',
  ok: 'No concerns',
};

/** A recorded screening decision: outcome, why, changes to the session, and the medicines as matched. */
export function ScreeningDecisionView({
  decision,
  headingLevel = 3,
}: {
  decision: Decision;
  headingLevel?: 3 | 4;
}): React.JSX.Element {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const Sub = headingLevel === 3 ? 'h4' : 'h5';
  const canTreat = decision.outcome === 'ok' || decision.outcome === 'caution';
  return (
    <div className="clinic-decision">
      <div className={`decision decision--${decision.outcome}`}>
        <Heading className="clinic-decision__title">{OUTCOME_HEADINGS[decision.outcome]}</Heading>
        {decision.outcome === 'urgent' ? (
          <p>
            <strong>
              Call the local emergency number (999 in the UK, 112 in the EU, 911 in the US) or send the client to an
              emergency department. Do no massage or trigger point work.
            </strong>
          </p>
        ) : null}
        {decision.outcome === 'refer' ? (
          <p>Ask the client to see their doctor first, and to take these answers with them.</p>
        ) : null}
        {decision.outcome === 'postpone' ? <p>Leave trigger point work for today and screen again next time.</p> : null}
      </div>
      {decision.reasons.length > 0 ? (
        <>
          <Sub>Why</Sub>
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
          <Sub>Changes to the session</Sub>
          <ul>
            {storedModifications(decision.modifications).map((m) => (
              <li key={JSON.stringify(m)}>{describeModification(m, 'therapist')}</li>
            ))}
          </ul>
        </>
      ) : null}
      {decision.medications.length > 0 ? (
        <>
          <Sub>Medicines as recognised</Sub>
          <ul>
            {decision.medications.map((m) => (
              <li key={m.input}>
                {m.input}
                {m.classes.length > 0 ? (
                  <span className="muted"> — {m.classes.map((c) => c.label).join('; ')}</span>
                ) : null}
                {m.approximate ? <span className="muted"> (matched approximately as {m.matchedAs})</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {decision.unrecognisedMedications.length > 0 ? (
        <div className="caution" role="note">
          <strong>Not recognised:</strong> {decision.unrecognisedMedications.join(', ')}. Check the spelling with the
          client, and ask them to check with their pharmacist or doctor whether it affects pressure or massage.
        </div>
      ) : null}
      <p className="muted">Decided under safety rules version {decision.rulesetVersion}.</p>
    </div>
  );
}
