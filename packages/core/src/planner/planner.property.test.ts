import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MUSCLES, sideTriggerPoint } from '../atlas/atlas.ts';
import type { BodyPosition, Tool } from '../atlas/atlas.types.ts';
import { findRegion, REGIONS } from '../body/regions.ts';
import { countViolations, transitionTotal, type OrderingConstraint } from './ordering.ts';
import { BODY_POSITIONS, TOOLS } from './plan-input.ts';
import { PlanError, type PlanInput, type SessionPlan } from './planner.types.ts';
import { planSession } from './planner.ts';

const SIDED = MUSCLES.flatMap((muscle) =>
  muscle.triggerPoints.flatMap((triggerPoint) =>
    (['left', 'right'] as const).map((side) => ({
      id: triggerPoint.id,
      side,
      region: sideTriggerPoint(muscle, triggerPoint, side).region,
    })),
  ),
);

const inputArb: fc.Arbitrary<PlanInput> = fc
  .record({
    picks: fc.uniqueArray(fc.constantFrom(...SIDED), {
      minLength: 1,
      maxLength: 10,
      selector: (p) => `${p.id}:${p.side}`,
    }),
    budgetSeconds: fc.integer({ min: 300, max: 2400 }),
    mode: fc.constantFrom('self-care' as const, 'therapist' as const),
    tools: fc.subarray<Tool>([...TOOLS]),
    intensity: fc.constantFrom('gentle' as const, 'moderate' as const, 'firm' as const),
    lightPressure: fc.boolean(),
    noHeat: fc.boolean(),
    noPositions: fc.subarray<BodyPosition>([...BODY_POSITIONS], { maxLength: 5 }),
    avoidPicked: fc.array(fc.nat(), { maxLength: 4 }),
    avoidBase: fc.option(fc.nat(), { nil: undefined }),
    avoidOther: fc.subarray(REGIONS.map((r) => r.id).slice(0, 60), { maxLength: 3 }),
  })
  .map((r) => ({
    triggerPoints: r.picks.map(({ id, side }) => ({ id, side })),
    budgetSeconds: r.budgetSeconds,
    mode: r.mode,
    tools: r.tools,
    intensity: r.intensity,
    modifications: {
      lightPressure: r.lightPressure,
      noHeat: r.noHeat,
      noPositions: r.noPositions,
      avoidRegions: [
        ...r.avoidPicked.map((n) => r.picks[n % r.picks.length]!.region),
        ...r.avoidOther,
        // A side-less base stands for both sides.
        ...(r.avoidBase === undefined ? [] : [findRegion(r.picks[r.avoidBase % r.picks.length]!.region)!.base]),
      ],
    },
  }));

/** The plan, or undefined when the budget is too short for even one point (the one allowed error). */
function plan(input: PlanInput): SessionPlan | undefined {
  try {
    return planSession(input);
  } catch (error) {
    expect(error).toBeInstanceOf(PlanError);
    expect((error as PlanError).issues.map((i) => i.path)).toEqual(['budgetSeconds']);
    return undefined;
  }
}

function blocks(p: SessionPlan): BodyPosition[] {
  return p.steps.map((s) => s.position).filter((pos, i, all) => i === 0 || all[i - 1] !== pos);
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((x, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((r) => [x, ...r]));
}

const RUNS = { numRuns: 150 };

describe('planSession properties over the real atlas', () => {
  it('never goes over the budget, and the total is the sum of the steps', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        if (!p) return;
        expect(p.totalSeconds).toBe(p.steps.reduce((sum, s) => sum + s.seconds, 0));
        expect(p.totalSeconds).toBeLessThanOrEqual(input.budgetSeconds!);
      }),
      RUNS,
    );
  });

  it('never plans a point in an avoided region, nor a ruled-out position, nor pressure over the cap', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        if (!p) return;
        const avoid = new Set(input.modifications!.avoidRegions);
        for (const s of p.steps) {
          expect(input.modifications!.noPositions).not.toContain(s.position);
          if (s.pressure !== undefined) expect(s.pressure).toBeLessThanOrEqual(p.pressureCap);
          if (s.region) {
            expect(avoid.has(s.region)).toBe(false);
            expect(avoid.has(findRegion(s.region)?.base ?? s.region)).toBe(false);
          }
        }
        if (input.modifications!.lightPressure) expect(p.pressureCap).toBe(3);
      }),
      RUNS,
    );
  });

  it('accounts for every point once: planned, or left out with a reason', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        if (!p) return;
        const planned = p.steps.filter((s) => s.kind === 'compression').map((s) => `${s.triggerPoint!}:${s.side!}`);
        const left = p.leftOut.map((l) => `${l.triggerPoint}:${l.side}`);
        expect([...planned, ...left].sort()).toEqual(input.triggerPoints.map((t) => `${t.id}:${t.side}`).sort());
        // Planned points keep the input's priority order within each position block.
        const rank = new Map(input.triggerPoints.map((t, i) => [`${t.id}:${t.side}`, i]));
        for (const position of p.positions) {
          const ranks = p.steps
            .filter((s) => s.kind === 'compression' && s.position === position)
            .map((s) => rank.get(`${s.triggerPoint!}:${s.side!}`)!);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        }
        // Stripping follows the compression of the same point directly.
        p.steps.forEach((s, i) => {
          if (s.kind === 'stripping') expect(p.steps[i - 1]!.id).toBe(s.id.replace('stripping:', 'compression:'));
        });
        // A stretch only for a muscle and side with a planned point, once.
        const stretches = p.steps.filter((s) => s.kind === 'stretch').map((s) => `${s.muscle!}:${s.side!}`);
        expect(new Set(stretches).size).toBe(stretches.length);
        const muscles = new Set(p.steps.filter((s) => s.kind === 'compression').map((s) => `${s.muscle!}:${s.side!}`));
        expect(new Set(stretches)).toEqual(muscles);
      }),
      RUNS,
    );
  });

  it('visits each position in one block, with the fewest changes and no cheaper order', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        if (!p) return;
        if (p.steps.length === 0) {
          expect(p.positions).toEqual([]);
          expect(p.positionChanges).toBe(0);
          return;
        }
        expect(blocks(p)).toEqual(p.positions);
        expect(new Set(p.positions).size).toBe(p.positions.length);
        expect(p.positionChanges).toBe(p.positions.length - 1);
        expect(p.steps.filter((s) => s.kind === 'transition')).toHaveLength(p.positionChanges);
        expect(p.steps[0]!.kind).toBe('warm-up');
        expect(p.steps.at(-1)!.kind).toBe('after-care');
        // No other order of the blocks has fewer stretches-before-pressure, or as few and less moving.
        const constraints: OrderingConstraint[] = p.steps
          .filter((s) => s.kind === 'stretch')
          .flatMap((stretch) =>
            p.steps
              .filter((s) => s.kind === 'compression' && s.muscle === stretch.muscle && s.side === stretch.side)
              .filter((s) => s.position !== stretch.position)
              .map((s) => ({ first: s.position, then: stretch.position })),
          );
        const score = (order: BodyPosition[]) => [countViolations(order, constraints), transitionTotal(order)] as const;
        const [violations, moving] = score(p.positions);
        for (const order of permutations(p.positions)) {
          const [v, t] = score(order);
          expect(v > violations || (v === violations && t >= moving)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('gives the same plan for the same input', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy = structuredClone(input);
        const a = plan(input);
        const b = plan(copy);
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });

  it('never mentions heat under noHeat, nor medicines ever', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = plan(input);
        if (!p) return;
        const text = p.steps.flatMap((s) => s.instructions).join(' ');
        expect(text).not.toMatch(/medic|drug|pill|tablet|painkiller|ibuprofen|paracetamol|water/i);
        if (input.modifications!.noHeat) expect(text).not.toMatch(/moist|heat pack should/);
      }),
      { numRuns: 50 },
    );
  });
});
