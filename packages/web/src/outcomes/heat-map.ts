/**
 * Which areas of a pain drawing got better over a period: the drawings of the earlier part compared with
 * those of the later part, region by region.
 *
 * The period is cut in half by date. When every drawing falls in one half (or the period holds only a few),
 * the first drawing is compared with the last instead, so two drawings are always enough for a comparison.
 * A drawing that leaves a region out counts as 0 there: a drawing is the person's whole picture of their
 * pain that day, so an area they no longer draw has stopped hurting.
 */

/**
 * A change of 2 or more points in a region's mean intensity counts as a change. This is Myomap's own
 * display choice, not a validated threshold: the published threshold for important change on the 0–10
 * numeric rating scale is for overall pain, and nobody has validated one for a single area of a drawing.
 */
export const REGION_CHANGE_POINTS = 2;

export interface DrawnRegion {
  region: string;
  intensity: number;
}

export interface DrawingEntry {
  /** YYYY-MM-DD. */
  date: string;
  /** HH:MM, to order drawings on the same day. */
  time?: string;
  regions: readonly DrawnRegion[];
}

export type RegionVerdict = 'improved' | 'worse' | 'unchanged';

export interface RegionChange {
  region: string;
  /** Mean intensity 0–10 over the earlier drawings, to one decimal place. */
  early: number;
  /** Mean intensity 0–10 over the later drawings, to one decimal place. */
  late: number;
  /** late − early, to one decimal place. */
  change: number;
  verdict: RegionVerdict;
  /** Drawn earlier, not at all later. */
  gone: boolean;
  /** Not drawn earlier, drawn later. */
  isNew: boolean;
}

export interface DrawingGroup {
  drawings: number;
  /** The dates of the first and last drawing in the group. */
  from: string;
  to: string;
}

export type HeatMapResult =
  | { kind: 'empty' }
  /** One drawing: its regions, nothing to compare with. */
  | { kind: 'single'; date: string; regions: readonly { region: string; intensity: number }[] }
  | {
      kind: 'compared';
      /** 'halves': the two halves of the period; 'ends': the first drawing against the last. */
      split: 'halves' | 'ends';
      early: DrawingGroup;
      late: DrawingGroup;
      /** Every region drawn in the period: worse first, then improved, then unchanged; larger changes first. */
      regions: readonly RegionChange[];
    };

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

function byWhen(a: DrawingEntry, b: DrawingEntry): number {
  return a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '');
}

function meanByRegion(drawings: readonly DrawingEntry[], region: string): number {
  let total = 0;
  for (const drawing of drawings) total += drawing.regions.find((r) => r.region === region)?.intensity ?? 0;
  return drawings.length === 0 ? 0 : total / drawings.length;
}

function group(drawings: readonly DrawingEntry[]): DrawingGroup {
  return { drawings: drawings.length, from: drawings[0]?.date ?? '', to: drawings.at(-1)?.date ?? '' };
}

export function classify(early: number, late: number): RegionVerdict {
  if (early > 0 && late === 0) return 'improved';
  if (early === 0 && late > 0) return 'worse';
  if (early - late >= REGION_CHANGE_POINTS) return 'improved';
  if (late - early >= REGION_CHANGE_POINTS) return 'worse';
  return 'unchanged';
}

const VERDICT_ORDER: Readonly<Record<RegionVerdict, number>> = { worse: 0, improved: 1, unchanged: 2 };

/**
 * Compares the drawings of a period. `from` and `to` (YYYY-MM-DD, inclusive) are the period; drawings
 * outside it are ignored. Without `from`, the period starts at the first drawing.
 */
export function comparePainDrawings(
  entries: readonly DrawingEntry[],
  period: { from?: string; to: string },
): HeatMapResult {
  const drawings = entries
    .filter((e) => (period.from === undefined || e.date >= period.from) && e.date <= period.to)
    .filter((e) => e.regions.length > 0)
    .toSorted(byWhen);
  const first = drawings[0];
  if (!first) return { kind: 'empty' };
  if (drawings.length === 1) {
    return {
      kind: 'single',
      date: first.date,
      regions: first.regions.map((r) => ({ region: r.region, intensity: r.intensity })),
    };
  }

  const start = dayNumber(period.from ?? first.date);
  const middle = start + (dayNumber(period.to) - start + 1) / 2;
  let early = drawings.filter((d) => dayNumber(d.date) < middle);
  let late = drawings.filter((d) => dayNumber(d.date) >= middle);
  let split: 'halves' | 'ends' = 'halves';
  if (early.length === 0 || late.length === 0) {
    early = [first];
    late = [drawings.at(-1) as DrawingEntry];
    split = 'ends';
  }

  const ids = [...new Set([...early, ...late].flatMap((d) => d.regions.map((r) => r.region)))];
  const regions = ids
    .map((region): RegionChange => {
      const e = meanByRegion(early, region);
      const l = meanByRegion(late, region);
      return {
        region,
        early: round1(e),
        late: round1(l),
        change: round1(round1(l) - round1(e)),
        verdict: classify(e, l),
        gone: e > 0 && l === 0,
        isNew: e === 0 && l > 0,
      };
    })
    .sort(
      (a, b) =>
        VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] ||
        Math.abs(b.change) - Math.abs(a.change) ||
        a.region.localeCompare(b.region),
    );
  return { kind: 'compared', split, early: group(early), late: group(late), regions };
}
