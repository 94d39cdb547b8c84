/**
 * Points inside a region: a label point (as far from the edges as possible) and the
 * inside point nearest a wished-for spot. Candidates come from horizontal scan lines,
 * so thin and curved regions are found as reliably as round ones.
 */
import { type Point, type Shape, distanceToEdge, shapeBox } from './geometry.ts';

/** Inside intervals of a shape along the horizontal line at y (nonzero winding). */
function intervals(shape: Shape, y: number): [number, number][] {
  const crossings: { x: number; dir: number }[] = [];
  for (const ring of shape) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if (a.y <= y === b.y <= y) continue;
      const x = a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y);
      crossings.push({ x, dir: b.y > a.y ? 1 : -1 });
    }
  }
  crossings.sort((p, q) => p.x - q.x);
  const out: [number, number][] = [];
  let w = 0;
  let start = 0;
  for (const c of crossings) {
    const before = w;
    w += c.dir;
    if (before === 0 && w !== 0) start = c.x;
    else if (before !== 0 && w === 0) out.push([start, c.x]);
  }
  return out;
}

/** Points spread over the inside of a shape, with their distance to the nearest edge. */
export function interiorSamples(shape: Shape, rows = 24, perInterval = 5): { p: Point; clearance: number }[] {
  const box = shapeBox(shape);
  const out: { p: Point; clearance: number }[] = [];
  for (let r = 0; r < rows; r++) {
    const y = box.y + (box.height * (r + 0.5)) / rows;
    for (const [x0, x1] of intervals(shape, y)) {
      for (let k = 0; k < perInterval; k++) {
        const p = { x: x0 + ((x1 - x0) * (k + 0.5)) / perInterval, y };
        out.push({ p, clearance: distanceToEdge(shape, p) });
      }
    }
  }
  return out;
}

/**
 * A label point: among the inside points nearly as far from the edges as the
 * farthest one, the one nearest the middle of the bounding box (so long strips get
 * their label halfway along), nudged further from the edges.
 */
export function labelPoint(shape: Shape): Point {
  const box = shapeBox(shape);
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const samples = interiorSamples(shape, 16, 5);
  if (samples.length === 0) return centre;
  const deepest = samples.reduce((m, s) => Math.max(m, s.clearance), 0);
  let best = samples[0]!;
  let bestD = Infinity;
  for (const s of samples) {
    if (s.clearance < deepest * 0.8) continue;
    const d = Math.hypot(s.p.x - centre.x, s.p.y - centre.y);
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  let step = best.clearance / 3;
  for (let round = 0; round < 4 && step > 0.05; round++) {
    let improved = best;
    for (const [dx, dy] of [
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const p = { x: best.p.x + dx * step, y: best.p.y + dy * step };
      const c = distanceToEdge(shape, p);
      if (c > improved.clearance * 1.02 && insideShape(shape, p)) improved = { p, clearance: c };
    }
    if (improved === best) step /= 2;
    best = improved;
  }
  return best.p;
}

/** The inside point nearest to `target` that keeps some distance from the edges. */
export function nearestInterior(shape: Shape, target: Point): Point {
  const samples = interiorSamples(shape, 40, 9);
  if (samples.length === 0) return target;
  const deepest = samples.reduce((m, s) => Math.max(m, s.clearance), 0);
  const margin = Math.min(1.5, deepest * 0.4);
  if (insideShape(shape, target) && distanceToEdge(shape, target) >= margin) return target;
  let best = samples[0]!;
  let bestD = Infinity;
  for (const s of samples) {
    if (s.clearance < margin) continue;
    const d = Math.hypot(s.p.x - target.x, s.p.y - target.y);
    if (d < bestD) {
      bestD = d;
      best = s;
    }
  }
  return best.p;
}

function insideShape(shape: Shape, p: Point): boolean {
  return intervals(shape, p.y).some(([a, b]) => p.x > a && p.x < b);
}
