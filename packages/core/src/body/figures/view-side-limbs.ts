/**
 * The limbs of the left-side view: the arm hanging in front of the trunk with the
 * hand seen from its thumb side, and the leg with the foot seen from outside.
 */
import { ARM_SIDE, ARM_SWING, DELTOID_SIDE, FOOT_SIDE, LEG_SIDE, LEG_SIDE_T } from './body-sagittal.ts';
import { intersection } from './clip.ts';
import { type Drawing, tubeAt, tubeLine, tubeTile } from './drawing.ts';
import { type Point, apply, blob, ellipse, pt, spline } from './geometry.ts';

export const SIDE_LAYER = { leg: 0, torso: 10, neck: 30, arm: 40, deltoid: 50, hand: 60, foot: 60, head: 70 } as const;

const L = (id: string): string => `${id}.left`;
const P = (pts: readonly (readonly [number, number])[]): Point[] => pts.map(([x, y]) => pt(x, y));
const swung = (pts: readonly (readonly [number, number])[]): Point[] => P(pts).map((p) => apply(ARM_SWING, p));

/** Left hand outline from the wrist's front round the fingertips to its back, and the thumb. */
const HAND_SIDE = [
  [142, 540],
  [139.5, 556],
  [140, 574],
  [142.5, 592],
  [146.5, 608],
  [151.5, 620],
  [157, 626],
  [162.5, 623],
  [165, 612],
  [168.5, 594],
  [171.5, 574],
  [172.5, 552],
] as const;
const THUMB_SIDE = [
  [147, 536],
  [141, 548],
  [135.5, 562],
  [132.5, 576],
  [132, 587],
  [135.5, 592],
  [140, 588],
  [144.5, 576],
  [149, 560],
  [151, 546],
] as const;

export function armSide(d: Drawing): void {
  d.layer = SIDE_LAYER.arm;
  const rows: readonly (readonly [number, number, readonly [string, string, string]])[] = [
    [0, 4, ['arm.upper.front', 'arm.upper.lateral', 'arm.upper.back']],
    [4, 6, ['elbow.front', 'elbow.lateral', 'elbow.back']],
    [6, 8.85, ['forearm.front', 'forearm.radial', 'forearm.back']],
    [8.85, 10.3, ['wrist.front', 'wrist.radial', 'wrist.back']],
  ];
  for (const [t0, t1, [front, middle, back]] of rows) {
    d.add(L(front), tubeTile(ARM_SIDE, t0, t1, 0, 0.3));
    d.add(L(middle), tubeTile(ARM_SIDE, t0, t1, 0.3, 0.7));
    d.add(L(back), tubeTile(ARM_SIDE, t0, t1, 0.7, 1));
  }
  d.line(tubeLine(ARM_SIDE, [5.1, 0.05], [5.1, 0.3], 3));

  d.layer = SIDE_LAYER.deltoid;
  const cap = blob(DELTOID_SIDE, 8);
  const cut = (id: string, ring: Point[], layer: number): void => {
    for (const r of intersection([ring], [cap])) d.add(id, r, { layer });
  };
  cut(
    L('shoulder.side'),
    P([
      [100, 150],
      [260, 150],
      [260, 320],
      [100, 320],
    ]),
    SIDE_LAYER.deltoid,
  );
  cut(
    L('shoulder.front'),
    [
      ...spline(
        P([
          [156, 186],
          [152, 230],
          [160, 300],
        ]),
        8,
      ),
      pt(100, 300),
      pt(100, 186),
    ],
    SIDE_LAYER.deltoid + 1,
  );
  cut(
    L('shoulder.back'),
    [
      ...spline(
        P([
          [178, 186],
          [182, 230],
          [174, 300],
        ]),
        8,
      ),
      pt(240, 300),
      pt(240, 186),
    ],
    SIDE_LAYER.deltoid + 1,
  );

  handSide(d);
}

/** The hanging left hand seen from its thumb side, palm forward. */
function handSide(d: Drawing): void {
  const hand = blob([tubeAt(ARM_SIDE, 10, 0), ...swung(HAND_SIDE), tubeAt(ARM_SIDE, 10, 1)], 8);
  const paint = (id: string, ring: Point[], layer: number): void => {
    for (const r of intersection([ring], [hand])) d.add(L(id), r, { layer });
  };
  d.add(L('hand.back'), hand, { layer: SIDE_LAYER.hand });
  paint(
    'thumb.base',
    swung([
      [100, 510],
      [153, 510],
      [152, 572],
      [100, 572],
    ]),
    SIDE_LAYER.hand + 1,
  );
  paint(
    // Seen from the thumb side with the palm forward: the edge people feel as the back of the digit.
    'finger.index.back',
    [
      ...spline(
        swung([
          [130, 592],
          [150, 590],
          [168, 584],
          [190, 580],
        ]),
        6,
      ),
      ...swung([
        [190, 700],
        [130, 700],
      ]),
    ],
    SIDE_LAYER.hand + 2,
  );
  d.add(L('thumb.back'), blob(swung(THUMB_SIDE), 6), { layer: SIDE_LAYER.hand + 3 });
  d.curve(
    swung([
      [150, 606],
      [158, 604],
      [166, 600],
    ]),
    3,
  );
}

export function legSide(d: Drawing): void {
  d.layer = SIDE_LAYER.leg;
  const { thighBottom, kneeBottom, calfMid, ankleTop, end } = LEG_SIDE_T;
  d.add(L('thigh.front'), tubeTile(LEG_SIDE, 0, thighBottom, 0, 0.3));
  d.add(L('thigh.lateral'), tubeTile(LEG_SIDE, 0, thighBottom, 0.3, 0.72));
  d.add(L('thigh.back'), tubeTile(LEG_SIDE, 0, thighBottom, 0.72, 1));
  d.add(L('knee.front'), tubeTile(LEG_SIDE, thighBottom, kneeBottom, 0, 0.3));
  d.add(L('knee.lateral'), tubeTile(LEG_SIDE, thighBottom, kneeBottom, 0.3, 0.7));
  d.add(L('knee.back'), tubeTile(LEG_SIDE, thighBottom, kneeBottom, 0.7, 1));
  d.add(L('shin'), tubeTile(LEG_SIDE, kneeBottom, ankleTop, 0, 0.28));
  d.add(L('leg.lateral'), tubeTile(LEG_SIDE, kneeBottom, ankleTop, 0.28, 0.6));
  d.add(L('calf.upper'), tubeTile(LEG_SIDE, kneeBottom, calfMid, 0.6, 1));
  d.add(L('calf.lower'), tubeTile(LEG_SIDE, calfMid, ankleTop, 0.6, 1));
  d.add(L('ankle.front'), tubeTile(LEG_SIDE, ankleTop, end, 0, 0.3));
  d.add(L('ankle.lateral'), tubeTile(LEG_SIDE, ankleTop, end, 0.3, 0.68));
  d.add(L('achilles'), tubeTile(LEG_SIDE, ankleTop, end, 0.68, 1));

  const foot = blob(FOOT_SIDE, 8);
  const cut = (id: string, ring: Point[], layer: number): void => {
    for (const r of intersection([ring], [foot])) d.add(id, r, { layer });
  };
  cut(
    L('foot.lateral'),
    P([
      [0, 900],
      [320, 900],
      [320, 1000],
      [0, 1000],
    ]),
    SIDE_LAYER.foot,
  );
  cut(
    L('foot.top'),
    [
      ...spline(
        P([
          [40, 968],
          [90, 962],
          [130, 952],
          [156, 946],
        ]),
        8,
      ),
      pt(156, 900),
      pt(40, 900),
    ],
    SIDE_LAYER.foot + 1,
  );
  cut(
    L('heel.back'),
    [
      ...spline(
        P([
          [160, 900],
          [164, 950],
          [160, 990],
        ]),
        8,
      ),
      pt(320, 990),
      pt(320, 900),
    ],
    SIDE_LAYER.foot + 1,
  );
  cut(
    L('toes.lesser.top'),
    [
      ...spline(
        P([
          [78, 940],
          [74, 966],
          [80, 990],
        ]),
        8,
      ),
      pt(0, 990),
      pt(0, 940),
    ],
    SIDE_LAYER.foot + 2,
  );
  d.curve(
    P([
      [160, 944],
      [166, 940],
      [172, 944],
      [170, 951],
      [162, 951],
      [160, 944],
    ]),
    4,
  );
  d.line(tubeLine(LEG_SIDE, [5.35, 0.02], [5.35, 0.16], 3));
  // The lateral malleolus: the outside of the ankle reaches down onto the foot.
  d.add(L('ankle.lateral'), ellipse(pt(166, 945), 12, 13), { layer: SIDE_LAYER.foot + 3 });
}
