import { describe, expect, it } from 'vitest';
import { searchAtlas } from './atlas-search.ts';

const muscleIds = (query: string): string[] => searchAtlas(query).muscles.map((m) => m.id);
const conditionIds = (query: string): string[] => searchAtlas(query).conditions.map((c) => c.id);

describe('atlas search', () => {
  it.each([
    ['lats', 'latissimus-dorsi'],
    ['traps', 'upper-trapezius'],
    ['QL', 'quadratus-lumborum'],
    ['SCM', 'sternocleidomastoid'],
    ['hip flexor', 'psoas-major'],
    ['soleus', 'soleus'],
    ['solues', 'soleus'],
    ['infraspinatis', 'infraspinatus'],
  ])('finds %s → %s first', (query, id) => {
    expect(muscleIds(query)[0]).toBe(id);
  });

  it('finds conditions by the names people use', () => {
    expect(conditionIds('tennis elbow')[0]).toBe('tennis-elbow');
    expect(conditionIds('heel pain')).toContain('plantar-heel-pain');
    expect(conditionIds('tension headache')[0]).toBe('tension-type-headache');
  });

  it('reaches soleus and quadratus plantae for heel pain', () => {
    const top = muscleIds('heel pain').slice(0, 6);
    expect(top).toContain('soleus');
    expect(top).toContain('quadratus-plantae');
  });

  it('returns nothing for an empty or meaningless query', () => {
    expect(searchAtlas('')).toEqual({ muscles: [], conditions: [] });
    expect(searchAtlas('zzzzqqq').muscles).toEqual([]);
  });
});
