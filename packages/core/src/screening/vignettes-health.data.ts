import type { Vignette } from './vignette.types.ts';

/** Vignettes led by warning signs and health history. */

const LEFT_ARM = ['axilla.left', 'arm.upper.front.left', 'elbow.lateral.left', 'forearm.front.left', 'hand.back.left'];

export const HEALTH_VIGNETTES: readonly Vignette[] = [
  {
    id: 'apixaban-fall-knee',
    story:
      'A 78-year-old on Eliquis fell five days ago, bruising the left knee and hip; she wants to treat her outer thigh.',
    input: {
      answers: {
        'blood-thinners': true,
        'recent-injury': true,
        'recent-injury-regions': ['knee.front.left', 'hip.lateral.left'],
        'recent-injury-when': '4-14-days',
      },
      medications: ['Eliquis 5mg twice daily'],
      regions: ['thigh.lateral.left'],
    },
    expect: {
      outcome: 'refer',
      rules: ['injury-with-bleeding-risk', 'blood-thinner', 'recent-injury'],
      notRules: ['head-injury-with-bleeding-risk'],
      medications: ['apixaban'],
      modifications: [
        { type: 'light-pressure' },
        { type: 'avoid-regions', includes: ['knee.front.left', 'hip.lateral.left'] },
      ],
    },
    why:
      'A fall on an anticoagulant can bleed into a muscle or joint slowly: a doctor sees her first; then light pressure ' +
      'only, and the bruised areas are left alone until healed. No head injury, so not urgent.',
    sources: [{ ref: 'nice-ng232-2023' }, { ref: 'batavia-2004' }, { ref: 'walton-2011' }],
  },
  {
    id: 'warfarin-head-knock',
    story: 'An 82-year-old on warfarin hit his forehead on a cupboard yesterday and now wants his neck treated.',
    input: {
      answers: {
        'recent-injury': true,
        'recent-injury-regions': ['forehead.right'],
        'recent-injury-when': 'within-3-days',
      },
      medications: ['Warfarin 3mg'],
      regions: ['neck.back.right'],
    },
    expect: {
      outcome: 'urgent',
      rules: ['head-injury-with-bleeding-risk', 'blood-thinner'],
      medications: ['warfarin'],
    },
    why: 'A head injury on an anticoagulant needs same-day assessment for bleeding inside the skull, even when the person feels well.',
    sources: [{ ref: 'nice-ng232-2023' }],
  },
  {
    id: 'clopidogrel-head-weeks-ago',
    story: 'A 70-year-old on clopidogrel banged the back of his head three weeks ago and has had a stiff neck since.',
    input: {
      answers: { 'recent-injury': true, 'recent-injury-regions': ['occiput.left'], 'recent-injury-when': '2-6-weeks' },
      medications: ['Plavix 75'],
      regions: ['suboccipital.left'],
    },
    expect: {
      outcome: 'urgent',
      rules: ['head-injury-with-bleeding-risk', 'injury-with-bleeding-risk'],
      modifications: [{ type: 'avoid-regions', includes: ['occiput.left'] }],
    },
    why:
      'Bleeding after a head injury on a blood thinner can appear weeks later (a chronic subdural haematoma), and a ' +
      'stiff neck since may be its sign: he needs to be checked today, before any neck work.',
    sources: [{ ref: 'nice-ng232-2023' }],
  },
  {
    id: 'forehead-bump-no-blood-thinner',
    story:
      'A 35-year-old bumped her forehead two days ago, takes nothing regularly, and wants her upper trapezius treated.',
    input: {
      answers: {
        'recent-injury': true,
        'recent-injury-regions': ['forehead.left'],
        'recent-injury-when': 'within-3-days',
      },
      regions: ['shoulder.top.left', 'shoulder.top.right'],
    },
    expect: {
      outcome: 'caution',
      rules: ['recent-injury'],
      notRules: ['head-injury-with-bleeding-risk', 'recent-injury-first-days'],
      modifications: [{ type: 'avoid-regions', includes: ['forehead.left'] }],
    },
    why: 'Without a blood thinner a minor bump is not urgent, and treatment far from it need not wait; the bump is left alone.',
    sources: [{ ref: 'nhs-sprains-strains' }],
  },
  {
    id: 'pregnant-second-trimester-low-back',
    story: 'A woman 22 weeks pregnant has low back and sacroiliac pain.',
    input: {
      answers: {
        pregnancy: true,
        'pregnancy-warning-signs': false,
        'pregnancy-complications': false,
        'pregnancy-trimester': 'second',
      },
      regions: ['back.low.left', 'back.low.right', 'sacroiliac.left'],
    },
    expect: {
      outcome: 'caution',
      rules: ['pregnancy'],
      notRules: ['pregnancy-late'],
      modifications: [
        { type: 'no-position', position: 'prone' },
        { type: 'avoid-area', area: 'abdomen' },
        { type: 'light-pressure', includes: ['calf.upper.left', 'thigh.medial.right'], excludes: ['back.low.left'] },
      ],
    },
    why: 'Pregnancy: no lying face down, nothing on the belly, light pressure on the legs for the higher clot risk; the back itself can be treated.',
    sources: [{ ref: 'rcog-gtg37a-2015' }, { ref: 'walton-2011' }],
  },
  {
    id: 'pregnant-third-trimester-buttock',
    story: 'A woman 32 weeks pregnant has buttock pain down the back of the thigh.',
    input: {
      answers: {
        pregnancy: true,
        'pregnancy-warning-signs': false,
        'pregnancy-complications': false,
        'pregnancy-trimester': 'third',
      },
      regions: ['buttock.upper.right', 'thigh.back.right'],
    },
    expect: {
      outcome: 'caution',
      rules: ['pregnancy', 'pregnancy-late'],
      modifications: [
        { type: 'no-position', position: 'prone' },
        { type: 'no-position', position: 'supine' },
        { type: 'light-pressure', includes: ['thigh.back.right'] },
      ],
    },
    why: 'Late pregnancy adds no lying flat on the back; side-lying with pillows instead.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'pregnant-first-trimester-neck',
    story: 'A woman 9 weeks pregnant, otherwise well, has neck and shoulder pain.',
    input: {
      answers: {
        pregnancy: true,
        'pregnancy-warning-signs': false,
        'pregnancy-complications': false,
        'pregnancy-trimester': 'first',
        diabetes: false,
      },
      regions: ['neck.back.left'],
    },
    expect: { outcome: 'caution', rules: ['pregnancy'], notRules: ['pregnancy-late'] },
    why: 'Early pregnancy alone is a caution, not a referral: the same modifications apply.',
    sources: [{ ref: 'walton-2011' }],
  },
  {
    id: 'lymphedema-left-arm-neck-pain',
    story:
      'Two years after left breast cancer surgery with lymph node removal, a woman with a swollen left arm wants her neck treated.',
    input: {
      answers: {
        cancer: true,
        'cancer-bone-spread': false,
        'cancer-new-spine-pain': false,
        'cancer-status': 'past',
        'cancer-regions': ['chest.pectoral.left'],
        lymphedema: true,
        'lymphedema-limbs': ['left-arm'],
      },
      regions: ['neck.side.left', 'neck.back.left'],
    },
    expect: {
      outcome: 'caution',
      rules: ['lymphedema', 'cancer-past'],
      modifications: [
        { type: 'avoid-regions', includes: [...LEFT_ARM, 'chest.pectoral.left', 'chest.lateral.left'] },
        {
          type: 'light-pressure',
          includes: ['neck.side.left', 'neck.back.left', 'scapula.body.left'],
          excludes: ['neck.side.right'],
        },
        { type: 'no-heat', includes: LEFT_ARM },
      ],
    },
    why: 'No deep pressure or heat on a limb with lymphoedema or its trunk quadrant, and light pressure elsewhere on that side.',
    sources: [{ ref: 'isl-2020' }, { ref: 'walton-2011' }],
  },
  {
    id: 'lymphedema-right-leg-low-back',
    story: 'After lymph nodes were removed from the right groin, a man has a swollen right leg and low back pain.',
    input: {
      answers: { lymphedema: true, 'lymphedema-limbs': ['right-leg'] },
      regions: ['back.low.right', 'back.low.left'],
    },
    expect: {
      outcome: 'caution',
      modifications: [
        {
          type: 'avoid-regions',
          includes: ['thigh.front.right', 'calf.upper.right', 'buttock.upper.right', 'groin.right'],
          excludes: ['calf.upper.left'],
        },
        { type: 'light-pressure', includes: ['back.low.right'], excludes: ['back.low.left'] },
      ],
    },
    why: 'The same limb rule for a leg: avoid it with its hip and buttock, light pressure on the rest of that side.',
    sources: [{ ref: 'isl-2020' }],
  },
  {
    id: 'swollen-calf-leg-pain',
    story: 'A man with a swollen, warm, painful left calf since a long flight wants his calf trigger points treated.',
    input: { answers: { 'swollen-painful-calf': true }, regions: ['calf.upper.left', 'calf.lower.left'] },
    expect: {
      outcome: 'urgent',
      rules: ['red-flag-possible-blood-clot'],
      modifications: [
        {
          type: 'avoid-regions',
          includes: ['calf.upper.left', 'calf.lower.left', 'thigh.back.left', 'calf.upper.right'],
        },
      ],
    },
    why: 'Possible deep vein thrombosis: no massage of the legs, see a doctor today.',
    sources: [{ ref: 'nice-ng158-2020' }],
  },
  {
    id: 'swollen-calf-after-knee-replacement',
    story: 'Ten days after a knee replacement, a woman notices her calf is swollen and painful.',
    input: {
      answers: {
        'swollen-painful-calf': true,
        'recent-surgery': true,
        'recent-surgery-regions': ['knee.front.right'],
        'recent-surgery-when': 'within-2-weeks',
        'recent-surgery-kind': 'major',
      },
    },
    expect: { outcome: 'urgent', rules: ['red-flag-possible-blood-clot', 'recent-surgery-first-weeks'] },
    why: 'A clot after surgery is a real risk; the red flag wins over everything else.',
    sources: [{ ref: 'nice-ng158-2020' }, { ref: 'nice-ng89-2018' }],
  },
  {
    id: 'past-dvt-hamstring',
    story: 'A runner who had a DVT two years ago, treated and finished, has hamstring pain.',
    input: { answers: { 'blood-clot': true, 'blood-clot-when': 'past' }, regions: ['thigh.back.left'] },
    expect: {
      outcome: 'caution',
      rules: ['blood-clot-past'],
      modifications: [{ type: 'light-pressure', includes: ['thigh.back.left', 'calf.upper.left'] }],
    },
    why: 'After a past clot the leg veins may stay damaged: light pressure on the legs.',
    sources: [{ ref: 'nice-ng158-2020' }],
  },
  {
    id: 'recent-dvt-on-rivaroxaban',
    story: 'Six weeks after a DVT, a woman on Xarelto wants her shoulder treated.',
    input: {
      answers: { 'blood-clot': true, 'blood-clot-when': 'current' },
      medications: ['Xarelto 20 mg'],
      regions: ['shoulder.back.right'],
    },
    expect: {
      outcome: 'refer',
      rules: ['blood-clot-recent', 'blood-thinner'],
      modifications: [
        { type: 'light-pressure' },
        { type: 'avoid-regions', includes: ['calf.upper.left', 'calf.upper.right'] },
      ],
    },
    why: 'A clot still being treated: ask the treating doctor first; no leg massage, and light pressure for the anticoagulant.',
    sources: [{ ref: 'nice-ng158-2020' }, { ref: 'batavia-2004' }],
  },
  {
    id: 'saddle-numbness-low-back',
    story: 'A man with low back pain and sciatica has numbness between his legs.',
    input: { answers: { 'saddle-numbness': true }, regions: ['back.low.left', 'buttock.lower.left'] },
    expect: { outcome: 'urgent', rules: ['red-flag-cauda-equina'] },
    why: 'Saddle numbness with back pain suggests cauda equina syndrome: emergency department now.',
    sources: [{ ref: 'finucane-2020' }],
  },
  {
    id: 'bladder-loss-sciatica',
    story: 'A woman with sciatica has started losing control of her bladder.',
    input: {
      answers: { 'bladder-bowel-loss': true, 'recent-injury': false },
      regions: ['buttock.upper.right', 'thigh.back.right'],
    },
    expect: { outcome: 'urgent', rules: ['red-flag-cauda-equina'] },
    why: 'New bladder dysfunction with sciatica is a cauda equina red flag.',
    sources: [{ ref: 'finucane-2020' }],
  },
  {
    id: 'thunderclap-headache',
    story:
      'A 45-year-old had a sudden, explosive headache this morning, the worst ever, and wants his temples treated.',
    input: { answers: { 'sudden-severe-headache': true }, regions: ['temple.left', 'temple.right'] },
    expect: { outcome: 'urgent', rules: ['red-flag-sudden-severe-headache'] },
    why: 'A thunderclap headache can be a subarachnoid haemorrhage.',
    sources: [{ ref: 'nice-cg150-2012' }],
  },
  {
    id: 'headache-fever-stiff-neck',
    story: 'A student with a headache, fever and a stiff neck thinks it is muscle tension.',
    input: { answers: { 'headache-fever-stiff-neck': true, 'infection-today': true }, regions: ['neck.back.left'] },
    expect: { outcome: 'urgent', rules: ['red-flag-headache-fever-stiff-neck', 'infection-or-fever'] },
    why: 'Possible meningitis outranks the postponement for fever.',
    sources: [{ ref: 'nice-cg150-2012' }],
  },
  {
    id: 'new-arm-weakness',
    story: 'A 60-year-old with neck pain noticed this morning that his right arm is weak and his face droops.',
    input: { answers: { 'sudden-weakness-one-side': true }, regions: ['neck.side.right'] },
    expect: { outcome: 'urgent', rules: ['red-flag-stroke-signs'] },
    why: 'Sudden one-sided weakness and facial droop are stroke signs.',
    sources: [{ ref: 'nice-cg150-2012' }],
  },
  {
    id: 'chest-pain-on-stairs',
    story: 'A 58-year-old gets chest tightness climbing stairs and wants his pectoral trigger points treated.',
    input: { answers: { 'chest-pain-exertion': true }, regions: ['chest.pectoral.left'] },
    expect: { outcome: 'urgent', rules: ['red-flag-chest-pain-with-arm-pain'] },
    why: 'Exertional chest pain may be cardiac and must be assessed first.',
    sources: [{ ref: 'nice-cg95-2016' }],
  },
  {
    id: 'chest-and-arm-pain-on-drawing',
    story:
      'Someone marks the breastbone and the inside of the left arm as the places to treat, and answers no warning signs.',
    input: { answers: {}, regions: ['sternum', 'arm.upper.medial.left'] },
    expect: { outcome: 'urgent', rules: ['red-flag-chest-pain-with-arm-pain'] },
    why: 'Chest pain spreading to the arm is treated as possibly cardiac until a doctor says otherwise, as in the finder.',
    sources: [{ ref: 'nice-cg95-2016' }],
  },
  {
    id: 'night-pain-weight-loss',
    story: 'A 67-year-old with thoracic back pain at night that rest does not ease has lost weight without trying.',
    input: { answers: { 'night-pain-unrelieved': true, 'unexplained-weight-loss': true }, regions: ['back.mid.left'] },
    expect: { outcome: 'refer', rules: ['red-flag-weight-loss-or-night-pain'] },
    why: 'Red flags for spinal malignancy: a doctor first.',
    sources: [{ ref: 'finucane-2020' }],
  },
  {
    id: 'fever-back-pain',
    story: 'A woman has low back pain and a fever.',
    input: { answers: { 'fever-back-pain': true }, regions: ['back.low.right'] },
    expect: { outcome: 'refer', rules: ['red-flag-fever-with-back-pain'] },
    why: 'Back pain with fever can be a spinal or kidney infection.',
    sources: [{ ref: 'finucane-2020' }],
  },
  {
    id: 'flu-today',
    story: 'A man with flu and aching muscles wants a session today.',
    input: { answers: { 'infection-today': true } },
    expect: { outcome: 'postpone', rules: ['infection-or-fever'] },
    why: 'Fever or acute infection: not today.',
    sources: [{ ref: 'batavia-2004' }],
  },
];
