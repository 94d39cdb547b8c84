import { LEG_BASES, regionsOfBases } from './body-parts.ts';
import type { RuleCondition, ScreeningRule } from './rules.types.ts';

/**
 * Rules from operations, injuries and broken bones. Work is kept off the site and, in the first
 * days or weeks, near it; work well away from it goes ahead, so a tooth out last week does not stop
 * shoulder work. A blood thinner changes that: any recent fall or knock needs a doctor first, and a
 * knock to the head is urgent.
 */

const MASSAGE = [{ ref: 'batavia-2004' }, { ref: 'walton-2011' }] as const;
const HEAD_INJURY_SOURCE = { ref: 'nice-ng232-2023', locator: 'People on anticoagulant treatment' } as const;

/**
 * A blood thinner reported either way (the yes-no question alone is enough, as is any recognised
 * anticoagulant, antiplatelet or other medicine that raises bleeding risk, or an unrecognised
 * medicine said to thin the blood), or a bleeding disorder.
 */
export const BLEEDING_RISK: RuleCondition = {
  any: [
    { yes: 'blood-thinners' },
    { medication: ['anticoagulant', 'antiplatelet', 'bleeding-risk'] },
    { yes: 'bleeding-disorder' },
  ],
};

/** The face around the eyes: brow, forehead, temple, cheek and the eye itself. */
const AROUND_THE_EYES = [
  'eye.around',
  'eye.behind',
  'eyebrow',
  'forehead',
  'forehead.centre',
  'temple',
  'nose',
  'cheek',
];

const RECENT_INJURY_ANY_TIME = ['within-3-days', '4-14-days', '2-6-weeks', 'not-sure'] as const;

export const INJURY_SURGERY_RULES: readonly ScreeningRule[] = [
  {
    id: 'head-injury-with-bleeding-risk',
    when: {
      all: [
        { regionsIn: 'recent-injury-regions', areas: ['head'] },
        { choice: 'recent-injury-when', in: RECENT_INJURY_ANY_TIME },
        BLEEDING_RISK,
      ],
    },
    outcome: 'urgent',
    reason:
      'A knock to the head while on a blood thinner, or with a bleeding disorder, can cause bleeding inside the ' +
      'skull, even if you feel well at first and even weeks later.',
    advice:
      'Get medical advice today, from your doctor or an urgent care service, and say that you use a blood thinner or ' +
      'bleed easily. Call emergency services if you have a worsening headache, vomiting, drowsiness or confusion. No ' +
      'trigger point work until you have been checked.',
    sources: [HEAD_INJURY_SOURCE],
    modifications: [],
  },
  {
    id: 'injury-with-bleeding-risk',
    when: { all: [{ yes: 'recent-injury' }, BLEEDING_RISK] },
    outcome: 'refer',
    reason:
      'After a fall or knock on a blood thinner, bleeding into a muscle or joint can build up slowly, and pressure ' +
      'can make it worse.',
    advice:
      'See a doctor about the fall or knock before any trigger point work, and say that you use a blood thinner or ' +
      'bleed easily. Get help at once for growing swelling, severe pain, or a limb that turns cold or numb.',
    sources: [HEAD_INJURY_SOURCE, ...MASSAGE],
    modifications: [{ type: 'avoid-regions', where: { answer: 'recent-injury-regions' }, reason: 'Recent injury' }],
  },
  {
    id: 'recent-surgery',
    when: { yes: 'recent-surgery' },
    outcome: 'caution',
    reason: 'An operation site needs time to heal; pressure on or near it can damage the healing tissue.',
    advice: 'Keep away from the operation site and the area around it until your surgical team says it has healed.',
    sources: MASSAGE,
    modifications: [{ type: 'avoid-regions', where: { answer: 'recent-surgery-regions' }, reason: 'Recent operation' }],
  },
  {
    id: 'recent-surgery-first-weeks',
    when: {
      all: [
        { choice: 'recent-surgery-when', in: ['within-2-weeks', 'not-sure'] },
        { nearTreatment: 'recent-surgery-regions' },
      ],
    },
    outcome: 'postpone',
    reason: 'In the first 2 weeks after an operation, pressure near the site can disturb healing.',
    advice:
      'Wait until your surgical team says the site has healed before working on or near it; work well away from it ' +
      'is fine.',
    sources: MASSAGE,
    modifications: [{ type: 'avoid-regions', where: { answer: 'recent-surgery-regions' }, reason: 'Recent operation' }],
  },
  {
    id: 'recent-major-surgery',
    when: {
      all: [
        { choice: 'recent-surgery-when', in: ['within-2-weeks', '2-6-weeks', 'not-sure'] },
        { choice: 'recent-surgery-kind', in: ['major', 'not-sure'] },
      ],
    },
    outcome: 'caution',
    reason: 'In the weeks after a larger operation, a blood clot in a leg vein is more likely.',
    advice:
      'Use light pressure on your legs and no deep strokes there. See a doctor the same day if a calf becomes ' +
      'swollen, warm and painful, and call emergency services if you are short of breath.',
    sources: [{ ref: 'nice-ng89-2018', locator: 'Risk of venous thromboembolism after surgery' }, ...MASSAGE],
    modifications: [
      {
        type: 'light-pressure',
        why: 'clots are more likely after a larger operation',
        where: { regions: regionsOfBases(LEG_BASES) },
      },
    ],
  },
  {
    id: 'recent-eye-surgery',
    when: { all: [{ yes: 'recent-surgery' }, { choice: 'recent-surgery-kind', in: ['eye'] }] },
    outcome: 'caution',
    reason: 'After eye surgery, pressure around the eyes and lying face down can press on the healing eye.',
    advice: 'Do not lie face down and keep off the area around the eyes until your eye team says it has healed.',
    sources: MASSAGE,
    modifications: [
      { type: 'no-position', position: 'prone' },
      { type: 'avoid-regions', where: { regions: regionsOfBases(AROUND_THE_EYES) }, reason: 'Recent eye surgery' },
    ],
  },
  {
    id: 'recent-injury',
    when: { yes: 'recent-injury' },
    outcome: 'caution',
    reason: 'Pressure on a recent injury can increase bleeding and swelling and slow healing.',
    advice: 'Keep away from the injured area until it has healed. See a doctor if it is not improving.',
    sources: [{ ref: 'nhs-sprains-strains' }, ...MASSAGE],
    modifications: [{ type: 'avoid-regions', where: { answer: 'recent-injury-regions' }, reason: 'Recent injury' }],
  },
  {
    id: 'recent-injury-first-days',
    when: {
      all: [
        { choice: 'recent-injury-when', in: ['within-3-days', 'not-sure'] },
        { nearTreatment: 'recent-injury-regions' },
      ],
    },
    outcome: 'postpone',
    reason: 'In the first 2 to 3 days after an injury, heat and massage near it can make bleeding and swelling worse.',
    advice:
      'Rest the injured area for the first 2 to 3 days, with no heat and no massage there. Trigger point work near it ' +
      'can wait; work well away from it is fine.',
    sources: [{ ref: 'nhs-sprains-strains' }],
    modifications: [
      { type: 'avoid-regions', where: { answer: 'recent-injury-regions' }, reason: 'Recent injury' },
      { type: 'no-heat', where: { answer: 'recent-injury-regions' } },
    ],
  },
  {
    id: 'fracture',
    when: { yes: 'fracture' },
    outcome: 'caution',
    reason: 'Pressure on or near a broken or healing bone can hurt it and delay healing.',
    advice: 'Keep away from the broken bone and the area around it until it has healed.',
    sources: MASSAGE,
    modifications: [{ type: 'avoid-regions', where: { answer: 'fracture-regions' }, reason: 'Broken or healing bone' }],
  },
  {
    id: 'fracture-suspected',
    when: { choice: 'fracture-status', in: ['suspected'] },
    outcome: 'refer',
    reason: 'A bone that might be broken needs to be checked before anyone presses near it.',
    advice: 'Have it checked by a doctor or an urgent care service before any trigger point work.',
    sources: [{ ref: 'nice-ng38-2016' }, ...MASSAGE],
    modifications: [{ type: 'avoid-regions', where: { answer: 'fracture-regions' }, reason: 'Possible broken bone' }],
  },
];
