import { describe, expect, it } from 'vitest';
import { findTriggerPoint } from '../atlas/atlas.ts';
import type { Muscle, TriggerPoint } from '../atlas/atlas.types.ts';
import { PlanError, planSession, type PlanInput, type PlanStep, type SessionPlan } from './index.ts';

const tp = (id: string, side: 'left' | 'right' = 'left') => ({ id, side });
const kinds = (plan: SessionPlan): string[] => plan.steps.map((s) => s.kind);
const step = (plan: SessionPlan, id: string): PlanStep => {
  const found = plan.steps.find((s) => s.id === id);
  if (!found) throw new Error(`no step ${id} in ${plan.steps.map((s) => s.id).join(', ')}`);
  return found;
};
const indexOf = (plan: SessionPlan, id: string): number => plan.steps.findIndex((s) => s.id === id);
const points = (plan: SessionPlan): string[] =>
  plan.steps.filter((s) => s.kind === 'compression').map((s) => `${s.triggerPoint!}:${s.side!}`);

function planError(input: PlanInput): PlanError {
  try {
    planSession(input);
  } catch (error) {
    if (error instanceof PlanError) return error;
    throw error;
  }
  throw new Error('expected a PlanError');
}

describe('planSession: a three-point plan', () => {
  const input: PlanInput = {
    triggerPoints: [tp('temporalis.tp1'), tp('upper-trapezius.tp1'), tp('soleus.tp1', 'right')],
    mode: 'self-care',
  };
  const plan = planSession(input);

  it('uses real atlas ids', () => {
    for (const { id } of input.triggerPoints) expect(findTriggerPoint(id)).toBeDefined();
  });

  it('warms up first, works each point, stretches each muscle once, and ends with after-care', () => {
    expect(plan.steps[0]!.kind).toBe('warm-up');
    expect(plan.steps.at(-1)!.kind).toBe('after-care');
    expect(points(plan)).toEqual(['temporalis.tp1:left', 'upper-trapezius.tp1:left', 'soleus.tp1:right']);
    const stretches = plan.steps.filter((s) => s.kind === 'stretch').map((s) => `${s.muscle!}:${s.side!}`);
    expect(stretches).toEqual(['temporalis:left', 'upper-trapezius:left', 'soleus:right']);
    expect(plan.leftOut).toEqual([]);
    expect(plan.budgetSeconds).toBe(1200);
    expect(plan.totalSeconds).toBe(plan.steps.reduce((sum, s) => sum + s.seconds, 0));
    expect(plan.totalSeconds).toBeLessThanOrEqual(1200);
  });

  it('presses seated and stretches the calf at the wall afterwards: one change of position', () => {
    expect(plan.positions).toEqual(['seated', 'standing-wall']);
    expect(plan.positionChanges).toBe(1);
    expect(kinds(plan).filter((k) => k === 'transition')).toHaveLength(1);
    expect(indexOf(plan, 'stretch:soleus:right')).toBeGreaterThan(indexOf(plan, 'compression:soleus.tp1:right'));
    expect(step(plan, 'stretch:soleus:right').position).toBe('standing-wall');
  });

  it('takes doses from the atlas and places points on concrete regions', () => {
    const trapezius = step(plan, 'compression:upper-trapezius.tp1:left');
    expect(trapezius).toMatchObject({
      muscle: 'upper-trapezius',
      region: 'shoulder.top.left',
      holdSeconds: 30,
      repetitions: 3,
      pressure: 6,
      tool: 'hands',
      position: 'seated',
    });
    // 15 s to find the spot, 3 holds of 30 s, 2 rests of 10 s.
    expect(trapezius.seconds).toBe(15 + 3 * 30 + 2 * 10);
    expect(step(plan, 'compression:temporalis.tp1:left').region).toBe('temple.left');
    expect(step(plan, 'compression:soleus.tp1:right').region).toBe('calf.lower.right');
    // Stretch: 20 s to set up, then the atlas's 3 holds of 30 s.
    expect(step(plan, 'stretch:upper-trapezius:left')).toMatchObject({ seconds: 20 + 3 * 30, repetitions: 3 });
  });

  it('gives each step short instructions, and after-care that names when to ask a doctor without medicines', () => {
    for (const s of plan.steps) {
      expect(s.instructions.length).toBeGreaterThanOrEqual(2);
      for (const sentence of s.instructions) {
        expect(sentence).toMatch(/^[A-Z].*[.]$/);
        expect(sentence.length).toBeLessThan(140);
      }
    }
    const afterCare = plan.steps.at(-1)!;
    expect(afterCare.seconds).toBe(60);
    expect(afterCare.instructions.join(' ')).toMatch(/soreness for a day or two is normal/);
    expect(afterCare.instructions.join(' ')).toMatch(/doctor/);
    const all = plan.steps.flatMap((s) => s.instructions).join(' ');
    expect(all).not.toMatch(/medic|drug|pill|tablet|painkiller|ibuprofen|paracetamol|water/i);
  });

  it('is deterministic', () => {
    expect(planSession(input)).toEqual(plan);
  });
});

describe('planSession: pressure', () => {
  const input: PlanInput = { triggerPoints: [tp('upper-trapezius.tp1'), tp('temporalis.tp1')] };
  const pressures = (plan: SessionPlan): number[] =>
    plan.steps.filter((s) => s.pressure !== undefined).map((s) => s.pressure!);

  it('caps every pressure at 3 under light pressure', () => {
    const plan = planSession({ ...input, intensity: 'firm', modifications: { lightPressure: true } });
    expect(plan.pressureCap).toBe(3);
    expect(Math.max(...pressures(plan))).toBeLessThanOrEqual(3);
    expect(step(plan, 'compression:upper-trapezius.tp1:left').instructions.join(' ')).toMatch(/3 out of 10/);
  });

  it('shifts the atlas target by intensity, never above 7', () => {
    const at = (intensity: 'gentle' | 'moderate' | 'firm') =>
      step(planSession({ ...input, intensity }), 'compression:upper-trapezius.tp1:left').pressure;
    expect(at('gentle')).toBe(4);
    expect(at('moderate')).toBe(6);
    expect(at('firm')).toBe(7);
    expect(planSession(input).pressureCap).toBe(7);
  });
});

describe('planSession: modifications', () => {
  it('never plans a point in an area to avoid, nor the stretch of a muscle with no point left', () => {
    const plan = planSession({
      triggerPoints: [tp('upper-trapezius.tp1'), tp('temporalis.tp1'), tp('soleus.tp1', 'right')],
      modifications: { avoidRegions: ['shoulder.top.left', 'calf.lower'] },
    });
    expect(points(plan)).toEqual(['temporalis.tp1:left']);
    expect(plan.steps.some((s) => s.muscle === 'upper-trapezius' || s.muscle === 'soleus')).toBe(false);
    expect(plan.leftOut).toEqual([
      { triggerPoint: 'upper-trapezius.tp1', side: 'left', reason: 'in an area to avoid (screening)' },
      { triggerPoint: 'soleus.tp1', side: 'right', reason: 'in an area to avoid (screening)' },
    ]);
  });

  it('keeps the stretch of a muscle while one of its points is still planned', () => {
    const plan = planSession({
      triggerPoints: [tp('masseter.superficial-upper'), tp('masseter.superficial-middle')],
      modifications: { avoidRegions: ['cheek.left'] },
    });
    expect(points(plan)).toEqual(['masseter.superficial-middle:left']);
    expect(plan.steps.filter((s) => s.kind === 'stretch')).toHaveLength(1);
  });

  it('moves face-down work to lying on the side when prone is ruled out, and says so', () => {
    const input: PlanInput = {
      triggerPoints: [tp('rectus-femoris.tp1'), tp('tensor-fasciae-latae.tp1')],
      tools: ['ball'],
    };
    expect(planSession(input).positions).toContain('prone');
    const plan = planSession({ ...input, modifications: { noPositions: ['prone'] } });
    expect(plan.steps.every((s) => s.position !== 'prone')).toBe(true);
    const press = step(plan, 'compression:rectus-femoris.tp1:left');
    expect(press.position).toBe('side-lying');
    expect(press.instructions[0]).toMatch(/lying on your side instead of lying face down/);
    expect(plan.leftOut).toEqual([]);
  });

  it('adapts a stretch whose position is ruled out, and says so', () => {
    const plan = planSession({
      triggerPoints: [tp('rectus-abdominis.upper')],
      modifications: { noPositions: ['prone'] },
    });
    const stretch = step(plan, 'stretch:rectus-abdominis:left');
    expect(stretch.position).toBe('side-lying');
    expect(stretch.instructions[0]).toMatch(/^Adapt this stretch/);
  });

  it('leaves heat out of the warm-up under noHeat', () => {
    const input: PlanInput = { triggerPoints: [tp('upper-trapezius.tp1')] };
    expect(planSession(input).steps[0]!.instructions.join(' ')).toMatch(/moist pack/);
    const warmUp = planSession({ ...input, modifications: { noHeat: true } }).steps[0]!;
    expect(warmUp.kind).toBe('warm-up');
    expect(warmUp.instructions.join(' ')).not.toMatch(/moist|pack over/);
    expect(warmUp.seconds).toBeGreaterThanOrEqual(60);
    expect(warmUp.seconds).toBeLessThanOrEqual(120);
  });
});

describe('planSession: tools and mode', () => {
  it('falls back to hands where the atlas lists them, and otherwise leaves the point out with a reason', () => {
    const plan = planSession({ triggerPoints: [tp('soleus.tp1'), tp('gluteus-maximus.tp1')], tools: [] });
    expect(step(plan, 'compression:soleus.tp1:left').tool).toBe('hands');
    expect(plan.leftOut).toEqual([
      { triggerPoint: 'gluteus-maximus.tp1', side: 'left', reason: 'needs a ball (not in your tools)' },
    ]);
  });

  it('uses a ball the person has for a point the atlas treats with a ball', () => {
    const plan = planSession({ triggerPoints: [tp('gluteus-maximus.tp1')], tools: ['ball'] });
    expect(step(plan, 'compression:gluteus-maximus.tp1:left').tool).toBe('ball');
  });

  it('substitutes a foam roller for a missing ball and notes it', () => {
    const plan = planSession({ triggerPoints: [tp('gluteus-maximus.tp1')], tools: ['foam-roller'] });
    const press = step(plan, 'compression:gluteus-maximus.tp1:left');
    expect(press.tool).toBe('foam-roller');
    expect(press.instructions[0]).toBe('No ball to hand: use the foam roller instead, gently at first.');
  });

  it('in therapist mode, the therapist presses by hand and holds a little longer', () => {
    const plan = planSession({
      triggerPoints: [tp('upper-trapezius.tp1'), tp('gluteus-maximus.tp1')],
      mode: 'therapist',
    });
    expect(plan.leftOut).toEqual([]);
    const press = step(plan, 'compression:upper-trapezius.tp1:left');
    expect(press).toMatchObject({ tool: 'hands', holdSeconds: 45 });
    expect(press.instructions.join(' ')).toMatch(/the person/);
  });
});

describe('planSession: budget', () => {
  const many = ['upper-trapezius.tp1', 'temporalis.tp1', 'masseter.superficial-middle', 'levator-scapulae.upper'];

  it('keeps the highest-ranked points that fit and lists the rest', () => {
    const plan = planSession({ triggerPoints: many.map((id) => tp(id)), budgetSeconds: 600 });
    expect(plan.totalSeconds).toBeLessThanOrEqual(600);
    const planned = points(plan).map((p) => p.split(':')[0]);
    expect(planned[0]).toBe('upper-trapezius.tp1');
    expect(planned.length).toBeLessThan(many.length);
    for (const left of plan.leftOut) expect(left.reason).toBe('did not fit in the time budget');
    expect([...planned, ...plan.leftOut.map((l) => l.triggerPoint)].sort()).toEqual([...many].sort());
  });

  it('shortens doses before it drops points, and restores them when there is time', () => {
    const input: PlanInput = { triggerPoints: [tp('upper-trapezius.tp1')] };
    // 60 warm-up + (15 + 2 × 30 + 10) + (20 + 1 × 30) stretch + 60 after-care = 255 s.
    const short = planSession({ ...input, budgetSeconds: 260 });
    expect(short.totalSeconds).toBe(255);
    expect(step(short, 'compression:upper-trapezius.tp1:left').repetitions).toBe(2);
    expect(step(short, 'stretch:upper-trapezius:left').repetitions).toBe(1);
    const full = planSession(input);
    expect(step(full, 'compression:upper-trapezius.tp1:left').repetitions).toBe(3);
    expect(step(full, 'stretch:upper-trapezius:left').repetitions).toBe(3);
    expect(full.steps[0]!.seconds).toBe(120);
  });

  it('throws a PlanError naming budgetSeconds when not even one point fits', () => {
    const error = planError({ triggerPoints: [tp('upper-trapezius.tp1')], budgetSeconds: 120 });
    expect(error.message).toMatch(/^budgetSeconds: 120 seconds is too short/);
    expect(error.message).toMatch(/at least \d+ seconds/);
    expect(error.issues[0]!.path).toBe('budgetSeconds');
  });
});

describe('planSession: invalid input', () => {
  it('throws a PlanError naming an unknown trigger point', () => {
    const error = planError({ triggerPoints: [tp('temporalis.tp1'), tp('upper-trapezius.tp1'), tp('nonsense.tp7')] });
    expect(error.message).toBe('triggerPoints[2].id: unknown trigger point "nonsense.tp7"');
  });

  it('plans a midline spot once even if asked for both sides', () => {
    const plan = planSession({ triggerPoints: [tp('sternalis.tp1', 'left'), tp('sternalis.tp1', 'right')] });
    expect(points(plan)).toEqual(['sternalis.tp1:left']);
    expect(plan.leftOut).toEqual([
      { triggerPoint: 'sternalis.tp1', side: 'right', reason: 'the same midline spot as triggerPoints[0]' },
    ]);
    expect(step(plan, 'compression:sternalis.tp1:left').title).not.toMatch(/\(left\)/);
  });
});

describe('planSession with an injected atlas', () => {
  const point: TriggerPoint = {
    id: 'test-muscle.tp1',
    label: 'Test muscle, middle',
    location: { region: 'temple' },
    essential: ['temple'],
    spillover: [],
    symptoms: [],
    howToFind: 'Press.',
    selfTreatment: { tools: ['hands'], position: 'seated', steps: ['Press.'], pressure: 5 },
    sources: [{ ref: 'simons-1999' }],
  };
  const muscle: Muscle = {
    id: 'test-muscle',
    name: 'Test muscle',
    commonNames: [],
    area: 'head',
    action: 'Tests.',
    triggerPoints: [point],
    stretch: { name: 'Test stretch', position: 'seated', steps: ['Stretch.'], holdSeconds: 30, repetitions: 2 },
    perpetuatingFactors: [],
    precautions: [],
    relatedMuscles: [],
    sources: [{ ref: 'simons-1999' }],
  };
  const atlas = { findTriggerPoint: (id: string) => (id === point.id ? { muscle, triggerPoint: point } : undefined) };

  it('uses its defaults for a missing hold and repetitions', () => {
    const plan = planSession({ triggerPoints: [tp('test-muscle.tp1', 'right')] }, atlas);
    expect(step(plan, 'compression:test-muscle.tp1:right')).toMatchObject({
      region: 'temple.right',
      holdSeconds: 45,
      repetitions: 3,
    });
    expect(() => planSession({ triggerPoints: [tp('temporalis.tp1')] }, atlas)).toThrow(/unknown trigger point/);
  });
});
