/**
 * The head seen from its left side, facing the viewer's left, in head close-up
 * coordinates (top of the head y = 40, chin y = 298, ear canal near x = 228).
 * The right side is its mirror image.
 */
import { type Point, blob, ellipse, pt, spline } from './geometry.ts';
import { intersection } from './clip.ts';
import { Drawing } from './drawing.ts';

type XY = readonly (readonly [number, number])[];
const P = (pts: XY): Point[] => pts.map(([x, y]) => pt(x, y));

/** Profile outline, clockwise from the crown over the face, jaw and nape. */
const PROFILE = P([
  [205, 40],
  [160, 47],
  [133, 67],
  [118, 96],
  [112, 126],
  [110.5, 146],
  [116.5, 161],
  [110, 180],
  [100, 200],
  [92, 213],
  [96, 221],
  [110, 225],
  [109, 235],
  [112.5, 245],
  [110, 255],
  [119, 267],
  [114.5, 283],
  [123, 297],
  [150, 302],
  [186, 296],
  [212, 277],
  [222, 252],
  [238, 238],
  [268, 246],
  [300, 256],
  [318, 230],
  [328, 190],
  [324, 140],
  [304, 90],
  [262, 52],
]);

export const profileOutline = (): Point[] => spline(PROFILE, 6, true);

/** Cells painted in order (later ones win), trimmed to the head. */
const CELLS: readonly (readonly [string, XY])[] = [
  [
    'parietal.left',
    [
      [0, 0],
      [400, 0],
      [400, 400],
      [0, 400],
    ],
  ],
  [
    'occiput.left',
    [
      [274, 40],
      [400, 40],
      [400, 240],
      [266, 236],
      [268, 150],
    ],
  ],
  [
    'forehead.left',
    [
      [0, 0],
      [142, 0],
      [154, 60],
      [160, 140],
      [150, 146],
      [0, 146],
    ],
  ],
  [
    'temple.left',
    [
      [154, 96],
      [214, 98],
      [216, 160],
      [196, 176],
      [160, 168],
      [156, 140],
    ],
  ],
  [
    'cheek.left',
    [
      [130, 176],
      [196, 176],
      [206, 214],
      [152, 224],
      [130, 206],
    ],
  ],
  [
    'maxilla.left',
    [
      [0, 186],
      [130, 186],
      [130, 206],
      [152, 224],
      [160, 230],
      [0, 234],
    ],
  ],
  [
    'jaw.lower.left',
    [
      [0, 232],
      [160, 230],
      [206, 214],
      [232, 226],
      [246, 400],
      [0, 400],
    ],
  ],
  [
    'ear.behind.left',
    [
      [236, 148],
      [268, 150],
      [266, 236],
      [300, 262],
      [246, 400],
      [232, 226],
    ],
  ],
  [
    'suboccipital.left',
    [
      [240, 236],
      [400, 236],
      [400, 400],
      [246, 400],
    ],
  ],
];

export interface ProfileOptions {
  close: boolean;
}

export function headSideDrawing(options: ProfileOptions): Drawing {
  const d = new Drawing();
  const head = profileOutline();
  d.add('', head, { layer: 0 });
  let z = 1;
  const paint = (id: string, ring: Point[]): void => {
    z += 0.01;
    for (const r of intersection([ring], [head])) d.add(id, r, { layer: z });
  };
  for (const [id, cell] of CELLS) paint(id, P(cell));
  paint(
    'vertex',
    P([
      [110, 0],
      [330, 0],
      [330, 72],
      [262, 62],
      [205, 58],
      [150, 66],
      [110, 74],
    ]),
  );
  paint(
    'forehead.centre',
    P([
      [90, 72],
      [138, 72],
      [126, 100],
      [121, 128],
      [122, 150],
      [90, 150],
    ]),
  );
  paint(
    'eyebrow.left',
    blob(
      P([
        [112, 142],
        [134, 136],
        [156, 139],
        [162, 148],
        [150, 153],
        [116, 153],
      ]),
      5,
    ),
  );
  paint(
    'eye.behind.left',
    blob(
      P([
        [150, 156],
        [170, 152],
        [178, 168],
        [172, 186],
        [151, 184],
      ]),
      5,
    ),
  );
  paint('eye.around.left', ellipse(pt(133, 170), 19, 14.5));
  paint(
    'nose',
    blob(
      P([
        [118, 156],
        [124, 172],
        [130, 198],
        [133, 215],
        [123, 226],
        [96, 226],
        [84, 214],
        [99, 190],
        [110, 166],
      ]),
      5,
    ),
  );
  paint(
    'ear.left',
    blob(
      P([
        [214, 156],
        [230, 148],
        [243, 158],
        [248, 184],
        [242, 208],
        [230, 224],
        [217, 222],
        [212, 202],
        [214, 180],
      ]),
      6,
    ),
  );
  if (options.close) {
    paint(
      'teeth.upper.left',
      P([
        [96, 226.5],
        [150, 226.5],
        [160, 237],
        [150, 246],
        [96, 246],
      ]),
    );
    paint(
      'teeth.lower.left',
      P([
        [96, 246],
        [150, 246],
        [158, 253],
        [150, 264],
        [96, 264],
      ]),
    );
    paint('jaw.tmj.left', ellipse(pt(204, 192), 8, 11));
  }
  paint(
    'chin',
    blob(
      P([
        [98, 264],
        [126, 263],
        [142, 278],
        [146, 312],
        [98, 312],
      ]),
      5,
    ),
  );

  d.curve(
    P([
      [121, 170],
      [129, 165],
      [139, 166],
      [146, 171],
      [138, 175],
      [128, 175],
      [121, 170],
    ]),
    5,
  );
  d.curve(
    P([
      [111, 218],
      [118, 211],
      [126, 212],
      [127, 220],
    ]),
    4,
  );
  d.curve(
    P([
      [110.5, 245],
      [121, 246],
      [127, 243],
    ]),
    3,
  );
  d.curve(
    P([
      [228, 160],
      [238, 168],
      [240, 188],
      [232, 206],
      [226, 214],
    ]),
    5,
  );
  return d;
}
