import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUSCLES, sideTriggerPoint } from '../atlas/atlas.ts';
import { REGIONS } from '../body/regions.ts';
import { planSession } from '../planner/planner.ts';
import { PlanError, type PlanStep, type SessionPlan } from '../planner/planner.types.ts';
import { regionsOfArea } from './body-parts.ts';
import { evaluateScreening, type ScreeningResult } from './evaluate.ts';
import { MEDICATION_PURPOSE_IDS } from './medication-purposes.ts';
import { outcomeAllowsPlan, planModificationsFrom } from './plan-modifications.ts';
import { SCREENING_QUESTIONS } from './questions.data.ts';
import type { ScreeningAnswer, ScreeningQuestion } from './questions.types.ts';
import { SCREENING_RULES } from './rules.data.ts';
import { LIGHT_PRESSURE_MAX, MODERATE_PRESSURE_MAX, type ScreeningModification } from './rules.types.ts';

/**
 * The safety chain, end to end: any screening answers → decision → plan. For every outcome that
 * lets a plan go ahead, no step exceeds a limit in its scope, no avoided region or muscle is
 * pressed, and no step is limited by a rule whose scope it lies outside (each step is limited by
 * exactly the strictest limit covering it). Runs cover every rule that changes a plan.
 */

const SIDED = MUSCLES.flatMap((muscle) =>
  muscle.triggerPoints.flatMap((triggerPoint) =>
    (['left', 'right'] as const).map((side) => ({
      id: triggerPoint.id,
      side,
      region: sideTriggerPoint(muscle, triggerPoint, side).region,
    })),
  ),
);
const REGION_IDS = REGIONS.map((r) => r.id);
const HEALTH = SCREENING_QUESTIONS.filter((q) => !q.showIf);
const FOLLOW_UPS = SCREENING_QUESTIONS.filter((q) => q.showIf);

/** One name per medicine class that matters, and one nobody knows. */
const MEDICINES = [
  'warfarin',
  'Eliquis 5mg',
  'clopidogrel 75',
  'prednisolone 5mg',
  'tramadol 50mg',
  'pregabalin',
  'Baclofen 10mg',
  'diazepam',
  'ibuprofen 400',
  'sertraline',
  'alendronic acid',
  'metformin',
  'amlodipine',
  'capecitabine',
  'methotrexate',
  'Zorbex 10mg',
];

const answerArb = (q: ScreeningQuestion): fc.Arbitrary<ScreeningAnswer> => {
  switch (q.type) {
    case 'yes-no':
      return fc.boolean();
    case 'choice': {
      const ids = q.options.map((o) => o.id);
      return q.multiple ? fc.subarray(ids, { minLength: 1 }) : fc.constantFrom(...ids);
    }
    case 'regions':
      return fc.uniqueArray(fc.constantFrom(...REGION_IDS), { minLength: 1, maxLength: 4 });
    case 'number':
      return fc.integer({ min: q.min, max: q.max });
  }
};

/** Mostly "no", so that each run fires a handful of rules rather than all of them. */
const screeningArb = fc
  .record({
    yes: fc.subarray(
      HEALTH.map((q) => q.id),
      { maxLength: 5 },
    ),
    followUps: fc.record(Object.fromEntries(FOLLOW_UPS.map((q) => [q.id, answerArb(q)]))),
    medications: fc.subarray(MEDICINES, { maxLength: 3 }),
    purpose: fc.option(fc.constantFrom(...MEDICATION_PURPOSE_IDS), { nil: undefined }),
    points: fc.uniqueArray(fc.constantFrom(...SIDED), {
      minLength: 1,
      maxLength: 6,
      selector: (p) => `${p.id}:${p.side}`,
    }),
    intensity: fc.constantFrom('gentle' as const, 'moderate' as const, 'firm' as const),
    mode: fc.constantFrom('self-care' as const, 'therapist' as const),
  })
  .map((r) => {
    const answers: Record<string, ScreeningAnswer> = {};
    for (const q of HEALTH) if (q.type === 'yes-no') answers[q.id] = r.yes.includes(q.id);
    for (const q of FOLLOW_UPS) if (answers[q.showIf!.yes] === true) answers[q.id] = r.followUps[q.id]!;
    return {
      screening: {
        answers,
        medications: r.medications,
        medicationPurposes: r.purpose && r.medications.includes('Zorbex 10mg') ? { 'Zorbex 10mg': r.purpose } : {},
        regions: r.points.map((p) => p.region),
      },
      points: r.points,
      intensity: r.intensity,
      mode: r.mode,
    };
  });

type Limit = Extract<ScreeningModification, { type: 'light-pressure' | 'moderate-pressure' }>;
const capOf = (m: Limit): number => (m.type === 'light-pressure' ? LIGHT_PRESSURE_MAX : MODERATE_PRESSURE_MAX);
const covers = (m: Limit, region: string): boolean => !m.regions || m.regions.includes(region);

function avoidedRegions(decision: ScreeningResult): Set<string> {
  const out = new Set<string>();
  for (const m of decision.modifications) {
    if (m.type === 'avoid-regions') m.regions.forEach((r) => out.add(r));
    if (m.type === 'avoid-area') regionsOfArea(m.area).forEach((r) => out.add(r));
  }
  return out;
}

/** Where a step presses: its own region, or for a stretch the regions of its muscle's points. */
function stepRegions(step: PlanStep, plan: SessionPlan): string[] {
  if (step.region) return [step.region];
  return plan.steps
    .filter((s) => s.kind === 'compression' && s.muscle === step.muscle && s.side === step.side)
    .map((s) => s.region!);
}

function tryPlan(input: Parameters<typeof planSession>[0]): SessionPlan | undefined {
  try {
    return planSession(input);
  } catch (error) {
    if (error instanceof PlanError) return undefined; // a budget too short for anything: not a safety question
    throw error;
  }
}

describe('the safety chain from screening to the session plan', () => {
  it('keeps every step within the limits in its scope, off avoided places, and limited by nothing else', () => {
    const fired = new Set<string>();
    fc.assert(
      fc.property(screeningArb, ({ screening, points, intensity, mode }) => {
        const decision = evaluateScreening(screening);
        decision.reasons.forEach((r) => fired.add(r.rule));
        if (!outcomeAllowsPlan(decision.outcome)) return;
        const base = { triggerPoints: points.map(({ id, side }) => ({ id, side })), intensity, mode };
        const modifications = planModificationsFrom(decision.modifications);
        const plan = tryPlan({ ...base, budgetSeconds: 3600, modifications });
        // The same plan without pressure limits: the target each step would have had.
        const free = tryPlan({ ...base, budgetSeconds: 3600, modifications: { ...modifications, pressureLimits: [] } });
        if (!plan || !free) return;
        const limits = decision.modifications.filter(
          (m): m is Limit => m.type === 'light-pressure' || m.type === 'moderate-pressure',
        );
        const avoided = avoidedRegions(decision);
        const avoidedMuscles = new Set(
          decision.modifications.flatMap((m) => (m.type === 'avoid-muscles' ? m.muscles : [])),
        );
        for (const step of plan.steps) {
          if (step.pressure === undefined) continue;
          const regions = stepRegions(step, plan);
          for (const region of regions) expect(avoided.has(region), `${step.id} presses ${region}`).toBe(false);
          expect(avoidedMuscles.has(step.muscle ?? ''), `${step.id} works an avoided muscle`).toBe(false);
          const inScope = limits.filter((m) => regions.some((r) => covers(m, r)));
          const strictest = Math.min(...inScope.map(capOf));
          // 1. Never above a limit in scope.
          expect(step.pressure, `${step.id} over a limit`).toBeLessThanOrEqual(strictest);
          // 2. Limited by nothing outside its scope: the pressure is what it would be, capped by what covers it.
          const unlimited = free.steps.find((s) => s.id === step.id)?.pressure;
          expect(unlimited, `${step.id} missing without limits`).toBeDefined();
          expect(step.pressure, `${step.id} limited beyond its scope`).toBe(Math.min(unlimited!, strictest));
          // 3. It says which limit holds, and that limit's rule covers it.
          if (inScope.length === 0) expect(step.limit, `${step.id} shows a limit it is not in`).toBeUndefined();
          else {
            expect(step.limit?.max).toBe(strictest);
            const rule = inScope.find((m) => m.rule === step.limit?.rule);
            expect(rule && capOf(rule), `${step.id} names ${step.limit?.rule}`).toBe(strictest);
          }
        }
      }),
      { numRuns: 600, seed: 20261203 },
    );
    // Every rule that lets a plan go ahead and changes it fired in some run, so the property held
    // over each of them (the others stop the plan altogether).
    const planChanging = SCREENING_RULES.filter(
      (r) =>
        outcomeAllowsPlan(r.outcome) &&
        r.modifications.some((m) => m.type !== 'check-skin' && m.type !== 'rise-slowly'),
    ).map((r) => r.id);
    expect(planChanging.filter((id) => !fired.has(id))).toEqual([]);
  });

  it('names the limit on every step it covers, in the words the person sees', () => {
    const decision = evaluateScreening({ answers: {}, medications: ['tramadol 50mg'] });
    const plan = planSession({
      triggerPoints: [{ id: 'upper-trapezius.tp1', side: 'left' }],
      intensity: 'firm',
      modifications: planModificationsFrom(decision.modifications),
    });
    const press = plan.steps.find((s) => s.kind === 'compression')!;
    expect(press.pressure).toBe(5);
    expect(press.limit).toEqual({ max: 5, reason: 'strong painkillers dull feedback', rule: 'pain-feedback-dulled' });
    expect(press.instructions[0]).toBe('5/10 at most here: strong painkillers dull feedback.');
  });

  it('limits only the legs in pregnancy and only the bony areas with osteoporosis', () => {
    const pregnant = evaluateScreening({
      answers: {
        pregnancy: true,
        'pregnancy-trimester': 'second',
        'pregnancy-warning-signs': false,
        'pregnancy-complications': false,
        osteoporosis: true,
      },
    });
    const plan = planSession({
      triggerPoints: [
        { id: 'soleus.tp1', side: 'left' },
        { id: 'upper-trapezius.tp1', side: 'right' },
      ],
      intensity: 'firm',
      modifications: planModificationsFrom(pregnant.modifications),
    });
    const soleus = plan.steps.find((s) => s.id === 'compression:soleus.tp1:left')!;
    const trapezius = plan.steps.find((s) => s.id === 'compression:upper-trapezius.tp1:right')!;
    expect(soleus.pressure).toBeLessThanOrEqual(3);
    expect(soleus.limit?.rule).toBe('pregnancy');
    expect(trapezius.limit).toBeUndefined();
    expect(trapezius.pressure).toBeGreaterThan(3);
    expect(plan.pressureCap).toBe(7);
  });
});
