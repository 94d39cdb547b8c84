/**
 * The whole body from the side. The left view shows the person's left side, facing
 * the viewer's left, arm hanging with the palm forward; the right view is its mirror
 * image with the sides of every region swapped.
 */
import type { ViewSpec } from './compose.ts';
import { HIP_CREASE, NECK_SIDE, SIDE_HEAD, SIDE_HEIGHT, SIDE_WIDTH, TORSO, tAtY } from './body-sagittal.ts';
import { intersection } from './clip.ts';
import { Drawing, swapSide, tubeEnd, tubePoly, tubeTile } from './drawing.ts';
import { type Point, mirrorX, pt, spline } from './geometry.ts';
import { headSideDrawing } from './head-side.ts';
import { SIDE_LAYER, armSide, legSide } from './view-side-limbs.ts';

export { SIDE_LAYER };

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
    [206, 1],
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
    [418, 0.42],
    [412, 0.55],
    [414, 0.75],
    [420, 1],
    [436, 1],
    [430, 0.75],
    [428, 0.55],
    [432, 0.42],
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
  d.add(L('neck.side'), tubeTile(NECK_SIDE, 0, 3, 0.42, 0.74));
  d.add(L('neck.base'), tubeTile(NECK_SIDE, 3, end, 0.42, 0.74));
  d.add(L('neck.back'), tubeTile(NECK_SIDE, 0, end, 0.74, 1));
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
