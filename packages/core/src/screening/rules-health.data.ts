import {
  BONY_BASES,
  LEG_BASES,
  LOWER_LEG_AND_FOOT_BASES,
  FOOT_BASES,
  regionsOfArea,
  regionsOfBases,
} from './body-parts.ts';
import type { ScreeningRule } from './rules.types.ts';

/**
 * Rules from the health answers (conditions, pregnancy, cancer…). Operations, injuries and broken
 * bones are in rules-injury-surgery.data.ts; what lies under a pressure site (neck arteries,
 * implants) in rules-structures.data.ts.
 */

const LEGS = { regions: regionsOfBases(LEG_BASES) };
const LOWER_LEGS_AND_FEET = { regions: regionsOfBases(LOWER_LEG_AND_FOOT_BASES) };
const HANDS_AND_FOREARMS = {
  regions: [...regionsOfArea('forearm'), ...regionsOfArea('wrist'), ...regionsOfArea('hand')],
};
const NEUROPATHY = [{ ref: 'nice-ng19-2015' }, { ref: 'walton-2011' }] as const;

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
    modifications: [{ type: 'light-pressure', why: 'blood thinners make bruising likely' }],
  },
  {
    id: 'bleeding-disorder',
    when: { yes: 'bleeding-disorder' },
    outcome: 'caution',
    reason: 'With a bleeding disorder or easy bruising, firm pressure can cause bleeding under the skin.',
    advice: 'Use light pressure only and watch for bruising. Ask your doctor or haemophilia team what is safe for you.',
    sources: MASSAGE,
    modifications: [{ type: 'light-pressure', why: 'bleeding disorder or easy bruising' }],
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
    modifications: [{ type: 'light-pressure', why: 'a past clot in a leg vein', where: LEGS }],
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
    id: 'cancer-skin-local',
    when: { choice: 'cancer-status', in: ['active-skin-local'] },
    outcome: 'caution',
    reason: 'A skin cancer in one place only matters where it is: pressure there can hurt it or spread it.',
    advice:
      'Keep off the area and the skin around it until it has been treated and healed. Show your doctor any change in ' +
      'it, or any new lump.',
    sources: [{ ref: 'walton-2011' }],
    modifications: [{ type: 'avoid-regions', where: { answer: 'cancer-regions' }, reason: 'Skin cancer' }],
  },
  {
    id: 'cancer-bone-spread',
    when: { yes: 'cancer-bone-spread' },
    outcome: 'refer',
    reason: 'Bone weakened by cancer can break under pressure, even light pressure on the spine or ribs.',
    advice:
      'Ask your cancer team before any trigger point work which areas are safe and how much pressure, and tell them ' +
      'about any new pain.',
    sources: [{ ref: 'nice-ng234-2023' }, { ref: 'corbin-2005' }],
    modifications: [{ type: 'light-pressure', why: 'cancer in the bones' }],
  },
  {
    id: 'cancer-new-spine-pain',
    when: { yes: 'cancer-new-spine-pain' },
    outcome: 'urgent',
    reason:
      'New or worsening spine pain after cancer can be the first sign that it has spread to the spine, which needs ' +
      'scans quickly to protect the spinal cord.',
    advice:
      'Contact your cancer team or acute oncology service today. Call emergency services at once if you also have ' +
      'weakness or numbness in your legs, trouble walking, or loss of bladder or bowel control. No trigger point work ' +
      'until you have been checked.',
    sources: [{ ref: 'nice-ng234-2023', locator: 'Recognising spinal metastases and MSCC' }],
    modifications: [],
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
      { type: 'light-pressure', why: 'recent cancer treatment' },
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
    modifications: [
      { type: 'light-pressure', why: 'fragile bones over bony areas', where: { regions: regionsOfBases(BONY_BASES) } },
    ],
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
      { type: 'light-pressure', why: 'pregnancy makes clots in the legs more likely', where: LEGS },
    ],
  },
  {
    id: 'pregnancy-warning-signs',
    when: { yes: 'pregnancy-warning-signs' },
    outcome: 'urgent',
    reason:
      'A bad headache, problems with sight, pain below the ribs, vomiting or sudden swelling in pregnancy can be signs ' +
      'of pre-eclampsia, which can become dangerous quickly.',
    advice:
      'Contact your midwife, maternity unit or doctor now, today. Call emergency services if you feel very unwell. ' +
      'No trigger point work until you have been checked.',
    sources: [{ ref: 'nice-ng133-2019', locator: 'Pre-eclampsia: symptoms' }],
    modifications: [],
  },
  {
    id: 'pregnancy-complications',
    when: { yes: 'pregnancy-complications' },
    outcome: 'refer',
    reason: 'With a complication in pregnancy, what is safe depends on the complication.',
    advice: 'Ask your midwife or doctor before trigger point work, and follow what they say.',
    sources: [{ ref: 'nice-ng133-2019' }, { ref: 'walton-2011' }],
    modifications: [],
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
      {
        type: 'light-pressure',
        why: 'lymphoedema on this side',
        where: { limbs: 'lymphedema-limbs', part: 'rest-of-side' },
      },
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
    modifications: [{ type: 'light-pressure', why: 'lymphoedema' }, { type: 'no-heat' }],
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
    id: 'reduced-feeling-feet',
    when: { choice: 'reduced-feeling-where', in: ['feet'] },
    outcome: 'caution',
    reason: 'With reduced feeling you cannot judge pressure or heat, and skin damage may go unnoticed.',
    advice:
      'Use light pressure only on your feet and lower legs, no heat packs there, and check the skin afterwards. Ask ' +
      'your doctor, nurse or podiatrist if you are unsure.',
    sources: NEUROPATHY,
    modifications: [
      { type: 'light-pressure', why: 'reduced feeling', where: LOWER_LEGS_AND_FEET },
      { type: 'no-heat', where: LOWER_LEGS_AND_FEET },
      { type: 'check-skin', where: LOWER_LEGS_AND_FEET },
    ],
  },
  {
    id: 'reduced-feeling-hands',
    when: { choice: 'reduced-feeling-where', in: ['hands'] },
    outcome: 'caution',
    reason: 'With reduced feeling in the hands you cannot judge pressure or heat there, and may not feel a bruise.',
    advice: 'Use light pressure only on your hands and forearms, no heat packs there, and check the skin afterwards.',
    sources: NEUROPATHY,
    modifications: [
      { type: 'light-pressure', why: 'reduced feeling', where: HANDS_AND_FOREARMS },
      { type: 'no-heat', where: HANDS_AND_FOREARMS },
      { type: 'check-skin', where: HANDS_AND_FOREARMS },
    ],
  },
  {
    id: 'reduced-feeling-elsewhere',
    when: { choice: 'reduced-feeling-where', in: ['elsewhere', 'not-sure'] },
    outcome: 'caution',
    reason: 'Where feeling is reduced you cannot judge pressure or heat, and we do not know where that is.',
    advice: 'Use light pressure only, no heat packs, and check your skin afterwards.',
    sources: NEUROPATHY,
    modifications: [{ type: 'light-pressure', why: 'reduced feeling' }, { type: 'no-heat' }, { type: 'check-skin' }],
  },
  {
    id: 'blood-pressure-not-controlled',
    when: { choice: 'high-blood-pressure-controlled', in: ['not-controlled'] },
    outcome: 'caution',
    reason:
      'Blood pressure that is often high needs a check, but on its own, without symptoms, it does not stand in the ' +
      'way of gentle trigger point work.',
    advice:
      'Have your blood pressure checked by your doctor, nurse or pharmacist in the next week or two. Get up slowly ' +
      'after lying down. Call emergency services for chest pain, a sudden severe headache, confusion or changes in ' +
      'your sight.',
    sources: [{ ref: 'nice-ng136-2019' }, { ref: 'walton-2011' }],
    modifications: [{ type: 'rise-slowly' }],
  },
  {
    id: 'blood-pressure-very-high',
    when: {
      any: [
        { number: 'high-blood-pressure-systolic', atLeast: 180 },
        { number: 'high-blood-pressure-diastolic', atLeast: 120 },
      ],
    },
    outcome: 'caution',
    reason:
      'A reading of 180/120 or higher needs a doctor to look for strain on the heart, eyes and kidneys soon, though ' +
      'without symptoms it is not an emergency.',
    advice:
      'Contact your doctor in the next few days to have it checked. Call emergency services if you also have chest ' +
      'pain, a severe headache, confusion, or changes in your sight. Get up slowly after treatment.',
    sources: [{ ref: 'nice-ng136-2019', locator: 'Blood pressure of 180/120 mmHg and higher' }],
    modifications: [{ type: 'rise-slowly' }],
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
    modifications: [{ type: 'light-pressure', why: 'pressure can set off a fibromyalgia flare' }],
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
