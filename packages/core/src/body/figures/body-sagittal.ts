/**
 * Landmarks of the whole body seen from its left side (the person faces the viewer's
 * left), same scale and heights as the front view. The plumb line (ear, shoulder,
 * hip, ankle) is x = 166. The right-side view mirrors this one.
 */
import { type Point, apply, pt, rotation, spline } from './geometry.ts';
import { type Tube, tubeAt, tubeFromAxis } from './drawing.ts';

export const SIDE_WIDTH = 320;
export const SIDE_HEIGHT = 1000;

/** Head close-up coordinates to side-view coordinates: x' = s x + e, y' = s y + f. */
export const SIDE_HEAD = { s: 0.5, e: 55, f: -4 } as const;

/** Torso: front outline (a) and back outline (b) at the same heights, notch to below the hips. */
const TORSO_STATIONS: readonly (readonly [number, number, number])[] = [
  [170, 138, 198],
  [192, 124, 203],
  [210, 114, 209.5],
  [232, 106.5, 214],
  [258, 101.5, 216],
  [282, 101, 216],
  [305, 104, 213],
  [330, 108, 208],
  [355, 110.5, 202],
  [378, 109.5, 198],
  [400, 106.5, 199],
  [425, 107, 206],
  [452, 111, 218],
  [478, 116, 224],
  [504, 119, 219],
  [528, 120, 206],
  [548, 120.5, 199],
];
export const TORSO: Tube = {
  a: TORSO_STATIONS.map(([y, f]) => pt(f, y)),
  b: TORSO_STATIONS.map(([y, , b]) => pt(b, y)),
};

/** t of a tube whose side a runs monotonically down the page, at height y. */
export function tAtY(tube: Tube, y: number): number {
  let lo = 0;
  let hi = tube.a.length - 1;
  for (let i = 0; i < 40; i++) {
    const m = (lo + hi) / 2;
    if (tubeAt(tube, m, 0).y < y) lo = m;
    else hi = m;
  }
  return (lo + hi) / 2;
}

/** Where the trunk ends and the thigh begins: groin crease, below the hip, gluteal fold. */
export const HIP_CREASE = spline(
  [pt(80, 488), pt(118, 498), pt(150, 510), pt(180, 520), pt(204, 531), pt(240, 540)],
  8,
);

/** Neck: front (a) and back (b), from under the jaw to the root of the neck. */
export const NECK_SIDE: Tube = {
  a: [pt(158, 116), pt(146, 146), pt(136, 168), pt(128.5, 184), pt(122, 200)],
  b: [pt(210, 104), pt(200.5, 138), pt(198.5, 162), pt(201.5, 182), pt(206.5, 204)],
};

/** Left arm hanging at the side: front (a) and back (b). */
/** The arm hangs a little forward of the plumb line, turned about the shoulder joint. */
export const ARM_SWING = rotation(0.05, pt(166, 204));
const swing = (p: Point): Point => apply(ARM_SWING, p);

export const ARM_SIDE: Tube = tubeFromAxis([
  [swing(pt(166, 204)), 24, 24],
  [swing(pt(167, 246)), 25, 24],
  [swing(pt(168, 290)), 23, 22],
  [swing(pt(169, 340)), 21, 21],
  [swing(pt(170, 376)), 19, 20],
  [swing(pt(170, 392)), 19, 22],
  [swing(pt(169, 412)), 19, 19],
  [swing(pt(167, 440)), 20, 18],
  [swing(pt(163, 480)), 16, 14],
  [swing(pt(160, 508)), 12, 12],
  [swing(pt(158, 526)), 12, 12.5],
]);

/** Deltoid cap seen from the side. */
export const DELTOID_SIDE: readonly Point[] = [
  pt(166, 190),
  pt(184, 194),
  pt(196, 210),
  pt(196, 240),
  pt(188, 270),
  pt(176, 294),
  pt(162, 294),
  pt(148, 272),
  pt(138, 240),
  pt(140, 210),
  pt(150, 195),
];

/** Left leg stations: [y, front edge x, back edge x], from under the hip to below the ankle. */
const LEG_SIDE_STATIONS: readonly (readonly [number, number, number])[] = [
  [470, 118, 210],
  [505, 118, 207.5],
  [545, 117.5, 202],
  [585, 118.5, 197],
  [630, 122.5, 191],
  [672, 128.5, 186.5],
  [702, 132, 185],
  [728, 134, 185.5],
  [752, 136, 188],
  [780, 138.5, 193],
  [808, 140.5, 196],
  [840, 143, 192],
  [874, 146, 184],
  [904, 148.5, 177.5],
  [928, 150.5, 176],
  [948, 152, 179],
  [964, 152, 182],
];
/** Left leg: front (a) and back (b). t = station index, see LEG_SIDE_T. */
export const LEG_SIDE: Tube = {
  a: LEG_SIDE_STATIONS.map(([y, f]) => pt(f, y)),
  b: LEG_SIDE_STATIONS.map(([y, , b]) => pt(b, y)),
};
export const LEG_SIDE_T = { thighBottom: 5.6, kneeBottom: 8.2, calfMid: 10.7, ankleTop: 13.4, end: 16 } as const;

/** Left foot from the outside: heel at the back (right), toes at the front (left). */
export const FOOT_SIDE: readonly Point[] = [
  pt(152, 930),
  pt(180, 936),
  pt(188, 956),
  pt(187, 974),
  pt(178, 983),
  pt(140, 984),
  pt(96, 983),
  pt(64, 982),
  pt(44, 979),
  pt(40, 970),
  pt(52, 962),
  pt(84, 954),
  pt(118, 944),
  pt(140, 934),
];
