import { describe, expect, it } from 'vitest';
import { evaluateScreening } from './evaluate.ts';
import { outcomeAllowsPlan, planModificationsFrom } from './plan-modifications.ts';

describe('screening decisions as plan modifications', () => {
  it('turns warfarin into a light limit everywhere, naming the rule and why', () => {
    const decision = evaluateScreening({ answers: {}, medications: ['warfarin'] });
    expect(planModificationsFrom(decision.modifications).pressureLimits).toEqual([
      { max: 3, reason: 'blood thinners make bruising likely', rule: 'blood-thinner' },
    ]);
  });

  it('keeps the moderate limit of strong painkillers: 5/10 at most, everywhere', () => {
    const decision = evaluateScreening({ answers: {}, medications: ['tramadol 50mg'] });
    expect(planModificationsFrom(decision.modifications).pressureLimits).toEqual([
      { max: 5, reason: 'strong painkillers dull feedback', rule: 'pain-feedback-dulled' },
    ]);
  });

  it('keeps the scope of a local limit', () => {
    const decision = evaluateScreening({ answers: { osteoporosis: true }, medications: [] });
    const [limit] = planModificationsFrom(decision.modifications).pressureLimits;
    expect(limit?.max).toBe(3);
    expect(limit?.regions).toContain('spine.lumbar');
    expect(limit?.regions).not.toContain('thigh.front.left');
  });

  it('passes avoided regions, muscles, positions and heat through', () => {
    const mods = planModificationsFrom([
      { type: 'avoid-regions', regions: ['calf.lower.left'], reason: 'clot' },
      { type: 'avoid-area', area: 'abdomen', reason: 'pregnancy' },
      { type: 'avoid-muscles', muscles: ['sternocleidomastoid'], reason: 'neck arteries' },
      { type: 'no-position', position: 'prone' },
      { type: 'no-heat', regions: ['heel.under.left'] },
      { type: 'check-skin' },
    ]);
    expect(mods.avoidRegions).toContain('calf.lower.left');
    expect(mods.avoidRegions).toContain('periumbilical');
    expect(mods.avoidMuscles).toEqual([{ muscle: 'sternocleidomastoid', reason: 'neck arteries' }]);
    expect(mods.noPositions).toEqual(['prone']);
    expect(mods.noHeat).toBe(false);
    expect(mods.noHeatRegions).toEqual(['heel.under.left']);
    expect(mods.pressureLimits).toEqual([]);
    expect(planModificationsFrom([{ type: 'no-heat' }]).noHeat).toBe(true);
  });

  it('asks nothing of a plan when nothing fired', () => {
    expect(planModificationsFrom(evaluateScreening({ answers: {}, medications: [] }).modifications)).toEqual({
      lightPressure: false,
      pressureLimits: [],
      avoidRegions: [],
      avoidMuscles: [],
      noPositions: [],
      noHeat: false,
      noHeatRegions: [],
    });
  });

  it('lets a plan go ahead only when the outcome is ok or caution', () => {
    expect(['urgent', 'refer', 'postpone', 'caution', 'ok'].map((o) => outcomeAllowsPlan(o as never))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
  });
});
