/**
 * Close-ups of both feet, toes up, the right foot on the right and the big toes
 * towards the middle: the tops as people look down at their own feet, the soles
 * as a footprint. Drawn for the right foot (big toe towards -x), mirrored for the left.
 */
import type { ViewSpec } from './compose.ts';
import { intersection } from './clip.ts';
import { Drawing, cappedTube, tubeFromAxis } from './drawing.ts';
import { mirrorHalves } from './fit.ts';
import { type Point, blob, compose, ellipse, pt, scaling, spline, translate } from './geometry.ts';

const WIDTH = 520;
const HEIGHT = 620;
const AXIS = WIDTH / 2;
type XY = readonly (readonly [number, number])[];
const P = (pts: XY): Point[] => pts.map(([x, y]) => pt(x, y));

/** Right foot up to the bases of the toes, from above: big-toe side at -x, heel at +y. */
const FOOT_BODY: XY = [
  [0, 152],
  [-30, 142],
  [-38, 112],
  [-37, 62],
  [-42, 8],
  [-54, -50],
  [-57, -84],
  [-44, -108],
  [-12, -116],
  [16, -112],
  [36, -104],
  [54, -88],
  [62, -62],
  [60, -28],
  [54, 30],
  [46, 90],
  [36, 134],
  [18, 150],
];

/** Toes: [region, base x, base y, degrees from straight up, length, width], big toe first. */
const TOES: readonly (readonly [string, number, number, number, number, number])[] = [
  ['toe.big', -35, -98, -3, 50, 33],
  ['toes.lesser', -8, -106, 3, 40, 21],
  ['toes.lesser', 13, -102, 8, 36, 20],
  ['toes.lesser', 32, -94, 14, 32, 19],
  ['toes.lesser', 48, -80, 21, 27, 18],
];

function toeRing(x: number, y: number, angle: number, length: number, width: number): Point[] {
  const r = (angle * Math.PI) / 180;
  const at = (f: number): Point => pt(x + Math.sin(r) * length * f, y - Math.cos(r) * length * f);
  const tube = tubeFromAxis([
    [at(-0.16), width / 2, width / 2],
    [at(0.3), width * 0.52, width * 0.52],
    [at(0.72), width * 0.49, width * 0.49],
  ]);
  return cappedTube(tube, 0, 2, 1.05, 0.45);
}

function footDrawing(surface: 'top' | 'sole'): Drawing {
  const d = new Drawing();
  const body = blob(P(FOOT_BODY), 8);
  d.add('', body, { layer: 0 });
  let z = 1;
  const cell = (id: string, ring: Point[]): void => {
    z += 0.01;
    for (const r of intersection([ring], [body])) d.add(`${id}.right`, r, { layer: z });
  };
  if (surface === 'top') {
    cell(
      'foot.top',
      P([
        [-200, -200],
        [200, -200],
        [200, 300],
        [-200, 300],
      ]),
    );
    cell('foot.lateral', [
      ...spline(
        P([
          [46, -76],
          [42, -30],
          [36, 40],
          [26, 110],
          [20, 160],
        ]),
        8,
      ),
      pt(200, 160),
      pt(200, -76),
    ]);
    cell('ankle.front', [
      ...spline(
        P([
          [-60, 52],
          [-10, 44],
          [44, 52],
        ]),
        8,
      ),
      ...spline(
        P([
          [44, 104],
          [-10, 98],
          [-60, 104],
        ]),
        8,
      ),
    ]);
    // Seen from above, the heel shows its back; the sole shows its underside.
    cell('heel.back', [
      ...spline(
        P([
          [-60, 104],
          [-10, 98],
          [60, 104],
        ]),
        8,
      ),
      pt(60, 300),
      pt(-60, 300),
    ]);
    z += 0.01;
    d.add('ankle.medial.right', ellipse(pt(-34, 86), 14, 21), { layer: z, inset: true });
    d.add('ankle.lateral.right', ellipse(pt(38, 98), 13, 20), { layer: z, inset: true });
    // Extensor tendons fanning out to the toes.
    for (const [x0, x1] of [
      [-12, -34],
      [-2, -8],
      [6, 13],
      [14, 31],
      [22, 46],
    ] as const) {
      d.curve(
        P([
          [x0, 40],
          [(x0 + x1) / 2, -30],
          [x1, -92],
        ]),
        5,
      );
    }
  } else {
    cell(
      'arch',
      P([
        [-200, -200],
        [200, -200],
        [200, 300],
        [-200, 300],
      ]),
    );
    cell('foot.lateral', [
      ...spline(
        P([
          [32, -60],
          [22, -10],
          [14, 40],
          [12, 96],
        ]),
        8,
      ),
      pt(200, 96),
      pt(200, -60),
    ]);
    cell('sole.ball', [
      ...spline(
        P([
          [-80, -26],
          [-30, -42],
          [20, -40],
          [80, -22],
        ]),
        8,
      ),
      pt(80, -200),
      pt(-80, -200),
    ]);
    cell('heel.under', [
      ...spline(
        P([
          [-70, 100],
          [-30, 80],
          [10, 76],
          [70, 90],
        ]),
        8,
      ),
      pt(70, 220),
      pt(-70, 220),
    ]);
    cell('achilles', [
      ...spline(
        P([
          [-60, 134],
          [0, 142],
          [60, 130],
        ]),
        8,
      ),
      pt(60, 220),
      pt(-60, 220),
    ]);
    d.curve(
      P([
        [-44, -70],
        [-10, -82],
        [30, -76],
        [52, -62],
      ]),
      5,
    );
  }
  TOES.forEach(([id, x, y, angle, length, width], i) => {
    d.add(`${id}.${surface === 'top' ? 'top' : 'under'}.right`, toeRing(x, y, angle, length, width), {
      layer: 10 + i,
    });
    if (surface === 'top')
      d.curve(
        [pt(x - width * 0.28, y - length * 0.52), pt(x, y - length * 0.6), pt(x + width * 0.28, y - length * 0.52)],
        3,
      );
  });
  return d;
}

function footView(surface: 'top' | 'sole'): ViewSpec {
  const right = new Drawing().place(footDrawing(surface), compose(translate(AXIS + 118, 318), scaling(1.32)));
  const both = mirrorHalves(right, AXIS);
  return {
    id: surface === 'top' ? 'foot-top' : 'foot-sole',
    label: surface === 'top' ? 'Tops of the feet' : 'Soles',
    width: WIDTH,
    height: HEIGHT,
    items: both.items,
    details: both.details(),
    mirrorAxis: AXIS,
    // u runs from the big-toe side (medial) to the little-toe side (lateral).
    uAxis: { right: 1, left: -1, midline: 1 },
  };
}

export const footTopView = (): ViewSpec => footView('top');
export const footSoleView = (): ViewSpec => footView('sole');
