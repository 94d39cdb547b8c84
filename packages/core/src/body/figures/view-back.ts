/**
 * The whole body from behind: the person's right on the viewer's right. Drawn like
 * the front (right half in front orientation on the shared silhouette), then turned
 * round by mirroring, so the back and front outlines match.
 */
import type { ViewSpec } from './compose.ts';
import {
  ANKLE,
  ARM,
  ARM_T,
  BODY_HEIGHT,
  BODY_WIDTH,
  CX,
  DELTOID,
  DELTOID_SPLIT,
  HEAD,
  LEG,
  LEG_T,
  NECK,
  WRIST,
  at,
  smooth,
} from './body-coronal.ts';
import { intersection } from './clip.ts';
import { Drawing, roundedPatch, tubeEnd, tubeLine, tubeTile } from './drawing.ts';
import { FOOT_ANKLE, footBackDrawing } from './foot.ts';
import { fitSegment, mirrorHalves } from './fit.ts';
import { type Point, blob, mirrorX } from './geometry.ts';
import { HAND_WRIST, handDrawing } from './hand.ts';
import { headBackDrawing } from './head-back.ts';
import { SCAPULA_SPINE, trunkBack } from './view-back-trunk.ts';
import { LAYER, YOKE } from './view-front.ts';

const R = (id: string): string => `${id}.right`;
const cells = (pts: readonly (readonly [number, number])[]): Point[] => pts.map(([l, y]) => at(l, y));

/** Right-half items of the neck and yoke seen from behind (shared with the head close-up). */
export function backNeckAndYoke(d: Drawing): void {
  d.layer = LAYER.yoke;
  d.add('spine.cervical', tubeTile(NECK, 0, tubeEnd(NECK), 0, 0.2));
  d.add(R('neck.back'), tubeTile(NECK, 0, tubeEnd(NECK), 0.2, 0.76));
  d.add(R('neck.side'), tubeTile(NECK, 0, tubeEnd(NECK), 0.76, 1));
  d.add(R('neck.base'), tubeTile(YOKE, 0, 1.5));
  d.add(R('shoulder.top'), tubeTile(YOKE, 1.5, 4));
}

function armBack(d: Drawing): void {
  d.layer = LAYER.arm;
  const { elbowTop, elbowBottom, wristTop, wrist } = ARM_T;
  const end = wrist + 0.3;
  d.add(R('arm.upper.lateral'), tubeTile(ARM, 0, elbowTop, 0, 0.26));
  d.add(R('arm.upper.back'), tubeTile(ARM, 0, elbowTop, 0.26, 0.8));
  d.add(R('arm.upper.medial'), tubeTile(ARM, 0, elbowTop, 0.8, 1));
  d.add(R('elbow.lateral'), tubeTile(ARM, elbowTop, elbowBottom, 0, 0.28));
  d.add(R('elbow.back'), tubeTile(ARM, elbowTop, elbowBottom, 0.28, 0.72));
  d.add(R('elbow.medial'), tubeTile(ARM, elbowTop, elbowBottom, 0.72, 1));
  d.add(R('forearm.radial'), tubeTile(ARM, elbowBottom, wristTop, 0, 0.28));
  d.add(R('forearm.back'), tubeTile(ARM, elbowBottom, wristTop, 0.28, 0.74));
  d.add(R('forearm.ulnar'), tubeTile(ARM, elbowBottom, wristTop, 0.74, 1));
  d.add(R('wrist.radial'), tubeTile(ARM, wristTop, end, 0, 0.28));
  d.add(R('wrist.back'), tubeTile(ARM, wristTop, end, 0.28, 0.74));
  d.add(R('wrist.ulnar'), tubeTile(ARM, wristTop, end, 0.74, 1));
  d.line(tubeLine(ARM, [5.05, 0.38], [5.05, 0.62], 4));

  d.layer = LAYER.deltoid;
  const deltoidRing = blob(DELTOID, 8);
  d.add(R('shoulder.back'), deltoidRing);
  const lateral = [...smooth(DELTOID_SPLIT), at(160, 300), at(160, 180)];
  for (const r of intersection([lateral], [deltoidRing])) d.add(R('shoulder.side'), r, { layer: LAYER.deltoid + 1 });
}

function legBack(d: Drawing): void {
  d.layer = LAYER.leg;
  const { hip, thighBottom, kneeBottom, ankleTop } = LEG_T;
  const end = tubeEnd(LEG);
  const calfMid = (kneeBottom + ankleTop) / 2 - 0.2;
  d.add(R('hip.lateral'), tubeTile(LEG, 0, hip + 0.4, 0, 0.24));
  d.add(R('thigh.lateral'), tubeTile(LEG, hip + 0.4, thighBottom, 0, 0.24));
  d.add(R('thigh.back'), tubeTile(LEG, 0, thighBottom, 0.24, 0.74));
  d.add(R('thigh.medial'), tubeTile(LEG, 0, thighBottom, 0.74, 1));
  d.add(R('knee.lateral'), tubeTile(LEG, thighBottom, kneeBottom, 0, 0.5));
  d.add(R('knee.medial'), tubeTile(LEG, thighBottom, kneeBottom, 0.5, 1));
  d.add(R('leg.lateral'), tubeTile(LEG, kneeBottom, ankleTop, 0, 0.2));
  d.add(R('calf.upper'), tubeTile(LEG, kneeBottom, calfMid, 0.2, 0.82));
  d.add(R('calf.lower'), tubeTile(LEG, calfMid, ankleTop, 0.2, 0.82));
  d.add(R('leg.medial'), tubeTile(LEG, kneeBottom, ankleTop, 0.82, 1));
  d.add(R('ankle.lateral'), tubeTile(LEG, ankleTop, end, 0, 0.32));
  d.add(R('achilles'), tubeTile(LEG, ankleTop, end, 0.32, 0.68));
  d.add(R('ankle.medial'), tubeTile(LEG, ankleTop, end, 0.68, 1));
  d.add(R('knee.back'), roundedPatch(LEG, thighBottom + 0.2, kneeBottom - 0.1, 0.22, 0.8), { layer: LAYER.leg + 1 });
  d.line(tubeLine(LEG, [LEG_T.knee - 0.2, 0.3], [LEG_T.knee - 0.2, 0.7], 6));
}

/** The whole back figure, turned round; without the head for the close-up. */
export function backDrawing(options: { head: boolean } = { head: true }): Drawing {
  const right = new Drawing();
  legBack(right);
  trunkBack(right);
  backNeckAndYoke(right);
  armBack(right);
  right.place(
    handDrawing('back', { wrist: false, spread: 0.12, thumbIn: 0.3 }),
    fitSegment(HAND_WRIST.radial, HAND_WRIST.ulnar, WRIST.lateral, WRIST.medial, true),
    {
      layerOffset: LAYER.hand,
    },
  );
  right.place(footBackDrawing(), fitSegment(FOOT_ANKLE.lateral, FOOT_ANKLE.medial, ANKLE.lateral, ANKLE.medial), {
    layerOffset: LAYER.foot,
  });
  right.line(smooth(cells(SCAPULA_SPINE)));

  const shared = new Drawing();
  shared.layer = LAYER.trunk + 40;
  const sym = (pts: readonly (readonly [number, number])[]): Point[] => [
    ...cells(pts),
    ...cells([...pts].reverse().map(([l, y]) => [-l, y])),
  ];
  shared.add(
    'spine.thoracic.upper',
    sym([
      [0, 190],
      [8, 190],
      [8, 306],
      [0, 306],
    ]),
    { inset: true },
  );
  shared.add(
    'spine.thoracic.lower',
    sym([
      [0, 306],
      [8, 306],
      [8, 372],
      [0, 372],
    ]),
    { inset: true },
  );
  shared.add(
    'spine.lumbar',
    sym([
      [0, 372],
      [8.5, 372],
      [9, 428],
      [0, 428],
    ]),
    { inset: true },
  );
  shared.add(
    'sacrum',
    blob(
      sym([
        [0, 426],
        [24, 426],
        [20, 450],
        [10, 470],
        [0, 478],
      ]),
      6,
    ),
    { inset: true },
  );
  shared.add(
    'coccyx',
    blob(
      sym([
        [0, 474],
        [6, 476],
        [5, 488],
        [0, 494],
      ]),
      5,
    ),
    { inset: true, layer: LAYER.trunk + 41 },
  );
  shared.add(
    'perineum',
    blob(
      sym([
        [0, 496],
        [6, 500],
        [5, 510],
        [0, 514],
      ]),
      5,
    ),
    { inset: true, layer: LAYER.trunk + 41 },
  );
  shared.curve(
    cells([
      [0, 494],
      [0, 508],
    ]),
    2,
  );
  if (options.head) {
    shared.place(
      headBackDrawing(),
      { a: 0.5, b: 0, c: 0, d: 0.5, e: CX - 100, f: HEAD.top - 20 },
      { layerOffset: LAYER.head },
    );
  }

  // Drawn in front orientation, then turned round: the person's right moves to the viewer's right.
  const turned = new Drawing().place(right, mirrorX(CX));
  return mirrorHalves(turned, CX, new Drawing().place(shared, mirrorX(CX)));
}

export function backView(): ViewSpec {
  const all = backDrawing();
  return {
    id: 'back',
    label: 'Back',
    width: BODY_WIDTH,
    height: BODY_HEIGHT,
    items: all.items,
    details: all.details(),
    mirrorAxis: CX,
    uAxis: { right: 1, left: -1, midline: -1 },
  };
}
