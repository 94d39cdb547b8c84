import { describe, expect, it } from 'vitest';
import { booleanOp, cropToBox, difference, intersection, union } from './clip.ts';
import { type Point, ellipse, outer, pt, shapeArea, signedArea, spline } from './geometry.ts';

const square = (x: number, y: number, w: number, h: number): Point[] =>
  outer([pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h)]);

describe('polygon boolean operations', () => {
  it('unites, intersects and subtracts overlapping squares', () => {
    const a = [square(0, 0, 10, 10)];
    const b = [square(5, 5, 10, 10)];
    expect(shapeArea(union([a, b]))).toBeCloseTo(175);
    expect(shapeArea(intersection(a, b))).toBeCloseTo(25);
    expect(shapeArea(difference(a, [b]))).toBeCloseTo(75);
  });

  it('cuts holes that wind the other way', () => {
    const result = difference([square(0, 0, 10, 10)], [[square(2, 2, 3, 3)]]);
    expect(result.map((r) => Math.round(signedArea(r))).sort((p, q) => p - q)).toEqual([-9, 100]);
  });

  it('merges shapes that share an edge and keeps neighbours apart', () => {
    const a = [square(0, 0, 10, 10)];
    const b = [square(10, 0, 10, 10)];
    const merged = union([a, b]);
    expect(merged).toHaveLength(1);
    expect(shapeArea(merged)).toBeCloseTo(200);
    expect(shapeArea(difference(a, [b]))).toBeCloseTo(100);
    expect(difference(a, [a])).toEqual([]);
  });

  it('accepts shapes in either orientation', () => {
    const reversed = [[...square(0, 0, 10, 10)].reverse()];
    expect(shapeArea(intersection(reversed, [square(5, 0, 10, 10)]))).toBeCloseTo(50);
  });

  it('tiles a disc cut along a curve without gaps', () => {
    const disc = [ellipse(pt(0, 0), 50, 40, 0.3, 96)];
    const curve = spline([pt(-80, -10), pt(-20, 8), pt(30, -6), pt(80, 12)], 17);
    const top = [outer([...curve, pt(80, -80), pt(-80, -80)])];
    const upper = intersection(disc, top);
    const lower = difference(disc, [top]);
    expect(shapeArea(upper) + shapeArea(lower)).toBeCloseTo(shapeArea(disc), 6);
    expect(union([upper, lower])).toHaveLength(1);
  });

  it('copes with nearly coincident edges sampled differently', () => {
    // Two tiles of one curved strip whose shared side is sampled at different points.
    const side = (n: number): Point[] =>
      Array.from({ length: n + 1 }, (_, i) => pt(i * (100 / n), 10 * Math.sin((i / n) * Math.PI)));
    const a = [outer([...side(7), pt(100, -30), pt(0, -30)])];
    const b = [outer([...side(11), pt(100, 40), pt(0, 40)])];
    const merged = union([a, b]);
    expect(merged.filter((r) => signedArea(r) > 1)).toHaveLength(1);
    // Slivers between the two samplings may stay open as tiny holes; the outline is one ring.
    expect(shapeArea(merged)).toBeGreaterThan(6980);
  });

  it('evaluates any rule over several shapes at once', () => {
    const shapes = [[square(0, 0, 10, 10)], [square(5, 0, 10, 10)], [square(0, 5, 15, 10)]];
    const inTwoOrMore = booleanOp(shapes, (f) => f.filter(Boolean).length >= 2);
    expect(shapeArea(inTwoOrMore)).toBeCloseTo(50 + 50 + 25 - 25);
  });

  it('crops a large shape to the neighbourhood of a box', () => {
    const big = [ellipse(pt(0, 0), 100, 100, 0, 128)];
    const cropped = cropToBox(big, { x: -10, y: -10, width: 20, height: 20 }, 5);
    expect(shapeArea(cropped)).toBeCloseTo(900);
  });
});
