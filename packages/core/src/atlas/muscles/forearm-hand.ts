import type { BibliographyEntry, Muscle, SourceCitation } from '../atlas.types.ts';

/**
 * Forearm and hand muscles of the atlas. Referral zones follow the maps of Travell & Simons,
 * Vol. 1, 2nd ed., chapters 34–40, as closely as the region vocabulary allows; hand regions are
 * described in anatomical position (u: little-finger side 0 → thumb side 1; v: wrist/elbow end 0).
 */

/** Studies cited here that are not in the core bibliography. */
export const FOREARM_HAND_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  {
    key: 'fernandez-carnero-2007',
    citation:
      'Fernández-Carnero J, Fernández-de-las-Peñas C, de la Llave-Rincón AI, Ge HY, Arendt-Nielsen L. Prevalence of and referred pain from myofascial trigger points in the forearm muscles in patients with lateral epicondylalgia. Clin J Pain. 2007;23(4):353-360. doi:10.1097/AJP.0b013e31803b3785',
    kind: 'study',
  },
  {
    key: 'kim-2009-apb',
    citation:
      'Kim IJ, Kang YK, Kim DH, Hwang M. Referred pain pattern of the abductor pollicis brevis muscle and its possible mechanism. J Musculoskelet Pain. 2009;17(4):350-357. doi:10.3109/10582450903284810',
    kind: 'study',
  },
];

const TS_EXTENSORS: SourceCitation = {
  ref: 'simons-1999',
  locator: 'ch. 34, Hand Extensor and Brachioradialis Muscles',
};
const TS_FINGER_EXTENSORS: SourceCitation = {
  ref: 'simons-1999',
  locator: 'ch. 35, Extensor Digitorum and Extensor Indicis Muscles',
};
const TS_SUPINATOR: SourceCitation = { ref: 'simons-1999', locator: 'ch. 36, Supinator Muscle' };
const TS_PALMARIS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 37, Palmaris Longus Muscle' };
const TS_FLEXORS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 38, Hand and Finger Flexors in the Forearm' };
const TS_THUMB: SourceCitation = { ref: 'simons-1999', locator: 'ch. 39, Adductor and Opponens Pollicis Muscles' };
const TS_THENAR_GROUP: SourceCitation = {
  ref: 'simons-1999',
  locator: 'ch. 39, Adductor and Opponens Pollicis Muscles (neighbouring thenar muscles)',
};
const TS_INTEROSSEI: SourceCitation = { ref: 'simons-1999', locator: 'ch. 40, Interosseous Muscles of the Hand' };
const DAVIES: SourceCitation = { ref: 'davies-2013', locator: 'Elbow, Forearm, and Hand Pain' };
const TENNIS_ELBOW_STUDY: SourceCitation = { ref: 'fernandez-carnero-2007' };
const APB_STUDY: SourceCitation = { ref: 'kim-2009-apb' };

const NUMBNESS_SEE_DOCTOR =
  'Numbness, weakness or tingling that does not ease, or a hand that wakes you numb at night, needs a doctor: ' +
  'nerve entrapment (such as carpal tunnel) and neck problems can look like trigger point pain.';
const NO_HOT_JOINTS = 'Do not press on joints that are hot, red or swollen; inflamed arthritis needs a doctor first.';

export const FOREARM_HAND_MUSCLES: readonly Muscle[] = [
  {
    id: 'brachioradialis',
    name: 'Brachioradialis',
    commonNames: ['brachioradialis', 'forearm muscle', 'thumb-side forearm', 'tennis elbow'],
    area: 'forearm',
    action:
      'Bends the elbow, most strongly with the thumb pointing up (lifting a mug, a hammer or a kettle), and helps ' +
      'turn the forearm back to the thumb-up position.',
    triggerPoints: [
      {
        id: 'brachioradialis.tp1',
        label: 'Brachioradialis, just below the elbow crease on the thumb side',
        location: { region: 'forearm.radial', u: 0.5, v: 0.12 },
        essential: ['hand.back', 'elbow.lateral'],
        spillover: ['forearm.radial', 'wrist.radial'],
        symptoms: ['weak-grip'],
        howToFind:
          'Bend the elbow with the thumb pointing up and push up against the underside of a table: the muscle ' +
          'stands out as a ridge on the thumb side just below the elbow crease. Pinch the ridge 2–4 cm below the ' +
          'crease; a tender band that sends pain to the outer elbow or into the web between thumb and index finger ' +
          'is the spot.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm on a table with the thumb side up.',
            'Pinch the ridge below the elbow crease between thumb and fingers, or lean it onto a ball.',
            'Hold the most tender spot until it softens, then move a finger-width down and repeat.',
            'Finish with slow strokes from the elbow toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'The sensory branch of the radial nerve runs under this muscle lower down: if you feel tingling or ' +
            'electric pain on the back of the thumb, ease off and move.',
        ],
        sources: [TS_EXTENSORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Straight-arm wrist and forearm stretch',
      position: 'standing',
      steps: [
        'Straighten the elbow fully in front of you with the palm facing down.',
        'Bend the wrist down and tilt the hand toward the little-finger side.',
        'With the other hand, gently add a little more bend and turn the palm out until you feel a pull along the ' +
          'thumb side of the forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Lifting and carrying with the thumb up (jugs, kettles, heavy bags held in front)',
      'Hammering, shovelling and repeated forceful gripping',
      'Many firm handshakes, ironing, or a tennis backhand hit late',
      'Typing or using a mouse with the wrist bent back',
    ],
    precautions: [
      'Outer-elbow pain after a fall, or with swelling or a block to straightening the arm, should be checked for ' +
        'injury before any massage.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'supinator',
      'extensor-digitorum',
      'brachialis',
      'biceps-brachii',
    ],
    sources: [TS_EXTENSORS, DAVIES, TENNIS_ELBOW_STUDY],
  },
  {
    id: 'extensor-carpi-radialis-longus',
    name: 'Extensor carpi radialis longus',
    commonNames: ['ECRL', 'wrist extensor', 'forearm extensor', 'tennis elbow muscle'],
    area: 'forearm',
    action:
      'Lifts the wrist back and toward the thumb side, and holds the wrist steady whenever you grip; it also helps ' +
      'bend the elbow.',
    triggerPoints: [
      {
        id: 'extensor-carpi-radialis-longus.tp1',
        label: 'ECRL, just below the outer elbow',
        location: { region: 'forearm.radial', u: 0.6, v: 0.05 },
        essential: ['elbow.lateral', 'hand.back'],
        spillover: ['forearm.back', 'forearm.radial', 'wrist.radial'],
        symptoms: ['weak-grip'],
        howToFind:
          'Bend the elbow to a right angle with the palm down. Just below and slightly in front of the bony point ' +
          'of the outer elbow, beside the brachioradialis ridge, the muscle firms up when you lift the wrist back ' +
          'against resistance. A tender knot there that sends pain to the outer elbow or the back of the hand near ' +
          'the thumb is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm down on a table.',
            'Press the muscle just below the outer elbow with the other thumb, or lean the forearm onto a ball.',
            'Hold the tender spot and breathe slowly until it eases.',
            'Add a few slow strokes from the elbow toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_EXTENSORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Wrist extensor stretch, little-finger side',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you with the palm facing down.',
        'Bend the wrist down and tilt the hand toward the little-finger side.',
        'Use the other hand to ease the wrist a little further until you feel a gentle pull over the outer elbow.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated forceful gripping: tools, garden shears, racquets, climbing holds',
      'A mouse or keyboard used with the wrist bent back and tilted',
      'Lifting with straight arms and palms down',
      'A tennis backhand with the wrist leading, or a racquet grip that is too small',
    ],
    precautions: [
      'Do not dig into the bony point of the outer elbow itself; work the muscle just below it.',
      'Outer-elbow pain that is not improving after a few weeks of self-care deserves a check by a doctor or ' +
        'physiotherapist.',
    ],
    relatedMuscles: [
      'brachioradialis',
      'extensor-carpi-radialis-brevis',
      'supinator',
      'extensor-digitorum',
      'triceps-brachii',
      'anconeus',
    ],
    sources: [TS_EXTENSORS, DAVIES, TENNIS_ELBOW_STUDY],
  },
  {
    id: 'extensor-carpi-radialis-brevis',
    name: 'Extensor carpi radialis brevis',
    commonNames: ['ECRB', 'wrist extensor', 'forearm extensor', 'tennis elbow muscle'],
    area: 'forearm',
    action:
      'Lifts the wrist back and keeps it stable while the fingers grip; it is the main wrist stabiliser in typing, ' +
      'mousing and racquet sports.',
    triggerPoints: [
      {
        id: 'extensor-carpi-radialis-brevis.tp1',
        label: 'ECRB, upper back of the forearm',
        location: { region: 'forearm.back', u: 0.75, v: 0.22, view: 'back' },
        essential: ['wrist.back'],
        spillover: ['hand.back', 'forearm.back', 'elbow.lateral'],
        symptoms: ['weak-grip'],
        howToFind:
          'With the palm down, measure about three finger-widths below the outer elbow crease on the back of the ' +
          'forearm, in the thick muscle between the thumb-side ridge and the middle. Lift the wrist back against ' +
          'resistance to feel it firm up; a tender band that aches into the back of the wrist is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm down on a table.',
            'Press the upper back of the forearm with the other thumb, or roll it slowly over a ball.',
            'Hold each tender spot until it softens.',
            'Strip slowly from the elbow toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'The deep branch of the radial nerve passes under the upper edge of this muscle: ease off if tingling or ' +
            'electric pain runs down the forearm.',
        ],
        sources: [TS_EXTENSORS, DAVIES, TENNIS_ELBOW_STUDY],
      },
    ],
    stretch: {
      name: 'Wrist extensor stretch',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you, palm down.',
        'Bend the wrist down as far as it goes comfortably.',
        'With the other hand on the back of the hand, gently add a little more bend and hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Typing or mousing with the wrist bent back or unsupported',
      'Long spells of gripping: tools, a steering wheel, a racquet or a phone',
      'Racquet sports with poor backhand technique or a heavy, stiff racquet',
      'Sleeping with the wrist bent under the pillow or body',
    ],
    precautions: [
      'Persistent outer-elbow or wrist pain after an injury should be checked for tendon tears or fractures.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'extensor-carpi-radialis-longus',
      'brachioradialis',
      'extensor-digitorum',
      'supinator',
      'extensor-carpi-ulnaris',
      'triceps-brachii',
    ],
    sources: [TS_EXTENSORS, DAVIES, TENNIS_ELBOW_STUDY],
  },
  {
    id: 'extensor-carpi-ulnaris',
    name: 'Extensor carpi ulnaris',
    commonNames: ['ECU', 'wrist extensor', 'little-finger side of forearm'],
    area: 'forearm',
    action: 'Lifts the wrist back and tilts it toward the little-finger side; it steadies the wrist during gripping.',
    triggerPoints: [
      {
        id: 'extensor-carpi-ulnaris.tp1',
        label: 'ECU, upper third of the forearm beside the ulna',
        location: { region: 'forearm.back', u: 0.12, v: 0.35, view: 'back' },
        essential: ['wrist.ulnar'],
        spillover: ['wrist.back'],
        symptoms: [],
        howToFind:
          'With the palm down, follow the sharp edge of the ulna (the bone on the little-finger side) down from ' +
          'the elbow. The muscle lies just beside the bone on the back of the forearm; about a third of the way to ' +
          'the wrist, tilt the hand toward the little finger against resistance. A tender band there that aches ' +
          'into the little-finger side of the wrist is the spot.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm down on a table.',
            'Press beside the ulna with the other thumb or fingers, or lean onto a ball.',
            'Hold each tender spot until it eases.',
            'Finish with slow strokes toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_EXTENSORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Wrist stretch toward the thumb',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you, palm down.',
        'Bend the wrist down and tilt the hand toward the thumb side.',
        'Use the other hand to ease it a little further until you feel a pull on the little-finger side of the ' +
          'forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A mouse placed far to the side so the wrist bends toward the little finger',
      'Keyboards that make the hands angle outward',
      'Hammering, or racquet and golf strokes that snap the wrist',
      'Resting the forearm on a hard edge',
    ],
    precautions: [
      'Pain on the little-finger side of the wrist after a fall, or with clicking and swelling, should be checked ' +
        'for cartilage or ligament injury and fractures.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'flexor-carpi-ulnaris',
      'extensor-carpi-radialis-brevis',
      'extensor-carpi-radialis-longus',
      'extensor-digitorum',
      'triceps-brachii',
    ],
    sources: [TS_EXTENSORS, DAVIES],
  },
  {
    id: 'extensor-digitorum',
    name: 'Extensor digitorum',
    commonNames: ['finger extensor', 'extensor digitorum communis', 'EDC', 'top of forearm'],
    area: 'forearm',
    action: 'Straightens the fingers and helps lift the wrist back; it works in every release of grip and in typing.',
    triggerPoints: [
      {
        id: 'extensor-digitorum.middle-finger',
        label: 'Extensor digitorum, middle-finger part',
        location: { region: 'forearm.back', u: 0.55, v: 0.22, view: 'back' },
        essential: ['finger.middle.back', 'hand.back', 'forearm.back'],
        spillover: ['wrist.back', 'elbow.lateral'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'Rest the forearm palm down. Two to three finger-widths below the outer elbow crease, in the middle of ' +
          'the back of the forearm, feel the muscle while you lift the middle finger against light resistance. A ' +
          'tender band that sends pain down the back of the hand into the middle finger is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm down on a table.',
            'Find the spot that tightens when you lift the middle finger.',
            'Press it with the other thumb, or lean onto a ball, and hold until it softens.',
            'Finish with slow strokes toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_FINGER_EXTENSORS, DAVIES],
      },
      {
        id: 'extensor-digitorum.ring-finger',
        label: 'Extensor digitorum, ring-finger part',
        location: { region: 'forearm.back', u: 0.4, v: 0.3, view: 'back' },
        essential: ['finger.ring.back', 'hand.back'],
        spillover: ['forearm.back', 'wrist.back'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'Start at the middle-finger spot and move a little further down and toward the little-finger side. Lift ' +
          'the ring finger against light resistance to feel the part that works; a tender spot that aches into the ' +
          'ring finger is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm down on a table.',
            'Find the spot that tightens when you lift the ring finger.',
            'Press and hold with the other thumb or a ball until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_FINGER_EXTENSORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Fist and wrist-down stretch',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you, palm down.',
        'Make a loose fist, tucking the thumb outside the fingers.',
        'Bend the wrist down and let the other hand ease it a little further.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long hours of typing, piano or guitar with the fingers held lifted',
      'Repeated forceful gripping, especially with the wrist bent back',
      'Holding a phone or tablet up for long periods',
      'Sleeping with the fingers and wrist curled under',
    ],
    precautions: [
      'Stiff, painful finger joints can also be arthritis: hot, red or swollen joints need a doctor, not massage.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'extensor-carpi-radialis-brevis',
      'extensor-carpi-radialis-longus',
      'extensor-indicis',
      'supinator',
      'flexor-digitorum-superficialis',
      'hand-interossei',
    ],
    sources: [TS_FINGER_EXTENSORS, DAVIES, TENNIS_ELBOW_STUDY],
  },
  {
    id: 'extensor-indicis',
    name: 'Extensor indicis',
    commonNames: ['index finger extensor', 'pointer finger extensor'],
    area: 'forearm',
    action: 'Straightens the index finger on its own, as when pointing, and helps lift the wrist back.',
    triggerPoints: [
      {
        id: 'extensor-indicis.tp1',
        label: 'Extensor indicis, lower back of the forearm',
        location: { region: 'forearm.back', u: 0.55, v: 0.7, view: 'back' },
        essential: ['wrist.back', 'hand.back'],
        spillover: ['finger.index.back'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'With the palm down, go to the middle of the back of the forearm about a hand-width above the wrist, ' +
          'between the two bones. Lift and lower the index finger to feel the small muscle move under your ' +
          'fingers; a tender spot that aches into the back of the wrist on the thumb side is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the forearm palm down on a table.',
            'Press between the two forearm bones, a hand-width above the wrist, with the other thumb.',
            'Hold the tender spot until it eases, then stroke slowly toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        sources: [TS_FINGER_EXTENSORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Index finger curl stretch',
      position: 'seated',
      steps: [
        'Straighten the elbow, palm down.',
        'Curl the index finger into the palm and hold it there with the other hand.',
        'Gently bend the wrist down until you feel a pull on the back of the forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Clicking a mouse or trackpad for long hours with the index finger hovering',
      'Pointing, tapping on screens, and scrolling with a lifted index finger',
      'Playing instruments that hold one finger up',
    ],
    precautions: [
      'A lump on the back of the wrist (such as a ganglion) or pain after a fall should be checked by a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: ['extensor-digitorum', 'extensor-carpi-radialis-brevis', 'first-dorsal-interosseous', 'supinator'],
    sources: [TS_FINGER_EXTENSORS, DAVIES],
  },
  {
    id: 'supinator',
    name: 'Supinator',
    commonNames: ['supinator', 'tennis elbow', 'outer elbow muscle'],
    area: 'forearm',
    action: 'Turns the palm up, especially with the elbow straight, as when turning a doorknob, key or screwdriver.',
    triggerPoints: [
      {
        id: 'supinator.tp1',
        label: 'Supinator, front of the upper forearm beside the biceps tendon',
        location: { region: 'forearm.front', u: 0.85, v: 0.08, view: 'front' },
        essential: ['elbow.lateral', 'hand.back'],
        spillover: ['forearm.back', 'forearm.radial'],
        symptoms: ['weak-grip'],
        howToFind:
          'Bend the elbow to a right angle, palm up. Find the firm biceps tendon in the crook of the elbow, then ' +
          'slide the thumb just below it and toward the thumb side, pressing gently in toward the bone through the ' +
          'soft muscle. Turning the palm up against resistance firms the muscle; a deep tender spot that sends ' +
          'pain to the outer elbow and the web of the thumb is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table with the elbow slightly bent.',
            'Place the other thumb just below the crease, on the thumb side of the biceps tendon.',
            'Sink in slowly toward the bone and hold gently; do not strip or dig.',
            'Move off at once if tingling or burning spreads into the forearm or hand.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The deep branch of the radial nerve runs through this muscle: keep the pressure moderate and stop if ' +
            'you feel tingling, burning or electric pain down the back of the forearm.',
          'The brachial artery and median nerve lie in the middle of the elbow crease next to the biceps tendon: ' +
            'stay on the thumb side of the tendon and move off anything that pulses.',
        ],
        sources: [TS_SUPINATOR, DAVIES],
      },
    ],
    stretch: {
      name: 'Straight-arm palm-down turn',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you.',
        'Turn the palm down and keep turning until the thumb points toward the floor.',
        'With the other hand around the wrist, gently add a little more turn and hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Carrying a heavy bag or briefcase with a straight arm',
      'Turning stiff doorknobs, keys, jar lids or screwdrivers',
      'A tennis backhand hit with a straight elbow',
      'A dog pulling on the lead, or wringing out cloths',
    ],
    precautions: [
      'Weakness lifting the fingers or thumb (a dropping finger) suggests radial nerve trouble and needs a doctor.',
      'Persistent outer-elbow pain should be checked by a doctor or physiotherapist if self-care does not help ' +
        'within a few weeks.',
    ],
    relatedMuscles: [
      'brachioradialis',
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'extensor-digitorum',
      'biceps-brachii',
      'anconeus',
    ],
    sources: [TS_SUPINATOR, DAVIES],
  },
  {
    id: 'palmaris-longus',
    name: 'Palmaris longus',
    commonNames: ['palmaris', 'palm muscle', 'wrist flexor'],
    area: 'forearm',
    action:
      'Tightens the tough sheet of tissue in the palm and helps bend the wrist forward; it is missing in about one ' +
      'person in seven, which is harmless.',
    triggerPoints: [
      {
        id: 'palmaris-longus.tp1',
        label: 'Palmaris longus, upper front of the forearm',
        location: { region: 'forearm.front', u: 0.5, v: 0.3, view: 'front' },
        essential: ['palm'],
        spillover: ['forearm.front', 'wrist.front', 'thumb.base'],
        symptoms: ['tingling'],
        howToFind:
          'Touch the thumb tip to the little fingertip and bend the wrist slightly: a thin tendon stands out in ' +
          'the middle of the front of the wrist, if you have the muscle. Follow it up to its short belly in the ' +
          'upper front of the forearm; a tender spot there that brings a prickling, needle-like pain into the palm ' +
          'is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table.',
            'Press the upper middle of the forearm with the other thumb, or roll it slowly over a ball.',
            'Hold each tender spot until the prickling in the palm fades.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Work the muscle belly in the upper forearm, not the front of the wrist, where the median nerve runs ' +
            'just under the tendon.',
        ],
        sources: [TS_PALMARIS, DAVIES],
      },
    ],
    stretch: {
      name: 'Palm-up wrist and finger stretch',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you with the palm up.',
        'Keep the fingers straight and bend the wrist back.',
        'With the other hand across the fingers, gently pull the hand back a little further.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Tool handles that press into the palm: trowels, hammers, crutches, a walking stick',
      'Gripping a racquet, bike handlebars or a steering wheel for long periods',
      'Pushing up from chairs on the heel of the hand',
    ],
    precautions: [
      'Cords or lumps in the palm that slowly pull a finger down (Dupuytren contracture) should be seen by a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'flexor-carpi-radialis',
      'flexor-carpi-ulnaris',
      'flexor-digitorum-superficialis',
      'pronator-teres',
    ],
    sources: [TS_PALMARIS, DAVIES],
  },
  {
    id: 'flexor-carpi-radialis',
    name: 'Flexor carpi radialis',
    commonNames: ['FCR', 'wrist flexor', 'inner forearm', "golfer's elbow"],
    area: 'forearm',
    action: 'Bends the wrist forward and toward the thumb side, and steadies the wrist when you grip or push.',
    triggerPoints: [
      {
        id: 'flexor-carpi-radialis.tp1',
        label: 'Flexor carpi radialis, upper front of the forearm',
        location: { region: 'forearm.front', u: 0.6, v: 0.28, view: 'front' },
        essential: ['wrist.front'],
        spillover: ['wrist.radial', 'forearm.front', 'palm'],
        symptoms: [],
        howToFind:
          'With the palm up, start two to three finger-widths below the inner half of the elbow crease, slightly ' +
          'toward the middle of the forearm. Bend the wrist up and toward the thumb against resistance to make the ' +
          'muscle firm; a tender band that aches into the thumb side of the front of the wrist is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table.',
            'Press the upper front of the forearm with the other thumb, or roll it over a ball.',
            'Hold each tender spot until it softens, then stroke slowly toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'Stop above the wrist: on the thumb side of the front of the wrist the radial artery pulse lies just ' +
            'under the skin.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Wrist flexor stretch toward the little finger',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you with the palm up.',
        'Bend the wrist back and tilt the hand toward the little-finger side.',
        'Ease it a little further with the other hand until you feel a pull in the inner forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated forceful gripping and wrist-bending: tools, gardening, climbing, weight training',
      'Typing or writing with the wrist bent forward',
      'Pushing up on the heel of the hand',
    ],
    precautions: [
      'Pain on the front of the wrist with numbness in the thumb, index and middle fingers may be carpal tunnel ' +
        'syndrome: see a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'palmaris-longus',
      'pronator-teres',
      'flexor-carpi-ulnaris',
      'flexor-digitorum-superficialis',
      'opponens-pollicis',
    ],
    sources: [TS_FLEXORS, DAVIES],
  },
  {
    id: 'flexor-carpi-ulnaris',
    name: 'Flexor carpi ulnaris',
    commonNames: ['FCU', 'wrist flexor', 'inner forearm', "golfer's elbow"],
    area: 'forearm',
    action: 'Bends the wrist forward and toward the little-finger side; it is strong in hammering and chopping.',
    triggerPoints: [
      {
        id: 'flexor-carpi-ulnaris.tp1',
        label: 'Flexor carpi ulnaris, upper forearm on the little-finger side',
        location: { region: 'forearm.front', u: 0.08, v: 0.3, view: 'front' },
        essential: ['wrist.ulnar', 'wrist.front'],
        spillover: ['forearm.ulnar', 'hypothenar'],
        symptoms: [],
        howToFind:
          'With the palm up, find the edge of the forearm on the little-finger side, a hand-width below the inner ' +
          'elbow. Bend the wrist up and toward the little finger against resistance to feel the muscle firm up ' +
          'along the edge; a tender band that aches into the little-finger side of the front of the wrist is ' +
          'typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table.',
            'Start a hand-width below the inner elbow and press along the little-finger edge with the other thumb ' +
              'or a ball.',
            'Hold each tender spot until it eases.',
            'Stroke slowly toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'The ulnar nerve (the funny bone) sits in the groove behind the inner elbow bone and runs down under ' +
            'this muscle: stay below the elbow and ease off if tingling shoots into the ring and little fingers.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Wrist flexor stretch toward the thumb',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you with the palm up.',
        'Bend the wrist back and tilt the hand toward the thumb side.',
        'Ease it a little further with the other hand until you feel a pull along the little-finger side of the ' +
          'forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Hammering, chopping or raking',
      'Leaning on the inner elbow or forearm on a desk edge',
      'Golf, climbing and rowing with a tight grip',
    ],
    precautions: [
      'Do not press on the groove behind the inner elbow bone (the ulnar nerve).',
      'Numbness of the ring and little fingers or weakness of the hand needs a doctor: it can mean ulnar nerve ' +
        'trouble.',
    ],
    relatedMuscles: [
      'flexor-digitorum-profundus',
      'flexor-carpi-radialis',
      'palmaris-longus',
      'extensor-carpi-ulnaris',
      'abductor-digiti-minimi-hand',
    ],
    sources: [TS_FLEXORS, DAVIES],
  },
  {
    id: 'flexor-digitorum-superficialis',
    name: 'Flexor digitorum superficialis',
    commonNames: ['finger flexor', 'FDS', 'grip muscle', 'inner forearm', 'trigger finger'],
    area: 'forearm',
    action:
      'Bends the middle joints of the four fingers and helps bend the wrist; it does much of the work of gripping.',
    triggerPoints: [
      {
        id: 'flexor-digitorum-superficialis.radial',
        label: 'Finger flexor (superficial), middle of the forearm',
        location: { region: 'forearm.front', u: 0.6, v: 0.45, view: 'front' },
        essential: ['finger.middle.palm'],
        spillover: ['finger.index.palm', 'palm'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'With the forearm palm up on a table, press the middle of the front of the forearm about halfway down ' +
          'while you bend the middle finger against light resistance. A tender band that shoots pain along the ' +
          'middle finger, sometimes out past its tip, is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table.',
            'Find the spot that tightens when you bend the middle finger.',
            'Press with the other thumb or lean onto a ball, and hold until it eases.',
            'Stroke slowly toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'The median nerve runs under this muscle down the middle of the forearm: ease off if tingling spreads ' +
            'into the thumb, index or middle finger.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
      {
        id: 'flexor-digitorum-superficialis.ulnar',
        label: 'Finger flexor (superficial), upper forearm toward the little-finger side',
        location: { region: 'forearm.front', u: 0.3, v: 0.22, view: 'front' },
        essential: ['finger.ring.palm', 'finger.little.palm'],
        spillover: ['palm'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'With the palm up, start a few finger-widths below the inner elbow and a little toward the middle of the ' +
          'forearm. Bend the ring and little fingers against light resistance to feel the part that works; a ' +
          'tender spot sending pain into those fingers is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table.',
            'Press below the inner elbow with the other thumb or a ball.',
            'Hold each tender spot until it eases, then stroke toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        precautions: ['Keep a few finger-widths below the inner elbow bone, away from the ulnar nerve behind it.'],
        sources: [TS_FLEXORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Finger and wrist flexor stretch',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you with the palm up.',
        'With the other hand, bend the fingers and then the wrist back, keeping the fingers straight.',
        'Hold where you feel a firm but comfortable pull in the front of the forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Prolonged or forceful gripping: tools, steering wheels, bags, climbing, racquets',
      'Holding a phone, pen or mouse tightly for long periods',
      'Playing instruments, knitting or crafts for hours without breaks',
      'Sleeping with the fists clenched or the wrists curled',
    ],
    precautions: [
      'A finger that catches or locks (trigger finger) or a hot, swollen finger joint should be seen by a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'flexor-digitorum-profundus',
      'flexor-carpi-radialis',
      'palmaris-longus',
      'pronator-teres',
      'hand-interossei',
      'extensor-digitorum',
    ],
    sources: [TS_FLEXORS, DAVIES],
  },
  {
    id: 'flexor-digitorum-profundus',
    name: 'Flexor digitorum profundus',
    commonNames: ['deep finger flexor', 'FDP', 'grip muscle', 'inner forearm'],
    area: 'forearm',
    action:
      'Bends the fingertips and then the whole fingers and wrist; it is the only muscle that bends the last finger ' +
      'joints.',
    triggerPoints: [
      {
        id: 'flexor-digitorum-profundus.ulnar',
        label: 'Deep finger flexor, upper forearm beside the ulna',
        location: { region: 'forearm.ulnar', u: 0.5, v: 0.28 },
        essential: ['finger.ring.palm', 'finger.little.palm'],
        spillover: ['finger.middle.palm', 'palm'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'With the palm up, find the sharp ridge of the ulna on the little-finger side, a hand-width below the ' +
          'elbow. Just in front of the bone, curl the tips of the ring and little fingers against resistance to ' +
          'feel the deep muscle work; a tender spot that sends pain into those fingers is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the forearm on a table, little-finger side up.',
            'Press just in front of the ulna ridge with the other thumb, sinking in slowly.',
            'Hold each tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The ulnar nerve runs along this part of the forearm: start below the elbow and ease off if tingling ' +
            'goes into the ring or little finger.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
      {
        id: 'flexor-digitorum-profundus.radial',
        label: 'Deep finger flexor, middle of the forearm (index and middle fingers)',
        location: { region: 'forearm.front', u: 0.5, v: 0.55, view: 'front' },
        essential: ['finger.index.palm', 'finger.middle.palm'],
        spillover: ['palm'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'This part lies deep under the superficial flexors in the middle of the forearm. Press slowly in the ' +
          'middle of the front of the forearm, a little below halfway, while you curl only the tips of the index ' +
          'and middle fingers; deep tenderness that sends pain into those fingers is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table and let the hand relax.',
            'Sink the other thumb slowly into the middle of the forearm.',
            'Hold the deep tender spot gently and breathe until it eases.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The median nerve runs close by: keep pressure moderate and stop if tingling spreads into the thumb and ' +
            'fingers.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Fingertip and wrist flexor stretch',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you with the palm up.',
        'With the other hand, straighten the fingers fully, including the fingertips.',
        'Bend the wrist back gently until you feel a pull deep in the front of the forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Hanging from or pulling with the fingertips: climbing, carrying bags by the handles',
      'Long spells of gripping tools, pens or a steering wheel',
      'Typing or playing instruments with curled fingertips',
    ],
    precautions: [
      'Sudden inability to bend a fingertip after a hard pull may be a torn tendon: see a doctor promptly.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'flexor-digitorum-superficialis',
      'flexor-carpi-ulnaris',
      'flexor-pollicis-longus',
      'hand-interossei',
      'extensor-digitorum',
    ],
    sources: [TS_FLEXORS, DAVIES],
  },
  {
    id: 'flexor-pollicis-longus',
    name: 'Flexor pollicis longus',
    commonNames: ['thumb flexor', 'FPL', 'long thumb flexor'],
    area: 'forearm',
    action: 'Bends the tip of the thumb; it works in pinching, writing and holding small things.',
    triggerPoints: [
      {
        id: 'flexor-pollicis-longus.tp1',
        label: 'Long thumb flexor, lower forearm on the thumb side',
        location: { region: 'forearm.front', u: 0.8, v: 0.62, view: 'front' },
        essential: ['thumb.palm'],
        spillover: ['thumb.base'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'With the palm up, go to the thumb side of the lower half of the forearm, about a hand-width above the ' +
          'wrist crease. Bend the thumb tip against resistance to feel the deep muscle tighten; a tender spot that ' +
          'sends pain into the thumb, sometimes past its tip, is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table.',
            'Press the thumb side of the lower forearm with the other thumb, sinking in slowly.',
            'Hold the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Near the wrist the radial artery lies just under the skin on the thumb side: work above it and never ' +
            'press on the pulse.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Thumb and wrist back-bend',
      position: 'seated',
      steps: [
        'Rest the elbow on a table with the palm facing you.',
        'With the other hand, straighten the thumb tip and bend the whole thumb gently back.',
        'Add a little backward bend of the wrist until you feel a pull in the lower forearm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Writing with a tight pinch on the pen',
      'Texting or gaming with the thumbs for long periods',
      'Pinching work: sewing, weeding, counting money, crafts',
    ],
    precautions: [
      'A thumb that catches or locks (trigger thumb) or a swollen thumb joint should be seen by a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'flexor-digitorum-profundus',
      'adductor-pollicis',
      'opponens-pollicis',
      'flexor-pollicis-brevis',
      'brachialis',
    ],
    sources: [TS_FLEXORS, DAVIES],
  },
  {
    id: 'pronator-teres',
    name: 'Pronator teres',
    commonNames: ['pronator', 'inner elbow', "golfer's elbow", 'forearm twist muscle'],
    area: 'forearm',
    action: 'Turns the palm down and helps bend the elbow, as in pouring, turning a key or using a screwdriver.',
    triggerPoints: [
      {
        id: 'pronator-teres.tp1',
        label: 'Pronator teres, just below the crook of the elbow',
        location: { region: 'forearm.front', u: 0.38, v: 0.08, view: 'front' },
        essential: ['wrist.front', 'wrist.radial'],
        spillover: ['forearm.front', 'forearm.radial'],
        symptoms: [],
        howToFind:
          'Bend the elbow to a right angle, palm up. Find the biceps tendon in the crook of the elbow and slide ' +
          'just below it toward the inner elbow bone. Turning the palm down against resistance makes the short ' +
          'diagonal muscle firm; a tender spot that aches deep into the thumb side of the front of the wrist is ' +
          'typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the forearm palm up on a table, elbow slightly bent.',
            'Place the other thumb just below the crease, between the biceps tendon and the inner elbow bone.',
            'Press gently and hold; move off anything that pulses or makes the hand tingle.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The brachial artery and the median nerve pass through the crook of the elbow right beside this muscle: ' +
            'use light pressure, move off a pulse, and stop if tingling runs into the thumb or fingers.',
        ],
        sources: [TS_FLEXORS, DAVIES],
      },
    ],
    stretch: {
      name: 'Straight-arm palm-up turn',
      position: 'standing',
      steps: [
        'Straighten the elbow in front of you.',
        'Turn the palm up as far as it goes.',
        'With the other hand, gently add a little more turn and bend the wrist slightly back.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated turning against resistance: screwdrivers, keys, pouring heavy pans',
      'Gripping with the palm down, as in forehand strokes and throwing',
      'Resting the forearm palm down for hours with the elbow bent',
    ],
    precautions: [
      'Numbness or tingling in the thumb, index and middle fingers can come from the median nerve being squeezed ' +
        'here or at the wrist: see a doctor.',
      'After an elbow fracture or dislocation, get clearance before working near the elbow.',
    ],
    relatedMuscles: [
      'flexor-carpi-radialis',
      'palmaris-longus',
      'flexor-digitorum-superficialis',
      'supinator',
      'brachialis',
    ],
    sources: [TS_FLEXORS, DAVIES],
  },
  {
    id: 'adductor-pollicis',
    name: 'Adductor pollicis',
    commonNames: ['thumb web', 'thumb muscle', "weeder's thumb", "texter's thumb"],
    area: 'hand',
    action:
      'Draws the thumb in against the index finger and gives power to pinch and to hold things between thumb and ' +
      'hand.',
    triggerPoints: [
      {
        id: 'adductor-pollicis.transverse',
        label: 'Adductor pollicis, in the thumb web',
        location: { region: 'palm', u: 0.8, v: 0.6, view: 'hand-palm' },
        essential: ['thumb.base', 'thumb.back', 'thumb.palm', 'thumb.web'],
        spillover: ['hand.back', 'wrist.radial'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'Pinch the web between thumb and index finger with the other thumb on the palm side and the fingers on ' +
          'the back. Press the thumb toward the index finger to make the muscle firm, and work along the web ' +
          'toward the palm; a tender spot that aches along the outside of the thumb base is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Let the hand rest, palm up, on your thigh or a table.',
            'Pinch the thumb web firmly between the other thumb and index finger.',
            'Hold the tender spot until it eases, then move a little deeper and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_THUMB, DAVIES],
      },
      {
        id: 'adductor-pollicis.oblique',
        label: 'Adductor pollicis, deep palm beside the thumb mound',
        location: { region: 'palm', u: 0.7, v: 0.35, view: 'hand-palm' },
        essential: ['thumb.base', 'thumb.back', 'thumb.palm', 'thumb.web'],
        spillover: ['hand.back', 'wrist.radial'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'From the palm side, press into the hollow between the thumb mound and the middle of the palm, toward ' +
          'the wrist end. Pinch the thumb against the side of the index finger to feel the deep muscle work; ' +
          'tenderness that spreads into the thumb base is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the hand palm up.',
            'Press into the hollow beside the thumb mound with the other thumb, or roll the palm slowly over a ' +
              'small ball on a table.',
            'Hold the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_THUMB, DAVIES],
      },
    ],
    stretch: {
      name: 'Thumb web stretch',
      position: 'seated',
      steps: [
        'Rest the hand on a table, little-finger edge down.',
        'With the other hand, draw the thumb away from the index finger to open the web.',
        'Ease the thumb a little back toward the back of the hand and hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Pulling weeds, pinching and sewing',
      'Writing with a tight pinch; texting and gaming with the thumbs',
      'Holding a phone, tablet or book in one hand for long periods',
      'Gripping bike handlebars or tools between thumb and hand',
    ],
    precautions: [
      'Aching at the very base of the thumb that is worse on twisting may be thumb-base arthritis: have it checked.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'opponens-pollicis',
      'first-dorsal-interosseous',
      'flexor-pollicis-brevis',
      'abductor-pollicis-brevis',
      'flexor-pollicis-longus',
      'brachialis',
    ],
    sources: [TS_THUMB, DAVIES],
  },
  {
    id: 'opponens-pollicis',
    name: 'Opponens pollicis',
    commonNames: ['thumb muscle', 'thenar', 'thumb mound', 'ball of the thumb'],
    area: 'hand',
    action:
      'Rolls the thumb across the palm so its pad meets the fingertips, as in picking up a coin or holding a pen.',
    triggerPoints: [
      {
        id: 'opponens-pollicis.tp1',
        label: 'Opponens pollicis, outer half of the thumb mound',
        location: { region: 'thumb.base', u: 0.65, v: 0.4, view: 'hand-palm' },
        essential: ['thumb.palm', 'wrist.radial'],
        spillover: ['thumb.base', 'wrist.front'],
        symptoms: ['finger-stiffness', 'weak-grip'],
        howToFind:
          'With the palm up, press into the outer half of the thumb mound, close to the long bone of the thumb. ' +
          'Touch the thumb tip to the little fingertip to feel the muscle work; a tender spot that sends pain into ' +
          'the palm side of the thumb or to the thumb side of the wrist is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the hand palm up.',
            'Press the thumb mound with the other thumb, working toward the thumb bone.',
            'Hold each tender spot until it eases, or roll the mound slowly over a small ball.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['Stay off the middle of the wrist crease, where the median nerve enters the hand.'],
        sources: [TS_THUMB, DAVIES],
      },
    ],
    stretch: {
      name: 'Thumb back-and-out stretch',
      position: 'seated',
      steps: [
        'Hold the hand palm up.',
        'With the other hand, draw the thumb back and away from the palm, in line with the forearm.',
        'Hold where you feel a gentle pull across the thumb mound.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Fine pinching work: writing, sewing, painting, buttoning',
      'Thumb-heavy phone use and gaming',
      'Holding tools or utensils with the thumb pressed across the palm',
    ],
    precautions: [
      'Thumb-base pain with swelling or grinding may be arthritis; hand numbness at night may be carpal tunnel ' +
        'syndrome: both need a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'adductor-pollicis',
      'abductor-pollicis-brevis',
      'flexor-pollicis-brevis',
      'flexor-pollicis-longus',
      'flexor-carpi-radialis',
    ],
    sources: [TS_THUMB, DAVIES],
  },
  {
    id: 'abductor-pollicis-brevis',
    name: 'Abductor pollicis brevis',
    commonNames: ['thumb muscle', 'thenar', 'thumb mound', 'ball of the thumb'],
    area: 'hand',
    action: 'Lifts the thumb up away from the palm, as in wrapping the hand around a glass or a bottle.',
    triggerPoints: [
      {
        id: 'abductor-pollicis-brevis.tp1',
        label: 'Abductor pollicis brevis, outer surface of the thumb mound',
        location: { region: 'thumb.base', u: 0.8, v: 0.45, view: 'hand-palm' },
        essential: ['thumb.base', 'hand.back'],
        spillover: ['forearm.radial', 'wrist.radial', 'finger.index.back', 'finger.index.palm'],
        symptoms: ['weak-grip'],
        howToFind:
          'With the palm up, this is the muscle on the surface of the thumb mound along its outer edge. Lift the ' +
          'thumb straight up from the palm against light resistance to feel it; a tender spot that aches over the ' +
          'thumb mound or into the web on the back of the hand is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm up.',
            'Press the outer edge of the thumb mound with the other thumb.',
            'Hold the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['Stay off the middle of the wrist crease, where the median nerve enters the hand.'],
        sources: [APB_STUDY, TS_THENAR_GROUP],
      },
    ],
    stretch: {
      name: 'Thumb tuck-back stretch',
      position: 'seated',
      steps: [
        'Hold the hand palm up.',
        'With the other hand, bring the thumb down alongside the index finger.',
        'Ease it slightly toward the back of the hand until you feel a pull over the thumb mound.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Gripping wide objects such as bottles, jars and large cups',
      'Thumb-heavy phone use, gaming and playing instruments',
      'Holding a tablet or book open with the thumb',
    ],
    precautions: [
      'Wasting of the thumb mound, numbness of the thumb and index finger, or night-time hand numbness point to ' +
        'median nerve trouble (carpal tunnel): see a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: ['opponens-pollicis', 'flexor-pollicis-brevis', 'adductor-pollicis', 'first-dorsal-interosseous'],
    sources: [APB_STUDY, TS_THENAR_GROUP],
  },
  {
    id: 'flexor-pollicis-brevis',
    name: 'Flexor pollicis brevis',
    commonNames: ['thumb muscle', 'thenar', 'thumb mound', 'short thumb flexor'],
    area: 'hand',
    action: 'Bends the thumb at its knuckle and helps turn it across the palm to grip.',
    triggerPoints: [
      {
        id: 'flexor-pollicis-brevis.tp1',
        label: 'Flexor pollicis brevis, inner part of the thumb mound',
        location: { region: 'thumb.base', u: 0.45, v: 0.6, view: 'hand-palm' },
        essential: ['thumb.base', 'thumb.palm'],
        spillover: ['wrist.radial'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'With the palm up, press the part of the thumb mound nearest the middle of the palm, toward the thumb ' +
          'knuckle. Bend the thumb at its knuckle against light resistance to feel it work; a tender spot that ' +
          'aches over the thumb mound and into the thumb is typical.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Rest the hand palm up.',
            'Press the inner half of the thumb mound with the other thumb, or roll it over a small ball.',
            'Hold each tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['Stay off the middle of the wrist crease, where the median nerve enters the hand.'],
        sources: [TS_THENAR_GROUP],
      },
    ],
    stretch: {
      name: 'Thumb knuckle back-bend',
      position: 'seated',
      steps: [
        'Hold the hand palm up.',
        'With the other hand, straighten the thumb and bend it gently back at the knuckle.',
        'Hold where you feel a pull across the thumb mound.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Pinching and fine work: writing, sewing, crafts',
      'Thumb-heavy phone use and gaming',
      'Gripping tool handles with the thumb wrapped hard around them',
    ],
    precautions: ['Thumb-base pain with swelling, grinding or a catching thumb needs a doctor.', NUMBNESS_SEE_DOCTOR],
    relatedMuscles: ['opponens-pollicis', 'abductor-pollicis-brevis', 'adductor-pollicis', 'flexor-pollicis-longus'],
    sources: [TS_THENAR_GROUP],
  },
  {
    id: 'abductor-digiti-minimi-hand',
    name: 'Abductor digiti minimi (hand)',
    commonNames: ['little finger muscle', 'pinky muscle', 'hypothenar'],
    area: 'hand',
    action: 'Spreads the little finger away from the ring finger, as when stretching the hand wide on a keyboard.',
    triggerPoints: [
      {
        id: 'abductor-digiti-minimi-hand.tp1',
        label: 'Abductor digiti minimi, edge of the palm below the little finger',
        location: { region: 'hypothenar', u: 0.15, v: 0.5, view: 'hand-palm' },
        essential: ['finger.little.back', 'finger.little.palm'],
        spillover: ['hypothenar'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'Pinch the fleshy outer edge of the palm below the little finger between thumb and index finger. Spread ' +
          'the little finger away from the others to feel the muscle firm up; a tender spot that sends pain along ' +
          'the outer side of the little finger is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm up.',
            'Pinch the outer edge of the palm, halfway between the wrist and the little finger.',
            'Hold the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Near the wrist, beside the small pea-shaped bone, the ulnar nerve and artery pass into the hand: keep ' +
            'the pressure on the fleshy edge nearer the little finger.',
        ],
        sources: [TS_INTEROSSEI, DAVIES],
      },
    ],
    stretch: {
      name: 'Little finger stretch',
      position: 'seated',
      steps: [
        'Hold the hand palm up with the fingers straight.',
        'With the other hand, draw the little finger toward and slightly across the ring finger.',
        'Hold where you feel a pull along the little-finger edge of the palm.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Stretching the little finger wide on piano or computer keys',
      'Resting the edge of the hand on a desk or mouse pad while working',
      'Gripping with the little finger splayed out',
    ],
    precautions: [
      'Numbness of the little finger or weakness in spreading the fingers suggests ulnar nerve trouble: see a doctor.',
      NO_HOT_JOINTS,
    ],
    relatedMuscles: ['hand-interossei', 'flexor-carpi-ulnaris', 'flexor-digitorum-profundus', 'extensor-carpi-ulnaris'],
    sources: [TS_INTEROSSEI, DAVIES],
  },
  {
    id: 'first-dorsal-interosseous',
    name: 'First dorsal interosseous',
    commonNames: ['thumb web', 'index finger muscle', 'back of hand muscle', 'first interosseous'],
    area: 'hand',
    action:
      'Moves the index finger sideways toward the thumb and steadies it in pinching, and helps draw the thumb in.',
    triggerPoints: [
      {
        id: 'first-dorsal-interosseous.tp1',
        label: 'First dorsal interosseous, back of the thumb web',
        location: { region: 'hand.back', u: 0.88, v: 0.5, view: 'hand-back' },
        essential: ['finger.index.back', 'finger.index.palm', 'hand.back'],
        spillover: ['palm', 'finger.little.back', 'finger.little.palm'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'On the back of the hand, feel the fleshy bulge in the web between thumb and index finger, close to the ' +
          'index knuckle bone. Push the index finger sideways toward the thumb against resistance to make it ' +
          'bulge; a tender spot that sends pain along the thumb side of the index finger is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm down.',
            'Pinch the web with the other thumb on the back and the fingers underneath.',
            'Press toward the index knuckle bone and hold the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INTEROSSEI, DAVIES],
      },
    ],
    stretch: {
      name: 'Index finger and thumb web stretch',
      position: 'seated',
      steps: [
        'Hold the hand palm down with the fingers straight.',
        'With the other hand, draw the index finger toward the middle finger.',
        'At the same time let the thumb fall away from the index finger and hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Pinching and precision grips: writing, sewing, using tweezers or small tools',
      'Holding a phone between thumb and index finger',
      'Clicking a mouse with a tense index finger',
    ],
    precautions: ['Knuckle pain with swelling or deformity may be arthritis: see a doctor.', NUMBNESS_SEE_DOCTOR],
    relatedMuscles: [
      'adductor-pollicis',
      'hand-interossei',
      'extensor-indicis',
      'opponens-pollicis',
      'abductor-pollicis-brevis',
    ],
    sources: [TS_INTEROSSEI, DAVIES],
  },
  {
    id: 'hand-interossei',
    name: 'Interossei of the hand',
    commonNames: ['interossei', 'hand muscles', 'finger muscles', 'knuckle pain'],
    area: 'hand',
    action:
      'Small muscles between the knuckle bones that spread the fingers apart and draw them together, and bend the ' +
      'knuckles while keeping the fingers straight.',
    triggerPoints: [
      {
        id: 'hand-interossei.second-dorsal',
        label: 'Interossei between the index and middle finger bones',
        location: { region: 'hand.back', u: 0.65, v: 0.55, view: 'hand-back' },
        essential: ['finger.middle.back'],
        spillover: ['finger.index.back', 'hand.back'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'On the back of the hand, press into the groove between the knuckle bones of the index and middle ' +
          'fingers. Spread the fingers against resistance to feel the small muscle work; a tender spot that sends ' +
          'pain along the side of the middle finger toward its last joint is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm down.',
            'Press into the groove between the two knuckle bones with the other index fingertip or thumb.',
            'Hold each tender spot until it eases, working from the knuckles toward the wrist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INTEROSSEI, DAVIES],
      },
      {
        id: 'hand-interossei.third-dorsal',
        label: 'Interossei between the middle and ring finger bones',
        location: { region: 'hand.back', u: 0.45, v: 0.55, view: 'hand-back' },
        essential: ['finger.middle.back'],
        spillover: ['finger.ring.back', 'hand.back'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'On the back of the hand, press into the groove between the knuckle bones of the middle and ring fingers ' +
          'while moving the middle finger sideways. A tender spot that aches along the side of the middle finger ' +
          'is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm down.',
            'Press into the groove between the middle and ring finger bones.',
            'Hold each tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INTEROSSEI, DAVIES],
      },
      {
        id: 'hand-interossei.fourth-dorsal',
        label: 'Interossei between the ring and little finger bones',
        location: { region: 'hand.back', u: 0.22, v: 0.55, view: 'hand-back' },
        essential: ['finger.ring.back'],
        spillover: ['finger.little.back', 'hand.back'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'On the back of the hand, press into the groove between the knuckle bones of the ring and little fingers ' +
          'while spreading the fingers. A tender spot that aches along the side of the ring finger is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm down.',
            'Press into the groove between the ring and little finger bones.',
            'Hold each tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INTEROSSEI, DAVIES],
      },
      {
        id: 'hand-interossei.third-palmar',
        label: 'Palm-side interosseous between the ring and little finger bones',
        location: { region: 'palm', u: 0.2, v: 0.6, view: 'hand-palm' },
        essential: ['finger.little.back'],
        spillover: ['finger.ring.back', 'palm'],
        symptoms: ['finger-stiffness'],
        howToFind:
          'From the palm side, press between the knuckle bones of the ring and little fingers, just below the ' +
          'finger creases of the palm. Squeeze the little finger against the ring finger to feel the muscle work; ' +
          'a tender spot that aches along the side of the little finger is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the hand palm up.',
            'Press between the ring and little finger bones with the other thumb.',
            'Hold the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INTEROSSEI, DAVIES],
      },
    ],
    stretch: {
      name: 'Finger spread and squeeze stretch',
      position: 'seated',
      steps: [
        'Rest the hand flat on a table.',
        'Spread the fingers wide and hold.',
        'Then lift the hand, keep the fingers straight, and gently press two neighbouring fingers together with ' +
          'the other hand.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long spells of pinching and fine work: sewing, knitting, crafts, instruments',
      'Gripping with the fingers held straight, such as holding a phone or cards',
      'Typing with the fingers spread wide',
    ],
    precautions: [
      'Hard bony knobs at the last finger joints (Heberden nodes) can be tender when these muscles hold trigger ' +
        'points, but swollen, hot or deformed joints need a doctor.',
      NUMBNESS_SEE_DOCTOR,
    ],
    relatedMuscles: [
      'first-dorsal-interosseous',
      'abductor-digiti-minimi-hand',
      'flexor-digitorum-superficialis',
      'flexor-digitorum-profundus',
      'extensor-digitorum',
    ],
    sources: [TS_INTEROSSEI, DAVIES],
  },
];
