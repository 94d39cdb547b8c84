/**
 * The whole body from the front: the person's right on the viewer's left, arms a
 * little away from the body with the palms forward, feet slightly apart.
 */
import type { ViewSpec } from './compose.ts';
import {
  ANKLE,
  ARM,
  ARM_T,
  BODY_HEIGHT,
  BODY_WIDTH,
  CLAVICLE,
  CX,
  DELTOID,
  DELTOID_SPLIT,
  HEAD,
  INGUINAL,
  LEG,
  LEG_T,
  NECK,
  SHOULDER_LINE,
  TRUNK,
  WRIST,
  at,
  smooth,
} from './body-coronal.ts';
import { intersection } from './clip.ts';
import { Drawing, type Tube, roundedPatch, tubeAt, tubeEnd, tubeLine, tubeTile } from './drawing.ts';
import { FOOT_ANKLE, footFrontDrawing } from './foot.ts';
import { fitSegment, mirrorHalves } from './fit.ts';
import { type Point, blob, ellipse, pt } from './geometry.ts';
import { HAND_WRIST, handDrawing } from './hand.ts';
import { headFrontDrawing } from './head-front.ts';

/** Midline shapes of the front of the trunk, right halves as [lat, y] from top to bottom. */
const STERNUM = [
  [0, 191],
  [10.5, 192],
  [9, 212],
  [7.5, 250],
  [7.5, 296],
  [4.5, 316],
  [0, 323],
] as const;
const EPIGASTRIC = [
  [0, 316],
  [9, 320],
  [20, 332],
  [22, 350],
  [16, 364],
  [0, 368],
] as const;
const SUPRAPUBIC = [
  [0, 434],
  [22, 435],
  [29, 446],
  [27, 466],
  [17, 476],
  [0, 478],
] as const;
const PUBIC = [
  [0, 473],
  [17, 475],
  [15, 494],
  [7, 506],
  [0, 511],
] as const;

export const LAYER = { leg: 0, trunk: 10, yoke: 20, arm: 30, deltoid: 40, hand: 50, foot: 50, head: 60 } as const;

const R = (id: string): string => `${id}.right`;
const cells = (pts: readonly (readonly [number, number])[]): Point[] => pts.map(([l, y]) => at(l, y));

/** Right half of the trunk, cut at the inguinal fold. */
export function trunkShape(): Point[][] {
  const above = [...INGUINAL, at(-1, 520), ...smooth(CLAVICLE), at(150, 205), at(150, 452)];
  return intersection([tubeTile(TRUNK, 0, tubeEnd(TRUNK))], [above]);
}

/** Yoke: the band above the clavicle from the root of the neck to the acromion. */
export const YOKE: Tube = { a: CLAVICLE, b: SHOULDER_LINE };

/** Right-half items shared by the front and the close-up of the head and neck. */
export function frontNeckAndYoke(d: Drawing): void {
  d.layer = LAYER.yoke;
  d.add('throat', tubeTile(NECK, 0, tubeEnd(NECK), 0, 0.36));
  d.add(R('neck.front'), tubeTile(NECK, 0, tubeEnd(NECK), 0.36, 0.72));
  d.add(R('neck.side'), tubeTile(NECK, 0, tubeEnd(NECK), 0.72, 1));
  d.add(R('neck.base'), tubeTile(YOKE, 0, 1.5));
  d.add(R('shoulder.top'), tubeTile(YOKE, 1.5, 4));
}

function trunkFront(d: Drawing): void {
  const trunk = trunkShape();
  let layer = LAYER.trunk;
  const cell = (id: string, ring: Point[]): void => {
    for (const r of intersection([ring], trunk)) d.add(id, r, { layer });
    layer++;
  };
  cell(
    R('abdomen.lower'),
    cells([
      [0, 150],
      [150, 150],
      [150, 560],
      [0, 560],
    ]),
  );
  cell(R('chest.lower'), [
    ...cells([
      [0, 150],
      [150, 150],
      [150, 352],
    ]),
    ...smooth(
      cells([
        [62, 350],
        [36, 336],
        [12, 322],
        [0, 319],
      ]),
    ),
  ]);
  cell(
    R('chest.lateral'),
    cells([
      [57, 288],
      [150, 288],
      [150, 354],
      [62, 350],
      [58, 320],
    ]),
  );
  cell(
    R('chest.pectoral'),
    smooth(
      cells([
        [0, 226],
        [40, 229],
        [64, 234],
        [72, 262],
        [70, 290],
        [54, 302],
        [30, 307],
        [10, 304],
        [0, 302],
      ]),
    ),
  );
  cell(R('axilla'), [
    ...cells([
      [64, 232],
      [150, 232],
      [150, 294],
    ]),
    ...smooth(
      cells([
        [70, 292],
        [72, 262],
        [64, 234],
      ]),
    ),
  ]);
  cell(
    R('chest.upper'),
    cells([
      [0, 150],
      [150, 150],
      [150, 236],
      [64, 234],
      [40, 229],
      [0, 226],
    ]),
  );
  cell(R('chest.clavicular'), [
    ...smooth(CLAVICLE),
    at(150, 205),
    at(150, 218),
    ...smooth(
      cells([
        [96, 215],
        [76, 211],
        [50, 209],
        [22, 204],
        [0, 205],
      ]),
    ),
  ]);
  cell(R('abdomen.upper'), [
    ...cells([[0, 322]]),
    ...smooth(
      cells([
        [14, 322],
        [36, 336],
        [60, 350],
        [58, 374],
        [56, 394],
      ]),
    ),
    ...cells([[0, 394]]),
  ]);
  cell(R('flank'), [
    ...smooth(
      cells([
        [60, 346],
        [58, 374],
        [56, 396],
        [58, 418],
        [64, 428],
      ]),
    ),
    ...cells([
      [150, 428],
      [150, 346],
    ]),
  ]);
  cell(
    R('hip.lateral'),
    cells([
      [70, 424],
      [150, 424],
      [150, 560],
      [86, 560],
      [78, 470],
    ]),
  );
  cell(R('hip.front'), [
    ...smooth(
      cells([
        [46, 472],
        [42, 450],
        [45, 430],
        [58, 421],
        [74, 424],
      ]),
    ),
    ...cells([
      [80, 440],
      [88, 462],
      [62, 472],
    ]),
  ]);
  const fold = [at(92, 448), at(72, 446), at(48, 462), at(24, 478), at(12, 487)];
  cell(R('groin'), [...smooth(fold), at(6, 500), at(0, 512), at(0, 520), at(100, 520)]);
}

function armFront(d: Drawing): void {
  d.layer = LAYER.arm;
  const { deltoid, elbowTop, elbowBottom, wristTop, wrist } = ARM_T;
  const end = wrist + 0.3;
  d.add(R('arm.upper.lateral'), tubeTile(ARM, deltoid, elbowTop, 0, 0.26));
  d.add(R('arm.upper.front'), tubeTile(ARM, 0, elbowTop, 0.26, 0.8));
  d.add(R('arm.upper.medial'), tubeTile(ARM, 0, elbowTop, 0.8, 1));
  d.add(R('elbow.lateral'), tubeTile(ARM, elbowTop, elbowBottom, 0, 0.28));
  d.add(R('elbow.front'), tubeTile(ARM, elbowTop, elbowBottom, 0.28, 0.72));
  d.add(R('elbow.medial'), tubeTile(ARM, elbowTop, elbowBottom, 0.72, 1));
  d.add(R('forearm.radial'), tubeTile(ARM, elbowBottom, wristTop, 0, 0.28));
  d.add(R('forearm.front'), tubeTile(ARM, elbowBottom, wristTop, 0.28, 0.74));
  d.add(R('forearm.ulnar'), tubeTile(ARM, elbowBottom, wristTop, 0.74, 1));
  d.add(R('wrist.radial'), tubeTile(ARM, wristTop, end, 0, 0.28));
  d.add(R('wrist.front'), tubeTile(ARM, wristTop, end, 0.28, 0.74));
  d.add(R('wrist.ulnar'), tubeTile(ARM, wristTop, end, 0.74, 1));
  d.add(R('arm.upper.lateral'), tubeTile(ARM, 0, deltoid, 0, 0.26));
  d.line(tubeLine(ARM, [5, 0.3], [5, 0.7], 6));

  d.layer = LAYER.deltoid;
  const deltoidRing = blob(DELTOID, 8);
  d.add(R('shoulder.front'), deltoidRing);
  const lateral = [...smooth(DELTOID_SPLIT), at(160, 300), at(160, 180)];
  for (const r of intersection([lateral], [deltoidRing])) d.add(R('shoulder.side'), r, { layer: LAYER.deltoid + 1 });
}

function legFront(d: Drawing): void {
  d.layer = LAYER.leg;
  const { hip, thighBottom, knee, kneeBottom, ankleTop } = LEG_T;
  const end = tubeEnd(LEG);
  d.add(R('hip.lateral'), tubeTile(LEG, 0, hip + 0.4, 0, 0.24));
  d.add(R('thigh.lateral'), tubeTile(LEG, hip + 0.4, thighBottom, 0, 0.24));
  d.add(R('thigh.front'), tubeTile(LEG, 0, thighBottom, 0.24, 0.7));
  d.add(R('thigh.medial'), tubeTile(LEG, 0, thighBottom, 0.7, 1));
  d.add(R('knee.lateral'), tubeTile(LEG, thighBottom, kneeBottom, 0, 0.5));
  d.add(R('knee.medial'), tubeTile(LEG, thighBottom, kneeBottom, 0.5, 1));
  d.add(R('leg.lateral'), tubeTile(LEG, kneeBottom, ankleTop, 0, 0.26));
  d.add(R('shin'), tubeTile(LEG, kneeBottom, ankleTop, 0.26, 0.62));
  d.add(R('leg.medial'), tubeTile(LEG, kneeBottom, ankleTop, 0.62, 1));
  d.add(R('ankle.lateral'), tubeTile(LEG, ankleTop, end, 0, 0.3));
  d.add(R('ankle.front'), tubeTile(LEG, ankleTop, end, 0.3, 0.66));
  d.add(R('ankle.medial'), tubeTile(LEG, ankleTop, end, 0.66, 1));
  // Kneecap area over the middle of the knee band.
  d.add(R('knee.front'), roundedPatch(LEG, thighBottom - 0.15, kneeBottom + 0.1, 0.2, 0.78), { layer: LAYER.leg + 1 });
  const c = tubeAt(LEG, knee - 0.15, 0.5);
  d.curve([...ellipse(pt(c.x, c.y), 10.5, 13), ellipse(pt(c.x, c.y), 10.5, 13)[0]!], 2);
}

/** The whole front figure; without the head for the close-up, which draws its own. */
export function frontDrawing(options: { head: boolean } = { head: true }): Drawing {
  const right = new Drawing();
  legFront(right);
  trunkFront(right);
  frontNeckAndYoke(right);
  armFront(right);
  right.place(
    handDrawing('palm', { wrist: false, spread: 0.12, thumbIn: 0.3 }),
    fitSegment(HAND_WRIST.radial, HAND_WRIST.ulnar, WRIST.lateral, WRIST.medial, true),
    {
      layerOffset: LAYER.hand,
    },
  );
  right.place(footFrontDrawing(), fitSegment(FOOT_ANKLE.lateral, FOOT_ANKLE.medial, ANKLE.lateral, ANKLE.medial), {
    layerOffset: LAYER.foot,
  });
  right.curve(CLAVICLE.slice(1), 6);
  // The breast and nipple over the lower pectoral region, where pectoralis major refers (Simons 1999,
  // ch. 42): drawn over the chest, below the breastbone's layer.
  right.add(R('breast'), ellipse(at(38, 277), 27, 23), { inset: true, layer: LAYER.trunk + 27 });
  right.add(R('nipple'), ellipse(at(40, 279), 5.5, 5.5), { inset: true, layer: LAYER.trunk + 28 });

  const shared = new Drawing();
  shared.layer = LAYER.trunk + 30;
  const sym = (pts: readonly (readonly [number, number])[]): Point[] => [
    ...cells(pts),
    ...cells([...pts].reverse().map(([l, y]) => [-l, y])),
  ];
  const organic = (pts: readonly (readonly [number, number])[]): Point[] => blob(sym(pts), 6);
  shared.add('sternum', organic(STERNUM), { inset: true });
  shared.add('epigastric', organic(EPIGASTRIC), { inset: true, layer: LAYER.trunk + 29 });
  shared.add('periumbilical', ellipse(at(0, 394), 18, 17.5), { inset: true });
  shared.add('suprapubic', organic(SUPRAPUBIC), { inset: true });
  shared.add('pubic', organic(PUBIC), { inset: true, layer: LAYER.trunk + 31 });
  shared.curve([at(0, 390), at(-1.5, 392.5), at(0, 397), at(1.5, 392.5), at(0, 390)], 3);
  if (options.head) {
    pelvicDiagram(shared);
    shared.place(
      headFrontDrawing({ close: false }),
      { a: 0.5, b: 0, c: 0, d: 0.5, e: CX - 100, f: HEAD.top - 20 },
      { layerOffset: LAYER.head },
    );
  }
  return mirrorHalves(right, CX, shared);
}

/**
 * The pelvic regions the pelvic floor muscles refer to, as a small plain diagram beside the figure
 * rather than drawn on it: vagina on one side, penis and scrotum on the other, the anus below both.
 * A body map shows them only when the person asks (RegionBase.optIn), so the diagram stands apart
 * from the silhouette and draws no lines of its own.
 */
function pelvicDiagram(d: Drawing): void {
  d.add('vagina', ellipse(pt(48, 690), 13, 24), { apart: true, layer: 90 });
  d.add('scrotum', ellipse(pt(98, 712), 19, 13), { apart: true, layer: 90 });
  d.add('penis', ellipse(pt(98, 682), 10, 19), { apart: true, layer: 91 });
  d.add('anus', ellipse(pt(73, 752), 12, 12), { apart: true, layer: 90 });
}

export function frontView(): ViewSpec {
  const all = frontDrawing();
  return {
    id: 'front',
    label: 'Front',
    width: BODY_WIDTH,
    height: BODY_HEIGHT,
    items: all.items,
    details: all.details(),
    mirrorAxis: CX,
    uAxis: { right: -1, left: 1, midline: 1 },
  };
}
