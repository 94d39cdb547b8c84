import { describe, expect, it } from 'vitest';
import { REGIONS, findRegion } from './regions.ts';

describe('region vocabulary', () => {
  it('has at least 200 regions with unique ids', () => {
    expect(REGIONS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(REGIONS.map((r) => r.id)).size).toBe(REGIONS.length);
  });

  it('gives every bilateral region a mirror on the other side', () => {
    for (const region of REGIONS) {
      if (region.side === 'midline') continue;
      const mirror = region.side === 'left' ? 'right' : 'left';
      expect(findRegion(`${region.base}.${mirror}`), region.id).toBeDefined();
    }
  });

  it('fills side into labels', () => {
    expect(findRegion('elbow.lateral.right')?.label).toBe('Outside of the right elbow');
    expect(findRegion('temple.left')?.label).toBe('Left temple');
    expect(findRegion('sternum')?.side).toBe('midline');
  });
});
