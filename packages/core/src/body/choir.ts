/**
 * The CHOIR body map: 74 regions (f01–f36 on the front figure, b01–b38 on the back) and where
 * Myomap's finer regions fall in it, so a pain drawing can be exported in CHOIR terms.
 *
 * The CHOIR body map was devised by Dr. Ming-Chih J Kao and Professor Sean Mackey at Stanford
 * University as part of CHOIR, the Collaborative Health Outcomes Information Registry
 * (choir.stanford.edu). Publications must cite: Scherrer KH, Ziadni MS, Kong JT, et al.
 * Development and validation of the Collaborative Health Outcomes Information Registry body map.
 * PAIN Reports 2021;6(1):e880. doi:10.1097/PR9.0000000000000880.
 * Region keys and titles come from the REDCap imagemap module (ctsit/imagemap 1.14.0,
 * copyright 2017 University of Florida), licensed under the Apache License 2.0.
 *
 * CHOIR's "right" and "left" are the person's sides: on the front figure the person's right is
 * on the viewer's left, on the back figure it is on the viewer's right. CHOIR has no midline
 * regions; every region is one half of the body, so a midline region of ours falls in both halves.
 */
import { expandRetiredRegionIds } from './region-retired.ts';
import { REGIONS, findRegion } from './regions.ts';

export type ChoirFigure = 'front' | 'back';

export interface ChoirRegion {
  /** f01–f36 (front figure) or b01–b38 (back figure). */
  key: string;
  title: string;
  figure: ChoirFigure;
}

/** The 74 CHOIR regions, shared by the male and female figures. */
export const CHOIR_REGIONS: readonly ChoirRegion[] = [
  { key: 'f01', title: 'Cranium (front-right)', figure: 'front' },
  { key: 'f02', title: 'Cranium (front-left)', figure: 'front' },
  { key: 'f03', title: 'Face (front-right)', figure: 'front' },
  { key: 'f04', title: 'Face (front-left)', figure: 'front' },
  { key: 'f05', title: 'Neck (front-right)', figure: 'front' },
  { key: 'f06', title: 'Neck (front-left)', figure: 'front' },
  { key: 'f07', title: 'Shoulder (front-right)', figure: 'front' },
  { key: 'f08', title: 'Chest (front-right)', figure: 'front' },
  { key: 'f09', title: 'Chest (front-left)', figure: 'front' },
  { key: 'f10', title: 'Shoulder (front-left)', figure: 'front' },
  { key: 'f11', title: 'Bicep (front-right)', figure: 'front' },
  { key: 'f12', title: 'Bicep (front-left)', figure: 'front' },
  { key: 'f13', title: 'Elbow (front-right)', figure: 'front' },
  { key: 'f14', title: 'Elbow (front-left)', figure: 'front' },
  { key: 'f15', title: 'Forearm (front-right)', figure: 'front' },
  { key: 'f16', title: 'Abdomen (front-right)', figure: 'front' },
  { key: 'f17', title: 'Abdomen (front-left)', figure: 'front' },
  { key: 'f18', title: 'Forearm (front-left)', figure: 'front' },
  { key: 'f19', title: 'Wrist (front-right)', figure: 'front' },
  { key: 'f20', title: 'Hip (front-right)', figure: 'front' },
  { key: 'f21', title: 'Pubic (front-right)', figure: 'front' },
  { key: 'f22', title: 'Pubic (front-left)', figure: 'front' },
  { key: 'f23', title: 'Hip (front-left)', figure: 'front' },
  { key: 'f24', title: 'Wrist (front-left)', figure: 'front' },
  { key: 'f25', title: 'Hand (palm-right)', figure: 'front' },
  { key: 'f26', title: 'Upper Leg (front-right)', figure: 'front' },
  { key: 'f27', title: 'Upper Leg (front-left)', figure: 'front' },
  { key: 'f28', title: 'Hand (palm-left)', figure: 'front' },
  { key: 'f29', title: 'Knee (front-right)', figure: 'front' },
  { key: 'f30', title: 'Knee (front-left)', figure: 'front' },
  { key: 'f31', title: 'Lower Leg (front-right)', figure: 'front' },
  { key: 'f32', title: 'Lower Leg (front-left)', figure: 'front' },
  { key: 'f33', title: 'Ankle (front-right)', figure: 'front' },
  { key: 'f34', title: 'Ankle (front-left)', figure: 'front' },
  { key: 'f35', title: 'Foot (top-right)', figure: 'front' },
  { key: 'f36', title: 'Foot (top-left)', figure: 'front' },
  { key: 'b01', title: 'Cranium (back-left)', figure: 'back' },
  { key: 'b02', title: 'Cranium (back-right)', figure: 'back' },
  { key: 'b03', title: 'Head (back-left)', figure: 'back' },
  { key: 'b04', title: 'Head (back-right)', figure: 'back' },
  { key: 'b05', title: 'Neck (back-left)', figure: 'back' },
  { key: 'b06', title: 'Neck (back-right)', figure: 'back' },
  { key: 'b07', title: 'Shoulder (back-left)', figure: 'back' },
  { key: 'b08', title: 'Upper Back (back-left)', figure: 'back' },
  { key: 'b09', title: 'Upper Back (back-right)', figure: 'back' },
  { key: 'b10', title: 'Shoulder (back-right)', figure: 'back' },
  { key: 'b11', title: 'Bicep (back-left)', figure: 'back' },
  { key: 'b12', title: 'Middle Back (back-left)', figure: 'back' },
  { key: 'b13', title: 'Middle Back (back-right)', figure: 'back' },
  { key: 'b14', title: 'Bicep (back-right)', figure: 'back' },
  { key: 'b15', title: 'Elbow (back-left)', figure: 'back' },
  { key: 'b16', title: 'Elbow (back-right)', figure: 'back' },
  { key: 'b17', title: 'Forearm (back-left)', figure: 'back' },
  { key: 'b18', title: 'Lower Back (back-left)', figure: 'back' },
  { key: 'b19', title: 'Lower Back (back-right)', figure: 'back' },
  { key: 'b20', title: 'Forearm (back-right)', figure: 'back' },
  { key: 'b21', title: 'Wrist (back-left)', figure: 'back' },
  { key: 'b22', title: 'Hip (back-left)', figure: 'back' },
  { key: 'b23', title: 'Buttocks (back-left)', figure: 'back' },
  { key: 'b24', title: 'Buttocks (back-right)', figure: 'back' },
  { key: 'b25', title: 'Hip (back-right)', figure: 'back' },
  { key: 'b26', title: 'Wrist (back-right)', figure: 'back' },
  { key: 'b27', title: 'Hand (top-left)', figure: 'back' },
  { key: 'b28', title: 'Upper Leg (back-left)', figure: 'back' },
  { key: 'b29', title: 'Upper Leg (back-right)', figure: 'back' },
  { key: 'b30', title: 'Hand (top-right)', figure: 'back' },
  { key: 'b31', title: 'Knee (back-left)', figure: 'back' },
  { key: 'b32', title: 'Knee (back-right)', figure: 'back' },
  { key: 'b33', title: 'Lower Leg (back-left)', figure: 'back' },
  { key: 'b34', title: 'Lower Leg (back-right)', figure: 'back' },
  { key: 'b35', title: 'Ankle (back-left)', figure: 'back' },
  { key: 'b36', title: 'Ankle (back-right)', figure: 'back' },
  { key: 'b37', title: 'Foot (bottom-left)', figure: 'back' },
  { key: 'b38', title: 'Foot (bottom-right)', figure: 'back' },
];

/** A CHOIR area as its two halves: `[person's right, person's left]`. */
type ChoirHalves = readonly [right: string, left: string];

const CRANIUM_FRONT: ChoirHalves = ['f01', 'f02'];
const FACE: ChoirHalves = ['f03', 'f04'];
const NECK_FRONT: ChoirHalves = ['f05', 'f06'];
const SHOULDER_FRONT: ChoirHalves = ['f07', 'f10'];
const CHEST: ChoirHalves = ['f08', 'f09'];
const UPPER_ARM_FRONT: ChoirHalves = ['f11', 'f12'];
const ELBOW_FRONT: ChoirHalves = ['f13', 'f14'];
const FOREARM_FRONT: ChoirHalves = ['f15', 'f18'];
const ABDOMEN: ChoirHalves = ['f16', 'f17'];
const WRIST_FRONT: ChoirHalves = ['f19', 'f24'];
const HIP_FRONT: ChoirHalves = ['f20', 'f23'];
const PUBIC: ChoirHalves = ['f21', 'f22'];
const PALM: ChoirHalves = ['f25', 'f28'];
const THIGH_FRONT: ChoirHalves = ['f26', 'f27'];
const KNEE_FRONT: ChoirHalves = ['f29', 'f30'];
const LOWER_LEG_FRONT: ChoirHalves = ['f31', 'f32'];
const ANKLE_FRONT: ChoirHalves = ['f33', 'f34'];
const FOOT_TOP: ChoirHalves = ['f35', 'f36'];

const CRANIUM_BACK: ChoirHalves = ['b02', 'b01'];
const HEAD_BACK: ChoirHalves = ['b04', 'b03'];
const NECK_BACK: ChoirHalves = ['b06', 'b05'];
const SHOULDER_BACK: ChoirHalves = ['b10', 'b07'];
const UPPER_BACK: ChoirHalves = ['b09', 'b08'];
const UPPER_ARM_BACK: ChoirHalves = ['b14', 'b11'];
const MIDDLE_BACK: ChoirHalves = ['b13', 'b12'];
const ELBOW_BACK: ChoirHalves = ['b16', 'b15'];
const FOREARM_BACK: ChoirHalves = ['b20', 'b17'];
const LOWER_BACK: ChoirHalves = ['b19', 'b18'];
const WRIST_BACK: ChoirHalves = ['b26', 'b21'];
const HIP_BACK: ChoirHalves = ['b25', 'b22'];
const BUTTOCK: ChoirHalves = ['b24', 'b23'];
const HAND_BACK: ChoirHalves = ['b30', 'b27'];
const THIGH_BACK: ChoirHalves = ['b29', 'b28'];
const KNEE_BACK: ChoirHalves = ['b32', 'b31'];
const LOWER_LEG_BACK: ChoirHalves = ['b34', 'b33'];
const ANKLE_BACK: ChoirHalves = ['b36', 'b35'];
/** CHOIR calls the feet of the back figure "Foot (bottom)": heel and sole. */
const SOLE: ChoirHalves = ['b38', 'b37'];

/**
 * The CHOIR areas each region base lies in, read off the CHOIR drawing: the cranium regions
 * end just above the eyebrows, the front "Shoulder" runs from the neck to the deltoid, the back
 * "Upper Back" ends near the lower tip of the shoulder blade and "Lower Back" at the waist.
 * A base seen from both figures (side of the arm, ankle bones) is in an area on each.
 */
export const CHOIR_AREAS_BY_BASE: Readonly<Record<string, readonly ChoirHalves[]>> = {
  vertex: [CRANIUM_FRONT, CRANIUM_BACK],
  'forehead.centre': [CRANIUM_FRONT],
  forehead: [CRANIUM_FRONT],
  eyebrow: [FACE],
  temple: [CRANIUM_FRONT, FACE],
  parietal: [CRANIUM_FRONT, CRANIUM_BACK],
  'eye.around': [FACE],
  'eye.behind': [FACE],
  nose: [FACE],
  cheek: [FACE],
  maxilla: [FACE],
  'jaw.tmj': [FACE],
  'jaw.lower': [FACE],
  'teeth.upper': [FACE],
  'teeth.lower': [FACE],
  chin: [FACE],
  // Inside the mouth: CHOIR has no inner regions; the face is where people mark mouth pain.
  palate: [FACE],
  tongue: [FACE],
  pharynx: [FACE, NECK_FRONT],
  ear: [FACE, HEAD_BACK],
  'ear.behind': [HEAD_BACK],
  occiput: [HEAD_BACK],

  suboccipital: [HEAD_BACK, NECK_BACK],
  'neck.back': [NECK_BACK],
  'spine.cervical': [NECK_BACK],
  'neck.side': [NECK_FRONT, NECK_BACK],
  'neck.front': [NECK_FRONT],
  throat: [NECK_FRONT],
  'neck.base': [NECK_BACK, SHOULDER_BACK],

  'shoulder.top': [SHOULDER_FRONT, SHOULDER_BACK],
  'shoulder.front': [SHOULDER_FRONT],
  'shoulder.side': [SHOULDER_FRONT, SHOULDER_BACK],
  'shoulder.back': [SHOULDER_BACK],
  axilla: [SHOULDER_FRONT, CHEST],

  'chest.clavicular': [CHEST, SHOULDER_FRONT],
  'chest.upper': [CHEST],
  'chest.pectoral': [CHEST],
  breast: [CHEST],
  nipple: [CHEST],
  sternum: [CHEST],
  'chest.lateral': [CHEST],
  'chest.lower': [CHEST],

  epigastric: [ABDOMEN],
  'abdomen.upper': [ABDOMEN],
  periumbilical: [ABDOMEN],
  'abdomen.lower': [ABDOMEN],
  suprapubic: [ABDOMEN, PUBIC],
  flank: [ABDOMEN, LOWER_BACK],

  'scapula.upper': [UPPER_BACK, SHOULDER_BACK],
  'scapula.medial': [UPPER_BACK],
  'scapula.body': [UPPER_BACK, SHOULDER_BACK],
  'scapula.lateral': [UPPER_BACK, SHOULDER_BACK],
  'scapula.lower': [UPPER_BACK, MIDDLE_BACK],
  interscapular: [UPPER_BACK],
  'spine.thoracic.upper': [UPPER_BACK],
  'back.mid': [MIDDLE_BACK],
  'spine.thoracic.lower': [MIDDLE_BACK],
  'back.lateral': [MIDDLE_BACK],

  'back.low': [LOWER_BACK],
  'spine.lumbar': [LOWER_BACK],
  'iliac-crest': [LOWER_BACK, HIP_BACK],

  sacrum: [BUTTOCK],
  sacroiliac: [BUTTOCK],
  coccyx: [BUTTOCK],
  'buttock.upper': [BUTTOCK],
  'buttock.lower': [BUTTOCK],
  groin: [PUBIC],
  pubic: [PUBIC],
  perineum: [PUBIC],
  // CHOIR draws no genitals or anus; its pubic halves are the nearest places, the anus also the buttocks.
  anus: [PUBIC, BUTTOCK],
  vagina: [PUBIC],
  penis: [PUBIC],
  scrotum: [PUBIC],

  'hip.lateral': [HIP_FRONT, HIP_BACK],
  'hip.front': [HIP_FRONT],

  'arm.upper.front': [UPPER_ARM_FRONT],
  'arm.upper.back': [UPPER_ARM_BACK],
  'arm.upper.lateral': [UPPER_ARM_FRONT, UPPER_ARM_BACK],
  'arm.upper.medial': [UPPER_ARM_FRONT, UPPER_ARM_BACK],

  'elbow.lateral': [ELBOW_FRONT, ELBOW_BACK],
  'elbow.medial': [ELBOW_FRONT, ELBOW_BACK],
  'elbow.back': [ELBOW_BACK],
  'elbow.front': [ELBOW_FRONT],

  'forearm.front': [FOREARM_FRONT],
  'forearm.back': [FOREARM_BACK],
  'forearm.radial': [FOREARM_FRONT, FOREARM_BACK],
  'forearm.ulnar': [FOREARM_FRONT, FOREARM_BACK],

  'wrist.front': [WRIST_FRONT],
  'wrist.back': [WRIST_BACK],
  'wrist.radial': [WRIST_FRONT, WRIST_BACK],
  'wrist.ulnar': [WRIST_FRONT, WRIST_BACK],

  palm: [PALM],
  'hand.back': [HAND_BACK],
  'thumb.base': [PALM],
  'thumb.back': [HAND_BACK],
  'thumb.palm': [PALM],
  'thumb.web': [HAND_BACK],
  hypothenar: [PALM],
  'finger.index.back': [HAND_BACK],
  'finger.index.palm': [PALM],
  'finger.middle.back': [HAND_BACK],
  'finger.middle.palm': [PALM],
  'finger.ring.back': [HAND_BACK],
  'finger.ring.palm': [PALM],
  'finger.little.back': [HAND_BACK],
  'finger.little.palm': [PALM],

  'thigh.front': [THIGH_FRONT],
  'thigh.back': [THIGH_BACK],
  'thigh.lateral': [THIGH_FRONT, THIGH_BACK],
  'thigh.medial': [THIGH_FRONT, THIGH_BACK],

  'knee.front': [KNEE_FRONT],
  'knee.back': [KNEE_BACK],
  'knee.medial': [KNEE_FRONT, KNEE_BACK],
  'knee.lateral': [KNEE_FRONT, KNEE_BACK],

  shin: [LOWER_LEG_FRONT],
  'leg.lateral': [LOWER_LEG_FRONT, LOWER_LEG_BACK],
  'leg.medial': [LOWER_LEG_FRONT, LOWER_LEG_BACK],
  'calf.upper': [LOWER_LEG_BACK],
  'calf.lower': [LOWER_LEG_BACK],

  'ankle.front': [ANKLE_FRONT],
  'ankle.lateral': [ANKLE_FRONT, ANKLE_BACK],
  'ankle.medial': [ANKLE_FRONT, ANKLE_BACK],
  achilles: [ANKLE_BACK],

  // CHOIR's back figure shows the foot from behind and below ("Foot (bottom)"): both faces of the heel.
  'heel.back': [SOLE],
  'heel.under': [SOLE],
  arch: [SOLE],
  'sole.ball': [SOLE],
  'foot.top': [FOOT_TOP],
  'foot.lateral': [FOOT_TOP, SOLE],
  'toe.big.top': [FOOT_TOP],
  'toe.big.under': [SOLE],
  'toes.lesser.top': [FOOT_TOP],
  'toes.lesser.under': [SOLE],
};

function choirKeysOf(base: string, side: 'left' | 'right' | 'midline'): string[] {
  const areas = CHOIR_AREAS_BY_BASE[base];
  if (!areas) throw new Error(`No CHOIR area for region base: ${base}`);
  return areas.flatMap(([right, left]) => (side === 'midline' ? [right, left] : [side === 'right' ? right : left]));
}

/** For every region id, the CHOIR keys it falls in (sorted, at least one). */
export const CHOIR_BY_REGION: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  REGIONS.map((region) => [region.id, [...new Set(choirKeysOf(region.base, region.side))].sort()]),
);

/**
 * The CHOIR keys covering a set of regions, sorted and without repeats. A retired id (an old drawing's
 * `heel.left`) counts as its children; unknown ids are an error.
 */
export function toChoir(regionIds: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const id of expandRetiredRegionIds(regionIds)) {
    if (!findRegion(id)) throw new Error(`Unknown region id: ${id}`);
    for (const key of CHOIR_BY_REGION[id] ?? []) keys.add(key);
  }
  return [...keys].sort();
}
