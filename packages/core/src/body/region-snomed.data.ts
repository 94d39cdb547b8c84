/**
 * SNOMED CT body structure concept ids by region base, where a fitting concept exists.
 *
 * Side-neutral concepts only: the side of a bilateral region is carried by the region itself.
 * Each id was checked against published code lists (DICOM PS3.16 anatomic region codes,
 * HL7 FHIR body-site value sets) and carries a valid Verhoeff check digit. Bases without a
 * concept we could confirm are left out on purpose: a wrong code is worse than none. Where
 * only a broader or bony concept exists (sternum, patella) it is used when it names the same
 * place a patient points at; several bases may share one concept (both buttock halves).
 */
export const REGION_SNOMED: Readonly<Record<string, string>> = {
  // Head and face
  'forehead.centre': '52795006', // Forehead structure
  forehead: '52795006', // Forehead structure
  'eye.around': '371398005', // Eye region structure
  nose: '45206002', // Nasal structure
  cheek: '60819002', // Cheek structure (buccal region of face)
  maxilla: '70925003', // Bone structure of maxilla
  'jaw.tmj': '53620006', // Temporomandibular joint structure
  'jaw.lower': '91609006', // Bone structure of mandible
  ear: '117590005', // Ear structure
  'ear.behind': '59066005', // Mastoid structure (mastoid bone)
  occiput: '31640002', // Occipital bone structure
  palate: '72914001', // Palatal structure
  tongue: '21974007', // Tongue structure
  pharynx: '54066008', // Pharyngeal structure

  // Neck
  'spine.cervical': '122494005', // Cervical spine structure
  'neck.front': '182329002', // Structure of anterior triangle of neck

  // Shoulder and chest
  axilla: '91470000', // Axillary region structure
  'chest.clavicular': '51299004', // Bone structure of clavicle
  sternum: '56873002', // Bone structure of sternum
  breast: '76752008', // Breast structure
  nipple: '24142002', // Structure of nipple

  // Abdomen
  epigastric: '27947004', // Epigastric region structure
  periumbilical: '90290004', // Umbilical region structure
  suprapubic: '11708003', // Hypogastric region structure (suprapubic region)
  flank: '58602004', // Flank structure

  // Back
  'scapula.body': '79601000', // Bone structure of scapula
  'spine.thoracic.upper': '122495006', // Thoracic spine structure
  'spine.thoracic.lower': '122495006', // Thoracic spine structure
  'back.low': '52612000', // Lumbar region structure (of back)
  'spine.lumbar': '122496007', // Lumbar spine structure

  // Pelvis and hip
  sacrum: '54735007', // Bone structure of sacrum
  sacroiliac: '39723000', // Sacroiliac joint structure
  coccyx: '64688005', // Bone structure of coccyx
  'buttock.upper': '46862004', // Buttock structure (gluteal region)
  'buttock.lower': '46862004', // Buttock structure (gluteal region)
  groin: '26893007', // Inguinal region structure
  pubic: '66040006', // Bone structure of pubis
  perineum: '38864007', // Perineal structure
  anus: '53505006', // Anal structure
  vagina: '76784001', // Vaginal structure
  penis: '18911002', // Penile structure
  scrotum: '20233005', // Scrotal structure
  'hip.lateral': '30547004', // Structure of greater trochanter of femur

  // Hand
  // Back and palm side of a digit share the digit's concept (no side-of-digit concept confirmed).
  'thumb.back': '76505004', // Thumb structure
  'thumb.palm': '76505004', // Thumb structure
  'finger.index.back': '83738005', // Index finger structure
  'finger.index.palm': '83738005', // Index finger structure
  'finger.middle.back': '65531009', // Middle finger structure
  'finger.middle.palm': '65531009', // Middle finger structure
  'finger.ring.back': '82002001', // Ring finger structure
  'finger.ring.palm': '82002001', // Ring finger structure
  'finger.little.back': '12406000', // Little finger structure
  'finger.little.palm': '12406000', // Little finger structure

  // Knee and leg
  'knee.front': '64234005', // Patellar structure (patella)
  'knee.back': '32361000', // Popliteal fossa structure
  shin: '78234002', // Shin structure
  'calf.upper': '53840002', // Calf of leg structure
  'calf.lower': '53840002', // Calf of leg structure

  // Ankle and foot
  'ankle.lateral': '360857004', // Malleolar structure of fibula (lateral malleolus)
  'heel.back': '76853006', // Heel structure
  'heel.under': '76853006', // Heel structure
  'toe.big.top': '78883009', // Great toe structure
  'toe.big.under': '78883009', // Great toe structure
};
