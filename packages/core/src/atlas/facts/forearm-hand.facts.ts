import type { ReferralFact } from '../referral-fact.types.ts';

/**
 * Where forearm and hand muscles refer pain, as the literature states it (Travell & Simons,
 * Vol. 1, 2nd ed., chapters 34–40, and two referred-pain studies). Checked against the atlas data.
 */
export const FOREARM_HAND_FACTS: readonly ReferralFact[] = [
  {
    muscle: 'brachioradialis',
    region: 'hand.back',
    zone: 'essential',
    statement:
      'Brachioradialis trigger points refer pain to the back of the hand in the web between thumb and index finger.',
    source: { ref: 'simons-1999', locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles' },
  },
  {
    muscle: 'brachioradialis',
    region: 'elbow.lateral',
    zone: 'essential-or-spillover',
    statement: 'Brachioradialis trigger points also refer pain to the lateral epicondyle (outer elbow).',
    source: { ref: 'simons-1999', locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles' },
  },
  {
    muscle: 'extensor-carpi-radialis-longus',
    region: 'elbow.lateral',
    zone: 'essential',
    statement: 'The extensor carpi radialis longus trigger point refers pain to the lateral epicondyle.',
    source: { ref: 'simons-1999', locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles' },
  },
  {
    muscle: 'extensor-carpi-radialis-longus',
    region: 'hand.back',
    zone: 'essential',
    statement:
      'The extensor carpi radialis longus trigger point refers pain to the back of the hand on the thumb side.',
    source: { ref: 'simons-1999', locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles' },
  },
  {
    muscle: 'extensor-carpi-radialis-brevis',
    region: 'wrist.back',
    zone: 'essential',
    statement: 'The extensor carpi radialis brevis trigger point refers pain to the back of the wrist.',
    source: { ref: 'simons-1999', locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles' },
  },
  {
    muscle: 'extensor-carpi-radialis-brevis',
    region: 'elbow.lateral',
    zone: 'essential-or-spillover',
    statement:
      'In people with lateral epicondylalgia, active trigger points in the radial wrist extensors, extensor digitorum ' +
      'and brachioradialis reproduced their familiar outer-elbow and forearm pain.',
    source: { ref: 'fernandez-carnero-2007' },
  },
  {
    muscle: 'extensor-carpi-ulnaris',
    region: 'wrist.ulnar',
    zone: 'essential',
    statement:
      'The extensor carpi ulnaris trigger point refers pain to the ulnar (little-finger) side of the back of the wrist.',
    source: { ref: 'simons-1999', locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles' },
  },
  {
    muscle: 'extensor-digitorum',
    region: 'finger.middle.back',
    zone: 'essential',
    statement:
      'The middle-finger extensor trigger point refers pain down the back of the forearm and hand into the middle finger.',
    source: { ref: 'simons-1999', locator: 'ch. 35, Extensor Digitorum and Extensor Indicis Muscles' },
  },
  {
    muscle: 'extensor-digitorum',
    region: 'finger.ring.back',
    zone: 'essential',
    statement: 'The ring-finger extensor trigger point refers pain into the ring finger.',
    source: { ref: 'simons-1999', locator: 'ch. 35, Extensor Digitorum and Extensor Indicis Muscles' },
  },
  {
    muscle: 'extensor-digitorum',
    region: 'forearm.back',
    zone: 'essential-or-spillover',
    statement: 'Extensor digitorum trigger points refer pain along the back of the forearm.',
    source: { ref: 'simons-1999', locator: 'ch. 35, Extensor Digitorum and Extensor Indicis Muscles' },
  },
  {
    muscle: 'extensor-indicis',
    region: 'wrist.back',
    zone: 'essential',
    statement: 'The extensor indicis trigger point refers pain to the back of the wrist and hand on the thumb side.',
    source: { ref: 'simons-1999', locator: 'ch. 35, Extensor Digitorum and Extensor Indicis Muscles' },
  },
  {
    muscle: 'supinator',
    region: 'elbow.lateral',
    zone: 'essential',
    statement:
      'Supinator trigger points refer pain to the lateral epicondyle and outer elbow, a classic tennis-elbow source.',
    source: { ref: 'simons-1999', locator: 'ch. 36, Supinator Muscle' },
  },
  {
    muscle: 'supinator',
    region: 'hand.back',
    zone: 'essential',
    statement: 'Supinator trigger points also refer pain to the back of the thumb web.',
    source: { ref: 'simons-1999', locator: 'ch. 36, Supinator Muscle' },
  },
  {
    muscle: 'palmaris-longus',
    region: 'palm',
    zone: 'essential',
    statement: 'Palmaris longus trigger points cause a superficial prickling pain centred in the palm.',
    source: { ref: 'simons-1999', locator: 'ch. 37, Palmaris Longus Muscle' },
  },
  {
    muscle: 'flexor-carpi-radialis',
    region: 'wrist.front',
    zone: 'essential',
    statement: 'Flexor carpi radialis trigger points refer pain to the radial side of the front of the wrist crease.',
    source: { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' },
  },
  {
    muscle: 'flexor-carpi-ulnaris',
    region: 'wrist.ulnar',
    zone: 'essential',
    statement: 'Flexor carpi ulnaris trigger points refer pain to the ulnar side of the front of the wrist.',
    source: { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' },
  },
  {
    muscle: 'flexor-digitorum-superficialis',
    region: 'finger.middle.palm',
    zone: 'essential',
    statement:
      'Finger flexor trigger points refer pain along the finger that the affected fibres move, sometimes shooting past ' +
      'the fingertip; the middle finger is a common target.',
    source: { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' },
  },
  {
    muscle: 'flexor-digitorum-profundus',
    region: 'finger.ring.palm',
    zone: 'essential',
    statement: 'Deep finger flexor trigger points refer pain into the fingers that those fibres bend.',
    source: { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' },
  },
  {
    muscle: 'flexor-pollicis-longus',
    region: 'thumb.palm',
    zone: 'essential',
    statement:
      'Flexor pollicis longus trigger points refer pain along the palm side of the thumb, up to and past its tip.',
    source: { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' },
  },
  {
    muscle: 'pronator-teres',
    region: 'wrist.front',
    zone: 'essential',
    statement:
      'Pronator teres trigger points refer deep pain to the radial side of the front of the wrist and forearm.',
    source: { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' },
  },
  {
    muscle: 'adductor-pollicis',
    region: 'thumb.base',
    zone: 'essential',
    statement:
      'Adductor pollicis trigger points refer aching pain along the outside of the thumb base, below the wrist crease.',
    source: { ref: 'simons-1999', locator: 'ch. 39, Adductor and Opponens Pollicis Muscles' },
  },
  {
    muscle: 'opponens-pollicis',
    region: 'thumb.palm',
    zone: 'essential',
    statement: 'Opponens pollicis trigger points refer pain to the palm side of most of the thumb.',
    source: { ref: 'simons-1999', locator: 'ch. 39, Adductor and Opponens Pollicis Muscles' },
  },
  {
    muscle: 'opponens-pollicis',
    region: 'wrist.radial',
    zone: 'essential-or-spillover',
    statement:
      'Opponens pollicis trigger points also refer pain to a spot on the thumb side of the front of the wrist.',
    source: { ref: 'simons-1999', locator: 'ch. 39, Adductor and Opponens Pollicis Muscles' },
  },
  {
    muscle: 'abductor-pollicis-brevis',
    region: 'thumb.base',
    zone: 'essential',
    statement:
      'Experimental pain in abductor pollicis brevis was felt mostly over the thenar eminence and the back of the first ' +
      'web space, sometimes extending up the radial forearm and to the index finger.',
    source: { ref: 'kim-2009-apb' },
  },
  {
    muscle: 'abductor-digiti-minimi-hand',
    region: 'finger.little.back',
    zone: 'essential',
    statement: 'Abductor digiti minimi trigger points refer pain along the outer (ulnar) side of the little finger.',
    source: { ref: 'simons-1999', locator: 'ch. 40, Interosseous Muscles of the Hand' },
  },
  {
    muscle: 'first-dorsal-interosseous',
    region: 'finger.index.back',
    zone: 'essential',
    statement: 'The first dorsal interosseous refers pain strongly along the radial side of the index finger.',
    source: { ref: 'simons-1999', locator: 'ch. 40, Interosseous Muscles of the Hand' },
  },
  {
    muscle: 'first-dorsal-interosseous',
    region: 'hand.back',
    zone: 'essential-or-spillover',
    statement: 'First dorsal interosseous pain also spreads through the back of the hand.',
    source: { ref: 'simons-1999', locator: 'ch. 40, Interosseous Muscles of the Hand' },
  },
  {
    muscle: 'first-dorsal-interosseous',
    region: 'finger.little.back',
    zone: 'essential-or-spillover',
    statement: 'First dorsal interosseous pain can spill over to the ulnar side of the little finger.',
    source: { ref: 'simons-1999', locator: 'ch. 40, Interosseous Muscles of the Hand' },
  },
  {
    muscle: 'hand-interossei',
    region: 'finger.middle.back',
    zone: 'essential',
    statement:
      'Interosseous trigger points refer pain along the side of the finger the muscle attaches to, toward the last ' +
      'finger joint; the second dorsal interosseous goes to the middle finger.',
    source: { ref: 'simons-1999', locator: 'ch. 40, Interosseous Muscles of the Hand' },
  },
];
