import { describe, expect, it } from 'vitest';
import { MAX_DRAWN_REGIONS, parsePainDrawing } from '../body/pain-drawing.ts';
import { REGIONS } from '../body/regions.ts';
import { parsePlanInput } from '../planner/plan-input.ts';
import { parseScreeningInput } from '../screening/evaluate.ts';
import { MAX_ANSWERS, MAX_MEDICATIONS } from '../screening/input.ts';
import { preview, PREVIEW_MAX_LENGTH } from './preview.ts';

/**
 * Issue #16: the core parsers bound what they accept, so a browser, the CLI and the server all refuse a
 * huge list as one short error instead of evaluating it, or reporting every entry of it.
 */

type Result = { ok: true } | { ok: false; issues: { path: string; message: string }[] };
const issuesOf = (result: Result): string[] => (result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`));

const region = (id: string, qualities: unknown[] = []) => ({ region: id, intensity: 5, qualities });
/** A list nested `depth` deep around one string, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 'aching';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe('pain drawing bounds', () => {
  it('accepts every region of the body once', () => {
    expect(parsePainDrawing({ regions: REGIONS.map((r) => region(r.id)) }).ok).toBe(true);
  });

  it('refuses more regions than the body has as one error, not one per duplicate', () => {
    const regions = Array.from({ length: 15_000 }, () => region('temple.right'));
    expect(issuesOf(parsePainDrawing({ regions }))).toEqual([
      `regions: at most ${MAX_DRAWN_REGIONS} regions, each once`,
    ]);
  });

  it('refuses repeated and too many pain qualities', () => {
    expect(issuesOf(parsePainDrawing({ regions: [region('sternum', ['aching', 'sharp', 'aching'])] }))).toEqual([
      'regions[0].qualities[2]: duplicate quality "aching" (already at qualities[0])',
    ]);
    const many = Array.from({ length: 100_000 }, () => 'aching');
    expect(issuesOf(parsePainDrawing({ regions: [region('sternum', many)] }))).toEqual([
      'regions[0].qualities: at most 4 qualities, each once',
    ]);
  });

  it('refuses repeated symptoms', () => {
    expect(issuesOf(parsePainDrawing({ regions: [], symptoms: ['dizziness', 'dizziness'] }))).toEqual([
      'symptoms[1]: duplicate symptom "dizziness" (already at symptoms[0])',
    ]);
  });

  it('names a deeply nested quality without printing it (printing it overflowed the stack)', () => {
    const issues = issuesOf(parsePainDrawing({ regions: [region('sternum', [nested(20_000)])] }));
    expect(issues).toEqual([
      'regions[0].qualities[0]: unknown pain quality a list; expected one of aching, sharp, burning, tingling',
    ]);
  });

  it('quotes at most a short preview of an unknown value', () => {
    const [issue] = issuesOf(parsePainDrawing({ regions: [region('x'.repeat(100_000))] }));
    expect(issue!.length).toBeLessThan(100);
  });
});

describe('screening input bounds', () => {
  it(`accepts ${MAX_MEDICATIONS} medicines and refuses more as one error`, () => {
    const medications = (n: number) => Array.from({ length: n }, (_, i) => `medicine ${i}`);
    expect(parseScreeningInput({ answers: {}, medications: medications(MAX_MEDICATIONS) }).ok).toBe(true);
    expect(issuesOf(parseScreeningInput({ answers: {}, medications: medications(50_000) }))).toEqual([
      `medications: at most ${MAX_MEDICATIONS} medicines`,
    ]);
  });

  it('refuses thousands of made-up answers as one error', () => {
    const answers = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`q${i}`, 'yes']));
    expect(issuesOf(parseScreeningInput({ answers }))).toEqual([
      `answers: at most ${MAX_ANSWERS} answers, one per question`,
    ]);
  });

  it('refuses a region list longer than the body has', () => {
    const regions = Array.from({ length: 5_000 }, () => 'temple.right');
    expect(issuesOf(parseScreeningInput({ answers: {}, regions }))).toEqual([
      `regions: at most ${REGIONS.length} regions`,
    ]);
  });
});

describe('plan input bounds', () => {
  it('refuses over-long lists of tools, positions and regions to avoid', () => {
    const result = parsePlanInput({
      triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'left' }],
      tools: Array.from({ length: 1_000 }, () => 'ball'),
      modifications: {
        avoidRegions: Array.from({ length: 10_000 }, () => 'sternum'),
        noPositions: Array.from({ length: 1_000 }, () => 'prone'),
      },
    });
    expect(issuesOf(result)).toEqual([
      'tools: at most 4 tools',
      `modifications.avoidRegions: at most ${REGIONS.length * 2} regions`,
      'modifications.noPositions: at most 6 positions',
    ]);
  });

  it('refuses too many trigger points as one error, not one per duplicate', () => {
    const triggerPoints = Array.from({ length: 5_000 }, () => ({ id: 'upper-trapezius.tp1', side: 'left' }));
    expect(issuesOf(parsePlanInput({ triggerPoints }))).toEqual(['triggerPoints: at most 100 trigger points']);
  });
});

describe('preview', () => {
  it('quotes short strings, cuts long ones, and names everything else by its kind', () => {
    expect(preview('abc')).toBe('"abc"');
    expect(preview('x'.repeat(1000))).toBe(`"${'x'.repeat(PREVIEW_MAX_LENGTH)}…"`);
    expect(preview('a\u0000b')).toBe('"a\\u0000b"');
    expect([preview(3), preview(null), preview(undefined), preview([1]), preview({})]).toEqual([
      '3',
      'null',
      'nothing',
      'a list',
      'an object',
    ]);
  });
});
