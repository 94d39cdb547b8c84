import { isUnchanged } from '@myomap/core/practice/screening-diff.ts';
import { SCREENING_RULES } from '@myomap/core/screening/rules.data.ts';
import type { Schemas } from '../api/client.ts';
import { OUTCOME_WORDS } from './ScreeningDecisionView.tsx';

function ruleReason(id: string): string {
  return SCREENING_RULES.find((r) => r.id === id)?.reason ?? id;
}

/**
 * What changed between the previous screening and this one, so the therapist sees a new medicine or a
 * new warning sign without re-reading the whole intake.
 */
export function ScreeningChangesView({
  changes,
  headingId,
}: {
  changes: Schemas['ScreeningChanges'] | null;
  headingId: string;
}): React.JSX.Element {
  return (
    <div className="clinic-changes">
      <h3 id={headingId}>What changed since the previous screening</h3>
      {changes === null ? (
        <p className="muted">This is the first screening on record: there is nothing earlier to compare with.</p>
      ) : isUnchanged(changes) ? (
        <p>Nothing changed: the same answers, medicines and outcome as the previous screening.</p>
      ) : (
        <>
          {changes.outcome ? (
            <p className="clinic-changes__outcome">
              <strong>Outcome changed:</strong> was “{OUTCOME_WORDS[changes.outcome.before] ?? changes.outcome.before}”,
              now “{OUTCOME_WORDS[changes.outcome.after] ?? changes.outcome.after}”.
            </p>
          ) : (
            <p>The outcome is the same as before.</p>
          )}
          {changes.answers.length > 0 ? (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">Answers that changed</caption>
                <thead>
                  <tr>
                    <th scope="col">Question</th>
                    <th scope="col">Before</th>
                    <th scope="col">Now</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.answers.map((a) => (
                    <tr key={a.question}>
                      <th scope="row">{a.text}</th>
                      <td>{a.before}</td>
                      <td>
                        <strong>{a.after}</strong>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {changes.medicationsAdded.length > 0 ? (
            <p>
              <strong>New medicines:</strong> {changes.medicationsAdded.join(', ')}
            </p>
          ) : null}
          {changes.medicationsRemoved.length > 0 ? (
            <p>
              <strong>No longer taking:</strong> {changes.medicationsRemoved.join(', ')}
            </p>
          ) : null}
          {changes.newReasons.length > 0 ? (
            <>
              <p>
                <strong>New concerns:</strong>
              </p>
              <ul>
                {changes.newReasons.map((id) => (
                  <li key={id}>{ruleReason(id)}</li>
                ))}
              </ul>
            </>
          ) : null}
          {changes.resolvedReasons.length > 0 ? (
            <>
              <p>
                <strong>No longer a concern:</strong>
              </p>
              <ul>
                {changes.resolvedReasons.map((id) => (
                  <li key={id}>{ruleReason(id)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </div>
  );
}
