import { describe, expect, it } from 'vitest';
import { CHOIR_AREAS_BY_BASE, CHOIR_BY_REGION, CHOIR_REGIONS, toChoir } from './choir.ts';
import { REGION_BASES } from './region-bases.data.ts';
import { REGIONS } from './regions.ts';

/** The person's side a CHOIR region covers, read from its title ("Cranium (front-right)"). */
function choirSide(key: string): 'left' | 'right' {
  const title = CHOIR_REGIONS.find((region) => region.key === key)?.title ?? '';
  const side = /-(left|right)\)$/.exec(title)?.[1];
  if (side !== 'left' && side !== 'right') throw new Error(`No side in CHOIR title of ${key}: ${title}`);
  return side;
}

describe('CHOIR body map', () => {
  it('has the 74 regions, 36 on the front figure and 38 on the back', () => {
    const keys = CHOIR_REGIONS.map((region) => region.key);
    expect(new Set(keys).size).toBe(74);
    expect(CHOIR_REGIONS.filter((region) => region.figure === 'front').map((region) => region.key)).toEqual(
      Array.from({ length: 36 }, (_, index) => `f${String(index + 1).padStart(2, '0')}`),
    );
    expect(CHOIR_REGIONS.filter((region) => region.figure === 'back').map((region) => region.key)).toEqual(
      Array.from({ length: 38 }, (_, index) => `b${String(index + 1).padStart(2, '0')}`),
    );
    expect(CHOIR_REGIONS[0]).toEqual({ key: 'f01', title: 'Cranium (front-right)', figure: 'front' });
    for (const region of CHOIR_REGIONS) expect(['left', 'right']).toContain(choirSide(region.key));
  });

  it('maps every base, and only known bases', () => {
    const bases = REGION_BASES.map((base) => base.base).sort();
    expect(Object.keys(CHOIR_AREAS_BY_BASE).sort()).toEqual(bases);
  });

  it('puts every region in at least one CHOIR region, using real keys', () => {
    const keys = new Set(CHOIR_REGIONS.map((region) => region.key));
    for (const region of REGIONS) {
      const mapped = CHOIR_BY_REGION[region.id] ?? [];
      expect(mapped.length, region.id).toBeGreaterThan(0);
      for (const key of mapped) expect(keys.has(key), `${region.id} → ${key}`).toBe(true);
    }
  });

  it('reaches every CHOIR region from some region', () => {
    const reached = new Set(Object.values(CHOIR_BY_REGION).flat());
    expect(CHOIR_REGIONS.map((region) => region.key).filter((key) => !reached.has(key))).toEqual([]);
  });

  it("keeps the person's side: left regions in left CHOIR halves, right in right, midline in both", () => {
    for (const region of REGIONS) {
      const sides = new Set((CHOIR_BY_REGION[region.id] ?? []).map(choirSide));
      if (region.side === 'midline') expect([...sides].sort(), region.id).toEqual(['left', 'right']);
      else expect([...sides], region.id).toEqual([region.side]);
    }
  });

  it('maps sample regions to the expected CHOIR regions', () => {
    expect(CHOIR_BY_REGION['temple.right']).toEqual(['f01', 'f03']);
    expect(CHOIR_BY_REGION['heel.under.left']).toEqual(['b37']);
    expect(CHOIR_BY_REGION['finger.index.back.right']).toEqual(['b30']);
    expect(CHOIR_BY_REGION['finger.index.palm.right']).toEqual(['f25']);
    expect(CHOIR_BY_REGION['toe.big.top.left']).toEqual(['f36']);
    expect(CHOIR_BY_REGION['breast.right']).toEqual(['f08']);
    expect(CHOIR_BY_REGION['interscapular.right']).toEqual(['b09']);
    expect(CHOIR_BY_REGION['elbow.lateral.left']).toEqual(['b15', 'f14']);
    expect(CHOIR_BY_REGION['sternum']).toEqual(['f08', 'f09']);
  });

  it('converts a set of regions to sorted unique CHOIR keys', () => {
    expect(toChoir(['sternum', 'chest.pectoral.left', 'heel.left', 'heel.left'])).toEqual(['b37', 'f08', 'f09']);
    expect(toChoir([])).toEqual([]);
    // An old drawing's coarse id counts as all of its children.
    expect(toChoir(['thumb.right'])).toEqual(['b30', 'f25']);
    expect(() => toChoir(['elbow.lateal.right'])).toThrow('elbow.lateal.right');
  });
});
