import { describe, expect, it } from 'vitest';
import {
  PAIN_QUALITIES,
  describePainDrawingIssues,
  painDrawingSchema,
  parsePainDrawing,
  type PainDrawing,
  type PainQuality,
} from './pain-drawing.ts';
import type { SymptomId } from './symptoms.ts';

const valid = {
  regions: [
    { region: 'temple.right', intensity: 6, qualities: ['aching'] },
    { region: 'sternum', intensity: 1, qualities: [] },
    { region: 'heel.under.left', intensity: 10, qualities: ['sharp', 'burning'] },
  ],
  symptoms: ['dizziness', 'tinnitus'],
  note: 'Worse after a long day at the desk.',
};

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = parsePainDrawing(input);
  if (result.ok) throw new Error('expected the drawing to be rejected');
  return result.issues;
}

describe('pain drawing', () => {
  it('accepts a valid drawing', () => {
    const result = parsePainDrawing(valid);
    expect(result).toEqual({ ok: true, drawing: valid });
    if (result.ok) {
      // The parsed drawing carries the vocabulary's types, not bare strings.
      const symptoms: SymptomId[] | undefined = result.drawing.symptoms;
      const qualities: PainQuality[] | undefined = result.drawing.regions[0]?.qualities;
      const drawing: PainDrawing = result.drawing;
      expect([symptoms, qualities, drawing]).toHaveLength(3);
    }
    expect(painDrawingSchema.parse(valid)).toEqual(valid);
  });

  it('accepts a drawing with only regions, and one with none', () => {
    expect(parsePainDrawing({ regions: [{ region: 'neck.back.left', intensity: 3, qualities: [] }] }).ok).toBe(true);
    expect(parsePainDrawing({ regions: [], symptoms: ['stiff-neck'] }).ok).toBe(true);
  });

  it('names an unknown region and points at it', () => {
    const regions = [...valid.regions, { region: 'elbow.lateal.right', intensity: 2, qualities: [] }];
    expect(issuesOf({ regions })).toEqual([
      { path: 'regions[3].region', message: 'unknown region "elbow.lateal.right"' },
    ]);
    expect(describePainDrawingIssues(issuesOf({ regions }))).toBe(
      'regions[3].region: unknown region "elbow.lateal.right"',
    );
  });

  it('rejects an intensity outside 1–10 or not whole', () => {
    const withIntensity = (intensity: unknown) => ({
      regions: [{ region: 'heel.under.left', intensity, qualities: [] }],
    });
    expect(issuesOf(withIntensity(0))).toEqual([{ path: 'regions[0].intensity', message: 'intensity must be 1–10' }]);
    expect(issuesOf(withIntensity(11))).toEqual([{ path: 'regions[0].intensity', message: 'intensity must be 1–10' }]);
    expect(issuesOf(withIntensity(2.5))).toEqual([
      { path: 'regions[0].intensity', message: 'intensity must be a whole number' },
    ]);
    expect(issuesOf(withIntensity('5')).map((issue) => issue.path)).toEqual(['regions[0].intensity']);
  });

  it('names an unknown quality and points at it', () => {
    const issues = issuesOf({
      regions: [{ region: 'heel.under.left', intensity: 4, qualities: ['sharp', 'stabbing'] }],
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('regions[0].qualities[1]');
    expect(issues[0]!.message).toContain('"stabbing"');
    expect(PAIN_QUALITIES).toEqual(['aching', 'sharp', 'burning', 'tingling']);
  });

  it('rejects a region drawn twice, pointing at the repeat', () => {
    const heel = { region: 'heel.under.left', intensity: 4, qualities: [] };
    expect(issuesOf({ regions: [heel, { ...valid.regions[0] }, { ...heel, intensity: 7 }] })).toEqual([
      { path: 'regions[2].region', message: 'duplicate region "heel.under.left" (already at regions[0])' },
    ]);
  });

  it('names an unknown symptom and points at it', () => {
    expect(issuesOf({ regions: [], symptoms: ['nausea', 'vertigo'] })).toEqual([
      { path: 'symptoms[1]', message: 'unknown symptom "vertigo"' },
    ]);
  });

  it('limits the note to 2000 characters', () => {
    expect(parsePainDrawing({ regions: [], note: 'x'.repeat(2000) }).ok).toBe(true);
    expect(issuesOf({ regions: [], note: 'x'.repeat(2001) })).toEqual([
      { path: 'note', message: 'note must be at most 2000 characters' },
    ]);
  });

  it('reports every problem in one pass', () => {
    const issues = issuesOf({
      regions: [
        { region: 'heel.under.left', intensity: 3, qualities: [] },
        { region: 'heel.under.left', intensity: 2.5, qualities: [] },
        { region: 'nowhere', intensity: 3, qualities: [] },
      ],
      symptoms: ['itch'],
    });
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'regions[1].intensity',
      'regions[1].region',
      'regions[2].region',
      'symptoms[0]',
    ]);
  });

  it('loads a drawing saved with ids since split, giving each child the old entry', () => {
    const result = parsePainDrawing({
      regions: [
        { region: 'heel.left', intensity: 7, qualities: ['sharp'] },
        { region: 'finger.index.right', intensity: 4, qualities: [] },
        // A child the drawing already names keeps its own entry.
        { region: 'toe.big.under.left', intensity: 2, qualities: [] },
        { region: 'toe.big.left', intensity: 5, qualities: [] },
      ],
    });
    expect(result.ok && result.drawing.regions).toEqual([
      { region: 'heel.back.left', intensity: 7, qualities: ['sharp'] },
      { region: 'heel.under.left', intensity: 7, qualities: ['sharp'] },
      { region: 'finger.index.back.right', intensity: 4, qualities: [] },
      { region: 'finger.index.palm.right', intensity: 4, qualities: [] },
      { region: 'toe.big.under.left', intensity: 2, qualities: [] },
      { region: 'toe.big.top.left', intensity: 5, qualities: [] },
    ]);
    // The stored form keeps validating through the shared schema (server routes, session notes).
    expect(
      painDrawingSchema.safeParse({ regions: [{ region: 'thumb.left', intensity: 3, qualities: [] }] }).success,
    ).toBe(true);
    // A retired id without a side is still unknown.
    expect(issuesOf({ regions: [{ region: 'heel', intensity: 3, qualities: [] }] })).toEqual([
      { path: 'regions[0].region', message: 'unknown region "heel"' },
    ]);
  });

  it('rejects input that is not a drawing', () => {
    const issues = issuesOf(null);
    expect(issues.map((issue) => issue.path)).toEqual(['']);
    expect(issues[0]!.message).toMatch(/expected object/);
    expect(issuesOf({}).map((issue) => issue.path)).toEqual(['regions']);
  });
});
