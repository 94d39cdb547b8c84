import { describe, expect, it } from 'vitest';
import { evaluateScreening } from './evaluate.ts';
import { planModificationsFrom } from './plan-modifications.ts';

describe('screening decisions as plan modifications', () => {
  it('turns warfarin into light pressure for the whole session', () => {
    const decision = evaluateScreening({ answers: {}, medications: ['warfarin'] });
    expect(planModificationsFrom(decision.modifications).lightPressure).toBe(true);
  });

  it('passes avoided regions, positions and heat through', () => {
    const mods = planModificationsFrom([
      { type: 'avoid-regions', regions: ['calf.lower.left'], reason: 'clot' },
      { type: 'avoid-area', area: 'abdomen', reason: 'pregnancy' },
      { type: 'no-position', position: 'prone' },
      { type: 'no-heat' },
      { type: 'check-skin' },
    ]);
    expect(mods.avoidRegions).toContain('calf.lower.left');
    expect(mods.avoidRegions).toContain('periumbilical');
    expect(mods.noPositions).toEqual(['prone']);
    expect(mods.noHeat).toBe(true);
    expect(mods.lightPressure).toBe(false);
  });

  it('asks nothing of a plan when nothing fired', () => {
    expect(planModificationsFrom(evaluateScreening({ answers: {}, medications: [] }).modifications)).toEqual({
      lightPressure: false,
      avoidRegions: [],
      noPositions: [],
      noHeat: false,
    });
  });
});
