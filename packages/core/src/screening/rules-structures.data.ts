import type { ScreeningRule } from './rules.types.ts';

/**
 * Rules for what lies under a pressure site: the arteries of the neck, implanted devices, a
 * fistula, an aneurysm or a hernia. Each keeps pressure off that place and lets the rest go ahead.
 */

/** The muscles over the carotid and vertebral arteries and the upper neck joints. */
export const NECK_ARTERY_MUSCLES = [
  'sternocleidomastoid',
  'anterior-scalene',
  'middle-scalene',
  'posterior-scalene',
  'longus-colli',
  'suboccipitals',
] as const;

export const STRUCTURE_RULES: readonly ScreeningRule[] = [
  {
    id: 'neck-arteries',
    when: { choice: 'neck-arteries-which', in: ['stroke-tia', 'artery', 'manipulation', 'instability'] },
    outcome: 'caution',
    reason:
      'Pressure on the front and side of the neck and deep under the skull can strain the arteries to the brain or ' +
      'an unstable upper neck. After a stroke or TIA, with a narrowed or torn neck artery, after recent neck ' +
      'manipulation, or with an unstable upper neck, that risk is not worth taking.',
    advice:
      'No pressure on the muscles at the front and side of the neck (sternocleidomastoid, scalenes, longus colli) or ' +
      'under the back of the skull (suboccipitals), and no strong neck stretches. Call emergency services for a ' +
      'sudden headache or neck pain unlike any before, dizziness, double vision, trouble speaking or swallowing, or ' +
      'weakness or numbness on one side.',
    sources: [{ ref: 'rushton-2023', locator: 'Vascular pathologies of the neck' }, { ref: 'walton-2011' }],
    modifications: [
      {
        type: 'avoid-muscles',
        muscles: NECK_ARTERY_MUSCLES,
        reason: 'Neck arteries or an unstable upper neck: no pressure on the front, side and top of the neck',
      },
    ],
  },
  {
    id: 'implanted-device',
    when: { choice: 'implant-kinds', in: ['pacemaker', 'port', 'hernia'] },
    outcome: 'caution',
    reason:
      'A pacemaker, defibrillator or port sits just under the skin and can be pushed or damaged by pressure; a hernia ' +
      'can be made worse by pressing on it.',
    advice:
      'Keep pressure, balls and rollers off the device, port or hernia and the area around it. Tell your doctor about ' +
      'a hernia that becomes painful, hard or cannot be pushed back.',
    sources: [{ ref: 'walton-2011' }, { ref: 'batavia-2004' }],
    modifications: [
      { type: 'avoid-regions', where: { answer: 'implant-regions' }, reason: 'Implanted device, port or hernia' },
    ],
  },
  {
    id: 'dialysis-fistula',
    when: { choice: 'implant-kinds', in: ['fistula'] },
    outcome: 'caution',
    reason: 'Pressure on the arm with a dialysis fistula or graft can slow the blood through it and make it clot.',
    advice:
      'No pressure, tight sleeves or weights on the arm with the fistula. Contact your kidney team at once if you no ' +
      'longer feel its buzz (thrill).',
    sources: [{ ref: 'kdoqi-2019', locator: 'Vascular access: protecting the access' }],
    modifications: [{ type: 'avoid-regions', where: { answer: 'implant-regions' }, reason: 'Dialysis fistula' }],
  },
  {
    id: 'aortic-aneurysm',
    when: { choice: 'implant-kinds', in: ['aneurysm'] },
    outcome: 'caution',
    reason: 'Deep pressure on the belly presses on the aorta; with an aneurysm that is a risk not worth taking.',
    advice:
      'No pressure on the belly. Call emergency services for sudden severe pain in the belly, back or side, or if you ' +
      'feel faint.',
    sources: [{ ref: 'nice-ng156-2020' }, { ref: 'walton-2011' }],
    modifications: [{ type: 'avoid-area', area: 'abdomen', reason: 'Aortic aneurysm' }],
  },
];
