import { describe, expect, it } from 'vitest';
import { searchRegions } from './region-search.ts';

function ids(query: string, limit?: number): string[] {
  return searchRegions(query, limit).map((region) => region.id);
}

describe('searchRegions', () => {
  it('finds both sides of a place', () => {
    expect(ids('heel').slice(0, 2)).toEqual(['heel.left', 'heel.right']);
    expect(ids('HEEL')).toEqual(ids('heel'));
  });

  it('finds a place by what people call the complaint', () => {
    expect(ids('tennis elbow')).toEqual(['elbow.lateral.left', 'elbow.lateral.right']);
    expect(ids("golfer's elbow").slice(0, 2)).toEqual(['elbow.medial.left', 'elbow.medial.right']);
    expect(ids('carpal tunnel').slice(0, 2)).toEqual(['wrist.front.left', 'wrist.front.right']);
  });

  it('honours a side word', () => {
    expect(ids('right temple')[0]).toBe('temple.right');
    expect(ids('temple right')[0]).toBe('temple.right');
    expect(ids('left knee').every((id) => id.endsWith('.left'))).toBe(true);
    expect(ids('rigth temple')[0]).toBe('temple.right');
  });

  it('tolerates a typo in a longer word', () => {
    expect(ids('forhead')[0]).toMatch(/^forehead/);
    expect(ids('sholder')[0]).toMatch(/^shoulder\./);
  });

  it('ignores word order and matches the start of words', () => {
    expect(ids('between shoulder blades').slice(0, 2)).toEqual(['interscapular.left', 'interscapular.right']);
    expect(ids('blades shoulder between').slice(0, 2)).toEqual(['interscapular.left', 'interscapular.right']);
    expect(ids('achil')).toEqual(['achilles.left', 'achilles.right']);
  });

  it('prefers the region a short word names most directly', () => {
    expect(ids('shoulder')[0]).toBe('shoulder.top.left');
    expect(ids('thumb').slice(0, 2)).toEqual(['thumb.left', 'thumb.right']);
  });

  it('does not treat muscle names or filler as places', () => {
    expect(ids('lats')).toEqual([]);
    expect(ids('QL')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids('the pain')).toEqual([]);
    expect(ids('right')).toEqual([]);
  });

  it('respects the limit and is deterministic', () => {
    expect(ids('neck', 3)).toHaveLength(3);
    expect(ids('neck')).toEqual(ids('neck'));
    expect(ids('neck', 0)).toEqual([]);
  });
});
