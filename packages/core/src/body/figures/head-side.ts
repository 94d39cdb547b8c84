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
/** Curves of the side of the head. */
const TEMPORAL_LINE: XY = [
  [168, 58],
  [159, 96],
  [156, 132],
  [160, 152],
];
const OCCIPUT_FRONT: XY = [
  [276, 40],
  [283, 100],
  [285, 160],
  [277, 212],
  [262, 240],
];
const VERTEX_LOW: XY = [
  [116, 92],
  [160, 66],
  [220, 58],
  [286, 70],
  [336, 104],
];

/** Cells painted in order (later ones win), trimmed to the head. */
function cells(): [string, Point[]][] {
  const curve = (pts: XY): Point[] => spline(P(pts), 8);
  return [
    [
      'parietal.left',
      P([
        [0, 0],
        [400, 0],
        [400, 400],
        [0, 400],
      ]),
    ],
    [
      'occiput.left',
      [
        ...curve(OCCIPUT_FRONT),
        ...P([
          [400, 240],
          [400, 40],
        ]),
      ],
    ],
    [
      'forehead.left',
      [
        ...P([
          [0, 0],
          [170, 0],
        ]),
        ...curve(TEMPORAL_LINE),
        ...P([
          [162, 166],
          [0, 166],
        ]),
      ],
    ],
    [
      'temple.left',
      blob(
        P([
          [156, 100],
          [186, 88],
          [214, 96],
          [226, 128],
          [222, 168],
          [200, 186],
          [170, 188],
          [156, 166],
        ]),
        8,
      ),
    ],
    [
      'cheek.left',
      blob(
        P([
          [122, 170],
          [170, 166],
          [212, 174],
          [226, 200],
          [218, 228],
          [160, 234],
          [122, 214],
        ]),
        8,
      ),
    ],
    [
      'maxilla.left',
      P([
        [0, 184],
        [128, 184],
        [136, 208],
        [152, 226],
        [162, 234],
        [0, 238],
      ]),
    ],
    [
      'jaw.lower.left',
      [
        ...curve([
          [0, 234],
          [80, 234],
          [156, 232],
          [200, 224],
          [222, 214],
        ]),
        ...P([
          [240, 226],
          [246, 320],
          [0, 330],
        ]),
      ],
    ],
    [
      'ear.behind.left',
      blob(
        P([
          [236, 146],
          [264, 146],
          [276, 196],
          [268, 244],
          [236, 252],
          [228, 210],
        ]),
        8,
      ),
    ],
    [
      'suboccipital.left',
      [
        ...curve([
          [238, 234],
          [266, 220],
          [302, 226],
          [340, 238],
        ]),
        ...P([
          [340, 330],
          [238, 330],
        ]),
      ],
    ],
    [
      'vertex',
      [
        ...curve(VERTEX_LOW),
        ...P([
          [336, 0],
          [116, 0],
        ]),
      ],
    ],
  ];
}

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
  for (const [id, ring] of cells()) paint(id, ring);
  paint(
    'forehead.centre',
    P([
      [90, 72],
      [138, 72],
      [126, 100],
      [121, 128],
      [122, 150],
      [125, 160],
      [90, 160],
    ]),
  );
  paint(
    'eyebrow.left',
    blob(
      P([
        [112, 142],
        [134, 136],
        [156, 139],
        [162, 149],
        [150, 156],
        [116, 154],
      ]),
      5,
    ),
  );
  paint(
    'eye.behind.left',
    blob(
      P([
        [148, 150],
        [168, 146],
        [179, 166],
        [173, 187],
        [151, 185],
      ]),
      5,
    ),
  );
  paint('eye.around.left', ellipse(pt(133, 168.5), 19.5, 16.5));
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
    paint('teeth.upper.left', [
      pt(90, 226.5),
      ...spline(
        P([
          [144, 226.5],
          [155, 229],
          [159.5, 236],
          [155, 243],
          [144, 246],
        ]),
        5,
      ),
      pt(90, 246),
    ]);
    paint('teeth.lower.left', [
      pt(90, 246),
      ...spline(
        P([
          [144, 246],
          [153, 248.5],
          [157, 255],
          [152, 261.5],
          [142, 264],
        ]),
        5,
      ),
      pt(90, 264),
    ]);
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
