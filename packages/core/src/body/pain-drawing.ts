import { z } from 'zod';
import { preview } from '../text/preview.ts';
import { childrenOfRetiredRegion } from './region-retired.ts';
import { isRegionId, REGIONS } from './regions.ts';
import { isSymptomId, SYMPTOMS, WARNING_SYMPTOMS } from './symptoms.ts';

/**
 * A pain drawing: the regions that hurt, how much and how, plus any non-pain symptoms and a
 * free note. Errors name the offending value and point at its field, so a bad export or an
 * outdated client can be fixed without guessing (`regions[2].region: unknown region "…"`).
 */

export const PAIN_QUALITIES = ['aching', 'sharp', 'burning', 'tingling'] as const;
export type PainQuality = (typeof PAIN_QUALITIES)[number];

export const NOTE_MAX_LENGTH = 2000;
/** Each region at most once, so a drawing never lists more regions than the body has. */
export const MAX_DRAWN_REGIONS = REGIONS.length;
export const MAX_SYMPTOMS = SYMPTOMS.length + WARNING_SYMPTOMS.length;

const regionIdSchema = z.string().refine(isRegionId, {
  error: (issue) => `unknown region ${preview(issue.input)}`,
});

const symptomIdSchema = z.string().refine(isSymptomId, {
  error: (issue) => `unknown symptom ${preview(issue.input)}`,
});

const qualitySchema = z.enum(PAIN_QUALITIES, {
  error: (issue) => `unknown pain quality ${preview(issue.input)}; expected one of ${PAIN_QUALITIES.join(', ')}`,
});

/**
 * The duplicate checks below run even when some entries are malformed (so one pass reports everything),
 * but not on a list over its cap: that list is refused as a whole, and 15,000 copies of one region must
 * not come back as 15,000 errors.
 */
const isListWithinCap =
  (max: number) =>
  (payload: { value: unknown }): boolean =>
    Array.isArray(payload.value) && payload.value.length <= max;

/** Repeated strings in a list, each reported at its second position. */
function reportDuplicates(what: string, list: string, max: number) {
  return (items: readonly unknown[], ctx: z.RefinementCtx<readonly unknown[]>): void => {
    if (items.length > max) return;
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      if (typeof item !== 'string') return;
      const earlier = firstIndex.get(item);
      if (earlier === undefined) firstIndex.set(item, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `duplicate ${what} ${preview(item)} (already at ${list}[${earlier}])`,
          input: item,
        });
    });
  };
}

const painfulRegionSchema = z.object({
  region: regionIdSchema,
  // A refine rather than .int(): zod's int check aborts the parse, which would hide the duplicate check.
  intensity: z
    .number()
    .min(1, 'intensity must be 1–10')
    .max(10, 'intensity must be 1–10')
    .refine(Number.isInteger, 'intensity must be a whole number'),
  qualities: z
    .array(qualitySchema)
    .max(PAIN_QUALITIES.length, `at most ${PAIN_QUALITIES.length} qualities, each once`)
    .superRefine(reportDuplicates('quality', 'qualities', PAIN_QUALITIES.length), {
      when: isListWithinCap(PAIN_QUALITIES.length),
    }),
});

type PainfulRegion = z.infer<typeof painfulRegionSchema>;

/** A region is drawn once; two entries for it would disagree about its intensity. */
function reportDuplicateRegions(regions: PainfulRegion[], ctx: z.RefinementCtx<PainfulRegion[]>): void {
  if (regions.length > MAX_DRAWN_REGIONS) return;
  const firstIndex = new Map<string, number>();
  regions.forEach((entry, index) => {
    // Runs even when some entries are malformed (see `when` below), so look before trusting the type.
    const region: unknown = entry?.region;
    if (typeof region !== 'string') return;
    const earlier = firstIndex.get(region);
    if (earlier === undefined) {
      firstIndex.set(region, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [index, 'region'],
      message: `duplicate region ${preview(region)} (already at regions[${earlier}])`,
      input: region,
    });
  });
}

/**
 * Drawings saved before a region was split (`heel.left`, `thumb.right`…) still load: each entry naming a
 * retired region becomes one entry per child with the same intensity and qualities. A child the drawing
 * already names keeps its own entry. Runs before validation, so everything after sees current ids only.
 */
function expandRetiredRegions(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const named = new Set(value.map((entry: unknown) => regionOf(entry)));
  return value.flatMap((entry: unknown) => {
    const region = regionOf(entry);
    const children = region === undefined || isRegionId(region) ? undefined : childrenOfRetiredRegion(region);
    if (!children) return [entry];
    return children.filter((child) => !named.has(child)).map((child) => ({ ...(entry as object), region: child }));
  });
}

function regionOf(entry: unknown): string | undefined {
  if (typeof entry !== 'object' || entry === null || !('region' in entry)) return undefined;
  return typeof entry.region === 'string' ? entry.region : undefined;
}

const regionListSchema = z
  .array(painfulRegionSchema)
  .max(MAX_DRAWN_REGIONS, `at most ${MAX_DRAWN_REGIONS} regions, each once`)
  .superRefine(reportDuplicateRegions, { when: isListWithinCap(MAX_DRAWN_REGIONS) });

export const painDrawingSchema = z.object({
  // `when` makes the duplicate check run alongside other errors, so one pass reports everything.
  // A codec, not a preprocess: responses are encoded through the same schema, and a one-way
  // transform cannot be encoded. Current ids encode as they are.
  regions: z.codec(
    z
      .unknown()
      .describe(
        'Painful regions: [{ region, intensity 1–10, qualities }], each region once; a region id retired since ' +
          '(split into finer ones) counts as each of its children',
      ),
    regionListSchema,
    {
      decode: (value) => expandRetiredRegions(value) as z.input<typeof regionListSchema>,
      encode: (regions) => regions,
    },
  ),
  symptoms: z
    .array(symptomIdSchema)
    .max(MAX_SYMPTOMS, `at most ${MAX_SYMPTOMS} symptoms, each once`)
    .superRefine(reportDuplicates('symptom', 'symptoms', MAX_SYMPTOMS), { when: isListWithinCap(MAX_SYMPTOMS) })
    .optional(),
  note: z.string().max(NOTE_MAX_LENGTH, `note must be at most ${NOTE_MAX_LENGTH} characters`).optional(),
});

export type PainDrawing = z.infer<typeof painDrawingSchema>;

export interface PainDrawingIssue {
  /** Where the problem is, e.g. `regions[2].region`; empty for the drawing as a whole. */
  path: string;
  message: string;
}

export type PainDrawingResult = { ok: true; drawing: PainDrawing } | { ok: false; issues: PainDrawingIssue[] };

/** `['regions', 2, 'region']` → `regions[2].region`. */
function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) => {
      if (typeof part === 'number') return `[${part}]`;
      const name = String(part);
      return index === 0 ? name : `.${name}`;
    })
    .join('');
}

export function parsePainDrawing(input: unknown): PainDrawingResult {
  const result = painDrawingSchema.safeParse(input);
  if (result.success) return { ok: true, drawing: result.data };
  return {
    ok: false,
    issues: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

/** One line per issue, `path: message`, for logs and error screens. */
export function describePainDrawingIssues(issues: readonly PainDrawingIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('\n');
}
