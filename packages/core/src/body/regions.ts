import { REGION_BASES } from './region-bases.data.ts';
import { REGION_NEIGHBOURS } from './region-neighbours.data.ts';
import { REGION_SNOMED } from './region-snomed.data.ts';
import type { Region, RegionBase, Side } from './region.types.ts';

const SIDES: readonly Side[] = ['left', 'right'];

function fill(template: string, side: Side): string {
  const capital = side === 'left' ? 'Left' : 'Right';
  return template.replaceAll('{Side}', capital).replaceAll('{side}', side);
}

/** The concrete region ids a base stands for: one for midline, two for bilateral. */
export function regionIdsOfBase(base: RegionBase): string[] {
  return base.laterality === 'midline' ? [base.base] : SIDES.map((side) => `${base.base}.${side}`);
}

function expand(base: RegionBase): Region[] {
  const snomed = REGION_SNOMED[base.base];
  const synonyms = base.synonyms ?? [];
  const optIn = base.optIn ? { optIn: base.optIn } : {};
  if (base.laterality === 'midline') {
    return [
      {
        id: base.base,
        base: base.base,
        label: base.label,
        anatomicalLabel: base.anatomicalLabel,
        side: 'midline',
        area: base.area,
        synonyms,
        neighbours: [],
        ...(snomed ? { snomed } : {}),
        ...optIn,
      },
    ];
  }
  return SIDES.map((side) => ({
    id: `${base.base}.${side}`,
    base: base.base,
    label: fill(base.label, side),
    anatomicalLabel: fill(base.anatomicalLabel, side),
    side,
    area: base.area,
    synonyms,
    neighbours: [],
    ...(snomed ? { snomed } : {}),
    ...optIn,
  }));
}

/**
 * Neighbours are written once per base pair (see region-neighbours.data.ts) and resolved
 * here to concrete ids: two bilateral bases meet on the same side; a bilateral base and a
 * midline base meet on both sides; `across` pairs join the left and right of one base.
 */
function withNeighbours(regions: Region[]): Region[] {
  const byBase = new Map<string, Region[]>();
  for (const region of regions) {
    const list = byBase.get(region.base) ?? [];
    list.push(region);
    byBase.set(region.base, list);
  }
  const neighbours = new Map<string, Set<string>>(regions.map((r) => [r.id, new Set<string>()]));
  const link = (a: string, b: string): void => {
    neighbours.get(a)?.add(b);
    neighbours.get(b)?.add(a);
  };
  for (const [a, b] of REGION_NEIGHBOURS) {
    const left = byBase.get(a);
    const right = byBase.get(b);
    if (!left || !right) throw new Error(`Neighbour pair names an unknown region base: ${!left ? a : b}`);
    for (const x of left) {
      for (const y of right) {
        const sameSideOrMidline = x.side === 'midline' || y.side === 'midline' || x.side === y.side;
        if (sameSideOrMidline && x.id !== y.id) link(x.id, y.id);
      }
    }
    if (a === b && left.length === 2) link(left[0]!.id, left[1]!.id);
  }
  return regions.map((r) => ({ ...r, neighbours: [...(neighbours.get(r.id) ?? [])].sort() }));
}

/** Every region of the vocabulary, head to foot, left before right. */
export const REGIONS: readonly Region[] = withNeighbours(REGION_BASES.flatMap(expand));

const REGION_BY_ID: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.id, r]));
const BASE_BY_ID: ReadonlyMap<string, RegionBase> = new Map(REGION_BASES.map((b) => [b.base, b]));

export function findRegion(id: string): Region | undefined {
  return REGION_BY_ID.get(id);
}

export function isRegionId(id: string): boolean {
  return REGION_BY_ID.has(id);
}

export function findRegionBase(base: string): RegionBase | undefined {
  return BASE_BY_ID.get(base);
}
