/**
 * Close-ups of the head and neck: the whole-body figure enlarged round the head, its
 * own head drawing swapped for a detailed one (teeth, the eye, the jaw joint), cut
 * off below the shoulders. The side close-up shows both profiles back to back.
 */
import type { ViewSpec } from './compose.ts';
import { SIDE_HEAD } from './body-sagittal.ts';
import { CX, HEAD } from './body-coronal.ts';
import { Drawing, swapSide } from './drawing.ts';
import { cropDrawing } from './fit.ts';
import { intersection } from './clip.ts';
import { type Affine, type Point, ellipse, mirrorX, pt, spline, translate } from './geometry.ts';
import { headBackDrawing } from './head-back.ts';
import { headFrontDrawing } from './head-front.ts';
import { headSideDrawing } from './head-side.ts';
import { LAYER, frontDrawing } from './view-front.ts';
import { backDrawing } from './view-back.ts';
import { SIDE_LAYER, leftDrawing } from './view-side.ts';

const WIDTH = 400;
const HEIGHT = 500;

/** Body coordinates to head close-up coordinates (the inverse of the head's placement). */
const BODY_TO_HEAD: Affine = { a: 2, b: 0, c: 0, d: 2, e: -2 * (CX - 100), f: -2 * (HEAD.top - 20) };

/** Lower edge of the close-ups: a shallow arc below the collarbones. */
function bustCrop(x0: number, x1: number, y: number): Point[] {
  const arc = spline([pt(x1, y - 26), pt((x0 + x1) / 2, y), pt(x0, y - 26)], 12);
  return [pt(x0, -10), pt(x1, -10), ...arc];
}

function headCoronal(surface: 'front' | 'back'): ViewSpec {
  const body = surface === 'front' ? frontDrawing({ head: false }) : backDrawing({ head: false });
  const d = cropDrawing(new Drawing().place(body, BODY_TO_HEAD), bustCrop(0, WIDTH, 478));
  d.place(
    surface === 'front' ? headFrontDrawing({ close: true }) : headBackDrawing(),
    surface === 'front' ? translate(0, 0) : mirrorX(200),
    {
      layerOffset: LAYER.head,
    },
  );
  if (surface === 'front') insideTheMouth(d);
  return {
    id: surface === 'front' ? 'head-front' : 'head-back',
    label: surface === 'front' ? 'Head, front' : 'Head, back',
    width: WIDTH,
    height: HEIGHT,
    items: d.items,
    details: d.details(),
    mirrorAxis: WIDTH / 2,
    uAxis: surface === 'front' ? { right: -1, left: 1, midline: 1 } : { right: 1, left: -1, midline: -1 },
  };
}

/**
 * Inside the mouth, as if opened wide, beside the face: the roof (palate), the tongue and the back
 * of the throat (pharynx), where the medial pterygoid and digastric refer (Simons 1999, ch. 11, 12).
 */
function insideTheMouth(d: Drawing): void {
  const mouth = ellipse(pt(62, 326), 46, 30);
  d.add('', mouth, { layer: 200 });
  d.add('palate', mouth, { layer: 201 });
  for (const r of intersection([ellipse(pt(62, 346), 38, 17)], [mouth])) d.add('tongue', r, { layer: 202 });
  d.add('pharynx', ellipse(pt(62, 321), 13, 11), { layer: 203 });
  // The uvula hanging in front of the throat, and the tongue's middle groove.
  d.curve([pt(59, 306), pt(62, 314), pt(65, 306)], 4);
  d.curve([pt(62, 336), pt(62, 346), pt(62, 354)], 3);
}

const SIDE_WIDTH = 560;
const SIDE_SHIFT = -64;

function headSideView(): ViewSpec {
  const toHead: Affine = {
    a: 1 / SIDE_HEAD.s,
    b: 0,
    c: 0,
    d: 1 / SIDE_HEAD.s,
    e: -SIDE_HEAD.e / SIDE_HEAD.s,
    f: -SIDE_HEAD.f / SIDE_HEAD.s,
  };
  const profile = cropDrawing(new Drawing().place(leftDrawing({ head: false }), toHead), bustCrop(60, 360, 478));
  profile.place(headSideDrawing({ close: true }), translate(0, 0), { layerOffset: SIDE_LAYER.head });
  const axis = SIDE_WIDTH / 2;
  const left = new Drawing().place(profile, translate(SIDE_SHIFT, 0));
  const d = new Drawing().place(left, translate(0, 0)).place(left, mirrorX(axis), { rename: swapSide });
  return {
    id: 'head-side',
    label: 'Head, sides',
    width: SIDE_WIDTH,
    height: HEIGHT,
    items: d.items,
    details: d.details(),
    mirrorAxis: axis,
    // u runs from the face (0) to the back of the head (1).
    uAxis: { left: 1, right: -1, midline: 1 },
  };
}

export const headFrontView = (): ViewSpec => headCoronal('front');
export const headBackView = (): ViewSpec => headCoronal('back');
export { headSideView };
