import type { Muscle, SourceCitation } from '../atlas.types.ts';

/*
 * Hip and thigh muscles of the trigger point atlas: the gluteals and short lateral rotators, the
 * hip flexors and adductors of the front and inside of the thigh, the quadriceps and the hamstrings.
 * Referral zones follow the maps of Travell & Simons, Vol. 2 (1992), written in the region vocabulary.
 */

// Travell & Simons Vol. 2. Chapter numbers are given only where certain; otherwise the chapter title.
const TS_GLUTEUS_MAXIMUS: SourceCitation = { ref: 'travell-1992', locator: 'ch. 7, Gluteus Maximus Muscle' };
const TS_GLUTEUS_MEDIUS: SourceCitation = { ref: 'travell-1992', locator: 'ch. 8, Gluteus Medius Muscle' };
const TS_GLUTEUS_MINIMUS: SourceCitation = { ref: 'travell-1992', locator: 'ch. 9, Gluteus Minimus Muscle' };
const TS_PIRIFORMIS: SourceCitation = {
  ref: 'travell-1992',
  locator: 'ch. 10, Piriformis and Other Short Lateral Rotators',
};
const TS_TFL: SourceCitation = { ref: 'travell-1992', locator: 'Tensor Fasciae Latae Muscle' };
const TS_SARTORIUS: SourceCitation = { ref: 'travell-1992', locator: 'Sartorius Muscle' };
const TS_PECTINEUS: SourceCitation = { ref: 'travell-1992', locator: 'Pectineus Muscle' };
const TS_ADDUCTORS: SourceCitation = {
  ref: 'travell-1992',
  locator: 'Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles',
};
const TS_GRACILIS: SourceCitation = { ref: 'travell-1992', locator: 'Gracilis' };
const TS_QUADRICEPS: SourceCitation = { ref: 'travell-1992', locator: 'Quadriceps Femoris Group' };
const TS_HAMSTRINGS: SourceCitation = { ref: 'travell-1992', locator: 'Hamstring Muscles' };
const DONNELLY_GLUTEUS_MINIMUS: SourceCitation = { ref: 'donnelly-2019', locator: 'Gluteus Minimus Muscle' };

// The Trigger Point Therapy Workbook: chapter title plus the muscle's section.
const davies = (chapter: 'buttocks' | 'hip-thigh-knee', muscle: string): SourceCitation => ({
  ref: 'davies-2013',
  locator: `${chapter === 'buttocks' ? 'Midback, Low Back, and Buttocks Pain' : 'Hip, Thigh, and Knee Pain'}; ${muscle}`,
});

const DEEP_LEG_PAIN_WARNING =
  'Pain running down the leg with numbness, real weakness, or any change in bladder or bowel control needs a doctor ' +
  'promptly: it can come from a nerve root in the spine rather than a trigger point.';
const CLOT_WARNING =
  'A thigh or calf that is swollen, warm, red or newly painful to touch can mean a blood clot: see a doctor the same ' +
  'day and do not massage it.';
const BLOOD_THINNER_WARNING =
  'If you bruise easily or take medicine that thins the blood, ask your doctor or pharmacist before using firm pressure.';

export const HIP_THIGH_MUSCLES: readonly Muscle[] = [
  // ───────────────────────────── Gluteals and short rotators ─────────────────────────────
  {
    id: 'gluteus-maximus',
    name: 'Gluteus maximus',
    commonNames: ['glutes', 'glute max', 'buttock muscle', 'butt muscle', 'gluteus maximus'],
    area: 'pelvis',
    action:
      'Straightens the hip behind you and turns the thigh out; it does the work of climbing stairs, rising from a chair ' +
      'and leaning forward to lift.',
    triggerPoints: [
      {
        id: 'gluteus-maximus.tp1',
        label: 'Gluteus maximus, beside the sacrum',
        location: { region: 'buttock.upper', u: 0.1, v: 0.6, view: 'back' },
        essential: ['sacroiliac', 'sacrum', 'buttock.lower'],
        spillover: ['buttock.upper', 'thigh.back'],
        symptoms: [],
        howToFind:
          'Lie face down and press along the edge of the buttock muscle just beside the flat bone at the base of the ' +
          'spine; a tender band there sends an ache in a curve along the crease between the buttocks.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball under the buttock, just beside the sacrum.',
            'Shift your weight slowly until you find the tender spot.',
            'Let your body weight rest on it and breathe slowly until the ache eases.',
            'Move the ball a finger-width along the edge of the sacrum and repeat.',
          ],
          pressure: 6,
          holdSeconds: 45,
          repetitions: 3,
        },
        sources: [TS_GLUTEUS_MAXIMUS, davies('buttocks', 'Gluteus maximus')],
      },
      {
        id: 'gluteus-maximus.tp2',
        label: 'Gluteus maximus, above the sit bone',
        location: { region: 'buttock.lower', u: 0.35, v: 0.6, view: 'back' },
        essential: ['buttock.lower', 'buttock.upper', 'sacrum'],
        spillover: ['iliac-crest', 'thigh.back'],
        symptoms: [],
        howToFind:
          'Find the bony sit bone under the lower buttock; the spot lies just above it. It can make a hard seat feel ' +
          'like sitting on a stone, and pressing it reproduces an ache across the whole buttock.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball between the wall and your lower buttock.',
            'Bend your knees a little to roll the ball to just above the sit bone.',
            'Lean in until the tender spot reaches a moderate ache and hold.',
            'Keep the ball on the muscle, not on the bone.',
          ],
          pressure: 6,
          holdSeconds: 45,
          repetitions: 3,
        },
        sources: [TS_GLUTEUS_MAXIMUS, davies('buttocks', 'Gluteus maximus')],
      },
      {
        id: 'gluteus-maximus.tp3',
        label: 'Gluteus maximus, low and inside, near the tailbone',
        location: { region: 'buttock.lower', u: 0.05, v: 0.45, view: 'back' },
        essential: ['coccyx'],
        spillover: ['buttock.lower', 'sacrum'],
        symptoms: [],
        howToFind:
          'Press into the lowest, innermost part of the buttock muscle, a little to the side of the tailbone. A tender ' +
          'spot here that makes the tailbone ache is a common muscular cause of tailbone pain.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and place a ball under the lower inner buttock, beside the tailbone.',
            'Lower your weight onto it slowly.',
            'Hold while the tenderness fades, keeping the ball off the tailbone itself.',
          ],
          pressure: 5,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: ['Keep the ball on muscle beside the tailbone; never press on the tailbone itself.'],
        sources: [TS_GLUTEUS_MAXIMUS, davies('buttocks', 'Gluteus maximus')],
      },
    ],
    stretch: {
      name: 'Knee to chest',
      position: 'supine',
      steps: [
        'Lie on your back and bend the knee on the side you are stretching.',
        'Hold the knee with both hands and draw it toward the same-side shoulder.',
        'Then guide it a little toward the opposite shoulder to vary where you feel the stretch.',
        'Keep the other leg relaxed and breathe out as you ease in.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting for long periods, especially on a hard seat or on a wallet in the back pocket',
      'Sleeping curled up on the side with the top knee drawn up',
      'Uphill walking, stair climbing or repeated bending and lifting without a break',
      'Falls onto the buttock or catching yourself from a fall',
      'Injections into the buttock muscle',
    ],
    precautions: [
      DEEP_LEG_PAIN_WARNING,
      'Tailbone pain after a fall can be a fracture or bruised bone: have it checked if it does not settle.',
      'Work on muscle, not on the sacrum, tailbone or sit bone.',
    ],
    relatedMuscles: [
      'gluteus-medius',
      'piriformis',
      'biceps-femoris',
      'semitendinosus',
      'coccygeus',
      'levator-ani',
      'thoracolumbar-multifidi',
    ],
    sources: [TS_GLUTEUS_MAXIMUS, davies('buttocks', 'Gluteus maximus')],
  },
  {
    id: 'gluteus-medius',
    name: 'Gluteus medius',
    commonNames: ['glute med', 'glutes', 'side glute', 'hip abductor', 'gluteus medius'],
    area: 'pelvis',
    action:
      'Lifts the leg out to the side and, above all, holds the pelvis level each time you stand on one leg while ' +
      'walking.',
    triggerPoints: [
      {
        id: 'gluteus-medius.tp1',
        label: 'Gluteus medius, back end, below the crest',
        location: { region: 'buttock.upper', u: 0.3, v: 0.15, view: 'back' },
        essential: ['iliac-crest', 'sacroiliac', 'sacrum'],
        spillover: ['buttock.upper', 'back.low'],
        symptoms: [],
        howToFind:
          'Put your thumb on the back of the hip bone crest, near the dimple over the sacroiliac joint, and press just ' +
          'below the rim. A tender spot here gives low back pain along the belt line and over the sacrum.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and place a ball just below the back of the hip bone crest.',
            'Lean in and roll slowly until you meet the tender spot.',
            'Hold steady pressure and breathe until the ache softens.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
        },
        sources: [TS_GLUTEUS_MEDIUS, davies('buttocks', 'Gluteus medius')],
      },
      {
        id: 'gluteus-medius.tp2',
        label: 'Gluteus medius, middle, below the crest',
        location: { region: 'buttock.upper', u: 0.65, v: 0.15, view: 'back' },
        essential: ['buttock.upper', 'iliac-crest'],
        spillover: ['buttock.lower', 'hip.lateral', 'thigh.lateral', 'thigh.back'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press an inch or two below the middle of the hip bone crest, on the upper outer buttock. The spot sends pain ' +
          'into the side of the buttock and sometimes down the outer hip; lying on that side may be hard.',
        selfTreatment: {
          tools: ['ball'],
          position: 'side-lying',
          steps: [
            'Lie on the sore side, half turned toward your back, with a ball under the upper outer buttock.',
            'Support yourself on your elbow and let your weight settle onto the ball.',
            'Roll a little forward and back to find the most tender spot and hold there.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
        },
        sources: [TS_GLUTEUS_MEDIUS, davies('buttocks', 'Gluteus medius')],
      },
      {
        id: 'gluteus-medius.tp3',
        label: 'Gluteus medius, front end, below the crest',
        location: { region: 'buttock.upper', u: 0.92, v: 0.2, view: 'back' },
        essential: ['iliac-crest', 'back.low'],
        spillover: ['sacrum', 'sacroiliac'],
        symptoms: [],
        howToFind:
          'Stand and put your hand on your hip with the thumb behind; press with the fingers just below the front part ' +
          'of the crest, behind the bony point at the front of the pelvis.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'side-lying',
          steps: [
            'Lie on the other side with the sore hip on top.',
            'Press your fingertips, or a ball held in the hand, just below the front of the hip bone crest.',
            'Hold on the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_GLUTEUS_MEDIUS, davies('buttocks', 'Gluteus medius')],
      },
    ],
    stretch: {
      name: 'Lying knee cross-over',
      position: 'supine',
      steps: [
        'Lie on your back and bend the knee on the side you are stretching.',
        'With the opposite hand, guide that knee across your body toward the floor.',
        'Keep both shoulders on the floor and let the hip roll until you feel the stretch in the side of the buttock.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A leg length difference or a foot with a long second toe bone that makes the foot roll in',
      'Standing with your weight on one leg, or carrying a child on one hip',
      'Walking or running on sand or on sloped roads',
      'Sleeping on the side without a pillow between the knees',
      'Sitting on a wallet in a back pocket or sitting for long without a break',
    ],
    precautions: [
      DEEP_LEG_PAIN_WARNING,
      'Pain at the very tip of the outer hip bone when lying on it is often blamed on bursitis: have it assessed if it ' +
        'does not improve with muscle work.',
    ],
    relatedMuscles: [
      'gluteus-minimus',
      'gluteus-maximus',
      'piriformis',
      'tensor-fasciae-latae',
      'quadratus-lumborum',
      'iliocostalis-lumborum',
    ],
    sources: [TS_GLUTEUS_MEDIUS, davies('buttocks', 'Gluteus medius')],
  },
  {
    id: 'gluteus-minimus',
    name: 'Gluteus minimus',
    commonNames: ['glute min', 'glutes', 'deep glute', 'gluteus minimus', 'pseudo-sciatica'],
    area: 'hip',
    action:
      'Lies under the gluteus medius and helps it lift the leg to the side and keep the pelvis level; the front fibres ' +
      'also turn the thigh in.',
    triggerPoints: [
      {
        id: 'gluteus-minimus.anterior',
        label: 'Gluteus minimus, front part',
        location: { region: 'hip.lateral', u: 0.4, v: 0.15, view: 'front' },
        essential: ['buttock.lower', 'hip.lateral', 'thigh.lateral', 'knee.lateral', 'leg.lateral'],
        spillover: ['ankle.lateral'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Find the bony point at the front of the pelvis and the big knob of the thigh bone on the outer hip; the spot ' +
          'lies deep between them. Pain shooting down the outside of the leg like sciatica often starts here.',
        selfTreatment: {
          tools: ['ball'],
          position: 'side-lying',
          steps: [
            'Lie on the sore side with a ball under the hip, just below and behind the front point of the pelvis.',
            'Roll slightly onto your front or back to find the tender spot.',
            'Let your weight sink in slowly; the muscle is deep, so give it time.',
            'Ease off if the pain turns sharp or you feel pins and needles.',
          ],
          pressure: 6,
          holdSeconds: 60,
          repetitions: 3,
        },
        sources: [TS_GLUTEUS_MINIMUS, davies('buttocks', 'Gluteus minimus'), DONNELLY_GLUTEUS_MINIMUS],
      },
      {
        id: 'gluteus-minimus.posterior',
        label: 'Gluteus minimus, back part',
        location: { region: 'buttock.upper', u: 0.55, v: 0.7, view: 'back' },
        essential: ['buttock.lower', 'thigh.back', 'calf.upper'],
        spillover: ['knee.back', 'calf.lower'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press deep into the upper outer buttock, about halfway between the top of the hip bone and the knob of the ' +
          'thigh bone. A tender spot that sends pain down the back of the thigh into the calf is typical.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball under the upper outer buttock.',
            'Tilt toward the ball side to load it and search slowly for the tender spot.',
            'Hold steady pressure and breathe until the ache eases.',
            'Move off at once if you feel electric or tingling pain down the leg.',
          ],
          pressure: 6,
          holdSeconds: 60,
          repetitions: 3,
        },
        precautions: [
          'The sciatic nerve runs lower and nearer the middle of the buttock: keep pressure high and outward.',
        ],
        sources: [TS_GLUTEUS_MINIMUS, davies('buttocks', 'Gluteus minimus'), DONNELLY_GLUTEUS_MINIMUS],
      },
    ],
    stretch: {
      name: 'Side-lying leg drop',
      position: 'side-lying',
      steps: [
        'Lie on your good side near the edge of a bed, the sore side on top.',
        'Straighten the top leg and let it hang down over the edge, a little behind you for the front fibres.',
        'For the back fibres, let it hang a little in front of you instead.',
        'Relax and let gravity do the stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Standing still for long spells, or sitting long without moving',
      'Limping from a sore foot, knee or hip',
      'Long drives with the foot held on the pedal',
      'A leg length difference or feet that roll in',
      'Sleeping on the side without a pillow between the knees',
    ],
    precautions: [
      DEEP_LEG_PAIN_WARNING,
      'Pain from this muscle mimics sciatica; if tests of the back have not been done and pain is severe, see a doctor.',
      'Hip joint problems cause groin pain and stiffness: have a stiff, painful hip checked.',
    ],
    relatedMuscles: [
      'gluteus-medius',
      'piriformis',
      'tensor-fasciae-latae',
      'vastus-lateralis',
      'fibularis-longus',
      'quadratus-lumborum',
    ],
    sources: [TS_GLUTEUS_MINIMUS, davies('buttocks', 'Gluteus minimus'), DONNELLY_GLUTEUS_MINIMUS],
  },
  {
    id: 'piriformis',
    name: 'Piriformis',
    commonNames: ['piriformis', 'piriformis syndrome', 'deep buttock', 'hip rotator', 'sciatica muscle'],
    area: 'pelvis',
    action:
      'Turns the thigh outward and steadies the hip; it also brakes the thigh from turning in too fast when you walk ' +
      'or run.',
    triggerPoints: [
      {
        id: 'piriformis.lateral',
        label: 'Piriformis, outer part, near the hip',
        location: { region: 'buttock.lower', u: 0.7, v: 0.15, view: 'back' },
        essential: ['sacroiliac', 'buttock.lower'],
        spillover: ['buttock.upper', 'hip.lateral', 'thigh.back'],
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Picture a line from the top of the buttock crease to the bony knob on the outer hip. Press deep into the ' +
          'buttock along the outer third of that line, just before the knob.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball under the buttock, near the outer hip.',
            'Let the knee on that side fall slightly outward to relax the muscle.',
            'Rest your weight on the ball and hold while the ache fades.',
            'Move the ball if you feel burning, shooting or tingling pain down the leg.',
          ],
          pressure: 5,
          holdSeconds: 45,
          repetitions: 3,
        },
        sources: [TS_PIRIFORMIS, davies('buttocks', 'Piriformis')],
      },
      {
        id: 'piriformis.medial',
        label: 'Piriformis, inner part, near the sacrum',
        location: { region: 'buttock.upper', u: 0.2, v: 0.85, view: 'back' },
        essential: ['sacroiliac', 'buttock.lower'],
        spillover: ['buttock.upper', 'thigh.back'],
        symptoms: ['numbness', 'tingling'],
        howToFind:
          'Press in the middle of the buttock close to the side edge of the sacrum, along the same line. This end lies ' +
          'deep; the tenderness is usually felt through the buttock muscle above it.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball in the middle of the buttock, near the sacrum.',
            'Lower your weight slowly onto the ball.',
            'Hold gently; this area lies over the sciatic nerve, so keep the pressure moderate.',
          ],
          pressure: 4,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: [
          'The sciatic nerve leaves the pelvis right here: stop if pain turns electric or the leg tingles or goes numb.',
        ],
        sources: [TS_PIRIFORMIS, davies('buttocks', 'Piriformis')],
      },
    ],
    stretch: {
      name: 'Figure-four stretch',
      position: 'supine',
      steps: [
        'Lie on your back with both knees bent and cross the ankle of the sore side over the other knee.',
        'Reach through and hold the back of the lower thigh.',
        'Draw that thigh toward your chest until you feel the stretch deep in the buttock.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting on a wallet, or sitting with one leg tucked under you',
      'Long drives with the hip turned out and the foot on the pedal',
      'A sudden twist or catching yourself from a fall',
      'Feet that roll in, or a leg length difference',
      'Sitting for hours with the knees crossed',
    ],
    precautions: [
      'The sciatic nerve passes under or through this muscle: use moderate pressure and stop at any tingling, burning ' +
        'or numbness.',
      DEEP_LEG_PAIN_WARNING,
      'Do not press into the buttock crease or the area close to the anus.',
    ],
    relatedMuscles: [
      'gemelli',
      'quadratus-femoris',
      'obturator-internus',
      'gluteus-minimus',
      'gluteus-medius',
      'gluteus-maximus',
      'levator-ani',
      'coccygeus',
    ],
    sources: [TS_PIRIFORMIS, davies('buttocks', 'Piriformis'), { ref: 'donnelly-2019', locator: 'Piriformis Muscle' }],
  },
  {
    id: 'gemelli',
    name: 'Gemelli (superior and inferior)',
    commonNames: ['gemelli', 'gemellus', 'deep hip rotators', 'deep six'],
    area: 'pelvis',
    action:
      'Two small muscles below the piriformis that help turn the thigh outward and hold the ball of the hip in its ' +
      'socket.',
    triggerPoints: [
      {
        id: 'gemelli.tp1',
        label: 'Gemelli, below the piriformis',
        location: { region: 'buttock.lower', u: 0.6, v: 0.3, view: 'back' },
        essential: ['buttock.lower'],
        spillover: ['sacroiliac', 'thigh.back'],
        symptoms: [],
        howToFind:
          'Press deep in the lower buttock just below the line of the piriformis, between the knob of the thigh bone and ' +
          'the sit bone. These muscles cannot be told apart by touch; a deep tender spot here is all you can feel.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball under the lower outer buttock, level with the hip knob.',
            'Lower your weight gently and hold on the tender spot.',
            'Move the ball at once if you feel tingling down the leg.',
          ],
          pressure: 4,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: ['The sciatic nerve crosses these muscles: keep pressure moderate and stop at any nerve pain.'],
        sources: [TS_PIRIFORMIS],
      },
    ],
    stretch: {
      name: 'Face-down inward hip turn',
      position: 'prone',
      steps: [
        'Lie face down with your knees together and bend both knees to a right angle.',
        'Let both feet fall slowly outward, which turns the hips inward.',
        'Stop where you feel a stretch deep in the buttocks and rest there.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting long with the legs turned out or crossed',
      'Sudden twisting on a planted foot',
      'The same overloads that affect the piriformis: long drives, sitting on a wallet',
    ],
    precautions: [
      'The sciatic nerve lies directly over these muscles: moderate pressure only, and stop at any tingling or numbness.',
      DEEP_LEG_PAIN_WARNING,
    ],
    relatedMuscles: ['piriformis', 'obturator-internus', 'quadratus-femoris', 'gluteus-maximus'],
    sources: [TS_PIRIFORMIS],
  },
  {
    id: 'quadratus-femoris',
    name: 'Quadratus femoris',
    commonNames: ['quadratus femoris', 'deep hip rotator', 'deep six'],
    area: 'pelvis',
    action: 'A short square muscle from the sit bone to the back of the thigh bone that turns the thigh outward.',
    triggerPoints: [
      {
        id: 'quadratus-femoris.tp1',
        label: 'Quadratus femoris, between sit bone and hip',
        location: { region: 'buttock.lower', u: 0.55, v: 0.6, view: 'back' },
        essential: ['buttock.lower'],
        spillover: ['thigh.back', 'hip.lateral'],
        symptoms: [],
        howToFind:
          'Find the sit bone and the knob of the thigh bone; press deep in the low buttock between them, just above the ' +
          'buttock crease.',
        selfTreatment: {
          tools: ['ball'],
          position: 'seated',
          steps: [
            'Sit on a firm chair with a ball under the low buttock, just outside the sit bone.',
            'Lean toward that side to load the ball and hold on the tender spot.',
            'Shift the ball if you feel tingling down the leg.',
          ],
          pressure: 4,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: ['The sciatic nerve runs over this muscle: keep pressure moderate and stop at any nerve pain.'],
        sources: [TS_PIRIFORMIS],
      },
    ],
    stretch: {
      name: 'Face-down inward hip turn',
      position: 'prone',
      steps: [
        'Lie face down with your knees together and bend both knees to a right angle.',
        'Let both feet fall slowly outward so the hips turn inward.',
        'Stop where you feel a stretch low in the buttocks and rest there.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting for long on a hard seat or on the edge of a seat',
      'Sports with sudden turns and stops',
      'Sitting cross-legged or with the legs turned out for long spells',
    ],
    precautions: [
      'The sciatic nerve lies over this muscle: moderate pressure only, and stop at any tingling or numbness.',
      'Deep buttock pain at the sit bone that came on with a sprint or a slip may be a hamstring tendon injury: get it ' +
        'checked.',
    ],
    relatedMuscles: ['piriformis', 'gemelli', 'obturator-internus', 'gluteus-maximus', 'adductor-magnus'],
    sources: [TS_PIRIFORMIS],
  },

  // ───────────────────────────── Front and side of the hip ─────────────────────────────
  {
    id: 'tensor-fasciae-latae',
    name: 'Tensor fasciae latae',
    commonNames: ['TFL', 'tensor fasciae latae', 'hip flexor', 'IT band', 'outer hip'],
    area: 'hip',
    action:
      'Helps bend the hip and move the leg out to the side, and tightens the iliotibial band down the outside of the ' +
      'thigh to steady the knee.',
    triggerPoints: [
      {
        id: 'tensor-fasciae-latae.tp1',
        label: 'Tensor fasciae latae, below the front of the pelvis',
        location: { region: 'hip.front', u: 0.85, v: 0.35, view: 'front' },
        essential: ['hip.lateral', 'thigh.lateral'],
        spillover: ['hip.front', 'knee.lateral'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Find the bony point at the front of the pelvis, then slide your fingers a hand-width down and slightly out. ' +
          'Turning the foot in makes the muscle firm; the spot aches down the outer thigh.',
        selfTreatment: {
          tools: ['ball', 'foam-roller'],
          position: 'prone',
          steps: [
            'Lie face down, turned a little toward the sore side, with a ball under the front-outer hip.',
            'Prop yourself on your forearms and let your weight settle onto the ball.',
            'Hold on the most tender spot, or roll slowly a few inches down and back.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
          strokes: 6,
        },
        precautions: [
          'A nerve to the skin of the outer thigh passes just inside the bony point of the pelvis: if the thigh burns or ' +
            'goes numb, move lower and outward.',
        ],
        sources: [TS_TFL, davies('hip-thigh-knee', 'Tensor fasciae latae')],
      },
    ],
    stretch: {
      name: 'Standing cross-behind side lean',
      position: 'standing',
      steps: [
        'Stand side-on to a wall with the sore side away from it and one hand on the wall.',
        'Cross the sore leg behind the other one.',
        'Push that hip out sideways and slightly back, away from the wall, until the front-outer hip stretches.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long sitting with the hips sharply bent, for example in a low car seat',
      'Sleeping curled up on the side',
      'Running on sloped roads or tracks, or running with feet that roll in',
      'Sudden increases in walking, hiking or running',
    ],
    precautions: [
      'Pain deep in the groin with stiffness when you put on socks may be the hip joint: get it checked.',
      'Do not roll hard on the bone at the outer hip; work on the muscle in front of it.',
    ],
    relatedMuscles: [
      'gluteus-minimus',
      'gluteus-medius',
      'vastus-lateralis',
      'rectus-femoris',
      'sartorius',
      'psoas-major',
      'iliacus',
    ],
    sources: [TS_TFL, davies('hip-thigh-knee', 'Tensor fasciae latae')],
  },
  {
    id: 'sartorius',
    name: 'Sartorius',
    commonNames: ['sartorius', "tailor's muscle", 'inner knee muscle', 'hip flexor'],
    area: 'thigh',
    action:
      'The long strap that runs diagonally across the front of the thigh to the inner knee; it bends the hip and knee ' +
      'and turns the thigh out, as in sitting cross-legged.',
    triggerPoints: [
      {
        id: 'sartorius.upper',
        label: 'Sartorius, upper part, below the front of the pelvis',
        location: { region: 'thigh.front', u: 0.65, v: 0.1, view: 'front' },
        essential: ['thigh.front'],
        spillover: ['hip.front'],
        symptoms: ['tingling'],
        howToFind:
          'Start a few fingers below the bony point at the front of the pelvis and follow the thin strap as it angles ' +
          'inward. Its spots are superficial, and the pain they give is sharp or tingling rather than a deep ache.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the sore leg turned out and the knee bent, so the strap shows.',
            'Press lightly with your fingertips along the strap to find a tender spot.',
            'Hold gentle pressure, or stroke slowly along the strap toward the knee.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        precautions: [
          'A skin nerve of the outer thigh passes near the top of this muscle: burning or numbness of the outer thigh ' +
            'means move away and ease off.',
        ],
        sources: [TS_SARTORIUS, davies('hip-thigh-knee', 'Sartorius')],
      },
      {
        id: 'sartorius.middle',
        label: 'Sartorius, middle of the thigh',
        location: { region: 'thigh.front', u: 0.25, v: 0.5, view: 'front' },
        essential: ['thigh.front', 'thigh.medial'],
        spillover: ['knee.medial'],
        symptoms: ['tingling'],
        howToFind:
          'Follow the strap down to where it crosses the inner front of the mid-thigh and press along it lightly; a ' +
          'tender spot may set off sharp, surface pain along the muscle.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the leg turned out and rested on a pillow.',
            'Find the tender spot with light fingertip pressure.',
            'Stroke slowly along the strap, or hold on the spot until it eases.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        precautions: ['The main thigh artery runs deep under this part of the muscle: if you feel a pulse, move off.'],
        sources: [TS_SARTORIUS, davies('hip-thigh-knee', 'Sartorius')],
      },
      {
        id: 'sartorius.lower',
        label: 'Sartorius, above the inner knee',
        location: { region: 'thigh.medial', u: 0.5, v: 0.85, view: 'front' },
        essential: ['knee.medial'],
        spillover: ['thigh.medial'],
        symptoms: ['tingling'],
        howToFind:
          'Press lightly along the inner side of the lower thigh just above the knee, where the strap curves behind the ' +
          'bony bump on the inside of the knee.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the sore leg crossed over the other knee so the inner knee faces up.',
            'Find the tender spot above the inner knee with your fingertips.',
            'Hold gentle pressure or stroke slowly toward the knee.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        sources: [TS_SARTORIUS, davies('hip-thigh-knee', 'Sartorius')],
      },
    ],
    stretch: {
      name: 'Long lunge with the back foot turned out',
      position: 'standing',
      steps: [
        'Take a long step forward with the good leg, keeping the sore leg straight behind you.',
        'Turn the back heel outward so the back thigh rolls in.',
        'Tuck your tailbone under and shift your weight forward until the front of the back hip stretches.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting cross-legged or with one foot tucked under the other knee',
      'Feet that roll in, which twists the knee inward',
      'Sudden strain when the body and leg turn in opposite directions',
      'Sleeping on the side with the top knee drawn up and across',
    ],
    precautions: [
      'The femoral artery, vein and nerve lie just inside the upper part of this muscle: keep to light pressure and ' +
        'move off any pulse.',
      'Varicose veins on the inner thigh or knee should not be pressed.',
      CLOT_WARNING,
    ],
    relatedMuscles: ['rectus-femoris', 'vastus-medialis', 'gracilis', 'tensor-fasciae-latae', 'adductor-longus'],
    sources: [TS_SARTORIUS, davies('hip-thigh-knee', 'Sartorius')],
  },
  {
    id: 'pectineus',
    name: 'Pectineus',
    commonNames: ['pectineus', 'groin muscle', 'groin strain', 'hip flexor', 'adductors'],
    area: 'pelvis',
    action: 'A short flat muscle in the groin that bends the hip and draws the thigh toward the other leg.',
    triggerPoints: [
      {
        id: 'pectineus.tp1',
        label: 'Pectineus, in the groin below the pubic bone',
        location: { region: 'groin', u: 0.3, v: 0.7, view: 'front' },
        essential: ['groin'],
        spillover: ['thigh.medial', 'hip.front'],
        symptoms: [],
        howToFind:
          'Lying on your back, find the pulse of the big artery in the groin crease. The muscle lies just inside (toward ' +
          'the middle) of that pulse, on the bone below the pubic rim; the spot gives a deep ache in the groin.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with the knee bent and let it fall slightly outward on a pillow.',
            'Find the groin pulse, then place your fingertips a finger-width further toward the middle.',
            'Press gently down and hold on the tender spot, never on the pulse.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Work only toward the middle of the groin pulse; never press on a pulsing spot, a lump or swollen glands.',
        ],
        sources: [TS_PECTINEUS, davies('hip-thigh-knee', 'Pectineus')],
      },
    ],
    stretch: {
      name: 'Butterfly stretch',
      position: 'supine',
      steps: [
        'Lie on your back with knees bent and the soles of the feet together.',
        'Let both knees drop apart slowly toward the floor.',
        'Rest there and breathe until the inner groin eases; support the knees on pillows if it is too strong.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting long with the hips sharply bent or the legs crossed',
      'Tripping or slipping with the legs split apart',
      'Gymnastics, horse riding, or kicking sports',
      'Hip joint arthritis or a stiff hip',
    ],
    precautions: [
      'The femoral triangle in the groin holds the femoral artery, vein and nerve: light pressure only, inside the pulse.',
      'A lump in the groin that bulges when you cough may be a hernia: see a doctor.',
      'Groin pain with a stiff hip or pain on weight-bearing needs a check of the hip joint.',
    ],
    relatedMuscles: ['adductor-longus', 'adductor-brevis', 'psoas-major', 'iliacus', 'gracilis', 'adductor-magnus'],
    sources: [TS_PECTINEUS, davies('hip-thigh-knee', 'Pectineus')],
  },

  // ───────────────────────────── Inner thigh ─────────────────────────────
  {
    id: 'adductor-longus',
    name: 'Adductor longus',
    commonNames: ['adductors', 'groin muscle', 'inner thigh', 'groin strain', 'adductor longus'],
    area: 'thigh',
    action:
      'Draws the thigh toward the other leg and helps bend the hip; the most prominent tendon in the inner groin.',
    triggerPoints: [
      {
        id: 'adductor-longus.upper',
        label: 'Adductor longus, high in the inner thigh',
        location: { region: 'thigh.medial', u: 0.35, v: 0.12, view: 'front' },
        essential: ['groin', 'thigh.medial', 'knee.medial'],
        spillover: ['thigh.front', 'shin'],
        symptoms: [],
        howToFind:
          'Sit with the knee bent and turned out and find the firm cord-like tendon in the inner groin. Follow the ' +
          'muscle a few inches down the inner thigh; a tender spot aches in the groin and over the inner knee.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the sore leg bent and let the knee fall outward.',
            'Grasp the inner thigh muscle a hand-width below the groin between thumb and fingers.',
            'Squeeze the tender spot and hold until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['Keep to the inner edge of the thigh; the femoral vessels run just outside this muscle.'],
        sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor longus')],
      },
      {
        id: 'adductor-longus.middle',
        label: 'Adductor longus, upper middle of the inner thigh',
        location: { region: 'thigh.medial', u: 0.35, v: 0.35, view: 'front' },
        essential: ['knee.medial', 'thigh.medial'],
        spillover: ['shin', 'groin'],
        symptoms: [],
        howToFind:
          'Follow the same muscle further down, toward the middle of the inner thigh, pressing against the thigh bone. ' +
          'Spots here tend to send pain toward the inner knee and down the shin.',
        selfTreatment: {
          tools: ['hands', 'foam-roller'],
          position: 'prone',
          steps: [
            'Lie face down and bring the sore knee up and out to the side, resting the inner thigh on a foam roller.',
            'Roll slowly from groin toward knee and stop on tender spots.',
            'Hold on a tender spot and breathe until it softens.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor longus')],
      },
    ],
    stretch: {
      name: 'Side lunge',
      position: 'standing',
      steps: [
        'Stand with your feet wide apart, toes forward.',
        'Bend the good knee and shift your weight over it, keeping the sore leg straight.',
        'Stop where the inner thigh of the straight leg stretches, keeping your back upright.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A sudden slip with the legs sliding apart, as on ice',
      'Skiing, horse riding, football and other sports with fast side steps',
      'Sitting long with the legs crossed or the knees pressed together',
      'Hip joint arthritis',
    ],
    precautions: [
      'The femoral artery and vein run along the outer edge of the upper adductors: feel for a pulse and stay inside it.',
      'Groin pain after a sudden strain may be a tear or a hernia: have it checked if it is severe or bruised.',
      'Do not press on varicose veins.',
      CLOT_WARNING,
    ],
    relatedMuscles: ['adductor-brevis', 'pectineus', 'adductor-magnus', 'gracilis', 'vastus-medialis', 'sartorius'],
    sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor longus')],
  },
  {
    id: 'adductor-brevis',
    name: 'Adductor brevis',
    commonNames: ['adductors', 'groin muscle', 'inner thigh', 'adductor brevis'],
    area: 'thigh',
    action: 'A short adductor under the adductor longus that draws the thigh inward and helps bend the hip.',
    triggerPoints: [
      {
        id: 'adductor-brevis.tp1',
        label: 'Adductor brevis, deep in the upper inner thigh',
        location: { region: 'thigh.medial', u: 0.4, v: 0.1, view: 'front' },
        essential: ['groin', 'thigh.medial'],
        // T&S give longus and brevis one pattern: groin and the anteromedial thigh.
        spillover: ['knee.medial', 'shin', 'thigh.front'],
        symptoms: [],
        howToFind:
          'This muscle lies under the adductor longus close to the groin. Press through the upper inner thigh, just ' +
          'below the groin, toward the thigh bone; a deep tender spot that aches in the groin is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with the sore knee bent and dropped out onto a pillow.',
            'Press with your fingertips deep into the inner thigh just below the groin, inside the pulse.',
            'Hold steady gentle pressure until the ache eases.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: ['Close to the femoral vessels: work inside the groin pulse with moderate pressure.'],
        sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor brevis')],
      },
    ],
    stretch: {
      name: 'Seated butterfly stretch',
      position: 'seated',
      steps: [
        'Sit on the floor with the soles of the feet together and the heels drawn in.',
        'Hold your ankles and let the knees drop toward the floor.',
        'Lean forward slightly from the hips, keeping the back long.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A sudden slip or split of the legs',
      'Sports with fast changes of direction',
      'Long sitting with the legs crossed',
      'Hip joint arthritis',
    ],
    precautions: [
      'The femoral triangle lies just outside this muscle: feel for the pulse and stay inside it.',
      'Groin pain after a sudden strain may be a tear or a hernia: have it checked.',
      CLOT_WARNING,
    ],
    relatedMuscles: ['adductor-longus', 'pectineus', 'adductor-magnus', 'gracilis'],
    sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor brevis')],
  },
  {
    id: 'adductor-magnus',
    name: 'Adductor magnus',
    commonNames: ['adductors', 'inner thigh', 'groin muscle', 'adductor magnus', 'fourth hamstring'],
    area: 'thigh',
    action:
      'The biggest inner thigh muscle: it draws the thigh inward, and its back part helps the hamstrings straighten the ' +
      'hip.',
    triggerPoints: [
      {
        id: 'adductor-magnus.tp1',
        label: 'Adductor magnus, middle of the inner thigh',
        location: { region: 'thigh.medial', u: 0.3, v: 0.5, view: 'front' },
        essential: ['groin', 'thigh.medial'],
        spillover: ['knee.medial'],
        symptoms: [],
        howToFind:
          'With the knee bent and turned out, press into the inner thigh about halfway down, behind the adductor longus ' +
          'and against the thigh bone. A tender spot here aches up into the groin and along the inner thigh.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the sore leg bent and the knee dropped outward.',
            'Press with your thumbs, or a ball held in your hand, into the middle of the inner thigh.',
            'Hold on the tender spot until it eases, then move an inch and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The femoral artery and vein pass through this area toward the back of the knee: if you feel a pulse, move off.',
        ],
        sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor magnus')],
      },
      {
        id: 'adductor-magnus.tp2',
        label: 'Adductor magnus, high, near the sit bone',
        location: { region: 'thigh.back', u: 0.1, v: 0.05, view: 'back' },
        essential: ['perineum', 'pubic'],
        spillover: ['suprapubic'],
        symptoms: [],
        howToFind:
          'This spot lies deep at the top of the inner back thigh, just below and inside the sit bone. It can cause a ' +
          'deep pain inside the pelvis that is easily mistaken for a problem of the pelvic organs.',
        selfTreatment: {
          tools: ['ball'],
          position: 'seated',
          steps: [
            'Sit on a firm chair with a ball under the top of the inner back thigh, just inside and below the sit bone.',
            'Lean gently onto it and hold on the tender spot.',
            'Keep the pressure moderate; if the pelvic pain does not change, ask a trained therapist to check this muscle.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Pelvic, rectal or vaginal pain needs a doctor to rule out other causes before it is put down to a muscle.',
          'The sciatic nerve runs nearby: stop at any tingling down the leg.',
        ],
        sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor magnus')],
      },
    ],
    stretch: {
      name: 'Seated straddle lean',
      position: 'seated',
      steps: [
        'Sit on the floor with your legs straight and spread wide apart.',
        'Keep the back long and lean forward from the hips.',
        'Stop where the inner thighs stretch, without forcing.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Skiing, horse riding or climbing with the legs spread',
      'A slip with the legs sliding apart',
      'Sleeping on the side with the top knee dropped onto the bed in front',
      'Long sitting with the legs crossed',
    ],
    precautions: [
      'The femoral vessels pass through a gap in this muscle on their way to the back of the knee: stay off any pulse.',
      'Pelvic pain, bleeding or bladder changes need a doctor first.',
      CLOT_WARNING,
    ],
    relatedMuscles: [
      'adductor-longus',
      'adductor-brevis',
      'gracilis',
      'semimembranosus',
      'semitendinosus',
      'levator-ani',
      'obturator-internus',
      'vastus-medialis',
    ],
    sources: [TS_ADDUCTORS, davies('hip-thigh-knee', 'Adductor magnus')],
  },
  {
    id: 'gracilis',
    name: 'Gracilis',
    commonNames: ['gracilis', 'inner thigh', 'adductors', 'groin muscle'],
    area: 'thigh',
    action:
      'A long thin strap on the inside of the thigh from the pubic bone to below the inner knee; it draws the leg ' +
      'inward and helps bend the knee.',
    triggerPoints: [
      {
        id: 'gracilis.tp1',
        label: 'Gracilis, middle of the inner thigh',
        location: { region: 'thigh.medial', u: 0.1, v: 0.45, view: 'front' },
        essential: ['thigh.medial'],
        spillover: ['knee.medial'],
        symptoms: [],
        howToFind:
          'Pinch the thin strap at the very inside of the mid-thigh between thumb and fingers. A spot here gives a hot, ' +
          'stinging pain close under the skin that runs up and down the inner thigh.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the sore leg slightly bent and turned out.',
            'Pinch or press the thin strap on the inside of the thigh to find the tender spot.',
            'Hold gently, or stroke slowly along the strap toward the knee.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        sources: [TS_GRACILIS, davies('hip-thigh-knee', 'Gracilis')],
      },
    ],
    stretch: {
      name: 'Straight-leg side lunge',
      position: 'standing',
      steps: [
        'Stand with your feet wide apart.',
        'Bend the good knee and shift your weight over it, keeping the sore knee fully straight.',
        'Feel the stretch along the whole inner thigh to the knee.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A sudden slip with the legs sliding apart',
      'Horse riding or sports with fast sideways steps',
      'Sitting with the knees pressed together for long spells',
    ],
    precautions: [
      'Do not press on varicose veins, which often run along the inner thigh and knee.',
      'Burning inner-thigh pain without a tender muscle can come from a nerve: have it checked.',
      CLOT_WARNING,
    ],
    relatedMuscles: ['adductor-longus', 'adductor-magnus', 'sartorius', 'semitendinosus', 'vastus-medialis'],
    sources: [TS_GRACILIS, davies('hip-thigh-knee', 'Gracilis')],
  },

  // ───────────────────────────── Quadriceps ─────────────────────────────
  {
    id: 'rectus-femoris',
    name: 'Rectus femoris',
    commonNames: ['quads', 'quadriceps', 'rectus femoris', 'hip flexor', 'front of thigh'],
    area: 'thigh',
    action:
      'The one quadriceps muscle that crosses both hip and knee: it bends the hip and straightens the knee, as when ' +
      'kicking a ball.',
    triggerPoints: [
      {
        id: 'rectus-femoris.tp1',
        label: 'Rectus femoris, high on the front of the thigh',
        location: { region: 'thigh.front', u: 0.55, v: 0.08, view: 'front' },
        essential: ['knee.front'],
        spillover: ['thigh.front'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Find the bony point at the front of the pelvis and go a few fingers down and toward the middle, onto the top ' +
          'of the thigh. A tender spot here is felt at the kneecap, not at the hip, often as a deep ache at night.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'prone',
          steps: [
            'Lie face down and place a ball under the top of the front of the thigh, just below the hip crease.',
            'Let your weight settle and roll slowly until you find the tender spot.',
            'Hold there and breathe until the ache eases.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: ['Stay outside the groin pulse; the femoral vessels run just inside this spot.'],
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Rectus femoris')],
      },
    ],
    stretch: {
      name: 'Side-lying thigh stretch',
      position: 'side-lying',
      steps: [
        'Lie on your good side with the bottom knee bent for balance.',
        'Bend the top knee and hold the ankle behind you.',
        'Tuck your tailbone under and draw the thigh gently back until the front of the thigh and hip stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long sitting with the hips bent, as at a desk or driving',
      'Sprinting, kicking and jumping sports',
      'Sleeping curled up with the hips and knees sharply bent',
      'A knee kept straight in a brace or cast for weeks',
    ],
    precautions: [
      'A swollen, hot or locked knee needs a doctor rather than muscle work.',
      'Keep pressure outside the groin pulse near the top of the thigh.',
      CLOT_WARNING,
    ],
    relatedMuscles: [
      'vastus-intermedius',
      'vastus-medialis',
      'vastus-lateralis',
      'sartorius',
      'tensor-fasciae-latae',
      'psoas-major',
      'iliacus',
    ],
    sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Rectus femoris')],
  },
  {
    id: 'vastus-medialis',
    name: 'Vastus medialis',
    commonNames: ['quads', 'VMO', 'teardrop muscle', 'inner quad', 'vastus medialis'],
    area: 'thigh',
    action: 'The inner quadriceps muscle: it straightens the knee and helps keep the kneecap tracking in its groove.',
    triggerPoints: [
      {
        id: 'vastus-medialis.tp1',
        label: 'Vastus medialis, just above the inner knee',
        location: { region: 'thigh.front', u: 0.15, v: 0.85, view: 'front' },
        essential: ['knee.front'],
        spillover: ['knee.medial'],
        symptoms: ['buckling-knee'],
        howToFind:
          'Tighten the thigh with the leg straight and find the teardrop-shaped bulge above and inside the kneecap. ' +
          'Press into it; a tender spot here aches at the front of the knee.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the leg straight and relaxed on a stool or the bed.',
            'Press your thumbs, or a ball under your palm, into the inner bulge above the knee.',
            'Hold on the tender spot until it eases, or stroke slowly up the thigh.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus medialis')],
      },
      {
        id: 'vastus-medialis.tp2',
        label: 'Vastus medialis, middle of the inner front thigh',
        location: { region: 'thigh.front', u: 0.1, v: 0.6, view: 'front' },
        essential: ['knee.medial', 'thigh.medial'],
        spillover: ['thigh.front'],
        symptoms: ['buckling-knee'],
        howToFind:
          'Move a hand-width higher along the inner front of the thigh and press against the thigh bone. A spot here ' +
          'gives a strip of pain along the inner knee and lower inner thigh.',
        selfTreatment: {
          tools: ['foam-roller', 'hands'],
          position: 'prone',
          steps: [
            'Lie face down with the sore leg turned out, the inner front of the thigh on a foam roller.',
            'Roll slowly from mid-thigh toward the knee.',
            'Pause on tender spots and hold until they ease.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        precautions: ['The femoral vessels run in a channel just behind this part: move off if you feel a pulse.'],
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus medialis')],
      },
    ],
    stretch: {
      name: 'Standing heel-to-buttock stretch',
      position: 'standing',
      steps: [
        'Stand next to a wall and hold it with one hand.',
        'Bend the sore knee and take hold of the ankle behind you.',
        'Draw the heel toward the buttock, keeping the knees side by side.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Kneeling or squatting for long periods',
      'Jogging, jumping or stumbling that loads the knee suddenly',
      'Feet that roll in, or a long second toe bone',
      'Sitting with the knees straight and locked for long spells',
    ],
    precautions: [
      'A knee that gives way may also have a ligament or cartilage injury: have it examined.',
      'A swollen, hot or locked knee needs a doctor rather than muscle work.',
      CLOT_WARNING,
    ],
    relatedMuscles: [
      'rectus-femoris',
      'vastus-intermedius',
      'adductor-longus',
      'adductor-magnus',
      'sartorius',
      'gracilis',
    ],
    sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus medialis')],
  },
  {
    id: 'vastus-intermedius',
    name: 'Vastus intermedius',
    commonNames: ['quads', 'quadriceps', 'deep quad', 'vastus intermedius', 'front of thigh'],
    area: 'thigh',
    action:
      'The deepest quadriceps muscle, lying on the front of the thigh bone under the rectus femoris; it straightens ' +
      'the knee.',
    triggerPoints: [
      {
        id: 'vastus-intermedius.tp1',
        label: 'Vastus intermedius, deep in the front of the thigh',
        location: { region: 'thigh.front', u: 0.55, v: 0.35, view: 'front' },
        essential: ['thigh.front'],
        spillover: ['knee.front'],
        symptoms: [],
        howToFind:
          'Push the rectus femoris slightly to one side and press deep toward the thigh bone, below the top third of ' +
          'the thigh. The spot is hard to feel; pain over the front of the thigh that is worse on stairs suggests it.',
        selfTreatment: {
          tools: ['hands', 'foam-roller'],
          position: 'seated',
          steps: [
            'Sit with the leg straight and relaxed.',
            'Slide the top thigh muscle aside with your fingers and press deep toward the bone beside it.',
            'Hold on the tender spot; a foam roller under the front of the thigh while lying face down also reaches it.',
          ],
          pressure: 5,
          holdSeconds: 40,
          repetitions: 3,
        },
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus intermedius')],
      },
    ],
    stretch: {
      name: 'Standing heel-to-buttock stretch',
      position: 'standing',
      steps: [
        'Stand next to a wall and hold it with one hand.',
        'Bend the sore knee and take hold of the ankle behind you.',
        'Draw the heel toward the buttock until the front of the thigh stretches.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A sudden overload such as stumbling down a step',
      'Long sitting with the knee straight or bent in one position',
      'Other active trigger points in the quadriceps',
    ],
    precautions: ['Difficulty straightening the knee after a fall or a swollen knee needs a doctor.', CLOT_WARNING],
    relatedMuscles: ['rectus-femoris', 'vastus-lateralis', 'vastus-medialis'],
    sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus intermedius')],
  },
  {
    id: 'vastus-lateralis',
    name: 'Vastus lateralis',
    commonNames: ['quads', 'outer quad', 'IT band', 'outer thigh', 'vastus lateralis'],
    area: 'thigh',
    action:
      'The largest quadriceps muscle, on the outside of the thigh; it straightens the knee and steadies the kneecap.',
    triggerPoints: [
      {
        id: 'vastus-lateralis.tp1',
        label: 'Vastus lateralis, just above the outer knee',
        location: { region: 'thigh.lateral', v: 0.85, view: 'front' },
        essential: ['knee.lateral', 'knee.front'],
        spillover: ['thigh.lateral'],
        symptoms: [],
        howToFind:
          'Press just above and to the outside of the kneecap. A tender spot here gives pain along the outer edge of the ' +
          'kneecap and can hold the kneecap so it barely moves ("stuck kneecap").',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the leg straight and relaxed.',
            'Press with your fingertips just above and outside the kneecap.',
            'Hold on the tender spot, or stroke slowly up the outer thigh.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus lateralis')],
      },
      {
        id: 'vastus-lateralis.tp2',
        label: 'Vastus lateralis, outer front of the lower thigh',
        location: { region: 'thigh.lateral', v: 0.65, view: 'front' },
        essential: ['thigh.lateral', 'knee.lateral'],
        spillover: ['hip.lateral'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press into the outer front of the thigh a hand-width above the knee, in front of the firm band on the side of ' +
          'the thigh. Pain spreads along the outer thigh to the outer knee.',
        selfTreatment: {
          tools: ['foam-roller', 'ball'],
          position: 'side-lying',
          steps: [
            'Lie on the sore side, half turned toward your front, with a foam roller or ball under the outer thigh.',
            'Support yourself on your forearm and the other foot.',
            'Roll slowly from above the knee toward the hip and hold on tender spots.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus lateralis')],
      },
      {
        id: 'vastus-lateralis.tp3',
        label: 'Vastus lateralis, back of the outer thigh above the knee',
        location: { region: 'thigh.lateral', v: 0.75, view: 'back' },
        essential: ['knee.lateral', 'thigh.lateral'],
        spillover: ['knee.back'],
        symptoms: [],
        howToFind:
          'Press the back edge of the outer thigh a few inches above the knee, just in front of the outer hamstring ' +
          'tendon. Pain goes to the outer and back-outer knee.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee slightly bent.',
            'Press the back edge of the outer thigh above the knee with your fingers or a ball held in the hand.',
            'Hold on the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The nerve to the outer leg runs behind the outer knee toward the bony knob below it: stay above the crease.',
        ],
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus lateralis')],
      },
      {
        id: 'vastus-lateralis.tp4',
        label: 'Vastus lateralis, middle of the outer thigh',
        location: { region: 'thigh.lateral', v: 0.45 },
        essential: ['thigh.lateral'],
        spillover: ['knee.lateral', 'hip.lateral'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press into the side of the thigh halfway between hip and knee, under the firm band on the outside. A spot ' +
          'here can light up the whole outer thigh and make lying on that side hard.',
        selfTreatment: {
          tools: ['foam-roller', 'ball'],
          position: 'side-lying',
          steps: [
            'Lie on the sore side with a foam roller under the middle of the outer thigh.',
            'Take some weight on your forearm and the other foot to control the pressure.',
            'Roll slowly a few inches up and down, pausing on tender spots.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus lateralis')],
      },
      {
        id: 'vastus-lateralis.tp5',
        label: 'Vastus lateralis, top of the outer thigh',
        location: { region: 'thigh.lateral', v: 0.1 },
        essential: ['hip.lateral'],
        spillover: ['thigh.lateral'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press the outer thigh just below the bony knob of the hip. A tender spot here gives a local ache at the ' +
          'outer hip that is easy to take for hip bursitis.',
        selfTreatment: {
          tools: ['ball'],
          position: 'side-lying',
          steps: [
            'Lie on the sore side with a ball just below the bony knob of the hip.',
            'Let your weight settle and hold on the tender spot.',
            'Keep the ball on muscle, not on the bone.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus lateralis')],
      },
    ],
    stretch: {
      name: 'Side-lying heel-to-buttock stretch',
      position: 'side-lying',
      steps: [
        'Lie on your good side with the bottom knee bent for balance.',
        'Bend the top knee and hold the ankle, drawing the heel toward the buttock.',
        'Let the top knee drop slightly toward the floor behind the bottom knee to add the outer thigh.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sudden overload such as a stumble, a fall or a jump landing',
      'Deep squats or long kneeling',
      'Sitting for long with the knee straight and locked',
      'Sleeping on that side on a firm mattress',
      'A direct blow to the outer thigh',
    ],
    precautions: [
      'Do not roll hard on the bony knob at the top of the outer thigh.',
      'A swollen, hot or locked knee needs a doctor rather than muscle work.',
      CLOT_WARNING,
      BLOOD_THINNER_WARNING,
    ],
    relatedMuscles: [
      'tensor-fasciae-latae',
      'gluteus-minimus',
      'rectus-femoris',
      'vastus-intermedius',
      'biceps-femoris',
      'gluteus-maximus',
    ],
    sources: [TS_QUADRICEPS, davies('hip-thigh-knee', 'Vastus lateralis')],
  },

  // ───────────────────────────── Hamstrings ─────────────────────────────
  {
    id: 'biceps-femoris',
    name: 'Biceps femoris',
    commonNames: ['hamstrings', 'outer hamstring', 'lateral hamstring', 'biceps femoris'],
    area: 'thigh',
    action: 'The outer hamstring: it bends the knee, turns the bent knee outward, and (long head) straightens the hip.',
    triggerPoints: [
      {
        id: 'biceps-femoris.tp1',
        label: 'Biceps femoris, lower half of the outer back thigh',
        location: { region: 'thigh.back', u: 0.75, v: 0.7, view: 'back' },
        essential: ['knee.back', 'thigh.back'],
        spillover: ['calf.upper', 'buttock.lower'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Sit or lie face down and press into the outer half of the back of the thigh, from mid-thigh down to a ' +
          'hand-width above the knee crease. A tender spot here aches mainly behind the knee.',
        selfTreatment: {
          tools: ['ball'],
          position: 'seated',
          steps: [
            'Sit on a firm chair with a ball under the outer back of the thigh.',
            'Let the leg relax and lean a little weight onto the ball.',
            'Hold on the tender spot, then move the ball an inch up or down.',
            'Keep the ball at least a hand-width above the knee crease.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The common fibular nerve follows this tendon to the bony knob below the outer knee: do not press there.',
        ],
        sources: [TS_HAMSTRINGS, davies('hip-thigh-knee', 'Hamstrings')],
      },
    ],
    stretch: {
      name: 'Lying hamstring stretch with the leg turned in',
      position: 'supine',
      steps: [
        'Lie on your back with a towel looped around the sore foot.',
        'Raise the leg with the knee straight until the back of the thigh stretches.',
        'Let the leg drift slightly across the body and turn the toes in to favour the outer hamstring.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A chair or car seat that presses into the back of the thighs',
      'Long sitting with the knees bent',
      'Sprinting, or running with tight hamstrings',
      'Sleeping with the knees sharply bent',
    ],
    precautions: [
      'Never press into the back of the knee: the popliteal artery, vein and nerves lie there.',
      'The sciatic nerve runs down the middle of the back of the thigh: stop at any tingling or electric pain.',
      'A sudden sharp pain with bruising during a sprint may be a torn hamstring: get it checked and do not stretch it.',
      CLOT_WARNING,
    ],
    relatedMuscles: [
      'semitendinosus',
      'semimembranosus',
      'vastus-lateralis',
      'gluteus-maximus',
      'popliteus',
      'gastrocnemius',
      'plantaris',
    ],
    sources: [TS_HAMSTRINGS, davies('hip-thigh-knee', 'Hamstrings')],
  },
  {
    id: 'semitendinosus',
    name: 'Semitendinosus',
    commonNames: ['hamstrings', 'inner hamstring', 'medial hamstring', 'semitendinosus'],
    area: 'thigh',
    action: 'An inner hamstring: it bends the knee, straightens the hip and turns the bent knee inward.',
    triggerPoints: [
      {
        id: 'semitendinosus.tp1',
        label: 'Semitendinosus, middle of the inner back thigh',
        location: { region: 'thigh.back', u: 0.3, v: 0.55, view: 'back' },
        essential: ['buttock.lower', 'thigh.back'],
        spillover: ['knee.back', 'knee.medial', 'calf.upper'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press into the inner half of the back of the thigh around its middle. A tender spot here sends pain up to the ' +
          'buttock crease, where people often blame the sit bone.',
        selfTreatment: {
          tools: ['ball'],
          position: 'seated',
          steps: [
            'Sit on a firm chair with a ball under the inner back of the thigh.',
            'Let the leg relax and lean some weight onto the ball.',
            'Hold on the tender spot, then roll an inch and repeat.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_HAMSTRINGS, davies('hip-thigh-knee', 'Hamstrings')],
      },
    ],
    stretch: {
      name: 'Lying hamstring stretch with the leg out to the side',
      position: 'supine',
      steps: [
        'Lie on your back with a towel looped around the sore foot.',
        'Raise the straight leg until the back of the thigh stretches.',
        'Let the leg move slightly out to the side to favour the inner hamstrings.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A chair or car seat that presses into the back of the thighs',
      'Sitting long, especially with the feet not reaching the floor',
      'Running and sprinting without warming up',
      'Tight hamstrings kept short by long sitting',
    ],
    precautions: [
      'The sciatic nerve runs down the middle of the back of the thigh: stop at any tingling or electric pain.',
      'Keep away from the back of the knee, where the popliteal vessels and nerve lie.',
      'A sudden sharp pain with bruising may be a torn hamstring: get it checked and do not stretch it.',
      CLOT_WARNING,
    ],
    relatedMuscles: [
      'semimembranosus',
      'biceps-femoris',
      'adductor-magnus',
      'gracilis',
      'gluteus-maximus',
      'gastrocnemius',
    ],
    sources: [TS_HAMSTRINGS, davies('hip-thigh-knee', 'Hamstrings')],
  },
  {
    id: 'semimembranosus',
    name: 'Semimembranosus',
    commonNames: ['hamstrings', 'inner hamstring', 'medial hamstring', 'semimembranosus'],
    area: 'thigh',
    action: 'The deeper inner hamstring: it bends the knee, straightens the hip and turns the bent knee inward.',
    triggerPoints: [
      {
        id: 'semimembranosus.tp1',
        label: 'Semimembranosus, lower inner back thigh',
        location: { region: 'thigh.back', u: 0.2, v: 0.7, view: 'back' },
        essential: ['buttock.lower', 'thigh.back'],
        spillover: ['knee.back', 'knee.medial', 'calf.upper'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press into the inner edge of the back of the thigh in its lower half, beside and under the semitendinosus ' +
          'cord. Pain goes up to the buttock crease and may spread to the inner back of the knee.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit on a firm chair with a ball under the lower inner back of the thigh.',
            'Lean some weight onto it and hold on the tender spot.',
            'Keep the ball a hand-width above the knee crease.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_HAMSTRINGS, davies('hip-thigh-knee', 'Hamstrings')],
      },
    ],
    stretch: {
      name: 'Lying hamstring stretch with the leg out to the side',
      position: 'supine',
      steps: [
        'Lie on your back with a towel looped around the sore foot.',
        'Raise the straight leg until the back of the thigh stretches.',
        'Let the leg move slightly out to the side to favour the inner hamstrings.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A chair or car seat that presses into the back of the thighs',
      'Long sitting with the knees bent',
      'Running and sprinting without warming up',
    ],
    precautions: [
      'Keep away from the back of the knee, where the popliteal vessels and nerve lie.',
      'The sciatic nerve runs down the middle of the back of the thigh: stop at any tingling or electric pain.',
      'A sudden sharp pain with bruising may be a torn hamstring: get it checked and do not stretch it.',
      CLOT_WARNING,
    ],
    relatedMuscles: ['semitendinosus', 'biceps-femoris', 'adductor-magnus', 'gluteus-maximus', 'popliteus'],
    sources: [TS_HAMSTRINGS, davies('hip-thigh-knee', 'Hamstrings')],
  },
];
