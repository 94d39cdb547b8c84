import { findTriggerPoint, MUSCLES, TECHNIQUES } from '@myomap/core/atlas/atlas.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import type { Side } from '@myomap/core/body/region.types.ts';
import { NOTE_TECHNIQUES, type NoteTechnique } from '@myomap/core/practice/session-note.ts';

/** One trigger point of the atlas as the note editor offers it. */
export interface TriggerPointOption {
  id: string;
  muscle: string;
  /** "Upper trapezius — TP1" */
  label: string;
  /** The atlas's description of where it is. */
  description: string;
  /** Lower-case words to search in. */
  haystack: string;
}

/** `tp1` → "TP1", `superficial-upper` → "Superficial upper". */
function shortName(suffix: string): string {
  const numbered = /^tp(\d+)$/.exec(suffix);
  if (numbered) return `TP${numbered[1]}`;
  const words = suffix.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export const TRIGGER_POINT_OPTIONS: readonly TriggerPointOption[] = MUSCLES.flatMap((muscle) =>
  muscle.triggerPoints.map((tp) => {
    const label = `${muscle.name} — ${shortName(tp.id.slice(muscle.id.length + 1))}`;
    return {
      id: tp.id,
      muscle: muscle.id,
      label,
      description: tp.label,
      haystack: fold([label, tp.label, ...muscle.commonNames].join(' ')),
    };
  }),
);

const OPTION_BY_ID: ReadonlyMap<string, TriggerPointOption> = new Map(TRIGGER_POINT_OPTIONS.map((o) => [o.id, o]));

export function triggerPointOption(id: string): TriggerPointOption | undefined {
  return OPTION_BY_ID.get(id);
}

/** "Upper trapezius — TP1", or the id itself for a point the atlas no longer has. */
export function triggerPointLabel(id: string): string {
  return OPTION_BY_ID.get(id)?.label ?? id;
}

export function muscleName(triggerPointId: string): string {
  return findTriggerPoint(triggerPointId)?.muscle.name ?? triggerPointId;
}

/** Every word typed must appear: "trap 1", "upper traps", "SCM sternal". */
export function searchTriggerPoints(query: string, limit = 8): TriggerPointOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return TRIGGER_POINT_OPTIONS.filter((o) => words.every((w) => o.haystack.includes(w))).slice(0, limit);
}

const TECHNIQUE_NAMES: ReadonlyMap<string, string> = new Map(TECHNIQUES.map((t) => [t.id, t.name]));

export const TECHNIQUE_OPTIONS: readonly { id: NoteTechnique; name: string }[] = NOTE_TECHNIQUES.map((id) => ({
  id,
  name: TECHNIQUE_NAMES.get(id) ?? 'Other',
}));

export function techniqueName(id: string): string {
  return TECHNIQUE_NAMES.get(id) ?? 'Other';
}

export const DEFAULT_TECHNIQUE: NoteTechnique = 'sustained-compression';

/** The side most of the marked places are on (right when even or none): the default for a new point. */
export function usualSide(regions: readonly { region: string }[]): Side {
  let left = 0;
  let right = 0;
  for (const { region } of regions) {
    const side = findRegion(region)?.side;
    if (side === 'left') left++;
    else if (side === 'right') right++;
  }
  return left > right ? 'left' : 'right';
}
