import { describe, expect, it } from 'vitest';
import { evaluateScreening } from './evaluate.ts';
import { pointLimits } from './point-limits.ts';

const decide = (answers: Record<string, unknown>, medications: string[] = []) =>
  evaluateScreening({ answers, medications }).modifications;

describe('what a client screening says about a treated point', () => {
  it('gives the strictest limit over the point, with why and the rule', () => {
    const mods = decide({}, ['tramadol', 'warfarin']);
    expect(pointLimits(mods, { triggerPoint: 'soleus.tp1', side: 'left', technique: 'sustained-compression' })).toEqual(
      { limit: { max: 3, why: 'blood thinners make bruising likely', rule: 'blood-thinner' }, warnings: [] },
    );
  });

  it('warns when a point lies in an avoided place or muscle, and not elsewhere', () => {
    const mods = decide({ 'neck-arteries': true, 'neck-arteries-which': ['stroke-tia'] });
    const scm = pointLimits(mods, {
      triggerPoint: 'sternocleidomastoid.sternal-middle',
      side: 'right',
      technique: 'sustained-compression',
    });
    expect(scm.warnings).toHaveLength(1);
    expect(scm.warnings[0]).toContain('No pressure on');
    const trap = pointLimits(mods, {
      triggerPoint: 'upper-trapezius.tp1',
      side: 'right',
      technique: 'sustained-compression',
    });
    expect(trap).toEqual({ warnings: [] });
  });

  it('warns about heat where heat is ruled out, and firm stripping under a light limit', () => {
    const mods = decide({ 'reduced-feeling': true, 'reduced-feeling-where': ['feet'] });
    expect(pointLimits(mods, { triggerPoint: 'soleus.tp1', side: 'right', technique: 'heat' }).warnings).toEqual([
      'No heat here (screening).',
    ]);
    expect(
      pointLimits(mods, { triggerPoint: 'soleus.tp1', side: 'right', technique: 'stripping' }).warnings[0],
    ).toContain('Stripping is usually firmer than 3/10');
    expect(pointLimits(mods, { triggerPoint: 'upper-trapezius.tp1', side: 'right', technique: 'heat' })).toEqual({
      warnings: [],
    });
  });
});
