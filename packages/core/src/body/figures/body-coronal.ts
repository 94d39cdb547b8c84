/**
 * Landmarks of the whole body seen from the front or back (the coronal silhouette),
 * for the person's RIGHT half in FRONT-view coordinates: `at(lat, y)` puts a point
 * `lat` units to the person's right of the midline (the viewer's left). The back view
 * reuses the same silhouette mirrored. The figure is 7.5 heads tall, head = 128 units.
 */
import { type Point, pt, spline } from './geometry.ts';
import { type Tube, tubeAt, tubeFromAxis } from './drawing.ts';

export const BODY_WIDTH = 500;
export const BODY_HEIGHT = 1000;
export const CX = BODY_WIDTH / 2;

/** A point `lat` units to the person's right of the midline, front view. */
export const at = (lat: number, y: number): Point => pt(CX - lat, y);
const all = (pts: readonly (readonly [number, number])[]): Point[] => pts.map(([l, y]) => at(l, y));

/** Vertical landmarks (y). */
export const Y = {
  top: 16,
  chin: 144,
  notch: 190,
  acromion: 198,
  axilla: 262,
  nipple: 276,
  xiphoid: 318,
  waist: 372,
  navel: 394,
  iliacCrest: 412,
  asis: 436,
  trochanter: 470,
  crotch: 508,
  kneeCentre: 728,
  ankle: 940,
  sole: 982,
} as const;

/** Head box in the body views: the head drawings are placed into this. */
export const HEAD = { top: Y.top, chin: Y.chin, halfWidth: 48 } as const;

/** Neck: midline (a) to the side of the neck (b), from under the jaw to the root of the neck. */
export const NECK: Tube = {
  a: all([
    [0, 128],
    [0, 150],
    [0, 172],
    [0, 191],
  ]),
  b: all([
    [28.5, 126],
    [29.5, 146],
    [31.5, 160],
    [36, 170],
  ]),
};

/** The clavicle, medial end to acromion: lower border of the yoke above it. */
export const CLAVICLE = all([
  [0, 191],
  [22, 190],
  [50, 195],
  [76, 197],
  [96, 201],
]);

/** The top outline of the shoulder from the side of the neck to the acromion. */
export const SHOULDER_LINE = all([
  [36, 170],
  [47, 180],
  [66, 188.5],
  [84, 193],
  [98, 199],
]);

/**
 * Trunk, right half: midline (a) to the lateral outline (b), stations from the
 * clavicle to below the crotch. Its top is hidden under the yoke, its side under the arm.
 */
const TRUNK_STATIONS: readonly (readonly [number, number])[] = [
  [96, 182],
  [92, 224],
  [80.5, 258],
  [77, 284],
  [76, 312],
  [72.5, 342],
  [69, 370],
  [70, 394],
  [75, 416],
  [81, 440],
  [85, 464],
  [86, 486],
  [83, 512],
];
export const TRUNK: Tube = {
  a: TRUNK_STATIONS.map(([, y]) => at(0, y)),
  b: TRUNK_STATIONS.map(([l, y]) => at(l, y)),
};

/** t of the trunk tube at height y (the midline side runs straight down). */
export function trunkT(y: number): number {
  let lo = 0;
  let hi = TRUNK.a.length - 1;
  for (let i = 0; i < 40; i++) {
    const m = (lo + hi) / 2;
    if (tubeAt(TRUNK, m, 0).y < y) lo = m;
    else hi = m;
  }
  return (lo + hi) / 2;
}

/** Inguinal fold from the outside of the hip down to the crotch: lower border of the trunk. */
export const INGUINAL = all([
  [94, 452],
  [70, 462],
  [44, 480],
  [20, 498],
  [6, 508],
  [0, 510],
]);

/** Right arm, lateral side (a) and medial side (b). t = station index, see ARM_T. */
export const ARM: Tube = tubeFromAxis([
  [at(90, 206), 14, 14],
  [at(96.5, 242), 21.5, 20],
  [at(101, 284), 21, 19.5],
  [at(106.5, 330), 19.5, 18],
  [at(111.5, 372), 18.5, 17],
  [at(114.5, 390), 19.5, 18],
  [at(117.5, 410), 22, 18.5],
  [at(122.5, 440), 22, 18],
  [at(130, 478), 17.5, 14],
  [at(136, 506), 15.5, 13],
  [at(140, 526), 16, 14],
]);
export const ARM_T = { deltoid: 1.2, elbowTop: 4, elbowBottom: 6, wristTop: 8.85, wrist: 10 } as const;

/** Wrist crease ends (lateral, medial): the hand is fitted onto this segment. */
export const WRIST = { lateral: tubeAt(ARM, ARM_T.wrist, 0), medial: tubeAt(ARM, ARM_T.wrist, 1) } as const;

/** Deltoid cap: from the shoulder line round the outside of the shoulder to its insertion. */
export const DELTOID = all([
  [74, 194],
  [88, 194],
  [102, 200],
  [112.5, 214],
  [116.5, 236],
  [117.5, 258],
  [116.5, 278],
  [112.5, 297],
  [104, 297],
  [94, 285],
  [85, 266],
  [79, 242],
  [75, 216],
]);
/** The deltoid's front (or back) part vs its lateral part: split line. */
export const DELTOID_SPLIT = all([
  [98, 199],
  [103.5, 222],
  [107.5, 250],
  [110, 297],
]);

/** Right leg stations: [y, lateral edge, medial edge] (distances from the midline). */
const LEG_STATIONS: readonly (readonly [number, number, number])[] = [
  [420, 74, 2],
  [452, 84, 2],
  [480, 86.5, 3],
  [512, 85.5, 5],
  [545, 82.5, 9],
  [585, 78.5, 13],
  [625, 73.5, 16],
  [662, 69.5, 18],
  [692, 67, 17.5],
  [714, 66, 17],
  [732, 66, 18],
  [752, 65, 19.5],
  [784, 67.5, 17.5],
  [812, 67, 16.5],
  [848, 63.5, 20],
  [888, 59.5, 25.5],
  [918, 57.5, 29.5],
  [938, 58, 29],
  [952, 58.5, 30],
  [968, 57, 31],
];
/** Right leg, lateral side (a) and medial side (b). t = station index, see LEG_T. */
export const LEG: Tube = {
  a: LEG_STATIONS.map(([y, l]) => at(l, y)),
  b: LEG_STATIONS.map(([y, , m]) => at(m, y)),
};
export const LEG_T = { hip: 2, thighBottom: 8, knee: 9.8, kneeBottom: 11.3, ankleTop: 15.9, ankle: 18 } as const;

/** Ankle ends (lateral, medial) at LEG_T.ankle: the foot is fitted there. */
export const ANKLE = { lateral: tubeAt(LEG, LEG_T.ankle, 0), medial: tubeAt(LEG, LEG_T.ankle, 1) } as const;

/** A smooth polyline through landmark points (for details). */
export const smooth = (points: readonly Point[], steps = 10): Point[] => spline(points, steps);
