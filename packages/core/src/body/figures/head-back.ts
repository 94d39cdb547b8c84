/**
 * The head seen from behind, in the same coordinates as head-front.ts (centre line
 * x = 200, top 40, chin level 297). Drawn for the person's right half in FRONT-view
 * orientation like the rest of the back view; the back view mirrors it into place.
 */
import { type Point, blob, pt, spline } from './geometry.ts';
import { intersection } from './clip.ts';
import { Drawing } from './drawing.ts';
import { HEAD_CX, headOutline } from './head-front.ts';

type LatY = readonly (readonly [number, number])[];
const at = (lat: number, y: number): Point => pt(HEAD_CX - lat, y);
const half = (pts: LatY): Point[] => pts.map(([l, y]) => at(l, y));
const mirror = (p: Point): Point => pt(2 * HEAD_CX - p.x, p.y);

const EAR_BACK: LatY = [
  [88, 162],
  [98, 154],
  [108, 160],
  [112, 178],
  [108, 198],
  [101, 214],
  [92, 226],
  [84, 222],
];

/** Right-half cells, painted in order and trimmed to the head. */
/** Curves of the right half of the back of the head, [lat, y]. */
const OCCIPUT_SIDE: LatY = [
  [30, 90],
  [54, 108],
  [65, 146],
  [64, 196],
  [58, 232],
];
const SUBOCCIPITAL_TOP: LatY = [
  [0, 226],
  [30, 224],
  [58, 230],
  [120, 226],
];

/** Right-half cells, painted in order and trimmed to the head. */
function cells(): [string, Point[]][] {
  const curve = (pts: LatY): Point[] => spline(half(pts), 8);
  return [
    [
      'parietal',
      half([
        [0, 0],
        [150, 0],
        [150, 340],
        [0, 340],
      ]),
    ],
    [
      'ear.behind',
      [
        ...curve(OCCIPUT_SIDE.slice(2)),
        ...half([
          [58, 340],
          [150, 340],
          [150, 150],
        ]),
      ],
    ],
    ['occiput', [...half([[0, 88]]), ...curve(OCCIPUT_SIDE), ...half([[0, 232]])]],
    [
      'suboccipital',
      [
        ...curve(SUBOCCIPITAL_TOP),
        ...half([
          [120, 340],
          [0, 340],
        ]),
      ],
    ],
  ];
}

export function headBackDrawing(): Drawing {
  const d = new Drawing();
  const head = headOutline();
  let z = 1;
  const pair = (id: string, ring: Point[]): void => {
    z += 0.01;
    for (const r of intersection([ring], [head])) {
      d.add(`${id}.right`, r, { layer: z });
      d.add(`${id}.left`, r.map(mirror), { layer: z });
    }
  };
  d.add('ear.right', blob(half(EAR_BACK), 8), { layer: 0 });
  d.add('ear.left', blob(half(EAR_BACK), 8).map(mirror), { layer: 0 });
  d.add('', head, { layer: 0 });
  for (const [id, ring] of cells()) pair(id, ring);
  const cap: LatY = [
    [0, 0],
    [80, 0],
    [80, 58],
    [44, 72],
    [0, 78],
  ];
  z += 0.01;
  for (const r of intersection(
    [[...half(cap), ...half([...cap].reverse().filter(([l]) => l !== 0)).map(mirror)]],
    [head],
  )) {
    d.add('vertex', r, { layer: z });
  }
  for (const side of [1, -1]) {
    const h = (pts: LatY): Point[] => pts.map(([l, y]) => pt(HEAD_CX - side * l, y));
    d.curve(
      h([
        [96, 166],
        [104, 178],
        [102, 198],
        [94, 214],
      ]),
      5,
    );
  }
  d.line(
    spline(
      half([
        [0, 244],
        [0, 270],
        [0, 297],
      ]),
      4,
    ),
  );
  return d;
}
