import { describe, expect, it } from 'vitest';
import { evaluateScreening } from './evaluate.ts';
import { checkExpectation } from './expectations.ts';

describe('checkExpectation', () => {
  const result = evaluateScreening({
    answers: { lymphedema: true, 'lymphedema-limbs': ['left-arm'] },
    medications: ['warfarin', 'blue pill'],
  });

  it('accepts a result that meets the expectation', () => {
    expect(
      checkExpectation(result, {
        outcome: 'caution',
        rules: ['lymphedema', 'blood-thinner'],
        modifications: [
          { type: 'light-pressure' },
          { type: 'avoid-regions', includes: ['axilla.left'], excludes: ['axilla.right'] },
        ],
        medications: ['warfarin'],
        unrecognised: ['blue pill'],
      }),
    ).toEqual([]);
  });

  it('reports every shortfall', () => {
    expect(
      checkExpectation(result, {
        outcome: 'refer',
        rules: ['pregnancy'],
        notRules: ['lymphedema'],
        modifications: [
          { type: 'no-position', position: 'prone' },
          { type: 'avoid-regions', includes: ['axilla.right'], excludes: ['axilla.left'] },
          { type: 'no-heat' },
        ],
        noModifications: ['light-pressure'],
        medications: ['apixaban'],
        unrecognised: ['red pill'],
      }),
    ).toEqual([
      'outcome caution, expected refer',
      'rule pregnancy did not fire',
      'rule lymphedema fired',
      'missing modification {"type":"no-position","position":"prone"}',
      'avoid-regions misses axilla.right',
      'avoid-regions should not cover axilla.left',
      'expected no-heat everywhere, got only 39 regions',
      'unexpected modification light-pressure',
      'medicine apixaban not recognised',
      '"red pill" not reported as unrecognised',
    ]);
  });
});
