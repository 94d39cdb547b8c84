import { findRegionBase } from '../body/regions.ts';
import type { Side } from '../body/region.types.ts';
import type { ZoneRef } from './atlas.types.ts';

const OPPOSITE: Readonly<Record<Side, Side>> = { left: 'right', right: 'left' };

export interface ParsedZoneRef {
  base: string;
  /** Which sides, relative to the trigger point: the same, the other, or both. */
  relation: 'same' | 'opposite' | 'both';
}

export function parseZoneRef(ref: ZoneRef): ParsedZoneRef {
  if (ref.startsWith('both:')) return { base: ref.slice('both:'.length), relation: 'both' };
  if (ref.startsWith('opposite:')) return { base: ref.slice('opposite:'.length), relation: 'opposite' };
  return { base: ref, relation: 'same' };
}

/**
 * The concrete region ids a side-less zone reference stands for, for a trigger point on `side`.
 * Midline regions have no side; unknown bases throw (the data tests keep that from happening).
 */
export function resolveZoneRef(ref: ZoneRef, side: Side): string[] {
  const { base, relation } = parseZoneRef(ref);
  const regionBase = findRegionBase(base);
  if (!regionBase) throw new Error(`Zone reference names an unknown region base: "${ref}"`);
  if (regionBase.laterality === 'midline') return [base];
  switch (relation) {
    case 'same':
      return [`${base}.${side}`];
    case 'opposite':
      return [`${base}.${OPPOSITE[side]}`];
    case 'both':
      return [`${base}.right`, `${base}.left`];
  }
}

/** Resolves a list of references, keeping the first occurrence of each region. */
export function resolveZone(refs: readonly ZoneRef[], side: Side): string[] {
  return [...new Set(refs.flatMap((ref) => resolveZoneRef(ref, side)))];
}
