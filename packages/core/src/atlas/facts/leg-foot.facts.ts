import type { ReferralFact } from '../referral-fact.types.ts';

/**
 * Where lower-leg and foot muscles refer pain, as Travell & Simons (Vol. 2, 1992) describe it.
 * The atlas data must honour each statement (see leg-foot.test.ts and the atlas-wide test).
 */
export const LEG_FOOT_FACTS: readonly ReferralFact[] = [
  {
    muscle: 'soleus',
    region: 'heel.under',
    zone: 'essential',
    statement:
      'The most common soleus trigger point, just above the Achilles tendon, refers pain to the back and underside ' +
      'of the heel.',
    source: { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles' },
  },
  {
    muscle: 'soleus',
    region: 'achilles',
    zone: 'essential',
    statement: 'That same low soleus trigger point also refers pain to the lower end of the Achilles tendon.',
    source: { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles' },
  },
  {
    muscle: 'soleus',
    region: 'calf.upper',
    zone: 'essential',
    statement: 'A soleus trigger point high on the outer calf refers pain over the upper half of the back of the calf.',
    source: { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles' },
  },
  {
    muscle: 'soleus',
    region: 'sacroiliac',
    zone: 'essential-or-spillover',
    statement: 'An uncommon soleus trigger point in the lower calf refers deep pain to the same-side sacroiliac joint.',
    source: { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles' },
  },
  {
    muscle: 'gastrocnemius',
    region: 'arch',
    zone: 'essential',
    statement:
      'The trigger point in the medial head of the gastrocnemius refers pain chiefly to the instep of the foot.',
    source: { ref: 'travell-1992', locator: 'Gastrocnemius Muscle' },
  },
  {
    muscle: 'gastrocnemius',
    region: 'knee.back',
    zone: 'essential-or-spillover',
    statement:
      'Gastrocnemius trigger points refer pain to the back of the knee: those near the knee locally, and the ' +
      'medial-head point as spillover reaching up behind the knee.',
    source: { ref: 'travell-1992', locator: 'Gastrocnemius Muscle' },
  },
  {
    muscle: 'plantaris',
    region: 'knee.back',
    zone: 'essential',
    statement: 'Plantaris trigger points refer pain to the back of the knee and down into the calf.',
    source: { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles' },
  },
  {
    muscle: 'popliteus',
    region: 'knee.back',
    zone: 'essential',
    statement: 'Popliteus trigger points refer pain mainly to the back of the knee.',
    source: { ref: 'travell-1992', locator: 'Popliteus Muscle' },
  },
  {
    muscle: 'tibialis-anterior',
    region: 'ankle.front',
    zone: 'essential',
    statement: 'Tibialis anterior trigger points refer pain to the front and inner side of the ankle.',
    source: { ref: 'travell-1992', locator: 'Tibialis Anterior Muscle' },
  },
  {
    muscle: 'tibialis-anterior',
    region: 'toe.big.top',
    zone: 'essential',
    statement: 'Tibialis anterior trigger points also refer pain to the top and inner side of the big toe.',
    source: { ref: 'travell-1992', locator: 'Tibialis Anterior Muscle' },
  },
  {
    muscle: 'tibialis-posterior',
    region: 'achilles',
    zone: 'essential',
    statement: 'Tibialis posterior trigger points refer pain mostly over the Achilles tendon above the heel.',
    source: { ref: 'travell-1992', locator: 'Tibialis Posterior Muscle' },
  },
  {
    muscle: 'tibialis-posterior',
    region: 'heel.under',
    zone: 'essential-or-spillover',
    statement: 'Pain from tibialis posterior trigger points can spill over to the heel.',
    source: { ref: 'travell-1992', locator: 'Tibialis Posterior Muscle' },
  },
  {
    muscle: 'tibialis-posterior',
    region: 'arch',
    zone: 'essential-or-spillover',
    statement: 'Tibialis posterior pain can also spill over the sole of the foot.',
    source: { ref: 'travell-1992', locator: 'Tibialis Posterior Muscle' },
  },
  {
    muscle: 'fibularis-longus',
    region: 'ankle.lateral',
    zone: 'essential',
    statement: 'Fibularis (peroneus) longus trigger points refer pain around the outer ankle bone.',
    source: { ref: 'travell-1992', locator: 'Peroneal Muscles' },
  },
  {
    muscle: 'fibularis-longus',
    region: 'foot.lateral',
    zone: 'essential-or-spillover',
    statement: 'Fibularis longus pain may extend along the outer edge of the foot.',
    source: { ref: 'travell-1992', locator: 'Peroneal Muscles' },
  },
  {
    muscle: 'fibularis-brevis',
    region: 'ankle.lateral',
    zone: 'essential',
    statement: 'Fibularis (peroneus) brevis trigger points refer pain to the outer ankle, like those of the longus.',
    source: { ref: 'travell-1992', locator: 'Peroneal Muscles' },
  },
  {
    muscle: 'fibularis-tertius',
    region: 'ankle.front',
    zone: 'essential',
    statement: 'Fibularis (peroneus) tertius trigger points refer pain to the front and outer front of the ankle.',
    source: { ref: 'travell-1992', locator: 'Peroneal Muscles' },
  },
  {
    muscle: 'fibularis-tertius',
    region: 'heel.back',
    zone: 'essential-or-spillover',
    statement: 'Fibularis tertius pain can also reach the outer side of the heel.',
    source: { ref: 'travell-1992', locator: 'Peroneal Muscles' },
  },
  {
    muscle: 'extensor-digitorum-longus',
    region: 'foot.top',
    zone: 'essential',
    statement: 'Extensor digitorum longus trigger points refer pain over the top of the foot.',
    source: { ref: 'travell-1992', locator: 'Long Extensors of the Toes' },
  },
  {
    muscle: 'extensor-digitorum-longus',
    region: 'toes.lesser.top',
    zone: 'essential',
    statement: 'Extensor digitorum longus pain extends along the top of the foot nearly to the tips of the small toes.',
    source: { ref: 'travell-1992', locator: 'Long Extensors of the Toes' },
  },
  {
    muscle: 'extensor-hallucis-longus',
    region: 'toe.big.top',
    zone: 'essential',
    statement: 'Extensor hallucis longus trigger points refer pain over the first foot bone to the big toe.',
    source: { ref: 'travell-1992', locator: 'Long Extensors of the Toes' },
  },
  {
    muscle: 'flexor-digitorum-longus',
    region: 'sole.ball',
    zone: 'essential',
    statement:
      'Flexor digitorum longus trigger points refer pain to the middle of the sole of the forefoot, behind the ' +
      'small toes.',
    source: { ref: 'travell-1992', locator: 'Long Flexors of the Toes' },
  },
  {
    muscle: 'flexor-hallucis-longus',
    region: 'toe.big.under',
    zone: 'essential',
    statement: 'Flexor hallucis longus trigger points refer pain to the underside of the big toe.',
    source: { ref: 'travell-1992', locator: 'Long Flexors of the Toes' },
  },
  {
    muscle: 'extensor-digitorum-brevis',
    region: 'foot.top',
    zone: 'essential',
    statement: 'The short toe extensors refer pain to the top of the midfoot around the muscle.',
    source: { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles' },
  },
  {
    muscle: 'abductor-hallucis',
    region: 'heel.under',
    zone: 'essential',
    statement: 'Abductor hallucis trigger points refer pain chiefly to the inner side of the heel.',
    source: { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles' },
  },
  {
    muscle: 'abductor-hallucis',
    region: 'arch',
    zone: 'essential-or-spillover',
    statement: 'Abductor hallucis pain can spread along the instep.',
    source: { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles' },
  },
  {
    muscle: 'flexor-digitorum-brevis',
    region: 'sole.ball',
    zone: 'essential',
    statement:
      'Flexor digitorum brevis trigger points refer pain to the ball of the foot under the heads of the middle ' +
      'foot bones.',
    source: { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles' },
  },
  {
    muscle: 'abductor-digiti-minimi-foot',
    region: 'sole.ball',
    zone: 'essential',
    statement:
      'Abductor digiti minimi trigger points refer pain under the head of the fifth foot bone, at the outer ball ' +
      'of the foot.',
    source: { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles' },
  },
  {
    muscle: 'quadratus-plantae',
    region: 'heel.under',
    zone: 'essential',
    statement: 'Quadratus plantae trigger points refer pain to the underside of the heel.',
    source: { ref: 'travell-1992', locator: 'Deep Intrinsic Foot Muscles' },
  },
  {
    muscle: 'flexor-hallucis-brevis',
    region: 'sole.ball',
    zone: 'essential',
    statement:
      'Flexor hallucis brevis trigger points refer pain around the underside and inner side of the first foot ' +
      "bone's head, at the big toe joint.",
    source: { ref: 'travell-1992', locator: 'Deep Intrinsic Foot Muscles' },
  },
  {
    muscle: 'adductor-hallucis',
    region: 'sole.ball',
    zone: 'essential',
    statement: 'Adductor hallucis trigger points refer pain across the ball of the foot.',
    source: { ref: 'travell-1992', locator: 'Deep Intrinsic Foot Muscles' },
  },
  {
    muscle: 'foot-interossei',
    region: 'toes.lesser.top',
    zone: 'essential',
    statement: 'Interosseous trigger points refer pain along the side of the toe that the muscle attaches to.',
    source: { ref: 'travell-1992', locator: 'Deep Intrinsic Foot Muscles' },
  },
];
