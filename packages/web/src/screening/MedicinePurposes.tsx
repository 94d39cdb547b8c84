import { useMemo } from 'react';
import { MEDICATION_PURPOSES, type MedicationPurposeId } from '@myomap/core/screening/medication-purposes.ts';
import { matchMedications } from '@myomap/core/screening/medications.ts';

/**
 * One question for each medicine Myomap does not recognise, "What is it for?", instead of a blanket
 * limit: the answer decides which rules apply. Unanswered counts as "Not sure".
 */
export function MedicinePurposes({
  lines,
  purposes,
  onChange,
}: {
  lines: readonly string[];
  purposes: Readonly<Record<string, MedicationPurposeId>>;
  onChange: (purposes: Record<string, MedicationPurposeId>) => void;
}): React.JSX.Element | null {
  const unrecognised = useMemo(() => matchMedications(lines).unrecognised, [lines]);
  if (unrecognised.length === 0) return null;
  return (
    <div className="medicine-purposes">
      {unrecognised.map((line) => (
        <fieldset key={line} className="question">
          <legend>We do not recognise “{line}”. What is it for?</legend>
          <p className="muted">If you are not sure, your pharmacist can tell you; until then we keep pressure light.</p>
          <div className="button-row">
            {MEDICATION_PURPOSES.map((purpose) => (
              <label key={purpose.id} className="chip">
                <input
                  type="radio"
                  name={`purpose-${line}`}
                  checked={purposes[line] === purpose.id}
                  onChange={() => onChange({ ...purposes, [line]: purpose.id })}
                />
                <span>{purpose.label}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
