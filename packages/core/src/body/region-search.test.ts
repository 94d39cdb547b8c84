import { describe, expect, it } from 'vitest';
import { searchRegions } from './region-search.ts';

function ids(query: string, limit?: number): string[] {
  return searchRegions(query, limit).map((region) => region.id);
}

describe('searchRegions', () => {
  it('finds both sides of a place', () => {
    expect(ids('heel').slice(0, 2)).toEqual(['heel.back.left', 'heel.back.right']);
    expect(ids('HEEL')).toEqual(ids('heel'));
  });

  it('finds a place by what people call the complaint', () => {
    expect(ids('tennis elbow')).toEqual(['elbow.lateral.left', 'elbow.lateral.right']);
    expect(ids("golfer's elbow").slice(0, 2)).toEqual(['elbow.medial.left', 'elbow.medial.right']);
    expect(ids('carpal tunnel').slice(0, 2)).toEqual(['wrist.front.left', 'wrist.front.right']);
  });

  it('finds the finer places of the pain guides by plain words', () => {
    const top = (query: string, n = 4): string[] => ids(query).slice(0, n);
    expect(top('thumb web', 2)).toEqual(['thumb.web.left', 'thumb.web.right']);
    expect(top('back of heel', 2)).toEqual(['heel.back.left', 'heel.back.right']);
    expect(top('tongue', 1)).toEqual(['tongue']);
    expect(top('breast', 2)).toEqual(['breast.left', 'breast.right']);
    expect(top('big toe')).toEqual(
      expect.arrayContaining(['toe.big.top.left', 'toe.big.top.right', 'toe.big.under.left', 'toe.big.under.right']),
    );
    expect(top('back of the fingers', 8).every((id) => /^finger\.\w+\.back\./.test(id))).toBe(true);
    expect(top('fingertips', 2).every((id) => id.includes('.palm.'))).toBe(true);
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
    expect(ids('thumb').slice(0, 2)).toEqual(['thumb.back.left', 'thumb.back.right']);
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
