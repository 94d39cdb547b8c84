import { findMuscle, MUSCLES } from '@myomap/core/atlas/atlas.ts';
import type { Muscle } from '@myomap/core/atlas/atlas.types.ts';
import type { Schemas } from '../api/client.ts';
import type { paths } from '../api/schema.ts';
import { triggerPointLabel, triggerPointOption } from '../notes/trigger-points.ts';

export type Side = 'left' | 'right';

/** One line of a home program being written: a trigger point or a stretch, on one side. */
export interface ItemRow {
  key: string;
  kind: 'trigger-point' | 'stretch';
  /** The trigger point's id, or the muscle's for a stretch. */
  ref: string;
  side: Side;
}

export type HomeProgramInput =
  paths['/api/clinics/{clinicId}/clients/{clientId}/home-programs']['post']['requestBody']['content']['application/json'];

let counter = 0;
export function newRow(kind: ItemRow['kind'], ref: string, side: Side): ItemRow {
  counter += 1;
  return { key: `item-${counter}`, kind, ref, side };
}

export function sameItem(a: Omit<ItemRow, 'key'>, b: Omit<ItemRow, 'key'>): boolean {
  return a.kind === b.kind && a.ref === b.ref && a.side === b.side;
}

/** "Upper trapezius — TP1" or "Stretch: Upper trapezius". */
export function itemLabel(row: Omit<ItemRow, 'key'>): string {
  return row.kind === 'trigger-point' ? triggerPointLabel(row.ref) : `Stretch: ${findMuscle(row.ref)?.name ?? row.ref}`;
}

/** Where the point is, or which stretch. */
export function itemDetail(row: Omit<ItemRow, 'key'>): string | undefined {
  return row.kind === 'trigger-point' ? triggerPointOption(row.ref)?.description : findMuscle(row.ref)?.stretch.name;
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const MUSCLE_HAYSTACKS: readonly { muscle: Muscle; haystack: string }[] = MUSCLES.map((muscle) => ({
  muscle,
  haystack: fold([muscle.name, ...muscle.commonNames, muscle.stretch.name].join(' ')),
}));

/** Muscles to stretch whose names (or common names) hold every word typed: "traps", "upper trap". */
export function searchMuscles(query: string, limit = 6): Muscle[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return MUSCLE_HAYSTACKS.filter((m) => words.every((w) => m.haystack.includes(w)))
    .slice(0, limit)
    .map((m) => m.muscle);
}

/** The points treated in a session note, each point and side once: the usual start of a home program. */
export function rowsFromNote(note: Schemas['SessionNote']): ItemRow[] {
  const rows: ItemRow[] = [];
  for (const point of note.content.treatedPoints) {
    const candidate = { kind: 'trigger-point' as const, ref: point.triggerPoint, side: point.side };
    if (!triggerPointOption(point.triggerPoint) || rows.some((r) => sameItem(r, candidate))) continue;
    rows.push({ key: `note-${note.id}-${point.triggerPoint}-${point.side}`, ...candidate });
  }
  return rows;
}

export function itemsInput(rows: readonly ItemRow[]): HomeProgramInput['items'] {
  return rows.map((row) =>
    row.kind === 'trigger-point'
      ? { kind: 'trigger-point' as const, triggerPoint: row.ref, side: row.side }
      : { kind: 'stretch' as const, muscle: row.ref, side: row.side },
  );
}
