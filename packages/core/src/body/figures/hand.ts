/**
 * The right hand, drawn in its own coordinates: the wrist crease runs from the
 * thumb side (-50, 0) to the little-finger side (50, 0) and the fingers point up
 * (towards -y). That is the back of the right hand as seen by its owner; the palm
 * is its mirror image. Palm and back share one silhouette and differ in regions.
 * The close-ups add the wrist below the crease; the body views fit the hand onto
 * the forearm's wrist segment (see fit.ts).
 */
import { type Point, add, apply, blob, lerp, pt, rotation, scale, spline, sub } from './geometry.ts';
import { Drawing, type Tube, cappedTube, tubeFromAxis, tubeLine, tubeTile } from './drawing.ts';

export const HAND_WRIST = { radial: pt(-50, 0), ulnar: pt(50, 0) } as const;

interface Digit {
  id: string;
  base: Point;
  /** Degrees from straight up; negative leans to the thumb side. */
  angle: number;
  length: number;
  width: number;
}

const dir = (deg: number): Point => {
  const r = (deg * Math.PI) / 180;
  return pt(Math.sin(r), -Math.cos(r));
};

function digits(spread: number): Digit[] {
  return [
    { id: 'finger.index', base: pt(-55, -180), angle: -5 * spread - 1, length: 130, width: 32 },
    { id: 'finger.middle', base: pt(-22, -188), angle: -0.5 * spread, length: 144, width: 33 },
    { id: 'finger.ring', base: pt(11, -184), angle: 4.5 * spread + 1, length: 134, width: 31 },
    { id: 'finger.little', base: pt(42, -166), angle: 10 * spread + 3, length: 106, width: 27 },
  ];
}

/** A digit: a slightly tapering rounded rod from `base` (sunk into the palm) to the tip. */
function digitRing(d: Digit, sink: number): Point[] {
  const u = dir(d.angle);
  const n = pt(-u.y, u.x);
  const start = sub(d.base, scale(u, sink));
  const w0 = d.width / 2;
  const w1 = d.width * 0.43;
  const tipC = add(d.base, scale(u, d.length - w1));
  const pts: Point[] = [];
  const side = (k: number, f: number, w: number): Point =>
    add(add(start, scale(u, (d.length - w1 + sink) * f)), scale(n, k * w));
  const knuckle = (f: number): number => 1 + 0.05 * Math.sin(f * Math.PI * 3);
  for (let i = 0; i <= 10; i++) {
    const f = i / 10;
    pts.push(side(1, f, (w0 + (w1 - w0) * f) * knuckle(f)));
  }
  for (let i = 1; i < 12; i++) {
    const a = (i / 12) * Math.PI;
    pts.push(add(tipC, add(scale(n, Math.cos(a) * w1), scale(u, Math.sin(a) * w1 * 1.05))));
  }
  for (let i = 10; i >= 0; i--) {
    const f = i / 10;
    pts.push(side(-1, f, (w0 + (w1 - w0) * f) * knuckle(f)));
  }
  // Rounded base, bulging into the palm.
  for (let i = 1; i < 10; i++) {
    const a = (i / 10) * Math.PI;
    pts.push(add(start, add(scale(n, -Math.cos(a) * w0), scale(u, -Math.sin(a) * w0 * 0.45))));
  }
  return pts;
}

/** Points along a digit's axis at fractions of its length (for creases and nails). */
function across(d: Digit, f: number, half = 0.42): [Point, Point] {
  const u = dir(d.angle);
  const n = pt(-u.y, u.x);
  const c = add(d.base, scale(u, d.length * f));
  const w = d.width * half;
  return [add(c, scale(n, -w)), add(c, scale(n, w))];
}

/** The thumb web and the thenar point where the thumb leaves the palm. */
const WEB = pt(-66, -128);
const THENAR = pt(-86, -88);

const PALM_OUTLINE = [
  pt(-50, 0),
  pt(-61, -26),
  pt(-74, -56),
  THENAR,
  lerp(THENAR, WEB, 0.5),
  WEB,
  pt(-72, -152),
  pt(-70, -178),
  pt(-54, -192),
  pt(-22, -200),
  pt(11, -196),
  pt(42, -182),
  pt(60, -166),
  pt(67, -132),
  pt(67, -80),
  pt(61, -34),
  pt(50, 0),
  pt(0, 5),
];

/** Thumb: leaves the palm between the web and the thenar point, up and out. */
const THUMB: Tube = {
  a: [WEB, pt(-74.7, -142.6), pt(-88.8, -166.8), pt(-100.9, -187.5), pt(-108.8, -199.1)],
  b: [THENAR, pt(-105.5, -126.2), pt(-117.8, -151.2), pt(-128.1, -172.9), pt(-133.4, -185.9)],
};

export interface HandOptions {
  /** Draw the wrist below the crease (close-ups). */
  wrist: boolean;
  /** 0 = fingers together, 1 = spread as in the close-ups. */
  spread: number;
  /** Turns the thumb towards the index finger by this many radians (hanging hands). */
  thumbIn?: number;
}

/** The thumb tube, turned about its base towards the fingers by `angle` radians. */
function thumbTube(angle: number): Tube {
  if (angle === 0) return THUMB;
  const m = rotation(angle, lerp(WEB, THENAR, 0.5));
  const turn = (pts: readonly Point[]): Point[] => pts.map((p, i) => (i === 0 ? p : apply(m, p)));
  return { a: turn(THUMB.a), b: turn(THUMB.b) };
}

export function handDrawing(surface: 'palm' | 'back', options: HandOptions): Drawing {
  const d = new Drawing();
  const side = (id: string): string => `${id}.right`;
  const palmSurface = surface === 'palm';

  if (options.wrist) {
    const wrist = tubeFromAxis([
      [pt(0, -6), 50, 50],
      [pt(0, 40), 50.5, 49],
      [pt(0, 90), 52, 50],
    ]);
    d.layer = 0;
    d.add(side('wrist.radial'), tubeTile(wrist, 0, 2, 0, 0.26));
    d.add(side(palmSurface ? 'wrist.front' : 'wrist.back'), tubeTile(wrist, 0, 2, 0.26, 0.74));
    d.add(side('wrist.ulnar'), tubeTile(wrist, 0, 2, 0.74, 1));
    d.curve([pt(-46, 2), pt(0, 8), pt(46, 2)]);
  }

  d.layer = 1;
  const palm = blob(PALM_OUTLINE, 8);
  d.add(side(palmSurface ? 'palm' : 'hand.back'), palm);

  d.layer = 2;
  // Each digit has a back (dorsal) and a palm (volar) side: the pain guides refer to them apart.
  const face = palmSurface ? 'palm' : 'back';
  if (palmSurface) {
    d.add(
      side('thumb.base'),
      [
        pt(-52, 1),
        ...spline(
          [pt(-90, -40), pt(-96, -100), pt(-60, -132), pt(-46, -118), pt(-34, -88), pt(-24, -46), pt(-14, -4)],
          8,
        ),
        pt(-14, 4),
      ],
      { inset: true },
    );
    d.add(
      side('hypothenar'),
      [
        pt(22, 3.5),
        pt(54, 1),
        ...spline([pt(72, -10), pt(76, -80), pt(70, -140), pt(40, -138), pt(30, -100), pt(24, -40), pt(22, -4)], 8),
      ],
      {
        inset: true,
      },
    );
    // Palm creases.
    d.curve([pt(-62, -140), pt(-30, -124), pt(10, -122), pt(56, -140)]);
    d.curve([pt(-64, -124), pt(-36, -104), pt(-8, -100), pt(26, -112)]);
  } else {
    // The web between thumb and index finger (first dorsal web space), where adductor pollicis and
    // the first dorsal interosseous refer; the thumb, drawn above, trims it to the web itself.
    d.add(
      side('thumb.web'),
      spline([pt(-92, -84), pt(-62, -92), pt(-44, -124), pt(-50, -166), pt(-70, -178), pt(-84, -150)], 8),
      { inset: true },
    );
    // Tendons and knuckles on the back of the hand.
    for (const f of digits(options.spread)) {
      const top = add(f.base, scale(dir(f.angle), 8));
      d.curve([lerp(pt(0, -10), top, 0.25), lerp(pt(0, -10), top, 0.7), top]);
    }
  }

  d.layer = 3;
  const thumb = thumbTube(options.thumbIn ?? 0);
  d.add(side(`thumb.${face}`), cappedTube(thumb, 0, 4, 1.15));
  for (const f of digits(options.spread)) {
    d.layer++;
    d.add(side(`${f.id}.${face}`), digitRing(f, 12));
    const creases = palmSurface ? [0.02, 0.4, 0.7] : [0.45, 0.73];
    for (const c of creases) d.line(across(f, c, palmSurface ? 0.36 : 0.2));
    if (!palmSurface) {
      const [a, b] = across(f, 0.86, 0.3);
      const [c2, e] = across(f, 0.97, 0.3);
      d.curve([a, lerp(c2, a, 0.2), lerp(c2, e, 0.5), lerp(e, b, 0.2), b]);
    }
  }
  if (palmSurface) {
    d.line(lineAcrossThumb(thumb, 1.05));
    d.line(lineAcrossThumb(thumb, 2.6));
  } else {
    d.line(lineAcrossThumb(thumb, 2.5));
  }
  return d;
}

const lineAcrossThumb = (thumb: Tube, t: number): Point[] => tubeLine(thumb, [t, 0.15], [t, 0.85], 4);
