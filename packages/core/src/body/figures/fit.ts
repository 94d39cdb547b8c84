/**
 * Placing part drawings (head, hands, feet) into the whole-body views and
 * mirroring one half of a view into the other.
 */
import { type Affine, type Point, type Ring, compose, inside, mirrorX, similarity } from './geometry.ts';
import { intersection } from './clip.ts';
import { Drawing, swapSide } from './drawing.ts';

/**
 * The transform that lays a part's joint segment (from `a0` to `a1`, in the part's
 * own coordinates, lying on y = 0) onto `b0`→`b1`; `flip` mirrors the part across
 * that segment first (e.g. a palm drawn fingers-up placed fingers-down).
 */
export function fitSegment(a0: Point, a1: Point, b0: Point, b1: Point, flip = false): Affine {
  const s = similarity(a0, a1, b0, b1);
  return flip ? compose(s, { a: 1, b: 0, c: 0, d: -1, e: 0, f: 0 }) : s;
}

/**
 * Both halves of a symmetric view: the drawing of the person's right half plus its
 * mirror image with sides swapped; `shared` holds midline items drawn once.
 */
export function mirrorHalves(right: Drawing, axis: number, shared?: Drawing): Drawing {
  const out = new Drawing();
  const m = mirrorX(axis);
  const identity: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  out.place(right, identity);
  out.place(right, m, { rename: swapSide });
  if (shared) out.place(shared, identity);
  return out;
}

/** The part of a drawing inside `crop`: items trimmed, detail lines cut where they leave it. */
export function cropDrawing(d: Drawing, crop: Ring): Drawing {
  const out = new Drawing();
  for (const item of d.items) {
    const kept = intersection(item.shape, [crop]);
    if (kept.length > 0) out.items.push({ ...item, shape: kept });
  }
  for (const line of d.lines) {
    let run: Point[] = [];
    for (const p of line) {
      if (inside([crop], p)) run.push(p);
      else {
        if (run.length > 1) out.lines.push(run);
        run = [];
      }
    }
    if (run.length > 1) out.lines.push(run);
  }
  return out;
}
