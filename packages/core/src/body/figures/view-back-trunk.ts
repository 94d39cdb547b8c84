/**
 * The trunk seen from behind, right half in front-view orientation (the back view
 * turns it round): shoulder blade, spine-side bands, low back, pelvis and buttocks.
 */
import { CLAVICLE, TRUNK, at, smooth } from './body-coronal.ts';
import { intersection } from './clip.ts';
import { type Drawing, tubeEnd, tubeTile } from './drawing.ts';
import { type Point, blob, ellipse } from './geometry.ts';
import { LAYER } from './view-front.ts';

const R = (id: string): string => `${id}.right`;
const cells = (pts: readonly (readonly [number, number])[]): Point[] => pts.map(([l, y]) => at(l, y));

/** Gluteal fold from the outside of the thigh to the crotch: lower border of the trunk from behind. */
const GLUTEAL_FOLD = cells([
  [92, 488],
  [74, 500],
  [52, 508],
  [28, 512],
  [8, 512],
  [0, 508],
]);

function trunkBackShape(): Point[][] {
  const above = [...GLUTEAL_FOLD, at(-1, 520), ...smooth(CLAVICLE), at(150, 205), at(150, 488)];
  return intersection([tubeTile(TRUNK, 0, tubeEnd(TRUNK))], [above]);
}

/** Right shoulder blade landmarks, [lat, y]. */
export const SCAPULA_SPINE = [
  [30, 230],
  [52, 222],
  [74, 215],
  [96, 207],
] as const;
const SCAPULA_MEDIAL = [
  [28, 196],
  [29, 226],
  [30, 262],
  [38, 290],
  [50, 306],
] as const;
const SCAPULA_LATERAL = [
  [50, 306],
  [62, 286],
  [73, 258],
  [82, 230],
  [88, 212],
] as const;

export function trunkBack(d: Drawing): void {
  const trunk = trunkBackShape();
  let layer = LAYER.trunk;
  const cell = (id: string, ring: Point[]): void => {
    for (const r of intersection([ring], trunk)) d.add(id, r, { layer });
    layer++;
  };
  type LatY = readonly (readonly [number, number])[];
  const line = (pts: LatY): Point[] => smooth(cells(pts));
  const shift = (pts: LatY, dl: number): [number, number][] => pts.map(([l, y]) => [l + dl, y]);
  const band = (pts: LatY, inner: number, outer: number): Point[] => [
    ...line(shift(pts, inner)),
    ...line(shift([...pts].reverse(), outer)),
  ];

  cell(
    R('back.mid'),
    cells([
      [0, 150],
      [150, 150],
      [150, 600],
      [0, 600],
    ]),
  );
  cell(R('back.low'), [
    ...line([
      [0, 370],
      [30, 372],
      [58, 380],
      [90, 384],
    ]),
    ...cells([
      [150, 384],
      [150, 600],
      [0, 600],
    ]),
  ]);
  cell(R('flank'), [
    ...line([
      [58, 374],
      [61, 388],
      [64, 404],
      [68, 420],
    ]),
    ...cells([
      [150, 416],
      [150, 374],
    ]),
  ]);
  const medialIn = line(shift(SCAPULA_MEDIAL, -4));
  cell(R('interscapular'), [
    ...cells([
      [0, 150],
      [24, 150],
    ]),
    ...medialIn,
    ...line([
      [44, 312],
      [20, 308],
      [0, 308],
    ]),
  ]);

  const crest = line([
    [10, 421],
    [36, 415],
    [60, 409],
    [86, 405],
    [110, 403],
  ]);
  const crestLow = line([
    [110, 420],
    [86, 422],
    [60, 426],
    [36, 432],
    [10, 438],
  ]);
  cell(R('buttock.upper'), [...crestLow, at(0, 438), at(0, 600), at(150, 600), at(150, 420)]);
  cell(R('buttock.lower'), [
    ...line([
      [0, 470],
      [28, 471],
      [54, 467],
      [80, 458],
    ]),
    ...cells([
      [150, 458],
      [150, 600],
      [0, 600],
    ]),
  ]);
  cell(R('hip.lateral'), [
    ...line([
      [64, 424],
      [72, 446],
      [76, 470],
      [74, 496],
      [70, 520],
    ]),
    ...cells([
      [150, 520],
      [150, 424],
    ]),
  ]);
  cell(R('iliac-crest'), [...crest, ...crestLow]);
  cell(R('sacroiliac'), ellipse(at(20.5, 447), 8, 12, 0.25));

  // Shoulder blade: above and below its spine, along its borders, and its lower tip.
  const spine = line(SCAPULA_SPINE);
  cell(R('scapula.upper'), [...spine, at(110, 150), at(24, 150), ...medialIn.filter((p) => p.y < 229)]);
  cell(R('scapula.body'), [...spine, ...line([...SCAPULA_LATERAL].reverse()), ...line(SCAPULA_MEDIAL.slice(2))]);
  cell(R('scapula.medial'), band(SCAPULA_MEDIAL.slice(1, 4), -6, 9));
  cell(R('scapula.lateral'), [...line(shift(SCAPULA_LATERAL.slice(1), -9)), at(110, 212), at(110, 310), at(50, 310)]);
  cell(R('back.lateral'), [
    ...line([
      [44, 300],
      [48, 318],
      [54, 344],
      [58, 378],
    ]).reverse(),
    ...line([
      [44, 300],
      [52, 304],
      [66, 292],
      [90, 288],
      [150, 286],
    ]),
    ...cells([[150, 378]]),
  ]);
  cell(
    R('scapula.lower'),
    blob(
      cells([
        [33, 282],
        [46, 280],
        [66, 282],
        [62, 295],
        [54, 309],
        [48, 313],
        [42, 307],
        [36, 294],
      ]),
      8,
    ),
  );
}
