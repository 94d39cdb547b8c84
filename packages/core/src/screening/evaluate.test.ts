import { describe, expect, it } from 'vitest';
import { SCREENING_OUTCOMES, evaluateScreening, isMoreSevere } from './evaluate.ts';
import { mergeModifications } from './modifications.ts';
import { mostSevere } from './outcomes.ts';
import { RULESET_VERSION } from './rules.data.ts';

const run = (answers: Record<string, unknown>, medications: string[] = [], regions?: string[]) =>
  evaluateScreening({ answers, medications, ...(regions ? { regions } : {}) });

describe('outcomes', () => {
  it('are ordered from most to least severe', () => {
    expect(SCREENING_OUTCOMES).toEqual(['urgent', 'refer', 'postpone', 'caution', 'ok']);
    expect(isMoreSevere('urgent', 'refer')).toBe(true);
    expect(isMoreSevere('postpone', 'caution')).toBe(true);
    expect(isMoreSevere('caution', 'caution')).toBe(false);
    expect(isMoreSevere('ok', 'caution')).toBe(false);
    expect(mostSevere([])).toBe('ok');
    expect(mostSevere(['caution', 'refer', 'postpone'])).toBe('refer');
  });
});

describe('evaluateScreening', () => {
  it('is ok with nothing to report, and says which ruleset it used', () => {
    expect(run({})).toEqual({
      outcome: 'ok',
      reasons: [],
      modifications: [],
      medications: [],
      unrecognisedMedications: [],
      medicationPurposes: {},
      treatmentRegions: [],
      rulesetVersion: RULESET_VERSION,
    });
    expect(run({ pregnancy: false, diabetes: false, 'chest-pain-exertion': false }).outcome).toBe('ok');
  });

  it('takes the most severe outcome and lists every fired rule, most severe first', () => {
    const result = run({ fibromyalgia: true, 'infection-today': true, 'fever-back-pain': true }, ['warfarin']);
    expect(result.outcome).toBe('refer');
    expect(result.reasons.map((r) => [r.rule, r.outcome])).toEqual([
      ['red-flag-fever-with-back-pain', 'refer'],
      ['infection-or-fever', 'postpone'],
      ['blood-thinner', 'caution'],
      ['fibromyalgia', 'caution'],
    ]);
  });

  it('reports one blood-thinner reason whether it comes from the answer, the medicines or both', () => {
    const result = run({ 'blood-thinners': true }, ['Eliquis 5mg', 'clopidogrel']);
    expect(result.reasons.filter((r) => r.rule === 'blood-thinner')).toHaveLength(1);
    expect(result.modifications).toEqual([
      { type: 'light-pressure', rule: 'blood-thinner', why: 'blood thinners make bruising likely' },
    ]);
  });

  it('keeps avoided regions one entry per reason, each the union of its regions', () => {
    const result = run({
      'skin-problem': true,
      'skin-problem-regions': ['forearm.back.right'],
      'varicose-veins': true,
      'varicose-veins-regions': ['calf.lower.left', 'leg.medial.left'],
      'recent-injury': true,
      'recent-injury-regions': ['forearm.back.right', 'knee.front.left'],
      'recent-injury-when': '2-6-weeks',
    });
    const avoid = result.modifications.filter((m) => m.type === 'avoid-regions');
    expect(avoid).toEqual([
      { type: 'avoid-regions', regions: ['forearm.back.right', 'knee.front.left'], reason: 'Recent injury' },
      { type: 'avoid-regions', regions: ['leg.medial.left', 'calf.lower.left'], reason: 'Varicose veins' },
      { type: 'avoid-regions', regions: ['forearm.back.right'], reason: 'Wound, rash or lump' },
    ]);
  });

  it('lets a light limit everywhere absorb a moderate one, keeps one limit per rule, and none on avoided regions', () => {
    const moderate = { type: 'moderate-pressure', rule: 'm', why: 'dull feedback' } as const;
    const light = { type: 'light-pressure', rule: 'l', why: 'bruising' } as const;
    expect(mergeModifications([moderate, light, light])).toEqual([light]);
    expect(
      mergeModifications([
        { ...light, regions: ['calf.upper.left', 'shin.left'] },
        { ...light, rule: 'l2', regions: ['shin.left'] },
        { type: 'avoid-regions', regions: ['shin.left'], reason: 'x' },
        moderate,
        { type: 'no-position', position: 'supine' },
        { type: 'no-position', position: 'prone' },
        { type: 'no-position', position: 'prone' },
        { type: 'rise-slowly' },
        { type: 'rise-slowly' },
      ]),
    ).toEqual([
      { type: 'avoid-regions', regions: ['shin.left'], reason: 'x' },
      { type: 'no-position', position: 'prone' },
      { type: 'no-position', position: 'supine' },
      { ...light, regions: ['calf.upper.left'] },
      moderate,
      { type: 'rise-slowly' },
    ]);
  });

  it('postpones for a fresh injury only when treatment is at or next to it', () => {
    const answers = {
      'recent-injury': true,
      'recent-injury-regions': ['ankle.lateral.right'],
      'recent-injury-when': 'within-3-days',
    };
    expect(run(answers).outcome).toBe('postpone'); // treatment could be anywhere
    expect(run(answers, [], ['ankle.lateral.right']).outcome).toBe('postpone');
    expect(run(answers, [], ['heel.back.right']).outcome).toBe('postpone'); // a neighbour
    const far = run(answers, [], ['neck.back.left', 'shoulder.top.left']);
    expect(far.outcome).toBe('caution');
    expect(far.modifications).toContainEqual({
      type: 'avoid-regions',
      regions: ['ankle.lateral.right'],
      reason: 'Recent injury',
    });
  });

  it('says for each treatment region what limit applies there', () => {
    const result = run(
      { lymphedema: true, 'lymphedema-limbs': ['left-arm'] },
      ['tramadol'],
      ['neck.side.left', 'axilla.left', 'neck.side.right'],
    );
    expect(result.treatmentRegions).toEqual([
      { region: 'neck.side.left', limit: 'light' },
      { region: 'axilla.left', limit: 'avoid' },
      { region: 'neck.side.right', limit: 'moderate' },
    ]);
    const pregnant = run(
      {
        pregnancy: true,
        'pregnancy-trimester': 'first',
        'pregnancy-warning-signs': false,
        'pregnancy-complications': false,
      },
      [],
      ['periumbilical', 'back.low.left'],
    );
    expect(pregnant.treatmentRegions).toEqual([
      { region: 'periumbilical', limit: 'avoid' },
      { region: 'back.low.left', limit: 'none' },
    ]);
  });

  it('treats a head injury on a blood thinner as urgent, a knee injury as refer, and either without one as caution', () => {
    const injury = (where: string) => ({
      'recent-injury': true,
      'recent-injury-regions': [where],
      'recent-injury-when': '4-14-days',
    });
    expect(run(injury('forehead.left'), ['warfarin']).outcome).toBe('urgent');
    expect(run(injury('knee.front.left'), ['warfarin']).outcome).toBe('refer');
    expect(run({ ...injury('occiput.left'), 'blood-thinners': true }).outcome).toBe('urgent');
    expect(run({ ...injury('occiput.left'), 'recent-injury-when': '2-6-weeks' }, ['Plavix 75']).outcome).toBe('urgent');
    expect(run(injury('forehead.left')).outcome).toBe('caution');
    expect(run(injury('knee.front.left')).outcome).toBe('caution');
  });

  it('is deterministic and does not depend on the order of the answers', () => {
    const answers = {
      pregnancy: true,
      'pregnancy-trimester': 'third',
      'pregnancy-warning-signs': false,
      'pregnancy-complications': false,
      'skin-problem': true,
      'skin-problem-regions': ['thigh.front.left'],
      osteoporosis: true,
    };
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    const a = run(answers, ['sertraline', 'Nurofen'], ['back.low.left']);
    expect(run(reversed, ['sertraline', 'Nurofen'], ['back.low.left'])).toEqual(a);
    expect(run(answers, ['sertraline', 'Nurofen'], ['back.low.left'])).toEqual(a);
  });
});
