import type { ReferralFact } from '../referral-fact.types.ts';

/**
 * Where the shoulder and upper-arm muscles refer pain, as stated in the literature
 * (Travell & Simons, Vol. 1, 2nd ed.). The atlas data must honour every statement.
 */
export const SHOULDER_ARM_FACTS: readonly ReferralFact[] = [
  {
    muscle: 'triceps-brachii',
    region: 'elbow.medial',
    zone: 'essential',
    statement:
      'A trigger point in the deep inner part of the triceps just above the elbow refers pain to the medial epicondyle.',
    source: {
      ref: 'simons-1999',
      locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus); pain guide, medial epicondylar pain',
    },
  },
  {
    muscle: 'pectoralis-major',
    region: 'elbow.medial',
    zone: 'essential-or-spillover',
    statement: 'Pectoralis major pain can spread down the inner arm to the medial epicondyle.',
    source: {
      ref: 'simons-1999',
      locator: 'Pectoralis Major Muscle (and Subclavius); pain guide, medial epicondylar pain',
    },
  },
  {
    muscle: 'pectoralis-minor',
    region: 'elbow.medial',
    zone: 'essential-or-spillover',
    statement: 'Pectoralis minor pain can spread down the inner arm past the inner elbow to the last three fingers.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Minor Muscle; pain guide, medial epicondylar pain' },
  },
  {
    muscle: 'serratus-anterior',
    region: 'elbow.medial',
    zone: 'essential-or-spillover',
    statement:
      'Serratus anterior pain can spread down the inner arm past the inner elbow to the ring and little fingers.',
    source: { ref: 'simons-1999', locator: 'Serratus Anterior Muscle; pain guide, medial epicondylar pain' },
  },
  {
    muscle: 'serratus-posterior-superior',
    region: 'elbow.medial',
    zone: 'essential-or-spillover',
    statement: 'Serratus posterior superior pain can spread down the arm to the inner elbow and the little finger.',
    source: { ref: 'simons-1999', locator: 'Serratus Posterior Superior Muscle; pain guide, medial epicondylar pain' },
  },
  {
    muscle: 'supraspinatus',
    region: 'shoulder.side',
    zone: 'essential',
    statement:
      'Supraspinatus trigger points refer a deep ache to the middle deltoid region on the outside of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 21, Supraspinatus Muscle' },
  },
  {
    muscle: 'supraspinatus',
    region: 'elbow.lateral',
    zone: 'essential-or-spillover',
    statement: 'Supraspinatus pain can extend down the arm and focus at the lateral epicondyle of the elbow.',
    source: { ref: 'simons-1999', locator: 'ch. 21, Supraspinatus Muscle' },
  },
  {
    muscle: 'infraspinatus',
    region: 'shoulder.front',
    zone: 'essential',
    statement: 'Infraspinatus trigger points refer pain deep into the front of the shoulder joint.',
    source: { ref: 'simons-1999', locator: 'ch. 22, Infraspinatus Muscle' },
  },
  {
    muscle: 'infraspinatus',
    region: 'arm.upper.front',
    zone: 'essential-or-spillover',
    statement: 'Infraspinatus pain may spread down the front and outer side of the upper arm.',
    source: { ref: 'simons-1999', locator: 'ch. 22, Infraspinatus Muscle' },
  },
  {
    muscle: 'infraspinatus',
    region: 'scapula.medial',
    zone: 'essential-or-spillover',
    statement:
      'An infraspinatus trigger point near the inner border of the shoulder blade refers pain along that border.',
    source: { ref: 'simons-1999', locator: 'ch. 22, Infraspinatus Muscle' },
  },
  {
    muscle: 'teres-minor',
    region: 'shoulder.back',
    zone: 'essential',
    statement: 'Teres minor trigger points refer a deep, localised ache to the posterior deltoid region.',
    source: { ref: 'simons-1999', locator: 'ch. 23, Teres Minor Muscle' },
  },
  {
    muscle: 'latissimus-dorsi',
    region: 'scapula.lower',
    zone: 'essential',
    statement:
      'The armpit-fold trigger point of latissimus dorsi refers pain to the lower angle of the shoulder blade.',
    source: { ref: 'simons-1999', locator: 'ch. 24, Latissimus Dorsi Muscle' },
  },
  {
    muscle: 'latissimus-dorsi',
    region: 'finger.little.back',
    zone: 'essential-or-spillover',
    statement:
      'Latissimus dorsi pain can extend down the inner back of the arm and forearm to the ring and little fingers.',
    source: { ref: 'simons-1999', locator: 'ch. 24, Latissimus Dorsi Muscle' },
  },
  {
    muscle: 'latissimus-dorsi',
    region: 'shoulder.front',
    zone: 'essential-or-spillover',
    statement:
      'A lower latissimus dorsi trigger point on the side of the trunk refers pain to the front of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 24, Latissimus Dorsi Muscle' },
  },
  {
    muscle: 'teres-major',
    region: 'shoulder.back',
    zone: 'essential',
    statement:
      'Teres major trigger points refer pain to the posterior deltoid region and over the long head of the triceps.',
    source: { ref: 'simons-1999', locator: 'ch. 25, Teres Major Muscle' },
  },
  {
    muscle: 'teres-major',
    region: 'forearm.back',
    zone: 'essential-or-spillover',
    statement: 'Teres major pain occasionally reaches the back of the forearm.',
    source: { ref: 'simons-1999', locator: 'ch. 25, Teres Major Muscle' },
  },
  {
    muscle: 'subscapularis',
    region: 'shoulder.back',
    zone: 'essential',
    statement: 'Subscapularis trigger points concentrate their referred pain at the back of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 26, Subscapularis Muscle' },
  },
  {
    muscle: 'subscapularis',
    region: 'wrist.back',
    zone: 'essential-or-spillover',
    statement:
      'Subscapularis pain characteristically skips to a band around the wrist, most marked on the back of the wrist.',
    source: { ref: 'simons-1999', locator: 'ch. 26, Subscapularis Muscle' },
  },
  {
    muscle: 'deltoid',
    region: 'shoulder.front',
    zone: 'essential',
    statement: 'Anterior deltoid trigger points refer pain locally to the front of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 28, Deltoid Muscle' },
  },
  {
    muscle: 'deltoid',
    region: 'shoulder.back',
    zone: 'essential',
    statement: 'Posterior deltoid trigger points refer pain locally to the back of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 28, Deltoid Muscle' },
  },
  {
    muscle: 'coracobrachialis',
    region: 'shoulder.front',
    zone: 'essential',
    statement: 'Coracobrachialis trigger points refer pain to the front of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 29, Coracobrachialis Muscle' },
  },
  {
    muscle: 'coracobrachialis',
    region: 'hand.back',
    zone: 'essential-or-spillover',
    statement: 'Coracobrachialis pain continues down the back of the arm and forearm to the back of the hand.',
    source: { ref: 'simons-1999', locator: 'ch. 29, Coracobrachialis Muscle' },
  },
  {
    muscle: 'biceps-brachii',
    region: 'shoulder.front',
    zone: 'essential',
    statement: 'Biceps trigger points refer pain upward over the muscle to the front of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 30, Biceps Brachii Muscle' },
  },
  {
    muscle: 'brachialis',
    region: 'thumb.base',
    zone: 'essential',
    statement: 'Brachialis trigger points refer pain mainly to the base of the thumb.',
    source: { ref: 'simons-1999', locator: 'ch. 31, Brachialis Muscle' },
  },
  {
    muscle: 'triceps-brachii',
    region: 'elbow.lateral',
    zone: 'essential',
    statement:
      'A trigger point in the lower outer triceps refers pain to the lateral epicondyle, mimicking tennis elbow.',
    source: { ref: 'simons-1999', locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus)' },
  },
  {
    muscle: 'triceps-brachii',
    region: 'elbow.medial',
    zone: 'essential',
    statement: 'A trigger point in the lower inner triceps refers pain to the medial epicondyle.',
    source: { ref: 'simons-1999', locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus)' },
  },
  {
    muscle: 'triceps-brachii',
    region: 'shoulder.back',
    zone: 'essential',
    statement: 'Long-head triceps trigger points refer pain up the back of the arm to the back of the shoulder.',
    source: { ref: 'simons-1999', locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus)' },
  },
  {
    muscle: 'triceps-brachii',
    region: 'elbow.back',
    zone: 'essential',
    statement: 'A triceps trigger point just above the olecranon refers pain to the point of the elbow.',
    source: { ref: 'simons-1999', locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus)' },
  },
  {
    muscle: 'anconeus',
    region: 'elbow.lateral',
    zone: 'essential',
    statement: 'Anconeus trigger points refer pain locally to the lateral epicondyle.',
    source: { ref: 'simons-1999', locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus)' },
  },
  {
    muscle: 'pectoralis-major',
    region: 'shoulder.front',
    zone: 'essential',
    statement: 'Clavicular pectoralis major trigger points refer pain to the front of the shoulder.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'pectoralis-major',
    region: 'chest.pectoral',
    zone: 'essential',
    statement: 'Sternal pectoralis major trigger points refer intense pain to the front of the chest.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'pectoralis-major',
    region: 'breast',
    zone: 'essential',
    statement: 'Trigger points along the lateral free border of pectoralis major cause breast pain and tenderness.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'pectoralis-major',
    region: 'nipple',
    zone: 'essential',
    statement:
      'The same lateral pectoralis major trigger points make the nipple hypersensitive (irritated by clothing).',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'pectoralis-major',
    region: 'arm.upper.medial',
    zone: 'essential-or-spillover',
    statement: 'Sternal pectoralis major pain extends down the inner side of the arm.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'pectoralis-major',
    region: 'elbow.medial',
    zone: 'essential-or-spillover',
    statement: 'Sternal pectoralis major pain can reach the medial epicondyle of the elbow.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'subclavius',
    region: 'finger.index.back',
    zone: 'essential-or-spillover',
    statement:
      'Subclavius pain runs down the front of the arm and the thumb side of the forearm to the thumb and index finger.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' },
  },
  {
    muscle: 'pectoralis-minor',
    region: 'shoulder.front',
    zone: 'essential',
    statement: 'Pectoralis minor trigger points refer pain strongly over the front of the shoulder.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Minor Muscle' },
  },
  {
    muscle: 'pectoralis-minor',
    region: 'finger.little.palm',
    zone: 'essential-or-spillover',
    statement: 'Pectoralis minor pain can extend down the inner arm and forearm to the ulnar fingers.',
    source: { ref: 'simons-1999', locator: 'Pectoralis Minor Muscle' },
  },
  {
    muscle: 'sternalis',
    region: 'sternum',
    zone: 'essential',
    statement: 'Sternalis trigger points refer a deep ache over the breastbone.',
    source: { ref: 'simons-1999', locator: 'Sternalis Muscle' },
  },
  {
    muscle: 'serratus-anterior',
    region: 'chest.lateral',
    zone: 'essential',
    statement:
      'Serratus anterior trigger points refer pain to the side of the chest at about the level of the trigger point.',
    source: { ref: 'simons-1999', locator: 'Serratus Anterior Muscle' },
  },
  {
    muscle: 'serratus-anterior',
    region: 'scapula.lower',
    zone: 'essential-or-spillover',
    statement: 'Serratus anterior pain also appears near the lower angle of the shoulder blade.',
    source: { ref: 'simons-1999', locator: 'Serratus Anterior Muscle' },
  },
  {
    muscle: 'serratus-posterior-superior',
    region: 'scapula.upper',
    zone: 'essential',
    statement:
      'Serratus posterior superior trigger points refer a deep ache under the upper part of the shoulder blade.',
    source: { ref: 'simons-1999', locator: 'Serratus Posterior Superior Muscle' },
  },
  {
    muscle: 'serratus-posterior-superior',
    region: 'finger.little.back',
    zone: 'essential-or-spillover',
    statement:
      'Serratus posterior superior pain can extend down the back of the arm and the ulnar forearm to the little finger.',
    source: { ref: 'simons-1999', locator: 'Serratus Posterior Superior Muscle' },
  },
];
