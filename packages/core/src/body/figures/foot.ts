/**
 * Feet for the whole-body front and back views, drawn in their own coordinates:
 * the ankle segment runs from the lateral side (-50, 0) to the medial side (50, 0)
 * and the foot hangs below it (+y). Right foot; the views mirror it for the left.
 */
import { type Point, blob, pt, spline } from './geometry.ts';
import { intersection } from './clip.ts';
import { Drawing } from './drawing.ts';

export const FOOT_ANKLE = { lateral: pt(-50, 0), medial: pt(50, 0) } as const;

type XY = readonly (readonly [number, number])[];
const P = (pts: XY): Point[] => pts.map(([x, y]) => pt(x, y));

/** Toes seen end-on from the front, little toe (lateral) to big toe: [centre x, bottom y, half width]. */
const TOES_FRONT: readonly (readonly [number, number, number])[] = [
  [-57, 101, 8],
  [-40, 111, 8.5],
  [-22, 118, 9],
  [-3, 124, 9.5],
  [27, 132, 17],
];

/** The right foot seen from the front, toes towards the viewer (foreshortened). */
export function footFrontDrawing(): Drawing {
  const d = new Drawing();
  const dorsum = blob(
    P([
      [-43, -16],
      [-53, 12],
      [-60, 44],
      [-66, 74],
      [-62, 96],
      [0, 112],
      [52, 118],
      [64, 92],
      [62, 52],
      [53, 12],
      [43, -16],
    ]),
    6,
  );
  d.add('', dorsum, { layer: 0 });
  const paint = (id: string, ring: Point[], layer: number, within: Point[] = dorsum): void => {
    for (const r of intersection([ring], [within])) d.add(id, r, { layer });
  };
  paint(
    'foot.top.right',
    P([
      [-120, -40],
      [120, -40],
      [120, 200],
      [-120, 200],
    ]),
    1,
  );
  paint(
    'foot.lateral.right',
    [
      ...spline(
        P([
          [-48, -40],
          [-50, 20],
          [-56, 60],
          [-66, 96],
        ]),
        6,
      ),
      pt(-120, 96),
      pt(-120, -40),
    ],
    2,
  );
  TOES_FRONT.forEach(([x, bottom, w], i) => {
    const top = bottom - (i === 4 ? 40 : 30);
    const toe = blob(
      P([
        [x - w, top],
        [x + w, top],
        [x + w * 1.05, bottom - w * 0.9],
        [x + w * 0.6, bottom - 1],
        [x, bottom + 0.5],
        [x - w * 0.6, bottom - 1],
        [x - w * 1.05, bottom - w * 0.9],
      ]),
      5,
    );
    d.add(i === 4 ? 'toe.big.top.right' : 'toes.lesser.top.right', toe, { layer: 3 + i });
  });
  return d;
}

/** The right foot seen from behind: the heel below the Achilles tendon. */
export function footBackDrawing(): Drawing {
  const d = new Drawing();
  const outline = blob(
    P([
      [-43, -16],
      [-53, 12],
      [-58, 44],
      [-50, 74],
      [-26, 90],
      [10, 92],
      [38, 82],
      [54, 54],
      [56, 18],
      [43, -16],
    ]),
    6,
  );
  d.add('', outline, { layer: 0 });
  const paint = (id: string, ring: Point[], layer: number): void => {
    for (const r of intersection([ring], [outline])) d.add(id, r, { layer });
  };
  paint(
    'heel.back.right',
    P([
      [-120, -40],
      [120, -40],
      [120, 200],
      [-120, 200],
    ]),
    1,
  );
  paint(
    'foot.lateral.right',
    [
      ...spline(
        P([
          [-46, -40],
          [-48, 20],
          [-50, 60],
          [-56, 90],
        ]),
        6,
      ),
      pt(-120, 90),
      pt(-120, -40),
    ],
    2,
  );
  paint(
    'achilles.right',
    [
      ...spline(
        P([
          [-20, -40],
          [-18, -10],
          [-17, 10],
          [-12, 28],
          [0, 34],
          [12, 28],
          [17, 10],
          [18, -10],
          [20, -40],
        ]),
        6,
      ),
    ],
    3,
  );
  d.curve(
    P([
      [-30, 40],
      [-10, 50],
      [14, 50],
      [34, 40],
    ]),
    5,
  );
  return d;
}
