import { describe, expect, it } from 'vitest';
import { evaluateScreening } from './evaluate.ts';
import { checkExpectation } from './expectations.ts';
import { findScreeningRule } from './rules.data.ts';
import { VIGNETTES } from './vignettes.data.ts';

describe('vignettes', () => {
  it('are at least 40, with unique ids, a story, a reason and sources', () => {
    expect(VIGNETTES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(VIGNETTES.map((v) => v.id)).size).toBe(VIGNETTES.length);
    for (const v of VIGNETTES) {
      expect(v.story.length, v.id).toBeGreaterThan(20);
      expect(v.why.length, v.id).toBeGreaterThan(20);
      expect(v.sources.length, v.id).toBeGreaterThan(0);
      for (const rule of [...(v.expect.rules ?? []), ...(v.expect.notRules ?? [])])
        expect(findScreeningRule(rule), `${v.id}: ${rule}`).toBeDefined();
    }
  });

  it('cover every outcome', () => {
    expect(new Set(VIGNETTES.map((v) => v.expect.outcome))).toEqual(
      new Set(['urgent', 'refer', 'postpone', 'caution', 'ok']),
    );
  });

  for (const v of VIGNETTES) {
    it(`${v.id}: ${v.expect.outcome}`, () => {
      const result = evaluateScreening(v.input);
      expect(checkExpectation(result, v.expect), v.story).toEqual([]);
    });
  }
});
