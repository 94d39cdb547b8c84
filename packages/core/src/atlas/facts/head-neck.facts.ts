import type { ReferralFact } from '../referral-fact.types.ts';

/**
 * Where head and neck trigger points refer pain, as stated in the literature (chiefly the
 * Travell & Simons referral maps). The atlas data must honour each statement.
 */
export const HEAD_NECK_FACTS: readonly ReferralFact[] = [
  {
    muscle: 'upper-trapezius',
    region: 'temple',
    zone: 'essential',
    statement:
      'Upper trapezius trigger points refer pain up the side of the neck to the temple (a classic tension-type headache pattern).',
    source: { ref: 'simons-1999', locator: 'ch. 6, Trapezius' },
  },
  {
    muscle: 'upper-trapezius',
    region: 'ear.behind',
    zone: 'essential',
    statement: 'Upper trapezius trigger points refer pain to the mastoid area behind the ear.',
    source: { ref: 'simons-1999', locator: 'ch. 6, Trapezius' },
  },
  {
    muscle: 'sternocleidomastoid',
    region: 'eye.behind',
    zone: 'essential',
    statement:
      'Trigger points in the sternal division of the sternocleidomastoid refer pain deep into the orbit, behind the eye.',
    source: { ref: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid' },
  },
  {
    muscle: 'sternocleidomastoid',
    region: 'vertex',
    zone: 'essential',
    statement: 'The upper end of the sternal division of the sternocleidomastoid refers pain to the top of the head.',
    source: { ref: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid' },
  },
  {
    muscle: 'sternocleidomastoid',
    region: 'sternum',
    zone: 'essential',
    statement: 'Trigger points at the lower end of the sternal division refer pain downward over the upper breastbone.',
    source: { ref: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid' },
  },
  {
    muscle: 'sternocleidomastoid',
    region: 'forehead',
    zone: 'essential',
    statement:
      'Trigger points in the clavicular division of the sternocleidomastoid refer pain to the forehead, which may cross to the other side.',
    source: { ref: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid' },
  },
  {
    muscle: 'sternocleidomastoid',
    region: 'ear',
    zone: 'essential',
    statement: 'The upper clavicular division of the sternocleidomastoid refers pain deep into the ear.',
    source: { ref: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid' },
  },
  {
    muscle: 'temporalis',
    region: 'teeth.upper',
    zone: 'essential',
    statement:
      'Temporalis trigger points refer pain to the upper teeth, front or back depending on which fibres hold the trigger point.',
    source: { ref: 'simons-1999', locator: 'ch. 9, Temporalis' },
  },
  {
    muscle: 'temporalis',
    region: 'eyebrow',
    zone: 'essential',
    statement: 'The most anterior temporalis trigger points refer pain along the eyebrow (supraorbital ridge).',
    source: { ref: 'simons-1999', locator: 'ch. 9, Temporalis' },
  },
  {
    muscle: 'masseter',
    region: 'ear',
    zone: 'essential',
    statement:
      'Trigger points in the deep layer of the masseter refer pain deep into the ear and may cause ringing on that side.',
    source: { ref: 'simons-1999', locator: 'ch. 8, Masseter' },
  },
  {
    muscle: 'masseter',
    region: 'teeth.lower',
    zone: 'essential',
    statement:
      'Trigger points in the middle of the superficial masseter refer pain to the lower molar teeth and the lower jaw.',
    source: { ref: 'simons-1999', locator: 'ch. 8, Masseter' },
  },
  {
    muscle: 'masseter',
    region: 'eyebrow',
    zone: 'essential-or-spillover',
    statement: 'Trigger points near the angle of the jaw in the superficial masseter can refer pain over the eyebrow.',
    source: { ref: 'simons-1999', locator: 'ch. 8, Masseter' },
  },
  {
    muscle: 'masseter',
    region: 'temple',
    zone: 'essential-or-spillover',
    statement:
      'From the lower superficial masseter the pattern arcs up across the temple on its way from the jaw to the eyebrow.',
    source: { ref: 'simons-1999', locator: 'ch. 8, Masseter' },
  },
  {
    muscle: 'lateral-pterygoid',
    region: 'jaw.tmj',
    zone: 'essential',
    statement: 'Lateral pterygoid trigger points refer pain deep into the temporomandibular joint.',
    source: { ref: 'simons-1999', locator: 'ch. 11, Lateral pterygoid' },
  },
  {
    muscle: 'lateral-pterygoid',
    region: 'maxilla',
    zone: 'essential',
    statement:
      'Lateral pterygoid trigger points refer pain to the maxillary sinus region, where it can be mistaken for sinusitis.',
    source: { ref: 'simons-1999', locator: 'ch. 11, Lateral pterygoid' },
  },
  {
    muscle: 'medial-pterygoid',
    region: 'jaw.tmj',
    zone: 'essential',
    statement:
      'Medial pterygoid trigger points refer pain to the region below and behind the temporomandibular joint and into the mouth and throat.',
    source: { ref: 'simons-1999', locator: 'ch. 10, Medial pterygoid' },
  },
  {
    muscle: 'medial-pterygoid',
    region: 'tongue',
    zone: 'essential',
    statement: 'Medial pterygoid trigger points refer pain inside the mouth, to the tongue.',
    source: { ref: 'simons-1999', locator: 'ch. 10, Medial pterygoid' },
  },
  {
    muscle: 'medial-pterygoid',
    region: 'pharynx',
    zone: 'essential',
    statement: 'Medial pterygoid trigger points refer pain inside the mouth, to the pharynx (back of the throat).',
    source: { ref: 'simons-1999', locator: 'ch. 10, Medial pterygoid' },
  },
  {
    muscle: 'medial-pterygoid',
    region: 'palate',
    zone: 'essential',
    statement: 'Medial pterygoid trigger points refer pain inside the mouth, to the hard palate.',
    source: { ref: 'simons-1999', locator: 'ch. 10, Medial pterygoid' },
  },
  {
    muscle: 'digastric',
    region: 'teeth.lower',
    zone: 'essential',
    statement: 'Trigger points in the anterior belly of the digastric refer pain to the lower front teeth.',
    source: { ref: 'simons-1999', locator: 'ch. 12, Digastric and other anterior neck muscles' },
  },
  {
    muscle: 'frontalis',
    region: 'forehead',
    zone: 'essential',
    statement: 'Frontalis trigger points refer pain upward over the forehead on the same side.',
    source: { ref: 'simons-1999', locator: 'ch. 14, Cutaneous II: occipitofrontalis' },
  },
  {
    muscle: 'occipitalis',
    region: 'eye.behind',
    zone: 'essential-or-spillover',
    statement:
      'Occipitalis trigger points refer pain over the back of the head and through the head to behind the eye.',
    source: { ref: 'simons-1999', locator: 'ch. 14, Cutaneous II: occipitofrontalis' },
  },
  {
    muscle: 'zygomaticus-major',
    region: 'forehead.centre',
    zone: 'essential',
    statement:
      'Zygomaticus major trigger points refer pain in an arc beside the nose up to the middle of the forehead.',
    source: { ref: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles' },
  },
  {
    muscle: 'orbicularis-oculi',
    region: 'nose',
    zone: 'essential',
    statement: 'Orbicularis oculi trigger points above the eyelid refer pain down along the nose.',
    source: { ref: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles' },
  },
  {
    muscle: 'anterior-scalene',
    region: 'chest.pectoral',
    zone: 'essential',
    statement: 'Scalene trigger points, especially in the anterior scalene, refer pain to the front of the chest.',
    source: { ref: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
  },
  {
    muscle: 'anterior-scalene',
    region: 'scapula.medial',
    zone: 'essential',
    statement: 'Scalene trigger points refer pain to the upper inner border of the shoulder blade.',
    source: { ref: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
  },
  {
    muscle: 'middle-scalene',
    region: 'thumb.back',
    zone: 'essential-or-spillover',
    statement: 'Scalene trigger points refer pain down the arm to the thumb and index finger.',
    source: { ref: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
  },
  {
    muscle: 'middle-scalene',
    region: 'arm.upper.back',
    zone: 'essential-or-spillover',
    statement: 'Scalene trigger points refer pain over the front and back of the upper arm.',
    source: { ref: 'simons-1999', locator: 'ch. 20, Scalene muscles' },
  },
  {
    muscle: 'splenius-capitis',
    region: 'vertex',
    zone: 'essential',
    statement: 'Splenius capitis trigger points refer pain to the top of the head on the same side.',
    source: { ref: 'simons-1999', locator: 'ch. 15, Splenius capitis and splenius cervicis' },
  },
  {
    muscle: 'splenius-cervicis',
    region: 'eye.behind',
    zone: 'essential',
    statement: 'Upper splenius cervicis trigger points refer a deep ache through the head to behind the eye.',
    source: { ref: 'simons-1999', locator: 'ch. 15, Splenius capitis and splenius cervicis' },
  },
  {
    muscle: 'splenius-cervicis',
    region: 'neck.base',
    zone: 'essential',
    statement: 'Lower splenius cervicis trigger points refer pain to the angle of the neck.',
    source: { ref: 'simons-1999', locator: 'ch. 15, Splenius capitis and splenius cervicis' },
  },
  {
    muscle: 'semispinalis-capitis',
    region: 'temple',
    zone: 'essential',
    statement:
      'Trigger points in the semispinalis capitis just below the skull refer a band of pain round the side of the head, strongest at the temple.',
    source: { ref: 'simons-1999', locator: 'ch. 16, Posterior cervical muscles' },
  },
  {
    muscle: 'cervical-multifidi',
    region: 'suboccipital',
    zone: 'essential',
    statement:
      'Trigger points in the deep posterior neck muscles (multifidi, semispinalis cervicis) refer pain up to the base of the skull.',
    source: { ref: 'simons-1999', locator: 'ch. 16, Posterior cervical muscles' },
  },
  {
    muscle: 'suboccipitals',
    region: 'occiput',
    zone: 'essential',
    statement: 'Suboccipital trigger points refer a deep, poorly localised headache felt at the back of the head.',
    source: { ref: 'simons-1999', locator: 'ch. 17, Suboccipital muscles' },
  },
  {
    muscle: 'suboccipitals',
    region: 'eye.behind',
    zone: 'essential-or-spillover',
    statement:
      'Suboccipital trigger point pain seems to run inside the head from the back of the skull forward to the eye.',
    source: { ref: 'simons-1999', locator: 'ch. 17, Suboccipital muscles' },
  },
  {
    muscle: 'levator-scapulae',
    region: 'neck.base',
    zone: 'essential',
    statement: 'Levator scapulae trigger points refer pain to the angle of the neck.',
    source: { ref: 'simons-1999', locator: 'ch. 19, Levator scapulae' },
  },
  {
    muscle: 'levator-scapulae',
    region: 'scapula.medial',
    zone: 'essential-or-spillover',
    statement: 'Levator scapulae trigger points refer pain along the inner border of the shoulder blade.',
    source: { ref: 'simons-1999', locator: 'ch. 19, Levator scapulae' },
  },
  {
    muscle: 'platysma',
    region: 'jaw.lower',
    zone: 'essential',
    statement:
      'Platysma trigger points over the side of the neck refer a prickling pain over the lower jaw and lower face.',
    source: { ref: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles' },
  },
  {
    muscle: 'longus-colli',
    region: 'neck.front',
    zone: 'essential',
    statement: 'Pain from the longus colli is mainly local, in the front of the neck.',
    source: { ref: 'minerbi-2017' },
  },
  {
    muscle: 'longus-colli',
    region: 'ear',
    zone: 'essential-or-spillover',
    statement: 'Pressure on or needling of the longus colli can refer pain to the ear on the same side.',
    source: { ref: 'minerbi-2017' },
  },
];
