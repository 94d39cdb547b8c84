import type { RegionBase } from './region.types.ts';

/**
 * The side-less vocabulary of body regions, head to foot. Fine enough for referred pain:
 * temple vs forehead, lateral vs medial elbow, heel vs arch (the distinctions the
 * referral maps of Travell & Simons draw). Bilateral bases become a left and a right region.
 */
export const REGION_BASES: readonly RegionBase[] = [
  // Head and face
  { base: 'vertex', area: 'head', laterality: 'midline', label: 'Top of the head', anatomicalLabel: 'vertex of scalp', synonyms: ['crown'] },
  { base: 'forehead.centre', area: 'head', laterality: 'midline', label: 'Centre of the forehead', anatomicalLabel: 'median frontal region', synonyms: ['between the eyebrows', 'glabella'] },
  { base: 'forehead', area: 'head', laterality: 'bilateral', label: '{Side} side of the forehead', anatomicalLabel: '{side} frontal region' },
  { base: 'eyebrow', area: 'head', laterality: 'bilateral', label: '{Side} eyebrow', anatomicalLabel: '{side} supraorbital region', synonyms: ['brow'] },
  { base: 'temple', area: 'head', laterality: 'bilateral', label: '{Side} temple', anatomicalLabel: '{side} temporal region', synonyms: ['side of head', 'temporal headache'] },
  { base: 'parietal', area: 'head', laterality: 'bilateral', label: '{Side} side of the head above the ear', anatomicalLabel: '{side} parietal region' },
  { base: 'eye.around', area: 'head', laterality: 'bilateral', label: 'Around the {side} eye', anatomicalLabel: '{side} orbital region', synonyms: ['eye socket'] },
  { base: 'eye.behind', area: 'head', laterality: 'bilateral', label: 'Behind the {side} eye', anatomicalLabel: '{side} retro-orbital region', synonyms: ['deep eye pain'] },
  { base: 'nose', area: 'head', laterality: 'midline', label: 'Nose', anatomicalLabel: 'nasal region', synonyms: ['sinus'] },
  { base: 'cheek', area: 'head', laterality: 'bilateral', label: '{Side} cheek', anatomicalLabel: '{side} zygomatic region', synonyms: ['cheekbone'] },
  { base: 'maxilla', area: 'head', laterality: 'bilateral', label: '{Side} upper jaw and sinus', anatomicalLabel: '{side} maxillary region', synonyms: ['sinus', 'upper jaw'] },
  { base: 'jaw.tmj', area: 'head', laterality: 'bilateral', label: '{Side} jaw joint', anatomicalLabel: '{side} temporomandibular joint region', synonyms: ['tmj', 'tmd', 'jaw joint', 'clicking jaw'] },
  { base: 'jaw.lower', area: 'head', laterality: 'bilateral', label: '{Side} lower jaw', anatomicalLabel: '{side} mandibular region', synonyms: ['jawline', 'jaw angle'] },
  { base: 'teeth.upper', area: 'head', laterality: 'bilateral', label: '{Side} upper teeth', anatomicalLabel: '{side} maxillary teeth', synonyms: ['toothache'] },
  { base: 'teeth.lower', area: 'head', laterality: 'bilateral', label: '{Side} lower teeth', anatomicalLabel: '{side} mandibular teeth', synonyms: ['toothache'] },
  { base: 'chin', area: 'head', laterality: 'midline', label: 'Chin', anatomicalLabel: 'mental region' },
  { base: 'ear', area: 'head', laterality: 'bilateral', label: '{Side} ear', anatomicalLabel: '{side} auricular region', synonyms: ['earache', 'inside the ear'] },
  { base: 'ear.behind', area: 'head', laterality: 'bilateral', label: 'Behind the {side} ear', anatomicalLabel: '{side} mastoid region', synonyms: ['mastoid'] },
  { base: 'occiput', area: 'head', laterality: 'bilateral', label: 'Back of the head, {side}', anatomicalLabel: '{side} occipital region', synonyms: ['back of skull'] },

  // Neck
  { base: 'suboccipital', area: 'neck', laterality: 'bilateral', label: 'Base of the skull, {side}', anatomicalLabel: '{side} suboccipital region', synonyms: ['skull base', 'top of neck'] },
  { base: 'neck.back', area: 'neck', laterality: 'bilateral', label: 'Back of the neck, {side}', anatomicalLabel: '{side} posterior cervical region', synonyms: ['stiff neck', 'nape'] },
  { base: 'spine.cervical', area: 'neck', laterality: 'midline', label: 'Neck spine', anatomicalLabel: 'cervical spinal region', synonyms: ['neck bones'] },
  { base: 'neck.side', area: 'neck', laterality: 'bilateral', label: '{Side} side of the neck', anatomicalLabel: '{side} lateral cervical region' },
  { base: 'neck.front', area: 'neck', laterality: 'bilateral', label: 'Front of the neck, {side}', anatomicalLabel: '{side} anterior cervical region' },
  { base: 'throat', area: 'neck', laterality: 'midline', label: 'Throat', anatomicalLabel: 'anterior median cervical region', synonyms: ['swallowing pain'] },
  { base: 'neck.base', area: 'neck', laterality: 'bilateral', label: 'Where the neck meets the {side} shoulder', anatomicalLabel: '{side} cervicothoracic junction region', synonyms: ['angle of the neck', 'crick in the neck'] },

  // Shoulder
  { base: 'shoulder.top', area: 'shoulder', laterality: 'bilateral', label: 'Top of the {side} shoulder', anatomicalLabel: '{side} suprascapular (trapezius ridge) region', synonyms: ['shoulder ridge', 'traps'] },
  { base: 'shoulder.front', area: 'shoulder', laterality: 'bilateral', label: 'Front of the {side} shoulder', anatomicalLabel: '{side} anterior deltoid region' },
  { base: 'shoulder.side', area: 'shoulder', laterality: 'bilateral', label: 'Outside of the {side} shoulder', anatomicalLabel: '{side} lateral deltoid region' },
  { base: 'shoulder.back', area: 'shoulder', laterality: 'bilateral', label: 'Back of the {side} shoulder', anatomicalLabel: '{side} posterior deltoid region' },
  { base: 'axilla', area: 'shoulder', laterality: 'bilateral', label: '{Side} armpit', anatomicalLabel: '{side} axillary region', synonyms: ['underarm'] },

  // Chest
  { base: 'chest.clavicular', area: 'chest', laterality: 'bilateral', label: '{Side} collarbone', anatomicalLabel: '{side} clavicular region', synonyms: ['clavicle'] },
  { base: 'chest.upper', area: 'chest', laterality: 'bilateral', label: 'Upper {side} chest, below the collarbone', anatomicalLabel: '{side} infraclavicular region' },
  { base: 'chest.pectoral', area: 'chest', laterality: 'bilateral', label: '{Side} chest', anatomicalLabel: '{side} pectoral region', synonyms: ['pecs', 'breast', 'nipple'] },
  { base: 'sternum', area: 'chest', laterality: 'midline', label: 'Breastbone', anatomicalLabel: 'sternal region', synonyms: ['sternum', 'chest centre'] },
  { base: 'chest.lateral', area: 'chest', laterality: 'bilateral', label: '{Side} side of the chest', anatomicalLabel: '{side} lateral thoracic region', synonyms: ['ribs', 'side stitch'] },
  { base: 'chest.lower', area: 'chest', laterality: 'bilateral', label: 'Lower {side} chest', anatomicalLabel: '{side} inframammary region', synonyms: ['lower ribs'] },

  // Abdomen
  { base: 'epigastric', area: 'abdomen', laterality: 'midline', label: 'Pit of the stomach', anatomicalLabel: 'epigastric region', synonyms: ['heartburn', 'upper belly'] },
  { base: 'abdomen.upper', area: 'abdomen', laterality: 'bilateral', label: 'Upper {side} belly', anatomicalLabel: '{side} upper abdominal quadrant' },
  { base: 'periumbilical', area: 'abdomen', laterality: 'midline', label: 'Around the belly button', anatomicalLabel: 'umbilical region', synonyms: ['navel'] },
  { base: 'abdomen.lower', area: 'abdomen', laterality: 'bilateral', label: 'Lower {side} belly', anatomicalLabel: '{side} lower abdominal quadrant' },
  { base: 'suprapubic', area: 'abdomen', laterality: 'midline', label: 'Lower belly above the pubic bone', anatomicalLabel: 'hypogastric (suprapubic) region', synonyms: ['bladder area'] },
  { base: 'flank', area: 'abdomen', laterality: 'bilateral', label: '{Side} flank', anatomicalLabel: '{side} lateral abdominal region', synonyms: ['love handle', 'waist'] },

  // Upper back
  { base: 'scapula.upper', area: 'upper back', laterality: 'bilateral', label: 'Upper part of the {side} shoulder blade', anatomicalLabel: '{side} supraspinous fossa region' },
  { base: 'scapula.medial', area: 'upper back', laterality: 'bilateral', label: 'Inner edge of the {side} shoulder blade', anatomicalLabel: '{side} medial (vertebral) scapular border' },
  { base: 'scapula.body', area: 'upper back', laterality: 'bilateral', label: '{Side} shoulder blade', anatomicalLabel: '{side} infraspinous fossa region', synonyms: ['scapula'] },
  { base: 'scapula.lateral', area: 'upper back', laterality: 'bilateral', label: 'Outer edge of the {side} shoulder blade', anatomicalLabel: '{side} lateral (axillary) scapular border' },
  { base: 'scapula.lower', area: 'upper back', laterality: 'bilateral', label: 'Lower tip of the {side} shoulder blade', anatomicalLabel: '{side} inferior scapular angle region' },
  { base: 'interscapular', area: 'upper back', laterality: 'bilateral', label: 'Between the shoulder blades, {side}', anatomicalLabel: '{side} interscapular paravertebral region' },
  { base: 'spine.thoracic.upper', area: 'upper back', laterality: 'midline', label: 'Spine between the shoulder blades', anatomicalLabel: 'upper thoracic spinal region' },
  { base: 'back.mid', area: 'upper back', laterality: 'bilateral', label: 'Mid back, {side}', anatomicalLabel: '{side} lower thoracic paravertebral region' },
  { base: 'spine.thoracic.lower', area: 'upper back', laterality: 'midline', label: 'Mid-back spine', anatomicalLabel: 'lower thoracic spinal region' },
  { base: 'back.lateral', area: 'upper back', laterality: 'bilateral', label: '{Side} side of the back over the lower ribs', anatomicalLabel: '{side} posterolateral thoracic region' },

  // Lower back
  { base: 'back.low', area: 'lower back', laterality: 'bilateral', label: 'Low back, {side}', anatomicalLabel: '{side} lumbar paravertebral region', synonyms: ['lower back', 'lumbago'] },
  { base: 'spine.lumbar', area: 'lower back', laterality: 'midline', label: 'Centre of the low back', anatomicalLabel: 'lumbar spinal region' },
  { base: 'iliac-crest', area: 'lower back', laterality: 'bilateral', label: 'Top of the {side} hip bone', anatomicalLabel: '{side} iliac crest region', synonyms: ['hip bone', 'waistline'] },

  // Pelvis
  { base: 'sacrum', area: 'pelvis', laterality: 'midline', label: 'Sacrum', anatomicalLabel: 'sacral region', synonyms: ['base of the spine'] },
  { base: 'sacroiliac', area: 'pelvis', laterality: 'bilateral', label: '{Side} sacroiliac joint', anatomicalLabel: '{side} sacroiliac region', synonyms: ['si joint', 'dimple'] },
  { base: 'coccyx', area: 'pelvis', laterality: 'midline', label: 'Tailbone', anatomicalLabel: 'coccygeal region', synonyms: ['coccyx'] },
  { base: 'buttock.upper', area: 'pelvis', laterality: 'bilateral', label: 'Upper {side} buttock', anatomicalLabel: '{side} upper gluteal region', synonyms: ['glutes'] },
  { base: 'buttock.lower', area: 'pelvis', laterality: 'bilateral', label: 'Lower {side} buttock', anatomicalLabel: '{side} lower gluteal region', synonyms: ['sit bone', 'sciatica'] },
  { base: 'groin', area: 'pelvis', laterality: 'bilateral', label: '{Side} groin', anatomicalLabel: '{side} inguinal region' },
  { base: 'pubic', area: 'pelvis', laterality: 'midline', label: 'Pubic bone', anatomicalLabel: 'pubic region' },
  { base: 'perineum', area: 'pelvis', laterality: 'midline', label: 'Between the legs (perineum)', anatomicalLabel: 'perineal region', synonyms: ['pelvic floor'] },

  // Hip
  { base: 'hip.lateral', area: 'hip', laterality: 'bilateral', label: 'Outside of the {side} hip', anatomicalLabel: '{side} greater trochanteric region', synonyms: ['trochanter', 'hip bursitis'] },
  { base: 'hip.front', area: 'hip', laterality: 'bilateral', label: 'Front of the {side} hip', anatomicalLabel: '{side} anterior hip region', synonyms: ['hip flexor'] },

  // Upper arm
  { base: 'arm.upper.front', area: 'arm', laterality: 'bilateral', label: 'Front of the {side} upper arm', anatomicalLabel: '{side} anterior brachial region', synonyms: ['biceps'] },
  { base: 'arm.upper.back', area: 'arm', laterality: 'bilateral', label: 'Back of the {side} upper arm', anatomicalLabel: '{side} posterior brachial region', synonyms: ['triceps'] },
  { base: 'arm.upper.lateral', area: 'arm', laterality: 'bilateral', label: 'Outside of the {side} upper arm', anatomicalLabel: '{side} lateral brachial region' },
  { base: 'arm.upper.medial', area: 'arm', laterality: 'bilateral', label: 'Inside of the {side} upper arm', anatomicalLabel: '{side} medial brachial region' },

  // Elbow
  { base: 'elbow.lateral', area: 'elbow', laterality: 'bilateral', label: 'Outside of the {side} elbow', anatomicalLabel: '{side} lateral epicondyle region', synonyms: ['tennis elbow', 'lateral epicondylitis'] },
  { base: 'elbow.medial', area: 'elbow', laterality: 'bilateral', label: 'Inside of the {side} elbow', anatomicalLabel: '{side} medial epicondyle region', synonyms: ["golfer's elbow", 'golfers elbow', 'funny bone', 'medial epicondylitis'] },
  { base: 'elbow.back', area: 'elbow', laterality: 'bilateral', label: 'Back of the {side} elbow', anatomicalLabel: '{side} olecranon region', synonyms: ['point of the elbow'] },
  { base: 'elbow.front', area: 'elbow', laterality: 'bilateral', label: 'Front of the {side} elbow', anatomicalLabel: '{side} cubital fossa region', synonyms: ['crook of the elbow'] },

  // Forearm
  { base: 'forearm.front', area: 'forearm', laterality: 'bilateral', label: 'Front of the {side} forearm', anatomicalLabel: '{side} anterior antebrachial region' },
  { base: 'forearm.back', area: 'forearm', laterality: 'bilateral', label: 'Back of the {side} forearm', anatomicalLabel: '{side} posterior antebrachial region' },
  { base: 'forearm.radial', area: 'forearm', laterality: 'bilateral', label: 'Thumb side of the {side} forearm', anatomicalLabel: '{side} radial antebrachial region' },
  { base: 'forearm.ulnar', area: 'forearm', laterality: 'bilateral', label: 'Little-finger side of the {side} forearm', anatomicalLabel: '{side} ulnar antebrachial region' },

  // Wrist
  { base: 'wrist.front', area: 'wrist', laterality: 'bilateral', label: 'Front of the {side} wrist', anatomicalLabel: '{side} anterior carpal region', synonyms: ['carpal tunnel', 'inner wrist'] },
  { base: 'wrist.back', area: 'wrist', laterality: 'bilateral', label: 'Back of the {side} wrist', anatomicalLabel: '{side} posterior carpal region' },
  { base: 'wrist.radial', area: 'wrist', laterality: 'bilateral', label: 'Thumb side of the {side} wrist', anatomicalLabel: '{side} radial styloid region', synonyms: ['snuffbox', 'de quervain'] },
  { base: 'wrist.ulnar', area: 'wrist', laterality: 'bilateral', label: 'Little-finger side of the {side} wrist', anatomicalLabel: '{side} ulnar styloid region' },

  // Hand
  { base: 'palm', area: 'hand', laterality: 'bilateral', label: '{Side} palm', anatomicalLabel: '{side} palmar region' },
  { base: 'hand.back', area: 'hand', laterality: 'bilateral', label: 'Back of the {side} hand', anatomicalLabel: '{side} dorsal region of hand' },
  { base: 'thumb.base', area: 'hand', laterality: 'bilateral', label: 'Base of the {side} thumb', anatomicalLabel: '{side} thenar eminence', synonyms: ['thenar'] },
  { base: 'thumb', area: 'hand', laterality: 'bilateral', label: '{Side} thumb', anatomicalLabel: '{side} pollex' },
  { base: 'hypothenar', area: 'hand', laterality: 'bilateral', label: 'Little-finger edge of the {side} palm', anatomicalLabel: '{side} hypothenar eminence' },
  { base: 'finger.index', area: 'hand', laterality: 'bilateral', label: '{Side} index finger', anatomicalLabel: '{side} second digit of hand' },
  { base: 'finger.middle', area: 'hand', laterality: 'bilateral', label: '{Side} middle finger', anatomicalLabel: '{side} third digit of hand' },
  { base: 'finger.ring', area: 'hand', laterality: 'bilateral', label: '{Side} ring finger', anatomicalLabel: '{side} fourth digit of hand' },
  { base: 'finger.little', area: 'hand', laterality: 'bilateral', label: '{Side} little finger', anatomicalLabel: '{side} fifth digit of hand', synonyms: ['pinky'] },

  // Thigh
  { base: 'thigh.front', area: 'thigh', laterality: 'bilateral', label: 'Front of the {side} thigh', anatomicalLabel: '{side} anterior femoral region', synonyms: ['quads'] },
  { base: 'thigh.back', area: 'thigh', laterality: 'bilateral', label: 'Back of the {side} thigh', anatomicalLabel: '{side} posterior femoral region', synonyms: ['hamstrings'] },
  { base: 'thigh.lateral', area: 'thigh', laterality: 'bilateral', label: 'Outside of the {side} thigh', anatomicalLabel: '{side} lateral femoral region', synonyms: ['it band', 'iliotibial band'] },
  { base: 'thigh.medial', area: 'thigh', laterality: 'bilateral', label: 'Inside of the {side} thigh', anatomicalLabel: '{side} medial femoral region', synonyms: ['adductors', 'inner thigh'] },

  // Knee
  { base: 'knee.front', area: 'knee', laterality: 'bilateral', label: 'Front of the {side} knee', anatomicalLabel: '{side} patellar region', synonyms: ['kneecap'] },
  { base: 'knee.back', area: 'knee', laterality: 'bilateral', label: 'Back of the {side} knee', anatomicalLabel: '{side} popliteal region' },
  { base: 'knee.medial', area: 'knee', laterality: 'bilateral', label: 'Inside of the {side} knee', anatomicalLabel: '{side} medial knee region' },
  { base: 'knee.lateral', area: 'knee', laterality: 'bilateral', label: 'Outside of the {side} knee', anatomicalLabel: '{side} lateral knee region' },

  // Lower leg
  { base: 'shin', area: 'leg', laterality: 'bilateral', label: '{Side} shin', anatomicalLabel: '{side} anterior crural region', synonyms: ['shin splints'] },
  { base: 'leg.lateral', area: 'leg', laterality: 'bilateral', label: 'Outside of the {side} lower leg', anatomicalLabel: '{side} lateral crural region' },
  { base: 'leg.medial', area: 'leg', laterality: 'bilateral', label: 'Inside of the {side} lower leg', anatomicalLabel: '{side} medial crural region' },
  { base: 'calf.upper', area: 'leg', laterality: 'bilateral', label: 'Upper {side} calf', anatomicalLabel: '{side} upper posterior crural region', synonyms: ['calf'] },
  { base: 'calf.lower', area: 'leg', laterality: 'bilateral', label: 'Lower {side} calf', anatomicalLabel: '{side} lower posterior crural region', synonyms: ['calf'] },

  // Ankle
  { base: 'ankle.front', area: 'ankle', laterality: 'bilateral', label: 'Front of the {side} ankle', anatomicalLabel: '{side} anterior talocrural region' },
  { base: 'ankle.lateral', area: 'ankle', laterality: 'bilateral', label: 'Outside of the {side} ankle', anatomicalLabel: '{side} lateral malleolar region' },
  { base: 'ankle.medial', area: 'ankle', laterality: 'bilateral', label: 'Inside of the {side} ankle', anatomicalLabel: '{side} medial malleolar region' },
  { base: 'achilles', area: 'ankle', laterality: 'bilateral', label: '{Side} Achilles tendon', anatomicalLabel: '{side} calcaneal tendon region', synonyms: ['back of the ankle', 'heel cord'] },

  // Foot
  { base: 'heel', area: 'foot', laterality: 'bilateral', label: '{Side} heel', anatomicalLabel: '{side} calcaneal (heel) region', synonyms: ['heel pain', 'plantar fasciitis', 'heel spur'] },
  { base: 'arch', area: 'foot', laterality: 'bilateral', label: 'Arch of the {side} foot', anatomicalLabel: '{side} plantar midfoot (arch) region', synonyms: ['sole', 'plantar fascia'] },
  { base: 'sole.ball', area: 'foot', laterality: 'bilateral', label: 'Ball of the {side} foot', anatomicalLabel: '{side} plantar forefoot (metatarsal head) region', synonyms: ['sole', 'metatarsalgia', 'forefoot'] },
  { base: 'foot.top', area: 'foot', laterality: 'bilateral', label: 'Top of the {side} foot', anatomicalLabel: '{side} dorsum of foot' },
  { base: 'foot.lateral', area: 'foot', laterality: 'bilateral', label: 'Outside edge of the {side} foot', anatomicalLabel: '{side} lateral border of foot' },
  { base: 'toe.big', area: 'foot', laterality: 'bilateral', label: '{Side} big toe', anatomicalLabel: '{side} hallux', synonyms: ['hallux', 'bunion'] },
  { base: 'toes.lesser', area: 'foot', laterality: 'bilateral', label: 'Small toes of the {side} foot', anatomicalLabel: '{side} lesser toes (digits 2–5 of foot)' },
];
