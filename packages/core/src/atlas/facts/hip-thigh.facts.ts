import type { ReferralFact } from '../referral-fact.types.ts';

/*
 * Where hip and thigh trigger points refer pain, as stated in Travell & Simons Vol. 2 (1992).
 * Each fact is a statement from the literature; the atlas data must honour it.
 */
export const HIP_THIGH_FACTS: readonly ReferralFact[] = [
  {
    muscle: 'gluteus-maximus',
    region: 'coccyx',
    zone: 'essential',
    statement:
      'The lowest, most medial gluteus maximus trigger point refers pain to the coccyx (a cause of coccygodynia).',
    source: { ref: 'travell-1992', locator: 'ch. 7, Gluteus Maximus Muscle' },
  },
  {
    muscle: 'gluteus-maximus',
    region: 'sacroiliac',
    zone: 'essential',
    statement:
      'Gluteus maximus trigger points next to the sacrum refer a crescent of pain along the gluteal cleft that ' +
      'includes the sacroiliac region.',
    source: { ref: 'travell-1992', locator: 'ch. 7, Gluteus Maximus Muscle' },
  },
  {
    muscle: 'gluteus-maximus',
    region: 'buttock.lower',
    zone: 'essential',
    statement: 'The gluteus maximus trigger point above the ischial tuberosity refers pain over the whole buttock.',
    source: { ref: 'travell-1992', locator: 'ch. 7, Gluteus Maximus Muscle' },
  },
  {
    muscle: 'gluteus-medius',
    region: 'iliac-crest',
    zone: 'essential',
    statement: 'Gluteus medius trigger points refer pain along the posterior crest of the ilium.',
    source: { ref: 'travell-1992', locator: 'ch. 8, Gluteus Medius Muscle' },
  },
  {
    muscle: 'gluteus-medius',
    region: 'sacroiliac',
    zone: 'essential',
    statement:
      'The posterior gluteus medius trigger point, near the sacroiliac joint, refers pain to the sacroiliac ' +
      'region and sacrum.',
    source: { ref: 'travell-1992', locator: 'ch. 8, Gluteus Medius Muscle' },
  },
  {
    muscle: 'gluteus-medius',
    region: 'thigh.lateral',
    zone: 'essential-or-spillover',
    statement: 'The middle gluteus medius trigger point may extend its pain to the upper lateral and posterior thigh.',
    source: { ref: 'travell-1992', locator: 'ch. 8, Gluteus Medius Muscle' },
  },
  {
    muscle: 'gluteus-minimus',
    region: 'thigh.lateral',
    zone: 'essential',
    statement: 'Anterior gluteus minimus trigger points refer pain down the lateral thigh and knee (pseudo-sciatica).',
    source: { ref: 'travell-1992', locator: 'ch. 9, Gluteus Minimus Muscle' },
  },
  {
    muscle: 'gluteus-minimus',
    region: 'ankle.lateral',
    zone: 'essential-or-spillover',
    statement: 'The anterior gluteus minimus pattern may reach along the peroneal (lateral) leg as far as the ankle.',
    source: { ref: 'travell-1992', locator: 'ch. 9, Gluteus Minimus Muscle' },
  },
  {
    muscle: 'gluteus-minimus',
    region: 'calf.upper',
    zone: 'essential',
    statement: 'Posterior gluteus minimus trigger points refer pain down the back of the thigh and into the calf.',
    source: { ref: 'travell-1992', locator: 'ch. 9, Gluteus Minimus Muscle' },
  },
  {
    muscle: 'piriformis',
    region: 'sacroiliac',
    zone: 'essential',
    statement: 'Piriformis trigger points refer pain to the sacroiliac region.',
    source: { ref: 'travell-1992', locator: 'ch. 10, Piriformis and Other Short Lateral Rotators' },
  },
  {
    muscle: 'piriformis',
    region: 'thigh.back',
    zone: 'essential-or-spillover',
    statement: 'Piriformis referred pain may spill over the proximal two thirds of the back of the thigh.',
    source: { ref: 'travell-1992', locator: 'ch. 10, Piriformis and Other Short Lateral Rotators' },
  },
  {
    muscle: 'tensor-fasciae-latae',
    region: 'thigh.lateral',
    zone: 'essential',
    statement: 'Tensor fasciae latae trigger points refer pain to the hip and down the anterolateral thigh.',
    source: { ref: 'travell-1992', locator: 'Tensor Fasciae Latae Muscle' },
  },
  {
    muscle: 'tensor-fasciae-latae',
    region: 'knee.lateral',
    zone: 'essential-or-spillover',
    statement: 'Tensor fasciae latae pain occasionally extends down the thigh as far as the knee.',
    source: { ref: 'travell-1992', locator: 'Tensor Fasciae Latae Muscle' },
  },
  {
    muscle: 'sartorius',
    region: 'knee.medial',
    zone: 'essential-or-spillover',
    statement:
      'Sartorius trigger points give superficial sharp or tingling pain along the muscle, the lowest ones at the ' +
      'medial knee.',
    source: { ref: 'travell-1992', locator: 'Sartorius Muscle' },
  },
  {
    muscle: 'pectineus',
    region: 'groin',
    zone: 'essential',
    statement: 'Pectineus trigger points refer a deep ache to the groin just below the inguinal ligament.',
    source: { ref: 'travell-1992', locator: 'Pectineus Muscle' },
  },
  {
    muscle: 'adductor-longus',
    region: 'groin',
    zone: 'essential',
    statement: 'Adductor longus and brevis trigger points refer pain deep into the groin and the anteromedial thigh.',
    source: { ref: 'travell-1992', locator: 'Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles' },
  },
  {
    muscle: 'adductor-longus',
    region: 'shin',
    zone: 'essential-or-spillover',
    statement: 'Adductor longus and brevis pain may extend down over the medial knee and along the shin.',
    source: { ref: 'travell-1992', locator: 'Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles' },
  },
  {
    muscle: 'adductor-brevis',
    region: 'groin',
    zone: 'essential',
    statement: 'Adductor brevis shares the adductor longus pattern: deep groin and anteromedial thigh pain.',
    source: { ref: 'travell-1992', locator: 'Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles' },
  },
  {
    muscle: 'adductor-magnus',
    region: 'thigh.medial',
    zone: 'essential',
    statement:
      'Mid-thigh adductor magnus trigger points refer pain over the anteromedial thigh from the groin downward.',
    source: { ref: 'travell-1992', locator: 'Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles' },
  },
  {
    muscle: 'adductor-magnus',
    region: 'pubic',
    zone: 'essential-or-spillover',
    statement: 'Proximal adductor magnus trigger points can cause deep intrapelvic pain, including the pubic bone.',
    source: { ref: 'travell-1992', locator: 'Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles' },
  },
  {
    muscle: 'gracilis',
    region: 'thigh.medial',
    zone: 'essential',
    statement: 'Gracilis trigger points give a hot, stinging, superficial pain that travels along the inner thigh.',
    source: { ref: 'travell-1992', locator: 'Gracilis' },
  },
  {
    muscle: 'rectus-femoris',
    region: 'knee.front',
    zone: 'essential',
    statement:
      'The rectus femoris trigger point high in the thigh refers pain to the front of the knee, around the ' +
      'patella.',
    source: { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' },
  },
  {
    muscle: 'vastus-medialis',
    region: 'knee.medial',
    zone: 'essential',
    statement: 'Vastus medialis trigger points refer pain to the front and inner side of the knee.',
    source: { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' },
  },
  {
    muscle: 'vastus-intermedius',
    region: 'thigh.front',
    zone: 'essential',
    statement: 'Vastus intermedius trigger points refer pain over the front of the thigh.',
    source: { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' },
  },
  {
    muscle: 'vastus-lateralis',
    region: 'thigh.lateral',
    zone: 'essential',
    statement: 'Vastus lateralis trigger points refer pain along the lateral thigh.',
    source: { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' },
  },
  {
    muscle: 'vastus-lateralis',
    region: 'knee.lateral',
    zone: 'essential',
    statement: 'Distal vastus lateralis trigger points refer pain to the lateral knee and can immobilise the patella.',
    source: { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' },
  },
  {
    muscle: 'biceps-femoris',
    region: 'knee.back',
    zone: 'essential',
    statement: 'Biceps femoris trigger points refer pain mainly to the back of the knee.',
    source: { ref: 'travell-1992', locator: 'Hamstring Muscles' },
  },
  {
    muscle: 'semitendinosus',
    region: 'buttock.lower',
    zone: 'essential',
    statement:
      'Semitendinosus and semimembranosus trigger points refer pain upward to the lower buttock and gluteal fold.',
    source: { ref: 'travell-1992', locator: 'Hamstring Muscles' },
  },
  {
    muscle: 'semimembranosus',
    region: 'thigh.back',
    zone: 'essential',
    statement: 'Medial hamstring trigger points refer pain along the back of the thigh.',
    source: { ref: 'travell-1992', locator: 'Hamstring Muscles' },
  },
];
