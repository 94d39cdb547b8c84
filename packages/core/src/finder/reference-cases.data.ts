import type { SourceCitation } from '../atlas/atlas.types.ts';

/**
 * The finder reference set: pain drawings with the muscles the literature names first for them.
 *
 * Written from the pain guides at the start of each part of Travell & Simons' Trigger Point Manual
 * (Vol. 1, 2nd ed. 1999; Vol. 2, 1992), which list for each pain area the muscles that may refer
 * pain there, most likely first, from the single-muscle referral patterns of the same manual, and
 * from the pain charts of Davies' Trigger Point Therapy Workbook. It is written independently of
 * the atlas data it is used to test: nothing here is derived from the atlas files.
 *
 * Single-region cases take one pain-guide area and expect its first two or three muscles.
 * Multi-region cases draw one muscle's classic referral pattern and expect that muscle (or the
 * two or three that share the pattern). Where a guide names a group (scaleni, iliopsoas,
 * semitendinosus/semimembranosus), the case names the member(s) whose pattern fits.
 *
 * Multi-area drawings mark two to four places the way a person would, sometimes including the
 * tender spot itself (the upper trapezius ridge for a temple headache). Note that the finder's
 * clinical prior (pain-guides.data.ts) is read from the same pain guides, so the single-area cases
 * partly check that table; a held-out set from the same literature is the honest measure.
 */
export interface FinderReferenceCase {
  /** kebab-case, e.g. 'temporal-headache'. */
  id: string;
  /** Plain description of the drawing, e.g. "Headache at the temple". */
  description: string;
  /** Concrete region ids with intensity 1–10. */
  regions: readonly { region: string; intensity: number }[];
  /** Symptom ids, only where the literature ties them to the pattern. */
  symptoms?: readonly string[];
  /** The PRIMARY muscles the pain guide lists for this area: the first 2–3 (at most 3) it names, the ones a
   *  clinician would check first. Not the long tail. */
  expected: readonly string[];
  source: SourceCitation;
}

export const FINDER_REFERENCE_CASES: readonly FinderReferenceCase[] = [
  // ───────────────────────── Single-region cases ─────────────────────────

  // Head and face
  {
    id: 'temporal-headache',
    description: 'Headache at the temple',
    regions: [{ region: 'temple.right', intensity: 7 }],
    expected: ['upper-trapezius', 'sternocleidomastoid', 'temporalis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): temporal headache' },
  },
  {
    id: 'frontal-headache',
    description: 'Headache over the forehead',
    regions: [{ region: 'forehead.left', intensity: 6 }],
    expected: ['sternocleidomastoid', 'semispinalis-capitis', 'frontalis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): frontal headache' },
  },
  {
    id: 'occipital-headache',
    description: 'Headache at the back of the head',
    regions: [{ region: 'occiput.left', intensity: 7 }],
    expected: ['upper-trapezius', 'sternocleidomastoid', 'semispinalis-capitis'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 1 (head and neck pain): back-of-head (occipital) headache',
    },
  },
  {
    id: 'vertex-headache',
    description: 'Headache on the top of the head',
    regions: [{ region: 'vertex', intensity: 6 }],
    expected: ['sternocleidomastoid', 'splenius-capitis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): vertex headache' },
  },
  {
    id: 'earache',
    description: 'Pain in the ear with no ear disease',
    regions: [{ region: 'ear.left', intensity: 6 }],
    expected: ['lateral-pterygoid', 'masseter', 'sternocleidomastoid'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 1 (head and neck pain): ear and temporomandibular joint pain',
    },
  },
  {
    id: 'cheek-pain',
    description: 'Pain in the cheek',
    regions: [{ region: 'cheek.left', intensity: 6 }],
    expected: ['sternocleidomastoid', 'masseter', 'lateral-pterygoid'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): cheek and jaw pain' },
  },
  {
    id: 'upper-toothache',
    description: 'Aching upper teeth with no dental cause',
    regions: [{ region: 'teeth.upper.right', intensity: 6 }],
    expected: ['temporalis', 'masseter'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): toothache (upper teeth)' },
  },
  {
    id: 'lower-toothache',
    description: 'Aching lower teeth with no dental cause',
    regions: [{ region: 'teeth.lower.left', intensity: 6 }],
    expected: ['masseter', 'digastric'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): toothache (lower teeth)' },
  },

  // Neck
  {
    id: 'back-of-neck-pain',
    description: 'Pain in the back of the neck',
    regions: [{ region: 'neck.back.left', intensity: 7 }],
    expected: ['upper-trapezius', 'cervical-multifidi', 'levator-scapulae'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): back-of-neck pain' },
  },
  {
    id: 'throat-pain',
    description: 'Sore throat and pain on swallowing without infection',
    regions: [{ region: 'throat', intensity: 5 }],
    symptoms: ['difficulty-swallowing'],
    expected: ['sternocleidomastoid', 'digastric', 'medial-pterygoid'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): throat and front-of-neck pain' },
  },

  // Shoulder
  {
    id: 'top-of-shoulder-pain',
    description: 'Ache along the top of the shoulder',
    regions: [{ region: 'shoulder.top.right', intensity: 6 }],
    expected: ['upper-trapezius', 'levator-scapulae', 'middle-trapezius'],
    source: { ref: 'davies-2013', locator: 'Shoulder and upper back pain charts: top of the shoulder' },
  },
  {
    id: 'front-of-shoulder-pain',
    description: 'Deep pain in the front of the shoulder',
    regions: [{ region: 'shoulder.front.left', intensity: 7 }],
    expected: ['infraspinatus', 'deltoid', 'biceps-brachii'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 2 (upper back, shoulder and arm pain): front-of-shoulder pain',
    },
  },
  {
    id: 'back-of-shoulder-pain',
    description: 'Pain at the back of the shoulder',
    regions: [{ region: 'shoulder.back.left', intensity: 6 }],
    expected: ['deltoid', 'levator-scapulae', 'teres-minor'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 2 (upper back, shoulder and arm pain): back-of-shoulder pain',
    },
  },

  // Upper back
  {
    id: 'interscapular-pain',
    description: 'Ache between the shoulder blades beside the spine',
    regions: [{ region: 'interscapular.right', intensity: 6 }],
    expected: ['middle-trapezius', 'rhomboid-major', 'thoracolumbar-multifidi'],
    source: { ref: 'davies-2013', locator: 'Shoulder and upper back pain charts: between the shoulder blades' },
  },
  {
    id: 'medial-scapular-border-pain',
    description: 'Pain along the inner edge of the shoulder blade',
    regions: [{ region: 'scapula.medial.left', intensity: 6 }],
    expected: ['levator-scapulae', 'rhomboid-major', 'rhomboid-minor'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 2 (upper back, shoulder and arm pain): upper thoracic back pain',
    },
  },

  // Chest
  {
    id: 'pectoral-chest-pain',
    description: 'Pain in the front of the chest',
    regions: [{ region: 'chest.pectoral.left', intensity: 7 }],
    expected: ['pectoralis-major', 'pectoralis-minor'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 4 (trunk and back pain): chest pain' },
  },
  {
    id: 'sternal-pain',
    description: 'Pain over the breastbone',
    regions: [{ region: 'sternum', intensity: 6 }],
    expected: ['pectoralis-major', 'sternalis', 'sternocleidomastoid'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 4 (trunk and back pain): chest pain (sternal)' },
  },

  // Upper arm
  {
    id: 'front-of-arm-pain',
    description: 'Pain in the front of the upper arm',
    regions: [{ region: 'arm.upper.front.right', intensity: 6 }],
    expected: ['anterior-scalene', 'infraspinatus', 'biceps-brachii'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 2 (upper back, shoulder and arm pain): front-of-arm pain',
    },
  },

  // Elbow
  {
    id: 'lateral-elbow-pain',
    description: 'Pain on the outside of the elbow (tennis elbow)',
    regions: [{ region: 'elbow.lateral.left', intensity: 7 }],
    expected: ['supinator', 'brachioradialis', 'extensor-carpi-radialis-longus'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): lateral epicondylar pain' },
  },
  {
    id: 'medial-elbow-pain',
    description: "Pain on the inside of the elbow (golfer's elbow)",
    regions: [{ region: 'elbow.medial.right', intensity: 6 }],
    expected: ['triceps-brachii', 'pectoralis-major', 'pectoralis-minor'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): medial epicondylar pain' },
  },
  {
    id: 'front-of-elbow-pain',
    description: 'Pain in the crook of the elbow',
    regions: [{ region: 'elbow.front.right', intensity: 6 }],
    expected: ['brachialis', 'biceps-brachii'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): antecubital pain' },
  },

  // Forearm
  {
    id: 'front-of-forearm-pain',
    description: 'Pain in the front (palm side) of the forearm',
    regions: [{ region: 'forearm.front.left', intensity: 6 }],
    expected: ['palmaris-longus', 'pronator-teres'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): volar forearm pain' },
  },

  // Wrist
  {
    id: 'back-of-wrist-pain',
    description: 'Pain across the back of the wrist',
    regions: [{ region: 'wrist.back.left', intensity: 6 }],
    expected: ['extensor-carpi-radialis-brevis', 'extensor-digitorum', 'extensor-indicis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): dorsal wrist and hand pain' },
  },
  {
    id: 'front-of-wrist-pain',
    description: 'Pain in the front (palm side) of the wrist',
    regions: [{ region: 'wrist.front.right', intensity: 6 }],
    expected: ['flexor-carpi-radialis', 'flexor-carpi-ulnaris'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): volar wrist and palmar pain' },
  },
  {
    id: 'radial-wrist-pain',
    description: 'Pain on the thumb side of the wrist',
    regions: [{ region: 'wrist.radial.right', intensity: 6 }],
    expected: ['extensor-carpi-radialis-longus', 'brachioradialis', 'opponens-pollicis'],
    source: { ref: 'davies-2013', locator: 'Elbow, forearm and hand pain charts: thumb side of the wrist' },
  },
  {
    id: 'ulnar-wrist-pain',
    description: 'Pain on the little-finger side of the wrist',
    regions: [{ region: 'wrist.ulnar.left', intensity: 6 }],
    expected: ['extensor-carpi-ulnaris', 'flexor-carpi-ulnaris'],
    source: {
      ref: 'simons-1999',
      locator: 'Hand and finger extensors; hand and finger flexors: referred pain patterns (ulnar wrist)',
    },
  },

  // Hand
  {
    id: 'palm-pain',
    description: 'Prickling pain in the palm',
    regions: [{ region: 'palm.left', intensity: 5 }],
    expected: ['palmaris-longus', 'flexor-carpi-radialis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): volar wrist and palmar pain' },
  },
  {
    id: 'basal-thumb-pain',
    description: 'Pain at the base of the thumb',
    regions: [{ region: 'thumb.base.right', intensity: 6 }],
    expected: ['opponens-pollicis', 'adductor-pollicis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): basal thumb pain' },
  },
  {
    id: 'thumb-pain',
    description: 'Pain along the thumb to its tip',
    // The palm side: the chart's muscles (flexor pollicis longus, opponens, adductor) all refer there.
    regions: [{ region: 'thumb.palm.left', intensity: 6 }],
    expected: ['flexor-pollicis-longus', 'adductor-pollicis', 'opponens-pollicis'],
    source: { ref: 'davies-2013', locator: 'Elbow, forearm and hand pain charts: thumb' },
  },
  {
    id: 'index-finger-pain',
    description: 'Pain along the index finger',
    regions: [
      { region: 'finger.index.back.right', intensity: 5 },
      { region: 'finger.index.palm.right', intensity: 5 },
    ],
    expected: ['first-dorsal-interosseous', 'extensor-digitorum', 'flexor-digitorum-superficialis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (forearm and hand pain): dorsal and volar finger pain' },
  },

  // Trunk
  {
    id: 'mid-back-pain',
    description: 'Ache in the lower thoracic back beside the spine',
    regions: [{ region: 'back.mid.left', intensity: 6 }],
    expected: ['iliocostalis-thoracis', 'thoracolumbar-multifidi', 'serratus-posterior-inferior'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 4 (trunk and back pain): lower thoracic back pain' },
  },
  {
    id: 'low-back-pain',
    description: 'Ache in the low back to one side of the spine',
    regions: [{ region: 'back.low.right', intensity: 7 }],
    expected: ['quadratus-lumborum', 'iliocostalis-lumborum', 'thoracolumbar-multifidi'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: low back pain' },
  },
  {
    id: 'sacroiliac-pain',
    description: 'Pain over the sacroiliac joint',
    regions: [{ region: 'sacroiliac.right', intensity: 7 }],
    expected: ['quadratus-lumborum', 'gluteus-medius', 'gluteus-maximus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: sacral and gluteal pain' },
  },
  {
    id: 'coccyx-pain',
    description: 'Pain at the tailbone',
    regions: [{ region: 'coccyx', intensity: 7 }],
    expected: ['coccygeus', 'levator-ani', 'obturator-internus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: pelvic pain' },
  },
  {
    id: 'buttock-pain',
    description: 'Ache in the upper buttock',
    regions: [{ region: 'buttock.upper.left', intensity: 6 }],
    expected: ['gluteus-medius', 'quadratus-lumborum', 'gluteus-maximus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: gluteal pain' },
  },
  {
    id: 'groin-pain',
    description: 'Pain in the groin',
    regions: [{ region: 'groin.right', intensity: 6 }],
    expected: ['adductor-longus', 'pectineus', 'iliacus'],
    source: { ref: 'davies-2013', locator: 'Hip, thigh and knee pain charts: groin' },
  },

  // Hip and thigh
  {
    id: 'lateral-hip-pain',
    description: 'Pain over the outside of the hip',
    regions: [{ region: 'hip.lateral.left', intensity: 7 }],
    expected: ['gluteus-minimus', 'quadratus-lumborum', 'tensor-fasciae-latae'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: lateral hip and thigh pain' },
  },
  {
    id: 'front-of-thigh-pain',
    description: 'Pain in the front of the thigh',
    regions: [{ region: 'thigh.front.right', intensity: 6 }],
    expected: ['adductor-longus', 'adductor-brevis', 'iliacus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: anterior thigh pain' },
  },
  {
    id: 'back-of-thigh-pain',
    description: 'Pain in the back of the thigh',
    regions: [{ region: 'thigh.back.left', intensity: 6 }],
    expected: ['gluteus-minimus', 'semitendinosus', 'biceps-femoris'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: posterior thigh pain' },
  },
  {
    id: 'medial-thigh-pain',
    description: 'Pain on the inside of the thigh',
    regions: [{ region: 'thigh.medial.left', intensity: 6 }],
    expected: ['pectineus', 'vastus-medialis', 'gracilis'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: medial thigh pain' },
  },

  // Knee
  {
    id: 'front-of-knee-pain',
    description: 'Pain at the front of the knee',
    regions: [{ region: 'knee.front.left', intensity: 6 }],
    expected: ['rectus-femoris', 'vastus-medialis', 'adductor-longus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: anterior knee pain' },
  },
  {
    id: 'back-of-knee-pain',
    description: 'Pain at the back of the knee',
    regions: [{ region: 'knee.back.right', intensity: 6 }],
    expected: ['gastrocnemius', 'biceps-femoris', 'popliteus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1: posterior knee pain' },
  },

  // Lower leg
  {
    id: 'shin-pain',
    description: 'Pain along the shin',
    regions: [{ region: 'shin.left', intensity: 6 }],
    expected: ['tibialis-anterior', 'adductor-longus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): anterior leg pain' },
  },
  {
    id: 'calf-pain',
    description: 'Pain in the calf',
    regions: [{ region: 'calf.upper.right', intensity: 6 }],
    expected: ['soleus', 'gluteus-minimus', 'gastrocnemius'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): posterior leg pain' },
  },
  {
    id: 'lateral-leg-pain',
    description: 'Pain along the outside of the lower leg',
    regions: [{ region: 'leg.lateral.left', intensity: 6 }],
    expected: ['gastrocnemius', 'gluteus-minimus', 'fibularis-longus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): lateral leg pain' },
  },

  // Ankle
  {
    id: 'front-of-ankle-pain',
    description: 'Pain at the front of the ankle',
    regions: [{ region: 'ankle.front.right', intensity: 6 }],
    expected: ['tibialis-anterior', 'fibularis-tertius', 'extensor-digitorum-longus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): anterior ankle pain' },
  },
  {
    id: 'medial-ankle-pain',
    description: 'Pain around the inner ankle bone',
    regions: [{ region: 'ankle.medial.right', intensity: 6 }],
    expected: ['abductor-hallucis', 'flexor-digitorum-longus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): medial ankle pain' },
  },

  // Foot
  {
    id: 'heel-pain',
    description: 'Pain in the heel',
    regions: [
      { region: 'heel.back.right', intensity: 7 },
      { region: 'heel.under.right', intensity: 7 },
    ],
    expected: ['soleus', 'quadratus-plantae', 'abductor-hallucis'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): heel pain' },
  },
  {
    id: 'arch-pain',
    description: 'Pain in the arch of the foot',
    regions: [{ region: 'arch.left', intensity: 6 }],
    expected: ['gastrocnemius', 'flexor-digitorum-longus', 'adductor-hallucis'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): plantar midfoot pain' },
  },
  {
    id: 'ball-of-foot-pain',
    description: 'Pain under the ball of the foot',
    regions: [{ region: 'sole.ball.right', intensity: 6 }],
    expected: ['flexor-hallucis-brevis', 'flexor-digitorum-brevis', 'adductor-hallucis'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): plantar forefoot pain' },
  },
  {
    id: 'top-of-foot-pain',
    description: 'Pain over the top of the foot',
    regions: [{ region: 'foot.top.left', intensity: 6 }],
    expected: ['extensor-digitorum-brevis', 'extensor-hallucis-brevis', 'extensor-digitorum-longus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (leg, ankle and foot pain): dorsal forefoot pain' },
  },
  {
    id: 'big-toe-pain',
    description: 'Pain in the big toe',
    regions: [
      { region: 'toe.big.top.right', intensity: 6 },
      { region: 'toe.big.under.right', intensity: 6 },
    ],
    expected: ['extensor-hallucis-longus', 'flexor-hallucis-longus', 'flexor-hallucis-brevis'],
    source: {
      ref: 'travell-1992',
      locator: 'Pain guide, Part 2 (leg, ankle and foot pain): dorsal and plantar hallux pain',
    },
  },

  // ───────────────────────── Multi-region (classic pattern) cases ─────────────────────────

  {
    id: 'pattern-upper-trapezius',
    description: 'Question-mark headache: side of the neck up behind the ear to the temple, with the jaw angle',
    regions: [
      { region: 'neck.back.left', intensity: 6 },
      { region: 'neck.side.left', intensity: 6 },
      { region: 'ear.behind.left', intensity: 7 },
      { region: 'temple.left', intensity: 8 },
      { region: 'jaw.lower.left', intensity: 4 },
    ],
    symptoms: ['stiff-neck'],
    expected: ['upper-trapezius'],
    source: { ref: 'simons-1999', locator: 'Trapezius: referred pain pattern of upper trapezius TrP1' },
  },
  {
    id: 'pattern-sternocleidomastoid',
    description:
      'Pain around the eye, over the cheek and on the top and back of the head, with a watery eye and dizziness',
    regions: [
      { region: 'eye.around.right', intensity: 7 },
      { region: 'cheek.right', intensity: 6 },
      { region: 'forehead.right', intensity: 5 },
      { region: 'vertex', intensity: 4 },
      { region: 'occiput.right', intensity: 5 },
    ],
    symptoms: ['watery-eye', 'dizziness'],
    expected: ['sternocleidomastoid'],
    source: { ref: 'simons-1999', locator: 'Sternocleidomastoid: referred pain patterns and autonomic phenomena' },
  },
  {
    id: 'pattern-temporalis',
    description: 'Temple headache spreading to the eyebrow and upper teeth, teeth sensitive',
    regions: [
      { region: 'temple.right', intensity: 8 },
      { region: 'eyebrow.right', intensity: 5 },
      { region: 'teeth.upper.right', intensity: 6 },
    ],
    symptoms: ['tooth-sensitivity'],
    expected: ['temporalis'],
    source: { ref: 'simons-1999', locator: 'Temporalis: referred pain patterns' },
  },
  {
    id: 'pattern-masseter',
    description: 'Pain in the cheek, lower jaw and molar teeth, with ringing in the ear and restricted opening',
    regions: [
      { region: 'cheek.left', intensity: 6 },
      { region: 'jaw.lower.left', intensity: 7 },
      { region: 'teeth.lower.left', intensity: 6 },
      { region: 'teeth.upper.left', intensity: 5 },
      { region: 'ear.left', intensity: 4 },
    ],
    symptoms: ['restricted-jaw-opening', 'tinnitus'],
    expected: ['masseter'],
    source: { ref: 'simons-1999', locator: 'Masseter: referred pain patterns (superficial and deep layers)' },
  },
  {
    id: 'pattern-lateral-pterygoid',
    description: 'Jaw joint pain spreading into the upper jaw and sinus',
    regions: [
      { region: 'jaw.tmj.right', intensity: 8 },
      { region: 'maxilla.right', intensity: 6 },
    ],
    expected: ['lateral-pterygoid'],
    source: { ref: 'simons-1999', locator: 'Lateral pterygoid: referred pain pattern' },
  },
  {
    id: 'pattern-medial-pterygoid',
    description: 'Pain deep below the jaw joint and in the throat and ear, painful swallowing, stuffy ear',
    regions: [
      { region: 'jaw.tmj.left', intensity: 6 },
      { region: 'throat', intensity: 6 },
      { region: 'ear.left', intensity: 5 },
    ],
    symptoms: ['difficulty-swallowing', 'ear-fullness'],
    expected: ['medial-pterygoid'],
    source: { ref: 'simons-1999', locator: 'Medial pterygoid: referred pain pattern' },
  },
  {
    id: 'pattern-splenius-cervicis',
    description: 'Pain from the angle of the neck up through the head to behind the eye, stiff neck',
    regions: [
      { region: 'neck.base.right', intensity: 6 },
      { region: 'occiput.right', intensity: 5 },
      { region: 'eye.behind.right', intensity: 7 },
    ],
    symptoms: ['stiff-neck'],
    expected: ['splenius-cervicis'],
    source: { ref: 'simons-1999', locator: 'Splenius capitis and splenius cervicis: referred pain patterns' },
  },
  {
    id: 'pattern-levator-scapulae',
    description: 'Stiff neck with pain at the angle of the neck down the inner edge of the shoulder blade',
    regions: [
      { region: 'neck.base.left', intensity: 8 },
      { region: 'scapula.medial.left', intensity: 5 },
      { region: 'shoulder.back.left', intensity: 4 },
    ],
    symptoms: ['stiff-neck'],
    expected: ['levator-scapulae'],
    source: { ref: 'simons-1999', locator: 'Levator scapulae: referred pain pattern' },
  },
  {
    id: 'pattern-scalenes',
    description: 'Chest, front of upper arm, thumb side of forearm, thumb and index finger, with numbness and tingling',
    regions: [
      { region: 'chest.pectoral.right', intensity: 5 },
      { region: 'arm.upper.front.right', intensity: 6 },
      { region: 'arm.upper.back.right', intensity: 4 },
      { region: 'forearm.radial.right', intensity: 5 },
      { region: 'thumb.back.right', intensity: 5 },
      { region: 'thumb.palm.right', intensity: 5 },
      { region: 'finger.index.back.right', intensity: 5 },
      { region: 'finger.index.palm.right', intensity: 5 },
      { region: 'scapula.medial.right', intensity: 4 },
    ],
    symptoms: ['numbness', 'tingling'],
    expected: ['anterior-scalene', 'middle-scalene', 'posterior-scalene'],
    source: { ref: 'simons-1999', locator: 'Scalene muscles: composite referred pain pattern' },
  },
  {
    id: 'pattern-infraspinatus',
    description:
      'Deep front-of-shoulder pain down the front and outside of the arm to the thumb side of the forearm; cannot sleep on that side',
    regions: [
      { region: 'shoulder.front.left', intensity: 8 },
      { region: 'arm.upper.front.left', intensity: 5 },
      { region: 'arm.upper.lateral.left', intensity: 5 },
      { region: 'forearm.radial.left', intensity: 4 },
    ],
    symptoms: ['restricted-shoulder', 'sleep-disturbed'],
    expected: ['infraspinatus'],
    source: { ref: 'simons-1999', locator: 'Infraspinatus: referred pain pattern' },
  },
  {
    id: 'pattern-supraspinatus',
    description: 'Ache over the middle deltoid down the outside of the arm to the outer elbow',
    regions: [
      { region: 'shoulder.side.right', intensity: 7 },
      { region: 'arm.upper.lateral.right', intensity: 5 },
      { region: 'elbow.lateral.right', intensity: 4 },
    ],
    symptoms: ['restricted-shoulder'],
    expected: ['supraspinatus'],
    source: { ref: 'simons-1999', locator: 'Supraspinatus: referred pain pattern' },
  },
  {
    id: 'pattern-subscapularis',
    description:
      'Back-of-shoulder pain over the shoulder blade and back of arm, with a band around the wrist; arm cannot be raised (frozen shoulder)',
    regions: [
      { region: 'shoulder.back.left', intensity: 8 },
      { region: 'scapula.lateral.left', intensity: 5 },
      { region: 'arm.upper.back.left', intensity: 5 },
      { region: 'wrist.back.left', intensity: 5 },
      { region: 'wrist.front.left', intensity: 4 },
    ],
    symptoms: ['restricted-shoulder'],
    expected: ['subscapularis'],
    source: { ref: 'simons-1999', locator: 'Subscapularis: referred pain pattern' },
  },
  {
    id: 'pattern-pectoral-ulnar-arm',
    description: 'Chest and front-of-shoulder pain running down the inside of the arm to the ulnar fingers',
    regions: [
      { region: 'chest.pectoral.left', intensity: 8 },
      { region: 'shoulder.front.left', intensity: 6 },
      { region: 'arm.upper.medial.left', intensity: 5 },
      { region: 'elbow.medial.left', intensity: 5 },
      { region: 'forearm.ulnar.left', intensity: 4 },
      { region: 'finger.ring.back.left', intensity: 4 },
      { region: 'finger.ring.palm.left', intensity: 4 },
      { region: 'finger.little.back.left', intensity: 4 },
      { region: 'finger.little.palm.left', intensity: 4 },
    ],
    expected: ['pectoralis-major', 'pectoralis-minor'],
    source: { ref: 'simons-1999', locator: 'Pectoralis major and pectoralis minor: referred pain patterns' },
  },
  {
    id: 'pattern-latissimus-dorsi',
    description:
      'Ache at the lower tip of the shoulder blade spreading down the inside of the arm to the ring and little fingers',
    regions: [
      { region: 'scapula.lower.right', intensity: 8 },
      { region: 'back.mid.right', intensity: 5 },
      { region: 'arm.upper.medial.right', intensity: 4 },
      { region: 'forearm.ulnar.right', intensity: 4 },
      { region: 'finger.ring.back.right', intensity: 3 },
      { region: 'finger.ring.palm.right', intensity: 3 },
      { region: 'finger.little.back.right', intensity: 3 },
      { region: 'finger.little.palm.right', intensity: 3 },
    ],
    expected: ['latissimus-dorsi'],
    source: { ref: 'simons-1999', locator: 'Latissimus dorsi: referred pain pattern' },
  },
  {
    id: 'pattern-serratus-posterior-superior',
    description: 'Deep ache under the upper shoulder blade, back of shoulder and arm, down to the little finger',
    regions: [
      { region: 'scapula.body.left', intensity: 8 },
      { region: 'shoulder.back.left', intensity: 5 },
      { region: 'arm.upper.back.left', intensity: 5 },
      { region: 'elbow.back.left', intensity: 4 },
      { region: 'forearm.ulnar.left', intensity: 4 },
      { region: 'finger.little.back.left', intensity: 5 },
      { region: 'finger.little.palm.left', intensity: 5 },
    ],
    expected: ['serratus-posterior-superior'],
    source: { ref: 'simons-1999', locator: 'Serratus posterior superior: referred pain pattern' },
  },
  {
    id: 'pattern-serratus-anterior',
    description: 'Pain in the side of the chest and just below the shoulder blade, short of breath (side stitch)',
    regions: [
      { region: 'chest.lateral.right', intensity: 8 },
      { region: 'scapula.lower.right', intensity: 4 },
      { region: 'arm.upper.medial.right', intensity: 3 },
    ],
    symptoms: ['shortness-of-breath'],
    expected: ['serratus-anterior'],
    source: { ref: 'simons-1999', locator: 'Serratus anterior: referred pain pattern' },
  },
  {
    id: 'pattern-triceps',
    description:
      'Pain in the back of the upper arm and shoulder down to the point of the elbow and back of the forearm',
    regions: [
      { region: 'arm.upper.back.right', intensity: 7 },
      { region: 'shoulder.back.right', intensity: 5 },
      { region: 'elbow.back.right', intensity: 6 },
      { region: 'forearm.back.right', intensity: 4 },
    ],
    expected: ['triceps-brachii'],
    source: { ref: 'simons-1999', locator: 'Triceps brachii: referred pain patterns' },
  },
  {
    id: 'pattern-radial-extensors',
    description:
      'Tennis elbow: outer elbow pain down the back of the forearm to the back of the hand and thumb side of the wrist, weak grip',
    regions: [
      { region: 'elbow.lateral.left', intensity: 8 },
      { region: 'forearm.back.left', intensity: 5 },
      { region: 'wrist.radial.left', intensity: 4 },
      { region: 'hand.back.left', intensity: 5 },
    ],
    symptoms: ['weak-grip'],
    expected: ['extensor-carpi-radialis-longus', 'brachioradialis', 'supinator'],
    source: { ref: 'simons-1999', locator: 'Hand extensors and brachioradialis; supinator: referred pain patterns' },
  },
  {
    id: 'pattern-extensor-digitorum',
    description: 'Pain down the back of the forearm and hand into the middle finger, stiff fingers',
    regions: [
      { region: 'forearm.back.right', intensity: 6 },
      { region: 'hand.back.right', intensity: 5 },
      { region: 'finger.middle.back.right', intensity: 7 },
      { region: 'finger.middle.palm.right', intensity: 7 },
    ],
    symptoms: ['finger-stiffness'],
    expected: ['extensor-digitorum'],
    source: { ref: 'simons-1999', locator: 'Finger extensors: referred pain pattern (middle finger extensor)' },
  },
  {
    id: 'pattern-brachialis',
    description: 'Pain at the base of the thumb with an ache in the crook of the elbow',
    regions: [
      { region: 'thumb.base.left', intensity: 7 },
      { region: 'elbow.front.left', intensity: 5 },
      { region: 'arm.upper.front.left', intensity: 3 },
    ],
    expected: ['brachialis'],
    source: { ref: 'simons-1999', locator: 'Brachialis: referred pain pattern' },
  },
  {
    id: 'pattern-upper-rectus-abdominis',
    description: 'Pit-of-the-stomach pain with a band across the mid back on both sides, heartburn',
    regions: [
      { region: 'epigastric', intensity: 7 },
      { region: 'back.mid.left', intensity: 5 },
      { region: 'back.mid.right', intensity: 5 },
    ],
    symptoms: ['heartburn'],
    expected: ['rectus-abdominis'],
    source: { ref: 'simons-1999', locator: 'Abdominal muscles: referred pain of upper rectus abdominis' },
  },
  {
    id: 'pattern-quadratus-lumborum',
    description: 'Low back pain along the hip bone to the sacroiliac joint, outside of the hip and lower buttock',
    regions: [
      { region: 'back.low.left', intensity: 8 },
      { region: 'iliac-crest.left', intensity: 6 },
      { region: 'sacroiliac.left', intensity: 6 },
      { region: 'hip.lateral.left', intensity: 5 },
      { region: 'buttock.lower.left', intensity: 4 },
    ],
    expected: ['quadratus-lumborum'],
    source: { ref: 'travell-1992', locator: 'Quadratus lumborum: referred pain patterns (superficial and deep)' },
  },
  {
    id: 'pattern-gluteus-medius',
    description: 'Pain along the back of the hip bone, the sacroiliac joint, sacrum and upper buttock',
    regions: [
      { region: 'iliac-crest.right', intensity: 6 },
      { region: 'sacroiliac.right', intensity: 7 },
      { region: 'sacrum', intensity: 5 },
      { region: 'buttock.upper.right', intensity: 7 },
    ],
    expected: ['gluteus-medius'],
    source: { ref: 'travell-1992', locator: 'Gluteus medius: referred pain patterns' },
  },
  {
    id: 'pattern-iliopsoas',
    description:
      'Pain running vertically beside the low spine to the sacroiliac region, with groin and front-of-thigh pain',
    regions: [
      { region: 'back.low.right', intensity: 7 },
      { region: 'spine.lumbar', intensity: 5 },
      { region: 'sacroiliac.right', intensity: 4 },
      { region: 'groin.right', intensity: 5 },
      { region: 'thigh.front.right', intensity: 5 },
    ],
    expected: ['psoas-major', 'iliacus'],
    source: { ref: 'travell-1992', locator: 'Iliopsoas: referred pain pattern' },
  },
  {
    id: 'pattern-gluteus-minimus-lateral',
    description: 'Pain down the outside of the hip, thigh, knee and lower leg to the ankle',
    regions: [
      { region: 'hip.lateral.right', intensity: 7 },
      { region: 'thigh.lateral.right', intensity: 7 },
      { region: 'knee.lateral.right', intensity: 5 },
      { region: 'leg.lateral.right', intensity: 5 },
      { region: 'ankle.lateral.right', intensity: 3 },
    ],
    expected: ['gluteus-minimus'],
    source: { ref: 'travell-1992', locator: 'Gluteus minimus: referred pain pattern of the anterior portion' },
  },
  {
    id: 'pattern-gluteus-minimus-posterior',
    description: 'Sciatica-like pain from the lower buttock down the back of the thigh into the calf',
    regions: [
      { region: 'buttock.lower.left', intensity: 7 },
      { region: 'thigh.back.left', intensity: 7 },
      { region: 'knee.back.left', intensity: 4 },
      { region: 'calf.upper.left', intensity: 5 },
    ],
    expected: ['gluteus-minimus'],
    source: { ref: 'travell-1992', locator: 'Gluteus minimus: referred pain pattern of the posterior portion' },
  },
  {
    id: 'pattern-piriformis',
    description: 'Pain at the sacroiliac region across the buttock to the back of the hip and upper back of the thigh',
    regions: [
      { region: 'sacroiliac.right', intensity: 6 },
      { region: 'buttock.lower.right', intensity: 8 },
      { region: 'buttock.upper.right', intensity: 5 },
      { region: 'thigh.back.right', intensity: 4 },
    ],
    expected: ['piriformis'],
    source: { ref: 'travell-1992', locator: 'Piriformis: referred pain pattern' },
  },
  {
    id: 'pattern-vastus-lateralis',
    description: 'Pain down the outside of the thigh to the outside of the knee',
    regions: [
      { region: 'thigh.lateral.left', intensity: 7 },
      { region: 'knee.lateral.left', intensity: 7 },
    ],
    expected: ['vastus-lateralis'],
    source: { ref: 'travell-1992', locator: 'Quadriceps femoris: referred pain of vastus lateralis' },
  },
  {
    id: 'pattern-vastus-medialis',
    description: 'Pain at the inside and front of the knee; the knee gives way',
    regions: [
      { region: 'knee.medial.right', intensity: 7 },
      { region: 'knee.front.right', intensity: 6 },
      { region: 'thigh.medial.right', intensity: 3 },
    ],
    symptoms: ['buckling-knee'],
    expected: ['vastus-medialis'],
    source: { ref: 'travell-1992', locator: 'Quadriceps femoris: referred pain of vastus medialis' },
  },
  {
    id: 'pattern-hamstrings',
    description: 'Pain from the buttock crease down the back of the thigh to the back of the knee',
    regions: [
      { region: 'buttock.lower.right', intensity: 5 },
      { region: 'thigh.back.right', intensity: 7 },
      { region: 'knee.back.right', intensity: 6 },
    ],
    expected: ['semitendinosus', 'semimembranosus', 'biceps-femoris'],
    source: { ref: 'travell-1992', locator: 'Hamstring muscles: referred pain patterns' },
  },
  {
    id: 'pattern-adductor-longus-brevis',
    description: 'Groin pain spreading down the inner thigh to the knee and shin',
    regions: [
      { region: 'groin.left', intensity: 7 },
      { region: 'thigh.medial.left', intensity: 6 },
      { region: 'knee.medial.left', intensity: 5 },
      { region: 'shin.left', intensity: 3 },
    ],
    expected: ['adductor-longus', 'adductor-brevis'],
    source: { ref: 'travell-1992', locator: 'Adductor longus and adductor brevis: referred pain pattern' },
  },
  {
    id: 'pattern-soleus',
    description: 'Heel pain with pain up the Achilles tendon',
    regions: [
      { region: 'heel.back.left', intensity: 8 },
      { region: 'heel.under.left', intensity: 8 },
      { region: 'achilles.left', intensity: 6 },
    ],
    expected: ['soleus'],
    source: { ref: 'travell-1992', locator: 'Soleus: referred pain pattern of TrP1' },
  },
  {
    id: 'pattern-gastrocnemius',
    description: 'Calf pain up into the back of the knee, with pain in the instep and night cramps',
    regions: [
      { region: 'calf.upper.right', intensity: 7 },
      { region: 'knee.back.right', intensity: 5 },
      { region: 'arch.right', intensity: 6 },
    ],
    symptoms: ['night-cramps'],
    expected: ['gastrocnemius'],
    source: { ref: 'travell-1992', locator: 'Gastrocnemius: referred pain patterns' },
  },
  {
    id: 'pattern-tibialis-anterior',
    // No 'foot-drop' symptom: a foot that catches is a warning symptom the finder sends to a doctor.
    description: 'Pain at the front of the ankle and the big toe with an ache down the shin',
    regions: [
      { region: 'shin.right', intensity: 4 },
      { region: 'ankle.front.right', intensity: 7 },
      { region: 'toe.big.top.right', intensity: 7 },
      { region: 'toe.big.under.right', intensity: 7 },
    ],
    expected: ['tibialis-anterior'],
    source: { ref: 'travell-1992', locator: 'Tibialis anterior: referred pain pattern' },
  },
  {
    id: 'pattern-fibularis',
    description: 'Pain around and behind the outer ankle and along the outside of the leg; the ankle turns easily',
    regions: [
      { region: 'leg.lateral.left', intensity: 4 },
      { region: 'ankle.lateral.left', intensity: 8 },
      { region: 'foot.lateral.left', intensity: 5 },
    ],
    symptoms: ['weak-ankle'],
    expected: ['fibularis-longus', 'fibularis-brevis'],
    source: { ref: 'travell-1992', locator: 'Peroneal muscles: referred pain of peroneus longus and brevis' },
  },
  {
    id: 'pattern-tibialis-posterior',
    description: 'Pain over the Achilles tendon spreading to the heel and the whole sole',
    regions: [
      { region: 'achilles.right', intensity: 8 },
      { region: 'heel.back.right', intensity: 5 },
      { region: 'heel.under.right', intensity: 5 },
      { region: 'arch.right', intensity: 5 },
      { region: 'sole.ball.right', intensity: 5 },
    ],
    expected: ['tibialis-posterior'],
    source: { ref: 'travell-1992', locator: 'Tibialis posterior: referred pain pattern' },
  },
  {
    id: 'pattern-extensor-digitorum-longus',
    description: 'Pain over the top of the foot to the middle toes, spilling to the front of the ankle',
    regions: [
      { region: 'foot.top.left', intensity: 7 },
      { region: 'toes.lesser.top.left', intensity: 6 },
      { region: 'toes.lesser.under.left', intensity: 6 },
      { region: 'ankle.front.left', intensity: 3 },
    ],
    expected: ['extensor-digitorum-longus'],
    source: { ref: 'travell-1992', locator: 'Long extensors of the toes: referred pain of extensor digitorum longus' },
  },

  // ───────────────────────── Added for issue #18: single-area cases ─────────────────────────
  {
    id: 'eye-and-eyebrow-pain',
    description: 'Pain around the eye',
    regions: [{ region: 'eye.around.left', intensity: 6 }],
    expected: ['sternocleidomastoid', 'temporalis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): eye and eyebrow pain' },
  },
  {
    id: 'eyebrow-pain',
    description: 'Ache over the eyebrow',
    regions: [{ region: 'eyebrow.right', intensity: 6 }],
    expected: ['sternocleidomastoid', 'temporalis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): eye and eyebrow pain' },
  },
  {
    id: 'tmj-pain',
    description: 'Pain in front of the ear at the jaw joint',
    regions: [{ region: 'jaw.tmj.left', intensity: 7 }],
    expected: ['lateral-pterygoid', 'masseter', 'sternocleidomastoid'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 1 (head and neck pain): ear and temporomandibular joint pain',
    },
  },
  {
    id: 'jaw-angle-pain',
    description: 'Ache along the lower jaw',
    regions: [{ region: 'jaw.lower.right', intensity: 6 }],
    expected: ['sternocleidomastoid', 'masseter'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): cheek and jaw pain' },
  },
  {
    id: 'maxillary-pain',
    description: 'Pain over the upper jaw, like sinus pain',
    regions: [{ region: 'maxilla.left', intensity: 6 }],
    expected: ['sternocleidomastoid', 'masseter', 'lateral-pterygoid'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): cheek and jaw pain' },
  },
  {
    id: 'front-of-neck-pain',
    description: 'Ache in the front of the neck',
    regions: [{ region: 'neck.front.right', intensity: 5 }],
    expected: ['sternocleidomastoid', 'digastric'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 1 (head and neck pain): throat and front-of-neck pain' },
  },
  {
    id: 'lower-scapula-pain',
    description: 'Ache at the lower tip of the shoulder blade',
    regions: [{ region: 'scapula.lower.left', intensity: 6 }],
    expected: ['latissimus-dorsi', 'levator-scapulae', 'iliocostalis-thoracis'],
    source: {
      ref: 'simons-1999',
      locator: 'Pain guide, Part 2 (upper back, shoulder and arm pain): mid-thoracic back pain',
    },
  },
  {
    id: 'back-of-arm-pain',
    description: 'Pain down the back of the upper arm',
    regions: [{ region: 'arm.upper.back.left', intensity: 6 }],
    expected: ['middle-scalene', 'triceps-brachii', 'deltoid'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 2 (upper back, shoulder and arm pain): back-of-arm pain' },
  },
  {
    id: 'outer-arm-pain',
    description: 'Ache on the outside of the upper arm',
    regions: [{ region: 'arm.upper.lateral.right', intensity: 6 }],
    expected: ['infraspinatus', 'supraspinatus', 'deltoid'],
    source: { ref: 'davies-2013', locator: 'Shoulder, upper back and upper arm pain charts: outside of the upper arm' },
  },
  {
    id: 'olecranon-pain',
    description: 'Pain at the point of the elbow',
    regions: [{ region: 'elbow.back.right', intensity: 6 }],
    expected: ['triceps-brachii', 'serratus-posterior-superior'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): olecranon pain' },
  },
  {
    id: 'radial-forearm-pain',
    description: 'Pain along the thumb side of the forearm',
    regions: [{ region: 'forearm.radial.left', intensity: 6 }],
    expected: ['infraspinatus', 'anterior-scalene', 'brachioradialis'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): radial forearm pain' },
  },
  {
    id: 'ulnar-forearm-pain',
    description: 'Pain along the little-finger side of the forearm',
    regions: [{ region: 'forearm.ulnar.right', intensity: 6 }],
    expected: ['latissimus-dorsi', 'pectoralis-major', 'pectoralis-minor'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): ulnar forearm pain' },
  },
  {
    id: 'back-of-forearm-pain',
    description: 'Ache in the back of the forearm',
    regions: [{ region: 'forearm.back.left', intensity: 6 }],
    expected: ['triceps-brachii', 'teres-major', 'extensor-carpi-radialis-longus'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): dorsal forearm pain' },
  },
  {
    id: 'back-of-hand-pain',
    description: 'Ache across the back of the hand',
    regions: [{ region: 'hand.back.right', intensity: 6 }],
    expected: ['extensor-carpi-radialis-brevis', 'extensor-carpi-radialis-longus', 'extensor-digitorum'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): dorsal wrist and hand pain' },
  },
  {
    id: 'middle-finger-pain',
    description: 'Pain in the middle finger',
    regions: [
      { region: 'finger.middle.back.left', intensity: 5 },
      { region: 'finger.middle.palm.left', intensity: 5 },
    ],
    expected: ['extensor-digitorum', 'flexor-digitorum-superficialis', 'hand-interossei'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): dorsal and volar finger pain' },
  },
  {
    id: 'ring-finger-pain',
    description: 'Pain in the ring finger',
    regions: [
      { region: 'finger.ring.back.left', intensity: 5 },
      { region: 'finger.ring.palm.left', intensity: 5 },
    ],
    expected: ['extensor-digitorum', 'flexor-digitorum-superficialis', 'flexor-digitorum-profundus'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): dorsal and volar finger pain' },
  },
  {
    id: 'little-finger-pain',
    description: 'Pain in the little finger',
    regions: [
      { region: 'finger.little.back.right', intensity: 5 },
      { region: 'finger.little.palm.right', intensity: 5 },
    ],
    expected: ['flexor-digitorum-superficialis', 'flexor-digitorum-profundus', 'hand-interossei'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 3 (elbow-to-finger pain): dorsal and volar finger pain' },
  },
  {
    id: 'side-of-chest-pain',
    description: 'Pain in the side of the chest',
    regions: [{ region: 'chest.lateral.left', intensity: 6 }],
    expected: ['serratus-anterior', 'latissimus-dorsi'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 4 (torso pain): side-of-chest pain' },
  },
  {
    id: 'epigastric-pain',
    description: 'Pain in the pit of the stomach with no stomach cause',
    regions: [{ region: 'epigastric', intensity: 6 }],
    expected: ['rectus-abdominis', 'external-oblique'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 4 (torso pain): abdominal pain' },
  },
  {
    id: 'flank-back-pain',
    description: 'Ache low in the side of the back over the lower ribs',
    regions: [{ region: 'back.lateral.right', intensity: 6 }],
    expected: ['iliocostalis-thoracis', 'thoracolumbar-multifidi', 'serratus-posterior-inferior'],
    source: { ref: 'simons-1999', locator: 'Pain guide, Part 4 (torso pain): lower thoracic back pain' },
  },
  {
    id: 'lateral-thigh-pain',
    description: 'Pain down the outside of the thigh',
    regions: [{ region: 'thigh.lateral.right', intensity: 6 }],
    expected: ['gluteus-minimus', 'vastus-lateralis', 'piriformis'],
    source: {
      ref: 'travell-1992',
      locator: 'Pain guide, Part 1 (low back, buttock, hip and thigh pain): lateral hip and thigh pain',
    },
  },
  {
    id: 'lateral-knee-pain',
    description: 'Pain on the outside of the knee',
    regions: [{ region: 'knee.lateral.left', intensity: 6 }],
    expected: ['vastus-lateralis'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (hip, thigh and knee pain): lateral knee pain' },
  },
  {
    id: 'medial-knee-pain',
    description: 'Pain on the inside of the knee',
    regions: [{ region: 'knee.medial.right', intensity: 6 }],
    expected: ['vastus-medialis', 'gracilis', 'rectus-femoris'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 2 (hip, thigh and knee pain): medial knee pain' },
  },
  {
    id: 'lower-calf-pain',
    description: 'Ache low in the calf',
    regions: [{ region: 'calf.lower.left', intensity: 6 }],
    expected: ['soleus', 'gluteus-minimus', 'gastrocnemius'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 3 (leg, ankle and foot pain): posterior leg pain' },
  },
  {
    id: 'lateral-ankle-pain',
    description: 'Pain around the outer ankle bone',
    regions: [{ region: 'ankle.lateral.right', intensity: 6 }],
    expected: ['fibularis-longus', 'fibularis-brevis', 'fibularis-tertius'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 3 (leg, ankle and foot pain): lateral ankle pain' },
  },
  {
    id: 'achilles-pain',
    description: 'Pain over the Achilles tendon',
    regions: [{ region: 'achilles.left', intensity: 7 }],
    expected: ['soleus', 'tibialis-posterior'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 3 (leg, ankle and foot pain): posterior ankle pain' },
  },
  {
    id: 'lesser-toe-pain',
    description: 'Pain in the small toes',
    regions: [
      { region: 'toes.lesser.top.right', intensity: 5 },
      { region: 'toes.lesser.under.right', intensity: 5 },
    ],
    expected: ['foot-interossei', 'extensor-digitorum-longus', 'flexor-digitorum-longus'],
    source: {
      ref: 'travell-1992',
      locator: 'Pain guide, Part 3 (leg, ankle and foot pain): dorsal and plantar lesser toe pain',
    },
  },
  {
    id: 'lower-buttock-pain',
    description: 'Ache low in the buttock',
    regions: [{ region: 'buttock.lower.right', intensity: 6 }],
    expected: ['gluteus-medius', 'quadratus-lumborum', 'gluteus-maximus'],
    source: {
      ref: 'travell-1992',
      locator: 'Pain guide, Part 1 (low back, buttock, hip and thigh pain): gluteal pain',
    },
  },
  {
    id: 'sacral-pain',
    description: 'Ache over the sacrum',
    regions: [{ region: 'sacrum', intensity: 6 }],
    expected: ['quadratus-lumborum', 'gluteus-medius', 'gluteus-maximus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1 (low back, buttock, hip and thigh pain): sacral pain' },
  },
  {
    id: 'perineal-pain',
    description: 'Pain between the legs (perineum)',
    regions: [{ region: 'perineum', intensity: 6 }],
    expected: ['levator-ani', 'obturator-internus', 'coccygeus'],
    source: { ref: 'travell-1992', locator: 'Pain guide, Part 1 (low back, buttock, hip and thigh pain): pelvic pain' },
  },

  // ──────────── Added for issue #18: multi-area drawings, 2–4 areas as a person would mark them ────────────
  {
    id: 'tension-headache-trapezius',
    description: 'Temple headache with pain up the back of the neck and in the upper trapezius',
    regions: [
      { region: 'temple.left', intensity: 7 },
      { region: 'shoulder.top.left', intensity: 5 },
      { region: 'neck.back.left', intensity: 6 },
    ],
    symptoms: ['stiff-neck'],
    expected: ['upper-trapezius'],
    source: {
      ref: 'simons-1999',
      locator: 'Trapezius: referred pain pattern of upper trapezius TrP1; patients mark the tender ridge too',
    },
  },
  {
    id: 'stiff-neck-levator',
    description: 'Stiff neck at the angle of neck and shoulder, down the inner shoulder blade',
    regions: [
      { region: 'neck.base.right', intensity: 8 },
      { region: 'scapula.medial.right', intensity: 5 },
    ],
    symptoms: ['stiff-neck'],
    expected: ['levator-scapulae'],
    source: { ref: 'simons-1999', locator: 'Levator scapulae: referred pain pattern (stiff neck)' },
  },
  {
    id: 'scm-clavicular-forehead-ear',
    description: 'Forehead headache with pain behind the ear and dizziness',
    regions: [
      { region: 'forehead.left', intensity: 6 },
      { region: 'ear.behind.left', intensity: 6 },
      { region: 'ear.left', intensity: 4 },
    ],
    symptoms: ['dizziness'],
    expected: ['sternocleidomastoid'],
    source: { ref: 'simons-1999', locator: 'Sternocleidomastoid: referred pain of the clavicular division' },
  },
  {
    id: 'scm-sternal-face',
    description: 'Pain over the cheek, eyebrow and around the eye with a watery eye',
    regions: [
      { region: 'cheek.right', intensity: 6 },
      { region: 'eyebrow.right', intensity: 6 },
      { region: 'eye.around.right', intensity: 5 },
    ],
    symptoms: ['watery-eye'],
    expected: ['sternocleidomastoid'],
    source: { ref: 'simons-1999', locator: 'Sternocleidomastoid: referred pain of the sternal division' },
  },
  {
    id: 'temporalis-teeth',
    description: 'Temple headache with aching upper teeth',
    regions: [
      { region: 'temple.left', intensity: 7 },
      { region: 'teeth.upper.left', intensity: 6 },
    ],
    expected: ['temporalis'],
    source: { ref: 'simons-1999', locator: 'Temporalis: referred pain patterns' },
  },
  {
    id: 'masseter-jaw-ear',
    description: 'Jaw, lower teeth and ear pain when chewing',
    regions: [
      { region: 'jaw.lower.right', intensity: 7 },
      { region: 'teeth.lower.right', intensity: 6 },
      { region: 'ear.right', intensity: 5 },
    ],
    symptoms: ['restricted-jaw-opening'],
    expected: ['masseter'],
    source: { ref: 'simons-1999', locator: 'Masseter: referred pain patterns' },
  },
  {
    id: 'lateral-pterygoid-tmj-sinus',
    description: 'Jaw joint pain with pain over the upper jaw',
    regions: [
      { region: 'jaw.tmj.left', intensity: 7 },
      { region: 'maxilla.left', intensity: 6 },
    ],
    expected: ['lateral-pterygoid'],
    source: { ref: 'simons-1999', locator: 'Lateral pterygoid: referred pain pattern' },
  },
  {
    id: 'splenius-capitis-vertex',
    description: 'Pain on top of the head with a stiff neck',
    regions: [
      { region: 'vertex', intensity: 7 },
      { region: 'neck.back.right', intensity: 5 },
    ],
    symptoms: ['stiff-neck'],
    expected: ['splenius-capitis'],
    source: { ref: 'simons-1999', locator: 'Splenius capitis: referred pain pattern' },
  },
  {
    id: 'suboccipital-headache',
    description: 'Headache at the base of the skull spreading behind the eye',
    regions: [
      { region: 'suboccipital.right', intensity: 7 },
      { region: 'occiput.right', intensity: 6 },
      { region: 'eye.behind.right', intensity: 5 },
    ],
    expected: ['suboccipitals', 'splenius-cervicis'],
    source: { ref: 'simons-1999', locator: 'Suboccipital muscles; splenius cervicis: referred pain patterns' },
  },
  {
    id: 'cervical-multifidi-neck-scapula',
    description: 'Pain at the base of the skull and back of the neck down to the shoulder blade',
    regions: [
      { region: 'suboccipital.left', intensity: 6 },
      { region: 'neck.back.left', intensity: 7 },
      { region: 'scapula.medial.left', intensity: 4 },
    ],
    expected: ['cervical-multifidi', 'semispinalis-cervicis'],
    source: { ref: 'simons-1999', locator: 'Posterior cervical muscles: referred pain patterns' },
  },
  {
    id: 'zygomaticus-nose-forehead',
    description: 'Pain beside the nose up to the middle of the forehead',
    regions: [
      { region: 'nose', intensity: 5 },
      { region: 'forehead.centre', intensity: 5 },
    ],
    expected: ['zygomaticus-major'],
    source: { ref: 'simons-1999', locator: 'Zygomaticus major: referred pain pattern' },
  },
  {
    id: 'infraspinatus-shoulder-arm',
    description: 'Deep front-of-shoulder pain down the front of the arm, tender over the shoulder blade',
    regions: [
      { region: 'shoulder.front.right', intensity: 8 },
      { region: 'arm.upper.front.right', intensity: 5 },
      { region: 'scapula.body.right', intensity: 4 },
    ],
    symptoms: ['sleep-disturbed'],
    expected: ['infraspinatus'],
    source: { ref: 'simons-1999', locator: 'Infraspinatus: referred pain pattern' },
  },
  {
    id: 'supraspinatus-shoulder-elbow',
    description: 'Ache in the side of the shoulder and at the outer elbow',
    regions: [
      { region: 'shoulder.side.left', intensity: 7 },
      { region: 'elbow.lateral.left', intensity: 4 },
    ],
    symptoms: ['restricted-shoulder'],
    expected: ['supraspinatus'],
    source: { ref: 'simons-1999', locator: 'Supraspinatus: referred pain pattern' },
  },
  {
    id: 'subscapularis-shoulder-wrist',
    description: 'Back-of-shoulder pain with a band of pain around the wrist',
    regions: [
      { region: 'shoulder.back.right', intensity: 8 },
      { region: 'wrist.back.right', intensity: 5 },
      { region: 'wrist.front.right', intensity: 4 },
    ],
    symptoms: ['restricted-shoulder'],
    expected: ['subscapularis'],
    source: { ref: 'simons-1999', locator: 'Subscapularis: referred pain pattern' },
  },
  {
    id: 'pectoral-inner-arm',
    description: 'Chest pain spreading down the inner arm to the elbow',
    regions: [
      { region: 'chest.pectoral.right', intensity: 8 },
      { region: 'arm.upper.medial.right', intensity: 5 },
      { region: 'elbow.medial.right', intensity: 4 },
    ],
    expected: ['pectoralis-major', 'pectoralis-minor'],
    source: { ref: 'simons-1999', locator: 'Pectoralis major and minor: referred pain patterns' },
  },
  {
    id: 'latissimus-scapula-arm-hand',
    description: 'Ache under the shoulder blade down the inner arm to the little-finger side of the hand',
    regions: [
      { region: 'scapula.lower.left', intensity: 7 },
      { region: 'arm.upper.medial.left', intensity: 4 },
      { region: 'hypothenar.left', intensity: 3 },
    ],
    expected: ['latissimus-dorsi'],
    source: { ref: 'simons-1999', locator: 'Latissimus dorsi: referred pain pattern' },
  },
  {
    id: 'serratus-anterior-side-stitch',
    description: 'Side-of-chest pain with a stitch and pain at the lower shoulder blade',
    regions: [
      { region: 'chest.lateral.left', intensity: 8 },
      { region: 'scapula.lower.left', intensity: 4 },
    ],
    symptoms: ['shortness-of-breath'],
    expected: ['serratus-anterior'],
    source: { ref: 'simons-1999', locator: 'Serratus anterior: referred pain pattern' },
  },
  {
    id: 'serratus-posterior-superior-little-finger',
    description: 'Deep ache under the shoulder blade, at the back of the elbow and in the little finger',
    regions: [
      { region: 'scapula.body.right', intensity: 8 },
      { region: 'elbow.back.right', intensity: 4 },
      { region: 'finger.little.back.right', intensity: 4 },
    ],
    symptoms: ['numbness'],
    expected: ['serratus-posterior-superior'],
    source: { ref: 'simons-1999', locator: 'Serratus posterior superior: referred pain pattern' },
  },
  {
    id: 'brachialis-thumb-elbow',
    description: 'Pain at the base of the thumb and the front of the elbow',
    regions: [
      { region: 'thumb.base.right', intensity: 7 },
      { region: 'elbow.front.right', intensity: 5 },
    ],
    expected: ['brachialis'],
    source: { ref: 'simons-1999', locator: 'Brachialis: referred pain pattern' },
  },
  {
    id: 'biceps-front-shoulder-arm',
    description: 'Pain over the front of the shoulder and the front of the arm to the elbow crease',
    regions: [
      { region: 'shoulder.front.left', intensity: 6 },
      { region: 'arm.upper.front.left', intensity: 6 },
      { region: 'elbow.front.left', intensity: 4 },
    ],
    expected: ['biceps-brachii'],
    source: { ref: 'simons-1999', locator: 'Biceps brachii: referred pain pattern' },
  },
  {
    id: 'tennis-elbow-hand',
    description: 'Outer elbow pain spreading to the back of the hand, weak grip',
    regions: [
      { region: 'elbow.lateral.right', intensity: 8 },
      { region: 'hand.back.right', intensity: 5 },
    ],
    symptoms: ['weak-grip'],
    expected: ['supinator', 'extensor-carpi-radialis-longus', 'brachioradialis'],
    source: { ref: 'simons-1999', locator: 'Supinator; hand extensors and brachioradialis: referred pain patterns' },
  },
  {
    id: 'wrist-extensor-back-of-wrist',
    description: 'Pain in the back of the wrist and hand',
    regions: [
      { region: 'wrist.back.left', intensity: 7 },
      { region: 'hand.back.left', intensity: 5 },
    ],
    expected: ['extensor-carpi-radialis-brevis', 'extensor-indicis'],
    source: {
      ref: 'simons-1999',
      locator: 'Hand and finger extensors: referred pain of extensor carpi radialis brevis and extensor indicis',
    },
  },
  {
    id: 'ring-finger-extensor',
    description: 'Pain in the ring finger and the back of the hand',
    regions: [
      { region: 'finger.ring.back.right', intensity: 6 },
      { region: 'hand.back.right', intensity: 5 },
    ],
    symptoms: ['finger-stiffness'],
    expected: ['extensor-digitorum'],
    source: { ref: 'simons-1999', locator: 'Finger extensors: referred pain pattern (ring finger extensor)' },
  },
  {
    id: 'palmaris-palm-forearm',
    description: 'Prickling pain in the palm with an ache in the front of the forearm',
    regions: [
      { region: 'palm.left', intensity: 6 },
      { region: 'forearm.front.left', intensity: 4 },
    ],
    symptoms: ['tingling'],
    expected: ['palmaris-longus'],
    source: { ref: 'simons-1999', locator: 'Palmaris longus: referred pain pattern' },
  },
  {
    id: 'ulnar-wrist-flexor',
    description: 'Pain on the little-finger side of the front of the wrist',
    regions: [
      { region: 'wrist.front.right', intensity: 6 },
      { region: 'wrist.ulnar.right', intensity: 6 },
    ],
    expected: ['flexor-carpi-ulnaris'],
    source: { ref: 'simons-1999', locator: 'Hand and finger flexors: referred pain of flexor carpi ulnaris' },
  },
  {
    id: 'thumb-adductor',
    description: 'Pain in the thumb and the thumb side of the palm, clumsy pinch',
    regions: [
      { region: 'thumb.palm.left', intensity: 6 },
      { region: 'thumb.base.left', intensity: 7 },
    ],
    symptoms: ['weak-grip'],
    expected: ['adductor-pollicis', 'opponens-pollicis', 'flexor-pollicis-brevis'],
    source: { ref: 'simons-1999', locator: 'Adductor and opponens pollicis: referred pain patterns' },
  },
  {
    id: 'first-dorsal-interosseous-index',
    description: 'Pain along the index finger and the back of the hand',
    regions: [
      { region: 'finger.index.back.left', intensity: 6 },
      { region: 'hand.back.left', intensity: 5 },
    ],
    expected: ['first-dorsal-interosseous'],
    source: {
      ref: 'simons-1999',
      locator: 'Interosseous muscles of the hand: referred pain of the first dorsal interosseous',
    },
  },
  {
    id: 'sternalis-breastbone',
    description: 'Pain over the breastbone and the front of the chest',
    regions: [
      { region: 'sternum', intensity: 7 },
      { region: 'chest.pectoral.left', intensity: 5 },
    ],
    expected: ['pectoralis-major', 'sternalis'],
    source: { ref: 'simons-1999', locator: 'Sternalis; pectoralis major (parasternal): referred pain patterns' },
  },
  {
    id: 'serratus-posterior-inferior-ache',
    description: 'Nagging ache over the lower ribs at the back',
    regions: [
      { region: 'back.lateral.left', intensity: 7 },
      { region: 'back.mid.left', intensity: 5 },
    ],
    expected: ['serratus-posterior-inferior'],
    source: { ref: 'simons-1999', locator: 'Serratus posterior inferior: referred pain pattern' },
  },
  {
    id: 'middle-trapezius-between-blades',
    description: 'Burning ache between the shoulder blades beside the spine',
    regions: [
      { region: 'interscapular.right', intensity: 7 },
      { region: 'spine.thoracic.upper', intensity: 5 },
    ],
    expected: ['middle-trapezius'],
    source: { ref: 'simons-1999', locator: 'Trapezius: referred pain of middle trapezius' },
  },
  {
    id: 'iliocostalis-lumborum-back-buttock',
    description: 'Low back pain spreading into the upper buttock',
    regions: [
      { region: 'back.low.left', intensity: 7 },
      { region: 'buttock.upper.left', intensity: 6 },
    ],
    expected: ['iliocostalis-lumborum'],
    source: { ref: 'travell-1992', locator: 'Paraspinal muscles: referred pain of iliocostalis lumborum' },
  },
  {
    id: 'quadratus-lumborum-crest-hip',
    description: 'Low back pain along the top of the pelvis and the side of the hip',
    regions: [
      { region: 'iliac-crest.right', intensity: 7 },
      { region: 'hip.lateral.right', intensity: 6 },
      { region: 'back.low.right', intensity: 6 },
    ],
    symptoms: ['sleep-disturbed'],
    expected: ['quadratus-lumborum'],
    source: { ref: 'travell-1992', locator: 'Quadratus lumborum: referred pain patterns' },
  },
  {
    id: 'iliopsoas-back-thigh',
    description: 'Pain along the low back beside the spine and down the front of the thigh',
    regions: [
      { region: 'spine.lumbar', intensity: 6 },
      { region: 'back.low.left', intensity: 6 },
      { region: 'thigh.front.left', intensity: 5 },
    ],
    expected: ['psoas-major', 'iliacus'],
    source: { ref: 'travell-1992', locator: 'Iliopsoas: referred pain pattern' },
  },
  {
    id: 'piriformis-buttock-thigh',
    description: 'Buttock pain from the sacroiliac joint to the back of the thigh',
    regions: [
      { region: 'sacroiliac.left', intensity: 6 },
      { region: 'buttock.lower.left', intensity: 8 },
      { region: 'thigh.back.left', intensity: 4 },
    ],
    symptoms: ['numbness'],
    expected: ['piriformis'],
    source: { ref: 'travell-1992', locator: 'Piriformis: referred pain pattern' },
  },
  {
    id: 'coccygodynia',
    description: 'Pain at the tailbone and the sacrum',
    regions: [
      { region: 'coccyx', intensity: 7 },
      { region: 'sacrum', intensity: 5 },
    ],
    expected: ['coccygeus', 'levator-ani', 'gluteus-maximus'],
    source: { ref: 'travell-1992', locator: 'Pelvic floor muscles; gluteus maximus: referred pain to the coccyx' },
  },
  {
    id: 'pelvic-floor-perineum',
    description: 'Pain in the perineum and at the tailbone',
    regions: [
      { region: 'perineum', intensity: 6 },
      { region: 'coccyx', intensity: 6 },
    ],
    expected: ['levator-ani', 'obturator-internus', 'coccygeus'],
    source: { ref: 'travell-1992', locator: 'Pelvic floor muscles: referred pain patterns' },
  },
  {
    id: 'vastus-lateralis-thigh-knee',
    description: 'Pain down the outside of the thigh into the outer knee',
    regions: [
      { region: 'thigh.lateral.right', intensity: 7 },
      { region: 'knee.lateral.right', intensity: 7 },
    ],
    expected: ['vastus-lateralis'],
    source: { ref: 'travell-1992', locator: 'Quadriceps femoris: referred pain of vastus lateralis' },
  },
  {
    id: 'tensor-fasciae-latae-hip',
    description: 'Pain at the side of the hip down the outside of the thigh',
    regions: [
      { region: 'hip.lateral.left', intensity: 7 },
      { region: 'thigh.lateral.left', intensity: 6 },
    ],
    expected: ['tensor-fasciae-latae', 'gluteus-minimus'],
    source: { ref: 'travell-1992', locator: 'Tensor fasciae latae; gluteus minimus: referred pain patterns' },
  },
  {
    id: 'rectus-femoris-knee',
    description: 'Deep ache at the front of the knee and the front of the thigh',
    regions: [
      { region: 'knee.front.left', intensity: 7 },
      { region: 'thigh.front.left', intensity: 4 },
    ],
    symptoms: ['sleep-disturbed'],
    expected: ['rectus-femoris'],
    source: { ref: 'travell-1992', locator: 'Quadriceps femoris: referred pain of rectus femoris' },
  },
  {
    id: 'adductor-groin-thigh',
    description: 'Groin pain spreading down the inner thigh',
    regions: [
      { region: 'groin.right', intensity: 7 },
      { region: 'thigh.medial.right', intensity: 6 },
    ],
    expected: ['adductor-longus', 'adductor-brevis', 'pectineus'],
    source: { ref: 'travell-1992', locator: 'Adductor longus and brevis; pectineus: referred pain patterns' },
  },
  {
    id: 'hamstring-back-of-thigh-knee',
    description: 'Pain in the back of the thigh and the back of the knee',
    regions: [
      { region: 'thigh.back.left', intensity: 7 },
      { region: 'knee.back.left', intensity: 6 },
    ],
    expected: ['biceps-femoris', 'semitendinosus', 'semimembranosus'],
    source: { ref: 'travell-1992', locator: 'Hamstring muscles: referred pain patterns' },
  },
  {
    id: 'gastrocnemius-knee-calf',
    description: 'Pain behind the knee and in the upper calf',
    regions: [
      { region: 'knee.back.right', intensity: 6 },
      { region: 'calf.upper.right', intensity: 7 },
    ],
    symptoms: ['night-cramps'],
    expected: ['gastrocnemius', 'plantaris'],
    source: { ref: 'travell-1992', locator: 'Gastrocnemius; plantaris: referred pain patterns' },
  },
  {
    id: 'soleus-heel-calf',
    description: 'Heel and Achilles pain with an ache low in the calf',
    regions: [
      { region: 'heel.back.right', intensity: 7 },
      { region: 'achilles.right', intensity: 6 },
      { region: 'calf.lower.right', intensity: 4 },
    ],
    expected: ['soleus'],
    source: { ref: 'travell-1992', locator: 'Soleus: referred pain pattern of TrP1' },
  },
  {
    id: 'tibialis-anterior-ankle-toe',
    description: 'Pain at the front of the ankle and in the big toe',
    regions: [
      { region: 'ankle.front.left', intensity: 7 },
      { region: 'toe.big.top.left', intensity: 6 },
    ],
    expected: ['tibialis-anterior'],
    source: { ref: 'travell-1992', locator: 'Tibialis anterior: referred pain pattern' },
  },
  {
    id: 'extensor-hallucis-longus-foot',
    description: 'Pain over the top of the foot into the big toe',
    regions: [
      { region: 'foot.top.right', intensity: 6 },
      { region: 'toe.big.top.right', intensity: 6 },
    ],
    expected: ['extensor-hallucis-longus'],
    source: { ref: 'travell-1992', locator: 'Long extensors of the toes: referred pain of extensor hallucis longus' },
  },
  {
    id: 'flexor-hallucis-ball',
    description: 'Pain under the ball of the foot and the big toe',
    regions: [
      { region: 'sole.ball.left', intensity: 7 },
      { region: 'toe.big.under.left', intensity: 6 },
    ],
    expected: ['flexor-hallucis-brevis', 'flexor-hallucis-longus'],
    source: { ref: 'travell-1992', locator: 'Long and short flexors of the big toe: referred pain patterns' },
  },
  {
    id: 'abductor-hallucis-heel-arch',
    description: 'Pain on the inside of the heel and along the arch',
    regions: [
      { region: 'heel.under.left', intensity: 7 },
      { region: 'arch.left', intensity: 5 },
    ],
    expected: ['abductor-hallucis'],
    source: { ref: 'travell-1992', locator: 'Abductor hallucis: referred pain pattern' },
  },
  {
    id: 'peroneal-ankle-foot',
    description: 'Pain around the outer ankle and along the outside of the foot',
    regions: [
      { region: 'ankle.lateral.right', intensity: 8 },
      { region: 'foot.lateral.right', intensity: 5 },
    ],
    symptoms: ['weak-ankle'],
    expected: ['fibularis-longus', 'fibularis-brevis'],
    source: { ref: 'travell-1992', locator: 'Peroneal muscles: referred pain of peroneus longus and brevis' },
  },
  {
    id: 'fibularis-tertius-ankle',
    description: 'Pain at the front and outside of the ankle and the outer heel',
    regions: [
      { region: 'ankle.front.left', intensity: 6 },
      { region: 'ankle.lateral.left', intensity: 5 },
      { region: 'heel.back.left', intensity: 4 },
    ],
    expected: ['fibularis-tertius'],
    source: { ref: 'travell-1992', locator: 'Peroneal muscles: referred pain of peroneus tertius' },
  },
  {
    id: 'flexor-digitorum-longus-sole',
    description: 'Pain under the forefoot into the small toes',
    regions: [
      { region: 'sole.ball.right', intensity: 7 },
      { region: 'toes.lesser.under.right', intensity: 5 },
    ],
    expected: ['flexor-digitorum-longus'],
    source: { ref: 'travell-1992', locator: 'Long flexors of the toes: referred pain of flexor digitorum longus' },
  },
];
