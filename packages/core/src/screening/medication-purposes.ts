import type { ChoiceOption } from './questions.types.ts';
import type { MedicationClassId } from './medications.data.ts';

/**
 * A medicine Myomap does not recognise gets one question, "What is it for?", instead of a blanket
 * limit. The answer stands in for the class the medicine would have had, so the same rules apply
 * (a blood thinner bruises the same whatever its name). "Not sure", or no answer, keeps the
 * cautious rule for unrecognised medicines.
 */
export const MEDICATION_PURPOSES = [
  { id: 'blood-thinning', label: 'Thinning the blood or preventing clots', classes: ['anticoagulant'] },
  // Painkillers range from anti-inflammatories to opioids: assume both, the stricter rules win.
  { id: 'pain', label: 'Pain', classes: ['opioid', 'nsaid'] },
  {
    id: 'steroid',
    label: 'A steroid (tablets or injections), for example for inflammation',
    classes: ['corticosteroid'],
  },
  { id: 'cancer', label: 'Cancer treatment', classes: ['chemotherapy'] },
  { id: 'other', label: 'Something else', classes: [] },
  { id: 'not-sure', label: 'Not sure', classes: [] },
] as const satisfies readonly (ChoiceOption & { classes: readonly MedicationClassId[] })[];

export type MedicationPurposeId = (typeof MEDICATION_PURPOSES)[number]['id'];

export const MEDICATION_PURPOSE_IDS: readonly MedicationPurposeId[] = MEDICATION_PURPOSES.map((p) => p.id);

export const MEDICATION_PURPOSE_QUESTION = 'What is it for?';

/** The classes a person's answers stand in for. */
export function classesOfPurposes(purposes: Iterable<MedicationPurposeId>): MedicationClassId[] {
  const wanted = new Set(purposes);
  return MEDICATION_PURPOSES.filter((p) => wanted.has(p.id)).flatMap((p) => [...p.classes]);
}

/** True when a purpose answer tells the rules enough: anything but "not sure". */
export function isKnownPurpose(purpose: MedicationPurposeId | undefined): boolean {
  return purpose !== undefined && purpose !== 'not-sure';
}
