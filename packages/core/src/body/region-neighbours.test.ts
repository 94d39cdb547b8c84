import { describe, expect, it } from 'vitest';
import { REGION_BASES } from './region-bases.data.ts';
import { REGION_NEIGHBOURS } from './region-neighbours.data.ts';
import { REGIONS, findRegion } from './regions.ts';

const KNOWN_BASES = new Set(REGION_BASES.map((base) => base.base));

function neighboursOf(id: string): readonly string[] {
  return findRegion(id)?.neighbours ?? [];
}

describe('region neighbours', () => {
  it('names only known bases', () => {
    const unknown = REGION_NEIGHBOURS.flat().filter((base) => !KNOWN_BASES.has(base));
    expect(unknown).toEqual([]);
  });

  it('lists each pair once', () => {
    const keys = REGION_NEIGHBOURS.map(([a, b]) => [a, b].sort().join(' | '));
    const repeated = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect(repeated).toEqual([]);
  });

  it('pairs a base with itself only when it has a left and a right', () => {
    const midlineSelfPairs = REGION_NEIGHBOURS.filter(
      ([a, b]) => a === b && REGION_BASES.find((base) => base.base === a)?.laterality !== 'bilateral',
    );
    expect(midlineSelfPairs).toEqual([]);
  });

  it('is symmetric', () => {
    for (const region of REGIONS) {
      for (const neighbour of region.neighbours) {
        expect(neighboursOf(neighbour), `${neighbour} → ${region.id}`).toContain(region.id);
      }
    }
  });

  it('gives every region at least one neighbour and never itself', () => {
    const lonely = REGIONS.filter((region) => region.neighbours.length === 0).map((region) => region.id);
    expect(lonely).toEqual([]);
    for (const region of REGIONS) expect(region.neighbours).not.toContain(region.id);
  });

  it('connects the whole body into one graph', () => {
    const first = REGIONS[0]!.id;
    const reached = new Set([first]);
    const queue = [first];
    while (queue.length > 0) {
      for (const next of neighboursOf(queue.shift()!)) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    const unreached = REGIONS.map((region) => region.id).filter((id) => !reached.has(id));
    expect(unreached).toEqual([]);
  });

  it('keeps bilateral neighbours on their own side, crossing only where the halves touch', () => {
    for (const region of REGIONS) {
      if (region.side === 'midline') continue;
      for (const neighbour of region.neighbours) {
        const other = findRegion(neighbour)!;
        const crossesMidline = other.side !== 'midline' && other.side !== region.side;
        if (crossesMidline) expect(other.base, `${region.id} → ${neighbour}`).toBe(region.base);
      }
    }
  });

  it('links the places the body map arrows should follow', () => {
    expect(neighboursOf('temple.right')).toEqual(
      expect.arrayContaining(['forehead.right', 'eyebrow.right', 'ear.right']),
    );
    expect(neighboursOf('shoulder.top.left')).toEqual(expect.arrayContaining(['neck.base.left', 'scapula.upper.left']));
    expect(neighboursOf('elbow.lateral.right')).toEqual(
      expect.arrayContaining(['forearm.back.right', 'forearm.radial.right', 'arm.upper.lateral.right']),
    );
    expect(neighboursOf('heel.under.left')).toEqual(expect.arrayContaining(['arch.left', 'heel.back.left']));
    expect(neighboursOf('heel.back.left')).toEqual(expect.arrayContaining(['achilles.left', 'ankle.medial.left']));
    expect(neighboursOf('finger.middle.back.right')).toEqual(
      expect.arrayContaining(['finger.index.back.right', 'finger.ring.back.right', 'finger.middle.palm.right']),
    );
    expect(neighboursOf('thumb.web.right')).toEqual(expect.arrayContaining(['thumb.back.right', 'hand.back.right']));
    expect(neighboursOf('toe.big.top.left')).toEqual(expect.arrayContaining(['toe.big.under.left', 'foot.top.left']));
    expect(neighboursOf('nipple.left')).toEqual(['breast.left']);
    expect(neighboursOf('tongue')).toEqual(expect.arrayContaining(['palate', 'pharynx']));
    expect(neighboursOf('anus')).toContain('perineum');
    expect(neighboursOf('sternum')).toEqual(expect.arrayContaining(['chest.pectoral.left', 'chest.pectoral.right']));
    expect(neighboursOf('occiput.left')).toContain('occiput.right');
    expect(neighboursOf('chest.pectoral.left')).not.toContain('chest.pectoral.right');
  });
});
