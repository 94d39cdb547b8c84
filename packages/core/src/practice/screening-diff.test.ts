import { describe, expect, it } from 'vitest';
import { evaluateScreening, parseScreeningInput, type ScreeningInput } from '../screening/evaluate.ts';
import { diffScreenings, isUnchanged } from './screening-diff.ts';

function snapshot(raw: unknown): { input: ScreeningInput; result: ReturnType<typeof evaluateScreening> } {
  const parsed = parseScreeningInput(raw);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { input: parsed.input, result: evaluateScreening(raw) };
}

describe('re-screening differences', () => {
  it('reports nothing for the same answers', () => {
    const a = snapshot({ answers: { 'blood-thinners': false }, medications: ['Paracetamol'] });
    const b = snapshot({ answers: { 'blood-thinners': false }, medications: [' paracetamol '] });
    expect(isUnchanged(diffScreenings(a, b))).toBe(true);
  });

  it('names a new medicine, a changed answer and the outcome it moved', () => {
    const before = snapshot({ answers: { 'blood-thinners': false }, medications: [] });
    const after = snapshot({ answers: { 'blood-thinners': true }, medications: ['warfarin'] });
    const diff = diffScreenings(before, after);
    expect(diff.medicationsAdded).toEqual(['warfarin']);
    expect(diff.answers).toEqual([expect.objectContaining({ question: 'blood-thinners', before: 'no', after: 'yes' })]);
    expect(diff.outcome).toEqual({ before: before.result.outcome, after: after.result.outcome });
    expect(diff.outcome?.after).not.toBe('ok');
    expect(diff.newReasons.length).toBeGreaterThan(0);
    expect(diff.resolvedReasons).toEqual([]);
  });
});
