import { isRegionId } from './regions.ts';

/**
 * Region bases the vocabulary once had and has since split into finer ones (issue #18: the
 * distinctions the Travell & Simons pain guides draw). A saved drawing or an old client may still
 * name them; each stands for all of its children, so nothing a person marked is lost.
 */
export const RETIRED_REGION_BASES: Readonly<Record<string, readonly string[]>> = {
  thumb: ['thumb.back', 'thumb.palm'],
  'finger.index': ['finger.index.back', 'finger.index.palm'],
  'finger.middle': ['finger.middle.back', 'finger.middle.palm'],
  'finger.ring': ['finger.ring.back', 'finger.ring.palm'],
  'finger.little': ['finger.little.back', 'finger.little.palm'],
  heel: ['heel.back', 'heel.under'],
  'toe.big': ['toe.big.top', 'toe.big.under'],
  'toes.lesser': ['toes.lesser.top', 'toes.lesser.under'],
};

/**
 * The current region ids a retired id stands for (`heel.left` → `heel.back.left`, `heel.under.left`),
 * or undefined when the id is not a retired one.
 */
export function childrenOfRetiredRegion(id: string): readonly string[] | undefined {
  const side = /\.(left|right)$/.exec(id)?.[1];
  const base = side ? id.slice(0, -(side.length + 1)) : id;
  const children = RETIRED_REGION_BASES[base];
  if (!children || !side) return undefined;
  return children.map((child) => `${child}.${side}`);
}

/**
 * Region ids with every retired id replaced by its children, in order and without repeats.
 * Unknown ids pass through unchanged, for the caller to report.
 */
export function expandRetiredRegionIds(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    if (isRegionId(id)) out.add(id);
    else for (const child of childrenOfRetiredRegion(id) ?? [id]) out.add(child);
  }
  return [...out];
}
