/**
 * The whole body from the side. The left view shows the person's left side, facing
 * the viewer's left, arm hanging with the palm forward; the right view is its mirror
 * image with the sides of every region swapped.
 */
import type { ViewSpec } from './compose.ts';
import {
  ARM_SIDE,
  DELTOID_SIDE,
  FOOT_SIDE,
  HIP_CREASE,
  LEG_SIDE,
  LEG_SIDE_T,
  NECK_SIDE,
  SIDE_HEAD,
  SIDE_HEIGHT,
  SIDE_WIDTH,
  TORSO,
  tAtY,
} from './body-sagittal.ts';
import { intersection } from './clip.ts';
import { Drawing, swapSide, tubeAt, tubeEnd, tubeLine, tubePoly, tubeTile } from './drawing.ts';
import { type Point, blob, mirrorX, pt, spline } from './geometry.ts';
import { headSideDrawing } from './head-side.ts';

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

export const SIDE_LAYER = { leg: 0, torso: 10, neck: 30, arm: 40, deltoid: 50, hand: 60, foot: 60, head: 70 } as const;

const L = (id: string): string => `${id}.left`;
const P = (pts: readonly (readonly [number, number])[]): Point[] => pts.map(([x, y]) => pt(x, y));

/** A torso region from corners given as [height y, fraction s from front (0) to back (1)]. */
const torsoPoly = (corners: readonly (readonly [number, number])[]): Point[] =>
  tubePoly(
    TORSO,
    corners.map(([y, s]) => [tAtY(TORSO, y), s] as const),
  );

function torsoSide(d: Drawing): void {
  const above = [...HIP_CREASE, pt(250, 100), pt(60, 100)];
  let layer = SIDE_LAYER.torso;
  const cell = (id: string, corners: readonly (readonly [number, number])[]): void => {
    for (const r of intersection([torsoPoly(corners)], [above])) d.add(id, r, { layer });
    layer++;
  };
  const top = 160;
  const bottom = 560;
  cell(L('flank'), [
    [top, 0],
    [bottom, 0],
    [bottom, 1],
    [top, 1],
  ]);
  cell(L('chest.clavicular'), [
    [top, 0],
    [204, 0],
    [206, 0.42],
    [top, 0.42],
  ]);
  cell(L('shoulder.top'), [
    [top, 0.42],
    [top, 1],
    [204, 1],
    [206, 0.42],
  ]);
  cell(L('chest.upper'), [
    [204, 0],
    [226, 0],
    [228, 0.42],
    [206, 0.42],
  ]);
  cell(L('chest.pectoral'), [
    [226, 0],
    [300, 0],
    [296, 0.32],
    [290, 0.42],
    [228, 0.42],
  ]);
  cell(L('axilla'), [
    [228, 0.42],
    [290, 0.42],
    [290, 0.68],
    [228, 0.68],
  ]);
  cell(L('scapula.lateral'), [
    [206, 0.68],
    [206, 1],
    [300, 1],
    [300, 0.74],
    [290, 0.68],
  ]);
  cell(L('chest.lateral'), [
    [296, 0.32],
    [290, 0.42],
    [290, 0.68],
    [300, 0.74],
    [346, 0.74],
    [346, 0.34],
  ]);
  cell(L('chest.lower'), [
    [300, 0],
    [346, 0],
    [346, 0.34],
    [296, 0.32],
  ]);
  cell(L('back.lateral'), [
    [300, 0.74],
    [300, 1],
    [386, 1],
    [386, 0.74],
  ]);
  cell(L('abdomen.upper'), [
    [346, 0],
    [396, 0],
    [396, 0.36],
    [346, 0.34],
  ]);
  cell(L('abdomen.lower'), [
    [396, 0],
    [466, 0],
    [470, 0.36],
    [396, 0.36],
  ]);
  cell(L('back.low'), [
    [386, 0.72],
    [386, 1],
    [430, 1],
    [418, 0.72],
  ]);
  cell(L('hip.front'), [
    [436, 0],
    [540, 0],
    [540, 0.36],
    [430, 0.36],
  ]);
  cell(L('hip.lateral'), [
    [428, 0.36],
    [540, 0.36],
    [540, 0.7],
    [428, 0.7],
  ]);
  cell(L('buttock.upper'), [
    [426, 0.7],
    [428, 1],
    [468, 1],
    [470, 0.7],
  ]);
  cell(L('buttock.lower'), [
    [470, 0.7],
    [468, 1],
    [bottom, 1],
    [bottom, 0.7],
  ]);
  cell(L('iliac-crest'), [
    [424, 0.3],
    [412, 0.5],
    [414, 0.75],
    [420, 1],
    [436, 1],
    [430, 0.75],
    [428, 0.5],
    [438, 0.3],
  ]);
  const grooveTop = spline(
    P([
      [96, 470],
      [120, 480],
      [146, 492],
      [170, 504],
    ]),
    8,
  );
  for (const r of intersection(
    [[...grooveTop, pt(170, 530), pt(96, 530)]],
    [
      above,
      torsoPoly([
        [top, 0],
        [bottom, 0],
        [bottom, 1],
        [top, 1],
      ]),
    ],
  )) {
    d.add(L('groin'), r, { layer: layer++ });
  }
}

function neckSide(d: Drawing): void {
  d.layer = SIDE_LAYER.neck;
  const end = tubeEnd(NECK_SIDE);
  d.add('throat', tubeTile(NECK_SIDE, 0, end, 0, 0.16));
  d.add(L('neck.front'), tubeTile(NECK_SIDE, 0, end, 0.16, 0.42));
  d.add(L('neck.side'), tubeTile(NECK_SIDE, 0, 2.2, 0.42, 0.74));
  d.add(L('neck.base'), tubeTile(NECK_SIDE, 2.2, end, 0.42, 0.74));
  d.add(L('neck.back'), tubeTile(NECK_SIDE, 0, end, 0.74, 1));
}

function armSide(d: Drawing): void {
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
  const hand = blob([tubeAt(ARM_SIDE, 10, 0), ...P(HAND_SIDE), tubeAt(ARM_SIDE, 10, 1)], 8);
  const paint = (id: string, ring: Point[], layer: number): void => {
    for (const r of intersection([ring], [hand])) d.add(L(id), r, { layer });
  };
  d.add(L('hand.back'), hand, { layer: SIDE_LAYER.hand });
  paint(
    'thumb.base',
    P([
      [100, 510],
      [153, 510],
      [152, 572],
      [100, 572],
    ]),
    SIDE_LAYER.hand + 1,
  );
  paint(
    'finger.index',
    [
      ...spline(
        P([
          [130, 592],
          [150, 590],
          [168, 584],
          [190, 580],
        ]),
        6,
      ),
      pt(190, 700),
      pt(130, 700),
    ],
    SIDE_LAYER.hand + 2,
  );
  d.add(L('thumb'), blob(P(THUMB_SIDE), 6), { layer: SIDE_LAYER.hand + 3 });
  d.curve(
    P([
      [150, 606],
      [158, 604],
      [166, 600],
    ]),
    3,
  );
}

function legSide(d: Drawing): void {
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
    L('heel'),
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
    L('toes.lesser'),
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
}

/** The whole left-side figure; without the head for the close-up, which draws its own. */
export function leftDrawing(options: { head: boolean } = { head: true }): Drawing {
  const d = new Drawing();
  legSide(d);
  torsoSide(d);
  neckSide(d);
  armSide(d);
  if (options.head) {
    d.place(
      headSideDrawing({ close: false }),
      { a: SIDE_HEAD.s, b: 0, c: 0, d: SIDE_HEAD.s, e: SIDE_HEAD.e, f: SIDE_HEAD.f },
      { layerOffset: SIDE_LAYER.head },
    );
  }
  return d;
}

function sideView(side: 'left' | 'right'): ViewSpec {
  const left = leftDrawing();
  const d = side === 'left' ? left : new Drawing().place(left, mirrorX(SIDE_WIDTH / 2), { rename: swapSide });
  return {
    id: side,
    label: side === 'left' ? 'Left side' : 'Right side',
    width: SIDE_WIDTH,
    height: SIDE_HEIGHT,
    items: d.items,
    details: d.details(),
    // No medial-lateral axis in a side view: u runs from the front (0) to the back (1).
    uAxis: side === 'left' ? { left: 1, right: 1, midline: 1 } : { left: -1, right: -1, midline: -1 },
  };
}

export const leftView = (): ViewSpec => sideView('left');
export const rightView = (): ViewSpec => sideView('right');
