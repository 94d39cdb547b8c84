import { describe, expect, it } from 'vitest';
import {
  INSTRUMENTS,
  INSTRUMENT_IDS,
  NDI_ITEM_IDS,
  NRS_LOINC_ANSWERS,
  ODI_ITEM_IDS,
  RMDQ_ITEM_IDS,
  findInstrument,
  ndiAnswersSchema,
  ndiBand,
  nrsLoincAnswer,
  odiAnswersSchema,
  odiBand,
  psfsAnswersSchema,
  psfsOnSharedActivities,
  rmdqAnswersSchema,
  scoreNdi,
  scoreNrs,
  scoreOdi,
  scorePsfs,
  scoreRmdq,
} from './index.ts';

/** Section answers from a list of scores (null for a blank section). */
function sections(ids: readonly string[], scores: readonly (number | null)[]): Record<string, number | null> {
  return Object.fromEntries(ids.map((id, i) => [id, scores[i] ?? null]));
}

describe('NRS (pain now, 0–10)', () => {
  it('scores the number chosen and refuses anything else', () => {
    expect(scoreNrs(7)).toEqual({ ok: true, score: 7, answered: 1, missing: 0 });
    expect(scoreNrs(null)).toMatchObject({ ok: false, missing: 1 });
    expect(scoreNrs(11)).toMatchObject({ ok: false });
    expect(scoreNrs(4.5)).toMatchObject({ ok: false });
  });

  it('maps every score to its LOINC answer code (answer list LL2335-9)', () => {
    expect(NRS_LOINC_ANSWERS.map((a) => a.score)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(nrsLoincAnswer(0)).toBe('LA6111-4');
    expect(nrsLoincAnswer(5)).toBe('LA10137-0');
    expect(nrsLoincAnswer(10)).toBe('LA13942-0');
    expect(new Set(NRS_LOINC_ANSWERS.map((a) => a.code)).size).toBe(11);
  });
});

describe('PSFS', () => {
  it('is the mean of the activity ratings (sum / number of activities, Stratford 1995)', () => {
    const answers = psfsAnswersSchema.parse({
      activities: [
        { id: 'a', activity: 'Lifting my daughter', score: 3 },
        { id: 'b', activity: 'Sitting through a film', score: 5 },
        { id: 'c', activity: 'Reversing the car', score: 7 },
      ],
    });
    expect(scorePsfs(answers)).toEqual({ ok: true, score: 5, answered: 3, missing: 0 });
  });

  it('leaves unrated activities out of the mean and needs one rated', () => {
    const answers = psfsAnswersSchema.parse({
      activities: [
        { id: 'a', activity: 'Gardening', score: 2 },
        { id: 'b', activity: 'Running', score: null },
        { id: 'c', activity: 'Typing', score: 5 },
      ],
    });
    expect(scorePsfs(answers)).toEqual({ ok: true, score: 3.5, answered: 2, missing: 1 });
    expect(scorePsfs({ activities: [{ id: 'a', activity: 'Gardening', score: null }] })).toMatchObject({ ok: false });
  });

  it('compares the same activities across assessments', () => {
    const baseline = {
      activities: [
        { id: 'a', activity: 'Gardening', score: 2 },
        { id: 'b', activity: 'Typing', score: 4 },
      ],
    };
    const current = {
      activities: [
        { id: 'a', activity: 'Gardening', score: 6 },
        { id: 'b', activity: 'Typing', score: 6 },
        { id: 'c', activity: 'Swimming', score: 1 },
      ],
    };
    expect(psfsOnSharedActivities(baseline, current)).toEqual({ baseline: 3, current: 6, activities: ['a', 'b'] });
    expect(psfsOnSharedActivities(baseline, { activities: [{ id: 'z', activity: 'Other', score: 5 }] })).toBeNull();
  });

  it('rejects more than five activities, repeated ids and ratings off the scale, naming the field', () => {
    const six = Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, activity: 'x', score: 5 }));
    expect(psfsAnswersSchema.safeParse({ activities: six }).success).toBe(false);
    const twice = psfsAnswersSchema.safeParse({
      activities: [
        { id: 'a', activity: 'x', score: 1 },
        { id: 'a', activity: 'y', score: 2 },
      ],
    });
    expect(twice.error?.issues[0]?.message).toBe('activity ids must be unique');
    const off = psfsAnswersSchema.safeParse({ activities: [{ id: 'a', activity: 'x', score: 11 }] });
    expect(off.error?.issues[0]).toMatchObject({ path: ['activities', 0, 'score'], message: 'score must be 0–10' });
  });
});

describe('NDI', () => {
  it('sums ten sections to 0–50 and doubles it for percent (worked example: 20 of 50 = 40%)', () => {
    // The section scores of the PACIO sample NDI response (FHIR guide), whose stated total is 40 (percent).
    const answers = ndiAnswersSchema.parse(sections(NDI_ITEM_IDS, [2, 1, 2, 2, 3, 2, 2, 2, 2, 2]));
    expect(scoreNdi(answers)).toEqual({ ok: true, score: 20, percent: 40, answered: 10, missing: 0 });
    expect(ndiBand(20)?.label).toBe('Moderate');
  });

  it('gives a blank section the mean of the answered ones (the author’s rule)', () => {
    // Nine answered sections summing to 18: mean 2 is added for the blank one, so 20 of 50.
    const result = scoreNdi(sections(NDI_ITEM_IDS, [2, 1, 2, 2, 3, 2, 2, null, 2, 2]));
    expect(result).toEqual({ ok: true, score: 20, percent: 40, answered: 9, missing: 1 });
    // Eight answered, sum 17: 17 / 8 × 10 = 21.25.
    const two = scoreNdi(sections(NDI_ITEM_IDS, [2, 1, 2, 2, 3, 2, null, null, 3, 2]));
    expect(two).toMatchObject({ ok: true, answered: 8, missing: 2 });
    if (two.ok) expect(two.score).toBeCloseTo(21.25, 10);
  });

  it('gives no score with more than two sections blank (Myomap’s limit)', () => {
    expect(scoreNdi(sections(NDI_ITEM_IDS, [2, 1, 2, 2, 3, 2, 2, null, null, null]))).toMatchObject({
      ok: false,
      missing: 3,
    });
    expect(scoreNdi({})).toMatchObject({ ok: false, answered: 0 });
  });

  it('reads the bands on the raw score', () => {
    expect(ndiBand(4)?.label).toBe('No disability');
    expect(ndiBand(5)?.label).toBe('Mild');
    expect(ndiBand(14.9)?.label).toBe('Mild');
    expect(ndiBand(35)?.label).toBe('Complete');
  });

  it('rejects unknown sections and scores off 0–5, naming the field', () => {
    expect(ndiAnswersSchema.safeParse({ 'ndi-11': 2 }).success).toBe(false);
    const off = ndiAnswersSchema.safeParse({ 'ndi-3': 6 });
    expect(off.error?.issues[0]).toMatchObject({ path: ['ndi-3'], message: 'must be 0–5' });
  });
});

describe('ODI', () => {
  it('works the scoring-sheet example: 16 of a possible 50 is 32%', () => {
    const answers = odiAnswersSchema.parse(sections(ODI_ITEM_IDS, [2, 1, 3, 2, 2, 1, 2, 0, 2, 1]));
    expect(scoreOdi(answers)).toEqual({ ok: true, score: 32, answered: 10, missing: 0 });
    expect(odiBand(32)?.label).toBe('Moderate disability');
  });

  it('leaves a blank section out of the maximum: 16 of a possible 45 is 35.6% (printed 35.5%)', () => {
    const result = scoreOdi(sections(ODI_ITEM_IDS, [2, 1, 3, 2, 2, 1, 2, null, 2, 1]));
    expect(result).toMatchObject({ ok: true, answered: 9, missing: 1 });
    if (result.ok) expect(result.score).toBeCloseTo(35.56, 2);
  });

  it('scores from any answered section, as the authors allow, and counts the blanks', () => {
    expect(scoreOdi(sections(ODI_ITEM_IDS, [3]))).toEqual({ ok: true, score: 60, answered: 1, missing: 9 });
    expect(scoreOdi({})).toMatchObject({ ok: false });
  });

  it('takes the higher statement when two are marked in a section', () => {
    const answers = odiAnswersSchema.parse({
      ...sections(ODI_ITEM_IDS, [2, 1, 3, 2, 2, 1, 2, 0, 2, 1]),
      'odi-1': [2, 4],
    });
    expect(scoreOdi(answers)).toMatchObject({ ok: true, score: 36 });
  });

  it('reads the bands on whole percentages', () => {
    expect(odiBand(20)?.label).toBe('Minimal disability');
    expect(odiBand(20.4)?.label).toBe('Minimal disability');
    expect(odiBand(21)?.label).toBe('Moderate disability');
    expect(odiBand(81)?.label).toMatch(/^Bed-bound/);
  });
});

describe('RMDQ', () => {
  it('counts the ticked statements, 0–24', () => {
    expect(scoreRmdq({ ticked: [] })).toMatchObject({ ok: true, score: 0 });
    expect(scoreRmdq({ ticked: ['rmdq-1', 'rmdq-5', 'rmdq-24'] })).toMatchObject({ ok: true, score: 3 });
    expect(scoreRmdq({ ticked: [...RMDQ_ITEM_IDS] })).toMatchObject({ ok: true, score: 24 });
  });

  it('rejects unknown and repeated items', () => {
    expect(rmdqAnswersSchema.safeParse({ ticked: ['rmdq-25'] }).error?.issues[0]?.message).toBe(
      'unknown item "rmdq-25"',
    );
    expect(rmdqAnswersSchema.safeParse({ ticked: ['rmdq-2', 'rmdq-2'] }).success).toBe(false);
  });
});

describe('every instrument', () => {
  it('is registered once, with items and a range', () => {
    expect(INSTRUMENTS.map((i) => i.id)).toEqual([...INSTRUMENT_IDS]);
    for (const instrument of INSTRUMENTS) {
      expect(findInstrument(instrument.id)).toBe(instrument);
      expect(instrument.items.length, instrument.id).toBeGreaterThan(0);
      expect(new Set(instrument.items.map((i) => i.id)).size, instrument.id).toBe(instrument.items.length);
      expect(instrument.range.max, instrument.id).toBeGreaterThan(instrument.range.min);
    }
  });

  it('records its terms of use, its sources and its partial-answer rule with a source', () => {
    for (const instrument of INSTRUMENTS) {
      const { terms } = instrument;
      expect(terms.summary.length, instrument.id).toBeGreaterThan(40);
      expect(terms.decision.length, instrument.id).toBeGreaterThan(40);
      expect(terms.sources.length, instrument.id).toBeGreaterThan(0);
      expect(terms.checked, instrument.id).toMatch(/^\d{4}-\d{2}$/);
      if (terms.status !== 'public-domain') expect(terms.copyrightHolder, instrument.id).toBeTruthy();
      expect(instrument.sources.length, instrument.id).toBeGreaterThan(0);
      expect(instrument.partialAnswers.sources.length, instrument.id).toBeGreaterThan(0);
    }
  });

  it('ships item or answer wording only where the terms allow it', () => {
    for (const instrument of INSTRUMENTS) {
      if (instrument.terms.itemTextIncluded) {
        expect(['public-domain', 'free-to-use'], instrument.id).toContain(instrument.terms.status);
        continue;
      }
      for (const item of instrument.items) {
        expect(item.text, `${instrument.id} ${item.id}`).toBeUndefined();
        // Only Myomap's own anchor wording (PSFS) may label answers of an instrument whose wording is not shipped.
        if (instrument.terms.status !== 'free-to-use')
          expect(
            item.responses.every((r) => r.label === undefined),
            `${instrument.id} ${item.id}`,
          ).toBe(true);
        // A topic is a few words, not a statement copied from the form.
        expect(item.topic.split(' ').length, `${instrument.id} ${item.id}`).toBeLessThanOrEqual(6);
      }
    }
    expect(findInstrument('ndi').terms.itemTextIncluded).toBe(false);
    expect(findInstrument('odi').terms.itemTextIncluded).toBe(false);
  });

  it('has a LOINC code where one is published, or says why not', () => {
    const expected: Record<string, string | null> = {
      'nrs-pain': '72514-3',
      psfs: null,
      ndi: '82237-9',
      odi: '97909-6',
      rmdq: null,
    };
    for (const instrument of INSTRUMENTS) {
      expect(instrument.loinc?.score?.code ?? null, instrument.id).toBe(expected[instrument.id]);
      if (instrument.loinc === null) expect(instrument.loincNote, instrument.id).toMatch(/LOINC/);
      else {
        expect(instrument.loinc.sources.length, instrument.id).toBeGreaterThan(0);
        expect(instrument.loinc.note.length, instrument.id).toBeGreaterThan(20);
        for (const code of [
          instrument.loinc.panel?.code,
          instrument.loinc.score?.code,
          ...Object.values(instrument.loinc.items ?? {}),
        ])
          if (code !== undefined) expect(code, instrument.id).toMatch(/^\d{1,6}-\d$/);
      }
    }
    expect(findInstrument('ndi').loinc?.items?.['ndi-10']).toBe('82236-1');
  });

  it('uses LOINC codes whose check digit is right (mod 10)', () => {
    const codes = INSTRUMENTS.flatMap((i) =>
      [i.loinc?.panel?.code, i.loinc?.score?.code, ...Object.values(i.loinc?.items ?? {})].filter(
        (c): c is string => c !== undefined,
      ),
    );
    for (const code of codes) expect(loincCheckDigitOk(code), code).toBe(true);
  });
});

/** LOINC's mod-10 check digit (the Luhn algorithm without doubling the check digit). */
function loincCheckDigitOk(code: string): boolean {
  const [body, check] = code.split('-');
  if (!body || check === undefined) return false;
  let total = 0;
  [...body].reverse().forEach((char, i) => {
    const digit = Number(char);
    const value = i % 2 === 0 ? digit * 2 : digit;
    total += value > 9 ? value - 9 : value;
  });
  return (10 - (total % 10)) % 10 === Number(check);
}
