import { BONY_BASES, LEG_BASES, LOWER_LEG_AND_FOOT_BASES, FOOT_BASES, regionsOfBases } from './body-parts.ts';
import type { RuleCondition, ScreeningRule } from './rules.types.ts';

/** Rules from the health and history answers (conditions, operations, injuries, pregnancy…). */

const LEGS = { regions: regionsOfBases(LEG_BASES) };
const LOWER_LEGS_AND_FEET = { regions: regionsOfBases(LOWER_LEG_AND_FOOT_BASES) };

/** A blood thinner reported in either place, or a bleeding disorder. */
export const BLEEDING_RISK: RuleCondition = {
  any: [
    { yes: 'blood-thinners' },
    { medication: ['anticoagulant', 'antiplatelet', 'bleeding-risk'] },
    { yes: 'bleeding-disorder' },
  ],
};

const MASSAGE = [{ ref: 'batavia-2004' }, { ref: 'walton-2011' }] as const;

export const HEALTH_RULES: readonly ScreeningRule[] = [
  {
    id: 'blood-thinner',
    when: { any: [{ yes: 'blood-thinners' }, { medication: ['anticoagulant', 'antiplatelet', 'bleeding-risk'] }] },
    outcome: 'caution',
    reason: 'Blood thinners make bruising and bleeding under the skin more likely, so firm pressure can do harm.',
    advice:
      'Use light pressure only, no more than 3 out of 10, and no hard tools. Watch for bruising. Ask your doctor or ' +
      'pharmacist whether firm pressure is safe for you.',
    sources: MASSAGE,
    modifications: [{ type: 'light-pressure' }],
  },
  {
    id: 'bleeding-disorder',
    when: { yes: 'bleeding-disorder' },
    outcome: 'caution',
    reason: 'With a bleeding disorder or easy bruising, firm pressure can cause bleeding under the skin.',
    advice: 'Use light pressure only and watch for bruising. Ask your doctor or haemophilia team what is safe for you.',
    sources: MASSAGE,
    modifications: [{ type: 'light-pressure' }],
  },
  {
    id: 'head-injury-with-bleeding-risk',
    when: {
      all: [
        { regionsIn: 'recent-injury-regions', areas: ['head'] },
        { choice: 'recent-injury-when', in: ['within-3-days', '4-14-days', 'not-sure'] },
        BLEEDING_RISK,
      ],
    },
    outcome: 'urgent',
    reason:
      'A knock to the head while on a blood thinner, or with a bleeding disorder, can cause bleeding inside the ' +
      'skull even if you feel well at first.',
    advice:
      'Get medical advice today, from your doctor or an urgent care service, and say that you use a blood thinner or ' +
      'bleed easily. Call emergency services if you have a worsening headache, vomiting, drowsiness or confusion. No ' +
      'trigger point work until you have been checked.',
    sources: [{ ref: 'nice-ng232-2023', locator: 'People on anticoagulant treatment' }],
    modifications: [],
  },
  {
    id: 'head-injury-with-bleeding-risk-weeks-ago',
    when: {
      all: [
        { regionsIn: 'recent-injury-regions', areas: ['head'] },
        { choice: 'recent-injury-when', in: ['2-6-weeks'] },
        BLEEDING_RISK,
      ],
    },
    outcome: 'refer',
    reason: 'Bleeding after a head injury on a blood thinner can show itself days or weeks later.',
    advice:
      'See a doctor before trigger point work if you have not been checked since the injury, and get help at once ' +
      'for headache, drowsiness, confusion or weakness.',
    sources: [{ ref: 'nice-ng232-2023', locator: 'People on anticoagulant treatment' }],
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
    when: { choice: 'recent-surgery-when', in: ['within-2-weeks', 'not-sure'] },
    outcome: 'postpone',
    reason: 'In the first weeks after an operation the body is healing and the risk of a blood clot is higher.',
    advice: 'Wait until your surgical team says you have recovered, and ask them when massage is safe.',
    sources: [{ ref: 'nice-ng89-2018', locator: 'Risk of venous thromboembolism after surgery' }, ...MASSAGE],
    modifications: [{ type: 'avoid-regions', where: { answer: 'recent-surgery-regions' }, reason: 'Recent operation' }],
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
  {
    id: 'blood-clot-recent',
    when: { choice: 'blood-clot-when', in: ['current', 'not-sure'] },
    outcome: 'refer',
    reason: 'Massage of the legs is advised against while a clot is recent or still being treated.',
    advice:
      'Ask the doctor treating the clot whether massage is safe for you. Until then, do not massage your legs. Call ' +
      'emergency services if you become short of breath or have chest pain.',
    sources: [{ ref: 'nice-ng158-2020' }, ...MASSAGE],
    modifications: [{ type: 'avoid-regions', where: LEGS, reason: 'Recent blood clot: no massage of the legs' }],
  },
  {
    id: 'blood-clot-past',
    when: { choice: 'blood-clot-when', in: ['past'] },
    outcome: 'caution',
    reason: 'After a clot in a leg vein, the veins can stay damaged, so deep pressure on the legs is best avoided.',
    advice:
      'Use light pressure on your legs. See a doctor the same day if a leg becomes swollen, warm and painful, and ' +
      'call emergency services if you are short of breath.',
    sources: [{ ref: 'nice-ng158-2020' }, ...MASSAGE],
    modifications: [{ type: 'light-pressure', where: LEGS }],
  },
  {
    id: 'varicose-veins',
    when: { yes: 'varicose-veins' },
    outcome: 'caution',
    reason: 'Pressing on varicose veins can damage them.',
    advice: 'Do not press on or stroke along varicose veins; keep to the muscles away from them.',
    sources: MASSAGE,
    modifications: [{ type: 'avoid-regions', where: { answer: 'varicose-veins-regions' }, reason: 'Varicose veins' }],
  },
  {
    id: 'cancer-active',
    when: { choice: 'cancer-status', in: ['active'] },
    outcome: 'refer',
    reason: 'During cancer treatment, the skin, bones, blood counts and the tumour area can all change what is safe.',
    advice:
      'See your oncology team first and ask whether trigger point work and firm pressure are safe for you, and ' +
      'which areas to avoid. Never press on a tumour or an area being treated.',
    sources: [{ ref: 'corbin-2005' }, { ref: 'walton-2011' }],
    modifications: [{ type: 'avoid-regions', where: { answer: 'cancer-regions' }, reason: 'Cancer or its treatment' }],
  },
  {
    id: 'cancer-recent',
    when: { choice: 'cancer-status', in: ['recent'] },
    outcome: 'caution',
    reason:
      'Soon after cancer treatment, skin and tissues that were treated are fragile and the body is still recovering.',
    advice:
      'Use light pressure, keep away from treated areas, and tell your cancer team you plan to do trigger point work.',
    sources: [{ ref: 'corbin-2005' }, { ref: 'walton-2011' }],
    modifications: [
      { type: 'light-pressure' },
      { type: 'avoid-regions', where: { answer: 'cancer-regions' }, reason: 'Cancer or its treatment' },
    ],
  },
  {
    id: 'cancer-past',
    when: { choice: 'cancer-status', in: ['past'] },
    outcome: 'caution',
    reason: 'Areas treated by surgery or radiotherapy can have fragile skin, scar tissue or poor lymph drainage.',
    advice: 'Keep away from treated areas, and tell your doctor about any new lump, pain or swelling.',
    sources: [{ ref: 'walton-2011' }],
    modifications: [{ type: 'avoid-regions', where: { answer: 'cancer-regions' }, reason: 'Cancer or its treatment' }],
  },
  {
    id: 'infection-or-fever',
    when: { yes: 'infection-today' },
    outcome: 'postpone',
    reason: 'Massage is not advised during a fever or an infection: the body needs rest, and you may feel worse.',
    advice: 'Wait until you feel well again and the fever has gone. See a doctor if you feel very unwell.',
    sources: MASSAGE,
    modifications: [],
  },
  {
    id: 'skin-problem',
    when: { yes: 'skin-problem' },
    outcome: 'caution',
    reason: 'Pressure on broken skin, a rash or a lump can hurt it or spread an infection.',
    advice: 'Keep off the area. Show a doctor a new lump, a rash that is spreading, or a wound that is not healing.',
    sources: MASSAGE,
    modifications: [
      { type: 'avoid-regions', where: { answer: 'skin-problem-regions' }, reason: 'Wound, rash or lump' },
    ],
  },
  {
    id: 'osteoporosis',
    when: { any: [{ yes: 'osteoporosis' }, { medication: ['bisphosphonate', 'osteoporosis-medicine'] }] },
    outcome: 'caution',
    reason: 'Bones thinned by osteoporosis can break under firm pressure, especially the ribs and spine.',
    advice:
      'Use light pressure over the spine, ribs and other bony areas, no foam roller or ball on the spine, and no ' +
      'forceful twisting.',
    sources: [{ ref: 'nogg-2022' }, { ref: 'walton-2011' }],
    modifications: [{ type: 'light-pressure', where: { regions: regionsOfBases(BONY_BASES) } }],
  },
  {
    id: 'pregnancy',
    when: { yes: 'pregnancy' },
    outcome: 'caution',
    reason:
      'In pregnancy the belly must not be pressed, lying face down is not advised, and blood clots in the legs are ' +
      'more likely.',
    advice:
      'Keep off your belly, do not lie on your front, and use light pressure on your legs; lie on your side with ' +
      'pillows. Ask your midwife or doctor first if you have any complications.',
    sources: [{ ref: 'rcog-gtg37a-2015' }, { ref: 'walton-2011' }],
    modifications: [
      { type: 'avoid-area', area: 'abdomen', reason: 'Pregnancy' },
      { type: 'no-position', position: 'prone' },
      { type: 'light-pressure', where: LEGS },
    ],
  },
  {
    id: 'pregnancy-late',
    when: { choice: 'pregnancy-trimester', in: ['third', 'not-sure'] },
    outcome: 'caution',
    reason: 'Later in pregnancy, lying flat on your back can press on a large vein and make you feel faint.',
    advice: 'Treat yourself sitting or lying on your side, not flat on your back.',
    sources: [{ ref: 'walton-2011' }],
    modifications: [{ type: 'no-position', position: 'supine' }],
  },
  {
    id: 'lymphedema',
    when: { yes: 'lymphedema' },
    outcome: 'caution',
    reason:
      'Deep pressure and heat on a limb with lymphoedema, or at risk of it, can increase the swelling, and its skin ' +
      'infects easily.',
    advice:
      'Do not press, strip or heat the affected limb or the side of the trunk next to it, and use light pressure ' +
      'elsewhere on that side. Ask a lymphoedema specialist which techniques are safe.',
    sources: [{ ref: 'isl-2020' }, { ref: 'walton-2011' }],
    modifications: [
      { type: 'avoid-regions', where: { limbs: 'lymphedema-limbs', part: 'limb' }, reason: 'Lymphoedema or at risk' },
      { type: 'light-pressure', where: { limbs: 'lymphedema-limbs', part: 'rest-of-side' } },
      { type: 'no-heat', where: { limbs: 'lymphedema-limbs', part: 'limb' } },
    ],
  },
  {
    id: 'lymphedema-other-area',
    when: { choice: 'lymphedema-limbs', in: ['other'] },
    outcome: 'caution',
    reason: 'Lymphoedema of the head, neck or trunk is harmed by the same deep pressure and heat.',
    advice: 'Use light pressure only, and ask your lymphoedema specialist which areas to avoid.',
    sources: [{ ref: 'isl-2020' }],
    modifications: [{ type: 'light-pressure' }, { type: 'no-heat' }],
  },
  {
    id: 'diabetes',
    when: { any: [{ yes: 'diabetes' }, { medication: ['antidiabetic'] }] },
    outcome: 'caution',
    reason: 'Diabetes can reduce feeling and slow healing in the feet, so damage there may go unnoticed.',
    advice:
      'Check the skin of your feet before and after treatment, and tell your diabetes team about any sore or wound.',
    sources: [{ ref: 'nice-ng19-2015' }],
    modifications: [{ type: 'check-skin', where: { regions: regionsOfBases(FOOT_BASES) } }],
  },
  {
    id: 'diabetes-reduced-feeling',
    when: { yes: 'diabetes-feet-numb' },
    outcome: 'caution',
    reason: 'With reduced feeling you cannot judge pressure or heat, and skin damage may go unnoticed.',
    advice:
      'Use light pressure only on your feet and lower legs, no heat packs there, and check the skin afterwards. Ask ' +
      'your diabetes team or podiatrist if you are unsure.',
    sources: [{ ref: 'nice-ng19-2015' }],
    modifications: [
      { type: 'light-pressure', where: LOWER_LEGS_AND_FEET },
      { type: 'no-heat', where: LOWER_LEGS_AND_FEET },
      { type: 'check-skin', where: LOWER_LEGS_AND_FEET },
    ],
  },
  {
    id: 'blood-pressure-not-controlled',
    when: { choice: 'high-blood-pressure-controlled', in: ['not-controlled'] },
    outcome: 'refer',
    reason: 'Blood pressure that is often high should be checked and brought under control first.',
    advice: 'See your doctor or nurse to have your blood pressure checked before trigger point work.',
    sources: [{ ref: 'nice-ng136-2019' }, { ref: 'walton-2011' }],
    modifications: [],
  },
  {
    id: 'blood-pressure-very-high',
    when: {
      any: [
        { number: 'high-blood-pressure-systolic', atLeast: 180 },
        { number: 'high-blood-pressure-diastolic', atLeast: 120 },
      ],
    },
    outcome: 'refer',
    reason: 'A reading of 180/120 or higher needs a doctor to look for strain on the heart, eyes and kidneys.',
    advice:
      'Contact your doctor today. Call emergency services if you also have chest pain, a severe headache, ' +
      'confusion, or changes in your sight.',
    sources: [{ ref: 'nice-ng136-2019', locator: 'Blood pressure of 180/120 mmHg and higher' }],
    modifications: [],
  },
  {
    id: 'blood-pressure-unknown',
    when: { choice: 'high-blood-pressure-controlled', in: ['not-sure'] },
    outcome: 'caution',
    reason: 'We cannot tell whether your blood pressure is under control.',
    advice: 'Ask your doctor, nurse or pharmacist to check it. Get up slowly after lying down.',
    sources: [{ ref: 'nice-ng136-2019' }],
    modifications: [{ type: 'rise-slowly' }],
  },
  {
    id: 'fibromyalgia',
    when: { yes: 'fibromyalgia' },
    outcome: 'caution',
    reason: 'With fibromyalgia, pressure can hurt more than expected and set off a flare.',
    advice: 'Start with light pressure and short sessions, and build up slowly only if it helps.',
    sources: [{ ref: 'macfarlane-2017' }, { ref: 'walton-2011' }],
    modifications: [{ type: 'light-pressure' }],
  },
  {
    id: 'steroid-injection',
    when: { yes: 'steroid-injection' },
    outcome: 'caution',
    reason: 'An area injected with a steroid in the last weeks can be sore, and the tissue there weaker for a while.',
    advice: 'Keep off the injected area, and ask the clinician who gave the injection when pressure there is fine.',
    sources: MASSAGE,
    modifications: [
      { type: 'avoid-regions', where: { answer: 'steroid-injection-regions' }, reason: 'Recent steroid injection' },
    ],
  },
  {
    id: 'steroid-injection-first-days',
    when: { all: [{ number: 'steroid-injection-days', atMost: 3 }, { nearTreatment: 'steroid-injection-regions' }] },
    outcome: 'postpone',
    reason: 'In the first days after a steroid injection the area needs rest and can flare up.',
    advice: 'Wait a few days before working on or near the injected area; work well away from it is fine.',
    sources: MASSAGE,
    modifications: [
      { type: 'avoid-regions', where: { answer: 'steroid-injection-regions' }, reason: 'Recent steroid injection' },
    ],
  },
];
