import { describe, expect, it } from 'vitest';
import { ScreeningInputError, evaluateScreening, parseScreeningInput } from './evaluate.ts';
import { describeScreeningIssues } from './input.ts';

const issuesOf = (input: unknown): string[] => {
  const result = parseScreeningInput(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

describe('parseScreeningInput', () => {
  it('accepts a complete intake and normalises yes/no words to booleans', () => {
    const result = parseScreeningInput({
      answers: {
        pregnancy: 'yes',
        'pregnancy-trimester': 'second',
        'pregnancy-warning-signs': 'no',
        'pregnancy-complications': false,
        diabetes: 'no',
        fibromyalgia: false,
      },
      medications: ['  Eliquis 5mg '],
      regions: ['back.low.left', 'back.low.left'],
    });
    expect(result).toEqual({
      ok: true,
      input: {
        answers: {
          pregnancy: true,
          'pregnancy-trimester': 'second',
          'pregnancy-warning-signs': false,
          'pregnancy-complications': false,
          diabetes: false,
          fibromyalgia: false,
        },
        medications: ['Eliquis 5mg'],
        medicationPurposes: {},
        regions: ['back.low.left'],
      },
    });
  });

  it('treats medications and regions as optional, and null answers as unanswered', () => {
    const result = parseScreeningInput({ answers: { pregnancy: null } });
    expect(result).toEqual({ ok: true, input: { answers: {}, medications: [], medicationPurposes: {}, regions: [] } });
  });

  it('names an unknown question and a value of the wrong type', () => {
    expect(issuesOf({ answers: { pregnancy: 3, frobnicate: true }, medications: [] })).toEqual([
      'answers.pregnancy: expected yes or no',
      'answers.frobnicate: unknown question',
    ]);
  });

  it('names a bad choice, region, list and number', () => {
    expect(
      issuesOf({
        answers: {
          'recent-surgery': true,
          'recent-surgery-regions': ['knee.front.left', 'knee.elbow'],
          'recent-surgery-when': 'yesterday',
          'recent-surgery-kind': 'keyhole',
          lymphedema: true,
          'lymphedema-limbs': 'left-arm',
          'steroid-injection': true,
          'steroid-injection-regions': [],
          'steroid-injection-days': 2.5,
          'high-blood-pressure': true,
          'high-blood-pressure-controlled': 'controlled',
          'high-blood-pressure-systolic': 900,
        },
        medications: [],
      }),
    ).toEqual([
      'answers.recent-surgery-regions[1]: unknown region "knee.elbow"',
      'answers.recent-surgery-when: unknown option "yesterday"; expected one of within-2-weeks, 2-6-weeks, 6-12-weeks, not-sure',
      'answers.lymphedema-limbs: expected a list of options',
      'answers.steroid-injection-regions: expected at least one of the region ids',
      'answers.steroid-injection-days: must be a whole number',
      'answers.high-blood-pressure-systolic: must be between 60 and 300 mmHg',
    ]);
  });

  it('reports a duplicate in a list and a multiple choice of an unknown limb', () => {
    expect(
      issuesOf({
        answers: {
          'skin-problem': true,
          'skin-problem-regions': ['palm.left', 'palm.left'],
          lymphedema: true,
          'lymphedema-limbs': ['left-arm', 'tail'],
        },
      }),
    ).toEqual([
      'answers.skin-problem-regions[1]: duplicate "palm.left"',
      'answers.lymphedema-limbs[1]: unknown option "tail"; expected one of left-arm, right-arm, left-leg, right-leg, other',
    ]);
  });

  it('asks for the follow-ups the rules need, and rejects follow-ups without a yes', () => {
    expect(issuesOf({ answers: { 'recent-injury': true, 'recent-injury-regions': ['knee.front.left'] } })).toEqual([
      'answers.recent-injury-when: required when recent-injury is yes',
    ]);
    expect(issuesOf({ answers: { pregnancy: false, 'pregnancy-trimester': 'first' } })).toEqual([
      'answers.pregnancy-trimester: only asked when pregnancy is yes',
    ]);
    expect(issuesOf({ answers: { 'pregnancy-trimester': 'first' } })).toEqual([
      'answers.pregnancy-trimester: only asked when pregnancy is yes',
    ]);
    expect(issuesOf({ answers: { cancer: true, 'cancer-status': 'past' } })).toEqual([
      'answers.cancer-bone-spread: required when cancer is yes',
      'answers.cancer-new-spine-pain: required when cancer is yes',
    ]);
    // Optional follow-ups may be left out.
    expect(
      issuesOf({
        answers: { cancer: true, 'cancer-status': 'past', 'cancer-bone-spread': false, 'cancer-new-spine-pain': false },
      }),
    ).toEqual([]);
  });

  it('carries an answer from a retired question over to the question that replaced it', () => {
    const result = parseScreeningInput({ answers: { diabetes: true, 'diabetes-feet-numb': true } });
    expect(result.ok && result.input.answers).toEqual({
      diabetes: true,
      'reduced-feeling': true,
      'reduced-feeling-where': ['feet'],
    });
    const no = parseScreeningInput({ answers: { diabetes: true, 'diabetes-feet-numb': false } });
    expect(no.ok && no.input.answers).toEqual({ diabetes: true });
  });

  it('takes what an unrecognised medicine is for, only for a medicine on the list', () => {
    expect(
      issuesOf({ answers: {}, medications: ['Zorbex'], medicationPurposes: { Zorbex: 'blood-thinning' } }),
    ).toEqual([]);
    expect(issuesOf({ answers: {}, medications: ['Zorbex'], medicationPurposes: { Zorbex: 'x' } })).toEqual([
      'medicationPurposes.Zorbex: expected one of blood-thinning, pain, steroid, cancer, other, not-sure',
    ]);
    expect(issuesOf({ answers: {}, medications: ['Zorbex'], medicationPurposes: { Other: 'pain' } })).toEqual([
      'medicationPurposes.Other: not on the medicines list',
    ]);
  });

  it('names bad medicines and treatment regions, and a malformed request', () => {
    expect(issuesOf({ answers: {}, medications: ['warfarin', '', 7], regions: ['temple.left', 'elbow'] })).toEqual([
      'medications[1]: empty medicine name',
      'medications[2]: expected the name of a medicine',
      'regions[1]: unknown region "elbow"',
    ]);
    expect(issuesOf({ answers: [] })).toEqual(['answers: expected an object of answers by question id']);
    expect(issuesOf(null).length).toBeGreaterThan(0);
    expect(issuesOf({ answers: {}, extra: 1 }).length).toBe(1);
  });
});

describe('evaluateScreening with invalid input', () => {
  it('throws a ScreeningInputError carrying the issues', () => {
    let error: unknown;
    try {
      evaluateScreening({ answers: { frobnicate: 'yes' }, medications: [] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScreeningInputError);
    expect((error as ScreeningInputError).issues).toEqual([
      { path: 'answers.frobnicate', message: 'unknown question' },
    ]);
    expect((error as Error).message).toContain('answers.frobnicate: unknown question');
    expect(
      describeScreeningIssues([
        { path: '', message: 'x' },
        { path: 'a', message: 'y' },
      ]),
    ).toBe('x\na: y');
  });
});
