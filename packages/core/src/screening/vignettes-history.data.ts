import type { Vignette } from './vignette.types.ts';

/** Vignettes led by operations, injuries, chronic conditions and medicines. */

export const HISTORY_VIGNETTES: readonly Vignette[] = [
  {
    id: 'gallbladder-surgery-ten-days',
    story: 'Ten days after keyhole gallbladder surgery, a woman has right shoulder-tip pain.',
    input: {
      answers: {
        'recent-surgery': true,
        'recent-surgery-regions': ['abdomen.upper.right', 'periumbilical'],
        'recent-surgery-when': 'within-2-weeks',
        'recent-surgery-kind': 'keyhole',
      },
      regions: ['shoulder.top.right'],
    },
    expect: {
      outcome: 'caution',
      rules: ['recent-surgery'],
      notRules: ['recent-surgery-first-weeks', 'recent-major-surgery'],
      modifications: [{ type: 'avoid-regions', includes: ['abdomen.upper.right', 'periumbilical'] }],
    },
    why:
      'The shoulder is well away from the wounds of keyhole surgery: work there can go ahead, keeping off the belly ' +
      'until the surgical team says it has healed.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'tooth-out-last-week-shoulder',
    story: 'A week after having a wisdom tooth taken out, a man wants his shoulder treated.',
    input: {
      answers: {
        'recent-surgery': true,
        'recent-surgery-regions': ['teeth.lower.left', 'jaw.lower.left'],
        'recent-surgery-when': 'within-2-weeks',
        'recent-surgery-kind': 'dental',
      },
      regions: ['shoulder.back.right', 'shoulder.top.right'],
    },
    expect: {
      outcome: 'caution',
      notRules: ['recent-surgery-first-weeks', 'recent-major-surgery'],
      noModifications: ['light-pressure'],
      modifications: [{ type: 'avoid-regions', includes: ['teeth.lower.left'] }],
    },
    why: 'A tooth out last week does not stop shoulder work; only the jaw is left alone while it heals.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'tooth-out-last-week-jaw',
    story: 'A week after having a wisdom tooth taken out, a woman wants her jaw muscles treated.',
    input: {
      answers: {
        'recent-surgery': true,
        'recent-surgery-regions': ['teeth.lower.right'],
        'recent-surgery-when': 'within-2-weeks',
        'recent-surgery-kind': 'dental',
      },
      regions: ['jaw.lower.right'],
    },
    expect: { outcome: 'postpone', rules: ['recent-surgery-first-weeks'] },
    why: 'Pressure near a healing tooth socket in the first two weeks can disturb it: jaw work waits.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'hip-replacement-eight-weeks',
    story: 'Eight weeks after a right hip replacement, a man has low back pain.',
    input: {
      answers: {
        'recent-surgery': true,
        'recent-surgery-regions': ['hip.lateral.right', 'buttock.upper.right'],
        'recent-surgery-when': '6-12-weeks',
        'recent-surgery-kind': 'major',
      },
      regions: ['back.low.right'],
    },
    expect: {
      outcome: 'caution',
      notRules: ['recent-surgery-first-weeks'],
      modifications: [{ type: 'avoid-regions', includes: ['hip.lateral.right', 'buttock.upper.right'] }],
    },
    why: 'Past the first weeks, treatment can go ahead away from the operation site.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'ankle-sprain-two-days-calf',
    story: 'A footballer sprained his right ankle two days ago and wants his calf and ankle treated.',
    input: {
      answers: {
        'recent-injury': true,
        'recent-injury-regions': ['ankle.lateral.right'],
        'recent-injury-when': 'within-3-days',
      },
      regions: ['leg.lateral.right', 'ankle.lateral.right'],
    },
    expect: {
      outcome: 'postpone',
      rules: ['recent-injury-first-days'],
      modifications: [
        { type: 'avoid-regions', includes: ['ankle.lateral.right'] },
        { type: 'no-heat', includes: ['ankle.lateral.right'] },
      ],
    },
    why: 'No heat or massage near a fresh sprain for the first 2 to 3 days.',
    sources: [{ ref: 'nhs-sprains-strains' }],
  },
  {
    id: 'ankle-sprain-two-days-neck',
    story: 'The same footballer wants his neck treated instead.',
    input: {
      answers: {
        'recent-injury': true,
        'recent-injury-regions': ['ankle.lateral.right'],
        'recent-injury-when': 'within-3-days',
      },
      regions: ['neck.back.left', 'neck.back.right'],
    },
    expect: {
      outcome: 'caution',
      notRules: ['recent-injury-first-days'],
      modifications: [{ type: 'avoid-regions', includes: ['ankle.lateral.right'] }],
    },
    why: 'Treatment well away from a fresh injury need not wait; the injury itself is left alone.',
    sources: [{ ref: 'nhs-sprains-strains' }],
  },
  {
    id: 'possible-rib-fracture',
    story:
      'After a fall onto the bathtub edge, a woman has sharp pain on one spot of her right ribs and has not been checked.',
    input: {
      answers: {
        fracture: true,
        'fracture-regions': ['chest.lateral.right'],
        'fracture-status': 'suspected',
        'recent-injury': true,
        'recent-injury-regions': ['chest.lateral.right'],
        'recent-injury-when': '4-14-days',
      },
    },
    expect: {
      outcome: 'refer',
      rules: ['fracture-suspected', 'recent-injury'],
      modifications: [{ type: 'avoid-regions', includes: ['chest.lateral.right'] }],
    },
    why: 'A possible fracture needs assessment before any pressure nearby.',
    sources: [{ ref: 'nice-ng38-2016' }],
  },
  {
    id: 'healing-wrist-fracture',
    story: 'Five weeks after a wrist fracture treated in a cast, a man has forearm pain.',
    input: {
      answers: {
        fracture: true,
        'fracture-regions': ['wrist.radial.left', 'wrist.front.left'],
        'fracture-status': 'diagnosed',
      },
      regions: ['forearm.back.left'],
    },
    expect: {
      outcome: 'caution',
      rules: ['fracture'],
      notRules: ['fracture-suspected'],
      modifications: [{ type: 'avoid-regions', includes: ['wrist.radial.left', 'wrist.front.left'] }],
    },
    why: 'A diagnosed, healing fracture: work on the forearm muscles but not on the break.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'osteoporosis-mid-back',
    story: 'A 72-year-old with osteoporosis on alendronic acid has pain between the shoulder blades.',
    input: {
      answers: { osteoporosis: true },
      medications: ['Alendronic acid 70mg weekly'],
      regions: ['interscapular.left', 'interscapular.right'],
    },
    expect: {
      outcome: 'caution',
      rules: ['osteoporosis'],
      medications: ['alendronate'],
      modifications: [
        { type: 'light-pressure', includes: ['interscapular.left', 'spine.thoracic.upper', 'chest.lateral.right'] },
      ],
    },
    why: 'Fragile bones: light pressure over the spine and ribs.',
    sources: [{ ref: 'nogg-2022' }],
  },
  {
    id: 'bowel-cancer-on-capecitabine',
    story: 'A man having chemotherapy tablets for bowel cancer wants help with shoulder pain.',
    input: {
      answers: {
        cancer: true,
        'cancer-status': 'active',
        'cancer-regions': ['abdomen.lower.left'],
        'cancer-bone-spread': false,
        'cancer-new-spine-pain': false,
      },
      medications: ['capecitabine'],
      regions: ['shoulder.top.left'],
    },
    expect: {
      outcome: 'refer',
      rules: ['cancer-active', 'cancer-medicine'],
      modifications: [{ type: 'avoid-regions', includes: ['abdomen.lower.left'] }],
    },
    why: 'During cancer treatment the oncology team decides first.',
    sources: [{ ref: 'corbin-2005' }],
  },
  {
    id: 'cancer-ten-years-ago',
    story: 'A woman treated for cancer ten years ago, with no lymph node problems, has neck pain.',
    input: {
      answers: { cancer: true, 'cancer-status': 'past', 'cancer-bone-spread': false, 'cancer-new-spine-pain': false },
      regions: ['neck.back.right'],
    },
    expect: { outcome: 'caution', rules: ['cancer-past'], noModifications: ['avoid-regions', 'light-pressure'] },
    why: 'Past cancer: mention it, keep off treated areas; nothing else changes.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'diabetic-numb-feet-heel-pain',
    story: 'A man with type 2 diabetes on metformin has numb feet and heel pain.',
    input: {
      answers: { diabetes: true, 'reduced-feeling': true, 'reduced-feeling-where': ['feet'] },
      medications: ['Metformin 500mg'],
      regions: ['heel.under.left', 'arch.left'],
    },
    expect: {
      outcome: 'caution',
      rules: ['diabetes', 'reduced-feeling-feet'],
      modifications: [
        { type: 'light-pressure', includes: ['heel.under.left', 'arch.left', 'calf.lower.left'] },
        { type: 'no-heat', includes: ['heel.under.left'] },
        { type: 'check-skin', includes: ['heel.under.left'] },
      ],
    },
    why: 'Reduced feeling: light pressure, no heat, check the skin.',
    sources: [{ ref: 'nice-ng19-2015' }],
  },
  {
    id: 'diabetic-normal-feeling-shoulder',
    story: 'A woman using insulin, with normal feeling in her feet, has shoulder pain.',
    input: {
      answers: { diabetes: true, 'reduced-feeling': false },
      medications: ['Lantus insulin pen'],
      regions: ['shoulder.front.right'],
    },
    expect: {
      outcome: 'caution',
      rules: ['diabetes'],
      notRules: ['reduced-feeling-feet'],
      noModifications: ['light-pressure'],
      modifications: [{ type: 'check-skin', includes: ['heel.under.right'] }],
    },
    why: 'Diabetes without reduced feeling: a foot check, no pressure limit.',
    sources: [{ ref: 'nice-ng19-2015' }],
  },
  {
    id: 'blood-pressure-often-high',
    story: 'A man says his blood pressure is often high at the pharmacy.',
    input: { answers: { 'high-blood-pressure': true, 'high-blood-pressure-controlled': 'not-controlled' } },
    expect: { outcome: 'caution', rules: ['blood-pressure-not-controlled'], modifications: [{ type: 'rise-slowly' }] },
    why:
      'Raised blood pressure without symptoms needs a check within a week or two, not a stop to gentle treatment ' +
      '(NICE NG136); getting up slowly guards against dizziness.',
    sources: [{ ref: 'nice-ng136-2019' }],
  },
  {
    id: 'blood-pressure-190-over-100',
    story: 'A woman whose blood pressure is usually controlled had a reading of 190/100 this week.',
    input: {
      answers: {
        'high-blood-pressure': true,
        'high-blood-pressure-controlled': 'controlled',
        'high-blood-pressure-systolic': 190,
        'high-blood-pressure-diastolic': 100,
      },
    },
    expect: { outcome: 'caution', rules: ['blood-pressure-very-high'] },
    why:
      'A reading of 180 systolic or more needs a doctor within days to look for organ strain, but without symptoms it ' +
      'is not an emergency and does not stop gentle treatment (NICE NG136).',
    sources: [{ ref: 'nice-ng136-2019' }],
  },
  {
    id: 'controlled-blood-pressure-on-ramipril',
    story: 'A man with well-controlled blood pressure on ramipril and amlodipine has low back pain.',
    input: {
      answers: { 'high-blood-pressure': true, 'high-blood-pressure-controlled': 'controlled' },
      medications: ['ramipril 5mg', 'amlodipine 10mg'],
    },
    expect: {
      outcome: 'caution',
      rules: ['blood-pressure-medicine'],
      notRules: ['blood-pressure-not-controlled'],
      modifications: [{ type: 'rise-slowly' }],
      noModifications: ['light-pressure'],
    },
    why: 'Controlled hypertension is fine; the medicines can cause dizziness on standing.',
    sources: [{ ref: 'nice-ng136-2019' }],
  },
  {
    id: 'fibromyalgia-duloxetine-pregabalin',
    story: 'A woman with fibromyalgia on duloxetine and pregabalin has widespread pain.',
    input: { answers: { fibromyalgia: true }, medications: ['Duloxetine 60mg', 'Pregabalin 75 mg capsules'] },
    expect: {
      outcome: 'caution',
      rules: ['fibromyalgia', 'pain-feedback-dulled'],
      modifications: [{ type: 'light-pressure' }, { type: 'rise-slowly' }],
      noModifications: ['moderate-pressure'],
    },
    why: 'Start light for fibromyalgia; the gabapentinoid dulls feedback and can cause dizziness.',
    sources: [{ ref: 'macfarlane-2017' }, { ref: 'walton-2011' }],
  },
  {
    id: 'steroid-injection-shoulder-two-days',
    story: 'Two days after a steroid injection into the right shoulder, a woman wants her shoulder muscles treated.',
    input: {
      answers: {
        'steroid-injection': true,
        'steroid-injection-regions': ['shoulder.side.right'],
        'steroid-injection-days': 2,
      },
      regions: ['shoulder.back.right'],
    },
    expect: {
      outcome: 'postpone',
      rules: ['steroid-injection-first-days'],
      modifications: [{ type: 'avoid-regions', includes: ['shoulder.side.right'] }],
    },
    why: 'The injected area needs a few days of rest.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'steroid-injection-knee-neck-pain',
    story: 'Two days after a knee injection, a man wants his neck treated.',
    input: {
      answers: {
        'steroid-injection': true,
        'steroid-injection-regions': ['knee.medial.left'],
        'steroid-injection-days': 2,
      },
      regions: ['neck.back.left'],
    },
    expect: {
      outcome: 'caution',
      notRules: ['steroid-injection-first-days'],
      modifications: [{ type: 'avoid-regions', includes: ['knee.medial.left'] }],
    },
    why: 'Far from the injection, treatment can go ahead; the knee is left alone.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'varicose-veins-calf-cramps',
    story: 'A hairdresser with varicose veins on the inside of her left leg has calf cramps.',
    input: {
      answers: { 'varicose-veins': true, 'varicose-veins-regions': ['leg.medial.left', 'knee.medial.left'] },
      regions: ['calf.upper.left'],
    },
    expect: {
      outcome: 'caution',
      rules: ['varicose-veins'],
      modifications: [
        { type: 'avoid-regions', includes: ['leg.medial.left', 'knee.medial.left'], excludes: ['calf.upper.left'] },
      ],
    },
    why: 'Keep off the varicose veins; the calf muscle can be treated around them.',
    sources: [{ ref: 'batavia-2004' }],
  },
  {
    id: 'forearm-rash-tennis-elbow',
    story: 'A man with tennis elbow has an eczema flare on his right forearm.',
    input: {
      answers: { 'skin-problem': true, 'skin-problem-regions': ['forearm.back.right'] },
      regions: ['elbow.lateral.right', 'forearm.back.right'],
    },
    expect: {
      outcome: 'caution',
      rules: ['skin-problem'],
      modifications: [{ type: 'avoid-regions', includes: ['forearm.back.right'] }],
    },
    why: 'No pressure on broken or inflamed skin.',
    sources: [{ ref: 'batavia-2004' }],
  },
  {
    id: 'haemophilia',
    story: 'A young man with mild haemophilia has quadriceps pain.',
    input: { answers: { 'bleeding-disorder': true }, regions: ['thigh.front.left'] },
    expect: { outcome: 'caution', rules: ['bleeding-disorder'], modifications: [{ type: 'light-pressure' }] },
    why: 'A bleeding disorder: light pressure only.',
    sources: [{ ref: 'walton-2011' }],
  },
];
