/**
 * Building blocks for drawing a view: a Drawing collects region items and detail
 * lines; a Tube is a limb-like strip between two smooth side curves whose control
 * points correspond (index i on one side faces index i on the other), so regions
 * can be cut in (t along, s across) coordinates and follow the limb's shape.
 */
import type { Item } from './compose.ts';
import {
  type Affine,
  type Point,
  type Ring,
  type Shape,
  apply,
  determinant,
  lerp,
  linePath,
  mapRing,
  mapShape,
  outer,
  spline,
  splineAt,
} from './geometry.ts';

export interface ItemOptions {
  layer?: number;
  inset?: boolean;
  /** Drawn beside the figure (see Item.apart). */
  apart?: boolean;
}

/** Collects the items and detail lines of one view (or of a part placed into views). */
export class Drawing {
  readonly items: Item[] = [];
  readonly lines: Point[][] = [];
  /** Layer given to items added without one. */
  layer = 0;

  add(id: string, shape: Ring | Shape, options: ItemOptions = {}): this {
    const rings: Shape = isRing(shape) ? [outer(shape)] : shape.length === 1 ? [outer(shape[0]!)] : shape;
    this.items.push({
      id,
      shape: rings,
      layer: options.layer ?? this.layer,
      ...(options.inset ? { inset: true } : {}),
      ...(options.apart ? { apart: true } : {}),
    });
    return this;
  }

  line(points: readonly Point[]): this {
    this.lines.push([...points]);
    return this;
  }

  /** A smooth detail line through the points. */
  curve(points: readonly Point[], steps = 8): this {
    return this.line(spline(points, steps));
  }

  /**
   * Copies another drawing in through a transform. Ids are renamed by `rename`
   * (e.g. right to left for a mirrored copy); layers are offset by `layerOffset`.
   */
  place(other: Drawing, m: Affine, options: { rename?: (id: string) => string; layerOffset?: number } = {}): this {
    const rename = options.rename ?? ((id: string) => id);
    for (const item of other.items) {
      this.items.push({
        ...item,
        id: rename(item.id),
        shape: mapShape(m, item.shape),
        layer: item.layer + (options.layerOffset ?? 0),
      });
    }
    for (const l of other.lines) this.lines.push(l.map((p) => apply(m, p)));
    return this;
  }

  details(): string[] {
    return this.lines.filter((l) => l.length > 1).map((l) => linePath(l));
  }
}

function isRing(shape: Ring | Shape): shape is Ring {
  const first = shape[0];
  return first !== undefined && !Array.isArray(first);
}

/** Swaps `.right` and `.left` at the end of a region id. */
export function swapSide(id: string): string {
  if (id.endsWith('.right')) return `${id.slice(0, -6)}.left`;
  if (id.endsWith('.left')) return `${id.slice(0, -5)}.right`;
  return id;
}

export const isMirroring = (m: Affine): boolean => determinant(m) < 0;

// ---------------------------------------------------------------- tubes

export interface Tube {
  /** Control points of side s = 0. */
  a: readonly Point[];
  /** Control points of side s = 1, as many as `a`. */
  b: readonly Point[];
}

/**
 * Builds a tube from an axis with half-widths: `[axis point, width towards a, width towards b]`.
 * Side a lies to the viewer's left of an axis that runs down the page.
 */
export function tubeFromAxis(stations: readonly (readonly [Point, number, number])[]): Tube {
  const a: Point[] = [];
  const b: Point[] = [];
  stations.forEach(([p, wa, wb], i) => {
    const prev = stations[Math.max(0, i - 1)]![0];
    const next = stations[Math.min(stations.length - 1, i + 1)]![0];
    const dx = next.x - prev.x;
    const dy = next.y - prev.y;
    const len = Math.hypot(dx, dy) || 1;
    const nx = -dy / len;
    const ny = dx / len;
    a.push({ x: p.x + nx * wa, y: p.y + ny * wa });
    b.push({ x: p.x - nx * wb, y: p.y - ny * wb });
  });
  return { a, b };
}

export function tubeAt(tube: Tube, t: number, s: number): Point {
  return lerp(splineAt(tube.a, t), splineAt(tube.b, t), s);
}

/** Last valid t of a tube. */
export const tubeEnd = (tube: Tube): number => tube.a.length - 1;

const STEPS_PER_T = 10;
const STEPS_PER_S = 4;

/**
 * A closed region of a tube given by its corners in (t, s); edges between corners
 * are straight in (t, s) and follow the tube's curvature on the page.
 */
export function tubePoly(tube: Tube, corners: readonly (readonly [number, number])[]): Point[] {
  const out: Point[] = [];
  for (let i = 0; i < corners.length; i++) {
    const [t0, s0] = corners[i]!;
    const [t1, s1] = corners[(i + 1) % corners.length]!;
    const n = Math.max(1, Math.ceil(Math.abs(t1 - t0) * STEPS_PER_T + Math.abs(s1 - s0) * STEPS_PER_S));
    for (let k = 0; k < n; k++) out.push(tubeAt(tube, t0 + ((t1 - t0) * k) / n, s0 + ((s1 - s0) * k) / n));
  }
  return outer(out);
}

export const tubeTile = (tube: Tube, t0: number, t1: number, s0 = 0, s1 = 1): Point[] =>
  tubePoly(tube, [
    [t0, s0],
    [t1, s0],
    [t1, s1],
    [t0, s1],
  ]);

/** A smooth line across or along a tube, for details. */
export function tubeLine(tube: Tube, from: readonly [number, number], to: readonly [number, number], n = 12): Point[] {
  const out: Point[] = [];
  for (let k = 0; k <= n; k++)
    out.push(tubeAt(tube, from[0] + ((to[0] - from[0]) * k) / n, from[1] + ((to[1] - from[1]) * k) / n));
  return out;
}

/** The region between two polylines running the same way (upper, then lower reversed). */
export function band(upper: readonly Point[], lower: readonly Point[]): Point[] {
  return outer([...upper, ...[...lower].reverse()]);
}

/** Maps a closed ring through a transform, keeping orientation outer. */
export const mapped = (m: Affine, ring: Ring): Point[] => mapRing(m, ring);

/**
 * A tube from t0 to t1 closed by a rounded cap at t1 (a finger, thumb or toe);
 * `bulge` scales how far the cap reaches beyond the end line.
 */
export function cappedTube(tube: Tube, t0: number, t1: number, bulge = 1, baseBulge = 0): Point[] {
  const out: Point[] = [];
  const n = Math.max(2, Math.ceil((t1 - t0) * STEPS_PER_T));
  for (let k = 0; k <= n; k++) out.push(tubeAt(tube, t0 + ((t1 - t0) * k) / n, 0));
  const pa = tubeAt(tube, t1, 0);
  const pb = tubeAt(tube, t1, 1);
  const back = lerp(tubeAt(tube, t1 - 0.05, 0), tubeAt(tube, t1 - 0.05, 1), 0.5);
  const c = lerp(pa, pb, 0.5);
  const r = Math.hypot(pa.x - pb.x, pa.y - pb.y) / 2;
  const ux = (pa.x - pb.x) / (2 * r);
  const uy = (pa.y - pb.y) / (2 * r);
  let ox = c.x - back.x;
  let oy = c.y - back.y;
  const ol = Math.hypot(ox, oy) || 1;
  ox /= ol;
  oy /= ol;
  for (let i = 1; i < 12; i++) {
    const a = (i / 12) * Math.PI;
    out.push({
      x: c.x + ux * Math.cos(a) * r + ox * Math.sin(a) * r * bulge,
      y: c.y + uy * Math.cos(a) * r + oy * Math.sin(a) * r * bulge,
    });
  }
  for (let k = n; k >= 0; k--) out.push(tubeAt(tube, t0 + ((t1 - t0) * k) / n, 1));
  if (baseBulge > 0) {
    // A shallow rounded base, bulging back towards t < t0.
    const qa = tubeAt(tube, t0, 0);
    const qb = tubeAt(tube, t0, 1);
    const fwd = lerp(tubeAt(tube, t0 + 0.05, 0), tubeAt(tube, t0 + 0.05, 1), 0.5);
    const m = lerp(qa, qb, 0.5);
    const rr = Math.hypot(qa.x - qb.x, qa.y - qb.y) / 2;
    let bx = m.x - fwd.x;
    let by = m.y - fwd.y;
    const bl = Math.hypot(bx, by) || 1;
    bx /= bl;
    by /= bl;
    for (let i = 1; i < 10; i++) {
      const a = (i / 10) * Math.PI;
      const vx = (qb.x - qa.x) / (2 * rr);
      const vy = (qb.y - qa.y) / (2 * rr);
      out.push({
        x: m.x + vx * Math.cos(a) * rr + bx * Math.sin(a) * rr * baseBulge,
        y: m.y + vy * Math.cos(a) * rr + by * Math.sin(a) * rr * baseBulge,
      });
    }
  }
  return outer(out);
}

/**
 * A rounded rectangle of a tube, t0..t1 along and s0..s1 across (a superellipse in
 * tube coordinates): kneecap, popliteal and similar patches.
 */
export function roundedPatch(tube: Tube, t0: number, t1: number, s0: number, s1: number, squareness = 0.55): Point[] {
  const tc = (t0 + t1) / 2;
  const sc = (s0 + s1) / 2;
  const out: Point[] = [];
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * Math.PI * 2;
    const c = Math.cos(a);
    const sn = Math.sin(a);
    const t = tc + ((t1 - t0) / 2) * Math.sign(c) * Math.abs(c) ** squareness;
    const s = sc + ((s1 - s0) / 2) * Math.sign(sn) * Math.abs(sn) ** squareness;
    out.push(tubeAt(tube, t, s));
  }
  return outer(out);
}
