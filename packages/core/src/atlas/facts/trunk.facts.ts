import type { ReferralFact } from '../referral-fact.types.ts';

/*
 * Where trunk trigger points refer pain, as stated in Travell & Simons (Vol. 1, 2nd ed., 1999, for the upper back,
 * paraspinal, abdominal and chest wall muscles; Vol. 2, 1992, for the quadratus lumborum, iliopsoas and pelvic floor).
 * Each fact is a statement from the literature; the atlas data must honour it.
 */
const TS_TRAPEZIUS = { ref: 'simons-1999', locator: 'ch. 6, Trapezius' };
const TS_RHOMBOIDS = { ref: 'simons-1999', locator: 'ch. 27, Rhomboid Muscles' };
const TS_SPI = { ref: 'simons-1999', locator: 'Serratus Posterior Inferior Muscle' };
const TS_PARASPINALS = { ref: 'simons-1999', locator: 'Thoracolumbar Paraspinal Muscles' };
const TS_ABDOMINALS = { ref: 'simons-1999', locator: 'Abdominal Muscles' };
const TS_CHEST_WALL = { ref: 'simons-1999', locator: 'Intercostal Muscles and Diaphragm' };
const TS_QL = { ref: 'travell-1992', locator: 'ch. 4, Quadratus Lumborum Muscle' };
const TS_ILIOPSOAS = { ref: 'travell-1992', locator: 'ch. 5, Iliopsoas Muscle' };
const TS_PELVIC_FLOOR = { ref: 'travell-1992', locator: 'ch. 6, Pelvic Floor Muscles' };

export const TRUNK_FACTS: readonly ReferralFact[] = [
  // Trapezius, rhomboids, serratus posterior inferior
  {
    muscle: 'middle-trapezius',
    region: 'interscapular',
    zone: 'essential',
    statement:
      'Middle trapezius trigger points near the vertebral border of the scapula refer superficial burning pain ' +
      'medially, between the scapula and the spinous processes.',
    source: TS_TRAPEZIUS,
  },
  {
    muscle: 'middle-trapezius',
    region: 'shoulder.top',
    zone: 'essential',
    statement:
      'The lateral middle trapezius trigger point, close to the acromion, refers aching pain to the top of the ' +
      'shoulder.',
    source: TS_TRAPEZIUS,
  },
  {
    muscle: 'lower-trapezius',
    region: 'neck.back',
    zone: 'essential',
    statement:
      'The lower trapezius trigger point near the inferior scapular angle refers pain up to the upper posterior ' +
      'cervical region.',
    source: TS_TRAPEZIUS,
  },
  {
    muscle: 'lower-trapezius',
    region: 'ear.behind',
    zone: 'essential',
    statement: 'Lower trapezius referred pain reaches the mastoid area behind the ear.',
    source: TS_TRAPEZIUS,
  },
  {
    muscle: 'lower-trapezius',
    region: 'shoulder.top',
    zone: 'essential',
    statement: 'Lower trapezius trigger points also refer pain to the acromial region at the top of the shoulder.',
    source: TS_TRAPEZIUS,
  },
  {
    muscle: 'lower-trapezius',
    region: 'scapula.medial',
    zone: 'essential',
    statement:
      'A lower trapezius trigger point just below the root of the scapular spine refers burning pain along the ' +
      'vertebral border of the scapula.',
    source: TS_TRAPEZIUS,
  },
  {
    muscle: 'rhomboid-major',
    region: 'scapula.medial',
    zone: 'essential',
    statement:
      'Rhomboid trigger points refer pain along the vertebral border of the scapula, between the scapula and the ' +
      'paraspinal muscles.',
    source: TS_RHOMBOIDS,
  },
  {
    muscle: 'rhomboid-minor',
    region: 'scapula.medial',
    zone: 'essential',
    statement: 'The rhomboid minor shares the rhomboid pattern along the medial border of the scapula.',
    source: TS_RHOMBOIDS,
  },
  {
    muscle: 'rhomboid-major',
    region: 'scapula.upper',
    zone: 'essential-or-spillover',
    statement: 'Rhomboid referred pain may spread upward and laterally over the supraspinous area of the scapula.',
    source: TS_RHOMBOIDS,
  },
  {
    muscle: 'serratus-posterior-inferior',
    region: 'back.lateral',
    zone: 'essential',
    statement:
      'Serratus posterior inferior trigger points cause a nagging ache over and around the muscle, across the lower ' +
      'ribs at the back.',
    source: TS_SPI,
  },

  // Paraspinals
  {
    muscle: 'iliocostalis-thoracis',
    region: 'scapula.lower',
    zone: 'essential',
    statement:
      'Iliocostalis thoracis trigger points refer pain upward over the scapula toward its inferior angle and medial ' +
      'border.',
    source: TS_PARASPINALS,
  },
  {
    muscle: 'iliocostalis-thoracis',
    region: 'chest.lateral',
    zone: 'essential-or-spillover',
    statement:
      'The mid-thoracic iliocostalis trigger point may project pain laterally around the chest wall, where it can be ' +
      'mistaken for visceral pain such as angina or pleurisy.',
    source: TS_PARASPINALS,
  },
  {
    muscle: 'iliocostalis-lumborum',
    region: 'buttock.upper',
    zone: 'essential',
    statement:
      'The upper lumbar iliocostalis trigger point refers pain strongly downward, concentrated in the buttock.',
    source: TS_PARASPINALS,
  },
  {
    muscle: 'longissimus-thoracis',
    region: 'buttock.lower',
    zone: 'essential',
    statement:
      'Longissimus thoracis trigger points at the thoracolumbar junction refer pain a considerable distance ' +
      'caudally, into the buttock.',
    source: TS_PARASPINALS,
  },
  {
    muscle: 'thoracolumbar-multifidi',
    region: 'coccyx',
    zone: 'essential',
    statement:
      'Multifidus trigger points at the first sacral level refer pain to the coccyx (a cause of coccygodynia).',
    source: TS_PARASPINALS,
  },
  {
    muscle: 'thoracolumbar-multifidi',
    region: 'spine.lumbar',
    zone: 'essential',
    statement: 'Lumbar multifidus trigger points refer pain to the region of the adjacent spinous processes.',
    source: TS_PARASPINALS,
  },
  {
    muscle: 'thoracolumbar-multifidi',
    region: 'abdomen.lower',
    zone: 'essential-or-spillover',
    statement: 'Lumbar multifidus trigger points can also refer pain anteriorly to the abdomen.',
    source: TS_PARASPINALS,
  },

  // Quadratus lumborum
  {
    muscle: 'quadratus-lumborum',
    region: 'iliac-crest',
    zone: 'essential',
    statement:
      'The upper superficial (lateral) quadratus lumborum trigger point refers pain along the crest of the ilium.',
    source: TS_QL,
  },
  {
    muscle: 'quadratus-lumborum',
    region: 'hip.lateral',
    zone: 'essential',
    statement:
      'The lower superficial quadratus lumborum trigger point refers pain to the greater trochanter at the outer hip.',
    source: TS_QL,
  },
  {
    muscle: 'quadratus-lumborum',
    region: 'sacroiliac',
    zone: 'essential',
    statement: 'The upper deep quadratus lumborum trigger point refers pain to the sacroiliac joint region.',
    source: TS_QL,
  },
  {
    muscle: 'quadratus-lumborum',
    region: 'buttock.lower',
    zone: 'essential',
    statement: 'The lower deep quadratus lumborum trigger point refers pain to the lower buttock.',
    source: TS_QL,
  },
  {
    muscle: 'quadratus-lumborum',
    region: 'abdomen.lower',
    zone: 'essential-or-spillover',
    statement:
      'Pain from the upper superficial quadratus lumborum trigger point sometimes extends to the adjacent lower ' +
      'quadrant of the abdomen.',
    source: TS_QL,
  },

  // Abdominal wall
  {
    muscle: 'rectus-abdominis',
    region: 'back.mid',
    zone: 'essential',
    statement:
      'Upper rectus abdominis trigger points refer pain horizontally across the back on both sides at the ' +
      'thoracolumbar level.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'rectus-abdominis',
    region: 'back.low',
    zone: 'essential',
    statement:
      'Lower rectus abdominis trigger points refer a horizontal band of pain across the low back, bilaterally.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'rectus-abdominis',
    region: 'epigastric',
    zone: 'essential-or-spillover',
    statement: 'Upper rectus abdominis trigger points can produce epigastric fullness, heartburn and nausea.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'rectus-abdominis',
    region: 'abdomen.lower',
    zone: 'essential',
    statement:
      "A trigger point at the lateral border of the lower rectus, near McBurney's point, refers pain to the lower " +
      'quadrant and can mimic appendicitis.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'external-oblique',
    region: 'epigastric',
    zone: 'essential',
    statement:
      'Trigger points in the upper external oblique, over the lower anterior chest wall, cause heartburn-like ' +
      'epigastric pain.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'external-oblique',
    region: 'groin',
    zone: 'essential',
    statement:
      'Trigger points in the lower lateral abdominal wall refer pain into the groin and testicle and may spread to ' +
      'other parts of the abdomen.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'internal-oblique',
    region: 'groin',
    zone: 'essential',
    statement:
      'Trigger points in the lowest abdominal wall along the pubic ramus can cause groin pain and bladder ' +
      'irritability with urinary frequency.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'transversus-abdominis',
    region: 'abdomen.upper',
    zone: 'essential',
    statement:
      'Transversus abdominis trigger points along the anterior costal margin refer a band of pain across the upper ' +
      'abdomen between the rib margins.',
    source: TS_ABDOMINALS,
  },
  {
    muscle: 'pyramidalis',
    region: 'suprapubic',
    zone: 'essential',
    statement:
      'Pyramidalis trigger points refer pain close to the midline between the pubic symphysis and the umbilicus.',
    source: TS_ABDOMINALS,
  },

  // Chest wall and diaphragm
  {
    muscle: 'diaphragm',
    region: 'chest.lower',
    zone: 'essential',
    statement:
      'Diaphragm trigger points are associated with pain at the lower anterolateral rib margin (a "stitch") and with ' +
      'difficulty taking a full breath.',
    source: TS_CHEST_WALL,
  },
  {
    muscle: 'intercostals',
    region: 'chest.lateral',
    zone: 'essential',
    statement: 'Intercostal trigger points cause pain locally in the chest wall, aggravated by breathing and twisting.',
    source: TS_CHEST_WALL,
  },

  // Iliopsoas
  {
    muscle: 'psoas-major',
    region: 'back.low',
    zone: 'essential',
    statement:
      'Iliopsoas trigger points refer pain in a vertical band along the lumbar spine on the same side, extending ' +
      'down to the sacroiliac region.',
    source: TS_ILIOPSOAS,
  },
  {
    muscle: 'psoas-major',
    region: 'thigh.front',
    zone: 'essential-or-spillover',
    statement: 'Iliopsoas trigger points also refer pain to the upper front of the thigh and the groin.',
    source: TS_ILIOPSOAS,
  },
  {
    muscle: 'iliacus',
    region: 'back.low',
    zone: 'essential',
    statement: 'The iliacus shares the iliopsoas pattern: a vertical band of pain along the lumbar spine.',
    source: TS_ILIOPSOAS,
  },
  {
    muscle: 'iliacus',
    region: 'sacroiliac',
    zone: 'essential-or-spillover',
    statement: 'Iliopsoas referred pain extends downward to the sacroiliac region and may reach the upper buttock.',
    source: TS_ILIOPSOAS,
  },
  {
    muscle: 'iliacus',
    region: 'thigh.front',
    zone: 'essential-or-spillover',
    statement: 'Iliacus trigger points can refer pain to the upper anterior thigh.',
    source: TS_ILIOPSOAS,
  },

  // Pelvic floor
  {
    muscle: 'levator-ani',
    region: 'coccyx',
    zone: 'essential',
    statement:
      'Levator ani trigger points refer pain to the sacrococcygeal region and are a recognised cause of coccygodynia.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'coccygeus',
    region: 'coccyx',
    zone: 'essential',
    statement: 'Coccygeus trigger points, like those of the levator ani, refer pain to the coccyx.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'obturator-internus',
    region: 'perineum',
    zone: 'essential',
    statement:
      'Obturator internus trigger points refer pain to the anococcygeal region and the vagina, with a feeling of ' +
      'fullness in the rectum.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'levator-ani',
    region: 'anus',
    zone: 'essential',
    statement:
      'Levator ani trigger points refer pain to the rectum and anal region, often felt as rectal aching or fullness.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'levator-ani',
    region: 'vagina',
    zone: 'essential',
    statement: 'Levator ani trigger points refer pain to the vagina, and can make intercourse painful.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'obturator-internus',
    region: 'anus',
    zone: 'essential',
    statement:
      'Obturator internus trigger points refer pain to the anococcygeal region, with a feeling of rectal fullness.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'obturator-internus',
    region: 'vagina',
    zone: 'essential',
    statement: 'Obturator internus trigger points refer pain to the vagina.',
    source: TS_PELVIC_FLOOR,
  },
  {
    muscle: 'obturator-internus',
    region: 'thigh.back',
    zone: 'essential-or-spillover',
    statement: 'Obturator internus referred pain may extend to the upper back of the thigh.',
    source: TS_PELVIC_FLOOR,
  },
];
