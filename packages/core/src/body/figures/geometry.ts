/**
 * Small 2-D geometry toolkit for the body figures: points, rings, centripetal
 * Catmull-Rom splines, affine transforms, measures and SVG path strings.
 * Coordinates are SVG user units with y pointing down.
 */

export interface Point {
  x: number;
  y: number;
}

/** A closed polygon without a repeated closing point. */
export type Ring = readonly Point[];
/** One or more rings; holes run opposite to their outer ring (nonzero winding). */
export type Shape = readonly Ring[];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const pt = (x: number, y: number): Point => ({ x, y });
export const add = (a: Point, b: Point): Point => ({ x: a.x + b.x, y: a.y + b.y });
export const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y });
export const scale = (a: Point, k: number): Point => ({ x: a.x * k, y: a.y * k });
export const lerp = (a: Point, b: Point, t: number): Point => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
export const dist = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
export const mid = (a: Point, b: Point): Point => lerp(a, b, 0.5);

/** Signed shoelace area; positive for the orientation this module calls "outer". */
export function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

export function shapeArea(shape: Shape): number {
  return shape.reduce((s, r) => s + signedArea(r), 0);
}

/** The ring turned to positive (outer) orientation. */
export function outer(ring: Ring): Point[] {
  return signedArea(ring) < 0 ? [...ring].reverse() : [...ring];
}

export function bboxOf(points: Iterable<Point>): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of points) {
    if (p.x < x0) x0 = p.x;
    if (p.y < y0) y0 = p.y;
    if (p.x > x1) x1 = p.x;
    if (p.y > y1) y1 = p.y;
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

export function shapeBox(shape: Shape): Box {
  return bboxOf(shape.flat());
}

export function boxesOverlap(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x - margin <= b.x + b.width &&
    b.x - margin <= a.x + a.width &&
    a.y - margin <= b.y + b.height &&
    b.y - margin <= a.y + a.height
  );
}

/** Nonzero winding number of a point with respect to a shape. */
export function winding(shape: Shape, p: Point): number {
  let w = 0;
  for (const ring of shape) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if (a.y <= p.y) {
        if (b.y > p.y && (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y) > 0) w++;
      } else if (b.y <= p.y && (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y) < 0) w--;
    }
  }
  return w;
}

export const inside = (shape: Shape, p: Point): boolean => winding(shape, p) !== 0;

/** Distance from a point to the nearest edge of a shape. */
export function distanceToEdge(shape: Shape, p: Point): number {
  let best = Infinity;
  for (const ring of shape) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2));
      const d = Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      if (d < best) best = d;
    }
  }
  return best;
}

// ---------------------------------------------------------------- splines

function knot(ti: number, a: Point, b: Point): number {
  return ti + Math.max(Math.sqrt(dist(a, b)), 1e-4);
}

/** One point of a centripetal Catmull-Rom segment from p1 to p2, t in [0, 1]. */
function catmull(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const t0 = 0;
  const t1 = knot(t0, p0, p1);
  const t2 = knot(t1, p1, p2);
  const t3 = knot(t2, p2, p3);
  const u = t1 + (t2 - t1) * t;
  const a1 = lerp(p0, p1, (u - t0) / (t1 - t0));
  const a2 = lerp(p1, p2, (u - t1) / (t2 - t1));
  const a3 = lerp(p2, p3, (u - t2) / (t3 - t2));
  const b1 = lerp(a1, a2, (u - t0) / (t2 - t0));
  const b2 = lerp(a2, a3, (u - t1) / (t3 - t1));
  return lerp(b1, b2, (u - t1) / (t2 - t1));
}

function controlAt(points: readonly Point[], i: number, closed: boolean): Point {
  const n = points.length;
  if (closed) return points[((i % n) + n) % n]!;
  if (i < 0) return sub(scale(points[0]!, 2), points[1]!);
  if (i >= n) return sub(scale(points[n - 1]!, 2), points[n - 2]!);
  return points[i]!;
}

/**
 * A point on the Catmull-Rom curve through `points` at index parameter t:
 * t = i is the i-th control point, fractions lie between.
 */
export function splineAt(points: readonly Point[], t: number, closed = false): Point {
  const n = points.length;
  if (n === 1) return points[0]!;
  const last = closed ? n : n - 1;
  const tt = closed ? ((t % n) + n) % n : Math.max(0, Math.min(last, t));
  let i = Math.floor(tt);
  if (!closed && i >= last) i = last - 1;
  const f = tt - i;
  return catmull(
    controlAt(points, i - 1, closed),
    controlAt(points, i, closed),
    controlAt(points, i + 1, closed),
    controlAt(points, i + 2, closed),
    f,
  );
}

/** The Catmull-Rom curve through `points` sampled as a polyline (`steps` per span). */
export function spline(points: readonly Point[], steps = 12, closed = false): Point[] {
  const n = points.length;
  const spans = closed ? n : n - 1;
  const out: Point[] = [];
  for (let i = 0; i < spans; i++) {
    for (let k = 0; k < steps; k++) out.push(splineAt(points, i + k / steps, closed));
  }
  if (!closed) out.push(points[n - 1]!);
  return out;
}

/** A closed smooth blob through the points, as an outer ring. */
export function blob(points: readonly Point[], steps = 10): Point[] {
  return outer(spline(points, steps, true));
}

export function ellipse(c: Point, rx: number, ry: number, rotation = 0, steps = 48): Point[] {
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  const out: Point[] = [];
  for (let i = 0; i < steps; i++) {
    const a = (i / steps) * Math.PI * 2;
    const x = Math.cos(a) * rx;
    const y = Math.sin(a) * ry;
    out.push({ x: c.x + x * cos - y * sin, y: c.y + x * sin + y * cos });
  }
  return outer(out);
}

// ---------------------------------------------------------------- transforms

/** Affine map x' = a x + c y + e, y' = b x + d y + f. */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

export const IDENTITY: Affine = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };

export function apply(m: Affine, p: Point): Point {
  return { x: m.a * p.x + m.c * p.y + m.e, y: m.b * p.x + m.d * p.y + m.f };
}

export function compose(outerM: Affine, innerM: Affine): Affine {
  return {
    a: outerM.a * innerM.a + outerM.c * innerM.b,
    b: outerM.b * innerM.a + outerM.d * innerM.b,
    c: outerM.a * innerM.c + outerM.c * innerM.d,
    d: outerM.b * innerM.c + outerM.d * innerM.d,
    e: outerM.a * innerM.e + outerM.c * innerM.f + outerM.e,
    f: outerM.b * innerM.e + outerM.d * innerM.f + outerM.f,
  };
}

export const translate = (dx: number, dy: number): Affine => ({ a: 1, b: 0, c: 0, d: 1, e: dx, f: dy });
export const scaling = (sx: number, sy = sx): Affine => ({ a: sx, b: 0, c: 0, d: sy, e: 0, f: 0 });

/** Mirror across the vertical line x = axis. */
export const mirrorX = (axis: number): Affine => ({ a: -1, b: 0, c: 0, d: 1, e: 2 * axis, f: 0 });

/** The similarity that carries segment a0→a1 onto b0→b1. */
export function similarity(a0: Point, a1: Point, b0: Point, b1: Point): Affine {
  const va = sub(a1, a0);
  const vb = sub(b1, b0);
  const la = va.x * va.x + va.y * va.y;
  const cos = (va.x * vb.x + va.y * vb.y) / la;
  const sin = (va.x * vb.y - va.y * vb.x) / la;
  const m: Affine = { a: cos, b: sin, c: -sin, d: cos, e: 0, f: 0 };
  const p = apply(m, a0);
  return { ...m, e: b0.x - p.x, f: b0.y - p.y };
}

/** Rotation by `angle` radians about a centre point. */
export function rotation(angle: number, about: Point): Affine {
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  return {
    a: cos,
    b: sin,
    c: -sin,
    d: cos,
    e: about.x - cos * about.x + sin * about.y,
    f: about.y - sin * about.x - cos * about.y,
  };
}

export const determinant = (m: Affine): number => m.a * m.d - m.b * m.c;

/** Applies a transform to a ring, keeping it outer when the transform mirrors. */
export function mapRing(m: Affine, ring: Ring): Point[] {
  const mapped = ring.map((p) => apply(m, p));
  return determinant(m) < 0 ? mapped.reverse() : mapped;
}

export function mapShape(m: Affine, shape: Shape): Point[][] {
  return shape.map((r) => mapRing(m, r));
}

// ---------------------------------------------------------------- SVG output

const num = (v: number): string => {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? '0' : String(r);
};

/** Closed SVG path data for the rings of a shape. */
export function shapePath(shape: Shape): string {
  return shape
    .map((ring) => {
      const pts = dedupe(ring);
      return `M${pts.map((p) => `${num(p.x)} ${num(p.y)}`).join('L')}Z`;
    })
    .join('');
}

/** Open SVG path data for a polyline. */
export function linePath(points: readonly Point[]): string {
  const pts = dedupe(points, false);
  return `M${pts.map((p) => `${num(p.x)} ${num(p.y)}`).join('L')}`;
}

/** Drops points that print the same as their predecessor. */
function dedupe(points: readonly Point[], closed = true): Point[] {
  const out: Point[] = [];
  let prev = '';
  for (const p of points) {
    const key = `${num(p.x)} ${num(p.y)}`;
    if (key !== prev) out.push(p);
    prev = key;
  }
  if (closed && out.length > 1) {
    const first = out[0]!;
    const last = out[out.length - 1]!;
    if (num(first.x) === num(last.x) && num(first.y) === num(last.y)) out.pop();
  }
  return out;
}
