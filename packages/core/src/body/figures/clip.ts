/**
 * Boolean operations on polygon shapes (union, difference, intersection, and any
 * other rule over several shapes at once). Every edge is split where it meets an
 * edge of another shape; each piece is kept when the rule holds on exactly one of
 * its two sides, and the kept pieces are chained back into rings. Handles holes,
 * shared edges and several result pieces; points closer than EPS are one point.
 */
import { type Point, type Shape, bboxOf, signedArea } from './geometry.ts';

const EPS = 1e-6;
const SIDE_OFFSET = 1e-4;

interface Edge {
  shape: number;
  a: number;
  b: number;
  splits: { t: number; id: number }[];
}

/** Registers points, merging those within EPS of each other. */
class PointIndex {
  readonly points: Point[] = [];
  private readonly cells = new Map<number, number[]>();
  private readonly cell = 1e-4;

  id(p: Point): number {
    const x0 = Math.floor((p.x - EPS) / this.cell);
    const x1 = Math.floor((p.x + EPS) / this.cell);
    const y0 = Math.floor((p.y - EPS) / this.cell);
    const y1 = Math.floor((p.y + EPS) / this.cell);
    for (let cx = x0; cx <= x1; cx++) {
      for (let cy = y0; cy <= y1; cy++) {
        for (const id of this.cells.get(cx * 134217728 + cy) ?? []) {
          const q = this.points[id]!;
          if (Math.abs(q.x - p.x) <= EPS && Math.abs(q.y - p.y) <= EPS) return id;
        }
      }
    }
    const cx = Math.floor(p.x / this.cell);
    const cy = Math.floor(p.y / this.cell);
    const id = this.points.length;
    this.points.push(p);
    const key = cx * 134217728 + cy;
    const list = this.cells.get(key);
    if (list) list.push(id);
    else this.cells.set(key, [id]);
    return id;
  }
}

function collectEdges(shapes: readonly Shape[], index: PointIndex): Edge[] {
  const edges: Edge[] = [];
  shapes.forEach((shape, s) => {
    for (const ring of shape) {
      const ids = ring.map((p) => index.id(p));
      for (let i = 0; i < ids.length; i++) {
        const a = ids[i]!;
        const b = ids[(i + 1) % ids.length]!;
        if (a !== b) edges.push({ shape: s, a, b, splits: [] });
      }
    }
  });
  return edges;
}

function intersectPair(e: Edge, f: Edge, index: PointIndex): void {
  const p = index.points[e.a]!;
  const p2 = index.points[e.b]!;
  const q = index.points[f.a]!;
  const q2 = index.points[f.b]!;
  const rx = p2.x - p.x;
  const ry = p2.y - p.y;
  const sx = q2.x - q.x;
  const sy = q2.y - q.y;
  const denom = rx * sy - ry * sx;
  const qpx = q.x - p.x;
  const qpy = q.y - p.y;
  const lenR = Math.hypot(rx, ry);
  const lenS = Math.hypot(sx, sy);
  if (Math.abs(denom) > 1e-12 * lenR * lenS) {
    const t = (qpx * sy - qpy * sx) / denom;
    const u = (qpx * ry - qpy * rx) / denom;
    const tolT = EPS / lenR;
    const tolU = EPS / lenS;
    if (t < -tolT || t > 1 + tolT || u < -tolU || u > 1 + tolU) return;
    const id = index.id({ x: p.x + t * rx, y: p.y + t * ry });
    e.splits.push({ t, id });
    f.splits.push({ t: u, id });
    return;
  }
  // Parallel: only collinear overlaps matter.
  if (Math.abs(qpx * ry - qpy * rx) / lenR > EPS) return;
  const project = (edge: Edge, from: Point, dx: number, dy: number, len2: number, ids: number[]): void => {
    for (const id of ids) {
      const o = index.points[id]!;
      const t = ((o.x - from.x) * dx + (o.y - from.y) * dy) / len2;
      if (t > 0 && t < 1) edge.splits.push({ t, id });
    }
  };
  project(e, p, rx, ry, lenR * lenR, [f.a, f.b]);
  project(f, q, sx, sy, lenS * lenS, [e.a, e.b]);
}

function splitEdges(edges: Edge[], index: PointIndex): void {
  const box = bboxOf(index.points);
  const size = Math.max(box.width, box.height, 1e-3) / 96;
  const grid = new Map<number, number[]>();
  edges.forEach((e, i) => {
    const a = index.points[e.a]!;
    const b = index.points[e.b]!;
    const x0 = Math.floor((Math.min(a.x, b.x) - box.x - EPS) / size);
    const x1 = Math.floor((Math.max(a.x, b.x) - box.x + EPS) / size);
    const y0 = Math.floor((Math.min(a.y, b.y) - box.y - EPS) / size);
    const y1 = Math.floor((Math.max(a.y, b.y) - box.y + EPS) / size);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const key = x * 65536 + y;
        const list = grid.get(key);
        if (list) list.push(i);
        else grid.set(key, [i]);
      }
    }
  });
  const seen = new Set<number>();
  for (const list of grid.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const ei = list[i]!;
        const ej = list[j]!;
        const e = edges[ei]!;
        const f = edges[ej]!;
        if (e.shape === f.shape) continue;
        const key = ei < ej ? ei * edges.length + ej : ej * edges.length + ei;
        if (seen.has(key)) continue;
        seen.add(key);
        intersectPair(e, f, index);
      }
    }
  }
}

/** Winding tests against one shape, with its edges sorted into horizontal bands. */
class ShapeIndex {
  private readonly x0: number;
  private readonly x1: number;
  private readonly y0: number;
  private readonly y1: number;
  private readonly bandHeight: number;
  private readonly bands: Float64Array[];

  constructor(shape: Shape) {
    const box = bboxOf(shape.flat());
    this.x0 = box.x;
    this.x1 = box.x + box.width;
    this.y0 = box.y;
    this.y1 = box.y + box.height;
    const edgeCount = shape.reduce((n, r) => n + r.length, 0);
    const count = Math.max(1, Math.min(512, Math.floor(edgeCount / 3)));
    this.bandHeight = (box.height || 1) / count;
    const lists: number[][] = Array.from({ length: count }, () => []);
    for (const ring of shape) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i]!;
        const b = ring[(i + 1) % ring.length]!;
        const lo = Math.max(0, Math.floor((Math.min(a.y, b.y) - this.y0) / this.bandHeight));
        const hi = Math.min(count - 1, Math.floor((Math.max(a.y, b.y) - this.y0) / this.bandHeight));
        for (let k = lo; k <= hi; k++) lists[k]!.push(a.x, a.y, b.x, b.y);
      }
    }
    this.bands = lists.map((l) => Float64Array.from(l));
  }

  inside(p: Point): boolean {
    if (p.x < this.x0 || p.x > this.x1 || p.y < this.y0 || p.y > this.y1) return false;
    const k = Math.min(this.bands.length - 1, Math.floor((p.y - this.y0) / this.bandHeight));
    const e = this.bands[k]!;
    let w = 0;
    for (let i = 0; i < e.length; i += 4) {
      const ax = e[i]!;
      const ay = e[i + 1]!;
      const bx = e[i + 2]!;
      const by = e[i + 3]!;
      if (ay <= p.y) {
        if (by > p.y && (bx - ax) * (p.y - ay) - (p.x - ax) * (by - ay) > 0) w++;
      } else if (by <= p.y && (bx - ax) * (p.y - ay) - (p.x - ax) * (by - ay) < 0) w--;
    }
    return w !== 0;
  }
}

/**
 * The region where `rule` holds, given for each shape whether a point lies inside it.
 * Rings come back with outer rings positive and holes negative; rings smaller than
 * `minArea` are dropped.
 */
export function booleanOp(
  input: readonly Shape[],
  rule: (inside: readonly boolean[]) => boolean,
  minArea = 0.02,
): Point[][] {
  // Orient every shape so its inside lies to the left of its edges.
  const shapes = input.map((shape) =>
    shape.reduce((a, r) => a + signedArea(r), 0) < 0 ? shape.map((r) => [...r].reverse()) : shape,
  );
  const index = new PointIndex();
  const edges = collectEdges(shapes, index);
  splitEdges(edges, index);
  const indexes = shapes.map((shape) => new ShapeIndex(shape));

  // Fragments, each once, with the shapes whose edges run along it (+1 same way, -1 against).
  const fragments = new Map<number, { i: number; j: number; owners: Map<number, number> }>();
  const stride = index.points.length + 1;
  for (const e of edges) {
    const ids = [e.a, ...e.splits.sort((x, y) => x.t - y.t).map((sp) => sp.id), e.b];
    for (let k = 0; k + 1 < ids.length; k++) {
      const i = ids[k]!;
      const j = ids[k + 1]!;
      if (i === j) continue;
      const key = i < j ? i * stride + j : j * stride + i;
      let f = fragments.get(key);
      if (!f) {
        f = { i, j, owners: new Map() };
        fragments.set(key, f);
      }
      const dir = f.i === i ? 1 : -1;
      f.owners.set(e.shape, (f.owners.get(e.shape) ?? 0) + dir);
    }
  }

  // A fragment is kept where the rule holds on exactly one side. Shapes running along
  // it are inside on their left; every other shape is tested at its midpoint, which
  // lies off their edges, so near-coincident edges cannot confuse the test.
  const left = new Array<boolean>(shapes.length).fill(false);
  const right = new Array<boolean>(shapes.length).fill(false);
  const kept: [number, number][] = [];
  for (const { i, j, owners } of fragments.values()) {
    const p = index.points[i]!;
    const q = index.points[j]!;
    const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
    for (let s = 0; s < shapes.length; s++) {
      const net = owners.get(s);
      if (net === undefined) {
        left[s] = right[s] = indexes[s]!.inside(mid);
      } else if (net !== 0) {
        left[s] = net > 0;
        right[s] = net < 0;
      } else {
        const len = Math.hypot(q.x - p.x, q.y - p.y);
        const off = Math.min(SIDE_OFFSET, len / 4);
        left[s] = indexes[s]!.inside({ x: mid.x - ((q.y - p.y) / len) * off, y: mid.y + ((q.x - p.x) / len) * off });
        right[s] = indexes[s]!.inside({ x: mid.x + ((q.y - p.y) / len) * off, y: mid.y - ((q.x - p.x) / len) * off });
      }
    }
    const inLeft = rule(left);
    const inRight = rule(right);
    if (inLeft && !inRight) kept.push([i, j]);
    else if (inRight && !inLeft) kept.push([j, i]);
  }
  return chain(kept, index.points).filter((ring) => Math.abs(signedArea(ring)) >= minArea);
}

/** Gap bridged when chaining pieces whose ends missed each other by rounding. */
const HEAL = 0.3;

function chain(fragments: [number, number][], points: readonly Point[]): Point[][] {
  const from = new Map<number, number[]>();
  fragments.forEach(([a], k) => {
    const list = from.get(a);
    if (list) list.push(k);
    else from.set(a, [k]);
  });
  const used = new Array<boolean>(fragments.length).fill(false);
  const nearestStart = (id: number): number | undefined => {
    const p = points[id]!;
    let best: number | undefined;
    let bestD = HEAL;
    fragments.forEach(([a], k) => {
      if (used[k]) return;
      const q = points[a]!;
      const d = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
      if (d < bestD) {
        bestD = d;
        best = k;
      }
    });
    return best;
  };
  const rings: Point[][] = [];
  for (let start = 0; start < fragments.length; start++) {
    if (used[start]) continue;
    const first = fragments[start]![0];
    const ids: number[] = [];
    let k = start;
    let closed = false;
    for (let guard = 0; guard <= fragments.length; guard++) {
      used[k] = true;
      const [a, b] = fragments[k]!;
      ids.push(a);
      if (b === first) {
        closed = true;
        break;
      }
      let next = (from.get(b) ?? []).find((n) => !used[n]);
      if (next === undefined) {
        const p = points[b]!;
        const q = points[first]!;
        if (ids.length > 2 && Math.abs(p.x - q.x) + Math.abs(p.y - q.y) < HEAL) {
          ids.push(b);
          closed = true;
          break;
        }
        next = nearestStart(b);
        if (next === undefined) break;
        ids.push(b);
      }
      k = next;
    }
    if (closed && ids.length >= 3) rings.push(ids.map((id) => points[id]!));
  }
  return rings;
}

export const union = (shapes: readonly Shape[]): Point[][] => booleanOp(shapes, (f) => f.some(Boolean));
export const intersection = (a: Shape, b: Shape): Point[][] => booleanOp([a, b], (f) => f[0]! && f[1]!);
/** `a` minus every one of `cutters`. */
export const difference = (a: Shape, cutters: readonly Shape[]): Point[][] =>
  cutters.length === 0
    ? booleanOp([a], (f) => f[0]!)
    : booleanOp([a, ...cutters], (f) => f[0]! && !f.slice(1).some(Boolean));

/**
 * The part of a shape near a box (Sutherland-Hodgman against the box grown by
 * `margin`): a cheap way to shrink a large shape before a boolean operation with a
 * small one. Only valid for operations confined to the box.
 */
export function cropToBox(
  shape: Shape,
  box: { x: number; y: number; width: number; height: number },
  margin: number,
): Point[][] {
  const x0 = box.x - margin;
  const x1 = box.x + box.width + margin;
  const y0 = box.y - margin;
  const y1 = box.y + box.height + margin;
  const clip = (ring: Point[], inside: (p: Point) => boolean, cut: (a: Point, b: Point) => Point): Point[] => {
    const out: Point[] = [];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      const ia = inside(a);
      const ib = inside(b);
      if (ia) out.push(a);
      if (ia !== ib) out.push(cut(a, b));
    }
    return out;
  };
  const atX =
    (x: number) =>
    (a: Point, b: Point): Point => ({ x, y: a.y + ((b.y - a.y) * (x - a.x)) / (b.x - a.x) });
  const atY =
    (y: number) =>
    (a: Point, b: Point): Point => ({ x: a.x + ((b.x - a.x) * (y - a.y)) / (b.y - a.y), y });
  const out: Point[][] = [];
  for (const ring of shape) {
    let r = [...ring];
    r = clip(r, (p) => p.x >= x0, atX(x0));
    r = clip(r, (p) => p.x <= x1, atX(x1));
    r = clip(r, (p) => p.y >= y0, atY(y0));
    r = clip(r, (p) => p.y <= y1, atY(y1));
    if (r.length >= 3 && Math.abs(signedArea(r)) > 1e-9) out.push(r);
  }
  return out;
}
