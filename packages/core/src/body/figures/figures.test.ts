import { describe, expect, it } from 'vitest';
import { VIEWS, type ViewId } from '../region.types.ts';
import { REGIONS, findRegion, isRegionId } from '../regions.ts';
import { FIGURE_VIEWS, placeInView, viewsOfRegion } from './index.ts';

const NUMBER = /-?\d+(?:\.\d+)?(?:e-?\d+)?/g;

/** Subpaths of a path of M/L/Z commands, as point lists. */
function subpaths(path: string): { x: number; y: number }[][] {
  return path
    .split('M')
    .filter(Boolean)
    .map((sub) => {
      const nums = (sub.match(NUMBER) ?? []).map(Number);
      const pts: { x: number; y: number }[] = [];
      for (let i = 0; i + 1 < nums.length; i += 2) pts.push({ x: nums[i]!, y: nums[i + 1]! });
      return pts;
    });
}

function inPolygon(path: string, p: { x: number; y: number }): boolean {
  let w = 0;
  for (const ring of subpaths(path)) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      if (a.y <= p.y) {
        if (b.y > p.y && (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y) > 0) w++;
      } else if (b.y <= p.y && (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y) < 0) w--;
    }
  }
  return w !== 0;
}

function area(path: string): number {
  let sum = 0;
  for (const ring of subpaths(path)) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i]!;
      const b = ring[(i + 1) % ring.length]!;
      sum += a.x * b.y - b.x * a.y;
    }
  }
  return Math.abs(sum / 2);
}

describe('body figures', () => {
  it('has every view with its own id, a label and a viewBox', () => {
    for (const id of VIEWS) {
      const view = FIGURE_VIEWS[id];
      expect(view.id).toBe(id);
      expect(view.label.length).toBeGreaterThan(0);
      expect(view.width).toBeGreaterThan(0);
      expect(view.height).toBeGreaterThan(0);
      expect(view.regions.length).toBeGreaterThan(0);
    }
  });

  it('draws only real regions, each once per view', () => {
    for (const id of VIEWS) {
      const ids = FIGURE_VIEWS[id].regions.map((r) => r.id);
      for (const rid of ids) expect(isRegionId(rid), `${id}: ${rid}`).toBe(true);
      expect(new Set(ids).size, id).toBe(ids.length);
      // Head to foot, in the order of the vocabulary.
      const order = ids.map((rid) => REGIONS.findIndex((r) => r.id === rid));
      expect(order, id).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it('draws every region of the vocabulary in at least one view', () => {
    const missing = REGIONS.filter((r) => viewsOfRegion(r.id).length === 0).map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('writes closed paths of finite numbers inside the viewBox', () => {
    const closedPath = /^(M-?\d+(\.\d+)? -?\d+(\.\d+)?(L-?\d+(\.\d+)? -?\d+(\.\d+)?)+Z)+$/;
    for (const id of VIEWS) {
      const view = FIGURE_VIEWS[id];
      for (const path of [view.outline, ...view.regions.map((r) => r.path)]) {
        expect(path, id).toMatch(closedPath);
        for (const ring of subpaths(path)) {
          expect(ring.length).toBeGreaterThanOrEqual(3);
          for (const p of ring) {
            expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
            expect(p.x, `${id} x`).toBeGreaterThanOrEqual(0);
            expect(p.x, `${id} x`).toBeLessThanOrEqual(view.width);
            expect(p.y, `${id} y`).toBeGreaterThanOrEqual(0);
            expect(p.y, `${id} y`).toBeLessThanOrEqual(view.height);
          }
        }
      }
      for (const d of view.details) expect(d).toMatch(/^M-?\d/);
    }
  });

  it('gives every region a label point inside it and inside its bounding box', () => {
    for (const id of VIEWS) {
      for (const r of FIGURE_VIEWS[id].regions) {
        const { x, y, width, height } = r.bbox;
        expect(inPolygon(r.path, r.centroid), `${id}: ${r.id}`).toBe(true);
        expect(r.centroid.x).toBeGreaterThanOrEqual(x);
        expect(r.centroid.x).toBeLessThanOrEqual(x + width);
        expect(r.centroid.y).toBeGreaterThanOrEqual(y);
        expect(r.centroid.y).toBeLessThanOrEqual(y + height);
      }
    }
  });

  it('draws the distinctions of the pain guides in the close-ups that show them', () => {
    const drawn = (view: ViewId): readonly string[] => FIGURE_VIEWS[view].regions.map((r) => r.id);
    for (const digit of ['thumb', 'finger.index', 'finger.middle', 'finger.ring', 'finger.little']) {
      for (const side of ['left', 'right']) {
        expect(drawn('hand-back'), digit).toContain(`${digit}.back.${side}`);
        expect(drawn('hand-palm'), digit).toContain(`${digit}.palm.${side}`);
        expect(drawn('back'), digit).toContain(`${digit}.back.${side}`);
        expect(drawn('front'), digit).toContain(`${digit}.palm.${side}`);
      }
    }
    expect(drawn('hand-back')).toContain('thumb.web.right');
    expect(drawn('foot-top')).toEqual(
      expect.arrayContaining(['toe.big.top.left', 'toes.lesser.top.right', 'heel.back.left']),
    );
    expect(drawn('foot-sole')).toEqual(
      expect.arrayContaining(['toe.big.under.left', 'toes.lesser.under.right', 'heel.under.left']),
    );
    expect(drawn('back')).toContain('heel.back.right');
    expect(drawn('head-front')).toEqual(expect.arrayContaining(['palate', 'tongue', 'pharynx']));
    expect(drawn('front')).toEqual(expect.arrayContaining(['breast.left', 'nipple.right', 'anus', 'vagina', 'penis']));
  });

  it('draws the regions shown on request beside the figure, clear of its silhouette', () => {
    for (const id of VIEWS) {
      const view = FIGURE_VIEWS[id];
      const outline = view.outline;
      for (const r of view.regions.filter((region) => findRegion(region.id)?.optIn)) {
        expect(inPolygon(outline, r.centroid), `${id}: ${r.id}`).toBe(false);
      }
    }
    expect(viewsOfRegion('scrotum')).toEqual(['front']);
  });

  it('tiles each silhouette: the regions add up to the outline without overlaps', () => {
    for (const id of VIEWS) {
      const view = FIGURE_VIEWS[id];
      // Regions shown only on request are drawn apart from the silhouette (a diagram beside it).
      const sum = view.regions.filter((r) => !findRegion(r.id)?.optIn).reduce((s, r) => s + area(r.path), 0);
      expect(sum / area(view.outline), id).toBeGreaterThan(0.985);
      expect(sum / area(view.outline), id).toBeLessThan(1.015);
    }
  });

  it('places markers inside the region, within its box and the viewBox', () => {
    for (const id of VIEWS) {
      const view = FIGURE_VIEWS[id];
      for (const r of view.regions) {
        for (const [u, v] of [
          [undefined, undefined],
          [0, 0],
          [1, 1],
          [0.5, 0.5],
          [0.2, 0.8],
        ] as const) {
          const p = placeInView(id, r.id, u, v);
          expect(p, `${id}: ${r.id}`).toBeDefined();
          expect(p!.x).toBeGreaterThanOrEqual(Math.max(0, r.bbox.x));
          expect(p!.x).toBeLessThanOrEqual(Math.min(view.width, r.bbox.x + r.bbox.width));
          expect(p!.y).toBeGreaterThanOrEqual(Math.max(0, r.bbox.y));
          expect(p!.y).toBeLessThanOrEqual(Math.min(view.height, r.bbox.y + r.bbox.height));
          expect(inPolygon(r.path, p!), `${id}: ${r.id} ${u},${v}`).toBe(true);
        }
      }
    }
    expect(placeInView('front', 'not.a.region')).toBeUndefined();
    expect(placeInView('hand-palm', 'sternum')).toBeUndefined();
  });

  it('moves markers from medial to lateral the right way round', () => {
    const lateralX = (view: ViewId, id: string): number =>
      placeInView(view, id, 1, 0.5)!.x - placeInView(view, id, 0, 0.5)!.x;
    expect(lateralX('front', 'thigh.front.right')).toBeLessThan(0);
    expect(lateralX('front', 'thigh.front.left')).toBeGreaterThan(0);
    expect(lateralX('back', 'thigh.back.right')).toBeGreaterThan(0);
    expect(lateralX('back', 'thigh.back.left')).toBeLessThan(0);
  });

  it('makes left regions the mirror image of right ones', () => {
    const views: ViewId[] = [
      'front',
      'back',
      'head-front',
      'head-back',
      'head-side',
      'hand-palm',
      'hand-back',
      'foot-sole',
      'foot-top',
    ];
    for (const id of views) {
      const view = FIGURE_VIEWS[id];
      const byId = new Map(view.regions.map((r) => [r.id, r]));
      for (const r of view.regions) {
        if (!r.id.endsWith('.right')) continue;
        const twin = byId.get(`${r.id.slice(0, -6)}.left`);
        if (!twin) continue;
        expect(twin.bbox.x + twin.bbox.width, `${id}: ${r.id}`).toBeCloseTo(view.width - r.bbox.x, 0);
        expect(twin.bbox.y).toBeCloseTo(r.bbox.y, 0);
        expect(Math.abs(area(twin.path) - area(r.path)) / area(r.path), `${id}: ${r.id}`).toBeLessThan(0.01);
      }
    }
    // The side views mirror each other.
    const left = FIGURE_VIEWS.left;
    const right = new Map(FIGURE_VIEWS.right.regions.map((r) => [r.id, r]));
    for (const r of left.regions) {
      const twin = right.get(r.id.endsWith('.left') ? `${r.id.slice(0, -5)}.right` : r.id);
      expect(twin, r.id).toBeDefined();
      expect(twin!.bbox.x + twin!.bbox.width).toBeCloseTo(left.width - r.bbox.x, 0);
    }
  });

  it("puts the person's right on the viewer's left in the front view and on the right from behind", () => {
    const cx = (view: ViewId, id: string): number => FIGURE_VIEWS[view].regions.find((r) => r.id === id)!.centroid.x;
    for (const base of ['shoulder.front', 'chest.pectoral', 'knee.front', 'palm', 'eye.around']) {
      expect(cx('front', `${base}.right`)).toBeLessThan(FIGURE_VIEWS.front.width / 2);
      expect(cx('front', `${base}.left`)).toBeGreaterThan(FIGURE_VIEWS.front.width / 2);
    }
    for (const base of ['scapula.body', 'buttock.upper', 'calf.upper', 'hand.back', 'occiput']) {
      expect(cx('back', `${base}.right`)).toBeGreaterThan(FIGURE_VIEWS.back.width / 2);
    }
    expect(cx('head-front', 'temple.right')).toBeLessThan(FIGURE_VIEWS['head-front'].width / 2);
  });

  it('shows the left side in the left view and the right side in the right view', () => {
    const sides = (view: ViewId): Set<string> => new Set(FIGURE_VIEWS[view].regions.map((r) => findRegion(r.id)!.side));
    expect(sides('left').has('right')).toBe(false);
    expect(sides('right').has('left')).toBe(false);
    for (const base of [
      'temple',
      'shoulder.side',
      'hip.lateral',
      'thigh.lateral',
      'leg.lateral',
      'ankle.lateral',
      'foot.lateral',
    ]) {
      expect(viewsOfRegion(`${base}.left`)).toContain('left');
      expect(viewsOfRegion(`${base}.right`)).toContain('right');
    }
  });

  it('lists the views of a region', () => {
    expect(viewsOfRegion('elbow.lateral.right')).toEqual(expect.arrayContaining(['front', 'back', 'right']));
    expect(viewsOfRegion('teeth.upper.left')).toEqual(expect.arrayContaining(['head-front']));
    expect(viewsOfRegion('nope')).toEqual([]);
  });
});
