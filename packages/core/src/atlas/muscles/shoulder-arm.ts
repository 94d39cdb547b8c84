import type { BibliographyEntry, Muscle } from '../atlas.types.ts';

/**
 * Shoulder and upper-arm muscles of the trigger point atlas: the rotator cuff, the muscles of the
 * armpit folds, the chest muscles that act on the shoulder, and the muscles of the upper arm.
 * Referral zones follow the maps of Travell & Simons (Vol. 1, 2nd ed.) as closely as the region
 * vocabulary allows; zone refs are written without a side (same side as the trigger point).
 */

/** Extra references cited by this file, beyond the core bibliography. */
export const SHOULDER_ARM_BIBLIOGRAPHY: readonly BibliographyEntry[] = [
  {
    key: 'bron-2011a',
    citation:
      'Bron C, Dommerholt J, Stegenga B, Wensing M, Oostendorp RAB. High prevalence of shoulder girdle muscles with myofascial trigger points in patients with shoulder pain. BMC Musculoskelet Disord. 2011;12:139. doi:10.1186/1471-2474-12-139',
    kind: 'study',
    url: 'https://doi.org/10.1186/1471-2474-12-139',
  },
  {
    key: 'bron-2011b',
    citation:
      'Bron C, de Gast A, Dommerholt J, Stegenga B, Wensing M, Oostendorp RAB. Treatment of myofascial trigger points in patients with chronic shoulder pain: a randomized, controlled trial. BMC Med. 2011;9:8. doi:10.1186/1741-7015-9-8',
    kind: 'trial',
    url: 'https://doi.org/10.1186/1741-7015-9-8',
  },
];

const TS_SUPRASPINATUS = { ref: 'simons-1999', locator: 'ch. 21, Supraspinatus Muscle' };
const TS_INFRASPINATUS = { ref: 'simons-1999', locator: 'ch. 22, Infraspinatus Muscle' };
const TS_TERES_MINOR = { ref: 'simons-1999', locator: 'ch. 23, Teres Minor Muscle' };
const TS_LATISSIMUS = { ref: 'simons-1999', locator: 'ch. 24, Latissimus Dorsi Muscle' };
const TS_TERES_MAJOR = { ref: 'simons-1999', locator: 'ch. 25, Teres Major Muscle' };
const TS_SUBSCAPULARIS = { ref: 'simons-1999', locator: 'ch. 26, Subscapularis Muscle' };
const TS_DELTOID = { ref: 'simons-1999', locator: 'ch. 28, Deltoid Muscle' };
const TS_CORACOBRACHIALIS = { ref: 'simons-1999', locator: 'ch. 29, Coracobrachialis Muscle' };
const TS_BICEPS = { ref: 'simons-1999', locator: 'ch. 30, Biceps Brachii Muscle' };
const TS_BRACHIALIS = { ref: 'simons-1999', locator: 'ch. 31, Brachialis Muscle' };
const TS_TRICEPS = { ref: 'simons-1999', locator: 'ch. 32, Triceps Brachii Muscle (and Anconeus)' };
const TS_PEC_MAJOR = { ref: 'simons-1999', locator: 'Pectoralis Major Muscle (and Subclavius)' };
const TS_PEC_MINOR = { ref: 'simons-1999', locator: 'Pectoralis Minor Muscle' };
const TS_STERNALIS = { ref: 'simons-1999', locator: 'Sternalis Muscle' };
const TS_SERRATUS_ANTERIOR = { ref: 'simons-1999', locator: 'Serratus Anterior Muscle' };
const TS_SERRATUS_POST_SUP = { ref: 'simons-1999', locator: 'Serratus Posterior Superior Muscle' };
const DAVIES_SHOULDER = { ref: 'davies-2013', locator: 'Shoulder, Upper Back, and Upper Arm Pain' };
const DAVIES_CHEST = { ref: 'davies-2013', locator: 'Chest and Abdominal Pain' };
const BRON_PREVALENCE = { ref: 'bron-2011a' };
const BRON_TRIAL = { ref: 'bron-2011b' };

/** Warnings that apply to every self-treatment in and around the armpit. */
const ARMPIT_PRECAUTION =
  'The nerves and large blood vessels to the arm run through the armpit: press only on muscle, never deep into the hollow, and move off at once if you feel tingling, numbness or a pulse under your fingers.';
const LYMPH_PRECAUTION =
  'Do not press on swollen or hard lumps in the armpit or breast, and skip armpit and chest work if you have lymphoedema or had lymph nodes removed; have any new lump checked by a doctor.';
const CHEST_PAIN_PRECAUTION =
  'Chest pain can come from the heart or lungs. Pain with breathlessness, sweating, nausea, or pain brought on by exertion needs urgent medical care, not massage; have chest pain checked by a doctor before treating it as muscular.';

export const SHOULDER_ARM_MUSCLES: readonly Muscle[] = [
  // ---------------------------------------------------------------------------------------------
  {
    id: 'supraspinatus',
    name: 'Supraspinatus',
    commonNames: ['rotator cuff', 'supraspinatus', 'top of the shoulder blade'],
    area: 'shoulder',
    action:
      'Starts lifting the arm out to the side and keeps the ball of the upper arm centred in its socket. It is the top muscle of the rotator cuff.',
    triggerPoints: [
      {
        id: 'supraspinatus.medial',
        label: 'Supraspinatus, inner part of the hollow above the shoulder-blade ridge',
        location: { region: 'scapula.upper', u: 0.3, v: 0.5, view: 'back' },
        essential: ['shoulder.side', 'elbow.lateral'],
        spillover: ['arm.upper.lateral', 'forearm.radial'],
        symptoms: ['restricted-shoulder', 'sleep-disturbed'],
        howToFind:
          'Find the bony ridge that runs across the shoulder blade; the muscle fills the hollow just above it. Press down firmly through the trapezius in the inner half of that hollow and look for a deep tender spot that sends an ache to the outside of the shoulder.',
        selfTreatment: {
          tools: ['hooked-cane', 'hands'],
          position: 'seated',
          steps: [
            'Sit upright and let the sore arm rest in your lap.',
            'Hook the cane over the opposite shoulder so its tip sits in the hollow above the shoulder-blade ridge.',
            'Pull the handle slowly until you feel a deep, bearable ache, and hold it there.',
            'Without a cane, reach across with the other hand and press down into the hollow with two or three fingers.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SUPRASPINATUS, DAVIES_SHOULDER],
      },
      {
        id: 'supraspinatus.lateral',
        label: 'Supraspinatus, outer part of the hollow near the point of the shoulder',
        location: { region: 'scapula.upper', u: 0.75, v: 0.5, view: 'back' },
        // T&S: the lateral point, near the tendon, refers deep into the mid-deltoid region only;
        // the spread down the arm to the outer elbow belongs to the medial point.
        essential: ['shoulder.side'],
        spillover: [],
        symptoms: ['restricted-shoulder', 'sleep-disturbed'],
        howToFind:
          'Follow the hollow above the shoulder-blade ridge outward to where the ridge and the collarbone come together. Press straight down in the notch just inside that angle; the muscle lies deep under the trapezius, so the tender spot is felt under firm pressure.',
        selfTreatment: {
          tools: ['hands', 'hooked-cane'],
          position: 'seated',
          steps: [
            'Sit with the sore arm relaxed in your lap.',
            'Reach across with the other hand and place two fingers in the notch between the collarbone and the shoulder-blade ridge.',
            'Press down and slightly back until the spot aches, and hold.',
            'A cane tip placed in the same notch works if your fingers tire.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SUPRASPINATUS],
      },
      {
        id: 'supraspinatus.tendon',
        label: 'Supraspinatus tendon, just below the point of the shoulder',
        location: { region: 'shoulder.side', u: 0.3, v: 0.1, view: 'front' },
        essential: ['shoulder.side'],
        spillover: [],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Put the back of the sore-side hand on your lower back; this rolls the tendon forward from under the bony point of the shoulder. Feel just below and in front of that bony point for a tender spot on the upper arm bone.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the back of the sore-side hand against your lower back.',
            'With the fingertips of the other hand press gently just below the front edge of the bony point of the shoulder.',
            'Hold light, steady pressure or make small slow strokes across the tendon.',
            'Stop if the pain turns sharp rather than achy.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        precautions: [
          'A tendon that is sore to touch may also be an inflamed tendon or bursa; keep the pressure light here.',
        ],
        sources: [TS_SUPRASPINATUS],
      },
    ],
    stretch: {
      name: 'Arm-behind-the-back stretch',
      position: 'standing',
      steps: [
        'Stand tall and place the back of the sore-side hand on your lower back.',
        'Take hold of that wrist with the other hand and gently draw it toward the opposite hip.',
        'Let your head tilt a little away from the sore side if it adds a comfortable pull over the top of the shoulder.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Carrying heavy bags, cases or shopping with the arm hanging straight down',
      'Working with the arm raised for long periods, such as painting a ceiling or reaching to a high shelf',
      'Walking a dog that pulls on the lead',
      'Sleeping on the sore side or with the arm tucked up under the pillow',
      'A slumped, head-forward posture that narrows the space under the point of the shoulder',
    ],
    precautions: [
      'Sudden weakness in lifting the arm after a fall or strain may be a torn rotator cuff; see a doctor first.',
      'A hot, red or swollen shoulder, or shoulder pain with fever, needs a doctor.',
      'Neck pain that also brings numbness or weakness into the arm should be checked by a doctor.',
    ],
    relatedMuscles: [
      'infraspinatus',
      'deltoid',
      'upper-trapezius',
      'teres-minor',
      'subscapularis',
      'levator-scapulae',
      'extensor-carpi-radialis-longus',
      'supinator',
    ],
    sources: [TS_SUPRASPINATUS, DAVIES_SHOULDER, BRON_PREVALENCE],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'infraspinatus',
    name: 'Infraspinatus',
    commonNames: ['rotator cuff', 'infraspinatus', 'back of the shoulder blade', 'shoulder blade muscle'],
    area: 'shoulder',
    action:
      'Turns the arm outward and holds the ball of the upper arm in its socket. It is the rotator cuff muscle that covers most of the back of the shoulder blade.',
    triggerPoints: [
      {
        id: 'infraspinatus.upper',
        label: 'Infraspinatus, just below the shoulder-blade ridge',
        location: { region: 'scapula.body', u: 0.55, v: 0.15, view: 'back' },
        essential: ['shoulder.front'],
        spillover: [
          'arm.upper.front',
          'arm.upper.lateral',
          'forearm.radial',
          'wrist.radial',
          'thumb.base',
          'neck.back',
        ],
        symptoms: ['restricted-shoulder', 'sleep-disturbed', 'weak-grip'],
        howToFind:
          'Find the bony ridge across the shoulder blade and slide one finger width below it, about midway along. Press into the flat of the blade; a very tender spot that sends a deep ache into the front of the shoulder is typical.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Put a tennis or lacrosse ball in a sock and hang it over your shoulder so the ball sits on the shoulder blade.',
            'Lean your back against a wall and roll slowly until the ball finds the tender spot below the ridge.',
            'Lean in until the ache is moderate and hold still, breathing slowly.',
            'For more pressure, lie on your back on the ball instead.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INFRASPINATUS, DAVIES_SHOULDER],
      },
      {
        id: 'infraspinatus.central',
        label: 'Infraspinatus, middle of the shoulder blade',
        location: { region: 'scapula.body', u: 0.6, v: 0.45, view: 'back' },
        essential: ['shoulder.front'],
        spillover: [
          'arm.upper.front',
          'arm.upper.lateral',
          'forearm.radial',
          'wrist.radial',
          'thumb.base',
          'neck.back',
        ],
        symptoms: ['restricted-shoulder', 'sleep-disturbed', 'weak-grip'],
        howToFind:
          'Press over the middle of the flat part of the shoulder blade, a little toward its outer half. The muscle is thick here; tender bands that reproduce pain deep in the front of the shoulder are the target.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back on a firm surface with a ball under the middle of the shoulder blade.',
            'Let the sore arm rest across your body to spread the shoulder blade.',
            'Shift your weight onto the ball until the ache is moderate, and hold.',
            'Move the ball one thumb width at a time to find the next tender spot.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INFRASPINATUS, DAVIES_SHOULDER],
      },
      {
        id: 'infraspinatus.medial-border',
        label: 'Infraspinatus, near the inner edge of the shoulder blade',
        location: { region: 'scapula.body', u: 0.15, v: 0.6, view: 'back' },
        essential: ['scapula.medial'],
        spillover: ['interscapular'],
        symptoms: [],
        howToFind:
          'Press along the lower half of the shoulder blade just outside its inner edge. This less common point aches locally along the inner border of the blade rather than in the front of the shoulder.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball just outside the inner edge of the shoulder blade.',
            'Cross the sore arm over your chest so the blade slides outward.',
            'Lean into the ball until it aches moderately, and hold.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_INFRASPINATUS],
      },
    ],
    stretch: {
      name: 'Cross-body shoulder stretch',
      position: 'standing',
      steps: [
        'Bring the sore arm across the front of your chest at shoulder height.',
        'With the other hand, hold just above the elbow and draw it gently toward the opposite shoulder.',
        'Keep the shoulder blade down, away from your ear, and breathe slowly.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Reaching back repeatedly, such as to a back seat or a bedside table behind you',
      'Throwing, tennis serves and forehands, or a sudden jolt when bracing for a fall',
      'Long hours at a keyboard or mouse with the arm unsupported and reaching forward',
      'Driving with the hands at the top of the steering wheel',
      'Sleeping on the sore side, which presses on the muscle, or on the other side with the sore arm hanging forward',
    ],
    precautions: [
      'Pain deep in the front of the shoulder can also come from the joint or a rotator cuff tear; if the arm is weak after an injury, see a doctor.',
      'A hot, red or swollen shoulder, or shoulder pain with fever, needs a doctor.',
      'Neck pain that spreads into the arm with numbness or weakness should be checked by a doctor.',
    ],
    relatedMuscles: [
      'supraspinatus',
      'teres-minor',
      'deltoid',
      'biceps-brachii',
      'pectoralis-major',
      'subscapularis',
      'teres-major',
    ],
    sources: [TS_INFRASPINATUS, DAVIES_SHOULDER, BRON_PREVALENCE, BRON_TRIAL],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'teres-minor',
    name: 'Teres minor',
    commonNames: ['rotator cuff', 'teres minor', 'back of the shoulder'],
    area: 'shoulder',
    action:
      'Helps the infraspinatus turn the arm outward and steadies the shoulder joint; it is the smallest rotator cuff muscle.',
    triggerPoints: [
      {
        id: 'teres-minor.tp1',
        label: 'Teres minor, outer edge of the shoulder blade',
        location: { region: 'scapula.lateral', u: 0.6, v: 0.3, view: 'back' },
        essential: ['shoulder.back'],
        spillover: ['arm.upper.back'],
        symptoms: ['tingling', 'numbness'],
        howToFind:
          'Find the outer edge of the shoulder blade, above where it meets the armpit fold. Press onto the edge of the blade in its upper third; a tender spot that gives a deep, localised ache at the back of the shoulder is the point.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and place a ball on the upper part of the outer edge of the shoulder blade.',
            'Let the arm hang relaxed and lean gently into the ball.',
            'Hold on the tender spot until the ache eases.',
            'Lying on your back on the ball works too.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TERES_MINOR, DAVIES_SHOULDER],
      },
    ],
    stretch: {
      name: 'Cross-body shoulder stretch',
      position: 'standing',
      steps: [
        'Bring the sore arm across your chest at shoulder height.',
        'Hold above the elbow with the other hand and draw the arm gently toward the opposite shoulder.',
        'Keep the shoulder down and relaxed while you hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Reaching up and behind for long periods, or working overhead',
      'Throwing and racquet sports',
      'An injury such as a fall on the outstretched arm',
      'Trigger points in the infraspinatus, which works alongside it',
    ],
    precautions: [
      'Numbness or tingling in the ring and little fingers can come from the neck or the ulnar nerve; if it persists or comes with weakness, see a doctor.',
      'Pain after a dislocation or a fall onto the shoulder should be checked before self-treatment.',
    ],
    relatedMuscles: ['infraspinatus', 'teres-major', 'deltoid', 'supraspinatus', 'subscapularis'],
    sources: [TS_TERES_MINOR, DAVIES_SHOULDER],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'teres-major',
    name: 'Teres major',
    commonNames: ['teres major', 'armpit fold', 'back of the armpit'],
    area: 'shoulder',
    action:
      'Pulls the raised arm down and back and turns it inward, working with the latissimus dorsi; it forms part of the back fold of the armpit.',
    triggerPoints: [
      {
        id: 'teres-major.medial',
        label: 'Teres major, near the lower tip of the shoulder blade',
        location: { region: 'scapula.lower', u: 0.85, v: 0.3, view: 'back' },
        essential: ['shoulder.back', 'arm.upper.back'],
        spillover: ['forearm.back'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Find the lower tip of the shoulder blade and move just above it onto the outer edge. The muscle is a thick band here; a tender knot that sends pain to the back of the shoulder is the point.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and place a ball just above and outside the lower tip of the shoulder blade.',
            'Lean into it gently and roll a little until you find the tender spot.',
            'Hold a moderate pressure there while breathing slowly.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TERES_MAJOR, DAVIES_SHOULDER],
      },
      {
        id: 'teres-major.lateral',
        label: 'Teres major, in the back fold of the armpit',
        location: { region: 'scapula.lateral', u: 0.9, v: 0.75, view: 'back' },
        essential: ['shoulder.back', 'arm.upper.back'],
        spillover: ['forearm.back'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Raise the arm a little and grasp the thick fold of muscle at the back of the armpit between thumb and fingers. Teres major is the deeper, lower part of the fold nearest the shoulder blade.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on a table or the back of a chair.',
            'With the other hand pinch the back fold of the armpit between thumb and fingers.',
            'Squeeze a tender spot to a moderate ache and hold, or slide slowly along the fold.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [ARMPIT_PRECAUTION],
        sources: [TS_TERES_MAJOR, DAVIES_SHOULDER],
      },
    ],
    stretch: {
      name: 'Overhead elbow-pull stretch',
      position: 'standing',
      steps: [
        'Raise the sore arm overhead and bend the elbow so the hand drops behind your head.',
        'With the other hand, hold the elbow and draw it gently back and toward the other side.',
        'Lean your trunk slightly away from the sore side to add to the stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Pulling down hard or repeatedly: rowing, climbing, pull-ups, pulling weeds or starting a mower',
      'Driving a heavy vehicle or one with stiff steering',
      'Sleeping with the arm stretched overhead',
    ],
    precautions: [ARMPIT_PRECAUTION, 'Pain after a shoulder dislocation should be assessed before self-treatment.'],
    relatedMuscles: ['latissimus-dorsi', 'teres-minor', 'triceps-brachii', 'subscapularis', 'infraspinatus', 'deltoid'],
    sources: [TS_TERES_MAJOR, DAVIES_SHOULDER],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'subscapularis',
    name: 'Subscapularis',
    commonNames: ['rotator cuff', 'subscapularis', 'frozen shoulder muscle', 'under the shoulder blade'],
    area: 'shoulder',
    action:
      'Turns the arm inward and holds the ball of the upper arm down in its socket as the arm is raised. It lies on the front of the shoulder blade, against the ribs.',
    triggerPoints: [
      {
        id: 'subscapularis.upper',
        label: 'Subscapularis, upper part reached through the armpit',
        location: { region: 'axilla', u: 0.3, v: 0.35 },
        essential: ['shoulder.back', 'wrist.back'],
        spillover: ['scapula.body', 'scapula.lateral', 'arm.upper.back', 'elbow.back', 'wrist.front'],
        symptoms: ['restricted-shoulder', 'sleep-disturbed'],
        howToFind:
          'Lie on your back with the sore arm out to the side. Slide the fingers of the other hand into the back of the armpit, between the ribs and the back fold, and curl them onto the front surface of the shoulder blade. The muscle is tender there and often reproduces pain at the back of the shoulder.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with the sore arm resting out to the side, elbow bent.',
            'Reach across with the other hand and slide the fingertips into the back of the armpit, onto the front of the shoulder blade.',
            'Press gently toward the shoulder blade, not into the middle of the armpit, and hold.',
            'Let the arm sink slowly further out to the side as the muscle eases.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [ARMPIT_PRECAUTION],
        sources: [TS_SUBSCAPULARIS, DAVIES_SHOULDER],
      },
      {
        id: 'subscapularis.lower',
        label: 'Subscapularis, lower part along the outer edge of the shoulder blade',
        location: { region: 'axilla', u: 0.25, v: 0.75 },
        essential: ['shoulder.back', 'wrist.back'],
        spillover: ['scapula.body', 'scapula.lateral', 'arm.upper.back', 'elbow.back', 'wrist.front'],
        symptoms: ['restricted-shoulder', 'sleep-disturbed'],
        howToFind:
          'With the arm out to the side, work the fingertips down along the front of the outer edge of the shoulder blade, toward its lower tip. Tender spots here are easier to reach when a helper pulls the shoulder blade gently outward.',
        selfTreatment: {
          tools: ['hands'],
          position: 'side-lying',
          steps: [
            'Lie on the good side with the sore arm resting on a pillow in front of you.',
            'Slide the fingertips of the other hand behind the back fold of the armpit onto the front of the shoulder blade.',
            'Press gently against the shoulder blade and hold on a tender spot.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [ARMPIT_PRECAUTION],
        sources: [TS_SUBSCAPULARIS],
      },
    ],
    stretch: {
      name: 'Lying outward-rotation stretch',
      position: 'supine',
      steps: [
        'Lie on your back with the sore arm out to the side at about shoulder height, elbow bent to a right angle.',
        'Let the forearm fall slowly back toward the floor, palm up, as far as is comfortable.',
        'As it eases, slide the arm a little higher toward your head and let it settle again.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated overhead reaching and powerful throwing or swimming strokes',
      'Keeping the arm close to the body and still for long periods, for example in a sling or after a stroke',
      'Rounded shoulders with the arms turned in',
      'Sudden strain when catching yourself in a fall',
    ],
    precautions: [
      ARMPIT_PRECAUTION,
      LYMPH_PRECAUTION,
      'A stiff, painful shoulder that cannot be moved even by someone else may be a frozen shoulder or arthritis; have it diagnosed by a doctor.',
    ],
    relatedMuscles: [
      'pectoralis-major',
      'teres-major',
      'latissimus-dorsi',
      'infraspinatus',
      'teres-minor',
      'supraspinatus',
      'deltoid',
    ],
    sources: [TS_SUBSCAPULARIS, DAVIES_SHOULDER, BRON_PREVALENCE],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'deltoid',
    name: 'Deltoid',
    commonNames: ['delts', 'deltoid', 'shoulder muscle', 'shoulder cap'],
    area: 'shoulder',
    action:
      'Lifts the arm forward, out to the side and back. Its front, middle and back parts each lead one direction.',
    triggerPoints: [
      {
        id: 'deltoid.anterior',
        label: 'Front deltoid, upper part',
        location: { region: 'shoulder.front', u: 0.6, v: 0.35, view: 'front' },
        essential: ['shoulder.front'],
        spillover: ['shoulder.side', 'arm.upper.front'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Feel the front of the shoulder cap just below the outer end of the collarbone. Pinch or press the muscle against the bone; the pain stays around the spot itself.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on your thigh or a table.',
            'Press into the front of the shoulder cap with the fingertips or thumb of the other hand.',
            'Hold on a tender spot, or stroke slowly downward along the fibres.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_DELTOID, DAVIES_SHOULDER],
      },
      {
        id: 'deltoid.middle',
        label: 'Middle deltoid, outside of the shoulder',
        location: { region: 'shoulder.side', u: 0.5, v: 0.4 },
        essential: ['shoulder.side'],
        spillover: ['arm.upper.lateral'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Press the outside of the shoulder cap, a few finger widths below the bony point of the shoulder. A tender band that hurts locally is the point.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand side-on to a wall with a ball between the wall and the outside of the shoulder.',
            'Lean in gently and roll until the ball sits on a tender spot.',
            'Hold a moderate pressure there.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DELTOID],
      },
      {
        id: 'deltoid.posterior',
        label: 'Back deltoid',
        location: { region: 'shoulder.back', u: 0.6, v: 0.5, view: 'back' },
        essential: ['shoulder.back'],
        spillover: ['arm.upper.back'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Reach across to the back of the shoulder cap, below the outer end of the shoulder-blade ridge. Press the muscle against the bone and feel for a tender band.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and place a ball on the back of the shoulder cap.',
            'Lean in and roll slowly until you find the tender spot.',
            'Hold a moderate pressure, breathing slowly.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DELTOID],
      },
    ],
    stretch: {
      name: 'Front and back deltoid stretch',
      position: 'standing',
      steps: [
        'For the front part, clasp your hands behind your back with straight elbows and lift them gently away from your back.',
        'For the back part, bring the arm across your chest and draw it toward the opposite shoulder with the other hand.',
        'Keep the shoulders down and relaxed in both positions.',
      ],
      holdSeconds: 30,
      repetitions: 2,
    },
    perpetuatingFactors: [
      'Holding the arm raised for long periods, such as holding a tool or a hair dryer overhead',
      'Lifting heavy objects with the arms out in front',
      'Sudden strain or a blow to the shoulder, such as in contact sports or a fall',
      'Repeated injections into the shoulder muscle',
    ],
    precautions: [
      'Pain after a fall or a blow, especially with swelling or a changed shape of the shoulder, may be a fracture or dislocation; see a doctor.',
      'A hot, red or swollen shoulder, or shoulder pain with fever, needs a doctor.',
    ],
    relatedMuscles: [
      'supraspinatus',
      'infraspinatus',
      'pectoralis-major',
      'biceps-brachii',
      'coracobrachialis',
      'teres-minor',
      'latissimus-dorsi',
      'triceps-brachii',
    ],
    sources: [TS_DELTOID, DAVIES_SHOULDER],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'latissimus-dorsi',
    name: 'Latissimus dorsi',
    commonNames: ['lats', 'latissimus', 'lat', 'broad back muscle'],
    area: 'upper back',
    action:
      'Pulls the arm down, back and inward, as in climbing, rowing or pushing up from a chair; it spans from the lower back and pelvis to the upper arm.',
    triggerPoints: [
      {
        id: 'latissimus-dorsi.axillary',
        label: 'Latissimus dorsi, back fold of the armpit',
        location: { region: 'scapula.lateral', u: 0.85, v: 0.45, view: 'back' },
        essential: ['scapula.lower'],
        spillover: [
          'back.mid',
          'shoulder.back',
          'arm.upper.back',
          'arm.upper.medial',
          'forearm.ulnar',
          'hypothenar',
          'finger.ring.back',
          'finger.ring.palm',
          'finger.little.back',
          'finger.little.palm',
        ],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Raise the sore arm and grasp the long fold of muscle at the back of the armpit, about level with the middle of the shoulder blade. Lats is the outer, longer part of the fold; roll it between thumb and fingers for a tender band that sends an ache to the lower tip of the shoulder blade.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on a table or the back of a chair so the fold of the armpit is slack.',
            'Pinch the back fold of the armpit between thumb and fingers.',
            'Squeeze a tender band to a moderate ache and hold, or slide slowly along the fold.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [ARMPIT_PRECAUTION],
        sources: [TS_LATISSIMUS, DAVIES_SHOULDER],
      },
      {
        id: 'latissimus-dorsi.lower',
        label: 'Latissimus dorsi, side of the trunk over the lower ribs',
        location: { region: 'back.lateral', u: 0.7, v: 0.3, view: 'back' },
        essential: ['shoulder.front'],
        spillover: ['flank'],
        symptoms: [],
        howToFind:
          'Press along the side of the back over the lower ribs, below and behind the armpit. A tender band in this thin sheet of muscle may send pain to the front of the shoulder.',
        selfTreatment: {
          tools: ['foam-roller', 'ball'],
          position: 'side-lying',
          steps: [
            'Lie on the sore side with a foam roller or ball under the side of the ribs, the arm stretched overhead.',
            'Roll slowly a short way up and down to find a tender spot.',
            'Rest your weight on it until the ache is moderate, and hold.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Go gently over the ribs; skip this if you have brittle bones (osteoporosis) or a recent rib injury.',
        ],
        sources: [TS_LATISSIMUS],
      },
    ],
    stretch: {
      name: 'Overhead side-bend stretch',
      position: 'standing',
      steps: [
        'Stand with your feet together and raise the sore arm overhead.',
        'Take hold of that wrist with the other hand.',
        'Lean slowly to the other side, letting the hips shift toward the sore side, until you feel the stretch down the side of the back.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Reaching up and out repeatedly, or hanging and pulling, as in climbing, pull-ups, rowing and swimming',
      'Pulling heavy loads such as a stiff mower cord or a heavy door',
      'Bras or clothing that bind tightly across the back',
      'Working with the arms raised and reaching forward for long periods',
    ],
    precautions: [
      ARMPIT_PRECAUTION,
      LYMPH_PRECAUTION,
      'Constant aching under the shoulder blade that does not change with movement or position should be checked by a doctor, since organs can refer pain there too.',
    ],
    relatedMuscles: [
      'teres-major',
      'serratus-posterior-superior',
      'serratus-anterior',
      'triceps-brachii',
      'subscapularis',
      'rhomboid-major',
      'iliocostalis-thoracis',
    ],
    sources: [TS_LATISSIMUS, DAVIES_SHOULDER],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'pectoralis-major',
    name: 'Pectoralis major',
    commonNames: ['pecs', 'pec', 'chest muscle', 'pectoral'],
    area: 'chest',
    action:
      'Brings the arm forward and across the body and turns it inward, as in hugging, pushing and throwing; it also helps pull the body up when climbing.',
    triggerPoints: [
      {
        id: 'pectoralis-major.clavicular',
        label: 'Pectoralis major, collarbone part',
        location: { region: 'chest.upper', u: 0.65, v: 0.35, view: 'front' },
        essential: ['shoulder.front'],
        spillover: ['chest.upper'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Feel just below the outer half of the collarbone. Pinch or press the upper part of the chest muscle against the ribs; a tender band that sends an ache to the front of the shoulder is the point.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on your lap so the chest muscle is slack.',
            'Press the fingertips of the other hand just below the outer part of the collarbone.',
            'Hold on a tender spot, or stroke slowly outward toward the shoulder.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_PEC_MAJOR, DAVIES_CHEST],
      },
      {
        id: 'pectoralis-major.sternal',
        label: 'Pectoralis major, middle of the chest muscle',
        location: { region: 'chest.pectoral', u: 0.5, v: 0.3, view: 'front' },
        essential: ['chest.pectoral', 'arm.upper.medial'],
        spillover: [
          'shoulder.front',
          'elbow.medial',
          'forearm.ulnar',
          'hypothenar',
          'finger.ring.palm',
          'finger.little.palm',
        ],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Press the bulk of the chest muscle between the breastbone and the armpit, above the breast. Tender bands that send pain across the chest and down the inside of the arm are typical.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand facing a wall or doorframe with a ball between it and the chest muscle, above the breast.',
            'Lean in gently until the ache is moderate.',
            'Hold still and breathe slowly; move the ball a little to find the next tender spot.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['Work above and to the side of the breast tissue, not on it.'],
        sources: [TS_PEC_MAJOR, DAVIES_CHEST],
      },
      {
        id: 'pectoralis-major.parasternal',
        label: 'Pectoralis major, beside the breastbone',
        location: { region: 'chest.pectoral', u: 0.1, v: 0.45, view: 'front' },
        essential: ['sternum'],
        spillover: ['chest.pectoral'],
        symptoms: [],
        howToFind:
          'Press along the ribs just beside the edge of the breastbone. A tender spot here gives a local ache over the breastbone that stays on the same side.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit upright and place two fingertips just beside the edge of the breastbone.',
            'Press gently into the muscle between the ribs and hold on a tender spot.',
            'Work down the edge of the breastbone one spot at a time.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_PEC_MAJOR],
      },
      {
        id: 'pectoralis-major.lateral-border',
        label: 'Pectoralis major, front fold of the armpit',
        location: { region: 'chest.pectoral', u: 0.9, v: 0.6, view: 'front' },
        essential: ['chest.pectoral', 'breast', 'nipple'],
        spillover: ['axilla'],
        symptoms: [],
        howToFind:
          'Grasp the thick front fold of the armpit between thumb and fingers and work down its lower edge toward the ribs. Tender spots here can make the breast sore and the nipple over-sensitive.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on a table so the front fold of the armpit is slack.',
            'Pinch the fold between thumb and fingers and find a tender band.',
            'Squeeze to a moderate ache and hold, or slide slowly along the fold toward the arm.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [LYMPH_PRECAUTION],
        sources: [TS_PEC_MAJOR, DAVIES_CHEST],
      },
    ],
    stretch: {
      name: 'Doorway chest stretch',
      position: 'standing',
      steps: [
        'Stand in a doorway and place the forearm of the sore arm on the frame, elbow at shoulder height.',
        'Step forward with the foot on that side until you feel a stretch across the chest.',
        'Move the elbow a little higher or lower to reach the upper and lower fibres.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Round-shouldered, slumped sitting that keeps the chest muscle short',
      'Lifting and carrying heavy loads in front of the body',
      'Long periods with the arms crossed or held forward, such as typing with the arms reaching for the keyboard',
      'Sleeping curled up with the arms pulled in across the chest',
      'Keeping the arm still and close to the body for a long time, for example in a sling after an injury',
    ],
    precautions: [
      CHEST_PAIN_PRECAUTION,
      'Travell and Simons describe a tender point in the right pectoralis major, between the fifth and sixth ribs, that they associated with episodes of irregular heartbeat. An irregular or racing heartbeat needs a doctor; do not try to treat it by pressing here.',
      'Do not press on breast tissue or implants; have any new breast lump or nipple change checked by a doctor.',
      LYMPH_PRECAUTION,
    ],
    relatedMuscles: [
      'pectoralis-minor',
      'deltoid',
      'sternalis',
      'subclavius',
      'coracobrachialis',
      'latissimus-dorsi',
      'subscapularis',
      'middle-trapezius',
      'rhomboid-major',
    ],
    sources: [TS_PEC_MAJOR, DAVIES_CHEST],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'pectoralis-minor',
    name: 'Pectoralis minor',
    commonNames: ['pec minor', 'pectoralis minor', 'chest muscle', 'rounded shoulders muscle'],
    area: 'chest',
    action:
      'Draws the shoulder blade forward and down and tips it forward; it also lifts the upper ribs when you breathe hard.',
    triggerPoints: [
      {
        id: 'pectoralis-minor.upper',
        label: 'Pectoralis minor, upper part below the front of the shoulder',
        location: { region: 'chest.upper', u: 0.8, v: 0.65, view: 'front' },
        essential: ['shoulder.front', 'chest.pectoral'],
        spillover: [
          'chest.upper',
          'arm.upper.medial',
          'elbow.medial',
          'forearm.ulnar',
          'finger.middle.palm',
          'finger.ring.palm',
          'finger.little.palm',
        ],
        symptoms: ['numbness', 'tingling', 'restricted-shoulder'],
        howToFind:
          'Find the bony knob at the front of the shoulder just below the outer collarbone; the muscle runs down and inward from it, under the big chest muscle. Press through the chest muscle a little below and inside the knob, with the arm relaxed.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with the sore arm resting on a pillow at your side.',
            'Press the fingertips of the other hand through the chest muscle, a few finger widths below the bony knob at the front of the shoulder.',
            'Hold gentle pressure on a tender spot and breathe slowly.',
            'Move off at once if tingling runs down the arm.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The nerves and main blood vessels to the arm pass under this part of the muscle; keep the pressure light and stop if tingling or numbness appears.',
        ],
        sources: [TS_PEC_MINOR, DAVIES_CHEST],
      },
      {
        id: 'pectoralis-minor.lower',
        label: 'Pectoralis minor, lower part over the upper ribs',
        location: { region: 'chest.pectoral', u: 0.6, v: 0.25, view: 'front' },
        essential: ['shoulder.front', 'chest.pectoral'],
        spillover: [
          'chest.upper',
          'arm.upper.medial',
          'elbow.medial',
          'forearm.ulnar',
          'finger.middle.palm',
          'finger.ring.palm',
          'finger.little.palm',
        ],
        symptoms: ['numbness', 'tingling', 'restricted-shoulder'],
        howToFind:
          'Slide the fingers under the front fold of the armpit from the side and feel up and inward onto the ribs beneath the big chest muscle. The lower part of pectoralis minor lies over the third to fifth ribs, above the breast.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the sore arm resting on your lap to slacken the chest.',
            'Slip the fingers of the other hand under the front fold of the armpit onto the ribs.',
            'Press gently up and inward against the ribs and hold on a tender spot.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [ARMPIT_PRECAUTION],
        sources: [TS_PEC_MINOR],
      },
    ],
    stretch: {
      name: 'High doorway stretch',
      position: 'standing',
      steps: [
        'Stand in a doorway and place the forearm of the sore arm on the frame, elbow well above shoulder height.',
        'Step forward and turn the chest slightly away until you feel a stretch below the front of the shoulder.',
        'Keep the shoulder blade drawn down and back while you hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Slumped, round-shouldered posture at a desk or phone',
      'Heavy bag or backpack straps pressing down on the front of the shoulder',
      'Breathing mainly with the upper chest, for example with asthma or when anxious',
      'Working with the arms forward and down for long periods, such as gardening or using crutches',
    ],
    precautions: [
      'This muscle lies over the nerves and blood vessels to the arm; numbness, coldness, swelling or colour change in the hand should be checked by a doctor.',
      CHEST_PAIN_PRECAUTION,
      LYMPH_PRECAUTION,
    ],
    relatedMuscles: [
      'pectoralis-major',
      'anterior-scalene',
      'middle-scalene',
      'coracobrachialis',
      'biceps-brachii',
      'serratus-anterior',
      'lower-trapezius',
    ],
    sources: [TS_PEC_MINOR, DAVIES_CHEST],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'subclavius',
    name: 'Subclavius',
    commonNames: ['subclavius', 'under the collarbone', 'collarbone muscle'],
    area: 'chest',
    action:
      'Pulls the collarbone down and in toward the breastbone, steadying the collarbone joint when the arm moves.',
    triggerPoints: [
      {
        id: 'subclavius.tp1',
        label: 'Subclavius, under the middle of the collarbone',
        location: { region: 'chest.clavicular', u: 0.45, v: 0.7, view: 'front' },
        essential: [
          'arm.upper.front',
          'forearm.radial',
          'thumb.back',
          'thumb.palm',
          'finger.index.back',
          'finger.index.palm',
        ],
        spillover: [
          'shoulder.front',
          'chest.clavicular',
          'finger.middle.back',
          'finger.middle.palm',
          'thumb.base',
          'hand.back',
        ],
        symptoms: [],
        howToFind:
          'Let the shoulder drop forward to slacken the area. Hook a fingertip under the middle of the collarbone and press up and back against its underside; the small muscle lies right against the bone.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and let the sore shoulder drop slightly forward.',
            'Curl two fingertips of the other hand under the middle of the collarbone.',
            'Press up against the underside of the bone, not down into the hollow, and hold gently.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        precautions: [
          'The large vein, artery and nerves to the arm pass behind the collarbone; press against the bone only and stop if tingling or a pulse is felt.',
        ],
        sources: [TS_PEC_MAJOR],
      },
    ],
    stretch: {
      name: 'Shoulders back and up stretch',
      position: 'seated',
      steps: [
        'Sit tall and clasp your hands behind your back.',
        'Draw the shoulders back and let the chest lift, keeping the chin level.',
        'Take a slow, deep breath into the upper chest while you hold the position.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Round-shouldered posture with the collarbones pulled forward and down',
      'Carrying heavy loads on the shoulders or with straps over the collarbone',
      'Trigger points in the pectoralis major, which often occur together with it',
    ],
    precautions: [
      'Swelling, a bluish colour or heaviness in the arm, or a hand that goes cold or numb, needs a doctor.',
      'Do not press if you have had a collarbone fracture that has not fully healed.',
    ],
    relatedMuscles: [
      'pectoralis-major',
      'pectoralis-minor',
      'anterior-scalene',
      'sternocleidomastoid',
      'biceps-brachii',
      'brachialis',
    ],
    sources: [TS_PEC_MAJOR],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'sternalis',
    name: 'Sternalis',
    commonNames: ['sternalis', 'breastbone muscle', 'sternum muscle'],
    area: 'chest',
    action:
      'A thin strip of muscle lying on the breastbone, present in only some people; its role is unclear and it may help tense the chest wall.',
    triggerPoints: [
      {
        id: 'sternalis.tp1',
        label: 'Sternalis, on the breastbone',
        location: { region: 'sternum', v: 0.4, view: 'front' },
        essential: ['sternum'],
        spillover: ['chest.pectoral', 'shoulder.front', 'arm.upper.medial'],
        symptoms: [],
        howToFind:
          'Press with a fingertip over the breastbone, moving down from the top in small steps and slightly to each side of the centre line. A sharply tender spot that produces a deep ache under the breastbone is the point.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit upright and place a fingertip on the tender spot on the breastbone.',
            'Press gently and hold, or make slow, small circles.',
            'Move along the breastbone to any other tender spot.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_STERNALIS],
      },
    ],
    stretch: {
      name: 'Lying chest opener',
      position: 'supine',
      steps: [
        'Lie on your back on a rolled towel placed lengthwise along the spine.',
        'Let both arms rest out to the sides, palms up, so the chest opens.',
        'Breathe slowly and deeply; the sternalis itself barely stretches, so combine this with pressure on the spot.',
      ],
      holdSeconds: 60,
      repetitions: 2,
    },
    perpetuatingFactors: [
      'Trigger points in the pectoralis major or the neck muscles that send pain to the breastbone',
      'Long periods of slumped sitting',
      'Heavy lifting in front of the chest',
    ],
    precautions: [
      CHEST_PAIN_PRECAUTION,
      'Press gently on the breastbone if you have brittle bones (osteoporosis), and avoid it after recent chest surgery.',
    ],
    relatedMuscles: ['pectoralis-major', 'sternocleidomastoid', 'pectoralis-minor', 'intercostals'],
    sources: [TS_STERNALIS],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'serratus-anterior',
    name: 'Serratus anterior',
    commonNames: ['serratus', "boxer's muscle", 'side stitch muscle', 'side of the ribs'],
    area: 'chest',
    action:
      'Holds the shoulder blade against the ribs and swings it forward and up as you reach or punch; its upper slips can help lift the ribs in hard breathing.',
    triggerPoints: [
      {
        id: 'serratus-anterior.tp1',
        label: 'Serratus anterior, side of the ribs below the armpit',
        location: { region: 'chest.lateral', u: 0.5, v: 0.45 },
        essential: ['chest.lateral', 'scapula.lower'],
        // The spill down the inner arm passes the inner elbow: T&S name the serratus anterior
        // among the sources of medial epicondyle pain.
        spillover: [
          'arm.upper.medial',
          'elbow.medial',
          'forearm.ulnar',
          'hypothenar',
          'finger.ring.palm',
          'finger.little.palm',
        ],
        symptoms: ['shortness-of-breath', 'sleep-disturbed'],
        howToFind:
          'Press along the side of the ribs below the armpit, about level with the nipple line. The muscle slips lie right on the ribs; a tender spot that aches around the side of the chest, or at the lower tip of the shoulder blade, is the point.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the sore arm resting on a table to slacken the side of the chest.',
            'Press the fingertips of the other hand onto the side of the ribs, between the bones rather than hard on them.',
            'Hold on a tender spot and breathe slowly.',
            'A ball between the side of the ribs and a wall works too.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SERRATUS_ANTERIOR, DAVIES_CHEST],
      },
    ],
    stretch: {
      name: 'Shoulder-blade-back stretch',
      position: 'standing',
      steps: [
        'Stand beside a doorframe and hold it with the sore-side hand at shoulder height, arm straight and slightly behind you.',
        'Turn your chest slowly away from the frame until the shoulder blade is drawn back toward the spine.',
        'Breathe slowly and deeply into the side of the chest while you hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Hard running or long periods of heavy breathing, as with coughing',
      'Push-ups, chin-ups or lifting heavy objects overhead',
      'Very long spells of reaching forward or up, such as decorating',
      'Sleeping on the sore side',
    ],
    precautions: [
      CHEST_PAIN_PRECAUTION,
      'Go gently over the ribs; skip this if you have brittle bones (osteoporosis) or a recent rib injury.',
      'Pain in a band along a rib with a rash or burning skin may be shingles; see a doctor.',
      LYMPH_PRECAUTION,
    ],
    relatedMuscles: [
      'latissimus-dorsi',
      'pectoralis-major',
      'pectoralis-minor',
      'intercostals',
      'diaphragm',
      'rhomboid-major',
      'external-oblique',
    ],
    sources: [TS_SERRATUS_ANTERIOR, DAVIES_CHEST],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'serratus-posterior-superior',
    name: 'Serratus posterior superior',
    commonNames: ['serratus posterior superior', 'under the shoulder blade', 'upper back breathing muscle'],
    area: 'upper back',
    action:
      'A thin muscle under the rhomboids that runs from the lower neck and upper back spine to the upper ribs; it helps lift the ribs when breathing in.',
    triggerPoints: [
      {
        id: 'serratus-posterior-superior.tp1',
        label: 'Serratus posterior superior, under the upper inner corner of the shoulder blade',
        location: { region: 'scapula.medial', u: 0.6, v: 0.2, view: 'back' },
        essential: ['scapula.upper', 'scapula.body', 'shoulder.back'],
        // T&S name the serratus posterior superior among the sources of medial epicondyle pain,
        // on the way down the arm to the little-finger side of the hand.
        spillover: [
          'arm.upper.back',
          'elbow.back',
          'elbow.medial',
          'forearm.ulnar',
          'hypothenar',
          'finger.little.back',
          'finger.little.palm',
        ],
        symptoms: ['numbness'],
        howToFind:
          'Cross the sore arm over your chest so the shoulder blade slides outward. Press just inside the upper part of its inner edge, against the ribs; the point lies partly under the blade and gives a deep ache under the shoulder blade.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with a ball under the upper part of the inner edge of the shoulder blade.',
            'Hug yourself, or cross the sore arm over your chest, so the shoulder blade moves out and uncovers the spot.',
            'Let your weight sink onto the ball to a moderate ache and hold.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SERRATUS_POST_SUP],
      },
    ],
    stretch: {
      name: 'Upper-back hug stretch',
      position: 'seated',
      steps: [
        'Sit tall and wrap both arms around yourself, hands reaching toward the shoulder blades.',
        'Round the upper back and let the head drop forward slightly.',
        'Breathe slowly into the upper back so the shoulder blades spread apart.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Breathing mainly with the upper chest, as with coughing, asthma or anxiety',
      'Long hours hunched over a desk, drawing or writing',
      'Rounded shoulders with the upper back curved forward, or a curve of the spine (scoliosis)',
    ],
    precautions: [
      'Pressing hard on the ribs can be unsafe with brittle bones (osteoporosis); keep the pressure moderate.',
      'Numbness or weakness in the hand, especially the little finger side, can come from a nerve in the neck; see a doctor if it persists.',
      'Pain under the shoulder blade that is not affected by movement, or comes with breathlessness, should be checked by a doctor.',
    ],
    relatedMuscles: [
      'rhomboid-major',
      'rhomboid-minor',
      'latissimus-dorsi',
      'middle-scalene',
      'posterior-scalene',
      'levator-scapulae',
      'middle-trapezius',
    ],
    sources: [TS_SERRATUS_POST_SUP],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'coracobrachialis',
    name: 'Coracobrachialis',
    commonNames: ['coracobrachialis', 'inner upper arm', 'front of the armpit'],
    area: 'arm',
    action:
      'Brings the arm forward and in toward the body; it runs from the front of the shoulder blade to the inside of the upper arm bone.',
    triggerPoints: [
      {
        id: 'coracobrachialis.tp1',
        label: 'Coracobrachialis, high on the inside of the upper arm',
        location: { region: 'arm.upper.medial', u: 0.4, v: 0.12, view: 'front' },
        essential: ['shoulder.front', 'arm.upper.back', 'hand.back'],
        spillover: ['forearm.back', 'finger.middle.back'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Lift the arm a little out to the side. Just inside the short head of the biceps, high in the front of the armpit, press the muscle against the upper arm bone; a tender spot that aches at the front of the shoulder is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on a table, slightly out to the side.',
            'Place the thumb of the other hand high on the inside of the upper arm, just below the front fold of the armpit.',
            'Press gently against the arm bone and hold on a tender spot.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The main artery and nerves to the arm run right beside this muscle; press toward the bone only and stop at any tingling or pulsing.',
        ],
        sources: [TS_CORACOBRACHIALIS, DAVIES_SHOULDER],
      },
    ],
    stretch: {
      name: 'Straight-arm wall stretch',
      position: 'standing',
      steps: [
        'Stand side-on to a wall and place the palm of the sore arm on it at shoulder height, slightly behind you.',
        'Keep the elbow straight and turn your body slowly away from the wall.',
        'Stop at a gentle stretch across the front of the shoulder and armpit.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Lifting heavy objects with the arms out in front or reaching overhead',
      'Throwing, push-ups, and holding the arm across the body for long periods',
      'Trigger points in the pectoralis major, deltoid or biceps, which work with it',
    ],
    precautions: [ARMPIT_PRECAUTION],
    relatedMuscles: [
      'biceps-brachii',
      'deltoid',
      'pectoralis-major',
      'pectoralis-minor',
      'triceps-brachii',
      'subscapularis',
    ],
    sources: [TS_CORACOBRACHIALIS, DAVIES_SHOULDER],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'biceps-brachii',
    name: 'Biceps brachii',
    commonNames: ['biceps', 'bicep', 'front of the upper arm'],
    area: 'arm',
    action: 'Bends the elbow and turns the palm up; it also helps lift the arm forward at the shoulder.',
    triggerPoints: [
      {
        id: 'biceps-brachii.short-head',
        label: 'Biceps, inner head, lower middle of the arm',
        location: { region: 'arm.upper.front', u: 0.3, v: 0.6, view: 'front' },
        essential: ['shoulder.front', 'arm.upper.front'],
        spillover: ['elbow.front', 'scapula.upper'],
        symptoms: [],
        howToFind:
          'With the elbow bent and relaxed, grasp the biceps between thumb and fingers a little below the middle of the upper arm. Roll the inner half of the muscle for a tender band that aches up toward the front of the shoulder.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on your thigh, elbow bent and relaxed.',
            'Grasp the biceps between thumb and fingers of the other hand.',
            'Squeeze a tender band and hold, or stroke slowly up toward the shoulder.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'Keep to the muscle itself: the main artery and nerve of the arm run in the groove along its inner edge.',
        ],
        sources: [TS_BICEPS, DAVIES_SHOULDER],
      },
      {
        id: 'biceps-brachii.long-head',
        label: 'Biceps, outer head, lower middle of the arm',
        location: { region: 'arm.upper.front', u: 0.7, v: 0.6, view: 'front' },
        essential: ['shoulder.front', 'arm.upper.front'],
        spillover: ['elbow.front', 'scapula.upper'],
        symptoms: [],
        howToFind:
          'Grasp the outer half of the biceps a little below the middle of the upper arm, with the elbow bent and relaxed. A tender band that sends an ache to the front of the shoulder is the point.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on your thigh, elbow bent.',
            'Pinch the outer half of the biceps between thumb and fingers.',
            'Squeeze and hold on a tender band, or stroke slowly upward.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_BICEPS, DAVIES_SHOULDER],
      },
    ],
    stretch: {
      name: 'Palm-down wall biceps stretch',
      position: 'standing',
      steps: [
        'Stand side-on to a wall and place the sore-side hand on it at shoulder height or a little lower, palm down, thumb pointing down.',
        'Straighten the elbow fully.',
        'Turn your body slowly away from the wall until you feel a stretch along the front of the arm and shoulder.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Lifting heavy objects with the palms up and the elbows straight, or carrying a heavy bag on the forearm',
      'Repeated turning movements such as using a screwdriver',
      'Playing a stringed instrument or serving in tennis for long periods',
      'Sleeping with the elbow tightly bent',
    ],
    precautions: [
      'Sudden pain at the front of the shoulder or elbow with a bulge in the upper arm may be a torn biceps tendon; see a doctor.',
      'Pain in the front of the shoulder can also come from the biceps tendon itself; go gently if the tendon groove is very tender.',
    ],
    relatedMuscles: [
      'brachialis',
      'deltoid',
      'coracobrachialis',
      'supinator',
      'infraspinatus',
      'upper-trapezius',
      'triceps-brachii',
    ],
    sources: [TS_BICEPS, DAVIES_SHOULDER],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'brachialis',
    name: 'Brachialis',
    commonNames: ['brachialis', 'under the biceps', 'elbow flexor'],
    area: 'arm',
    action:
      'The main muscle that bends the elbow, whichever way the palm faces; it lies under the lower half of the biceps.',
    triggerPoints: [
      {
        id: 'brachialis.lower',
        label: 'Brachialis, just above the crook of the elbow',
        location: { region: 'arm.upper.front', u: 0.75, v: 0.85, view: 'front' },
        essential: ['thumb.base'],
        spillover: ['elbow.front', 'wrist.radial', 'thumb.back', 'thumb.web'],
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Bend the elbow and relax the arm. A few finger widths above the crease of the elbow, push the biceps toward the inside and press into the muscle underneath from the outer side. A tender spot that aches at the base of the thumb is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on a table, elbow bent and palm up.',
            'Push the lower biceps toward the inside with the thumb of the other hand.',
            'Press with the fingers into the muscle below it on the outer side and hold on a tender spot.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'A nerve to the thumb side of the hand runs along the outer edge of this muscle; ease off if you feel tingling in the thumb.',
        ],
        sources: [TS_BRACHIALIS],
      },
      {
        id: 'brachialis.upper',
        label: 'Brachialis, middle of the upper arm on the outer side',
        location: { region: 'arm.upper.front', u: 0.85, v: 0.6, view: 'front' },
        essential: ['thumb.base'],
        spillover: ['arm.upper.front', 'shoulder.front', 'elbow.front'],
        symptoms: [],
        howToFind:
          'Halfway down the upper arm, on the outer side of the biceps, press inward toward the bone. The brachialis lies just beneath the biceps here.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on a table with the elbow slightly bent.',
            'Press the fingertips into the outer side of the arm, just beside the biceps, halfway down.',
            'Hold on a tender spot or stroke slowly along the arm.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_BRACHIALIS],
      },
    ],
    stretch: {
      name: 'Straight-elbow stretch',
      position: 'seated',
      steps: [
        'Rest the back of the sore upper arm on a table, palm facing up.',
        'Let the elbow straighten fully.',
        'With the other hand press the forearm gently down so the elbow straightens a little further, without forcing.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Lifting and carrying with the elbow bent, such as shopping bags or a child on the arm',
      'Playing guitar or violin, or holding a phone to the ear for long periods',
      'Sleeping with the elbow tightly bent',
      'Strenuous curls or pulling exercises',
    ],
    precautions: [
      'Persistent numbness on the back of the thumb, or weakness in the hand, should be checked by a doctor.',
      'Pain at the base of the thumb can also come from arthritis of the thumb joint; a swollen or deformed joint needs a doctor.',
    ],
    relatedMuscles: [
      'biceps-brachii',
      'brachioradialis',
      'supinator',
      'adductor-pollicis',
      'opponens-pollicis',
      'subclavius',
    ],
    sources: [TS_BRACHIALIS],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'triceps-brachii',
    name: 'Triceps brachii',
    commonNames: ['triceps', 'tricep', 'back of the upper arm'],
    area: 'arm',
    action:
      'Straightens the elbow, as in pushing; its long head also helps pull the arm back and down at the shoulder.',
    triggerPoints: [
      {
        id: 'triceps-brachii.long-head',
        label: 'Triceps, long head, upper back of the arm',
        location: { region: 'arm.upper.back', u: 0.35, v: 0.3, view: 'back' },
        essential: ['arm.upper.back', 'shoulder.back'],
        spillover: ['shoulder.top', 'neck.base', 'forearm.back'],
        symptoms: ['restricted-shoulder'],
        howToFind:
          'Grasp the back of the upper arm a few finger widths below the back fold of the armpit, on its inner half. Roll the long head between thumb and fingers for a tender band that aches up into the back of the shoulder.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore arm on a table in front of you, elbow slightly bent.',
            'Pinch the back of the upper arm, below the armpit, between thumb and fingers.',
            'Squeeze a tender band and hold, or stroke slowly up toward the shoulder.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_TRICEPS],
      },
      {
        id: 'triceps-brachii.lateral-lower',
        label: 'Triceps, outer side just above the elbow',
        location: { region: 'arm.upper.lateral', u: 0.5, v: 0.8 },
        essential: ['elbow.lateral'],
        spillover: ['forearm.radial'],
        symptoms: [],
        howToFind:
          'Find the bony bump on the outside of the elbow and move up the outer edge of the back of the arm about a hand width. Press toward the bone for a tender spot that sends pain to the outside of the elbow, like tennis elbow.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on a table, elbow slightly bent.',
            'Press the fingertips into the outer side of the lower upper arm, just behind the bone.',
            'Hold on a tender spot, or stroke slowly toward the elbow.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_TRICEPS],
      },
      {
        id: 'triceps-brachii.lateral-head',
        label: 'Triceps, lateral head, outer back of the mid upper arm',
        location: { region: 'arm.upper.back', u: 0.85, v: 0.45, view: 'back' },
        essential: ['arm.upper.back'],
        spillover: ['forearm.back', 'finger.ring.back', 'finger.little.back'],
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Press the outer half of the back of the upper arm, about halfway between shoulder and elbow. A tender band here aches over the back of the arm.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with the back of the upper arm against a wall and a ball between arm and wall.',
            'Lean gently into the ball and roll slowly to find the tender spot.',
            'Hold a moderate pressure, easing off at once if tingling runs down the arm.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The radial nerve winds around the arm bone here; if pressure causes tingling or numbness down the arm, move off.',
        ],
        sources: [TS_TRICEPS],
      },
      {
        id: 'triceps-brachii.insertion',
        label: 'Triceps, just above the point of the elbow',
        location: { region: 'elbow.back', u: 0.5, v: 0.15, view: 'back' },
        essential: ['elbow.back'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Feel just above the bony point of the elbow, where the triceps tendon joins the muscle. A tender spot here aches at the point of the elbow.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on a table, elbow slightly bent.',
            'Press with a fingertip just above the bony point of the elbow.',
            'Hold gently on the tender spot.',
          ],
          pressure: 5,
          holdSeconds: 20,
          repetitions: 3,
        },
        sources: [TS_TRICEPS],
      },
      {
        id: 'triceps-brachii.medial-lower',
        label: 'Triceps, inner side just above the elbow',
        location: { region: 'arm.upper.medial', u: 0.5, v: 0.85 },
        essential: ['elbow.medial'],
        spillover: ['forearm.ulnar', 'hypothenar', 'finger.ring.back', 'finger.little.back'],
        symptoms: [],
        howToFind:
          'Find the bony bump on the inside of the elbow and move up a few finger widths along the inner back edge of the arm. Press the muscle toward the bone for a tender spot that aches at the inside of the elbow.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on a table, elbow slightly bent.',
            'Press the fingertips into the back of the arm just above the inner elbow, staying behind the bony bump.',
            'Hold gently on a tender spot.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          "The ulnar nerve (the 'funny bone') runs in the groove behind the inner elbow bump; do not press into the groove, and move off if the little finger tingles.",
        ],
        sources: [TS_TRICEPS],
      },
    ],
    stretch: {
      name: 'Overhead triceps stretch',
      position: 'standing',
      steps: [
        'Raise the sore arm overhead and bend the elbow so the hand drops behind your head.',
        'With the other hand, press the elbow gently back and toward the head.',
        'Keep the head upright and breathe slowly.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Pushing and straightening the elbow under load: push-ups, dips, using crutches or a walking stick',
      'Tennis and golf, especially backhands and long practice sessions',
      'Leaning on the elbows for long periods',
      'Sitting in chairs with armrests too low or too high, or typing without elbow support',
    ],
    precautions: [
      'The radial nerve crosses the outer back of the arm and the ulnar nerve the inner elbow; pressure there should never produce tingling.',
      'A swollen, hot bump on the point of the elbow may be bursitis or infection; see a doctor.',
    ],
    relatedMuscles: [
      'anconeus',
      'latissimus-dorsi',
      'teres-major',
      'serratus-posterior-superior',
      'supinator',
      'extensor-carpi-radialis-longus',
      'brachioradialis',
    ],
    sources: [TS_TRICEPS],
  },

  // ---------------------------------------------------------------------------------------------
  {
    id: 'anconeus',
    name: 'Anconeus',
    commonNames: ['anconeus', 'back of the elbow', 'elbow muscle'],
    area: 'arm',
    action:
      'A small triangular muscle at the back of the elbow that helps straighten the elbow and steadies the joint.',
    triggerPoints: [
      {
        id: 'anconeus.tp1',
        label: 'Anconeus, between the point of the elbow and its outer bump',
        location: { region: 'elbow.back', u: 0.8, v: 0.7, view: 'back' },
        essential: ['elbow.lateral'],
        spillover: ['elbow.back'],
        symptoms: [],
        howToFind:
          'Find the bony point of the elbow and the bony bump on its outer side. Press in the small triangle just below the line between them; a tender spot that aches at the outside of the elbow is the point.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Rest the sore forearm on a table, elbow slightly bent.',
            'Press with the thumb of the other hand into the small hollow below and between the two bony points.',
            'Hold on the tender spot, or make slow small strokes across it.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TRICEPS],
      },
    ],
    stretch: {
      name: 'Full elbow bend stretch',
      position: 'seated',
      steps: [
        'Bend the sore elbow fully so the hand comes toward the shoulder.',
        'With the other hand, press the forearm gently toward the upper arm.',
        'Hold at a mild stretch over the back of the elbow.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated gripping with the elbow straightening, as in tennis backhands or hammering',
      'Leaning on the back of the elbow on hard surfaces',
      'Trigger points in the triceps, which works with it',
    ],
    precautions: [
      'Pain on the outside of the elbow can also come from the forearm extensor tendons; if it follows an injury or the elbow is swollen, see a doctor.',
    ],
    relatedMuscles: [
      'triceps-brachii',
      'supinator',
      'extensor-carpi-radialis-longus',
      'extensor-carpi-radialis-brevis',
      'brachioradialis',
    ],
    sources: [TS_TRICEPS],
  },
];
