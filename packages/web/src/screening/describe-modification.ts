import type { ScreeningModification } from '@myomap/core/screening/rules.types.ts';
import { AREA_LABELS, regionLabel } from '../atlas/labels.ts';

/**
 * A change screening asks of a session, in plain words: to the person ("you") in self-care and the
 * portal, about "the client" for a therapist. Pressure limits say why, as every step they limit does.
 */

export type Reader = 'person' | 'therapist';

const POSITIONS: Readonly<Record<string, string>> = {
  prone: 'lying face down',
  supine: 'lying on the back',
  'side-lying': 'lying on the side',
  seated: 'sitting',
  standing: 'standing',
  'standing-wall': 'standing against a wall',
};

function where(regions: readonly string[] | undefined): string {
  return regions && regions.length > 0 ? ` on: ${regions.map((r) => regionLabel(r).toLowerCase()).join(', ')}` : '';
}

/** `anterior-scalene` → `anterior scalene`: muscle ids are the names, hyphenated. */
export function muscleWords(id: string): string {
  return id.replace(/-/g, ' ');
}

export function describeModification(m: ScreeningModification, reader: Reader = 'person'): string {
  const client = reader === 'therapist';
  switch (m.type) {
    case 'light-pressure':
      return `Light pressure only, 3 out of 10 at most${where(m.regions)} (${m.why}).`;
    case 'moderate-pressure':
      return `Light to moderate pressure, 5 out of 10 at most${where(m.regions)} (${m.why}).`;
    case 'check-skin':
      return `Check ${client ? 'the' : 'your'} skin before and after${where(m.regions)}.`;
    case 'rise-slowly':
      return client ? 'Let the client get up slowly after lying down.' : 'Get up slowly after lying down.';
    case 'avoid-regions':
      return `Do not press on: ${m.regions.map((r) => regionLabel(r).toLowerCase()).join(', ')} (${m.reason.toLowerCase()}).`;
    case 'avoid-area':
      return `Do not press on the ${(AREA_LABELS[m.area] ?? m.area).toLowerCase()} (${m.reason.toLowerCase()}).`;
    case 'avoid-muscles':
      return `No pressure on these muscles: ${m.muscles.map(muscleWords).join(', ')}. ${m.reason}.`;
    case 'no-position':
      return `No treatment ${POSITIONS[m.position] ?? m.position}.`;
    case 'no-heat':
      return `No heat packs${where(m.regions)}.`;
  }
}
