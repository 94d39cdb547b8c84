import type { Muscle, SourceCitation } from '../atlas.types.ts';

/**
 * Lower leg and foot: the calf, shin and outer-leg muscles that move the ankle and toes, the
 * popliteus and plantaris behind the knee, and the small (intrinsic) muscles of the foot.
 * Referral zones follow Travell & Simons, Vol. 2 (1992), as closely as the region vocabulary allows.
 */

const TS_POPLITEUS: SourceCitation = { ref: 'travell-1992', locator: 'Popliteus Muscle' };
const TS_TIBIALIS_ANTERIOR: SourceCitation = { ref: 'travell-1992', locator: 'Tibialis Anterior Muscle' };
const TS_PERONEALS: SourceCitation = { ref: 'travell-1992', locator: 'Peroneal Muscles' };
const TS_GASTROCNEMIUS: SourceCitation = { ref: 'travell-1992', locator: 'Gastrocnemius Muscle' };
const TS_SOLEUS_PLANTARIS: SourceCitation = { ref: 'travell-1992', locator: 'Soleus and Plantaris Muscles' };
const TS_TIBIALIS_POSTERIOR: SourceCitation = { ref: 'travell-1992', locator: 'Tibialis Posterior Muscle' };
const TS_LONG_EXTENSORS: SourceCitation = { ref: 'travell-1992', locator: 'Long Extensors of the Toes' };
const TS_LONG_FLEXORS: SourceCitation = { ref: 'travell-1992', locator: 'Long Flexors of the Toes' };
const TS_SUPERFICIAL_FOOT: SourceCitation = { ref: 'travell-1992', locator: 'Superficial Intrinsic Foot Muscles' };
const TS_DEEP_FOOT: SourceCitation = { ref: 'travell-1992', locator: 'Deep Intrinsic Foot Muscles' };
const DAVIES_LEG_FOOT: SourceCitation = { ref: 'davies-2013', locator: 'Lower Leg, Ankle, and Foot Pain' };

/** Shared cautions, reused by several muscles. */
const CLOT_WARNING =
  'A calf that is swollen, warm, red or painful at rest, especially after surgery, a long journey or bed rest, ' +
  'may be a blood clot (deep vein thrombosis): do not massage it; get urgent medical care.';
const POPLITEAL_WARNING =
  'The hollow in the centre of the back of the knee carries the popliteal artery, vein and tibial nerve: ' +
  'never press deep into the middle of it. If you feel a pulse, or tingling runs down the leg, move off.';
const FIBULAR_NERVE_WARNING =
  'The common fibular (peroneal) nerve wraps around the bone just below the bony knob on the outside of the ' +
  'knee (the head of the fibula): do not press on or just under the knob. Tingling or burning down the outside ' +
  'of the leg or onto the top of the foot means you are on the nerve; move away.';
const COMPARTMENT_WARNING =
  'A shin that becomes tight, swollen and severely painful during or after exercise, with numbness or weakness ' +
  'of the foot, can be compartment syndrome: this is an emergency, not a trigger point.';
const FOOT_HEALTH_WARNING =
  'If you have diabetes, reduced feeling in the feet or poor circulation, ask your doctor before pressing on ' +
  'your feet, use light pressure and check the skin afterwards.';
const INJURY_WARNING =
  'Do not press over a recent sprain, fracture, open wound, skin infection or a hot, swollen joint; get those ' +
  'checked first.';
const MEDICINE_NOTE =
  'If you bruise easily or take blood-thinning medicine, ask your doctor or pharmacist before firm pressure.';

export const LEG_FOOT_MUSCLES: readonly Muscle[] = [
  // ---------------------------------------------------------------- Behind the knee
  {
    id: 'popliteus',
    name: 'Popliteus',
    commonNames: ['popliteus', 'back of knee muscle', 'knee unlocking muscle'],
    area: 'knee',
    action:
      'Unlocks the straightened knee by turning the shin inward, and stops the thigh bone sliding forward on the ' +
      'shin when you crouch, run downhill or go down stairs.',
    triggerPoints: [
      {
        id: 'popliteus.lower-medial',
        label: 'Popliteus, inner back of the knee just below the joint',
        location: { region: 'knee.back', u: 0.25, v: 0.85, view: 'back' },
        essential: ['knee.back'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Sit with the knee bent and relaxed. Just below the knee, slide your fingers around the inner edge of the ' +
          'shinbone to its back surface, pushing the inner calf muscle aside; the popliteus lies against the bone ' +
          'there and a tender spot often echoes into the back of the knee.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the foot flat and the knee bent to about a right angle.',
            'Curl your fingertips around the inner edge of the shinbone, two or three fingers below the knee crease.',
            'Press toward the back of the bone, not into the centre of the knee hollow, and hold on the tender spot.',
            'Ease off when the tenderness fades, then move a finger-width lower and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_POPLITEUS],
      },
      {
        id: 'popliteus.upper-lateral',
        label: 'Popliteus, outer back of the knee near the thigh bone',
        location: { region: 'knee.back', u: 0.7, v: 0.45, view: 'back' },
        essential: ['knee.back'],
        spillover: [],
        symptoms: [],
        howToFind:
          'The upper end of the muscle lies deep on the outer side of the knee hollow, near the bottom of the thigh ' +
          'bone, under the outer calf muscle and close to nerves and vessels. It is hard to feel clearly on ' +
          'yourself; a therapist examines it with the knee slightly bent.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Self-treatment here should be light: sit with the knee bent and the leg relaxed.',
            'Rest two fingertips on the outer side of the knee hollow, just inside the firm outer hamstring tendon.',
            'Sink in gently and hold; stop at once if you feel a pulse, tingling or a sharp nerve-like pain.',
            'If the back of the knee still hurts, have a trained therapist treat this end of the muscle.',
          ],
          pressure: 3,
          holdSeconds: 20,
          repetitions: 2,
        },
        precautions: [
          POPLITEAL_WARNING,
          'The common fibular nerve runs just inside the outer hamstring tendon here: keep the pressure light.',
        ],
        sources: [TS_POPLITEUS],
      },
    ],
    stretch: {
      name: 'Straight-knee shin turn-out',
      position: 'seated',
      steps: [
        'Sit on a bed or the floor with the leg straight out and a small roll under the heel.',
        'Turn the foot and the whole lower leg gently outward.',
        'Let the knee straighten fully, pressing lightly just above the kneecap if you need to.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Running or walking downhill and going down stairs a lot',
      'Sports with cutting, twisting and sudden stops on a planted foot (football, skiing, tennis)',
      'Standing with the knees locked straight for long periods',
      'Feet that roll inward (overpronation) or worn-out shoes',
      'A knee injury or sprain that changed how you walk',
    ],
    precautions: [
      POPLITEAL_WARNING,
      "Swelling or a soft lump behind the knee (for example a Baker's cyst) needs checking before any pressure.",
      CLOT_WARNING,
      'A knee that locks, gives way or swells after a twist may have a meniscus or ligament injury: get it examined.',
    ],
    relatedMuscles: ['gastrocnemius', 'plantaris', 'biceps-femoris', 'semitendinosus', 'semimembranosus', 'soleus'],
    sources: [TS_POPLITEUS],
  },
  {
    id: 'plantaris',
    name: 'Plantaris',
    commonNames: ['plantaris', 'calf', 'back of knee'],
    area: 'knee',
    action:
      'A small, slim muscle behind the knee with a very long thin tendon down to the heel; it weakly helps the calf ' +
      'point the foot and bend the knee.',
    triggerPoints: [
      {
        id: 'plantaris.tp1',
        label: 'Plantaris, back of the knee, outer side',
        location: { region: 'knee.back', u: 0.65, v: 0.55, view: 'back' },
        essential: ['knee.back', 'calf.upper'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Lie face down or sit with the knee slightly bent. The small belly lies in the back of the knee, a little ' +
          'to the outer side of the centre, just above the outer calf muscle; gentle fingertip pressure there may ' +
          'reproduce an ache behind the knee and into the upper calf.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the knee slightly bent and the calf relaxed, heel resting on the floor.',
            'Place two fingertips in the back of the knee, just to the outer side of the centre.',
            'Press gently and hold; stop if you feel a pulse or tingling and move slightly outward.',
            'Also work the upper outer calf below it, where the pressure can be firmer.',
          ],
          pressure: 4,
          holdSeconds: 20,
          repetitions: 3,
        },
        precautions: [POPLITEAL_WARNING],
        sources: [TS_SOLEUS_PLANTARIS],
      },
    ],
    stretch: {
      name: 'Straight-knee wall calf stretch',
      position: 'standing-wall',
      steps: [
        'Stand facing a wall with your hands on it and one foot stepped back.',
        'Keep the back knee straight and the back heel on the floor, toes pointing forward.',
        'Lean your hips toward the wall until you feel a stretch behind the knee and in the calf.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Running, jumping and hill work, especially after a sudden increase in training',
      'High heels, which keep the calf muscles shortened',
      'Sitting with the feet tucked under the chair or the toes pointed for long periods',
    ],
    precautions: [
      POPLITEAL_WARNING,
      CLOT_WARNING,
      'A sudden sharp pain in the calf, as if kicked, during a push-off may be a tear of the plantaris or calf: ' +
        'rest it and get it checked rather than massaging it.',
    ],
    relatedMuscles: ['gastrocnemius', 'soleus', 'popliteus', 'biceps-femoris'],
    sources: [TS_SOLEUS_PLANTARIS],
  },

  // ---------------------------------------------------------------- Calf
  {
    id: 'gastrocnemius',
    name: 'Gastrocnemius',
    commonNames: ['calf', 'calf muscle', 'gastroc', 'gastrocs', 'calves'],
    area: 'leg',
    action:
      'Points the foot and helps bend the knee; it gives the push-off in walking, running, jumping and climbing ' +
      'stairs.',
    triggerPoints: [
      {
        id: 'gastrocnemius.tp1',
        label: 'Gastrocnemius, inner calf (medial head)',
        location: { region: 'calf.upper', u: 0.25, v: 0.45, view: 'back' },
        essential: ['arch'],
        spillover: ['thigh.back', 'knee.back', 'calf.upper', 'calf.lower', 'ankle.medial'],
        symptoms: ['night-cramps'],
        howToFind:
          'With the knee bent and the calf relaxed, press or pinch the inner bulge of the calf a little above its ' +
          'fullest part. A tender, rope-like band that sends an ache to the arch of the foot is the spot.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit on the floor with the leg out and a ball under the inner calf.',
            'Let the weight of the leg sink onto the ball and roll slowly until you find the tender spot.',
            'Stay on it, crossing the other leg on top for more pressure if needed, until the tenderness eases.',
            'Finish with a few slow ankle circles.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_GASTROCNEMIUS, DAVIES_LEG_FOOT],
      },
      {
        id: 'gastrocnemius.tp2',
        label: 'Gastrocnemius, outer calf (lateral head)',
        location: { region: 'calf.upper', u: 0.75, v: 0.5, view: 'back' },
        essential: ['calf.upper'],
        spillover: [],
        symptoms: [],
        howToFind:
          'On the outer bulge of the calf, slightly above the middle, squeeze the muscle between thumb and fingers ' +
          'with the knee bent; a tender band that aches locally is the spot.',
        selfTreatment: {
          tools: ['hands', 'foam-roller'],
          position: 'seated',
          steps: [
            'Sit and cross the leg over the other knee so the outer calf faces you, or rest it on a foam roller.',
            'Squeeze the outer calf slowly between thumb and fingers to find the tender band.',
            'Hold the pressure until it softens, or roll slowly along the outer calf with the roller.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 8,
        },
        sources: [TS_GASTROCNEMIUS, DAVIES_LEG_FOOT],
      },
      {
        id: 'gastrocnemius.tp3',
        label: 'Gastrocnemius, inner back of the knee (top of the medial head)',
        location: { region: 'knee.back', u: 0.2, v: 0.7, view: 'back' },
        essential: ['knee.back'],
        spillover: ['calf.upper'],
        symptoms: [],
        howToFind:
          'Just below the knee crease on the inner side, feel the start of the calf muscle where it rises from the ' +
          'thigh bone. Press on the edge of the muscle, not into the soft centre of the knee hollow.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the foot flat.',
            'Press with the fingertips on the upper inner calf muscle, just below and to the side of the knee hollow.',
            'Hold gently until the tenderness eases, keeping away from the middle of the hollow.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [POPLITEAL_WARNING],
        sources: [TS_GASTROCNEMIUS],
      },
      {
        id: 'gastrocnemius.tp4',
        label: 'Gastrocnemius, outer back of the knee (top of the lateral head)',
        location: { region: 'knee.back', u: 0.8, v: 0.7, view: 'back' },
        essential: ['knee.back'],
        spillover: ['calf.upper'],
        symptoms: [],
        howToFind:
          'Just below the knee crease on the outer side, feel the start of the outer calf muscle beside the outer ' +
          'hamstring tendon; a tender spot there aches in the back of the knee.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the foot flat.',
            'Press with the fingertips on the upper outer calf muscle, just below the knee crease.',
            'Hold gently until the tenderness eases; stop if you feel tingling down the outside of the leg.',
          ],
          pressure: 4,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [POPLITEAL_WARNING, FIBULAR_NERVE_WARNING],
        sources: [TS_GASTROCNEMIUS],
      },
    ],
    stretch: {
      name: 'Straight-knee wall calf stretch',
      position: 'standing-wall',
      steps: [
        'Stand facing a wall with your hands on it and one foot stepped well back.',
        'Keep the back knee straight, the heel down and the toes pointing forward.',
        'Bend the front knee and lean your hips toward the wall until the calf stretches.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'High heels, or sitting with the toes pointed and the calf shortened for hours',
      'A chair seat too high or with a front edge pressing into the back of the thighs and calves',
      'Running or walking uphill, climbing, or a sudden jump in training',
      'Sleeping with the feet pointed under tight bedcovers',
      'Cold, long periods of sitting without moving the ankles, and tight socks or garters',
      'Low levels of some minerals or vitamins have been linked to cramps: ask your doctor to check',
    ],
    precautions: [
      CLOT_WARNING,
      'Cramping calf pain that comes on with walking and eases with rest may be poor circulation (claudication): ' +
        'see your doctor.',
      'A sudden snap or kick-like pain at the back of the ankle or calf may be an Achilles or calf tear: ' +
        'do not massage it; get it checked.',
      'Varicose veins: do not press or roll directly on them.',
      MEDICINE_NOTE,
    ],
    relatedMuscles: [
      'soleus',
      'plantaris',
      'popliteus',
      'tibialis-posterior',
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
      'biceps-femoris',
      'semitendinosus',
      'semimembranosus',
      'abductor-hallucis',
    ],
    sources: [TS_GASTROCNEMIUS, DAVIES_LEG_FOOT],
  },
  {
    id: 'soleus',
    name: 'Soleus',
    commonNames: ['soleus', 'calf', 'lower calf', 'deep calf'],
    area: 'leg',
    action:
      'Points the foot and holds the lower leg steady over the foot when you stand, walk or squat; its contractions ' +
      'also pump blood back up from the leg.',
    triggerPoints: [
      {
        id: 'soleus.tp1',
        label: 'Soleus, lower calf just above the Achilles tendon',
        location: { region: 'calf.lower', u: 0.4, v: 0.6, view: 'back' },
        essential: ['heel.under', 'heel.back', 'achilles'],
        spillover: ['calf.lower'],
        symptoms: [],
        howToFind:
          "Bend the knee so the outer calf muscle goes slack. A few fingers' width above where the calf narrows into " +
          'the Achilles tendon, slightly to the inner side, squeeze the thick muscle on either side of the tendon; ' +
          'a tender spot that echoes in the heel is the one.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee bent, or cross the leg over the other knee.',
            'Grip the lower calf just above the tendon between thumb and fingers and squeeze into the tender spot.',
            'Hold until the tenderness fades, then move a finger-width and repeat.',
            'Or sit on the floor with the knee bent, the lower calf on a ball, and the other leg crossed on top.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SOLEUS_PLANTARIS, DAVIES_LEG_FOOT],
      },
      {
        id: 'soleus.tp2',
        label: 'Soleus, upper outer calf below the knee',
        location: { region: 'calf.upper', u: 0.75, v: 0.3, view: 'back' },
        essential: ['calf.upper'],
        spillover: [],
        symptoms: [],
        howToFind:
          "High on the back of the calf on the outer side, a hand's width below the knee crease and behind the " +
          'fibula, press deep through the outer calf muscle with the knee bent.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee bent so the calf is soft.',
            'Press with the thumbs into the upper outer calf, below and behind the bony knob of the fibula.',
            'Hold on the tender spot, or roll it slowly on a ball with the knee bent.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [FIBULAR_NERVE_WARNING],
        sources: [TS_SOLEUS_PLANTARIS, DAVIES_LEG_FOOT],
      },
      {
        id: 'soleus.tp3',
        label: 'Soleus, lower outer calf (refers to the sacroiliac joint)',
        location: { region: 'calf.lower', u: 0.65, v: 0.35, view: 'back' },
        essential: ['sacroiliac'],
        spillover: ['calf.lower'],
        symptoms: [],
        howToFind:
          'Slightly higher than the heel spot and toward the outer side of the lower calf, squeeze deep with the ' +
          'knee bent. This less common point sends a deep ache to the same-side sacroiliac joint at the low back.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee bent, or cross the leg over the other knee.',
            'Squeeze the outer part of the lower calf, a little above the heel spot, between thumb and fingers.',
            'Hold on the tender spot until it eases, then check the heel spot too.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SOLEUS_PLANTARIS],
      },
    ],
    stretch: {
      name: 'Bent-knee wall calf stretch',
      position: 'standing-wall',
      steps: [
        'Stand facing a wall with your hands on it and one foot a short step back.',
        'Keep the back heel down and bend the back knee, lowering the hips straight down.',
        'Feel the stretch low in the calf, just above the heel, and hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'High heels, or a sudden switch from heels to flat shoes',
      'A chair whose front edge presses into the calves, or a footrest that keeps the toes pointed',
      'Walking or running uphill, on sand or on slopes; stairs',
      'Long periods of sitting or standing still, which slow the calf pump',
      "A foot with a short first and long second toe bone (Morton's foot), or worn, stiff-soled shoes",
      'A period in a cast or boot',
    ],
    precautions: [
      CLOT_WARNING,
      "Heel pain with swelling, redness or pain at night at rest, or after a fall, needs a doctor's check.",
      'A sudden snap at the back of the ankle may be an Achilles rupture: get urgent care.',
      MEDICINE_NOTE,
    ],
    relatedMuscles: [
      'gastrocnemius',
      'plantaris',
      'tibialis-posterior',
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
      'quadratus-plantae',
      'abductor-hallucis',
    ],
    sources: [TS_SOLEUS_PLANTARIS, DAVIES_LEG_FOOT],
  },
  {
    id: 'tibialis-posterior',
    name: 'Tibialis posterior',
    commonNames: ['tibialis posterior', 'posterior tib', 'deep calf', 'shin splints'],
    area: 'leg',
    action: 'Points the foot and turns the sole inward; it is the main muscle holding up the inner arch as you walk.',
    triggerPoints: [
      {
        id: 'tibialis-posterior.tp1',
        label: 'Tibialis posterior, deep in the upper calf',
        location: { region: 'calf.upper', u: 0.45, v: 0.65, view: 'back' },
        essential: ['achilles'],
        spillover: [
          'calf.upper',
          'calf.lower',
          'heel.under',
          'arch',
          'sole.ball',
          'toe.big.under',
          'toes.lesser.under',
        ],
        symptoms: [],
        howToFind:
          'This is the deepest calf muscle, lying against the membrane between the two leg bones, so it cannot be ' +
          'felt directly. Deep tenderness just behind the inner edge of the shinbone in the upper half of the leg, ' +
          'that echoes toward the Achilles tendon, suggests it.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the calf relaxed.',
            'Hook your fingertips just behind the inner edge of the shinbone, in the upper half of the leg.',
            'Press slowly in and toward the back of the bone and hold on any deep tender spot.',
            'Do not dig hard into the middle of the calf; if you cannot reach it, see a trained therapist.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The tibial nerve and posterior tibial artery run deep in the calf near this muscle: use steady, ' +
            'moderate pressure and stop if tingling spreads into the sole.',
        ],
        sources: [TS_TIBIALIS_POSTERIOR, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Seated foot up-and-out stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle of the leg to stretch across the other knee.',
        'Hold the foot and pull it up toward the shin.',
        'Turn the sole gently outward, away from you, until you feel the stretch along the inner calf and ankle.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Flat feet or feet that roll inward (overpronation), especially with a long second toe bone',
      'Running or walking on uneven ground, cambered roads or banked tracks',
      'Worn-out or unsupportive shoes',
      'A sudden increase in running or walking distance',
    ],
    precautions: [
      CLOT_WARNING,
      'Pain along the inner edge of the shinbone that is sharp over one point of bone or persists at rest may be ' +
        'a stress fracture: get it checked.',
      'A painful inner ankle with an arch that is collapsing may be a tendon problem needing a doctor or podiatrist.',
    ],
    relatedMuscles: [
      'soleus',
      'gastrocnemius',
      'flexor-digitorum-longus',
      'flexor-hallucis-longus',
      'fibularis-longus',
      'tibialis-anterior',
    ],
    sources: [TS_TIBIALIS_POSTERIOR, DAVIES_LEG_FOOT],
  },
  {
    id: 'flexor-digitorum-longus',
    name: 'Flexor digitorum longus',
    commonNames: ['long toe flexor', 'toe flexor', 'FDL', 'deep calf'],
    area: 'leg',
    action:
      'Curls the four small toes and helps point the foot and support the arch; the toes grip the ground with it ' +
      'as you push off.',
    triggerPoints: [
      {
        id: 'flexor-digitorum-longus.tp1',
        label: 'Flexor digitorum longus, inner upper calf behind the shinbone',
        location: { region: 'leg.medial', u: 0.5, v: 0.35 },
        essential: ['sole.ball'],
        spillover: ['toes.lesser.under', 'ankle.medial', 'leg.medial'],
        symptoms: [],
        howToFind:
          'With the knee bent, press just behind the inner edge of the shinbone in the upper half of the leg, ' +
          'between the bone and the calf muscle. Curling the small toes makes the muscle tighten under your fingers.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the ankle across the other knee so the inner calf faces up.',
            'Push the calf muscle back and press your thumbs just behind the inner edge of the shinbone.',
            'Hold on the tender spot, then work slowly down the bone a thumb-width at a time.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_LONG_FLEXORS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Toes-up calf stretch',
      position: 'standing-wall',
      steps: [
        'Stand facing a wall and rest the toes of one foot up against it, heel on the floor.',
        'Keep the knee slightly bent and lean gently toward the wall.',
        'Feel the stretch under the toes, the sole and the inner calf.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Running on uneven ground or sand, or on the balls of the feet',
      'Flat or overpronating feet, and worn or unsupportive shoes',
      'Gripping with the toes in tight, narrow or slippery shoes (flip-flops)',
    ],
    precautions: [
      CLOT_WARNING,
      'Tingling or burning in the sole may come from the tibial nerve; move off if it appears.',
    ],
    relatedMuscles: [
      'tibialis-posterior',
      'flexor-hallucis-longus',
      'soleus',
      'gastrocnemius',
      'flexor-digitorum-brevis',
      'quadratus-plantae',
      'lumbricals-foot',
    ],
    sources: [TS_LONG_FLEXORS, DAVIES_LEG_FOOT],
  },
  {
    id: 'flexor-hallucis-longus',
    name: 'Flexor hallucis longus',
    commonNames: ['long big toe flexor', 'big toe flexor', 'FHL', 'deep calf'],
    area: 'leg',
    action:
      'Bends the big toe and helps point the foot; it gives the final push-off from the big toe when you walk, ' +
      'run or rise onto tiptoe.',
    triggerPoints: [
      {
        id: 'flexor-hallucis-longus.tp1',
        label: 'Flexor hallucis longus, lower outer calf',
        location: { region: 'calf.lower', u: 0.7, v: 0.45, view: 'back' },
        essential: ['toe.big.under'],
        spillover: ['sole.ball'],
        symptoms: [],
        howToFind:
          'It lies deep under the soleus on the back of the fibula, in the lower third of the calf on the outer ' +
          'side. With the knee bent, press deep there while bending the big toe: the muscle tightens under your ' +
          'fingers, and a tender spot may echo under the big toe.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee bent, or lie on your back with the lower calf resting on a ball.',
            'Press deep into the lower outer calf, just off the Achilles tendon, toward the back of the fibula.',
            'Hold on the tender spot until it eases; move up or down a finger-width and repeat.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_LONG_FLEXORS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Big-toe-up calf stretch',
      position: 'standing-wall',
      steps: [
        'Stand facing a wall and rest the big toe up against it, the ball of the foot and heel on the floor.',
        'Lean gently toward the wall with the knee slightly bent.',
        'Feel the stretch under the big toe, along the inner sole and in the lower calf.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Running, dancing or climbing on the balls of the feet and tiptoe work',
      "Flat or overpronating feet and a long second toe bone (Morton's foot)",
      'Walking on uneven ground or sand; unsupportive or slippery shoes that make the toes grip',
    ],
    precautions: [
      CLOT_WARNING,
      'A stiff, painful big toe joint (arthritis or gout) needs its own assessment; do not press on a hot joint.',
    ],
    relatedMuscles: [
      'flexor-digitorum-longus',
      'tibialis-posterior',
      'soleus',
      'gastrocnemius',
      'flexor-hallucis-brevis',
      'abductor-hallucis',
    ],
    sources: [TS_LONG_FLEXORS, DAVIES_LEG_FOOT],
  },

  // ---------------------------------------------------------------- Shin and outer leg
  {
    id: 'tibialis-anterior',
    name: 'Tibialis anterior',
    commonNames: ['tibialis anterior', 'shin muscle', 'anterior tib', 'shin splints'],
    area: 'leg',
    action:
      'Lifts the foot and turns the sole inward; it lowers the foot smoothly after the heel strikes and lifts the ' +
      'toes clear of the ground as you step.',
    triggerPoints: [
      {
        id: 'tibialis-anterior.tp1',
        label: 'Tibialis anterior, upper third of the shin',
        location: { region: 'shin', u: 0.6, v: 0.3, view: 'front' },
        essential: ['ankle.front', 'toe.big.top'],
        spillover: ['shin', 'foot.top'],
        // Not 'foot-drop': a foot that slaps or catches is a warning symptom (nerve or spine), and
        // the finder sends it to a doctor instead of crediting this muscle.
        symptoms: [],
        howToFind:
          'Run a finger down the sharp front edge of the shinbone, then slide just to the outside of it onto the ' +
          'muscle. In the upper third of the leg, press in for a tender band that tightens when you lift the foot ' +
          'and may send pain to the front of the ankle and the big toe.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the foot flat.',
            'Press both thumbs into the muscle just outside the shinbone, in the upper third of the leg.',
            'Hold on the tender spot until it softens.',
            'Then stroke slowly up the muscle from above the ankle to below the knee.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_TIBIALIS_ANTERIOR, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Seated shin stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle of the leg to stretch across the other knee.',
        'Hold the top of the foot and point it down, away from the shin.',
        'Gently turn the sole outward as you point, until the front of the shin stretches.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Walking or running on hard, uneven or sloping ground, or downhill',
      'A sudden increase in running, hiking or marching',
      'Tight calf muscles that make the shin muscles work harder against them',
      'Driving with the foot held up off the pedal, or long periods with the foot pointed',
      'Catching the toes and stumbling after an ankle or back problem weakened the foot',
    ],
    precautions: [
      COMPARTMENT_WARNING,
      'Pain sharp over one spot of the shinbone itself, worse with hopping or at rest, may be a stress fracture.',
      'Trigger points here can make lifting the foot feel weak because it hurts (pain inhibition), but a foot ' +
        'that has started to slap, drag or catch (foot drop) comes from a nerve or the spine, not a trigger point: ' +
        'see a doctor before treating, and get emergency care if both legs are weak or there is numbness between ' +
        'the legs or a change in bladder or bowel control.',
    ],
    relatedMuscles: [
      'extensor-digitorum-longus',
      'extensor-hallucis-longus',
      'fibularis-longus',
      'fibularis-tertius',
      'tibialis-posterior',
      'gastrocnemius',
      'soleus',
    ],
    sources: [TS_TIBIALIS_ANTERIOR, DAVIES_LEG_FOOT],
  },
  {
    id: 'extensor-digitorum-longus',
    name: 'Extensor digitorum longus',
    commonNames: ['long toe extensor', 'toe extensor', 'EDL', 'shin'],
    area: 'leg',
    action:
      'Lifts the four small toes and the foot, and turns the sole slightly outward; it helps clear the toes as ' +
      'you step.',
    triggerPoints: [
      {
        id: 'extensor-digitorum-longus.tp1',
        label: 'Extensor digitorum longus, upper outer shin',
        location: { region: 'shin', u: 0.85, v: 0.25, view: 'front' },
        essential: ['foot.top', 'toes.lesser.top'],
        spillover: ['ankle.front', 'shin'],
        symptoms: [],
        howToFind:
          "About a hand's width below the bony knob on the outside of the knee, between the shin muscle in front " +
          'and the outer-leg muscles behind, press in while lifting the small toes: the muscle tightens under your ' +
          'fingers and a tender spot may send pain over the top of the foot to the toes.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the foot flat.',
            "Press the thumbs into the outer front of the leg, a hand's width below the knee, not on the bony knob.",
            'Hold on the tender spot until it softens, then work slowly down a thumb-width at a time.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'The deep fibular nerve runs under this muscle: stop if tingling spreads to the top of the foot.',
        ],
        sources: [TS_LONG_EXTENSORS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Pointed-foot toe curl stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle across the other knee.',
        'Point the foot down and curl the small toes under with your hand.',
        'Hold where you feel a stretch over the top of the foot and the outer shin.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Walking or running on hills, rough ground or sand',
      'Tight calf muscles and long periods with the foot pointed (high heels, driving, sleeping under tight covers)',
      'Tight laces or straps pressing across the top of the foot',
      'Crossing one knee over the other for long periods',
    ],
    precautions: [COMPARTMENT_WARNING, FIBULAR_NERVE_WARNING],
    relatedMuscles: [
      'tibialis-anterior',
      'extensor-hallucis-longus',
      'fibularis-tertius',
      'fibularis-longus',
      'extensor-digitorum-brevis',
      'foot-interossei',
    ],
    sources: [TS_LONG_EXTENSORS, DAVIES_LEG_FOOT],
  },
  {
    id: 'extensor-hallucis-longus',
    name: 'Extensor hallucis longus',
    commonNames: ['long big toe extensor', 'big toe extensor', 'EHL', 'shin'],
    area: 'leg',
    action: 'Lifts the big toe and helps lift the foot at the ankle.',
    triggerPoints: [
      {
        id: 'extensor-hallucis-longus.tp1',
        label: 'Extensor hallucis longus, lower outer shin',
        location: { region: 'shin', u: 0.75, v: 0.65, view: 'front' },
        essential: ['foot.top', 'toe.big.top'],
        spillover: ['ankle.front'],
        symptoms: [],
        howToFind:
          'In the lower half of the leg, just in front of the fibula and to the outside of the shin muscle, press ' +
          'in while lifting the big toe; the muscle tightens there, and a tender spot may send pain over the top ' +
          'of the foot to the big toe.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the foot flat.',
            'Find the spot by lifting the big toe while pressing on the lower outer shin.',
            'Relax the toe, press into the tender spot with a thumb and hold until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_LONG_EXTENSORS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Pointed-foot big toe curl stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle across the other knee.',
        'Point the foot and bend the big toe down with your fingers.',
        'Hold where you feel a stretch over the top of the foot and the lower shin.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Walking or running on hills and rough ground',
      'Tight calves and long periods with the foot pointed',
      'Tight laces or straps across the top of the foot',
      'Recovering from an ankle sprain or a stiff big toe joint',
    ],
    precautions: [
      COMPARTMENT_WARNING,
      'A painful, swollen big toe joint (bunion, arthritis or gout) needs its own assessment.',
    ],
    relatedMuscles: [
      'extensor-digitorum-longus',
      'tibialis-anterior',
      'extensor-hallucis-brevis',
      'flexor-hallucis-longus',
      'fibularis-tertius',
    ],
    sources: [TS_LONG_EXTENSORS, DAVIES_LEG_FOOT],
  },
  {
    id: 'fibularis-longus',
    name: 'Fibularis (peroneus) longus',
    commonNames: ['peroneus longus', 'peroneals', 'fibularis', 'outer calf', 'outside of the lower leg'],
    area: 'leg',
    action:
      'Points the foot and turns the sole outward; its tendon runs under the foot to brace the arch and keeps ' +
      'the ankle from rolling over onto its outer edge.',
    triggerPoints: [
      {
        id: 'fibularis-longus.tp1',
        label: 'Fibularis longus, upper outer leg below the fibular head',
        location: { region: 'leg.lateral', u: 0.5, v: 0.2 },
        essential: ['ankle.lateral'],
        spillover: ['foot.lateral', 'leg.lateral'],
        symptoms: ['weak-ankle'],
        howToFind:
          'Find the bony knob on the outside of the leg just below the knee (the head of the fibula). Two to three ' +
          "fingers' width below it, press the muscle against the bone: it hardens as you turn the sole outward, " +
          'and a tender band may send pain around the outer ankle bone.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit with the leg turned so the outside of the calf faces you.',
            "Start at least three fingers' width below the bony knob, never on the knob itself.",
            'Press a thumb or fingertips against the bone and hold on the tender spot.',
            'Work down the outside of the leg a finger-width at a time.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [FIBULAR_NERVE_WARNING],
        sources: [TS_PERONEALS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Seated foot up-and-in stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle of the leg to stretch across the other knee.',
        'Hold the foot and pull it up toward the shin.',
        'Turn the sole gently toward you, inward, until the outside of the leg and ankle stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Repeated ankle sprains or an ankle that rolls outward easily',
      'Crossing one knee over the other, which presses on the muscle and the nerve',
      'High heels, tight elastic socks below the knee, or a long cast',
      "A foot with a long second toe bone (Morton's foot) or flat, rolling-in feet",
      'Running on cambered roads or uneven ground',
    ],
    precautions: [
      FIBULAR_NERVE_WARNING,
      "A foot that drops or drags, or numbness on the top of the foot, needs a doctor's check.",
      INJURY_WARNING,
    ],
    relatedMuscles: [
      'fibularis-brevis',
      'fibularis-tertius',
      'extensor-digitorum-longus',
      'tibialis-posterior',
      'tibialis-anterior',
      'soleus',
    ],
    sources: [TS_PERONEALS, DAVIES_LEG_FOOT],
  },
  {
    id: 'fibularis-brevis',
    name: 'Fibularis (peroneus) brevis',
    commonNames: ['peroneus brevis', 'peroneals', 'fibularis', 'outside of the lower leg'],
    area: 'leg',
    action:
      'Turns the sole outward and helps point the foot; it pulls on the outer edge of the foot and steadies the ' +
      'ankle against turning over.',
    triggerPoints: [
      {
        id: 'fibularis-brevis.tp1',
        label: 'Fibularis brevis, lower outer leg',
        location: { region: 'leg.lateral', u: 0.5, v: 0.7 },
        essential: ['ankle.lateral'],
        spillover: ['foot.lateral'],
        symptoms: ['weak-ankle'],
        howToFind:
          'On the outside of the leg, where the middle third meets the lower third, press on either side of the ' +
          'tendon that runs down the fibula while turning the sole outward; a tender spot there may send pain to ' +
          'the outer ankle bone.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the ankle across the other knee so the outside of the leg faces up.',
            'Press with the thumbs on the lower outer leg, on both sides of the tendon, against the fibula.',
            'Hold on the tender spot until it softens, or stroke slowly upward along the bone.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_PERONEALS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Seated foot up-and-in stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle of the leg to stretch across the other knee.',
        'Hold the foot and pull it up toward the shin.',
        'Turn the sole gently inward until the outside of the lower leg and ankle stretch.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Ankle sprains and weak, unstable ankles',
      'High heels and shoes that tilt the foot',
      'Running on cambered roads or uneven ground',
      "Flat or rolling-in feet, or a long second toe bone (Morton's foot)",
    ],
    precautions: [
      INJURY_WARNING,
      'Pain at the bony bump on the outer edge of the foot after a twist may be a fracture: get it checked.',
    ],
    relatedMuscles: [
      'fibularis-longus',
      'fibularis-tertius',
      'extensor-digitorum-longus',
      'abductor-digiti-minimi-foot',
    ],
    sources: [TS_PERONEALS, DAVIES_LEG_FOOT],
  },
  {
    id: 'fibularis-tertius',
    name: 'Fibularis (peroneus) tertius',
    commonNames: ['peroneus tertius', 'peroneals', 'fibularis', 'front of ankle'],
    area: 'leg',
    action:
      'Lifts the foot and turns the sole outward; a small muscle beside the long toe extensor, missing in some ' +
      'people.',
    triggerPoints: [
      {
        id: 'fibularis-tertius.tp1',
        label: 'Fibularis tertius, lower outer front of the leg',
        location: { region: 'shin', u: 0.9, v: 0.75, view: 'front' },
        essential: ['ankle.front'],
        spillover: ['ankle.lateral', 'heel.back', 'heel.under'],
        symptoms: [],
        howToFind:
          'In the lower third of the leg, just in front of the fibula on the outer side of the shin, press in while ' +
          'lifting the foot and turning it outward; a tender spot there may send pain to the front of the ankle.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit with the knee bent and the foot flat.',
            'Press a thumb into the lower outer front of the leg, just in front of the fibula.',
            'Hold on the tender spot until it eases, then move a thumb-width and repeat.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_PERONEALS, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Seated point-and-turn-in stretch',
      position: 'seated',
      steps: [
        'Sit and rest the ankle across the other knee.',
        'Point the foot down and turn the sole gently toward you.',
        'Hold where you feel the stretch at the front and outside of the ankle.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Ankle sprains',
      'Walking or running on hills and uneven ground',
      'Tight laces across the front of the ankle',
      'Tight calves, which make the front-of-leg muscles work harder',
    ],
    precautions: [COMPARTMENT_WARNING, INJURY_WARNING],
    relatedMuscles: [
      'extensor-digitorum-longus',
      'fibularis-longus',
      'fibularis-brevis',
      'tibialis-anterior',
      'extensor-hallucis-longus',
    ],
    sources: [TS_PERONEALS, DAVIES_LEG_FOOT],
  },

  // ---------------------------------------------------------------- Top of the foot
  {
    id: 'extensor-digitorum-brevis',
    name: 'Extensor digitorum brevis',
    commonNames: ['short toe extensor', 'top of foot muscle', 'EDB'],
    area: 'foot',
    action: 'Helps lift the second, third and fourth toes; a small fleshy muscle on the outer top of the foot.',
    triggerPoints: [
      {
        id: 'extensor-digitorum-brevis.tp1',
        label: 'Extensor digitorum brevis, outer top of the foot',
        location: { region: 'foot.top', u: 0.7, v: 0.3, view: 'foot-top' },
        essential: ['foot.top'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Just in front of the outer ankle bone, on the top of the foot, lift the toes: a small soft bulge appears. ' +
          'Press into it for a tender spot that aches over the top of the foot.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb into the soft bulge just in front of the outer ankle bone.',
            'Hold on the tender spot, then make small slow strokes across the top of the foot.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Toe curl stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Curl the small toes down with your hand, with the foot gently pointed.',
        'Hold where you feel the stretch over the top of the foot.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Tight laces or straps across the top of the foot',
      'Shoes too short or too tight in the toe box',
      'Ankle sprains and walking on uneven ground',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      INJURY_WARNING,
      'Sharp pain over a bone on the top of the foot after more walking or running may be a stress fracture.',
    ],
    relatedMuscles: ['extensor-hallucis-brevis', 'extensor-digitorum-longus', 'foot-interossei', 'fibularis-tertius'],
    sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'extensor-hallucis-brevis',
    name: 'Extensor hallucis brevis',
    commonNames: ['short big toe extensor', 'top of foot muscle', 'EHB'],
    area: 'foot',
    action: 'Helps lift the big toe at its base; the inner slip of the short toe extensor on the top of the foot.',
    triggerPoints: [
      {
        id: 'extensor-hallucis-brevis.tp1',
        label: 'Extensor hallucis brevis, middle top of the foot',
        location: { region: 'foot.top', u: 0.45, v: 0.35, view: 'foot-top' },
        essential: ['foot.top'],
        spillover: [],
        symptoms: [],
        howToFind:
          'On the top of the foot, a little in front of and inside the outer bulge of the short toe extensor, press ' +
          'while lifting the big toe; a tender spot aches over the top of the foot.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb into the middle of the top of the foot, between the tendons.',
            'Hold on the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Big toe curl stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Bend the big toe down with your fingers, with the foot gently pointed.',
        'Hold where you feel the stretch over the top of the foot.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Tight laces or straps across the top of the foot',
      'Shoes too short or too tight in the toe box',
      'Ankle sprains and walking on uneven ground',
    ],
    precautions: [FOOT_HEALTH_WARNING, INJURY_WARNING],
    relatedMuscles: ['extensor-digitorum-brevis', 'extensor-hallucis-longus', 'foot-interossei'],
    sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
  },

  // ---------------------------------------------------------------- Sole, superficial layer
  {
    id: 'abductor-hallucis',
    name: 'Abductor hallucis',
    commonNames: ['abductor hallucis', 'inner arch muscle', 'instep', 'arch'],
    area: 'foot',
    action:
      'Moves the big toe away from the other toes and helps bend it; it forms the fleshy inner edge of the sole ' +
      'and supports the inner arch.',
    triggerPoints: [
      {
        id: 'abductor-hallucis.tp1',
        label: 'Abductor hallucis, inner edge of the sole near the heel',
        location: { region: 'arch', u: 0.1, v: 0.25, view: 'foot-sole' },
        essential: ['heel.under'],
        // The inner heel borders the inside of the ankle; T&S's pain guide lists it for medial ankle pain.
        spillover: ['arch', 'ankle.medial'],
        symptoms: [],
        howToFind:
          'Along the inner edge of the sole, just in front of the heel pad and below the inner ankle bone, press up ' +
          'into the thick muscle; a tender spot there aches in the inner side of the heel.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit with a ball under the inner edge of the sole, just in front of the heel.',
            "Lean the leg's weight onto it and roll slowly to find the tender spot.",
            'Hold on it, or press with both thumbs from the side, until it eases.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        precautions: [
          'Nerves to the sole pass under this muscle near the heel (the tarsal tunnel): move off if burning or ' +
            'tingling spreads into the sole.',
        ],
        sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
      },
      {
        id: 'abductor-hallucis.tp2',
        label: 'Abductor hallucis, inner arch',
        location: { region: 'arch', u: 0.05, v: 0.6, view: 'foot-sole' },
        essential: ['heel.under'],
        spillover: ['arch'],
        symptoms: [],
        howToFind:
          'Further forward along the inner edge of the arch, squeeze the muscle between thumb and fingers or press ' +
          'up from below; a tender band may ache back toward the inner heel and along the instep.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee, or put a ball under the inner arch.',
            'Press the thumbs into the inner edge of the arch and hold on the tender spot.',
            'Then stroke slowly along the inner edge from the big toe joint back toward the heel.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 6,
        },
        sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Big toe and arch stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Pull the big toe back toward the shin and gently toward the second toe.',
        'Hold where you feel the stretch along the inner edge of the sole.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Tight, narrow or pointed shoes that push the big toe inward',
      'Flat or rolling-in feet and unsupportive shoes',
      'Long hours standing or walking on hard floors; a sudden increase in walking or running',
      'Tight calf muscles',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      'Heel pain on the first steps in the morning that fails to improve over several weeks, or heel pain after ' +
        'a fall or jump, should be checked by a doctor or podiatrist.',
      'Burning, tingling or numbness in the sole can come from a trapped nerve at the inner ankle (tarsal tunnel).',
    ],
    relatedMuscles: [
      'flexor-hallucis-brevis',
      'flexor-digitorum-brevis',
      'quadratus-plantae',
      'soleus',
      'gastrocnemius',
      'flexor-hallucis-longus',
      'tibialis-posterior',
    ],
    sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'flexor-digitorum-brevis',
    name: 'Flexor digitorum brevis',
    commonNames: ['short toe flexor', 'sole muscle', 'arch', 'FDB'],
    area: 'foot',
    action:
      'Curls the four small toes at their middle joints; lying under the plantar fascia, it helps brace the arch.',
    triggerPoints: [
      {
        id: 'flexor-digitorum-brevis.tp1',
        label: 'Flexor digitorum brevis, middle of the sole',
        location: { region: 'arch', u: 0.5, v: 0.55, view: 'foot-sole' },
        essential: ['sole.ball'],
        spillover: [],
        symptoms: [],
        howToFind:
          'In the middle of the sole, between the heel and the ball of the foot, press up firmly with a thumb or ' +
          'a ball; a tender spot here sends pain forward to the ball of the foot under the middle toes.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit with a firm ball under the middle of the sole.',
            'Press down gently with the weight of the leg and roll slowly to find the tender spot.',
            'Hold on it until it eases, then roll slowly from the heel toward the toes.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 8,
        },
        sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Toe pull-back sole stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold the small toes and bend them back toward the shin, with the ankle bent up.',
        'Hold where you feel the stretch along the sole.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Stiff, thin-soled or worn shoes, and long hours on hard floors',
      "Flat or rolling-in feet, or a long second toe bone (Morton's foot)",
      'Walking barefoot on hard ground after a lifetime of shoes, or a sudden increase in walking or running',
      'Cold feet',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      "Pain between the toes with burning or numbness may be a nerve swelling (Morton's neuroma): get it checked.",
      'Sharp pain over one bone of the forefoot after more walking or running may be a stress fracture.',
    ],
    relatedMuscles: [
      'quadratus-plantae',
      'abductor-hallucis',
      'abductor-digiti-minimi-foot',
      'flexor-digitorum-longus',
      'lumbricals-foot',
      'adductor-hallucis',
    ],
    sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'abductor-digiti-minimi-foot',
    name: 'Abductor digiti minimi (foot)',
    commonNames: ['little toe abductor', 'outer edge of the sole', 'outside of the foot'],
    area: 'foot',
    action: 'Moves the little toe outward and helps bend it; it forms the fleshy outer edge of the sole.',
    triggerPoints: [
      {
        id: 'abductor-digiti-minimi-foot.tp1',
        label: 'Abductor digiti minimi, outer edge of the sole',
        location: { region: 'foot.lateral', u: 0.5, v: 0.5, view: 'foot-sole' },
        essential: ['sole.ball'],
        spillover: ['foot.lateral'],
        symptoms: [],
        howToFind:
          'Along the outer edge of the sole, between the heel and the little toe, squeeze the muscle between thumb ' +
          'and fingers; a tender spot aches under the ball of the foot behind the little toe and along the outer edge.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Squeeze the outer edge of the sole between thumb and fingers, moving from heel to little toe.',
            'Hold on the tender spot until it eases, or roll the outer sole slowly on a ball.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Little toe stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold the little toe and move it gently toward the fourth toe while bending it back a little.',
        'Hold where you feel the stretch along the outer edge of the sole.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Narrow shoes that squeeze the little toe',
      'Walking on the outer edge of the foot, or high-arched stiff feet',
      'Long hours standing on hard floors',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      'Pain at the bony bump on the outer edge of the foot after a twist may be a fracture: get it checked.',
    ],
    relatedMuscles: [
      'flexor-digiti-minimi-brevis-foot',
      'flexor-digitorum-brevis',
      'fibularis-brevis',
      'fibularis-longus',
      'foot-interossei',
    ],
    sources: [TS_SUPERFICIAL_FOOT, DAVIES_LEG_FOOT],
  },

  // ---------------------------------------------------------------- Sole, deep layers
  {
    id: 'quadratus-plantae',
    name: 'Quadratus plantae',
    commonNames: ['quadratus plantae', 'flexor accessorius', 'heel muscle', 'heel pain'],
    area: 'foot',
    action:
      'Pulls the long toe-flexor tendons straight so the small toes curl evenly; it lies deep in the sole just in ' +
      'front of the heel bone.',
    triggerPoints: [
      {
        id: 'quadratus-plantae.tp1',
        label: 'Quadratus plantae, deep at the front of the heel',
        location: { region: 'heel.under', u: 0.5, v: 0.8, view: 'foot-sole' },
        essential: ['heel.under'],
        spillover: [],
        symptoms: [],
        howToFind:
          'Press firmly up into the sole just in front of the heel pad, in the middle or slightly to the inner ' +
          'side. The muscle lies under the short toe flexor, so the pressure must be deep; a tender spot that ' +
          'reproduces the heel pain on the underside of the heel is the one.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit with a firm ball under the sole, just in front of the heel.',
            'Lean the weight of the leg onto it until you find the deep tender spot.',
            'Hold it there until the tenderness eases, keeping the pressure moderate.',
            'Or press up with both thumbs while the foot rests across the other knee.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Toe pull-back sole stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold all the toes and bend them back toward the shin, with the ankle bent up.',
        'Hold where you feel the stretch in the sole and the front of the heel.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Long hours standing or walking on hard floors, especially in thin or worn shoes',
      'Flat or rolling-in feet',
      'A sudden increase in walking, running or standing; weight gain',
      'Tight calf muscles',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      'Heel pain after a fall or jump, heel pain at night or at rest, or heel pain with swelling or fever needs a ' +
        "doctor's check (stress fracture, infection, inflammatory arthritis).",
      'Heel pain that does not improve over several weeks should be seen by a doctor or podiatrist.',
    ],
    relatedMuscles: [
      'soleus',
      'abductor-hallucis',
      'flexor-digitorum-brevis',
      'flexor-digitorum-longus',
      'gastrocnemius',
      'tibialis-posterior',
    ],
    sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'flexor-hallucis-brevis',
    name: 'Flexor hallucis brevis',
    commonNames: ['short big toe flexor', 'ball of the foot', 'big toe joint'],
    area: 'foot',
    action:
      'Bends the big toe at its base and presses it into the ground when you push off; it lies under the first ' +
      'long foot bone behind the big toe joint.',
    triggerPoints: [
      {
        id: 'flexor-hallucis-brevis.medial',
        label: 'Flexor hallucis brevis, inner part under the big toe bone',
        location: { region: 'sole.ball', u: 0.08, v: 0.3, view: 'foot-sole' },
        essential: ['sole.ball', 'toe.big.under'],
        spillover: ['toes.lesser.top', 'toes.lesser.under'],
        symptoms: [],
        howToFind:
          'On the sole, just behind the ball of the big toe and slightly to its inner side, press deep against the ' +
          'first long foot bone; a tender spot there aches around the big toe joint.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb into the sole just behind the big toe joint, on the inner side.',
            'Hold on the tender spot until it eases, or rest that spot on a small ball.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
      },
      {
        id: 'flexor-hallucis-brevis.lateral',
        label: 'Flexor hallucis brevis, outer part under the big toe bone',
        location: { region: 'sole.ball', u: 0.22, v: 0.3, view: 'foot-sole' },
        essential: ['sole.ball', 'toe.big.under'],
        spillover: ['toes.lesser.top', 'toes.lesser.under'],
        symptoms: [],
        howToFind:
          'Just behind the ball of the big toe, toward the second toe, press deep beside the first long foot bone; ' +
          'a tender spot may send pain under the big toe joint and into the big and second toes.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb into the sole just behind the big toe joint, on the side toward the second toe.',
            'Hold on the tender spot until it eases, or rest that spot on a small ball.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT],
      },
    ],
    stretch: {
      name: 'Big toe pull-back stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold the big toe and bend it back toward the shin.',
        'Hold where you feel the stretch under the big toe joint.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'High heels, which load the ball of the foot',
      'Shoes too narrow or too short in the toe box',
      'Running, dancing or standing on the balls of the feet',
      "Flat or rolling-in feet, or a long second toe bone (Morton's foot)",
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      'A red, hot, swollen big toe joint may be gout or infection: see a doctor, do not press on it.',
      'A painful bony bump at the big toe (bunion) or a stiff big toe joint needs its own assessment.',
    ],
    relatedMuscles: [
      'abductor-hallucis',
      'adductor-hallucis',
      'flexor-hallucis-longus',
      'extensor-hallucis-longus',
      'flexor-digitorum-brevis',
    ],
    sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'adductor-hallucis',
    name: 'Adductor hallucis',
    commonNames: ['adductor hallucis', 'ball of the foot', 'forefoot'],
    area: 'foot',
    action:
      'Pulls the big toe toward the other toes and holds the forefoot bones together across the ball of the foot.',
    triggerPoints: [
      {
        id: 'adductor-hallucis.oblique',
        label: 'Adductor hallucis, oblique head in the forefoot',
        location: { region: 'sole.ball', u: 0.4, v: 0.15, view: 'foot-sole' },
        essential: ['sole.ball'],
        spillover: [],
        symptoms: ['numbness'],
        howToFind:
          'Deep in the sole just behind the ball of the foot, in line with the second and third toes, press up ' +
          'firmly between the long foot bones; a tender spot aches under the ball of the foot and may give a ' +
          'numb, puffy feeling there.',
        selfTreatment: {
          tools: ['ball', 'hands'],
          position: 'seated',
          steps: [
            'Sit with a small firm ball under the sole, just behind the ball of the foot.',
            "Press down with the leg's weight and roll slowly to find the tender spot.",
            'Hold on it until it eases, or press up with a thumb while the foot rests on the other knee.',
          ],
          pressure: 6,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
      },
      {
        id: 'adductor-hallucis.transverse',
        label: 'Adductor hallucis, transverse head under the ball of the foot',
        location: { region: 'sole.ball', u: 0.5, v: 0.5, view: 'foot-sole' },
        essential: ['sole.ball'],
        spillover: [],
        symptoms: ['numbness'],
        howToFind:
          'Across the ball of the foot, just behind the bases of the middle toes, press up between the heads of ' +
          'the long foot bones; a tender spot aches under the ball of the foot.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb up into the ball of the foot between the toe joints, one gap at a time.',
            'Hold on each tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT],
      },
    ],
    stretch: {
      name: 'Big toe spread stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold the big toe and draw it gently away from the second toe, toward the inner side.',
        'Then spread all the toes wide with your fingers between them, and hold.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'High heels and narrow, pointed shoes',
      'Long hours standing or walking on the balls of the feet',
      "A long second toe bone (Morton's foot) or a bunion",
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      "Numbness between the toes with sharp or burning pain may be a nerve swelling (Morton's neuroma): " +
        'have it checked.',
      "Persistent numbness of the foot needs a doctor's check for nerve or circulation causes.",
    ],
    relatedMuscles: [
      'flexor-hallucis-brevis',
      'abductor-hallucis',
      'foot-interossei',
      'flexor-digitorum-brevis',
      'lumbricals-foot',
    ],
    sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'flexor-digiti-minimi-brevis-foot',
    name: 'Flexor digiti minimi brevis (foot)',
    commonNames: ['short little toe flexor', 'outer sole', 'ball of the foot'],
    area: 'foot',
    action: 'Bends the little toe at its base; a small muscle under the fifth long foot bone.',
    triggerPoints: [
      {
        id: 'flexor-digiti-minimi-brevis-foot.tp1',
        label: 'Flexor digiti minimi brevis, outer forefoot on the sole',
        location: { region: 'sole.ball', u: 0.9, v: 0.2, view: 'foot-sole' },
        essential: ['sole.ball'],
        spillover: ['foot.lateral', 'toes.lesser.under'],
        symptoms: [],
        howToFind:
          'On the sole under the outer long foot bone, just behind the little toe joint, press up against the bone; ' +
          'a tender spot aches under the outer ball of the foot.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb into the sole under the outer long foot bone, just behind the little toe.',
            'Hold on the tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT],
      },
    ],
    stretch: {
      name: 'Little toe pull-back stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold the little toe and bend it back toward the shin.',
        'Hold where you feel the stretch under the outer forefoot.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Narrow shoes that squeeze the little toe',
      'Walking on the outer edge of the foot',
      'Long hours standing on hard floors',
    ],
    precautions: [FOOT_HEALTH_WARNING, INJURY_WARNING],
    relatedMuscles: ['abductor-digiti-minimi-foot', 'foot-interossei', 'flexor-digitorum-brevis', 'fibularis-brevis'],
    sources: [TS_DEEP_FOOT],
  },
  {
    id: 'foot-interossei',
    name: 'Interossei of the foot',
    commonNames: ['foot interossei', 'dorsal interossei', 'plantar interossei', 'between the toe bones'],
    area: 'foot',
    action:
      'Small muscles between the long foot bones that spread and close the toes and help bend them at their base ' +
      'while straightening the joints beyond.',
    triggerPoints: [
      {
        id: 'foot-interossei.first-dorsal',
        label: 'First dorsal interosseous, between the big and second toe bones',
        location: { region: 'foot.top', u: 0.2, v: 0.6, view: 'foot-top' },
        essential: ['toes.lesser.top', 'toes.lesser.under'],
        spillover: ['foot.top', 'sole.ball'],
        symptoms: ['tingling'],
        howToFind:
          'On the top of the foot, in the groove between the first and second long foot bones, press down and ' +
          'slightly sideways; a tender spot may send pain along the second toe and sometimes a tingle.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a fingertip into the groove between the first and second foot bones, from the top.',
            'Hold on the tender spot until it eases, then stroke slowly along the groove toward the ankle.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
          strokes: 5,
        },
        sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
      },
      {
        id: 'foot-interossei.other',
        label: 'Interossei, between the smaller toe bones',
        location: { region: 'foot.top', u: 0.6, v: 0.6, view: 'foot-top' },
        essential: ['toes.lesser.top', 'toes.lesser.under'],
        spillover: ['foot.top', 'sole.ball'],
        symptoms: [],
        howToFind:
          'Press into each groove between the long foot bones of the smaller toes, from the top and from the sole; ' +
          'a tender spot aches along the side of the toe the muscle pulls on.',
        selfTreatment: {
          tools: ['hands'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a fingertip from the top into each groove between the foot bones, and a thumb from below.',
            'Hold on each tender spot until it eases.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
      },
    ],
    stretch: {
      name: 'Toe spread and squeeze stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Slide your fingers between the toes and spread them gently apart.',
        'Then move each toe slowly up and down against the next one, and hold where it feels tight.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Shoes too narrow or too short in the toe box, and high heels',
      "A long second toe bone (Morton's foot) or a rigid, high-arched foot",
      'Walking on uneven ground, or a change in walking after an injury',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      "Pain, burning or numbness between two toes may be a nerve swelling (Morton's neuroma): have it checked.",
      'Sharp pain over one foot bone after more walking or running may be a stress fracture.',
    ],
    relatedMuscles: [
      'lumbricals-foot',
      'extensor-digitorum-brevis',
      'extensor-digitorum-longus',
      'adductor-hallucis',
      'flexor-digiti-minimi-brevis-foot',
    ],
    sources: [TS_DEEP_FOOT, DAVIES_LEG_FOOT],
  },
  {
    id: 'lumbricals-foot',
    name: 'Lumbricals of the foot',
    commonNames: ['foot lumbricals', 'lumbricals', 'ball of the foot'],
    area: 'foot',
    action:
      'Four small muscles arising from the long toe-flexor tendons in the sole; they bend the small toes at their ' +
      'base and help keep them straight against the ground.',
    triggerPoints: [
      {
        id: 'lumbricals-foot.tp1',
        label: 'Lumbricals, deep in the sole behind the small toes',
        location: { region: 'sole.ball', u: 0.55, v: 0.2, view: 'foot-sole' },
        essential: ['toes.lesser.top', 'toes.lesser.under'],
        spillover: ['sole.ball'],
        symptoms: [],
        howToFind:
          'On the sole, just behind the ball of the foot, press up between the long foot bones of the small toes; ' +
          'a tender spot may send pain into the toe beyond it.',
        selfTreatment: {
          tools: ['hands', 'ball'],
          position: 'seated',
          steps: [
            'Sit and rest the foot across the other knee.',
            'Press a thumb up between the foot bones, just behind the ball of the foot, one gap at a time.',
            'Hold on each tender spot until it eases, or roll the forefoot slowly on a small ball.',
          ],
          pressure: 5,
          holdSeconds: 30,
          repetitions: 3,
        },
        sources: [TS_DEEP_FOOT],
      },
    ],
    stretch: {
      name: 'Toe pull-back stretch',
      position: 'seated',
      steps: [
        'Sit and rest the foot across the other knee.',
        'Hold the small toes and bend them back toward the shin.',
        'Hold where you feel the stretch under the ball of the foot.',
      ],
      holdSeconds: 30,
      repetitions: 3,
    },
    perpetuatingFactors: [
      'Shoes too narrow or too short in the toe box, and high heels',
      'Gripping with the toes in loose or slippery footwear',
      'Long hours standing on hard floors',
    ],
    precautions: [
      FOOT_HEALTH_WARNING,
      "Pain, burning or numbness between two toes may be a nerve swelling (Morton's neuroma): have it checked.",
    ],
    relatedMuscles: ['foot-interossei', 'flexor-digitorum-longus', 'flexor-digitorum-brevis', 'quadratus-plantae'],
    sources: [TS_DEEP_FOOT],
  },
];
