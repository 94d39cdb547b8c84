/**
 * Turns a view's drawing items into finished figure regions. Items are painted in
 * layer order: an item loses whatever a higher-layer item covers, so parts may
 * overlap where they join (the head over the neck, the arm over the shoulder) and
 * still tile without gaps. Inset items (kneecap, navel area) are also trimmed to
 * the silhouette. Left regions are made the exact mirror of right ones.
 */
import type { RegionSide, ViewId } from '../region.types.ts';
import { REGIONS } from '../regions.ts';
import { booleanOp, cropToBox, union } from './clip.ts';
import { labelPoint } from './interior.ts';
import {
  type Box,
  type Point,
  type Shape,
  boxesOverlap,
  mapShape,
  mirrorX,
  shapeArea,
  shapeBox,
  shapePath,
  signedArea,
} from './geometry.ts';

export interface Item {
  /** Region id; '' marks silhouette-only items (part of the outline, no region). */
  id: string;
  shape: Shape;
  /** Higher layers paint over lower ones. Items of one layer must not overlap. */
  layer: number;
  /** Drawn over the body but not part of its silhouette (trimmed to it). */
  inset?: boolean;
  /**
   * Drawn beside the figure, as a small diagram of its own: neither part of the silhouette nor
   * trimmed to it (the pelvic regions, which a body map shows only on request).
   */
  apart?: boolean;
}

/** Screen direction (+1 = towards larger x) in which `u` grows, per side of the body. */
export type UAxis = Readonly<Record<RegionSide, 1 | -1>>;

export interface ViewSpec {
  id: ViewId;
  label: string;
  width: number;
  height: number;
  items: readonly Item[];
  details: readonly string[];
  /** Vertical line the right and left halves mirror across, when both are drawn. */
  mirrorAxis?: number;
  uAxis: UAxis;
}

export interface BuiltRegion {
  id: string;
  shape: Shape;
  path: string;
  centroid: Point;
  bbox: Box;
}

export interface BuiltView {
  spec: ViewSpec;
  outline: Shape;
  regions: BuiltRegion[];
}

function mirrorId(id: string): string | undefined {
  if (id.endsWith('.right')) return `${id.slice(0, -6)}.left`;
  if (id.endsWith('.left')) return `${id.slice(0, -5)}.right`;
  return undefined;
}

export function buildView(spec: ViewSpec): BuiltView {
  const items = spec.items.map((item) => ({ ...item, box: shapeBox(item.shape) }));
  const body = items.filter((i) => !i.inset && !i.apart);
  const outline = union(body.map((i) => i.shape));
  const outlineBox = shapeBox(outline);

  const pieces = new Map<string, Shape[]>();
  for (const item of items) {
    if (item.id === '') continue;
    const cutters = items.filter((o) => o.layer > item.layer && boxesOverlap(o.box, item.box)).map((o) => o.shape);
    const base: Shape[] =
      item.inset && !item.apart && boxesOverlap(item.box, outlineBox)
        ? [item.shape, cropToBox(outline, item.box, 2)]
        : [item.shape];
    const n = base.length;
    const kept = booleanOp([...base, ...cutters], (f) => f.slice(0, n).every(Boolean) && !f.slice(n).some(Boolean));
    if (kept.length === 0) continue;
    const list = pieces.get(item.id);
    if (list) list.push(kept);
    else pieces.set(item.id, [kept]);
  }

  const shapes = new Map<string, Shape>();
  for (const [id, list] of pieces) shapes.set(id, list.length === 1 ? list[0]! : union(list));
  if (spec.mirrorAxis !== undefined) {
    const m = mirrorX(spec.mirrorAxis);
    for (const [id, shape] of shapes) {
      const twin = mirrorId(id);
      if (id.endsWith('.right') && twin && shapes.has(twin)) shapes.set(twin, mapShape(m, shape));
    }
  }

  const regions: BuiltRegion[] = [];
  for (const [id, all] of shapes) {
    const shape = withoutSpecks(all);
    if (shapeArea(shape) <= 0) continue;
    regions.push({
      id,
      shape,
      path: shapePath(shape),
      centroid: round(labelPoint(shape)),
      bbox: roundBox(shapeBox(shape)),
    });
  }
  // Head to foot, left before right: the order of the vocabulary (and of keyboard focus).
  regions.sort((a, b) => (ORDER.get(a.id) ?? Infinity) - (ORDER.get(b.id) ?? Infinity));
  return { spec, outline, regions };
}

const ORDER: ReadonlyMap<string, number> = new Map(REGIONS.map((r, i) => [r.id, i]));

/** Area below which a ring is a rounding sliver, not a piece of a region (about 2 x 2 px). */
const SPECK = 3;

/** Drops rings too small to see or tap (rounding slivers), keeping real pieces and holes. */
function withoutSpecks(shape: Shape): Shape {
  return shape.filter((r) => Math.abs(signedArea(r)) >= SPECK);
}

const r1 = (v: number): number => Math.round(v * 10) / 10;
const round = (p: Point): Point => ({ x: r1(p.x), y: r1(p.y) });
function roundBox(b: Box): Box {
  const x = Math.floor(b.x * 10) / 10;
  const y = Math.floor(b.y * 10) / 10;
  return {
    x,
    y,
    width: r1(Math.ceil((b.x + b.width) * 10) / 10 - x),
    height: r1(Math.ceil((b.y + b.height) * 10) / 10 - y),
  };
}
