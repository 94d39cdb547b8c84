/**
 * The head seen from the front, in head close-up coordinates: centre line x = 200,
 * top of the head y = 40, chin y = 297 (head height 256). The whole-body front view
 * places it at half size. Landmarks are given as [lat, y]: `lat` units to the
 * person's right of the centre line (the viewer's left); the left half is mirrored.
 */
import { type Point, blob, ellipse, pt, spline } from './geometry.ts';
import { intersection } from './clip.ts';
import { Drawing } from './drawing.ts';

export const HEAD_CX = 200;
type LatY = readonly (readonly [number, number])[];
const at = (lat: number, y: number): Point => pt(HEAD_CX - lat, y);
const half = (pts: LatY): Point[] => pts.map(([l, y]) => at(l, y));
const mirror = (p: Point): Point => pt(2 * HEAD_CX - p.x, p.y);
/** A closed shape symmetric about the centre line from its right half, top to bottom. */
const symmetric = (pts: LatY): Point[] => [
  ...half(pts),
  ...half([...pts].reverse().filter(([l]) => l !== 0)).map(mirror),
];

/** Right half of the head outline, crown to chin. */
const HEAD_HALF: LatY = [
  [0, 40],
  [36, 44],
  [64, 58],
  [83, 82],
  [93, 112],
  [95.5, 142],
  [94, 168],
  [91.5, 194],
  [87, 216],
  [80, 237],
  [70, 256],
  [57, 272],
  [41, 285],
  [23, 293.5],
  [0, 297],
];

export const headOutline = (): Point[] => spline(symmetric(HEAD_HALF), 6, true);

const EAR: LatY = [
  [90, 160],
  [99, 153],
  [107, 158],
  [110.5, 174],
  [108, 194],
  [102, 212],
  [95, 224],
  [87, 222],
];

/** Right-half cells, painted in order (later ones win) and trimmed to the head. */
/** Curves of the right half of the face, [lat, y]. */
const TEMPORAL_LINE: LatY = [
  [40, 62],
  [58, 82],
  [65, 110],
  [67, 138],
  [69, 162],
];
const PARIETAL_LOW: LatY = [
  [62, 98],
  [82, 110],
  [120, 116],
];
const ZYGOMATIC: LatY = [
  [69, 186],
  [82, 194],
  [96, 200],
  [130, 202],
];
const CHEEK_LOW: LatY = [
  [34, 226],
  [56, 232],
  [84, 238],
  [130, 236],
];
const MAXILLA_SIDE: LatY = [
  [30, 158],
  [31, 184],
  [33, 206],
  [38, 226],
  [34, 236],
];

/** Right-half cells, painted in order (later ones win) and trimmed to the head. */
function cells(): [string, Point[]][] {
  const curve = (pts: LatY): Point[] => spline(half(pts), 8);
  return [
    [
      'jaw.lower',
      half([
        [0, 0],
        [150, 0],
        [150, 340],
        [0, 340],
      ]),
    ],
    [
      'cheek',
      [
        ...curve(CHEEK_LOW),
        ...half([
          [150, 236],
          [150, 150],
          [20, 150],
          [20, 226],
        ]),
      ],
    ],
    [
      'maxilla',
      [
        ...half([
          [0, 150],
          [30, 150],
        ]),
        ...curve(MAXILLA_SIDE),
        ...half([[0, 236]]),
      ],
    ],
    [
      'temple',
      [
        ...curve(TEMPORAL_LINE),
        ...half([[70, 186]]),
        ...curve(ZYGOMATIC),
        ...half([
          [150, 0],
          [40, 0],
        ]),
      ],
    ],
    [
      'forehead',
      [
        ...half([
          [0, 40],
          [40, 40],
        ]),
        ...curve(TEMPORAL_LINE),
        ...half([
          [70, 176],
          [0, 176],
        ]),
      ],
    ],
    [
      'parietal',
      [
        ...curve(TEMPORAL_LINE.slice(0, 3)),
        ...curve(PARIETAL_LOW),
        ...half([
          [150, 0],
          [40, 0],
        ]),
      ],
    ],
  ];
}

export interface HeadOptions {
  /** Close-up detail: teeth and the eye itself as separate regions. */
  close: boolean;
}

export function headFrontDrawing(options: HeadOptions): Drawing {
  const d = new Drawing();
  const head = headOutline();
  const both = (id: string, ring: Point[], layer: number): void => {
    for (const r of intersection([ring], [head])) {
      d.add(`${id}.right`, r, { layer });
      d.add(`${id}.left`, r.map(mirror), { layer });
    }
  };
  let z = 1;
  const cell = (id: string, ring: Point[]): void => {
    z += 0.01;
    for (const r of intersection([ring], [head])) d.add(id, r, { layer: z });
  };
  const pair = (id: string, ring: Point[]): void => {
    z += 0.01;
    both(id, ring, z);
  };

  d.add('ear.right', blob(half(EAR), 8), { layer: 0 });
  d.add('ear.left', blob(half(EAR), 8).map(mirror), { layer: 0 });
  d.add('', head, { layer: 0 });
  for (const [id, ring] of cells()) pair(id, ring);

  cell('vertex', [
    ...half([
      [80, 0],
      [80, 50],
    ]),
    ...spline(
      symmetric([
        [66, 62],
        [40, 74],
        [0, 80],
      ]),
      8,
    ),
    ...half([
      [-80, 50],
      [-80, 0],
    ]),
  ]);
  cell(
    'forehead.centre',
    blob(
      symmetric([
        [0, 74],
        [11, 76],
        [15, 112],
        [13, 144],
        [0, 158],
      ]),
      6,
    ),
  );
  pair('eyebrow', [
    ...spline(
      half([
        [11, 151],
        [24, 141],
        [44, 138],
        [62, 143],
        [72, 153],
      ]),
      6,
    ),
    ...spline(
      half([
        [70, 160],
        [60, 152],
        [44, 148],
        [25, 151],
        [12, 158],
      ]),
      6,
    ),
  ]);
  pair('eye.around', ellipse(at(41, 174), 29.5, 16.5));
  if (options.close) {
    pair('teeth.upper', [
      ...half([
        [0, 249],
        [0, 234],
      ]),
      ...spline(
        half([
          [15, 234],
          [28, 237],
          [35, 244],
          [28, 249],
        ]),
        5,
      ),
    ]);
    pair('teeth.lower', [
      ...half([
        [0, 265],
        [0, 249],
      ]),
      ...spline(
        half([
          [28, 249],
          [34, 252],
          [27, 261],
          [14, 265],
        ]),
        5,
      ),
    ]);
  }
  cell(
    'chin',
    blob(
      symmetric([
        [0, 270],
        [14, 269.5],
        [26, 275],
        [31, 290],
        [26, 320],
        [0, 326],
      ]),
      6,
    ),
  );
  cell(
    'nose',
    blob(
      symmetric([
        [0, 158],
        [8.5, 159],
        [10, 180],
        [12.5, 201],
        [19, 215],
        [20, 225],
        [10, 230.5],
        [0, 232],
      ]),
      6,
    ),
  );
  if (options.close) pair('eye.behind', ellipse(at(41, 174), 16.5, 7));

  // Features: eyes, nostrils, mouth, ears.
  for (const side of [1, -1]) {
    const h = (pts: LatY): Point[] => pts.map(([l, y]) => pt(HEAD_CX - side * l, y));
    d.curve(
      h([
        [26, 174],
        [34, 168.5],
        [43, 167],
        [52, 170],
        [57, 175],
        [48, 178.5],
        [39, 179],
        [30, 177.5],
        [26, 174],
      ]),
      5,
    );
    d.curve(
      h([
        [8, 215],
        [16, 213],
        [21, 220],
        [15, 226],
        [7, 226.5],
      ]),
      5,
    );
    d.curve(
      h([
        [99, 167],
        [104, 177],
        [101, 197],
        [96, 209],
      ]),
      5,
    );
  }
  d.curve(
    half([
      [-28, 248],
      [-13, 246],
      [0, 248.5],
      [13, 246],
      [28, 248],
    ]),
    5,
  );
  return d;
}
