import { describe, expect, it } from 'vitest';
import { parsePlanInput } from './plan-input.ts';

describe('parsePlanInput', () => {
  it('fills in the defaults', () => {
    const result = parsePlanInput({ triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'left' }] });
    expect(result).toEqual({
      ok: true,
      input: {
        triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'left' }],
        budgetSeconds: 1200,
        mode: 'self-care',
        tools: ['hands'],
        modifications: {
          lightPressure: false,
          pressureLimits: [],
          avoidRegions: [],
          avoidMuscles: [],
          noPositions: [],
          noHeat: false,
          noHeatRegions: [],
        },
        intensity: 'moderate',
      },
    });
  });

  it('names each bad field and value', () => {
    const result = parsePlanInput({
      triggerPoints: [
        { id: 'upper-trapezius.tp1', side: 'left' },
        { id: 'temporalis.tp1', side: 'middle' },
        { id: 'x', side: 'right' },
        { id: 'upper-trapezius.tp1', side: 'left' },
      ],
      budgetSeconds: 90.5,
      mode: 'robot',
      tools: ['ball', 'hammer'],
      modifications: { avoidRegions: ['temple.left', 'calf.lower', 'moon'], noPositions: ['floating'] },
      intensity: 'brutal',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.issues.map((i) => `${i.path}: ${i.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'triggerPoints[1].side: unknown side "middle"; expected one of left, right',
        'triggerPoints[2].id: unknown trigger point "x"',
        'triggerPoints[3]: duplicate trigger point "upper-trapezius.tp1" on the left (already at triggerPoints[0])',
        'budgetSeconds: budgetSeconds must be a whole number of seconds',
        'mode: unknown mode "robot"; expected one of self-care, therapist',
        'tools[1]: unknown tool "hammer"; expected one of hands, ball, foam-roller, hooked-cane',
        'modifications.avoidRegions[2]: unknown region "moon"',
        'modifications.noPositions[0]: unknown position "floating"; expected one of seated, supine, prone, side-lying, standing, standing-wall',
        'intensity: unknown intensity "brutal"; expected one of gentle, moderate, firm',
      ]),
    );
    expect(lines).toHaveLength(9);
  });

  it('needs at least one point, a positive budget and one allowed position', () => {
    const result = parsePlanInput({
      triggerPoints: [],
      budgetSeconds: 0,
      modifications: { noPositions: ['seated', 'supine', 'prone', 'side-lying', 'standing', 'standing-wall'] },
    });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      'triggerPoints',
      'budgetSeconds',
      'modifications.noPositions',
    ]);
    expect(parsePlanInput(null)).toMatchObject({ ok: false, issues: [{ path: '' }] });
  });
});
