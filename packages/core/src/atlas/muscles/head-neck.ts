import type { BibliographyEntry, Muscle, SourceCitation } from '../atlas.types.ts';

/**
 * Head and neck muscles of the atlas: jaw, face and scalp ('head') and the neck muscles ('neck').
 * Referral zones follow the Travell & Simons maps (Vol. 1, 2nd ed.) as far as the region vocabulary
 * allows; zone refs are written without a side (same side as the trigger point unless prefixed).
 * For regions on the side of the head and neck (temple, cheek, jaw, neck.side) u is read as front (0)
 * to back (1), i.e. medial to lateral as seen from the front.
 */

/** References used here that are not in the core bibliography. */
export const HEAD_NECK_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  {
    key: 'minerbi-2017',
    citation:
      'Minerbi A, Ratmansky M, Finestone A, Gerwin R, Vulfsons S. The local and referred pain patterns of the longus colli muscle. J Bodyw Mov Ther. 2017;21(2):267-273.',
    kind: 'study',
  },
];

// Travell & Simons, Vol. 1, 2nd ed. (1999), by chapter.
const TS_TRAPEZIUS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 6, Trapezius' };
const TS_SCM: SourceCitation = { ref: 'simons-1999', locator: 'ch. 7, Sternocleidomastoid' };
const TS_MASSETER: SourceCitation = { ref: 'simons-1999', locator: 'ch. 8, Masseter' };
const TS_TEMPORALIS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 9, Temporalis' };
const TS_MEDIAL_PTERYGOID: SourceCitation = { ref: 'simons-1999', locator: 'ch. 10, Medial pterygoid' };
const TS_LATERAL_PTERYGOID: SourceCitation = { ref: 'simons-1999', locator: 'ch. 11, Lateral pterygoid' };
const TS_DIGASTRIC: SourceCitation = {
  ref: 'simons-1999',
  locator: 'ch. 12, Digastric and other anterior neck muscles',
};
const TS_FACIAL: SourceCitation = { ref: 'simons-1999', locator: 'ch. 13, Cutaneous I: facial muscles' };
const TS_OCCIPITOFRONTALIS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 14, Cutaneous II: occipitofrontalis' };
const TS_SPLENIUS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 15, Splenius capitis and splenius cervicis' };
const TS_POSTERIOR_CERVICAL: SourceCitation = { ref: 'simons-1999', locator: 'ch. 16, Posterior cervical muscles' };
const TS_SUBOCCIPITAL: SourceCitation = { ref: 'simons-1999', locator: 'ch. 17, Suboccipital muscles' };
const TS_LEVATOR: SourceCitation = { ref: 'simons-1999', locator: 'ch. 19, Levator scapulae' };
const TS_SCALENES: SourceCitation = { ref: 'simons-1999', locator: 'ch. 20, Scalene muscles' };

/** The Trigger Point Therapy Workbook, cited by the muscle's own section. */
function davies(section: string): SourceCitation {
  return { ref: 'davies-2013', locator: `section: ${section}` };
}

const MINERBI_LONGUS_COLLI: SourceCitation = { ref: 'minerbi-2017' };

const NECK_VESSELS =
  'The carotid artery and jugular vein run down the front and side of the neck: never press on a pulse, and treat one side at a time.';
const HEADACHE_RED_FLAGS =
  'A sudden, severe "worst ever" headache, or headache with fever, stiff neck, confusion, weakness or loss of vision, is an emergency: get medical help, do not self-treat.';
const JAW_RED_FLAGS =
  'Tooth or jaw pain with swelling, fever or a bad taste needs a dentist: trigger points do not cause infection, and a tooth problem can feel the same.';

export const HEAD_NECK_MUSCLES: readonly Muscle[] = [
  // ---------------------------------------------------------------- Jaw
  {
    id: 'temporalis',
    name: 'Temporalis',
    commonNames: ['temporalis', 'temple muscle', 'temporal muscle'],
    area: 'head',
    action: 'Closes the jaw and pulls it back; it works hard whenever you clench or grind your teeth.',
    triggerPoints: [
      {
        id: 'temporalis.tp1',
        label: 'Temporalis, front fibres above the outer eyebrow',
        location: { region: 'temple', u: 0.15, v: 0.55, view: 'head-side' },
        essential: ['temple', 'eyebrow', 'teeth.upper'],
        spillover: [],
        symptoms: ['tooth-sensitivity'],
        howToFind:
          'Clench your teeth and feel the muscle bulge just behind the outer end of the eyebrow, above the cheekbone. Relax the jaw and search for a tender spot that sends an ache along the brow or into the front upper teeth.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest your elbows on a table and let the jaw hang slightly open.',
            'Press the tender spot with two or three fingertips.',
            'Hold until the ache starts to fade, then move a finger-width and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TEMPORALIS, davies('Temporalis')],
      },
      {
        id: 'temporalis.tp2',
        label: 'Temporalis, front of the middle fibres',
        location: { region: 'temple', u: 0.4, v: 0.6, view: 'head-side' },
        essential: ['temple', 'teeth.upper'],
        spillover: ['eyebrow'],
        symptoms: ['tooth-sensitivity'],
        howToFind:
          'Place your fingertips in the middle of the temple about a thumb-width above the cheekbone and clench gently; a tender, ropy band here often sends pain up into the temple and down into the upper canine and premolar teeth.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Let the jaw hang slightly open to put the muscle on a little stretch.',
            'Press into the tender band with your fingertips.',
            'Hold, or make slow short strokes upward toward the top of the head.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TEMPORALIS, davies('Temporalis')],
      },
      {
        id: 'temporalis.tp3',
        label: 'Temporalis, middle fibres above the cheekbone',
        location: { region: 'temple', u: 0.65, v: 0.6, view: 'head-side' },
        essential: ['temple', 'teeth.upper'],
        spillover: ['jaw.tmj'],
        symptoms: ['tooth-sensitivity'],
        howToFind:
          'Move your fingers back to the part of the temple just above the front of the ear and clench; the sore spot often refers to the upper back teeth and spreads up over the side of the head.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Keep the teeth apart and the jaw relaxed.',
            'Press the tender spot with your fingertips and hold.',
            'Finish with a few slow strokes up from the cheekbone toward the crown.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_TEMPORALIS, davies('Temporalis')],
      },
      {
        id: 'temporalis.tp4',
        label: 'Temporalis, back fibres above the ear',
        location: { region: 'temple', u: 0.9, v: 0.4, view: 'head-side' },
        essential: ['temple', 'parietal'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Feel just above and slightly behind the top of the ear while you clench; the back fibres run almost horizontally here, and a tender spot sends pain backward and upward over the side of the head.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the elbow on a table and place your fingertips above the ear.',
            'Press the tender spot and hold until it eases.',
            'Move in small steps along the band and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TEMPORALIS, davies('Temporalis')],
      },
    ],
    stretch: {
      name: 'Jaw-opening stretch',
      position: 'seated',
      steps: [
        'Sit tall and let the jaw drop open as far as is comfortable.',
        'Hook two fingers over the lower front teeth and ease the jaw a little further open.',
        'Breathe slowly; stop short of any clicking or pain in the jaw joint.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Clenching or grinding the teeth, by day or in sleep',
      'Chewing gum or tough food for long periods',
      'Forward head posture, which makes the jaw closers work harder',
      'Long dental sessions with the mouth held wide open',
      'Cold air or a draught on the temple',
      'Trigger points in the upper trapezius or sternocleidomastoid, which can keep temporalis points active',
    ],
    precautions: [
      'The temporal artery runs just in front of the ear and across the temple: move off any spot where you feel a pulse.',
      'New temple pain after age 50 with scalp tenderness, jaw pain on chewing or any change in vision needs a doctor the same day (it can be giant cell arteritis).',
      'If the jaw joint clicks, locks or hurts, stretch gently and ask a dentist or physiotherapist for advice.',
      HEADACHE_RED_FLAGS,
    ],
    relatedMuscles: [
      'masseter',
      'lateral-pterygoid',
      'medial-pterygoid',
      'upper-trapezius',
      'sternocleidomastoid',
      'semispinalis-capitis',
    ],
    sources: [TS_TEMPORALIS, davies('Temporalis')],
  },
  {
    id: 'masseter',
    name: 'Masseter',
    commonNames: ['masseter', 'jaw muscle', 'chewing muscle', 'TMJ muscle', 'clenching muscle'],
    area: 'head',
    action: 'The main chewing muscle: it closes the jaw with force and is the one that bulges when you clench.',
    triggerPoints: [
      {
        id: 'masseter.superficial-upper',
        label: 'Masseter, upper front part just below the cheekbone',
        location: { region: 'cheek', u: 0.75, v: 0.9, view: 'head-side' },
        essential: ['teeth.upper', 'maxilla'],
        spillover: ['cheek'],
        symptoms: ['tooth-sensitivity', 'restricted-jaw-opening'],
        howToFind:
          'Clench and feel the thick muscle between the cheekbone and the angle of the jaw; relax, then search its upper front part just under the cheekbone for a tender spot that aches into the upper back teeth or the "sinus" area.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Let the jaw hang loose with the teeth apart.',
            'Press into the muscle below the cheekbone with two fingertips.',
            'Hold on the sorest spot, then work down the muscle in small steps.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_MASSETER, davies('Masseter')],
      },
      {
        id: 'masseter.superficial-middle',
        label: 'Masseter, middle of the muscle',
        location: { region: 'jaw.lower', u: 0.75, v: 0.35, view: 'head-side' },
        essential: ['teeth.lower', 'jaw.lower'],
        spillover: [],
        symptoms: ['tooth-sensitivity', 'restricted-jaw-opening'],
        howToFind:
          'Work down to the middle of the muscle, halfway between cheekbone and jawline; tender bands here refer to the lower back teeth and along the lower jaw.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Keep the teeth slightly apart.',
            'Pinch the muscle between a thumb inside the cheek and fingers outside, with clean hands, or press from outside with fingertips.',
            'Hold the tender band until it softens, then release slowly.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_MASSETER, davies('Masseter')],
      },
      {
        id: 'masseter.superficial-lower',
        label: 'Masseter, lower part near the angle of the jaw',
        location: { region: 'jaw.lower', u: 0.85, v: 0.8, view: 'head-side' },
        essential: ['jaw.lower', 'eyebrow'],
        // T&S draw the lower superficial pattern along the jaw to the lower molars and in an arc up
        // across the temple to the eyebrow; the temple and teeth are the less constant parts.
        spillover: ['temple', 'teeth.lower'],
        symptoms: ['restricted-jaw-opening'],
        howToFind:
          'Feel just above the bony angle of the jaw where the muscle attaches; a tender spot here can refer along the jaw and, surprisingly, up across the temple to the area over the eyebrow.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Let the jaw relax with the teeth apart.',
            'Press up against the bone just above the jaw angle with your fingertips.',
            'Hold, then stroke slowly up the muscle toward the cheekbone.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_MASSETER, davies('Masseter')],
      },
      {
        id: 'masseter.deep',
        label: 'Masseter, deep layer just in front of the ear',
        location: { region: 'jaw.tmj', u: 0.4, v: 0.8, view: 'head-side' },
        essential: ['ear', 'jaw.tmj'],
        spillover: ['cheek'],
        symptoms: ['tinnitus', 'restricted-jaw-opening'],
        howToFind:
          'Open the mouth slightly and feel just in front of the jaw joint, below the back of the cheekbone; the deep layer is tender here and can send pain deep into the ear, sometimes with ringing on that side.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Open the mouth a little so the deep fibres come under your fingers.',
            'Press gently just in front of the jaw joint, below the cheekbone.',
            'Hold the tender spot and breathe slowly; ease off if the joint itself hurts.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_MASSETER, davies('Masseter')],
      },
    ],
    stretch: {
      name: 'Assisted jaw opening',
      position: 'seated',
      steps: [
        'Sit tall with the head level and the tongue resting behind the upper teeth.',
        'Open the mouth slowly as wide as is comfortable.',
        'Place two fingers on the lower front teeth and add a gentle downward ease, without forcing.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Clenching or grinding the teeth, often with stress or concentration',
      'Gum chewing, nail biting, chewing pens or ice',
      'Forward head posture',
      'Long dental work with the mouth held open',
      'An uneven bite, missing back teeth or new dental work that changes the bite',
      'Trigger points in the sternocleidomastoid or upper trapezius',
    ],
    precautions: [
      'The parotid gland and branches of the facial nerve lie over the back part of the muscle: use moderate pressure there and stop if the face tingles.',
      'The facial artery crosses the jawline just in front of the muscle: do not press on a pulse.',
      'Do not force the jaw open if it locks, dislocates or has recently been operated on; see a dentist.',
      'Ear pain with fever, discharge or hearing loss needs a doctor, not massage.',
      JAW_RED_FLAGS,
    ],
    relatedMuscles: [
      'temporalis',
      'medial-pterygoid',
      'lateral-pterygoid',
      'sternocleidomastoid',
      'digastric',
      'upper-trapezius',
    ],
    sources: [TS_MASSETER, davies('Masseter')],
  },
  {
    id: 'lateral-pterygoid',
    name: 'Lateral pterygoid',
    commonNames: ['lateral pterygoid', 'pterygoid', 'TMJ muscle', 'jaw joint muscle'],
    area: 'head',
    action:
      'Pulls the jaw forward and across to the other side and helps open the mouth; its upper part steadies the disc of the jaw joint.',
    triggerPoints: [
      {
        id: 'lateral-pterygoid.lower',
        label: 'Lateral pterygoid, lower head in front of the jaw joint',
        location: { region: 'jaw.tmj', u: 0.15, v: 0.6, view: 'head-side' },
        essential: ['jaw.tmj', 'maxilla'],
        spillover: [],
        symptoms: ['restricted-jaw-opening'],
        howToFind:
          'Open the mouth about a finger-width and feel the hollow just below the cheekbone, in front of the jaw joint; pressing deep here, through the masseter, reaches the lower head and reproduces an ache in the joint or the upper jaw.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Open the mouth slightly to widen the gap below the cheekbone.',
            'Press one fingertip into the hollow in front of the jaw joint, aiming inward.',
            'Hold gently; the muscle lies deep, so expect only partial access.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_LATERAL_PTERYGOID, davies('Lateral Pterygoid')],
      },
      {
        id: 'lateral-pterygoid.upper',
        label: 'Lateral pterygoid, reached inside the mouth behind the upper back teeth',
        location: { region: 'maxilla', u: 0.95, v: 0.6, view: 'head-side' },
        essential: ['jaw.tmj', 'maxilla'],
        spillover: [],
        symptoms: ['restricted-jaw-opening'],
        howToFind:
          'With a clean little finger, slide along the outer side of the upper gum as far back as it goes, behind the last molar, and press up and inward; marked tenderness here points to the lateral pterygoid.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Wash your hands, trim the nail and open the mouth slightly, sliding the jaw toward the side you treat.',
            'Slide the little finger back along the outside of the upper teeth until it stops.',
            'Press gently up and inward for a few breaths; stop if you gag.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 2,
        },
        precautions: [
          'Inside-the-mouth work is best learnt from a dentist or trained therapist; keep it brief and gentle.',
        ],
        sources: [TS_LATERAL_PTERYGOID, davies('Lateral Pterygoid')],
      },
    ],
    stretch: {
      name: 'Jaw retraction stretch',
      position: 'seated',
      steps: [
        'Sit tall with the teeth slightly apart and the tongue on the roof of the mouth.',
        'Place a fingertip on the chin and gently guide the lower jaw straight back.',
        'Hold, then relax the jaw forward again.',
      ],
      holdSeconds: 20,
      repetitions: 4,
    },
    perpetuatingFactors: [
      'Clenching or grinding the teeth',
      'Habitually jutting the jaw forward, or gum chewing',
      'Playing a wind instrument or holding a violin under the jaw for long periods',
      'An uneven bite or recent dental work',
      'Forward head posture',
    ],
    precautions: [
      'The muscle lies deep behind the cheekbone; only small parts can be reached, from outside or inside the mouth.',
      'A jaw that locks, swings sharply to one side when opening, or hurts after an injury needs a dentist or doctor first.',
      'Persistent "sinus" pain with fever, swelling or coloured nasal discharge needs a doctor.',
      JAW_RED_FLAGS,
    ],
    relatedMuscles: ['medial-pterygoid', 'masseter', 'temporalis', 'digastric', 'sternocleidomastoid'],
    sources: [TS_LATERAL_PTERYGOID, davies('Lateral Pterygoid')],
  },
  {
    id: 'medial-pterygoid',
    name: 'Medial pterygoid',
    commonNames: ['medial pterygoid', 'pterygoid', 'inner jaw muscle'],
    area: 'head',
    action:
      'Forms a sling with the masseter around the angle of the jaw: it closes the mouth and moves the jaw from side to side.',
    triggerPoints: [
      {
        id: 'medial-pterygoid.tp1',
        label: 'Medial pterygoid, inside the angle of the jaw',
        location: { region: 'jaw.lower', u: 0.9, v: 0.75, view: 'head-side' },
        essential: ['jaw.tmj', 'ear', 'throat', 'tongue', 'pharynx', 'palate'],
        spillover: ['jaw.lower'],
        symptoms: ['difficulty-swallowing', 'restricted-jaw-opening', 'ear-fullness'],
        howToFind:
          'Tip the head slightly toward the side, hook a fingertip round the inside of the bony angle of the lower jaw and press up and outward against the bone; clench gently to feel the muscle firm under your finger.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt your head a little toward the side you treat so the tissue under the jaw softens.',
            'Curl a fingertip round the inside of the jaw angle and press up against the bone.',
            'Hold the tender spot gently, then release slowly.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_MEDIAL_PTERYGOID, davies('Medial Pterygoid')],
      },
    ],
    stretch: {
      name: 'Jaw opening with a side glide',
      position: 'seated',
      steps: [
        'Open the mouth slowly to a comfortable width.',
        'Glide the lower jaw a little toward the opposite side.',
        'Hold the position while breathing through the nose, then close slowly.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Clenching or grinding the teeth',
      'Long bouts of gum chewing',
      'Forward head posture',
      'Anxiety and emotional tension held in the jaw',
      'Trigger points in the lateral pterygoid, which often accompany these',
    ],
    precautions: [
      'Below the jaw lie lymph nodes, the submandibular gland and the facial artery: press lightly, and move off pulses or swollen, tender lumps.',
      'Leave work on this muscle from inside the mouth to a dentist or trained therapist.',
      'A sore throat, pain on swallowing or a lump that lasts more than two or three weeks needs a doctor.',
    ],
    relatedMuscles: ['lateral-pterygoid', 'masseter', 'temporalis', 'digastric'],
    sources: [TS_MEDIAL_PTERYGOID, davies('Medial Pterygoid')],
  },
  {
    id: 'digastric',
    name: 'Digastric',
    commonNames: ['digastric', 'under-jaw muscle', 'jaw opener'],
    area: 'head',
    action:
      'A two-part muscle under the jaw: it lifts the hyoid bone when you swallow and helps open the mouth against resistance.',
    triggerPoints: [
      {
        id: 'digastric.posterior',
        label: 'Digastric, back belly below the ear behind the jaw angle',
        location: { region: 'neck.side', u: 0.2, v: 0.05, view: 'head-side' },
        essential: ['ear.behind', 'neck.side'],
        spillover: ['occiput', 'throat'],
        symptoms: ['difficulty-swallowing'],
        howToFind:
          'Feel in the small space between the back of the jaw angle and the bone behind the ear, in front of the SCM; swallowing makes the band tighten. Tenderness here often sends pain to the upper side of the neck below the ear.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tip the head slightly back and toward the side you treat.',
            'Place one fingertip just behind the jaw angle, below the ear.',
            'Press very lightly and hold; move off at once if you feel a pulse.',
          ],
          pressure: 3,
          holdSeconds: 20,
          repetitions: 3,
        },
        precautions: [
          'Deep to this spot run the carotid artery, jugular vein and several cranial nerves: light pressure only.',
        ],
        sources: [TS_DIGASTRIC, davies('Digastric')],
      },
      {
        id: 'digastric.anterior',
        label: 'Digastric, front belly under the chin',
        location: { region: 'chin', u: 0.3, v: 0.9, view: 'head-front' },
        essential: ['teeth.lower', 'chin'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Press up under the chin just beside the midline, behind the bony edge of the jaw; a tender spot here can refer to the lower front teeth and the gum below them.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Let the head tip slightly forward so the tissue under the chin softens.',
            'Press a fingertip upward just behind the jawbone, beside the midline.',
            'Hold gently, then release.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_DIGASTRIC, davies('Digastric')],
      },
    ],
    stretch: {
      name: 'Chin-up stretch',
      position: 'seated',
      steps: [
        'Sit tall with the teeth lightly together.',
        'Slowly tip the head back and look up until you feel a gentle stretch under the chin.',
        'Turn the chin slightly away from the side you want to stretch and hold.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Mouth breathing, for example with a blocked nose',
      'Forward head posture',
      'Clenching or grinding the teeth',
      'Whiplash injury',
      'Overworked jaw closers (masseter), which the digastric works against',
    ],
    precautions: [
      NECK_VESSELS,
      'Do not press on the throat or the hyoid bone.',
      'A new lump under the jaw or in the neck needs a doctor.',
      'Skip the stretch if tipping the head back makes you dizzy.',
    ],
    relatedMuscles: ['masseter', 'temporalis', 'medial-pterygoid', 'sternocleidomastoid', 'longus-colli', 'platysma'],
    sources: [TS_DIGASTRIC, davies('Digastric')],
  },

  // ---------------------------------------------------------------- Scalp and face
  {
    id: 'frontalis',
    name: 'Frontalis',
    commonNames: ['frontalis', 'forehead muscle', 'occipitofrontalis'],
    area: 'head',
    action: 'Raises the eyebrows and wrinkles the forehead; it is busy when you frown in concentration or look up.',
    triggerPoints: [
      {
        id: 'frontalis.tp1',
        label: 'Frontalis, just above the inner eyebrow',
        location: { region: 'forehead', u: 0.2, v: 0.8, view: 'head-front' },
        essential: ['forehead'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Raise the eyebrows, then relax; press along the forehead a finger-width above the inner half of the eyebrow for a tender spot that spreads pain up over the forehead on that side.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Place two fingertips on the tender spot above the eyebrow.',
            'Press gently and make small slow circles without sliding on the skin.',
            'Move upward across the forehead in finger-width steps.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_OCCIPITOFRONTALIS, davies('Occipitofrontalis')],
      },
    ],
    stretch: {
      name: 'Forehead release',
      position: 'seated',
      steps: [
        'Relax the face and let the eyebrows drop.',
        'Place the fingertips at the hairline and slowly draw the forehead skin down toward the eyebrows.',
        'Hold while breathing slowly.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Habitual frowning or raising of the eyebrows',
      'Eye strain, uncorrected vision or squinting at screens or in glare',
      'Stress and worry held in the face',
      'Trigger points in the clavicular part of the sternocleidomastoid, which refers to the forehead',
    ],
    precautions: ['Keep pressure on the bone of the forehead, away from the eyes.', HEADACHE_RED_FLAGS],
    relatedMuscles: ['occipitalis', 'sternocleidomastoid', 'orbicularis-oculi', 'zygomaticus-major'],
    sources: [TS_OCCIPITOFRONTALIS, davies('Occipitofrontalis')],
  },
  {
    id: 'occipitalis',
    name: 'Occipitalis',
    commonNames: ['occipitalis', 'back of head muscle', 'occipitofrontalis'],
    area: 'head',
    action: 'Anchors the scalp from behind and draws it back, working with the frontalis when you raise your eyebrows.',
    triggerPoints: [
      {
        id: 'occipitalis.tp1',
        label: 'Occipitalis, on the back of the skull above the neck',
        location: { region: 'occiput', u: 0.6, v: 0.4, view: 'head-back' },
        essential: ['occiput', 'eye.behind'],
        spillover: [],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Feel the back of the skull about two finger-widths above the bony ridge and out toward the side, level with the top of the ear; a tender spot here aches over the back of the head and may seem to reach right through to the eye.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the elbows on a table and cradle the back of the head in your hands.',
            'Press the tender spot with the fingertips and hold.',
            'Then make small slow circles over the area without sliding on the scalp.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_OCCIPITOFRONTALIS, davies('Occipitofrontalis')],
      },
    ],
    stretch: {
      name: 'Scalp glide',
      position: 'seated',
      steps: [
        'Sit tall and spread your fingertips over the back of the head.',
        'Let the eyebrows drop and slide the scalp slowly up and forward toward the crown.',
        'Hold, then release.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Eye strain or habitual raising of the eyebrows',
      'Lying with the back of the head on a hard surface or a firm pillow',
      'Trigger points in the posterior neck muscles',
      'Stress held in the scalp and forehead',
    ],
    precautions: [
      'The greater occipital nerve and occipital artery cross the back of the skull: burning or electric pain there is more likely a nerve problem and should be seen by a doctor if it persists.',
      HEADACHE_RED_FLAGS,
    ],
    relatedMuscles: ['frontalis', 'semispinalis-capitis', 'suboccipitals', 'splenius-capitis'],
    sources: [TS_OCCIPITOFRONTALIS, davies('Occipitofrontalis')],
  },
  {
    id: 'orbicularis-oculi',
    name: 'Orbicularis oculi',
    commonNames: ['orbicularis oculi', 'eyelid muscle', 'eye muscle', 'squint muscle'],
    area: 'head',
    action: 'The ring of muscle around the eye: it closes the lids, from a soft blink to a tight squint.',
    triggerPoints: [
      {
        id: 'orbicularis-oculi.tp1',
        label: 'Orbicularis oculi, above the upper eyelid under the eyebrow',
        location: { region: 'eye.around', u: 0.4, v: 0.1, view: 'head-front' },
        essential: ['eyebrow', 'nose'],
        spillover: ['maxilla'],
        symptoms: ['eyelid-droop', 'blurred-vision'],
        howToFind:
          'Close the eye and gently pinch the soft tissue just under the eyebrow, against the bony rim of the eye socket; a tender spot here may send pain over the brow and down the side of the nose.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Close the eye and relax the face.',
            'Pinch the tissue just under the eyebrow lightly between thumb and index finger, pressing up against the bone.',
            'Hold briefly, then move a little outward along the brow and repeat.',
          ],
          pressure: 3,
          holdSeconds: 20,
          repetitions: 2,
        },
        precautions: ['Press only on the bony rim of the socket, never on the eyeball.'],
        sources: [TS_FACIAL],
      },
    ],
    stretch: {
      name: 'Wide-eye stretch',
      position: 'seated',
      steps: [
        'Sit comfortably and relax the face.',
        'Open the eyes wide and lift the eyebrows as if surprised.',
        'Hold gently, then blink softly a few times.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Squinting in glare or poor light, or with uncorrected vision',
      'Long screen work without breaks',
      'Habitual frowning',
      'Trigger points in the sternal part of the sternocleidomastoid, which refers around the eye',
    ],
    precautions: [
      'Never press on the eyeball; take out contact lenses first.',
      'Sudden eye pain, a red painful eye, loss of vision or double vision need urgent medical care.',
      'An eyelid that keeps drooping should be checked by a doctor.',
    ],
    relatedMuscles: ['zygomaticus-major', 'frontalis', 'sternocleidomastoid'],
    sources: [TS_FACIAL],
  },
  {
    id: 'zygomaticus-major',
    name: 'Zygomaticus major',
    commonNames: ['zygomaticus', 'smile muscle', 'cheek muscle'],
    area: 'head',
    action: 'Draws the corner of the mouth up and out when you smile.',
    triggerPoints: [
      {
        id: 'zygomaticus-major.tp1',
        label: 'Zygomaticus major, in the cheek between cheekbone and mouth corner',
        location: { region: 'cheek', u: 0.5, v: 0.75, view: 'head-front' },
        essential: ['nose', 'forehead.centre'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Smile and feel the band running from the cheekbone down to the corner of the mouth; relax and pinch it between a thumb inside the cheek and a finger outside. A tender spot may send pain up beside the nose to the middle of the forehead.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Wash your hands and place the thumb inside the cheek, the index finger outside.',
            'Pinch the band between them, just below the cheekbone.',
            'Hold the tender spot, then move toward the mouth corner in small steps.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_FACIAL],
      },
    ],
    stretch: {
      name: 'Mouth-corner stretch',
      position: 'seated',
      steps: [
        'Relax the face and purse the lips into a small "O".',
        'Place a fingertip at the corner of the mouth and ease it gently down and toward the midline.',
        'Hold without forcing.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Trigger points in the jaw muscles, especially the masseter',
      'Clenching the teeth',
      'Long periods of forced smiling or facial tension',
    ],
    precautions: [
      'Work inside the mouth only with clean hands and short nails.',
      'Electric-shock face pain, or numbness of the face, needs a doctor (nerve causes such as trigeminal neuralgia).',
    ],
    relatedMuscles: ['masseter', 'orbicularis-oculi', 'buccinator', 'frontalis'],
    sources: [TS_FACIAL],
  },
  {
    id: 'buccinator',
    name: 'Buccinator',
    commonNames: ['buccinator', 'cheek muscle', "trumpeter's muscle"],
    area: 'head',
    action:
      'Presses the cheek against the teeth to keep food between the molars, and firms the cheeks when you blow or suck.',
    triggerPoints: [
      {
        id: 'buccinator.tp1',
        label: 'Buccinator, deep in the cheek beside the back teeth',
        location: { region: 'cheek', u: 0.4, v: 0.95, view: 'head-side' },
        essential: ['cheek'],
        spillover: ['maxilla', 'jaw.lower'],
        symptoms: ['difficulty-swallowing'],
        howToFind:
          'With a clean thumb inside the mouth and a finger outside, pinch the thin cheek wall between the upper and lower back teeth; a tender spot gives a deep local ache in the cheek that can feel like jaw or gum pain.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Wash your hands and place the thumb inside the cheek, level with the back teeth.',
            'Pinch gently against the index finger outside.',
            'Hold the tender spot, then shift forward a little and repeat.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_FACIAL],
      },
    ],
    stretch: {
      name: 'Cheek puff stretch',
      position: 'seated',
      steps: [
        'Close the lips and puff both cheeks out with air.',
        'Push a little more air into the side you want to stretch.',
        'Hold, then let the air out slowly.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Playing a wind instrument',
      'Ill-fitting dentures or new orthodontic work',
      'Clenching the teeth or chewing on one side',
      'Habitually sucking through a straw or on a pipe',
    ],
    precautions: ['Work inside the mouth only with clean hands and short nails.', JAW_RED_FLAGS],
    relatedMuscles: ['masseter', 'zygomaticus-major', 'medial-pterygoid'],
    sources: [TS_FACIAL],
  },
  {
    id: 'platysma',
    name: 'Platysma',
    commonNames: ['platysma', 'neck skin muscle'],
    area: 'neck',
    action:
      'A thin sheet just under the skin of the neck: it pulls the corners of the mouth down and tightens the neck skin, as in a grimace.',
    triggerPoints: [
      {
        id: 'platysma.tp1',
        label: 'Platysma, over the lower SCM above the collarbone',
        location: { region: 'neck.front', u: 0.8, v: 0.75, view: 'front' },
        essential: ['jaw.lower', 'cheek'],
        spillover: ['chin', 'chest.upper'],
        symptoms: ['tingling'],
        howToFind:
          'Grimace to tense the neck skin and pick up the thin layer over the lower part of the SCM between thumb and finger; a tender spot here can give a prickling pain over the jaw and lower face.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Pick up a fold of skin and thin muscle over the lower side of the neck.',
            'Roll it gently between thumb and finger, without pressing into the neck.',
            'Hold on tender spots for a few breaths.',
          ],
          pressure: 3,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_FACIAL],
      },
    ],
    stretch: {
      name: 'Front-of-neck stretch',
      position: 'seated',
      steps: [
        'Sit tall with the mouth closed.',
        'Tilt the head slightly back and away from the side you are stretching.',
        'Push the lower jaw gently forward and up until you feel a stretch down the front of the neck.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Habitual grimacing or tension around the mouth',
      'Stress',
      'Trigger points in the sternocleidomastoid and scalenes',
    ],
    precautions: [
      'Treat only the skin layer: do not press deep into the front of the neck.',
      NECK_VESSELS,
      'Chest pain, even if it feels prickly or superficial, should be checked by a doctor first to rule out a heart cause.',
    ],
    relatedMuscles: ['sternocleidomastoid', 'anterior-scalene', 'digastric', 'masseter'],
    sources: [TS_FACIAL],
  },

  // ---------------------------------------------------------------- Front and side of the neck
  {
    id: 'sternocleidomastoid',
    name: 'Sternocleidomastoid',
    commonNames: ['SCM', 'sternocleidomastoid', 'sternomastoid', 'neck muscle'],
    area: 'neck',
    action:
      'Turns the head to the opposite side and tips it toward the shoulder; both sides together bend the neck forward and help lift the ribs in hard breathing.',
    triggerPoints: [
      {
        id: 'sternocleidomastoid.sternal-lower',
        label: 'SCM sternal head, low near the breastbone',
        location: { region: 'neck.front', u: 0.3, v: 0.9, view: 'front' },
        essential: ['sternum'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Turn the head away and find the cord-like sternal head rising from the top of the breastbone; pinch it just above its attachment. A tender spot here can ache down over the upper breastbone.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt your head slightly toward the side you treat so the muscle slackens.',
            'Grasp the tendon-like cord above the breastbone between thumb and fingers.',
            'Squeeze gently and hold, lifting slightly away from the throat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SCM, davies('Sternocleidomastoid')],
      },
      {
        id: 'sternocleidomastoid.sternal-middle',
        label: 'SCM sternal head, middle of the muscle',
        location: { region: 'neck.side', u: 0.3, v: 0.5, view: 'head-side' },
        essential: ['cheek', 'eyebrow', 'eye.behind'],
        // T&S's pain guide lists the sternal division for temporal headache.
        spillover: ['eye.around', 'maxilla', 'throat', 'chin', 'temple'],
        symptoms: ['watery-eye', 'blurred-vision', 'eyelid-droop', 'nasal-congestion', 'difficulty-swallowing'],
        howToFind:
          'Tilt the head toward the side and turn it slightly away; pick up the front (sternal) head of the muscle halfway up the neck between thumb and fingers. Tender spots here often refer to the cheek, over the eyebrow and deep behind the eye.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt your head slightly toward the side you treat and turn the face a little away.',
            'Grasp the muscle between thumb and fingers and lift it away from the neck.',
            'Squeeze the tender spot and hold, then move up or down the muscle.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SCM, davies('Sternocleidomastoid')],
      },
      {
        id: 'sternocleidomastoid.sternal-upper',
        label: 'SCM sternal head, just below the bone behind the ear',
        location: { region: 'neck.side', u: 0.6, v: 0.15, view: 'head-side' },
        essential: ['occiput', 'vertex'],
        spillover: ['ear.behind'],
        symptoms: [],
        howToFind:
          'Follow the muscle up to where it narrows below the bony bump behind the ear; tender spots in the upper sternal head can send pain to the back of the head and the top of the head.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt the head toward the side you treat.',
            'Pinch the muscle a couple of finger-widths below the bone behind the ear.',
            'Hold gently; the muscle is thinner here, so use less force.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SCM, davies('Sternocleidomastoid')],
      },
      {
        id: 'sternocleidomastoid.clavicular-middle',
        label: 'SCM clavicular head, middle',
        location: { region: 'neck.side', u: 0.45, v: 0.6, view: 'head-side' },
        essential: ['forehead'],
        spillover: ['opposite:forehead'],
        symptoms: ['dizziness'],
        howToFind:
          'The clavicular head lies behind and to the outside of the sternal head, rising from the collarbone. Pinch it at mid-neck; tenderness here typically gives a frontal headache, sometimes across both sides of the forehead.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt the head toward the side you treat so both heads of the muscle slacken.',
            'Work your fingers behind the front cord to find the flatter clavicular head.',
            'Pinch and hold the tender spot, lifting gently away from the neck.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['If dizziness appears while you treat, stop and sit quietly until it settles.'],
        sources: [TS_SCM, davies('Sternocleidomastoid')],
      },
      {
        id: 'sternocleidomastoid.clavicular-upper',
        label: 'SCM clavicular head, upper part',
        location: { region: 'neck.side', u: 0.6, v: 0.3, view: 'head-side' },
        essential: ['ear', 'ear.behind'],
        spillover: ['cheek'],
        symptoms: ['dizziness'],
        howToFind:
          'Follow the clavicular head up toward the bone behind the ear; tender spots in its upper part refer deep into the ear and behind it, and may come with a sense of imbalance.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt the head toward the side you treat.',
            'Pinch the upper part of the muscle a few finger-widths below the ear.',
            'Hold gently and breathe slowly.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['If dizziness appears while you treat, stop and sit quietly until it settles.'],
        sources: [TS_SCM, davies('Sternocleidomastoid')],
      },
    ],
    stretch: {
      name: 'SCM stretch',
      position: 'seated',
      steps: [
        'Hold the chair seat with the hand on the side you are stretching to keep the shoulder down.',
        'Tilt the head toward the other shoulder.',
        'Turn the face slowly toward the stretched side and lift the chin slightly.',
        'Stop if you feel dizzy or the arm tingles.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Forward head posture and craning toward a screen',
      'Looking up for long periods, such as painting a ceiling',
      'Sleeping with too many pillows, or on the front with the head turned',
      'Chronic cough, asthma or breathing with the upper chest',
      'Whiplash or a fall',
      'A short leg or tilted pelvis that makes the head tilt to stay level',
      'A tight collar or tie',
    ],
    precautions: [
      'The carotid artery and jugular vein lie under and just inside the muscle: lift the muscle away from the neck before squeezing, and let go if you feel a pulse.',
      'Do not press deep into the front of the neck, and treat one side at a time.',
      'Skip neck self-treatment if you have known narrowing of the carotid artery, a past stroke or TIA, or a clotting disorder, unless your doctor agrees.',
      'Dizziness with double vision, slurred speech, facial droop or weakness is an emergency, not a trigger point.',
      'Neck pain after a fall or accident should be checked by a doctor before self-treatment.',
    ],
    relatedMuscles: [
      'upper-trapezius',
      'splenius-capitis',
      'anterior-scalene',
      'middle-scalene',
      'masseter',
      'temporalis',
      'platysma',
      'digastric',
      'pectoralis-major',
    ],
    sources: [TS_SCM, davies('Sternocleidomastoid')],
  },
  {
    id: 'upper-trapezius',
    name: 'Upper trapezius',
    commonNames: ['traps', 'trapezius', 'upper traps', 'shoulder muscle'],
    area: 'neck',
    action:
      'Lifts the shoulder and tilts and turns the head; it holds the shoulder up when you carry, type or hold a phone.',
    triggerPoints: [
      {
        id: 'upper-trapezius.tp1',
        label: 'Upper trapezius, front edge of the shoulder ridge',
        location: { region: 'shoulder.top', u: 0.45, v: 0.4, view: 'back' },
        essential: ['neck.back', 'neck.side', 'ear.behind', 'temple'],
        spillover: ['jaw.lower', 'eye.behind', 'occiput'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Pinch the front edge of the muscle on top of the shoulder, about halfway between neck and shoulder tip, between thumb and fingers; a tender, rope-like band that sends pain up the side of the neck to the temple is the spot.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Reach across with the opposite hand and pinch the front edge of the ridge between thumb and fingers.',
            'Lean the head slightly toward the side you treat so the muscle softens.',
            'Squeeze the tender band and hold until it eases.',
            'Move along the ridge and repeat.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TRAPEZIUS, davies('Trapezius')],
      },
      {
        id: 'upper-trapezius.tp2',
        label: 'Upper trapezius, back of the ridge toward the shoulder',
        location: { region: 'shoulder.top', u: 0.6, v: 0.6, view: 'back' },
        essential: ['neck.back', 'ear.behind'],
        spillover: ['occiput'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Slightly further out and behind the first spot, where the fibres run more horizontally, press down into the ridge; this point tends to refer up the back of the neck to behind the ear.',
        selfTreatment: {
          tools: ['hooked-cane', 'hands'],
          position: 'seated',
          steps: [
            'Hook the cane over the shoulder so its tip rests on the tender spot.',
            'Pull down gently on the other end to press in.',
            'Hold, then shift slightly and repeat; fingers pressing down work too.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TRAPEZIUS, davies('Trapezius')],
      },
    ],
    stretch: {
      name: 'Side neck stretch',
      position: 'seated',
      steps: [
        'Sit tall and hold the chair seat with the hand on the side you want to stretch.',
        'Tilt the head toward the other shoulder.',
        'Turn the face slightly toward the stretched side and let the chin drop a little.',
        'Rest the other hand on the head for a gentle extra pull.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Shoulders held up while typing, with armrests or a desk at the wrong height',
      'Holding a phone between ear and shoulder',
      'A heavy bag on one shoulder, or tight bra straps',
      'Forward head posture',
      'Emotional stress and shallow upper-chest breathing',
      'Cold draughts on the neck',
    ],
    precautions: [
      'Press down on the shoulder ridge or pinch it, rather than digging into the hollow above the collarbone, where nerves and vessels run to the arm.',
      'Pressure here should not send tingling into the arm; if it does, move off.',
      'Neck pain with arm weakness, numbness in a band down the arm, or clumsiness of the hands or legs needs a doctor.',
    ],
    relatedMuscles: [
      'levator-scapulae',
      'sternocleidomastoid',
      'splenius-capitis',
      'semispinalis-capitis',
      'temporalis',
      'middle-trapezius',
      'supraspinatus',
    ],
    sources: [TS_TRAPEZIUS, davies('Trapezius')],
  },
  {
    id: 'anterior-scalene',
    name: 'Anterior scalene',
    commonNames: ['scalenes', 'scalene', 'anterior scalene', 'scalenus anterior'],
    area: 'neck',
    action: 'Tips the neck to its side and helps bend it forward; it lifts the first rib when you breathe hard.',
    triggerPoints: [
      {
        id: 'anterior-scalene.tp1',
        label: 'Anterior scalene, above the collarbone behind the SCM',
        location: { region: 'neck.side', u: 0.2, v: 0.8, view: 'front' },
        essential: ['chest.pectoral', 'arm.upper.front', 'scapula.medial'],
        spillover: [
          'interscapular',
          'forearm.radial',
          'thumb.back',
          'thumb.palm',
          'finger.index.back',
          'finger.index.palm',
        ],
        // T&S describe dropping things with scalene trigger points, but new or worsening weakness is a
        // warning symptom (nerve or spinal cord) that the finder sends to a doctor, not to this muscle.
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Turn the head slightly away and find the outer edge of the SCM just above the collarbone; slide a fingertip behind that edge onto a firm band lying against the neck bones. Sniffing sharply makes it tighten.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit tall and tip your head slightly toward the side you treat to soften the muscle.',
            'Place two fingertips just above the collarbone, behind the edge of the SCM.',
            'Press gently back toward the neck bones and hold.',
            'If you feel a pulse or tingling down the arm, move the fingers off at once.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        precautions: [
          'The brachial plexus and subclavian artery pass between the anterior and middle scalenes just above the collarbone: press lightly and never on a pulse.',
        ],
        sources: [TS_SCALENES, davies('Scalenes')],
      },
    ],
    stretch: {
      name: 'Anterior scalene stretch',
      position: 'seated',
      steps: [
        'Hook the fingers of the hand on the side you are stretching under the chair seat.',
        'Tilt the head toward the opposite shoulder.',
        'Turn the face slowly toward the stretched side and tip the chin up a little.',
        'Keep it gentle; stop if the arm tingles or you feel dizzy.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Breathing with the upper chest instead of the belly',
      'Chronic cough, asthma or other breathing problems',
      'Heavy pulling, lifting or carrying',
      'Sleeping with the head low, tilted, or with an arm above the head',
      'Whiplash',
      'A short leg or tilted pelvis that makes the neck bend to one side',
    ],
    precautions: [
      'The brachial plexus and subclavian artery run next to the scalenes, with the carotid artery and jugular vein in front: stay behind the edge of the SCM and use light pressure.',
      'Arm numbness with weakness, a pale, cold, blue or swollen hand needs a doctor (nerve or blood vessel compression).',
      'Left chest or arm pain with breathlessness, sweating or nausea is an emergency: call for help first.',
    ],
    relatedMuscles: [
      'middle-scalene',
      'posterior-scalene',
      'sternocleidomastoid',
      'pectoralis-major',
      'pectoralis-minor',
      'subclavius',
      'levator-scapulae',
    ],
    sources: [TS_SCALENES, davies('Scalenes')],
  },
  {
    id: 'middle-scalene',
    name: 'Middle scalene',
    commonNames: ['scalenes', 'scalene', 'middle scalene', 'scalenus medius'],
    area: 'neck',
    action: 'Bends the neck to its side and lifts the first rib when you breathe deeply.',
    triggerPoints: [
      {
        id: 'middle-scalene.tp1',
        label: 'Middle scalene, side of the neck',
        location: { region: 'neck.side', u: 0.5, v: 0.6, view: 'head-side' },
        essential: [
          'arm.upper.front',
          'arm.upper.back',
          'thumb.back',
          'thumb.palm',
          'finger.index.back',
          'finger.index.palm',
        ],
        spillover: ['forearm.radial', 'scapula.medial', 'chest.pectoral'],
        // T&S describe dropping things with scalene trigger points, but new or worsening weakness is a
        // warning symptom (nerve or spinal cord) that the finder sends to a doctor, not to this muscle.
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Press against the side of the neck bones in the middle of the side of the neck, behind the anterior scalene and in front of the levator scapulae; a tender band here may send pain down the arm to the thumb and index finger.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tip the head slightly toward the side you treat.',
            'Press fingertips gently inward against the side of the neck bones.',
            'Hold the tender spot; move off if you feel a pulse or tingling in the arm.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        precautions: [
          'The nerves to the arm emerge just in front of this muscle: stop if pressure sends tingling or electric pain down the arm.',
        ],
        sources: [TS_SCALENES, davies('Scalenes')],
      },
    ],
    stretch: {
      name: 'Side neck tilt',
      position: 'seated',
      steps: [
        'Hold the seat of the chair with the hand on the side you are stretching.',
        'Tilt the ear straight toward the opposite shoulder, face forward.',
        'Breathe out slowly and let the neck lengthen.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Breathing with the upper chest instead of the belly',
      'Chronic cough or asthma',
      'Carrying heavy bags or pulling heavy loads',
      'Holding a phone between ear and shoulder',
      'Whiplash',
    ],
    precautions: [
      'The brachial plexus lies between the anterior and middle scalenes: use light pressure and stop at tingling.',
      NECK_VESSELS,
      'Persistent arm numbness, weakness or a pale, cold or swollen hand needs a doctor.',
    ],
    relatedMuscles: [
      'anterior-scalene',
      'posterior-scalene',
      'levator-scapulae',
      'sternocleidomastoid',
      'upper-trapezius',
    ],
    sources: [TS_SCALENES, davies('Scalenes')],
  },
  {
    id: 'posterior-scalene',
    name: 'Posterior scalene',
    commonNames: ['scalenes', 'scalene', 'posterior scalene', 'scalenus posterior'],
    area: 'neck',
    action: 'Bends the neck to its side and lifts the second rib; it helps steady the base of the neck.',
    triggerPoints: [
      {
        id: 'posterior-scalene.tp1',
        label: 'Posterior scalene, low at the side of the neck base',
        location: { region: 'neck.side', u: 0.85, v: 0.85, view: 'head-side' },
        essential: ['scapula.medial'],
        spillover: ['interscapular', 'arm.upper.back'],
        symptoms: [],
        howToFind:
          'Push the upper trapezius back and press in at the base of the side of the neck, just in front of the levator scapulae, toward the first rib; tenderness here often aches near the inner edge of the shoulder blade.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Tilt the head slightly toward the side you treat.',
            'Slide your fingertips in front of the ridge of the trapezius at the base of the neck.',
            'Press gently down and inward and hold.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_SCALENES, davies('Scalenes')],
      },
    ],
    stretch: {
      name: 'Posterior scalene stretch',
      position: 'seated',
      steps: [
        'Hold the seat of the chair with the hand on the side you are stretching.',
        'Tilt the head toward the opposite shoulder.',
        'Turn the face away and bring the nose down toward the opposite armpit.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Breathing with the upper chest instead of the belly',
      'Carrying heavy loads on the shoulder',
      'Sleeping with the neck tilted to one side',
      'Forward head posture',
    ],
    precautions: [
      'Nerves and vessels to the arm pass close by: stop if pressure sends tingling or pain down the arm.',
      'Persistent arm numbness or weakness needs a doctor.',
    ],
    relatedMuscles: [
      'anterior-scalene',
      'middle-scalene',
      'levator-scapulae',
      'serratus-posterior-superior',
      'rhomboid-minor',
    ],
    sources: [TS_SCALENES, davies('Scalenes')],
  },
  {
    id: 'longus-colli',
    name: 'Longus colli',
    commonNames: ['longus colli', 'deep neck flexor', 'front neck muscle'],
    area: 'neck',
    action:
      'Lies on the front of the neck bones behind the throat; it bends the neck forward and steadies its natural curve.',
    triggerPoints: [
      {
        id: 'longus-colli.tp1',
        label: 'Longus colli, deep beside the windpipe',
        location: { region: 'neck.front', u: 0.25, v: 0.6, view: 'front' },
        essential: ['neck.front', 'throat'],
        spillover: ['ear', 'eye.around', 'opposite:neck.front'],
        symptoms: ['stiff-neck'],
        howToFind:
          'This muscle lies deep behind the windpipe and beside the carotid artery, so it is found and treated by a trained therapist rather than at home. Pain felt deep in the front of the neck, sometimes spreading to the ear, can come from it.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Self-treatment of this muscle is not advised: ask a trained therapist.',
            'At home, use the gentle stretch and slow chin nods instead.',
            'If you touch the area at all, use only light fingertip contact beside the windpipe, well away from any pulse.',
          ],
          pressure: 3,
          holdSeconds: 20,
          repetitions: 1,
        },
        precautions: ['Do not dig into the front of the neck: the carotid artery lies directly over this area.'],
        sources: [MINERBI_LONGUS_COLLI, TS_DIGASTRIC],
      },
    ],
    stretch: {
      name: 'Gentle neck extension',
      position: 'seated',
      steps: [
        'Sit tall with the back supported.',
        'Slowly lift the chin and let the head tip back only as far as is comfortable.',
        'Keep the mouth closed and breathe; come back up slowly.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Whiplash from a car accident',
      'Forward head posture with the chin poking out',
      'Long periods looking down, or sleeping on a high stack of pillows',
      'Chronic cough',
    ],
    precautions: [
      'The carotid artery, jugular vein, vagus nerve, thyroid gland, windpipe and gullet all lie over or beside this muscle: leave hands-on work to a trained therapist.',
      'Avoid the extension stretch if tipping the head back makes you dizzy, blurs your vision or makes the arms tingle.',
      'A sore throat, difficulty swallowing or a lump that lasts more than two or three weeks needs a doctor.',
      'Neck pain after an accident should be assessed by a doctor before any treatment.',
    ],
    relatedMuscles: ['sternocleidomastoid', 'anterior-scalene', 'digastric', 'suboccipitals', 'platysma'],
    sources: [MINERBI_LONGUS_COLLI, TS_DIGASTRIC],
  },

  // ---------------------------------------------------------------- Back of the neck
  {
    id: 'splenius-capitis',
    name: 'Splenius capitis',
    commonNames: ['splenius', 'splenius capitis', 'neck muscle'],
    area: 'neck',
    action: 'Tilts the head back and turns it toward the same side.',
    triggerPoints: [
      {
        id: 'splenius-capitis.tp1',
        label: 'Splenius capitis, upper neck below the bone behind the ear',
        location: { region: 'neck.back', u: 0.7, v: 0.2, view: 'back' },
        essential: ['vertex'],
        spillover: [],
        symptoms: ['stiff-neck'],
        howToFind:
          'Find the small muscular gap in the upper neck between the back edge of the SCM and the outer edge of the upper trapezius, just below the skull; press in there and turn the head toward that side to feel the muscle tighten. A tender spot here sends pain to the top of the head.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'supine',
          steps: [
            'Lie on your back with a tennis ball under the upper neck, just below and behind the ear.',
            'Turn the head slightly toward the ball so the head weight presses it in.',
            'Rest there until the tenderness eases; fingertips can do the same when seated.',
          ],
          pressure: 5,
          holdSeconds: 45,
          repetitions: 2,
        },
        sources: [TS_SPLENIUS, davies('Splenius Capitis')],
      },
    ],
    stretch: {
      name: 'Forward and away neck stretch',
      position: 'seated',
      steps: [
        'Sit tall and tuck the chin in.',
        'Bend the head forward, then turn the face away from the side you are stretching.',
        'Let the weight of a hand on the back of the head add a gentle stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Forward head posture and looking down at a phone',
      'Keeping the head turned toward a side monitor',
      'Sleeping with the neck twisted or unsupported',
      'Whiplash',
      'Cold draughts on the back of the neck',
    ],
    precautions: [
      'The vertebral artery runs deep in the upper neck: press on the muscle, not into the deep hollow beside the top of the spine, and stop if you feel dizzy or see spots.',
      HEADACHE_RED_FLAGS,
    ],
    relatedMuscles: [
      'splenius-cervicis',
      'upper-trapezius',
      'semispinalis-capitis',
      'levator-scapulae',
      'suboccipitals',
      'sternocleidomastoid',
    ],
    sources: [TS_SPLENIUS, davies('Splenius Capitis')],
  },
  {
    id: 'splenius-cervicis',
    name: 'Splenius cervicis',
    commonNames: ['splenius', 'splenius cervicis', 'neck muscle'],
    area: 'neck',
    action: 'Extends the neck and turns it toward the same side.',
    triggerPoints: [
      {
        id: 'splenius-cervicis.upper',
        label: 'Splenius cervicis, upper part in the back of the neck',
        location: { region: 'neck.back', u: 0.7, v: 0.45, view: 'back' },
        essential: ['eye.behind'],
        spillover: ['occiput'],
        symptoms: ['blurred-vision', 'stiff-neck'],
        howToFind:
          'Press in the back of the neck about halfway down, just in front of the outer edge of the upper trapezius; this deep spot can give an ache that seems to shoot through the head to behind the eye.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest your elbow on a table and let the head tilt slightly back toward the side you treat.',
            'Press fingertips inward in front of the trapezius edge, halfway down the neck.',
            'Hold the tender spot, then release slowly.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SPLENIUS, davies('Splenius Cervicis')],
      },
      {
        id: 'splenius-cervicis.lower',
        label: 'Splenius cervicis, lower part at the angle of the neck',
        location: { region: 'neck.base', u: 0.3, v: 0.3, view: 'back' },
        essential: ['neck.base', 'neck.back'],
        spillover: [],
        symptoms: ['stiff-neck'],
        howToFind:
          'Press under the upper trapezius where the neck meets the shoulder, close to the spine; a tender spot here aches at the angle of the neck and makes turning the head stiff.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a tennis ball where the neck meets the shoulder, beside the spine.',
            'Bend the knees slightly to roll the ball onto the tender spot.',
            'Lean in and hold, breathing slowly.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SPLENIUS, davies('Splenius Cervicis')],
      },
    ],
    stretch: {
      name: 'Chin-to-opposite-chest stretch',
      position: 'seated',
      steps: [
        'Sit tall and tuck the chin.',
        'Bend the head forward and turn the face away from the side you are stretching.',
        'Let one hand on the back of the head add a little weight.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Forward head posture and long hours looking down',
      'Working with the head turned to one side',
      'Sleeping with the neck twisted',
      'Whiplash',
      'Cold draughts on the neck',
    ],
    precautions: [
      'Press on the muscle beside the spine, not on the bony points of the spine.',
      'Blurred vision that does not settle, double vision or loss of vision needs a doctor.',
      HEADACHE_RED_FLAGS,
    ],
    relatedMuscles: [
      'splenius-capitis',
      'levator-scapulae',
      'upper-trapezius',
      'semispinalis-cervicis',
      'cervical-multifidi',
      'suboccipitals',
    ],
    sources: [TS_SPLENIUS, davies('Splenius Cervicis')],
  },
  {
    id: 'semispinalis-capitis',
    name: 'Semispinalis capitis',
    commonNames: ['semispinalis', 'posterior neck muscles', 'neck extensors'],
    area: 'neck',
    action: 'Bends the head back and holds it up against gravity whenever you look down.',
    triggerPoints: [
      {
        id: 'semispinalis-capitis.mid',
        label: 'Semispinalis capitis, mid-neck beside the spine',
        location: { region: 'neck.back', u: 0.25, v: 0.4, view: 'back' },
        essential: ['occiput'],
        spillover: ['vertex'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Press into the thick column of muscle a thumb-width beside the spine in the upper half of the neck; tender spots here refer up over the back of the head.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'supine',
          steps: [
            'Lie on your back with a tennis ball beside the spine in the upper neck.',
            'Let the head weight sink onto it; roll slightly to find the tender spot.',
            'Rest there and breathe; seated fingertip pressure works too.',
          ],
          pressure: 5,
          holdSeconds: 45,
          repetitions: 2,
        },
        sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
      },
      {
        id: 'semispinalis-capitis.upper',
        label: 'Semispinalis capitis, just below the skull',
        location: { region: 'suboccipital', u: 0.3, v: 0.4, view: 'head-back' },
        essential: ['temple', 'parietal', 'eyebrow'],
        spillover: ['forehead', 'occiput'],
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Press just below the bony ridge at the base of the skull, a thumb-width out from the midline; a tender spot here gives a band of pain around the side of the head, strongest at the temple and over the eye.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the elbows on a table and drop the chin slightly.',
            'Press the fingertips up under the skull ridge beside the midline.',
            'Hold steady pressure; do not dig or rub hard.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The greater occipital nerve passes through the muscle here: burning or tingling over the back of the scalp means ease off.',
        ],
        sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
      },
    ],
    stretch: {
      name: 'Chin-tuck neck flexion',
      position: 'seated',
      steps: [
        'Sit tall and tuck the chin in.',
        'Let the head bend forward, chin toward chest.',
        'Rest the hands on the back of the head and let their weight add a gentle stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Head-forward posture and long hours reading or working with the head down',
      'Bifocals or varifocals that make you tip the head back to see a screen',
      'Sleeping with the neck bent, on a very high or very flat pillow',
      'Whiplash',
      'Sitting without back support so the head drifts forward',
    ],
    precautions: [
      'The vertebral artery runs deep in the upper neck: use moderate pressure and stop if you feel dizzy or see spots.',
      'Numbness or burning over the back of the scalp that persists needs a doctor.',
      'Neck pain with fever, after an injury, or with weakness or numbness in the arms or legs needs a doctor.',
    ],
    relatedMuscles: [
      'semispinalis-cervicis',
      'splenius-capitis',
      'suboccipitals',
      'upper-trapezius',
      'cervical-multifidi',
      'temporalis',
    ],
    sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
  },
  {
    id: 'semispinalis-cervicis',
    name: 'Semispinalis cervicis',
    commonNames: ['semispinalis', 'posterior neck muscles', 'deep neck muscles'],
    area: 'neck',
    action: 'Extends the neck and turns it slightly toward the opposite side; it steadies the neck bones.',
    triggerPoints: [
      {
        id: 'semispinalis-cervicis.tp1',
        label: 'Semispinalis cervicis, lower neck beside the spine',
        location: { region: 'neck.back', u: 0.2, v: 0.65, view: 'back' },
        essential: ['suboccipital', 'neck.back'],
        spillover: ['scapula.medial', 'neck.base'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Press deep into the groove beside the spine in the lower half of the neck, about level with the bottom of the throat; tenderness here aches up to the base of the skull and sometimes down toward the shoulder blade.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the elbow on a table and let the head drop slightly forward.',
            'Press the fingertips into the groove beside the spine, on the muscle and not the bone.',
            'Hold the tender spot, then move up or down a finger-width.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
      },
    ],
    stretch: {
      name: 'Neck flexion with a turn',
      position: 'seated',
      steps: [
        'Sit tall, tuck the chin and let the head bend forward.',
        'Turn the face slightly toward the side you want to stretch.',
        'Add light hand pressure on the back of the head if needed.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Head-forward posture',
      'Long hours looking down at a laptop, phone or sewing',
      'Sleeping on the front with the head turned',
      'Whiplash',
    ],
    precautions: [
      'Press on the muscle beside the spine, not on the bony points of the spine.',
      'Neck pain with arm weakness, numbness or clumsiness needs a doctor.',
    ],
    relatedMuscles: [
      'semispinalis-capitis',
      'cervical-multifidi',
      'splenius-cervicis',
      'levator-scapulae',
      'suboccipitals',
    ],
    sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
  },
  {
    id: 'cervical-multifidi',
    name: 'Cervical multifidi',
    commonNames: ['multifidus', 'multifidi', 'deep neck muscles'],
    area: 'neck',
    action: 'Short deep muscles that steady each neck bone on the next and help extend and turn the neck.',
    triggerPoints: [
      {
        id: 'cervical-multifidi.tp1',
        label: 'Cervical multifidi, deep in the groove beside the lower neck',
        location: { region: 'neck.back', u: 0.1, v: 0.6, view: 'back' },
        essential: ['suboccipital', 'neck.back'],
        spillover: ['scapula.medial'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Press deep into the groove right beside the spine, in the middle of the neck, and work down; the deepest tender spots often refer up to the base of the skull.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Put two tennis balls in a sock and tie it so they sit side by side.',
            'Lie on your back with the balls under the neck, the spine resting between them.',
            'Let the head relax and roll slowly up or down to find tender spots, pausing on each.',
          ],
          pressure: 5,
          holdSeconds: 45,
          repetitions: 2,
        },
        sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
      },
    ],
    stretch: {
      name: 'Neck flexion with a turn',
      position: 'seated',
      steps: [
        'Sit tall, tuck the chin and let the head bend forward.',
        'Turn the face slightly toward the side you want to stretch.',
        'Add light hand pressure on the back of the head if needed.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Head-forward posture and long static sitting',
      'Looking down at phones or laptops',
      'Sleeping with the neck bent or twisted',
      'Whiplash',
    ],
    precautions: [
      'Keep pressure on the muscle beside the spine, never on the bony points of the spine.',
      'Neck pain with arm weakness, numbness or clumsiness, or after an injury, needs a doctor.',
    ],
    relatedMuscles: [
      'semispinalis-cervicis',
      'semispinalis-capitis',
      'splenius-cervicis',
      'suboccipitals',
      'levator-scapulae',
    ],
    sources: [TS_POSTERIOR_CERVICAL, davies('Posterior Cervicals')],
  },
  {
    id: 'suboccipitals',
    name: 'Suboccipitals',
    commonNames: ['suboccipitals', 'base of skull muscles', 'skull base', 'rectus capitis', 'obliquus capitis'],
    area: 'neck',
    action:
      'Four small pairs of muscles between the skull and the top two neck bones: they nod, tilt and turn the head in fine movements and keep the eyes level.',
    triggerPoints: [
      {
        id: 'suboccipitals.rectus',
        label: 'Suboccipitals, just under the skull near the midline',
        location: { region: 'suboccipital', u: 0.2, v: 0.35, view: 'head-back' },
        essential: ['suboccipital', 'occiput', 'temple', 'eye.behind'],
        spillover: ['forehead'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Drop the chin slightly and press up under the base of the skull, a finger-width or two out from the midline, through the overlying muscles; a deep tender spot gives a hard-to-pin-down headache that seems to run from the back of the head to the eye.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with two tennis balls in a sock under the base of the skull, one each side of the spine.',
            'Let the weight of your head sink onto them; nod very slightly to find the sore spot.',
            'Rest there and breathe slowly.',
          ],
          pressure: 5,
          holdSeconds: 60,
          repetitions: 2,
        },
        sources: [TS_SUBOCCIPITAL, davies('Suboccipitals')],
      },
      {
        id: 'suboccipitals.oblique',
        label: 'Suboccipitals, below the skull between the spine and the bone behind the ear',
        location: { region: 'suboccipital', u: 0.55, v: 0.7, view: 'head-back' },
        essential: ['suboccipital', 'occiput', 'temple', 'eye.behind'],
        spillover: ['forehead'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Press just below the skull, halfway between the top of the spine and the bone behind the ear, and turn the head slightly; the deep oblique muscle here is often tender in people with a band of pain from the back of the head to the eye.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the elbows on a table and drop the chin a little.',
            'Press the fingertips inward and slightly up, halfway between spine and ear bone.',
            'Hold steady pressure and breathe; do not dig.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SUBOCCIPITAL, davies('Suboccipitals')],
      },
    ],
    stretch: {
      name: 'Chin-nod stretch',
      position: 'seated',
      steps: [
        'Sit tall with the eyes level.',
        'Nod the chin gently down and in, as if making a double chin.',
        'Place fingertips on the back of the head and add a gentle upward lift to lengthen the skull base.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Forward head posture with the chin poking up, for example a screen set too high',
      'Bifocals or varifocals that make you tip the head back',
      'Reading in bed or sleeping on a high pillow',
      'Eye strain',
      'Whiplash',
      'Cold draughts on the back of the neck',
    ],
    precautions: [
      'The vertebral artery runs through this area: use the weight of the head or steady moderate pressure, never forceful thumbing or neck cracking, and stop at any dizziness, visual disturbance or nausea.',
      'If you have rheumatoid arthritis, Down syndrome or another condition that can loosen the upper neck joints, ask your doctor before working here.',
      HEADACHE_RED_FLAGS,
    ],
    relatedMuscles: [
      'semispinalis-capitis',
      'splenius-capitis',
      'splenius-cervicis',
      'upper-trapezius',
      'sternocleidomastoid',
      'occipitalis',
    ],
    sources: [TS_SUBOCCIPITAL, davies('Suboccipitals')],
  },
  {
    id: 'levator-scapulae',
    name: 'Levator scapulae',
    commonNames: ['levator scapulae', 'levator', 'shoulder blade lifter', 'crick in the neck'],
    area: 'neck',
    action:
      'Lifts the shoulder blade and tips it downward; with the shoulder fixed, it bends and turns the neck toward the same side.',
    triggerPoints: [
      {
        id: 'levator-scapulae.upper',
        label: 'Levator scapulae, at the angle of the neck',
        location: { region: 'neck.base', u: 0.5, v: 0.3, view: 'back' },
        // T&S: the essential zone is the angle of the neck; the inner border of the shoulder blade
        // and the back of the shoulder are spillover.
        essential: ['neck.base'],
        // T&S also list the levator scapulae among the sources of pain at the back of the neck.
        spillover: ['scapula.medial', 'shoulder.back', 'scapula.lower', 'neck.back'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Push the upper trapezius backward where the neck meets the shoulder and press in front of it; the levator lies beneath, and a tender band here gives the classic stiff neck that will not turn.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Reach across with the opposite hand and hook the fingers over the angle of the neck.',
            'Press down and inward on the tender band.',
            'Hold, or make slow short strokes toward the shoulder blade.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_LEVATOR, davies('Levator Scapulae')],
      },
      {
        id: 'levator-scapulae.lower',
        label: 'Levator scapulae, above the top inner corner of the shoulder blade',
        location: { region: 'scapula.upper', u: 0.05, v: 0.15, view: 'back' },
        // T&S: the essential zone is the angle of the neck; the inner border of the shoulder blade
        // and the back of the shoulder are spillover.
        essential: ['neck.base'],
        // T&S also list the levator scapulae among the sources of pain at the back of the neck.
        spillover: ['scapula.medial', 'shoulder.back', 'scapula.lower', 'neck.back'],
        symptoms: ['stiff-neck'],
        howToFind:
          'Feel for the upper inner corner of the shoulder blade and press just above it, through the trapezius; the attachment of the levator is often very tender here.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a tennis ball between the wall and the top inner corner of the shoulder blade.',
            'Bend the knees slightly to roll the ball onto the tender spot.',
            'Lean in and hold, breathing slowly.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_LEVATOR, davies('Levator Scapulae')],
      },
    ],
    stretch: {
      name: 'Levator scapulae stretch',
      position: 'seated',
      steps: [
        'Hold the chair seat with the hand on the side you are stretching.',
        'Turn the head about halfway toward the other side.',
        'Drop the chin toward the opposite armpit.',
        'Let the other hand rest on the back of the head for a gentle extra stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Holding a phone between ear and shoulder',
      'A monitor placed to one side, so the head stays turned',
      'Sleeping with the neck tilted on a pillow that is too high or too low',
      'A heavy bag on one shoulder, or walking sticks set too high',
      'Stress with the shoulders held up',
      'Cold draughts on the neck',
    ],
    precautions: [
      'Press on the muscle from behind at the base of the neck; avoid the hollow above the collarbone, where nerves and vessels run.',
      'A stiff neck with fever, headache, rash or sensitivity to light is an emergency (possible meningitis).',
      'Neck pain with arm weakness or numbness needs a doctor.',
    ],
    relatedMuscles: [
      'upper-trapezius',
      'splenius-cervicis',
      'rhomboid-minor',
      'rhomboid-major',
      'serratus-posterior-superior',
      'posterior-scalene',
      'middle-scalene',
    ],
    sources: [TS_LEVATOR, davies('Levator Scapulae')],
  },
];
