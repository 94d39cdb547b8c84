import { useQuery } from '@tanstack/react-query';
import { parseScreeningInput, screen, type ScreeningResult } from '@myomap/core/screening/evaluate.ts';
import { MEDICATION_PURPOSE_IDS, type MedicationPurposeId } from '@myomap/core/screening/medication-purposes.ts';
import { decisionFromServer } from '../portal/decision.ts';
import { formatDate } from '../portal/format.ts';
import { fetchPortalRecord, portalRecordKey, type PortalRecord } from '../portal/queries.ts';
import { describeModification } from '../screening/describe-modification.ts';
import type { ScreeningDraft } from '../screening/useScreeningDraft.ts';
import type { ProgramRef } from './ProgramLog.tsx';

type ClinicScreening = NonNullable<PortalRecord['latestScreening']>;

function purposesOf(value: Readonly<Record<string, string>> | undefined): Record<string, MedicationPurposeId> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter((e): e is [string, MedicationPurposeId] =>
      (MEDICATION_PURPOSE_IDS as readonly string[]).includes(e[1]),
    ),
  );
}

/**
 * The clinic's latest screening, checked again against today's points with the current rules. If its
 * answers no longer validate (a question added since, say), the decision the clinic recorded holds.
 */
export function decisionFromClinic(screening: ClinicScreening, regions: readonly string[]): ScreeningResult {
  const parsed = parseScreeningInput({
    answers: screening.input.answers,
    medications: screening.input.medications,
    medicationPurposes: purposesOf(screening.input.medicationPurposes),
    regions: [...regions],
  });
  return parsed.ok ? screen(parsed.input) : decisionFromServer(screening.result);
}

/** The clinic's answers as a draft to change, for "Something has changed". */
export function draftFromClinic(record: PortalRecord): ScreeningDraft {
  const input = record.latestScreening?.input;
  return {
    answers: { ...(input?.answers ?? {}) },
    medications: [...(input?.medications ?? record.medications)],
    medicationPurposes: purposesOf(input?.medicationPurposes),
    step: 0,
  };
}

/**
 * A home routine from the portal starts from what the clinic knows: its latest screening, with only
 * "has anything changed?" to answer. With no screening on record, the person answers in full,
 * starting from the medicines the clinic has.
 */
export function ClinicScreeningCheck({
  program,
  regions,
  onUse,
  onAnswerAgain,
}: {
  program: ProgramRef;
  regions: readonly string[];
  onUse: (decision: ScreeningResult) => void;
  onAnswerAgain: (draft: ScreeningDraft) => void;
}): React.JSX.Element {
  const record = useQuery({
    queryKey: portalRecordKey(program.clientId),
    queryFn: () => fetchPortalRecord(program.clientId),
  });
  if (record.isPending) return <p role="status">Loading your clinic’s safety check…</p>;
  if (record.isError) {
    return (
      <div className="caution" role="alert">
        <p>We could not load your clinic’s safety check. Answer the safety questions instead.</p>
        <button
          type="button"
          className="button"
          onClick={() => onAnswerAgain({ answers: {}, medications: [], step: 0 })}
        >
          Answer the safety questions
        </button>
      </div>
    );
  }
  const latest = record.data.latestScreening;
  if (!latest) {
    return (
      <section aria-labelledby="clinic-check-title">
        <h2 id="clinic-check-title">Safety check</h2>
        <p>Your clinic has no safety check on record yet, so please answer the questions once.</p>
        <button
          type="button"
          className="button button--primary"
          onClick={() => onAnswerAgain(draftFromClinic(record.data))}
        >
          Answer the safety questions
        </button>
      </section>
    );
  }
  const decision = decisionFromClinic(latest, regions);
  const limits = decision.modifications.filter((m) => m.type !== 'rise-slowly' && m.type !== 'check-skin');
  return (
    <section aria-labelledby="clinic-check-title">
      <h2 id="clinic-check-title">Has anything changed since your last safety check?</h2>
      <p>
        {record.data.clinic.name} checked your safety on{' '}
        <time dateTime={latest.recordedAt}>{formatDate(latest.recordedAt)}</time>. Your routine keeps to it:
      </p>
      {limits.length > 0 ? (
        <ul>
          {limits.map((m) => (
            <li key={JSON.stringify(m)}>{describeModification(m)}</li>
          ))}
        </ul>
      ) : (
        <p>No limits on pressure or places.</p>
      )}
      <p className="muted">
        Anything changed means: a new or stopped medicine, an operation, a fall or injury, a new diagnosis, pregnancy,
        or a new warning sign such as chest pain, new weakness or numbness.
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => onUse(decision)}>
          Nothing has changed
        </button>
        <button type="button" className="button" onClick={() => onAnswerAgain(draftFromClinic(record.data))}>
          Something has changed
        </button>
      </div>
    </section>
  );
}
