import type { ScreeningRule } from './rules.types.ts';

/**
 * Rules from the medicines list. They say what a class of medicine changes about trigger point
 * work, never anything about the medicine itself: questions about it go to a doctor or pharmacist.
 * (Blood thinners, BTK inhibitors, bisphosphonates and other osteoporosis medicines share rules with
 * the matching health answers.)
 */

const ATC = { ref: 'who-atc' } as const;
const WALTON = { ref: 'walton-2011' } as const;

export const MEDICATION_RULES: readonly ScreeningRule[] = [
  {
    id: 'corticosteroid',
    when: { medication: ['corticosteroid'] },
    outcome: 'caution',
    reason:
      'Steroids used for weeks or longer can thin the skin and weaken the bones, so firm pressure may bruise or hurt.',
    advice: 'Use light pressure. Ask your doctor or pharmacist whether firm pressure is safe for you.',
    sources: [{ ref: 'nogg-2022', locator: 'Glucocorticoid-induced osteoporosis' }, WALTON, ATC],
    modifications: [{ type: 'light-pressure', why: 'steroids thin the skin and bones' }],
  },
  {
    id: 'pain-feedback-dulled',
    when: { medication: ['opioid', 'gabapentinoid'] },
    outcome: 'caution',
    reason:
      'Strong painkillers and nerve pain medicines dull pain and can make you drowsy or dizzy, so you may not feel ' +
      'when pressure is too much.',
    advice:
      'Stay at light to moderate pressure, no more than 5 out of 10, and get up slowly afterwards. Ask your doctor ' +
      'or pharmacist if you are unsure.',
    sources: [WALTON, ATC],
    modifications: [{ type: 'moderate-pressure', why: 'strong painkillers dull feedback' }, { type: 'rise-slowly' }],
  },
  {
    id: 'drowsiness',
    when: { medication: ['muscle-relaxant', 'benzodiazepine', 'sleeping-tablet'] },
    outcome: 'caution',
    reason:
      'Muscle relaxants, sleeping tablets and similar medicines can make you drowsy and less aware of how hard you ' +
      'press.',
    advice:
      'Stay at light to moderate pressure, no more than 5 out of 10, and get up slowly afterwards. Ask your doctor ' +
      'or pharmacist if you are unsure.',
    sources: [WALTON, ATC],
    modifications: [{ type: 'moderate-pressure', why: 'drowsy medicines dull feedback' }, { type: 'rise-slowly' }],
  },
  {
    id: 'anti-inflammatory',
    when: { medication: ['nsaid'] },
    outcome: 'caution',
    reason:
      'Anti-inflammatory painkillers can hide the soreness that tells you pressure was too much, and may make ' +
      'bruising a little more likely.',
    advice:
      'Stay at light to moderate pressure, no more than 5 out of 10, and watch for bruising. Ask your doctor or ' +
      'pharmacist if you are unsure.',
    sources: [WALTON, ATC],
    modifications: [{ type: 'moderate-pressure', why: 'anti-inflammatories hide soreness' }],
  },
  {
    id: 'ssri-with-bleeding-risk',
    when: {
      all: [
        { medication: ['ssri', 'snri'] },
        { medication: ['nsaid', 'anticoagulant', 'antiplatelet', 'bleeding-risk'] },
      ],
    },
    outcome: 'caution',
    reason:
      'SSRI and SNRI antidepressants used together with anti-inflammatories or blood thinners make bleeding a ' +
      'little more likely.',
    advice:
      'Use light pressure and watch for bruising. Ask your doctor or pharmacist whether firm pressure is safe for you.',
    sources: [{ ref: 'de-abajo-2008' }, ATC],
    modifications: [{ type: 'light-pressure', why: 'antidepressant with a blood thinner or anti-inflammatory' }],
  },
  {
    id: 'blood-pressure-medicine',
    when: { medication: ['antihypertensive', 'diuretic'] },
    outcome: 'caution',
    reason:
      'Blood pressure medicines and water tablets can make you dizzy when you stand up, especially after lying ' +
      'down and relaxing.',
    advice:
      'Sit for a moment before you stand up after treatment, and get up slowly. Tell your doctor or pharmacist if ' +
      'you often feel dizzy.',
    sources: [{ ref: 'nice-ng136-2019', locator: 'Postural hypotension' }, ATC],
    modifications: [{ type: 'rise-slowly' }],
  },
  {
    id: 'cancer-medicine',
    when: { medication: ['chemotherapy'] },
    outcome: 'refer',
    reason:
      'Cancer medicines can lower blood counts, so bruising, bleeding and infections become more likely, and can ' +
      'make skin fragile.',
    advice: 'See your oncology team first and ask whether trigger point work and firm pressure are safe for you.',
    sources: [{ ref: 'corbin-2005' }, WALTON, ATC],
    modifications: [],
  },
  {
    id: 'hormone-cancer-therapy',
    when: { medication: ['hormone-cancer-therapy'] },
    outcome: 'caution',
    reason: 'Hormone therapy for cancer means your cancer team is still involved in your care.',
    advice: 'Tell your cancer team you plan to do trigger point work and ask whether any area should be avoided.',
    sources: [{ ref: 'corbin-2005' }, ATC],
    modifications: [],
  },
  {
    id: 'immunosuppressant',
    when: { medication: ['immunosuppressant'] },
    outcome: 'caution',
    reason:
      'Medicines that damp down the immune system make infections more likely, including of broken or bruised skin.',
    advice:
      'Keep off broken skin, check your skin afterwards, and do not treat while you have a fever. Ask your doctor or ' +
      'pharmacist if you are unsure.',
    sources: [WALTON, ATC],
    modifications: [{ type: 'check-skin' }],
  },
  {
    id: 'unrecognised-medication',
    when: { unrecognisedMedication: true },
    outcome: 'caution',
    reason:
      'We could not recognise a medicine on your list, and you are not sure what it is for, so we cannot tell ' +
      'whether it changes what is safe.',
    advice:
      'Ask your pharmacist or doctor whether it affects bleeding, bruising, feeling, balance or healing. Use light ' +
      'pressure until you know.',
    sources: [WALTON],
    modifications: [{ type: 'light-pressure', why: 'a medicine we could not recognise' }],
  },
];
