import { storedModifications } from '@myomap/core/screening/decision.ts';
import { pointLimits } from '@myomap/core/screening/point-limits.ts';
import type { Schemas } from '../api/client.ts';
import { OUTCOME_WORDS } from '../clinic/ScreeningDecisionView.tsx';
import { formatDate } from '../clinic/format.ts';
import { describeModification } from '../screening/describe-modification.ts';
import type { TreatedPointRow } from './note-form.ts';
import { triggerPointLabel } from './trigger-points.ts';

type ClientScreening = Schemas['ClientScreening'];

/**
 * The client's current limits beside the body chart: what the latest screening asks of treatment,
 * and a warning on each treated point that breaks one (an avoided place or muscle, heat where it is
 * ruled out, stripping under a light limit). The note can still be saved: the therapist decides.
 */
export function ScreeningLimits({
  screening,
  rows,
}: {
  screening: ClientScreening | null | undefined;
  rows: readonly TreatedPointRow[];
}): React.JSX.Element {
  if (!screening) {
    return (
      <section className="note-section note-limits" aria-labelledby="limits-title">
        <h2 id="limits-title">Safety limits</h2>
        <p className="caution">No screening on record for this client: screen before treating.</p>
      </section>
    );
  }
  const modifications = storedModifications(screening.result.modifications);
  const stops = !['ok', 'caution'].includes(screening.outcome);
  const checks = rows.flatMap((row) => {
    const result = pointLimits(modifications, row);
    return result.warnings.length > 0 || result.limit ? [{ row, ...result }] : [];
  });
  return (
    <section className="note-section note-limits" aria-labelledby="limits-title">
      <h2 id="limits-title">Safety limits</h2>
      <p className="muted">
        From the screening of <time dateTime={screening.recordedAt}>{formatDate(screening.recordedAt)}</time>:{' '}
        <strong>{OUTCOME_WORDS[screening.outcome] ?? screening.outcome}</strong>.
      </p>
      {stops ? (
        <p className="red-flag-alert" role="alert">
          The latest screening says {OUTCOME_WORDS[screening.outcome]?.toLowerCase()}: no trigger point work until that
          is resolved.
        </p>
      ) : null}
      {modifications.length > 0 ? (
        <ul>
          {modifications.map((m) => (
            <li key={JSON.stringify(m)}>{describeModification(m, 'therapist')}</li>
          ))}
        </ul>
      ) : (
        <p>No limits on pressure or places.</p>
      )}
      {checks.length > 0 ? (
        <ul className="note-limits__points" aria-label="Treated points and their limits">
          {checks.map(({ row, limit, warnings }) => (
            <li key={row.key} className={warnings.length > 0 ? 'note-limits__warning' : undefined}>
              <strong>
                {triggerPointLabel(row.triggerPoint)} ({row.side})
              </strong>
              {limit ? (
                <span>
                  {' '}
                  — {limit.max}/10 at most: {limit.why}.
                </span>
              ) : null}
              {warnings.map((w) => (
                <span key={w} role="alert" className="field__error">
                  {' '}
                  {w}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
