import { describe, expect, it } from 'vitest';
import { findSource } from '../atlas/atlas.ts';
import { isRegionId } from '../body/regions.ts';
import { questionsOf } from './conditions.ts';
import { evaluateScreening } from './evaluate.ts';
import { checkExpectation, type ScreeningExpectation } from './expectations.ts';
import { MEDICATION_CLASSES } from './medications.data.ts';
import { findScreeningQuestion } from './questions.data.ts';
import { RED_FLAG_RULES } from './red-flags.data.ts';
import { RULESET_VERSION, SCREENING_RULES, findScreeningRule } from './rules.data.ts';
import type { RuleCondition } from './rules.types.ts';

interface RuleCase {
  answers?: Record<string, unknown>;
  medications?: string[];
  regions?: string[];
  expect: Omit<ScreeningExpectation, 'rules'>;
}

const LEFT_ARM = ['axilla.left', 'arm.upper.front.left', 'forearm.back.left', 'palm.left', 'chest.lateral.left'];
const bleeding = { 'blood-thinners': true };

/** One case per rule: its condition holds, and the rule gives its outcome and modifications. */
const CASES: Record<string, RuleCase> = {
  'blood-thinner': { answers: bleeding, expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }] } },
  'bleeding-disorder': {
    answers: { 'bleeding-disorder': true },
    expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }] },
  },
  'head-injury-with-bleeding-risk': {
    answers: { 'recent-injury': true, 'recent-injury-regions': ['temple.left'], 'recent-injury-when': 'within-3-days' },
    medications: ['Xarelto 20mg'],
    expect: { outcome: 'urgent' },
  },
  'injury-with-bleeding-risk': {
    answers: {
      ...bleeding,
      'recent-injury': true,
      'recent-injury-regions': ['knee.front.left'],
      'recent-injury-when': '2-6-weeks',
    },
    expect: {
      outcome: 'refer',
      modifications: [{ type: 'avoid-regions', includes: ['knee.front.left'] }],
      notRules: ['head-injury-with-bleeding-risk'],
    },
  },
  'recent-surgery': {
    answers: {
      'recent-surgery': true,
      'recent-surgery-regions': ['knee.front.right'],
      'recent-surgery-when': '6-12-weeks',
      'recent-surgery-kind': 'major',
    },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['knee.front.right'] }] },
  },
  'recent-surgery-first-weeks': {
    answers: {
      'recent-surgery': true,
      'recent-surgery-regions': ['periumbilical'],
      'recent-surgery-when': 'within-2-weeks',
      'recent-surgery-kind': 'keyhole',
    },
    expect: { outcome: 'postpone', modifications: [{ type: 'avoid-regions', includes: ['periumbilical'] }] },
  },
  'recent-major-surgery': {
    answers: {
      'recent-surgery': true,
      'recent-surgery-regions': ['hip.lateral.left'],
      'recent-surgery-when': '2-6-weeks',
      'recent-surgery-kind': 'major',
    },
    expect: {
      outcome: 'caution',
      modifications: [{ type: 'light-pressure', includes: ['calf.upper.right'], excludes: ['neck.side.left'] }],
    },
  },
  'recent-eye-surgery': {
    answers: {
      'recent-surgery': true,
      'recent-surgery-regions': ['eye.around.left'],
      'recent-surgery-when': '2-6-weeks',
      'recent-surgery-kind': 'eye',
    },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'no-position', position: 'prone' },
        { type: 'avoid-regions', includes: ['temple.right', 'eye.around.left'], excludes: ['jaw.tmj.left'] },
      ],
    },
  },
  'recent-injury': {
    answers: {
      'recent-injury': true,
      'recent-injury-regions': ['ankle.lateral.left'],
      'recent-injury-when': '2-6-weeks',
    },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['ankle.lateral.left'] }] },
  },
  'recent-injury-first-days': {
    answers: {
      'recent-injury': true,
      'recent-injury-regions': ['ankle.lateral.left'],
      'recent-injury-when': 'within-3-days',
    },
    regions: ['leg.lateral.left'],
    expect: {
      outcome: 'postpone',
      modifications: [
        { type: 'avoid-regions', includes: ['ankle.lateral.left'] },
        { type: 'no-heat', includes: ['ankle.lateral.left'] },
      ],
    },
  },
  fracture: {
    answers: { fracture: true, 'fracture-regions': ['wrist.radial.right'], 'fracture-status': 'diagnosed' },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['wrist.radial.right'] }] },
  },
  'fracture-suspected': {
    answers: { fracture: true, 'fracture-regions': ['chest.lateral.right'], 'fracture-status': 'suspected' },
    expect: { outcome: 'refer', modifications: [{ type: 'avoid-regions', includes: ['chest.lateral.right'] }] },
  },
  'blood-clot-recent': {
    answers: { 'blood-clot': true, 'blood-clot-when': 'current' },
    expect: {
      outcome: 'refer',
      modifications: [{ type: 'avoid-regions', includes: ['calf.upper.left', 'thigh.back.right'] }],
    },
  },
  'blood-clot-past': {
    answers: { 'blood-clot': true, 'blood-clot-when': 'past' },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'light-pressure', includes: ['calf.upper.left', 'calf.upper.right'], excludes: ['neck.back.left'] },
      ],
    },
  },
  'varicose-veins': {
    answers: { 'varicose-veins': true, 'varicose-veins-regions': ['leg.medial.left'] },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['leg.medial.left'] }] },
  },
  'cancer-active': {
    answers: {
      cancer: true,
      'cancer-new-spine-pain': false,
      'cancer-bone-spread': false,
      'cancer-status': 'active',
      'cancer-regions': ['chest.pectoral.right'],
    },
    expect: { outcome: 'refer', modifications: [{ type: 'avoid-regions', includes: ['chest.pectoral.right'] }] },
  },
  'cancer-skin-local': {
    answers: {
      cancer: true,
      'cancer-new-spine-pain': false,
      'cancer-bone-spread': false,
      'cancer-status': 'active-skin-local',
      'cancer-regions': ['forearm.back.left'],
    },
    expect: {
      outcome: 'caution',
      modifications: [{ type: 'avoid-regions', includes: ['forearm.back.left'] }],
      notRules: ['cancer-active'],
    },
  },
  'cancer-bone-spread': {
    answers: { cancer: true, 'cancer-new-spine-pain': false, 'cancer-status': 'active', 'cancer-bone-spread': true },
    expect: { outcome: 'refer', modifications: [{ type: 'light-pressure' }] },
  },
  'cancer-new-spine-pain': {
    answers: { cancer: true, 'cancer-bone-spread': false, 'cancer-status': 'past', 'cancer-new-spine-pain': true },
    expect: { outcome: 'urgent' },
  },
  'cancer-recent': {
    answers: {
      cancer: true,
      'cancer-new-spine-pain': false,
      'cancer-bone-spread': false,
      'cancer-status': 'recent',
      'cancer-regions': ['abdomen.lower.left'],
    },
    expect: {
      outcome: 'caution',
      modifications: [{ type: 'light-pressure' }, { type: 'avoid-regions', includes: ['abdomen.lower.left'] }],
    },
  },
  'cancer-past': {
    answers: {
      cancer: true,
      'cancer-new-spine-pain': false,
      'cancer-bone-spread': false,
      'cancer-status': 'past',
      'cancer-regions': ['neck.front.left'],
    },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['neck.front.left'] }] },
  },
  'infection-or-fever': { answers: { 'infection-today': true }, expect: { outcome: 'postpone' } },
  'skin-problem': {
    answers: { 'skin-problem': true, 'skin-problem-regions': ['scapula.body.left'] },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['scapula.body.left'] }] },
  },
  osteoporosis: {
    answers: { osteoporosis: true },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'light-pressure', includes: ['spine.lumbar', 'chest.lateral.left'], excludes: ['thigh.front.left'] },
      ],
    },
  },
  pregnancy: {
    answers: {
      pregnancy: true,
      'pregnancy-complications': false,
      'pregnancy-warning-signs': false,
      'pregnancy-trimester': 'second',
    },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'avoid-area', area: 'abdomen' },
        { type: 'no-position', position: 'prone' },
        { type: 'light-pressure', includes: ['calf.upper.left', 'thigh.medial.right'] },
      ],
      noModifications: [],
      notRules: ['pregnancy-late'],
    },
  },
  'pregnancy-warning-signs': {
    answers: {
      pregnancy: true,
      'pregnancy-complications': false,
      'pregnancy-trimester': 'third',
      'pregnancy-warning-signs': true,
    },
    expect: { outcome: 'urgent' },
  },
  'pregnancy-complications': {
    answers: {
      pregnancy: true,
      'pregnancy-warning-signs': false,
      'pregnancy-trimester': 'second',
      'pregnancy-complications': true,
    },
    expect: { outcome: 'refer' },
  },
  'pregnancy-late': {
    answers: {
      pregnancy: true,
      'pregnancy-complications': false,
      'pregnancy-warning-signs': false,
      'pregnancy-trimester': 'third',
    },
    expect: { outcome: 'caution', modifications: [{ type: 'no-position', position: 'supine' }] },
  },
  lymphedema: {
    answers: { lymphedema: true, 'lymphedema-limbs': ['left-arm'] },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'avoid-regions', includes: LEFT_ARM, excludes: ['axilla.right', 'neck.side.left'] },
        {
          type: 'light-pressure',
          includes: ['neck.side.left', 'thigh.front.left'],
          excludes: ['neck.side.right', 'axilla.left'],
        },
        { type: 'no-heat', includes: LEFT_ARM },
      ],
    },
  },
  'lymphedema-other-area': {
    answers: { lymphedema: true, 'lymphedema-limbs': ['other'] },
    expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }, { type: 'no-heat' }] },
  },
  diabetes: {
    answers: { diabetes: true },
    expect: {
      outcome: 'caution',
      modifications: [{ type: 'check-skin', includes: ['heel.under.left', 'toe.big.top.right'] }],
    },
  },
  'reduced-feeling-feet': {
    answers: { 'reduced-feeling': true, 'reduced-feeling-where': ['feet'] },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'light-pressure', includes: ['arch.left', 'calf.lower.right'], excludes: ['thigh.front.left'] },
        { type: 'no-heat', includes: ['arch.left', 'shin.right'] },
      ],
    },
  },
  'reduced-feeling-hands': {
    answers: { 'reduced-feeling': true, 'reduced-feeling-where': ['hands'] },
    expect: {
      outcome: 'caution',
      modifications: [
        { type: 'light-pressure', includes: ['palm.left', 'forearm.back.right'], excludes: ['arch.left'] },
        { type: 'no-heat', includes: ['palm.right'] },
      ],
    },
  },
  'reduced-feeling-elsewhere': {
    answers: { 'reduced-feeling': true, 'reduced-feeling-where': ['not-sure'] },
    expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }, { type: 'no-heat' }] },
  },
  'blood-pressure-not-controlled': {
    answers: { 'high-blood-pressure': true, 'high-blood-pressure-controlled': 'not-controlled' },
    expect: { outcome: 'caution', modifications: [{ type: 'rise-slowly' }] },
  },
  'blood-pressure-very-high': {
    answers: {
      'high-blood-pressure': true,
      'high-blood-pressure-controlled': 'controlled',
      'high-blood-pressure-systolic': 185,
    },
    expect: { outcome: 'caution', modifications: [{ type: 'rise-slowly' }] },
  },
  'blood-pressure-unknown': {
    answers: { 'high-blood-pressure': true, 'high-blood-pressure-controlled': 'not-sure' },
    expect: { outcome: 'caution', modifications: [{ type: 'rise-slowly' }] },
  },
  fibromyalgia: {
    answers: { fibromyalgia: true },
    expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }] },
  },
  'steroid-injection': {
    answers: {
      'steroid-injection': true,
      'steroid-injection-regions': ['shoulder.front.right'],
      'steroid-injection-days': 20,
    },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['shoulder.front.right'] }] },
  },
  'steroid-injection-first-days': {
    answers: {
      'steroid-injection': true,
      'steroid-injection-regions': ['shoulder.front.right'],
      'steroid-injection-days': 2,
    },
    expect: { outcome: 'postpone', modifications: [{ type: 'avoid-regions', includes: ['shoulder.front.right'] }] },
  },
  'neck-arteries': {
    answers: { 'neck-arteries': true, 'neck-arteries-which': ['manipulation'] },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-muscles', includes: ['sternocleidomastoid'] }] },
  },
  'implanted-device': {
    answers: { implant: true, 'implant-kinds': ['pacemaker'], 'implant-regions': ['chest.pectoral.left'] },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['chest.pectoral.left'] }] },
  },
  'dialysis-fistula': {
    answers: { implant: true, 'implant-kinds': ['fistula'], 'implant-regions': ['forearm.front.left'] },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-regions', includes: ['forearm.front.left'] }] },
  },
  'aortic-aneurysm': {
    answers: { implant: true, 'implant-kinds': ['aneurysm'] },
    expect: { outcome: 'caution', modifications: [{ type: 'avoid-area', area: 'abdomen' }] },
  },
  corticosteroid: {
    medications: ['prednisolone 5mg'],
    expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }] },
  },
  'pain-feedback-dulled': {
    medications: ['tramadol 50 mg capsules'],
    expect: { outcome: 'caution', modifications: [{ type: 'moderate-pressure' }, { type: 'rise-slowly' }] },
  },
  drowsiness: {
    medications: ['Baclofen 10mg'],
    expect: { outcome: 'caution', modifications: [{ type: 'moderate-pressure' }, { type: 'rise-slowly' }] },
  },
  'anti-inflammatory': {
    medications: ['Naproxen 500mg'],
    expect: { outcome: 'caution', modifications: [{ type: 'moderate-pressure' }] },
  },
  'ssri-with-bleeding-risk': {
    medications: ['sertraline 50mg', 'ibuprofen 400mg'],
    expect: { outcome: 'caution', modifications: [{ type: 'light-pressure' }], noModifications: ['moderate-pressure'] },
  },
  'blood-pressure-medicine': {
    medications: ['amlodipine 5mg'],
    expect: { outcome: 'caution', modifications: [{ type: 'rise-slowly' }] },
  },
  'cancer-medicine': { medications: ['Capecitabine'], expect: { outcome: 'refer' } },
  'hormone-cancer-therapy': { medications: ['tamoxifen 20mg'], expect: { outcome: 'caution' } },
  immunosuppressant: {
    medications: ['methotrexate 15mg weekly'],
    expect: { outcome: 'caution', modifications: [{ type: 'check-skin' }] },
  },
  'unrecognised-medication': {
    medications: ['blue pill'],
    expect: { outcome: 'caution', unrecognised: ['blue pill'], modifications: [{ type: 'light-pressure' }] },
  },
  'red-flag-chest-pain-with-arm-pain': { answers: { 'chest-pain-exertion': true }, expect: { outcome: 'urgent' } },
  'red-flag-sudden-severe-headache': { answers: { 'sudden-severe-headache': true }, expect: { outcome: 'urgent' } },
  'red-flag-headache-fever-stiff-neck': {
    answers: { 'headache-fever-stiff-neck': true },
    expect: { outcome: 'urgent' },
  },
  'red-flag-stroke-signs': { answers: { 'sudden-weakness-one-side': true }, expect: { outcome: 'urgent' } },
  'red-flag-foot-drop': { answers: { 'foot-drop': true }, expect: { outcome: 'refer' } },
  'red-flag-new-weakness': { answers: { weakness: true }, expect: { outcome: 'refer' } },
  'red-flag-cauda-equina': { answers: { 'saddle-numbness': true }, expect: { outcome: 'urgent' } },
  'red-flag-possible-blood-clot': {
    answers: { 'swollen-painful-calf': true },
    regions: ['calf.upper.right'],
    expect: {
      outcome: 'urgent',
      modifications: [{ type: 'avoid-regions', includes: ['calf.upper.right', 'calf.upper.left'] }],
    },
  },
  'red-flag-fever-with-back-pain': { answers: { 'fever-back-pain': true }, expect: { outcome: 'refer' } },
  'red-flag-weight-loss-or-night-pain': { answers: { 'night-pain-unrelieved': true }, expect: { outcome: 'refer' } },
};

function conditions(condition: RuleCondition): RuleCondition[] {
  if ('any' in condition) return [condition, ...condition.any.flatMap(conditions)];
  if ('all' in condition) return [condition, ...condition.all.flatMap(conditions)];
  return [condition];
}

describe('screening rules', () => {
  it('has a version and unique ids', () => {
    expect(RULESET_VERSION).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(new Set(SCREENING_RULES.map((r) => r.id)).size).toBe(SCREENING_RULES.length);
  });

  it('are well formed: real questions, options, classes, regions and sources', () => {
    const classIds = new Set<string>(MEDICATION_CLASSES.map((c) => c.id));
    const redFlagIds = new Set(RED_FLAG_RULES.map((r) => r.id));
    for (const rule of SCREENING_RULES) {
      expect(rule.reason.length, rule.id).toBeGreaterThan(10);
      expect(rule.advice.length, rule.id).toBeGreaterThan(30);
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const s of rule.sources) expect(findSource(s.ref), `${rule.id}: ${s.ref}`).toBeDefined();
      for (const q of questionsOf(rule.when)) expect(findScreeningQuestion(q), `${rule.id}: ${q}`).toBeDefined();
      for (const c of conditions(rule.when)) {
        if ('choice' in c) {
          const q = findScreeningQuestion(c.choice);
          expect(q?.type, `${rule.id}: ${c.choice}`).toBe('choice');
          const options = q?.type === 'choice' ? q.options.map((o) => o.id) : [];
          for (const option of c.in) expect(options, `${rule.id}: ${c.choice}`).toContain(option);
        }
        if ('yes' in c) expect(findScreeningQuestion(c.yes)?.type, `${rule.id}: ${c.yes}`).toBe('yes-no');
        if ('number' in c) expect(findScreeningQuestion(c.number)?.type, `${rule.id}: ${c.number}`).toBe('number');
        if ('medication' in c) for (const m of c.medication) expect(classIds.has(m), `${rule.id}: ${m}`).toBe(true);
        if ('redFlag' in c) expect(redFlagIds.has(c.redFlag), `${rule.id}: ${c.redFlag}`).toBe(true);
      }
      for (const mod of rule.modifications) {
        if ('where' in mod && mod.where && 'regions' in mod.where)
          for (const r of mod.where.regions) expect(isRegionId(r), `${rule.id}: ${r}`).toBe(true);
        if ('where' in mod && mod.where && 'answer' in mod.where)
          expect(findScreeningQuestion(mod.where.answer)?.type, `${rule.id}`).toBe('regions');
      }
    }
  });

  it('has a test case for every rule, and every case names a rule', () => {
    expect(Object.keys(CASES).sort()).toEqual(SCREENING_RULES.map((r) => r.id).sort());
  });

  for (const rule of SCREENING_RULES) {
    it(`${rule.id}: fires with ${rule.outcome} and its modifications`, () => {
      const c = CASES[rule.id];
      if (!c) throw new Error(`no case for ${rule.id}`);
      const result = evaluateScreening({
        answers: c.answers ?? {},
        medications: c.medications ?? [],
        regions: c.regions,
      });
      const reason = result.reasons.find((r) => r.rule === rule.id);
      expect(reason?.outcome).toBe(rule.outcome);
      expect(reason?.sources).toEqual(rule.sources);
      expect(checkExpectation(result, { ...c.expect, rules: [rule.id] })).toEqual([]);
    });
  }

  it('gives a red flag the same urgency as red-flags.data.ts, symptom by symptom', () => {
    for (const flag of RED_FLAG_RULES) {
      for (const symptom of flag.symptoms ?? []) {
        const result = evaluateScreening({ answers: { [symptom]: true }, medications: [] });
        const urgency = RED_FLAG_RULES.filter((r) => r.symptoms?.includes(symptom)).some((r) => r.urgency === 'urgent')
          ? 'urgent'
          : 'refer';
        expect(result.outcome, symptom).toBe(urgency);
        expect(findScreeningRule(`red-flag-${flag.id}`)?.advice).toBe(flag.advice);
      }
    }
  });

  it('flags chest pain with arm pain from the treatment regions, as the finder does', () => {
    const result = evaluateScreening({ answers: {}, medications: [], regions: ['sternum', 'arm.upper.medial.left'] });
    expect(result.outcome).toBe('urgent');
    expect(result.reasons.map((r) => r.rule)).toEqual(['red-flag-chest-pain-with-arm-pain']);
  });
});
