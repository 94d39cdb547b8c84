import type { BodyPosition } from '@myomap/core/atlas/atlas.types.ts';
import { BODY_AREAS, type BodyArea } from '@myomap/core/body/region.types.ts';
import type { ScreeningResult as ScreeningDecision } from '@myomap/core/screening/evaluate.ts';
import { MEDICATION_CLASSES, type MedicationClassId } from '@myomap/core/screening/medications.data.ts';
import type { ScreeningModification } from '@myomap/core/screening/rules.types.ts';
import type { Schemas } from '../api/client.ts';

const POSITIONS = [
  'seated',
  'supine',
  'prone',
  'side-lying',
  'standing',
  'standing-wall',
] as const satisfies readonly BodyPosition[];

function isBodyArea(value: string | undefined): value is BodyArea {
  return (BODY_AREAS as readonly string[]).includes(value ?? '');
}

function isPosition(value: string | undefined): value is BodyPosition {
  return (POSITIONS as readonly string[]).includes(value ?? '');
}

function isMedicationClass(value: string): value is MedicationClassId {
  return MEDICATION_CLASSES.some((c) => c.id === value);
}

function modificationOf(m: Schemas['ScreeningModification']): ScreeningModification | undefined {
  const regions = m.regions ? { regions: [...m.regions] } : {};
  switch (m.type) {
    case 'light-pressure':
    case 'moderate-pressure':
    case 'no-heat':
    case 'check-skin':
      return { type: m.type, ...regions };
    case 'rise-slowly':
      return { type: 'rise-slowly' };
    case 'avoid-regions':
      return { type: 'avoid-regions', regions: m.regions ?? [], reason: m.reason ?? '' };
    case 'avoid-area':
      return isBodyArea(m.area) ? { type: 'avoid-area', area: m.area, reason: m.reason ?? '' } : undefined;
    case 'no-position':
      return isPosition(m.position) ? { type: 'no-position', position: m.position } : undefined;
  }
}

/**
 * The decision the server recorded, in the shape the screening components show. The server's result is
 * the one that counts (it is what the clinic sees), so it is shown as recorded, not worked out again here.
 */
export function decisionFromServer(result: Schemas['ScreeningDecision']): ScreeningDecision {
  return {
    outcome: result.outcome,
    reasons: result.reasons.map((r) => ({ ...r, sources: r.sources.map((s) => ({ ...s })) })),
    modifications: result.modifications.flatMap((m) => {
      const converted = modificationOf(m);
      return converted ? [converted] : [];
    }),
    medications: result.medications.map((med) => ({
      ...med,
      classes: med.classes.flatMap((c) => (isMedicationClass(c.id) ? [{ ...c, id: c.id, atc: [...c.atc] }] : [])),
    })),
    unrecognisedMedications: result.unrecognisedMedications,
    treatmentRegions: result.treatmentRegions,
    rulesetVersion: result.rulesetVersion,
  };
}
