import { storedModifications } from '@myomap/core/screening/decision.ts';
import type { ScreeningResult as ScreeningDecision } from '@myomap/core/screening/evaluate.ts';
import { MEDICATION_PURPOSE_IDS, type MedicationPurposeId } from '@myomap/core/screening/medication-purposes.ts';
import { MEDICATION_CLASSES, type MedicationClassId } from '@myomap/core/screening/medications.data.ts';
import type { Schemas } from '../api/client.ts';

function isMedicationClass(value: string): value is MedicationClassId {
  return MEDICATION_CLASSES.some((c) => c.id === value);
}

function purposesOf(value: Record<string, string> | undefined): Record<string, MedicationPurposeId> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter((e): e is [string, MedicationPurposeId] =>
      (MEDICATION_PURPOSE_IDS as readonly string[]).includes(e[1]),
    ),
  );
}

/**
 * The decision the server recorded, in the shape the screening components show. The server's result is
 * the one that counts (it is what the clinic sees), so it is shown as recorded, not worked out again here.
 */
export function decisionFromServer(result: Schemas['ScreeningDecision']): ScreeningDecision {
  return {
    outcome: result.outcome,
    reasons: result.reasons.map((r) => ({ ...r, sources: r.sources.map((s) => ({ ...s })) })),
    modifications: storedModifications(result.modifications),
    medications: result.medications.map((med) => ({
      ...med,
      classes: med.classes.flatMap((c) => (isMedicationClass(c.id) ? [{ ...c, id: c.id, atc: [...c.atc] }] : [])),
    })),
    unrecognisedMedications: result.unrecognisedMedications,
    medicationPurposes: purposesOf(result.medicationPurposes),
    treatmentRegions: result.treatmentRegions,
    rulesetVersion: result.rulesetVersion,
  };
}
