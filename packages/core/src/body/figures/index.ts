/**
 * Body figures: SVG geometry for every view of the body, region by region.
 *
 * Each view is drawn from named anatomical landmarks with smooth curves, cut into
 * the regions of the vocabulary (see ../regions.ts); left is the mirror of right by
 * construction. Views are built on first use and cached.
 *
 * Orientation: front-like views (front, head-front) put the person's right on the
 * viewer's left; back-like views (back, head-back) on the viewer's right. Close-ups
 * of the hands and feet show them as people look at their own: right on the right
 * (palms with thumbs out, backs with thumbs in; feet toes up, soles as footprints).
 * The side views show one side each; head-side shows both profiles back to back.
 */
import { VIEWS, type ViewId } from '../region.types.ts';
import { type BuiltView, type ViewSpec, buildView } from './compose.ts';
import { shapePath } from './geometry.ts';
import { nearestInterior } from './interior.ts';
import { footSoleView, footTopView } from './view-foot.ts';
import { frontView } from './view-front.ts';
import { backView } from './view-back.ts';
import { handBackView, handPalmView } from './view-hand.ts';
import { headBackView, headFrontView, headSideView } from './view-head.ts';
import { leftView, rightView } from './view-side.ts';
import { VIEW_REGION_IDS } from './view-regions.generated.ts';

export interface Point {
  x: number;
  y: number;
}

export interface FigureRegion {
  id: string;
  /** Closed SVG path data (one or more subpaths; holes wind the other way). */
  path: string;
  /** A point well inside the region (its label point, not the area centroid). */
  centroid: Point;
  bbox: { x: number; y: number; width: number; height: number };
}

export interface FigureView {
  id: ViewId;
  label: string;
  /** viewBox is `0 0 width height`. */
  width: number;
  height: number;
  /** Silhouette path data. */
  outline: string;
  /** Thin decorative anatomy lines (open paths, no fill). */
  details: readonly string[];
  regions: readonly FigureRegion[];
}

const SPECS: Readonly<Record<ViewId, () => ViewSpec>> = {
  front: frontView,
  back: backView,
  left: leftView,
  right: rightView,
  'head-front': headFrontView,
  'head-side': headSideView,
  'head-back': headBackView,
  'hand-palm': handPalmView,
  'hand-back': handBackView,
  'foot-sole': footSoleView,
  'foot-top': footTopView,
};

const builtViews = new Map<ViewId, BuiltView>();
const figureViews = new Map<ViewId, FigureView>();
const REGION_ID_SETS: ReadonlyMap<ViewId, ReadonlySet<string>> = new Map(
  VIEWS.map((view) => [view, new Set(VIEW_REGION_IDS[view])]),
);

function built(id: ViewId): BuiltView {
  let view = builtViews.get(id);
  if (!view) {
    view = buildView(SPECS[id]());
    builtViews.set(id, view);
  }
  return view;
}

function figure(id: ViewId): FigureView {
  let view = figureViews.get(id);
  if (!view) {
    const b = built(id);
    view = Object.freeze({
      id,
      label: b.spec.label,
      width: b.spec.width,
      height: b.spec.height,
      outline: shapePath(b.outline),
      details: Object.freeze([...b.spec.details]),
      regions: Object.freeze(
        b.regions.map((r) => Object.freeze({ id: r.id, path: r.path, centroid: r.centroid, bbox: r.bbox })),
      ),
    });
    figureViews.set(id, view);
  }
  return view;
}

/** Every view, keyed by id. Each view's geometry is computed when first read. */
export const FIGURE_VIEWS: Readonly<Record<ViewId, FigureView>> = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(VIEWS.map((id) => [id, { enumerable: true, get: () => figure(id) }])),
  ) as Record<ViewId, FigureView>,
);

/**
 * Every view that draws the region, in the order of VIEWS. Answered from a generated table, so
 * asking does not build any figure (a page then builds only the view it shows).
 */
export function viewsOfRegion(regionId: string): ViewId[] {
  return VIEWS.filter((view) => REGION_ID_SETS.get(view)?.has(regionId));
}

/** The region ids of a view without building its geometry. */
export function regionIdsOfView(view: ViewId): readonly string[] {
  return VIEW_REGION_IDS[view];
}

/** Builds every view and lists its regions: what view-regions.generated.ts must say. */
export function buildAllViewRegionIds(): Record<ViewId, string[]> {
  return Object.fromEntries(VIEWS.map((view) => [view, built(view).regions.map((r) => r.id)])) as Record<
    ViewId,
    string[]
  >;
}

/**
 * A point for a marker in a region of a view, or undefined when the view does not
 * draw the region. `u` runs from medial (0) to lateral (1) across the region; for
 * midline regions from the person's right edge (0) to their left edge (1); in the
 * side views (left, right, head-side), which have no medial-lateral axis on the page,
 * from the front (0) to the back (1). `v` runs from top (0) to bottom (1). Both are
 * fractions of the region's bounding box; the point is moved to the nearest spot
 * inside the region when it falls outside or on an edge. Without u and v: the
 * region's label point.
 */
export function placeInView(view: ViewId, regionId: string, u?: number, v?: number): Point | undefined {
  const b = built(view);
  const region = b.regions.find((r) => r.id === regionId);
  if (!region) return undefined;
  if (u === undefined && v === undefined) return { ...region.centroid };
  const side = regionId.endsWith('.right') ? 'right' : regionId.endsWith('.left') ? 'left' : 'midline';
  const fu = clamp01(u ?? 0.5);
  const fv = clamp01(v ?? 0.5);
  const { x, y, width, height } = region.bbox;
  const fx = b.spec.uAxis[side] === 1 ? fu : 1 - fu;
  const p = nearestInterior(region.shape, { x: x + fx * width, y: y + fv * height });
  return { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
}

const clamp01 = (n: number): number => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0.5);
