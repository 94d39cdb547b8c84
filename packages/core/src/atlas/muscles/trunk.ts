import type { Muscle, SourceCitation } from '../atlas.types.ts';

/*
 * Trunk muscles of the trigger point atlas: the middle and lower trapezius and rhomboids of the upper back, the
 * serratus posterior inferior and the paraspinal muscles, the quadratus lumborum, the abdominal wall, the diaphragm
 * and intercostals, the iliopsoas, and the muscles of the pelvic floor. Referral zones follow the maps of Travell &
 * Simons (Vol. 1, 2nd ed., 1999, for the upper back, paraspinals, chest wall and abdomen; Vol. 2, 1992, for the
 * quadratus lumborum, iliopsoas and pelvic floor), written in the region vocabulary.
 */

// Travell & Simons. Chapter numbers are given only where certain; otherwise the chapter title alone.
const TS_TRAPEZIUS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 6, Trapezius' };
const TS_RHOMBOIDS: SourceCitation = { ref: 'simons-1999', locator: 'ch. 27, Rhomboid Muscles' };
const TS_SPI: SourceCitation = { ref: 'simons-1999', locator: 'Serratus Posterior Inferior Muscle' };
const TS_PARASPINALS: SourceCitation = { ref: 'simons-1999', locator: 'Thoracolumbar Paraspinal Muscles' };
const TS_ABDOMINALS: SourceCitation = { ref: 'simons-1999', locator: 'Abdominal Muscles' };
const TS_CHEST_WALL: SourceCitation = { ref: 'simons-1999', locator: 'Intercostal Muscles and Diaphragm' };
const TS_QL: SourceCitation = { ref: 'travell-1992', locator: 'ch. 4, Quadratus Lumborum Muscle' };
const TS_ILIOPSOAS: SourceCitation = { ref: 'travell-1992', locator: 'ch. 5, Iliopsoas Muscle' };
const TS_PELVIC_FLOOR: SourceCitation = { ref: 'travell-1992', locator: 'ch. 6, Pelvic Floor Muscles' };

// Third edition (2019), by chapter title.
const DONNELLY_PARASPINALS: SourceCitation = { ref: 'donnelly-2019', locator: 'Thoracolumbar Paraspinal Muscles' };
const DONNELLY_ILIOPSOAS: SourceCitation = { ref: 'donnelly-2019', locator: 'Iliopsoas Muscle' };
const DONNELLY_PELVIC_FLOOR: SourceCitation = { ref: 'donnelly-2019', locator: 'Pelvic Floor Muscles' };
const DONNELLY_CHEST_WALL: SourceCitation = { ref: 'donnelly-2019', locator: 'Intercostal Muscles and Diaphragm' };

// The Trigger Point Therapy Workbook: chapter title, plus the muscle's section where it has its own.
type DaviesChapter = 'head-neck' | 'shoulder' | 'chest-abdomen' | 'back';
const DAVIES_CHAPTERS: Record<DaviesChapter, string> = {
  'head-neck': 'Head and Neck Pain',
  shoulder: 'Shoulder, Upper Back, and Upper Arm Pain',
  'chest-abdomen': 'Chest and Abdominal Pain',
  back: 'Midback, Low Back, and Buttocks Pain',
};
const davies = (chapter: DaviesChapter, muscle?: string): SourceCitation => ({
  ref: 'davies-2013',
  locator: muscle === undefined ? DAVIES_CHAPTERS[chapter] : `${DAVIES_CHAPTERS[chapter]}; ${muscle}`,
});

// ───────────────────────────── Shared warnings ─────────────────────────────

const CHEST_PAIN_WARNING =
  'Chest, arm, jaw or upper back pain that comes on with effort, or with breathlessness, sweating, nausea or ' +
  'light-headedness, must be treated as a possible heart attack: call emergency services. Never assume it is a ' +
  'trigger point.';
const SUDDEN_BACK_PAIN_WARNING =
  'Sudden severe or tearing pain between the shoulder blades or in the back, especially with chest pain, fainting or ' +
  'breathlessness, can come from the aorta, heart or lungs: call emergency services.';
const SPINE_RED_FLAGS =
  'Back pain with fever, unexplained weight loss, a history of cancer, a recent fall or injury, night pain that does ' +
  'not ease with rest, numbness around the genitals or buttocks, or new trouble controlling the bladder or bowel ' +
  'needs a doctor urgently.';
const LEG_NERVE_WARNING =
  'Pain running down the leg with numbness, real weakness or pins and needles can come from a nerve root in the ' +
  'spine rather than a trigger point: see a doctor.';
const KIDNEY_WARNING =
  'The kidneys lie under the lowest ribs at the back: work this area from the side, with moderate pressure, and ' +
  'never press or pound straight down over the kidney area. Flank pain with fever, burning or blood in the urine ' +
  'needs a doctor.';
const ABDOMEN_RED_FLAGS =
  'Belly pain that is severe, steadily worsening or constant, or that comes with fever, vomiting, a hard swollen ' +
  'belly, blood in the stool or urine, or pain that settles in the lower right side, needs prompt medical care. ' +
  'Abdominal trigger points are considered only once organ causes have been ruled out.';
const ABDOMINAL_PRESSURE_WARNING =
  'Press the belly slowly and moderately. Never press on a pulsing spot (the aorta and the large leg arteries run ' +
  'deep in the belly), a lump or a hernia; skip deep belly work during pregnancy, after recent abdominal surgery, or ' +
  'if you have been told you have an aortic aneurysm.';
const BLOOD_THINNER_WARNING =
  'If you bruise easily or take medicine that thins the blood, ask your doctor or pharmacist before using firm ' +
  'pressure.';
const SPINE_PRESSURE_NOTE =
  'Keep the ball on the muscle beside the spine, never on the bony bumps of the spine itself.';
const PELVIC_HEALTH_WARNING =
  'Pelvic, genital, rectal or bladder pain needs a medical check first: bladder, bowel, prostate and gynaecological ' +
  'conditions can cause the same pain. Bleeding, a lump, or a change in bladder or bowel habits needs a doctor.';
const INTERNAL_WORK_WARNING =
  'Work inside the pelvis (through the vagina or rectum) is only for a trained professional such as a pelvic health ' +
  'physiotherapist; do not attempt it yourself.';

export const TRUNK_MUSCLES: readonly Muscle[] = [
  // ───────────────────────────── Upper back ─────────────────────────────
  {
    id: 'middle-trapezius',
    name: 'Middle trapezius',
    commonNames: ['middle traps', 'mid traps', 'trapezius', 'traps', 'between the shoulder blades'],
    area: 'upper back',
    action:
      'Draws the shoulder blades back toward the spine and holds them steady while the arms work in front of you, as ' +
      'when typing, driving or carrying.',
    triggerPoints: [
      {
        id: 'middle-trapezius.medial',
        label: 'Middle trapezius, beside the inner edge of the shoulder blade',
        location: { region: 'interscapular', u: 0.75, v: 0.3, view: 'back' },
        essential: ['interscapular', 'spine.thoracic.upper'],
        spillover: ['scapula.medial'],
        symptoms: [],
        howToFind:
          'Lie on a ball or have someone press between the spine and the inner edge of the shoulder blade, at the ' +
          'level of the bony ridge on the blade. A tender band here gives a superficial burning pain toward the ' +
          'spine; some people also notice goose bumps on the outside of the arm.',
        selfTreatment: {
          tools: ['ball', 'hooked-cane'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball between the spine and the inner edge of the shoulder blade.',
            'Cross your arms in front of you to slide the shoulder blade outward.',
            'Lean in and move slowly up and down until you find the tender spot.',
            'Hold steady pressure, breathing slowly, until the burning eases.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_TRAPEZIUS, davies('head-neck', 'Trapezius')],
      },
      {
        id: 'middle-trapezius.lateral',
        label: 'Middle trapezius, near the outer end of the shoulder blade ridge',
        location: { region: 'scapula.upper', u: 0.85, v: 0.2, view: 'back' },
        essential: ['shoulder.top'],
        spillover: ['shoulder.back'],
        symptoms: [],
        howToFind:
          'Follow the bony ridge of the shoulder blade outward toward the point of the shoulder. Just before its ' +
          'end, the muscle fibres attach; a tender spot there aches over the top of the shoulder.',
        selfTreatment: {
          tools: ['hooked-cane', 'hands'],
          position: 'seated',
          steps: [
            'Sit upright and hook the cane over the opposite shoulder so its tip rests near the outer end of the ' +
              'ridge.',
            'Pull the handle gently forward and down to press into the tender spot.',
            'Hold until it eases, then shift a finger-width and repeat.',
            'Without a cane, reach across with the other hand and press with two fingers.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TRAPEZIUS, davies('head-neck', 'Trapezius')],
      },
    ],
    stretch: {
      name: 'Shoulder blade spread',
      position: 'seated',
      steps: [
        'Sit tall and wrap your arms around yourself as if giving yourself a hug, hands reaching for the shoulder ' +
          'blades.',
        'Round your upper back and let your head drop forward a little.',
        'Breathe slowly into the space between your shoulder blades and feel it widen.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Rounded shoulders and a forward head at a desk, phone or steering wheel',
      'Tight chest muscles that pull the shoulders forward and keep the middle trapezius overstretched',
      'Long spells with the arms held forward: a keyboard or mouse too far away, playing an instrument, sewing',
      'A heavy bag or backpack carried on one shoulder',
      'Chilling of the upper back, such as sitting under an air-conditioning vent',
    ],
    precautions: [SUDDEN_BACK_PAIN_WARNING, BLOOD_THINNER_WARNING],
    relatedMuscles: [
      'lower-trapezius',
      'upper-trapezius',
      'rhomboid-major',
      'rhomboid-minor',
      'infraspinatus',
      'pectoralis-major',
      'pectoralis-minor',
      'serratus-posterior-superior',
    ],
    sources: [TS_TRAPEZIUS, davies('head-neck', 'Trapezius')],
  },
  {
    id: 'lower-trapezius',
    name: 'Lower trapezius',
    commonNames: ['lower traps', 'trapezius', 'traps', 'mid back'],
    area: 'upper back',
    action:
      'Draws the shoulder blades down and toward the spine and helps rotate them upward so the arm can be raised ' +
      'overhead.',
    triggerPoints: [
      {
        id: 'lower-trapezius.tp1',
        label: 'Lower trapezius, near the lower tip of the shoulder blade',
        location: { region: 'scapula.lower', u: 0.1, v: 0.55, view: 'back' },
        essential: ['neck.back', 'suboccipital', 'ear.behind', 'shoulder.top'],
        spillover: ['scapula.upper', 'interscapular'],
        symptoms: [],
        howToFind:
          'Find the lower tip of the shoulder blade and press just inside it, where the lower fibres cross the inner ' +
          'edge of the blade. Pressure here often sends an ache up to the back of the neck, behind the ear or to the ' +
          'top of the shoulder; neck pain that does not yield to neck treatment often comes from this spot.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back, knees bent, with a ball just inside the lower tip of the shoulder blade.',
            'Cross your arms over your chest to draw the shoulder blade out of the way.',
            'Let your weight sink onto the ball and hold on the tender spot.',
            'Search a little above and below, as the spot may lie below the tip of the blade.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_TRAPEZIUS, davies('head-neck', 'Trapezius')],
      },
      {
        id: 'lower-trapezius.tp2',
        label: 'Lower trapezius, below the inner end of the shoulder blade ridge',
        location: { region: 'scapula.medial', u: 0.5, v: 0.3, view: 'back' },
        essential: ['scapula.medial', 'interscapular'],
        spillover: ['scapula.upper'],
        symptoms: [],
        howToFind:
          'Find where the bony ridge of the shoulder blade meets its inner edge, and press just below it. A tender ' +
          'spot here gives a burning pain along the inner edge of the shoulder blade.',
        selfTreatment: {
          tools: ['ball', 'hooked-cane'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball just below the inner end of the shoulder blade ridge.',
            'Hug the arm on that side across your chest to expose the edge of the blade.',
            'Lean in gently and hold on the tender spot until the burning fades.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_TRAPEZIUS, davies('head-neck', 'Trapezius')],
      },
    ],
    stretch: {
      name: 'Seated forward hang',
      position: 'seated',
      steps: [
        'Sit on a chair with your feet wide apart.',
        'Let your upper body slump forward between your knees with the arms hanging loosely toward the floor.',
        'Let your head hang and allow the shoulder blades to slide forward and apart.',
        'Breathe slowly, then roll up one vertebra at a time.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Reaching forward for long periods with the elbow unsupported, as with a mouse placed too far away',
      'Leaning forward on the elbows or resting the chin in a hand while reading',
      'A rounded upper back with tight chest and upper trapezius muscles, which leaves the lower trapezius stretched ' +
        'and weak',
      'Heavy pulling or lifting with the arms in front of the body',
    ],
    precautions: [SUDDEN_BACK_PAIN_WARNING, BLOOD_THINNER_WARNING],
    relatedMuscles: [
      'middle-trapezius',
      'upper-trapezius',
      'rhomboid-major',
      'levator-scapulae',
      'splenius-capitis',
      'suboccipitals',
      'latissimus-dorsi',
      'pectoralis-minor',
    ],
    sources: [TS_TRAPEZIUS, davies('head-neck', 'Trapezius')],
  },
  {
    id: 'rhomboid-major',
    name: 'Rhomboid major',
    commonNames: ['rhomboids', 'rhomboid', 'between the shoulder blades', 'shoulder blade pain'],
    area: 'upper back',
    action:
      'Pulls the shoulder blade in toward the spine and up, and holds it flat against the ribs while the arm pushes ' +
      'or reaches.',
    triggerPoints: [
      {
        id: 'rhomboid-major.upper',
        label: 'Rhomboid major, upper part, beside the inner edge of the shoulder blade',
        location: { region: 'interscapular', u: 0.8, v: 0.45, view: 'back' },
        essential: ['scapula.medial', 'interscapular'],
        spillover: ['scapula.upper'],
        symptoms: [],
        howToFind:
          'Cross the arm over your chest to slide the shoulder blade outward, then press just inside its inner edge. ' +
          'A tender band running slantwise down and out gives a superficial ache along the edge of the blade that is ' +
          'present at rest; the shoulder blade may click or crunch as it moves.',
        selfTreatment: {
          tools: ['ball', 'hooked-cane'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball between the spine and the inner edge of the shoulder blade.',
            'Cross your arms over your chest to move the shoulder blade out of the way.',
            'Let your weight rest on the ball and hold on the tender spot.',
            'Lift your hips slightly to roll the ball a little lower and repeat.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_RHOMBOIDS, davies('shoulder', 'Rhomboids')],
      },
      {
        id: 'rhomboid-major.lower',
        label: 'Rhomboid major, lower part, toward the tip of the shoulder blade',
        location: { region: 'interscapular', u: 0.85, v: 0.75, view: 'back' },
        essential: ['scapula.medial', 'interscapular'],
        spillover: ['scapula.upper'],
        symptoms: [],
        howToFind:
          'Press just inside the lower half of the inner edge of the shoulder blade, above its tip, with the arm ' +
          'crossed over the chest. The tender spot lies under the trapezius and aches along the edge of the blade.',
        selfTreatment: {
          tools: ['ball', 'hooked-cane'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball inside the lower half of the shoulder blade edge.',
            'Hug the arm on that side across your chest.',
            'Bend the knees a little to roll the ball along the edge until you find the tender spot, then hold.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_RHOMBOIDS, davies('shoulder', 'Rhomboids')],
      },
    ],
    stretch: {
      name: 'Cross-body arm pull',
      position: 'seated',
      steps: [
        'Sit tall and bring one arm straight across the front of your chest.',
        'With the other hand, draw the elbow further across toward the opposite shoulder.',
        'Let your upper back round and your head drop forward until you feel the stretch along the shoulder blade.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Tight chest muscles that pull the shoulders forward and keep the rhomboids stretched under strain',
      'Long hours leaning over a desk, drawing, sewing or working with the hands in front of the body',
      'Reaching overhead repeatedly, such as painting a ceiling',
      'A side curve of the spine (scoliosis)',
    ],
    precautions: [
      SUDDEN_BACK_PAIN_WARNING,
      'Pain under the right shoulder blade after fatty meals can come from the gallbladder; pain that does not ' +
        'change with movement or pressure needs a doctor.',
      BLOOD_THINNER_WARNING,
    ],
    relatedMuscles: [
      'rhomboid-minor',
      'middle-trapezius',
      'levator-scapulae',
      'serratus-posterior-superior',
      'infraspinatus',
      'pectoralis-major',
      'pectoralis-minor',
      'iliocostalis-thoracis',
    ],
    sources: [TS_RHOMBOIDS, davies('shoulder', 'Rhomboids')],
  },
  {
    id: 'rhomboid-minor',
    name: 'Rhomboid minor',
    commonNames: ['rhomboids', 'rhomboid', 'between the shoulder blades', 'shoulder blade pain'],
    area: 'upper back',
    action:
      'A narrow strap above the rhomboid major that pulls the upper shoulder blade in toward the spine and steadies ' +
      'it.',
    triggerPoints: [
      {
        id: 'rhomboid-minor.tp1',
        label: 'Rhomboid minor, at the top of the inner edge of the shoulder blade',
        location: { region: 'interscapular', u: 0.75, v: 0.15, view: 'back' },
        essential: ['scapula.medial', 'interscapular'],
        spillover: ['scapula.upper'],
        symptoms: [],
        howToFind:
          'Press between the spine and the upper part of the inner edge of the shoulder blade, at about the level ' +
          'where the neck meets the back. A tender spot here aches along the edge of the blade and may spread over ' +
          'its top.',
        selfTreatment: {
          tools: ['ball', 'hooked-cane'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball beside the spine, level with the top of the shoulder blade.',
            'Cross your arms in front to slide the shoulder blade outward.',
            'Lean into the ball and hold on the tender spot while breathing slowly.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_RHOMBOIDS, davies('shoulder', 'Rhomboids')],
      },
    ],
    stretch: {
      name: 'Cross-body arm pull with the head bowed',
      position: 'seated',
      steps: [
        'Sit tall and bring one arm across the front of your chest.',
        'Draw the elbow further across with the other hand.',
        'Bow your head forward and turn it slightly away from the arm to stretch the upper part of the blade.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Rounded shoulders and a forward head posture',
      'Working for long periods with the arms held forward and up',
      'Tight chest muscles that pull the shoulder blades apart',
    ],
    precautions: [SUDDEN_BACK_PAIN_WARNING, BLOOD_THINNER_WARNING],
    relatedMuscles: [
      'rhomboid-major',
      'levator-scapulae',
      'serratus-posterior-superior',
      'middle-trapezius',
      'upper-trapezius',
      'pectoralis-minor',
    ],
    sources: [TS_RHOMBOIDS, davies('shoulder', 'Rhomboids')],
  },
  {
    id: 'serratus-posterior-inferior',
    name: 'Serratus posterior inferior',
    commonNames: ['serratus posterior inferior', 'lower ribs', 'mid back', 'back of the ribs'],
    area: 'upper back',
    action:
      'A thin sheet from the spine at the waist up to the lowest four ribs; it holds the lower ribs down and back, ' +
      'steadying them during breathing and twisting.',
    triggerPoints: [
      {
        id: 'serratus-posterior-inferior.tp1',
        label: 'Serratus posterior inferior, over the lowest ribs at the back',
        location: { region: 'back.lateral', u: 0.3, v: 0.5, view: 'back' },
        essential: ['back.lateral'],
        spillover: ['back.mid'],
        symptoms: [],
        howToFind:
          'Feel over the lowest ribs at the back, a hand-width out from the spine. A tender spot there gives a ' +
          'nagging ache right around it, often one that remains after other back pain has been treated.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball on the lowest ribs, a hand-width out from the spine.',
            'Lean in gently and roll slowly over the ribs to find the tender spot.',
            'Hold while breathing slowly; the ribs should not hurt sharply.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [KIDNEY_WARNING],
        sources: [TS_SPI, davies('back', 'Serratus posterior inferior')],
      },
    ],
    stretch: {
      name: 'Seated twist and forward bend',
      position: 'seated',
      steps: [
        'Sit on a chair with your arms crossed over your chest.',
        'Turn your trunk away from the sore side.',
        'Keeping the twist, bend forward and slightly away until you feel a stretch over the lower ribs at the back.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Lifting while twisting, or reaching and twisting at the same time',
      'Reaching to high shelves with a twist',
      'Long bouts of coughing',
    ],
    precautions: [
      KIDNEY_WARNING,
      'Press gently over the ribs if you have thin bones (osteoporosis) or a recent rib injury.',
      SPINE_RED_FLAGS,
    ],
    relatedMuscles: [
      'iliocostalis-thoracis',
      'longissimus-thoracis',
      'latissimus-dorsi',
      'quadratus-lumborum',
      'diaphragm',
      'intercostals',
    ],
    sources: [TS_SPI, davies('back', 'Serratus posterior inferior')],
  },

  // ───────────────────────────── Paraspinal muscles ─────────────────────────────
  {
    id: 'iliocostalis-thoracis',
    name: 'Iliocostalis thoracis',
    commonNames: ['erector spinae', 'paraspinals', 'back muscles', 'spinal erectors', 'iliocostalis'],
    area: 'upper back',
    action:
      'The outermost column of the long back muscles at chest level; it straightens and side-bends the spine and ' +
      'holds you up when you lean forward.',
    triggerPoints: [
      {
        id: 'iliocostalis-thoracis.mid',
        label: 'Iliocostalis thoracis, mid-back (about the sixth rib level)',
        location: { region: 'interscapular', u: 0.55, v: 0.9, view: 'back' },
        essential: ['scapula.medial', 'scapula.lower'],
        spillover: ['scapula.upper', 'chest.lateral', 'chest.pectoral'],
        symptoms: [],
        howToFind:
          'Press along the outer edge of the long muscles beside the spine, about level with the lower part of the ' +
          'shoulder blade. A tender spot here aches up along the shoulder blade and may wrap around the side to the ' +
          'front of the chest.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back, knees bent, with a ball two to three finger-widths out from the spine below the ' +
              'shoulder blade level.',
            'Cross your arms over your chest and let your weight settle onto the ball.',
            'Move slowly until you find the tender spot and hold there.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'This point can send pain to the front of the chest that feels like heart pain. Chest pain is always ' +
            'checked by a doctor first; only call it muscular when heart and lung causes have been ruled out.',
          SPINE_PRESSURE_NOTE,
        ],
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
      {
        id: 'iliocostalis-thoracis.lower',
        label: 'Iliocostalis thoracis, over the lower ribs (about the eleventh rib level)',
        location: { region: 'back.mid', u: 0.6, v: 0.7, view: 'back' },
        essential: ['scapula.lower', 'back.mid', 'back.low'],
        spillover: ['abdomen.upper', 'abdomen.lower', 'flank'],
        symptoms: [],
        howToFind:
          'Press the outer column of back muscle where it crosses the lowest ribs, a hand-width from the spine. A ' +
          'tender spot here can ache up toward the tip of the shoulder blade, down into the low back, and forward ' +
          'into the belly.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball over the lowest ribs, a hand-width from the spine.',
            'Lean in and roll slowly up and down to find the tender spot.',
            'Hold steady pressure while breathing slowly.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [KIDNEY_WARNING],
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
    ],
    stretch: {
      name: 'Seated forward bend with a twist',
      position: 'seated',
      steps: [
        'Sit on a chair with your feet apart.',
        'Bend forward and let your arms hang toward the floor, rounding your back.',
        'Reach both hands toward the outside of the opposite foot to add a twist away from the sore side.',
        'Breathe slowly, then roll up gently.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting slumped or twisted for long periods, such as at a side-placed screen',
      'Sudden lifting, especially lifting and twisting at once',
      'Chilling of the back after exercise',
      'A curve or uneven support of the spine, such as a leg-length difference',
    ],
    precautions: [CHEST_PAIN_WARNING, SUDDEN_BACK_PAIN_WARNING, SPINE_RED_FLAGS],
    relatedMuscles: [
      'iliocostalis-lumborum',
      'longissimus-thoracis',
      'serratus-posterior-inferior',
      'rhomboid-major',
      'lower-trapezius',
      'latissimus-dorsi',
      'intercostals',
    ],
    sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
  },
  {
    id: 'iliocostalis-lumborum',
    name: 'Iliocostalis lumborum',
    commonNames: ['erector spinae', 'paraspinals', 'low back muscles', 'spinal erectors', 'iliocostalis'],
    area: 'lower back',
    action:
      'The outer column of the long back muscles in the low back, from the pelvis to the lower ribs; it straightens ' +
      'and side-bends the low back and controls bending forward.',
    triggerPoints: [
      {
        id: 'iliocostalis-lumborum.tp1',
        label: 'Iliocostalis lumborum, upper low back (about the first lumbar level)',
        location: { region: 'back.low', u: 0.65, v: 0.1, view: 'back' },
        essential: ['buttock.upper', 'back.low'],
        spillover: ['buttock.lower', 'iliac-crest'],
        symptoms: [],
        howToFind:
          'Press the outer edge of the thick muscle column beside the spine, just below the lowest rib. A tender ' +
          'spot here sends pain down into the middle of the buttock, well below where the point lies.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball just below the lowest rib, at the outer edge of the back ' +
              'muscles.',
            'Tilt slightly toward the ball so it presses inward toward the spine rather than straight in.',
            'Hold on the tender spot and breathe slowly.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: [KIDNEY_WARNING],
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
    ],
    stretch: {
      name: 'Knees to chest',
      position: 'supine',
      steps: [
        'Lie on your back and draw both knees toward your chest.',
        'Hold behind the thighs and let your low back round and lengthen.',
        'Let the knees drift a little toward the opposite shoulder to favour the sore side.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Bending and lifting with a rounded back, or lifting while twisting',
      'Long sitting without a low back support',
      'A leg-length difference or small half of the pelvis that tilts the spine',
      'Sleeping on a sagging mattress',
    ],
    precautions: [SPINE_RED_FLAGS, LEG_NERVE_WARNING, KIDNEY_WARNING],
    relatedMuscles: [
      'longissimus-thoracis',
      'iliocostalis-thoracis',
      'quadratus-lumborum',
      'thoracolumbar-multifidi',
      'gluteus-medius',
      'gluteus-maximus',
    ],
    sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
  },
  {
    id: 'longissimus-thoracis',
    name: 'Longissimus thoracis',
    commonNames: ['erector spinae', 'paraspinals', 'back muscles', 'spinal erectors', 'longissimus'],
    area: 'lower back',
    action:
      'The middle column of the long back muscles, running from the pelvis to the ribs; it straightens the spine and ' +
      'holds the trunk when leaning forward or lifting.',
    triggerPoints: [
      {
        id: 'longissimus-thoracis.tp1',
        label: 'Longissimus thoracis, at the junction of mid and low back',
        location: { region: 'back.mid', u: 0.35, v: 0.85, view: 'back' },
        essential: ['buttock.upper', 'buttock.lower'],
        spillover: ['back.low', 'sacroiliac'],
        symptoms: [],
        howToFind:
          'Press the muscle column about two finger-widths from the spine, near the level of the lowest ribs. A ' +
          'tender spot here refers pain a long way down into the buttock, so buttock pain can start in the back.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball beside the spine, level with the lowest ribs.',
            'Let your weight settle, then shift slowly up and down to find the tender spot.',
            'Hold steady pressure while breathing slowly.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
    ],
    stretch: {
      name: 'Seated forward bend',
      position: 'seated',
      steps: [
        'Sit on a chair with your feet apart.',
        'Bend forward slowly and let your arms and head hang toward the floor.',
        'Breathe into your back and let it round, then roll up one vertebra at a time.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Bending forward for long periods, such as gardening, cleaning or working over a low bench',
      'Lifting with a rounded back or while twisting',
      'Sitting in a chair without low back support',
      'Sudden overload, such as catching a falling object',
    ],
    precautions: [SPINE_RED_FLAGS, LEG_NERVE_WARNING],
    relatedMuscles: [
      'iliocostalis-lumborum',
      'iliocostalis-thoracis',
      'thoracolumbar-multifidi',
      'quadratus-lumborum',
      'gluteus-maximus',
      'gluteus-medius',
    ],
    sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
  },
  {
    id: 'thoracolumbar-multifidi',
    name: 'Multifidi (thoracic and lumbar)',
    commonNames: ['multifidus', 'multifidi', 'deep back muscles', 'deep spinal muscles', 'low back'],
    area: 'lower back',
    action:
      'Short deep muscles packed beside the spine that steady each vertebra, control small twisting and bending ' +
      'movements, and help keep the spine upright.',
    triggerPoints: [
      {
        id: 'thoracolumbar-multifidi.thoracic',
        label: 'Multifidi, beside the spine in the mid back',
        location: { region: 'back.mid', u: 0.1, v: 0.5, view: 'back' },
        essential: ['spine.thoracic.lower', 'back.mid'],
        spillover: ['back.lateral'],
        symptoms: [],
        howToFind:
          'Press deep into the groove right beside the bony bumps of the spine in the mid back. A spot that is ' +
          'tender deep down, with an ache felt over the nearby spine, points to the multifidi at that level.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a small firm ball in the groove beside the spine.',
            'Let your weight settle and hold on the tender spot.',
            'Move the ball one vertebra up or down and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
      {
        id: 'thoracolumbar-multifidi.lumbar',
        label: 'Multifidi, beside the spine in the low back',
        location: { region: 'back.low', u: 0.1, v: 0.45, view: 'back' },
        essential: ['spine.lumbar', 'back.low'],
        spillover: ['abdomen.lower', 'buttock.upper'],
        symptoms: [],
        howToFind:
          'Press deep into the groove right beside the spine in the low back, one level at a time. A deep tender ' +
          'spot aches over the spine nearby and, in some people, at the front of the belly.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a small firm ball in the groove beside the low back spine.',
            'Let your weight settle and hold on the tender spot.',
            'Move the ball one level up or down and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
      {
        id: 'thoracolumbar-multifidi.sacral',
        label: 'Multifidi, on the upper sacrum beside the midline',
        location: { region: 'sacrum', u: 0.35, v: 0.2, view: 'back' },
        essential: ['sacrum', 'coccyx'],
        spillover: ['sacroiliac', 'buttock.lower'],
        symptoms: [],
        howToFind:
          'Press the thick muscle on the upper part of the sacrum, a thumb-width to the side of its centre line. A ' +
          'tender spot here can make the tailbone ache, a muscular cause of tailbone pain that is easy to miss.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball on the upper sacrum, just to one side of the centre.',
            'Let your weight sink in slowly and hold on the tender spot.',
            'Keep the ball on the muscle, not on the tailbone.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
      },
    ],
    stretch: {
      name: 'Lying knee drop twist',
      position: 'supine',
      steps: [
        'Lie on your back with knees bent and feet flat.',
        'Draw the knees a little toward your chest, then let them fall slowly to one side.',
        'Keep both shoulders on the floor and turn your head the other way.',
        'Repeat to the other side.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Holding the spine in one position for long periods, slumped or twisted',
      'Sudden awkward movements, especially bending and twisting at once',
      'A leg-length difference or uneven pelvis that keeps the spine side-bent',
      'Degenerative changes in the small joints of the spine',
    ],
    precautions: [
      SPINE_RED_FLAGS,
      LEG_NERVE_WARNING,
      'Tailbone pain after a fall can be a fracture or bruised bone: have it checked if it does not settle.',
    ],
    relatedMuscles: [
      'rotatores',
      'longissimus-thoracis',
      'iliocostalis-lumborum',
      'quadratus-lumborum',
      'gluteus-maximus',
      'coccygeus',
      'levator-ani',
    ],
    sources: [TS_PARASPINALS, davies('back'), DONNELLY_PARASPINALS],
  },
  {
    id: 'rotatores',
    name: 'Rotatores',
    commonNames: ['rotatores', 'deep back muscles', 'deep spinal muscles', 'spine pain'],
    area: 'upper back',
    action:
      'The smallest and deepest back muscles, joining each vertebra to the one above; they help control twisting and ' +
      'sense the position of the spine.',
    triggerPoints: [
      {
        id: 'rotatores.thoracic',
        label: 'Rotatores, deep beside the mid-back spine',
        location: { region: 'back.mid', u: 0.05, v: 0.4, view: 'back' },
        essential: ['spine.thoracic.lower'],
        spillover: ['back.mid'],
        symptoms: [],
        howToFind:
          'These muscles are too deep to feel. Their sign is a bony bump of the spine that is sore when tapped or ' +
          'pressed, with a deep ache right at that level and tenderness in the groove beside it.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a small firm ball in the groove right beside the sore spinal level.',
            'Let your weight settle gently; the pressure goes deep, so keep it moderate.',
            'Hold, then shift one level up or down.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_PARASPINALS, davies('back')],
      },
      {
        id: 'rotatores.lumbar',
        label: 'Rotatores, deep beside the low back spine',
        location: { region: 'back.low', u: 0.05, v: 0.5, view: 'back' },
        essential: ['spine.lumbar'],
        spillover: ['back.low'],
        symptoms: [],
        howToFind:
          'Tap the bony bumps of the low back spine one by one. A level that is distinctly sore to tapping, with ' +
          'deep tenderness in the groove beside it, suggests trigger points in these deep muscles.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a small firm ball in the groove beside the sore level.',
            'Let your weight settle gently and hold.',
            'Move one level up or down and repeat.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [SPINE_PRESSURE_NOTE],
        sources: [TS_PARASPINALS, davies('back')],
      },
    ],
    stretch: {
      name: 'Seated spinal twist',
      position: 'seated',
      steps: [
        'Sit tall on a chair with both feet flat.',
        'Turn your trunk slowly to one side, holding the back of the chair to help.',
        'Breathe out and let the twist deepen a little, without forcing.',
        'Return to the middle and repeat to the other side.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting twisted for long periods, such as facing a screen placed to one side',
      'Repeated twisting under load',
      'A stiff segment of the spine that the surrounding levels have to work around',
    ],
    precautions: [
      SPINE_RED_FLAGS,
      'A spinal bone that is very sore to tapping can also signal a fracture, infection or other bone problem: if it ' +
        'came on without a clear cause, or after a fall, see a doctor.',
    ],
    relatedMuscles: [
      'thoracolumbar-multifidi',
      'longissimus-thoracis',
      'iliocostalis-thoracis',
      'iliocostalis-lumborum',
    ],
    sources: [TS_PARASPINALS, davies('back')],
  },

  // ───────────────────────────── Quadratus lumborum ─────────────────────────────
  {
    id: 'quadratus-lumborum',
    name: 'Quadratus lumborum',
    commonNames: ['QL', 'quadratus lumborum', 'low back', 'side of the low back', 'hip hiker', 'lumbago'],
    area: 'lower back',
    action:
      'A deep square muscle between the lowest rib, the low back spine and the top of the hip bone; it bends the ' +
      'trunk to the side, hitches up the hip, steadies the spine, and holds the lowest rib down when you breathe in.',
    triggerPoints: [
      {
        id: 'quadratus-lumborum.superficial-upper',
        label: 'Quadratus lumborum, outer part just below the lowest rib',
        location: { region: 'back.low', u: 0.85, v: 0.1, view: 'back' },
        essential: ['iliac-crest'],
        // Felt by most people as low back pain just above the crest (T&S: a major source of low back pain).
        spillover: ['abdomen.lower', 'flank', 'back.low'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Stand with hands on your waist and thumbs at the back. Press the thumbs into the soft space between the ' +
          'lowest rib and the hip bone, just outside the thick column beside the spine, aiming inward toward the ' +
          'spine. A tender spot near the rib that sends pain along the top of the hip bone is this point.',
        selfTreatment: {
          tools: ['hands'],
          position: 'standing',
          steps: [
            'Stand with your hands on your waist, thumbs at the back just below the lowest rib.',
            'Press the thumb in from the side, aiming toward the spine rather than straight forward.',
            'Hold on the tender spot while breathing slowly into the belly.',
            'Lean slightly toward the sore side to soften the muscle if the pressure is too strong.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [KIDNEY_WARNING],
        sources: [TS_QL, davies('back', 'Quadratus lumborum')],
      },
      {
        id: 'quadratus-lumborum.superficial-lower',
        label: 'Quadratus lumborum, outer part just above the hip bone',
        location: { region: 'back.low', u: 0.85, v: 0.8, view: 'back' },
        essential: ['hip.lateral'],
        spillover: ['thigh.lateral', 'buttock.upper'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Press just above the top of the hip bone, a hand-width out from the spine, pushing in toward the spine. A ' +
          'tender spot here sends pain to the bony point of the outer hip and sometimes down the outside of the ' +
          'thigh.',
        selfTreatment: {
          tools: ['ball'],
          position: 'standing-wall',
          steps: [
            'Stand with your back to a wall and a ball just above the hip bone, a hand-width from the spine.',
            'Turn slightly so the ball presses in from the side and back, toward the spine.',
            'Lean in and hold on the tender spot.',
          ],
          pressure: 6,
          holdSeconds: 40,
          repetitions: 3,
        },
        sources: [TS_QL, davies('back', 'Quadratus lumborum')],
      },
      {
        id: 'quadratus-lumborum.deep-upper',
        label: 'Quadratus lumborum, deep part beside the spine, mid low back',
        location: { region: 'back.low', u: 0.55, v: 0.4, view: 'back' },
        essential: ['sacroiliac'],
        spillover: ['sacrum', 'buttock.upper'],
        symptoms: ['sleep-disturbed'],
        howToFind:
          'Lie on the good side with a pillow under the waist and press deep just outside the thick column of back ' +
          'muscle, angling in toward the spine at mid low-back level. A deep tender spot that lights up pain over ' +
          'the sacroiliac joint is this point.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball in the angle between the back muscles and the hip bone.',
            'Roll a little toward that side so the ball works in from the side toward the spine.',
            'Let your weight sink in slowly and hold on the tender spot.',
            'Move the ball a finger-width higher or lower to search.',
          ],
          pressure: 6,
          holdSeconds: 45,
          repetitions: 3,
        },
        sources: [TS_QL, davies('back', 'Quadratus lumborum')],
      },
      {
        id: 'quadratus-lumborum.deep-lower',
        label: 'Quadratus lumborum, deep part beside the spine, just above the pelvis',
        location: { region: 'back.low', u: 0.55, v: 0.75, view: 'back' },
        essential: ['buttock.lower'],
        spillover: ['sacroiliac'],
        symptoms: [],
        howToFind:
          'Press deep in the angle between the column of back muscle and the top of the hip bone, aiming in toward ' +
          'the lowest vertebrae. A tender spot here sends pain deep into the lower buttock.',
        selfTreatment: {
          tools: ['ball'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and a ball just above the hip bone, next to the back muscles.',
            'Tilt toward the ball so it presses in toward the spine.',
            'Hold steady pressure while breathing slowly.',
          ],
          pressure: 6,
          holdSeconds: 45,
          repetitions: 3,
        },
        sources: [TS_QL, davies('back', 'Quadratus lumborum')],
      },
    ],
    stretch: {
      name: 'Standing side bend with crossed legs',
      position: 'standing',
      steps: [
        'Stand beside a wall for balance and cross the leg of the sore side behind the other.',
        'Raise the arm of the sore side overhead.',
        'Reach up and over toward the other side, letting the sore-side hip drift outward.',
        'Breathe in to widen the space between the ribs and the hip bone.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'A leg-length difference or a smaller half of the pelvis, which tilts the pelvis and low back',
      'Bending and twisting at the same time to lift, such as lifting a bag out of a car boot',
      'Sitting on a wallet, leaning on one armrest, or standing with the weight on one leg',
      'Short upper arms relative to the trunk, so that you lean to one side to reach an armrest',
      'A sagging mattress, or gardening, vacuuming and mopping for long spells',
      'Walking or running on a sloped surface such as a beach or the camber of a road',
    ],
    precautions: [KIDNEY_WARNING, SPINE_RED_FLAGS, LEG_NERVE_WARNING],
    relatedMuscles: [
      'gluteus-medius',
      'gluteus-minimus',
      'iliocostalis-lumborum',
      'longissimus-thoracis',
      'thoracolumbar-multifidi',
      'psoas-major',
      'iliacus',
      'external-oblique',
      'internal-oblique',
      'latissimus-dorsi',
    ],
    sources: [TS_QL, davies('back', 'Quadratus lumborum')],
  },

  // ───────────────────────────── Abdominal wall ─────────────────────────────
  {
    id: 'rectus-abdominis',
    name: 'Rectus abdominis',
    commonNames: ['abs', 'six-pack', 'abdominals', 'rectus abdominis', 'stomach muscles', 'belly muscles'],
    area: 'abdomen',
    action:
      'The long vertical strap down each side of the front of the belly; it curls the trunk forward, supports the ' +
      'belly contents, and helps with coughing, straining and breathing out forcefully.',
    triggerPoints: [
      {
        id: 'rectus-abdominis.upper',
        label: 'Rectus abdominis, upper end just below the ribs',
        location: { region: 'abdomen.upper', u: 0.2, v: 0.15, view: 'front' },
        essential: ['both:back.mid'],
        spillover: ['epigastric', 'abdomen.upper'],
        symptoms: ['heartburn', 'nausea'],
        howToFind:
          'Lying on your back, find the vertical belly muscle just below the rib edge, beside the tip of the ' +
          'breastbone; lift your head briefly to feel it tighten. A tender spot here can cause a band of pain across ' +
          'the mid back on both sides and a feeling of fullness, heartburn or nausea.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and the belly relaxed.',
            'Place the fingertips of both hands on the muscle just below the rib edge, beside the midline.',
            'Press slowly and gently onto the tender spot, never deep into the centre of the belly, and hold.',
            'Release slowly and move a finger-width along the rib edge.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
      {
        id: 'rectus-abdominis.periumbilical',
        label: 'Rectus abdominis, beside the belly button',
        location: { region: 'periumbilical', u: 0.6, v: 0.5, view: 'front' },
        essential: ['periumbilical'],
        spillover: ['abdomen.upper', 'abdomen.lower'],
        symptoms: [],
        howToFind:
          'Feel along the outer edge of the vertical belly muscle at the level of the belly button. Tender spots ' +
          'here can produce crampy or colicky belly pain that worsens when you bend forward.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent.',
            'Gently pinch the edge of the muscle beside the belly button between thumb and fingers, lifting it ' +
              'slightly.',
            'Hold the tender spot lightly until it softens.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
      {
        id: 'rectus-abdominis.lower',
        label: 'Rectus abdominis, below the belly button',
        location: { region: 'abdomen.lower', u: 0.15, v: 0.45, view: 'front' },
        essential: ['both:back.low'],
        spillover: ['both:sacroiliac', 'sacrum', 'suprapubic'],
        symptoms: [],
        howToFind:
          'Press the vertical belly muscle between the belly button and the pubic bone, just beside the midline. A ' +
          'tender spot here can cause a band of pain across the low back on both sides, sometimes with period-like ' +
          'cramps.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and the belly relaxed.',
            'Press the fingertips gently onto the muscle below the belly button, just beside the midline.',
            'Hold the tender spot with moderate pressure, never on a pulsing spot.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
      {
        id: 'rectus-abdominis.lateral-lower',
        label: "Rectus abdominis, outer edge in the lower belly (McBurney's point area)",
        location: { region: 'abdomen.lower', u: 0.35, v: 0.5, view: 'front' },
        essential: ['abdomen.lower'],
        spillover: ['groin'],
        symptoms: [],
        howToFind:
          'Press along the outer edge of the vertical belly muscle, about a third of the way from the front point of ' +
          'the hip bone to the belly button. A tender spot here can give pain in the lower side of the belly that ' +
          'mimics appendicitis on the right.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent.',
            'Place the fingertips on the outer edge of the muscle in the lower belly.',
            'Press gently and hold the tender spot until it eases.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Pain in the lower right belly with fever, loss of appetite, vomiting, or pain that worsens with walking, ' +
            'coughing or a bump in the car can be appendicitis: seek urgent medical care and do not press on it.',
        ],
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
      {
        id: 'rectus-abdominis.suprapubic',
        label: 'Rectus abdominis, lower end above the pubic bone',
        location: { region: 'suprapubic', u: 0.4, v: 0.7, view: 'front' },
        essential: ['suprapubic'],
        spillover: ['abdomen.lower', 'pubic', 'groin'],
        symptoms: ['bladder-symptoms'],
        howToFind:
          'Press the lower end of the vertical belly muscle just above the pubic bone, beside the midline. Tender ' +
          'spots here can make the bladder feel irritable, with urgency or frequency, and can worsen period pain.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and empty your bladder first.',
            'Press the fingertips gently on the muscle just above the pubic bone, beside the midline.',
            'Hold lightly on the tender spot while breathing into the belly.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Bladder urgency, burning or blood in the urine needs a check for infection or other bladder problems first.',
        ],
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
    ],
    stretch: {
      name: 'Prone press-up',
      position: 'prone',
      steps: [
        'Lie face down with your hands under your shoulders.',
        'Press up slowly, keeping your hips on the floor, until you feel a stretch down the front of the belly.',
        'Breathe slowly into the belly, then lower yourself gently.',
        'Stop if it causes back pain; rising only onto the forearms is a gentler version.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Slumped sitting that keeps the belly muscles short',
      'Sudden or excessive sit-ups and crunches',
      'Tensing the belly under emotional stress, or breathing by pulling the belly in',
      'A chronic cough',
      'Scars from abdominal surgery',
      'Disease of a belly organ, such as the stomach or gallbladder, which can set off trigger points that outlast it',
    ],
    precautions: [
      ABDOMEN_RED_FLAGS,
      ABDOMINAL_PRESSURE_WARNING,
      'After pregnancy the two straps may have separated down the middle: keep pressure light and ask your midwife ' +
        'or physiotherapist about safe exercise.',
    ],
    relatedMuscles: [
      'external-oblique',
      'internal-oblique',
      'transversus-abdominis',
      'pyramidalis',
      'diaphragm',
      'iliocostalis-thoracis',
      'thoracolumbar-multifidi',
    ],
    sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
  },
  {
    id: 'external-oblique',
    name: 'External oblique',
    commonNames: ['obliques', 'external oblique', 'side abs', 'waist muscles', 'love handles'],
    area: 'abdomen',
    action:
      'The outer layer of the side and front of the belly; it twists and side-bends the trunk, pulls the ribs down, ' +
      'and compresses the belly when you cough or strain.',
    triggerPoints: [
      {
        id: 'external-oblique.upper',
        label: 'External oblique, over the lower front ribs',
        location: { region: 'abdomen.upper', u: 0.75, v: 0.15, view: 'front' },
        essential: ['epigastric'],
        spillover: ['abdomen.upper', 'chest.lower'],
        symptoms: ['heartburn'],
        howToFind:
          'Lying on your back, feel along the lower edge of the ribs at the front and side of the upper belly, or ' +
          'gently pinch the muscle there. Tender spots can give a deep pain at the pit of the stomach that feels ' +
          'like heartburn.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent.',
            'Pinch the muscle along the lower edge of the ribs between thumb and fingers, or press it onto the rib.',
            'Hold the tender spot until it softens, then move along the rib edge.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
      {
        id: 'external-oblique.lower',
        label: 'External oblique, lower belly above the groin',
        location: { region: 'abdomen.lower', u: 0.8, v: 0.75, view: 'front' },
        essential: ['groin'],
        spillover: ['abdomen.lower'],
        symptoms: [],
        howToFind:
          'Press just above the groin crease, between the front point of the hip bone and the pubic bone. Tender ' +
          'spots here can send pain into the groin and, in men, the testicle, and may spread across the lower belly.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and supported.',
            'Place the fingertips just above the groin crease, above the ligament, not in the crease itself.',
            'Press gently and hold the tender spot while breathing slowly.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'A bulge in the groin that grows when you cough or strain may be a hernia: do not press on it and see a ' +
            'doctor.',
          'Testicular pain or swelling needs a medical check first; sudden severe testicular pain is an emergency.',
        ],
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
    ],
    stretch: {
      name: 'Standing side bend with arm overhead',
      position: 'standing',
      steps: [
        'Stand with feet hip-width apart and raise the arm of the sore side overhead.',
        'Lean over toward the other side, reaching up and over.',
        'Turn the chest slightly toward the ceiling to add a twist and breathe into the stretched side.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated twisting sports such as golf, tennis or rowing',
      'Long bouts of coughing or vomiting',
      'Slumped sitting that shortens the front of the trunk',
      'Scars from abdominal or hernia surgery',
      'Emotional stress with a held, tense belly',
    ],
    precautions: [ABDOMEN_RED_FLAGS, ABDOMINAL_PRESSURE_WARNING],
    relatedMuscles: [
      'internal-oblique',
      'rectus-abdominis',
      'transversus-abdominis',
      'quadratus-lumborum',
      'serratus-anterior',
      'latissimus-dorsi',
      'intercostals',
    ],
    sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
  },
  {
    id: 'internal-oblique',
    name: 'Internal oblique',
    commonNames: ['obliques', 'internal oblique', 'side abs', 'waist muscles'],
    area: 'abdomen',
    action:
      'The middle layer of the side of the belly, under the external oblique; it twists and side-bends the trunk and ' +
      'braces the belly and lower groin.',
    triggerPoints: [
      {
        id: 'internal-oblique.lower',
        label: 'Internal oblique, low in the belly near the pubic bone',
        location: { region: 'abdomen.lower', u: 0.45, v: 0.85, view: 'front' },
        essential: ['groin', 'suprapubic'],
        spillover: ['abdomen.lower'],
        symptoms: ['bladder-symptoms'],
        howToFind:
          'Press along the upper edge of the pubic bone and just above the inner groin. Tender spots here can cause ' +
          'groin pain and an irritable bladder with urgency or frequency.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and supported; empty your bladder first.',
            'Place the fingertips just above the outer pubic bone and press gently down toward the bone.',
            'Hold the tender spot lightly while breathing slowly.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Never press on a groin bulge that appears with coughing (possible hernia) or on the pulse in the groin.',
        ],
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
      {
        id: 'internal-oblique.lateral',
        label: 'Internal oblique, side of the waist above the hip bone',
        location: { region: 'flank', u: 0.4, v: 0.75, view: 'front' },
        essential: ['abdomen.lower'],
        spillover: ['groin', 'flank'],
        symptoms: [],
        howToFind:
          'Pinch or press the side of the waist just above and in front of the top of the hip bone. Tender spots ' +
          'here can send an ache across the lower belly and down toward the groin.',
        selfTreatment: {
          tools: ['hands'],
          position: 'side-lying',
          steps: [
            'Lie on your good side with knees bent.',
            'Grasp the soft side of the waist above the hip bone between thumb and fingers.',
            'Squeeze gently on the tender spot and hold.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
    ],
    stretch: {
      name: 'Lying knee drop twist',
      position: 'supine',
      steps: [
        'Lie on your back with knees bent and arms out to the sides.',
        'Let both knees fall slowly toward the sore side while keeping both shoulders down.',
        'Turn your head away from the knees and breathe into the side of the belly.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Twisting sports and heavy lifting with a twist',
      'Chronic coughing or straining on the toilet',
      'Slumped sitting',
      'Scars from abdominal, hernia or pelvic surgery',
    ],
    precautions: [
      ABDOMEN_RED_FLAGS,
      ABDOMINAL_PRESSURE_WARNING,
      'Bladder urgency, burning or blood in the urine needs a check for infection or other bladder problems first.',
    ],
    relatedMuscles: [
      'external-oblique',
      'transversus-abdominis',
      'rectus-abdominis',
      'quadratus-lumborum',
      'pyramidalis',
      'iliacus',
    ],
    sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
  },
  {
    id: 'transversus-abdominis',
    name: 'Transversus abdominis',
    commonNames: ['transverse abdominis', 'TVA', 'deep abs', 'core', 'corset muscle'],
    area: 'abdomen',
    action:
      'The deepest layer of the belly wall, wrapping around like a corset; it draws the belly in and firms it to ' +
      'support the spine and to help with breathing out, coughing and straining.',
    triggerPoints: [
      {
        id: 'transversus-abdominis.upper',
        label: 'Transversus abdominis, along the lower rib edge at the front',
        location: { region: 'abdomen.upper', u: 0.7, v: 0.05, view: 'front' },
        essential: ['both:abdomen.upper', 'epigastric'],
        spillover: ['chest.lower'],
        symptoms: [],
        howToFind:
          'Lying on your back, curl the fingertips gently under the lower edge of the ribs at the front. Tenderness ' +
          'here with a band of pain across the upper belly, from one rib edge to the other, suggests this layer.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and the belly relaxed.',
            'Rest the fingertips just below the rib edge and breathe out slowly.',
            'As you breathe out, let the fingers sink gently under the rib edge and hold the tender spot.',
          ],
          pressure: 3,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The liver and gallbladder lie under the right rib edge and the stomach and spleen under the left: keep ' +
            'the pressure gentle and stop if it hurts sharply.',
        ],
        sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
      },
    ],
    stretch: {
      name: 'Belly-lengthening breath',
      position: 'prone',
      steps: [
        'Lie face down and rise onto your forearms, elbows under the shoulders.',
        'Let the belly hang and breathe in slowly and fully, letting it widen against the floor and the sides.',
        'Breathe out slowly without pulling the belly in, then lower down.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Constantly holding the belly in for appearance or from habit',
      'Heavy coughing, vomiting or straining',
      'Scars from abdominal surgery',
    ],
    precautions: [ABDOMEN_RED_FLAGS, ABDOMINAL_PRESSURE_WARNING],
    relatedMuscles: ['internal-oblique', 'external-oblique', 'rectus-abdominis', 'diaphragm', 'quadratus-lumborum'],
    sources: [TS_ABDOMINALS, davies('chest-abdomen', 'Abdominal muscles')],
  },
  {
    id: 'pyramidalis',
    name: 'Pyramidalis',
    commonNames: ['pyramidalis', 'lower abs', 'above the pubic bone'],
    area: 'abdomen',
    action:
      'A small triangular muscle, absent in some people, in front of the lower end of the rectus abdominis; it ' +
      'tightens the midline of the lower belly.',
    triggerPoints: [
      {
        id: 'pyramidalis.tp1',
        label: 'Pyramidalis, just above the pubic bone beside the midline',
        location: { region: 'suprapubic', u: 0.2, v: 0.75, view: 'front' },
        essential: ['suprapubic'],
        spillover: ['periumbilical', 'pubic'],
        symptoms: [],
        howToFind:
          'Press just above the top of the pubic bone, a finger-width from the midline. A tender spot here gives ' +
          'pain close to the midline between the pubic bone and the belly button.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent; empty your bladder first.',
            'Press the fingertips gently just above the pubic bone, beside the midline.',
            'Hold the tender spot lightly while breathing slowly.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_ABDOMINALS],
      },
    ],
    stretch: {
      name: 'Prone press-up on the forearms',
      position: 'prone',
      steps: [
        'Lie face down and rise onto your forearms, elbows under the shoulders.',
        'Keep the hips on the floor and let the lower belly lengthen.',
        'Breathe slowly, then lower down.',
      ],
      holdSeconds: 20,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Slumped sitting',
      'Strenuous sit-ups or leg raises',
      'Scars from lower abdominal or pelvic surgery, including caesarean section',
    ],
    precautions: [
      ABDOMEN_RED_FLAGS,
      'Bladder urgency, burning or blood in the urine needs a check for infection or other bladder problems first.',
    ],
    relatedMuscles: ['rectus-abdominis', 'internal-oblique', 'external-oblique', 'levator-ani'],
    sources: [TS_ABDOMINALS],
  },

  // ───────────────────────────── Breathing muscles and chest wall ─────────────────────────────
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    commonNames: ['diaphragm', 'side stitch', 'stitch', 'breathing muscle'],
    area: 'chest',
    action:
      'The dome-shaped main breathing muscle under the lungs; it flattens to draw air in and helps brace the trunk ' +
      'when you lift.',
    triggerPoints: [
      {
        id: 'diaphragm.costal',
        label: 'Diaphragm, front edge under the lower ribs',
        location: { region: 'chest.lower', u: 0.5, v: 0.9, view: 'front' },
        essential: ['chest.lower', 'chest.lateral'],
        spillover: ['abdomen.upper', 'epigastric'],
        symptoms: ['shortness-of-breath'],
        howToFind:
          'Only the front edge of the diaphragm can be reached, under the lower ribs. Lying on your back with knees ' +
          'bent, breathe out and gently curl the fingertips up under the rib edge. Tenderness here, with a catching ' +
          'pain at the lower ribs on a deep breath or a stitch when running, points to it.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and place the fingertips just under the lower rib edge, to the side of ' +
              'the midline.',
            'As you breathe out, let the fingers sink gently up under the ribs.',
            'Hold softly through two or three slow breaths, then release.',
          ],
          pressure: 3,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The liver and gallbladder lie under the right rib edge and the stomach and spleen under the left: use ' +
            'gentle pressure only and stop if it hurts sharply.',
        ],
        sources: [TS_CHEST_WALL, DONNELLY_CHEST_WALL],
      },
    ],
    stretch: {
      name: 'Rib-cage breathing',
      position: 'supine',
      steps: [
        'Lie on your back with knees bent and your hands on the sides of the lower ribs.',
        'Breathe in slowly through the nose so the lower ribs widen into your hands and the belly rises.',
        'Breathe out slowly and fully, letting the ribs sink, and pause before the next breath.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Shallow upper-chest breathing or holding the breath under stress',
      'A chronic cough, for example with asthma or bronchitis',
      'Running or hard exercise soon after eating',
      'Slumped sitting that crowds the lower ribs',
    ],
    precautions: [
      CHEST_PAIN_WARNING,
      'New breathlessness, coughing up blood, or chest pain on breathing with fever needs a doctor: lung problems ' +
        'such as a clot or pneumonia come first.',
      ABDOMINAL_PRESSURE_WARNING,
    ],
    relatedMuscles: [
      'intercostals',
      'transversus-abdominis',
      'rectus-abdominis',
      'external-oblique',
      'serratus-anterior',
      'serratus-posterior-inferior',
      'psoas-major',
      'quadratus-lumborum',
    ],
    sources: [TS_CHEST_WALL, DONNELLY_CHEST_WALL],
  },
  {
    id: 'intercostals',
    name: 'Intercostals',
    commonNames: ['intercostals', 'rib muscles', 'between the ribs', 'rib pain', 'chest wall pain'],
    area: 'chest',
    action:
      'Thin layers of muscle filling the spaces between the ribs; they stiffen the chest wall and help lift and ' +
      'lower the ribs during breathing, coughing and twisting.',
    triggerPoints: [
      {
        id: 'intercostals.anterior',
        label: 'Intercostals, between the ribs at the front of the chest',
        location: { region: 'chest.lower', u: 0.35, v: 0.35, view: 'front' },
        essential: ['chest.lower'],
        spillover: ['chest.pectoral', 'sternum'],
        symptoms: ['shortness-of-breath'],
        howToFind:
          'Run a fingertip along the gaps between the ribs at the front of the chest. A spot that is sharply tender, ' +
          'and aches locally when you breathe deeply, cough or twist, points to an intercostal trigger point.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back and place a fingertip in the gap between two ribs at the tender spot.',
            'Press gently into the gap and hold while breathing slowly.',
            'Or slide the fingertip slowly along the gap, following the curve of the rib.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_CHEST_WALL, DONNELLY_CHEST_WALL],
      },
      {
        id: 'intercostals.lateral',
        label: 'Intercostals, between the ribs at the side of the chest',
        location: { region: 'chest.lateral', u: 0.5, v: 0.55, view: 'front' },
        essential: ['chest.lateral'],
        spillover: ['chest.lower', 'back.lateral'],
        symptoms: ['shortness-of-breath'],
        howToFind:
          'Raise the arm and feel the gaps between the ribs along the side of the chest. A tender spot that gives ' +
          'local pain on a deep breath, a cough or turning is typical.',
        selfTreatment: {
          tools: ['hands'],
          position: 'side-lying',
          steps: [
            'Lie on your good side with the top arm resting overhead to open the rib gaps.',
            'Place a fingertip in the gap at the tender spot and press gently.',
            'Hold while breathing slowly, or slide slowly along the gap.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_CHEST_WALL, DONNELLY_CHEST_WALL],
      },
    ],
    stretch: {
      name: 'Side reach with a deep breath',
      position: 'seated',
      steps: [
        'Sit tall and raise the arm of the sore side overhead.',
        'Lean away toward the other side until the ribs on the sore side open.',
        'Breathe in deeply into the stretched side, then breathe out slowly.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Coughing fits or long-lasting cough',
      'A blow or injury to the ribs, or scars from chest or breast surgery',
      'Slumped posture with tight chest muscles',
      'Shallow, anxious breathing',
      'Repeated twisting sports such as golf or rowing',
    ],
    precautions: [
      CHEST_PAIN_WARNING,
      'A burning band of pain along a rib, especially before a rash appears, can be shingles: see a doctor.',
      'Do not press on a rib that may be cracked after a fall or blow, or firmly if you have thin bones.',
      'A new lump in the breast or chest wall needs a doctor, not massage.',
    ],
    relatedMuscles: [
      'diaphragm',
      'serratus-anterior',
      'pectoralis-major',
      'external-oblique',
      'iliocostalis-thoracis',
      'serratus-posterior-inferior',
      'sternalis',
    ],
    sources: [TS_CHEST_WALL, DONNELLY_CHEST_WALL],
  },

  // ───────────────────────────── Iliopsoas ─────────────────────────────
  {
    id: 'psoas-major',
    name: 'Psoas major',
    commonNames: ['psoas', 'hip flexor', 'iliopsoas', 'deep hip flexor'],
    area: 'abdomen',
    action:
      'A long deep muscle running from the sides of the low back spine, through the pelvis, to the inner top of the ' +
      'thigh bone; it bends the hip, lifts the knee, and helps hold the low back upright.',
    triggerPoints: [
      {
        id: 'psoas-major.abdominal',
        label: 'Psoas major, deep in the belly beside the spine',
        location: { region: 'abdomen.lower', u: 0.35, v: 0.2, view: 'front' },
        essential: ['back.low', 'sacroiliac'],
        spillover: ['sacrum', 'buttock.upper', 'thigh.front', 'groin'],
        symptoms: [],
        howToFind:
          'Lie on your back with knees bent. Place the fingertips at the outer edge of the vertical belly muscle, ' +
          'level with or just below the belly button, and let them sink slowly toward the spine. Lift the foot ' +
          'slightly and you will feel the psoas firm up; a tender spot here gives a vertical band of pain beside the ' +
          'low back spine.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and the belly relaxed.',
            'Place the fingertips beside the outer edge of the belly muscle, level with or just below the belly ' +
              'button.',
            'Breathe out and let the fingers sink slowly down and in toward the spine.',
            'If you feel a pulse, move the fingers until it is gone; then hold the tender spot with light pressure.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The aorta and the large arteries to the legs lie close by: never press on a pulse. Skip this point if you ' +
            'are pregnant, have a hernia, have had recent abdominal surgery, or have an aortic aneurysm, and let a ' +
            'trained therapist treat it instead.',
        ],
        sources: [TS_ILIOPSOAS, DONNELLY_ILIOPSOAS],
      },
      {
        id: 'psoas-major.distal',
        label: 'Iliopsoas, at the top of the front of the thigh',
        location: { region: 'hip.front', u: 0.35, v: 0.65, view: 'front' },
        essential: ['thigh.front', 'groin', 'back.low'],
        spillover: ['hip.front', 'sacroiliac'],
        symptoms: [],
        howToFind:
          'Just below the groin crease, find the pulse of the large artery. The end of the iliopsoas lies deep ' +
          'beside it; tenderness here that aches down the front of the thigh and up into the low back points to this ' +
          'spot.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with the knee bent and supported so the hip is relaxed.',
            'Find the groin pulse, then place the fingertips two finger-widths to the outer side of it, below the ' +
              'crease.',
            'Press gently and hold; move away at once from a pulse, tingling or burning.',
          ],
          pressure: 3,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The femoral artery, vein and nerve run through this part of the groin: light pressure only, off the ' +
            'pulse, and stop at any tingling down the thigh. The stretch is often the safer choice; a therapist can ' +
            'treat the point.',
        ],
        sources: [TS_ILIOPSOAS, DONNELLY_ILIOPSOAS],
      },
    ],
    stretch: {
      name: 'Hip flexor stretch off the edge of a bed',
      position: 'supine',
      steps: [
        'Lie on your back near the end of a firm bed, with the hips at the edge.',
        'Hug the knee of the other leg to your chest to keep the low back flat.',
        'Let the leg of the sore side hang down over the edge, knee relaxed, until the front of the hip stretches.',
        'Breathe slowly; bend the hanging knee a little for a stronger stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting for long hours with the hips sharply bent',
      'Sleeping curled up with the knees drawn to the chest',
      'Sit-ups with the feet held down, and repeated leg raises',
      'Running uphill, sprinting or kicking sports',
      'A leg-length difference',
    ],
    precautions: [ABDOMINAL_PRESSURE_WARNING, ABDOMEN_RED_FLAGS, SPINE_RED_FLAGS, LEG_NERVE_WARNING],
    relatedMuscles: [
      'iliacus',
      'quadratus-lumborum',
      'rectus-femoris',
      'tensor-fasciae-latae',
      'pectineus',
      'sartorius',
      'rectus-abdominis',
      'thoracolumbar-multifidi',
    ],
    sources: [TS_ILIOPSOAS, DONNELLY_ILIOPSOAS],
  },
  {
    id: 'iliacus',
    name: 'Iliacus',
    commonNames: ['iliacus', 'hip flexor', 'iliopsoas', 'inside the hip bone'],
    area: 'pelvis',
    action:
      'A fan-shaped muscle lining the inside of the bowl of the hip bone; it joins the psoas to bend the hip and ' +
      'tilt the pelvis forward.',
    triggerPoints: [
      {
        id: 'iliacus.tp1',
        label: 'Iliacus, just inside the front of the hip bone',
        location: { region: 'abdomen.lower', u: 0.9, v: 0.6, view: 'front' },
        essential: ['back.low', 'sacroiliac', 'thigh.front'],
        spillover: ['groin', 'buttock.upper', 'sacrum'],
        symptoms: [],
        howToFind:
          'Lying on your back with knees bent, find the bony point at the front of the hip bone. Curl the fingertips ' +
          'just inside it and press down and back along the inside of the bowl. A tender spot here aches in the low ' +
          'back and down the front of the thigh.',
        selfTreatment: {
          tools: ['hands'],
          position: 'supine',
          steps: [
            'Lie on your back with knees bent and the belly relaxed.',
            'Hook the fingertips just inside the front point of the hip bone.',
            'Breathe out and let them sink down along the inside of the bone, not toward the middle of the belly.',
            'Hold the tender spot with moderate pressure, then move a little further along the rim.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Stay against the inside of the bone; never press on a pulse, and ease off if you feel tingling on the ' +
            'outer thigh, where a skin nerve passes near the front point of the hip bone.',
        ],
        sources: [TS_ILIOPSOAS, DONNELLY_ILIOPSOAS],
      },
    ],
    stretch: {
      name: 'Standing lunge with the pelvis tucked',
      position: 'standing',
      steps: [
        'Stand in a long split stance with the sore side behind, holding a chair for balance.',
        'Tuck the tailbone under and squeeze the buttock of the back leg.',
        'Bend the front knee to shift your weight forward until the front of the back hip stretches.',
        'Keep the trunk upright; do not arch the low back.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long sitting with the hips bent, including long drives',
      'Sleeping curled up on the side',
      'Repeated hip flexing sports such as running, cycling and kicking',
      'A leg-length difference or a pelvis that tilts forward',
    ],
    precautions: [
      ABDOMINAL_PRESSURE_WARNING,
      ABDOMEN_RED_FLAGS,
      'Groin pain with limping or pain on taking weight can come from the hip joint: have it checked.',
    ],
    relatedMuscles: [
      'psoas-major',
      'quadratus-lumborum',
      'rectus-femoris',
      'tensor-fasciae-latae',
      'sartorius',
      'pectineus',
      'internal-oblique',
    ],
    sources: [TS_ILIOPSOAS, DONNELLY_ILIOPSOAS],
  },

  // ───────────────────────────── Pelvic floor ─────────────────────────────
  {
    id: 'levator-ani',
    name: 'Levator ani',
    commonNames: ['pelvic floor', 'levator ani', 'pubococcygeus', 'puborectalis', 'kegel muscle'],
    area: 'pelvis',
    action:
      'The main sling of the pelvic floor, from the pubic bone to the tailbone; it supports the bladder, bowel and ' +
      'uterus and helps control passing urine and stool.',
    triggerPoints: [
      {
        id: 'levator-ani.tp1',
        label: 'Levator ani, pelvic floor beside the back passage',
        location: { region: 'perineum', u: 0.4, v: 0.7 },
        essential: ['coccyx', 'sacrum', 'perineum', 'anus', 'vagina'],
        spillover: ['buttock.lower'],
        symptoms: ['bladder-symptoms'],
        howToFind:
          'This muscle lies inside the pelvis, so its trigger points are found by a pelvic health physiotherapist or ' +
          'doctor during an internal exam. Suspect it when the tailbone, sacrum or the area between the legs aches, ' +
          'often worse when sitting, with a feeling of pressure in the rectum.',
        selfTreatment: {
          tools: ['ball'],
          position: 'seated',
          steps: [
            'Internal release needs a trained pelvic health physiotherapist; at home, work only from the outside.',
            'Sit on a soft ball placed in the soft tissue just inside one sit bone, never on the tailbone or the anus.',
            'Let your weight settle slowly while breathing into the belly and letting the pelvic floor relax and drop.',
            'Hold, then move the ball slightly and repeat; stop if pain increases.',
          ],
          pressure: 3,
          holdSeconds: 45,
          repetitions: 3,
        },
        precautions: [INTERNAL_WORK_WARNING],
        sources: [TS_PELVIC_FLOOR, DONNELLY_PELVIC_FLOOR],
      },
    ],
    stretch: {
      name: 'Happy baby with pelvic floor breathing',
      position: 'supine',
      steps: [
        'Lie on your back and bring the knees toward the armpits, holding the outside of the feet or the shins.',
        'Let the knees widen and the tailbone rest on the floor.',
        'Breathe in slowly into the belly and feel the pelvic floor soften and drop; breathe out without squeezing.',
      ],
      holdSeconds: 45,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long sitting on hard seats, or slumped so that the weight rests on the tailbone',
      'Habitual clenching of the pelvic floor under stress',
      'Straining on the toilet with constipation, or holding urine for a long time',
      'Childbirth, pelvic surgery or a fall onto the tailbone',
    ],
    precautions: [
      PELVIC_HEALTH_WARNING,
      INTERNAL_WORK_WARNING,
      'Numbness around the genitals or buttocks, or new loss of bladder or bowel control, is an emergency.',
    ],
    relatedMuscles: [
      'coccygeus',
      'obturator-internus',
      'gluteus-maximus',
      'piriformis',
      'adductor-magnus',
      'pyramidalis',
    ],
    sources: [TS_PELVIC_FLOOR, DONNELLY_PELVIC_FLOOR],
  },
  {
    id: 'coccygeus',
    name: 'Coccygeus',
    commonNames: ['coccygeus', 'pelvic floor', 'tailbone muscle', 'coccyx pain'],
    area: 'pelvis',
    action:
      'A small triangular muscle at the back of the pelvic floor, from the inside of the pelvis to the side of the ' +
      'tailbone; it supports the pelvic floor and steadies the tailbone.',
    triggerPoints: [
      {
        id: 'coccygeus.tp1',
        label: 'Coccygeus, beside the tailbone',
        location: { region: 'coccyx', u: 0.7, v: 0.4, view: 'back' },
        essential: ['coccyx'],
        spillover: ['sacrum', 'buttock.lower', 'anus'],
        symptoms: [],
        howToFind:
          'Most of this muscle is reached only by a professional during an internal exam. From the outside, ' +
          'tenderness just beside the edge of the tailbone, with tailbone pain that is worse on sitting, may point ' +
          'to it.',
        selfTreatment: {
          tools: ['hands'],
          position: 'side-lying',
          steps: [
            'Internal release needs a trained pelvic health physiotherapist; at home, work only from the outside.',
            'Lie on your side with knees bent and find the side edge of the tailbone through clothing.',
            'Press gently with two fingers into the soft tissue just beside the edge, not on the bone, and hold.',
          ],
          pressure: 3,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [INTERNAL_WORK_WARNING],
        sources: [TS_PELVIC_FLOOR, DONNELLY_PELVIC_FLOOR],
      },
    ],
    stretch: {
      name: 'Child’s pose with pelvic floor breathing',
      position: 'prone',
      steps: [
        'Kneel and sit back toward your heels, knees apart, then fold forward with the arms resting in front.',
        'Let the tailbone drop and the buttocks widen.',
        'Breathe slowly into the belly and let the pelvic floor soften with each breath in.',
      ],
      holdSeconds: 45,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Sitting slumped back onto the tailbone, especially on hard seats',
      'A fall onto the tailbone, or childbirth',
      'Straining with constipation',
      'Habitual tightening of the pelvic floor',
    ],
    precautions: [
      PELVIC_HEALTH_WARNING,
      'Tailbone pain after a fall can be a fracture or dislocation: have it checked if it does not settle.',
      INTERNAL_WORK_WARNING,
    ],
    relatedMuscles: ['levator-ani', 'obturator-internus', 'gluteus-maximus', 'piriformis', 'thoracolumbar-multifidi'],
    sources: [TS_PELVIC_FLOOR, DONNELLY_PELVIC_FLOOR],
  },
  {
    id: 'obturator-internus',
    name: 'Obturator internus',
    commonNames: ['obturator internus', 'pelvic floor', 'deep hip rotator', 'sit bone pain'],
    area: 'pelvis',
    action:
      'A fan-shaped muscle lining the side wall of the pelvis that turns the thigh out; its tendon leaves the pelvis ' +
      'below the sit bone and runs to the outer hip, and its inner surface forms part of the pelvic floor wall.',
    triggerPoints: [
      {
        id: 'obturator-internus.tp1',
        label: 'Obturator internus, side wall of the pelvis inside the sit bone',
        location: { region: 'buttock.lower', u: 0.2, v: 0.85, view: 'back' },
        essential: ['perineum', 'coccyx', 'anus', 'vagina'],
        spillover: ['thigh.back', 'buttock.lower'],
        symptoms: [],
        howToFind:
          'The muscle lines the inside of the pelvis; a professional finds its trigger points by internal exam. From ' +
          'outside, press upward and outward in the soft hollow just inside the sit bone: tenderness there, with ' +
          'pain between the legs or around the back passage and a feeling of fullness in the rectum, suggests it.',
        selfTreatment: {
          tools: ['hands'],
          position: 'side-lying',
          steps: [
            'Internal release needs a trained pelvic health physiotherapist; at home, work only from the outside.',
            'Lie on your side with knees bent and find the inner edge of the sit bone through clothing.',
            'Press gently upward and outward into the soft hollow just inside the sit bone, toward the hip.',
            'Hold the tender spot lightly while breathing into the belly.',
          ],
          pressure: 3,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The pudendal nerve runs along this wall of the pelvis: keep pressure light and stop at any burning, ' +
            'tingling or numbness between the legs.',
          INTERNAL_WORK_WARNING,
        ],
        sources: [TS_PELVIC_FLOOR, DONNELLY_PELVIC_FLOOR],
      },
    ],
    stretch: {
      name: 'Knee across to the opposite shoulder',
      position: 'supine',
      steps: [
        'Lie on your back and bend the hip and knee of the sore side.',
        'Hold the knee with the opposite hand and draw it across the body toward the opposite shoulder.',
        'Keep the pelvis flat and breathe slowly as the deep back of the hip stretches.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long sitting, especially on hard seats or a bicycle saddle',
      'Childbirth, pelvic surgery, or a fall onto the buttocks',
      'Habitual clenching of the pelvic floor or buttocks',
      'Sports with repeated hip rotation, such as dance or martial arts',
    ],
    precautions: [
      PELVIC_HEALTH_WARNING,
      INTERNAL_WORK_WARNING,
      LEG_NERVE_WARNING,
      'Numbness around the genitals or buttocks, or new loss of bladder or bowel control, is an emergency.',
    ],
    relatedMuscles: ['levator-ani', 'coccygeus', 'piriformis', 'gemelli', 'quadratus-femoris', 'gluteus-maximus'],
    sources: [TS_PELVIC_FLOOR, DONNELLY_PELVIC_FLOOR],
  },
];
