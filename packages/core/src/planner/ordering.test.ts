import { describe, expect, it } from 'vitest';
import { COMFORT_SEQUENCE, countViolations, orderPositions, transitionTotal } from './ordering.ts';
import { planSession } from './planner.ts';

const left = (...ids: string[]) => ids.map((id) => ({ id, side: 'left' as const }));

describe('orderPositions', () => {
  it('follows the comfortable sequence when nothing else decides', () => {
    expect(orderPositions(['prone', 'seated', 'supine', 'standing'], [])).toEqual([
      'standing',
      'seated',
      'supine',
      'prone',
    ]);
    expect(orderPositions([...COMFORT_SEQUENCE].reverse(), [])).toEqual(COMFORT_SEQUENCE);
  });

  it('puts pressure work before the stretch of the same muscle, even against the comfortable sequence', () => {
    expect(orderPositions(['standing', 'seated'], [{ first: 'seated', then: 'standing' }])).toEqual([
      'seated',
      'standing',
    ]);
    // Getting up from lying costs 40 s rather than 30 s to get down, but the stretch wins.
    expect(orderPositions(['seated', 'supine'], [{ first: 'supine', then: 'seated' }])).toEqual(['supine', 'seated']);
  });

  it('breaks a cycle of constraints by the fewest violations, then time, then comfort', () => {
    const cycle = [
      { first: 'seated', then: 'standing' },
      { first: 'standing', then: 'seated' },
      { first: 'seated', then: 'standing' },
    ] as const;
    expect(orderPositions(['standing', 'seated'], cycle)).toEqual(['seated', 'standing']);
    expect(countViolations(['seated', 'standing'], cycle)).toBe(1);
  });

  it('counts transition time: up 40 s, down 30 s, otherwise 20 s', () => {
    expect(transitionTotal(['seated', 'standing', 'supine', 'prone'])).toBe(20 + 30 + 20);
    expect(transitionTotal(['prone', 'seated'])).toBe(40);
    expect(transitionTotal(['seated'])).toBe(0);
  });
});

describe('planSession: orders known by hand', () => {
  it('presses the neck lying down before the seated neck stretch (supine → seated)', () => {
    // splenius capitis: pressed lying on the back, stretched sitting; temporalis: both sitting.
    const plan = planSession({ triggerPoints: left('splenius-capitis.tp1', 'temporalis.tp1') });
    expect(plan.positions).toEqual(['supine', 'seated']);
    expect(plan.steps.map((s) => s.kind).filter((k) => k !== 'stripping')).toEqual([
      'warm-up',
      'compression',
      'transition',
      'stretch',
      'compression',
      'stretch',
      'after-care',
    ]);
  });

  it('goes seated → standing → lying on the back: stretch after pressure, then down to the floor once', () => {
    // temporalis: seated/seated; supraspinatus: seated, stretched standing; subscapularis: supine/supine.
    // Without violations: seated-standing-supine 20 + 30 = 50 s; seated-supine-standing 30 + 40;
    // supine-seated-standing 40 + 20. The first is best.
    const plan = planSession({
      triggerPoints: left('temporalis.tp1', 'subscapularis.upper', 'supraspinatus.medial'),
    });
    expect(plan.positions).toEqual(['seated', 'standing', 'supine']);
    expect(plan.steps.filter((s) => s.kind === 'transition').map((s) => s.seconds)).toEqual([20, 30]);
  });

  it('lies on the side before lying on the back when time is equal (comfortable sequence)', () => {
    // gluteus minimus: side-lying with a ball, stretched side-lying; subscapularis: supine/supine.
    const plan = planSession({
      triggerPoints: left('subscapularis.upper', 'gluteus-minimus.anterior'),
      tools: ['ball'],
    });
    expect(plan.positions).toEqual(['side-lying', 'supine']);
    // Priority order inside the blocks is kept, even though the top point comes second.
    expect(plan.steps.find((s) => s.kind === 'compression')!.triggerPoint).toBe('gluteus-minimus.anterior');
  });

  it('sits before standing when the standing work is the stretch of a seated point', () => {
    // supraspinatus: seated, stretched standing; quadratus lumborum upper: standing/standing.
    const plan = planSession({ triggerPoints: left('quadratus-lumborum.superficial-upper', 'supraspinatus.medial') });
    expect(plan.positions).toEqual(['seated', 'standing']);
    const ids = plan.steps.map((s) => s.id);
    expect(ids.indexOf('stretch:supraspinatus:left')).toBeGreaterThan(
      ids.indexOf('compression:supraspinatus.medial:left'),
    );
    // In the standing block the quadratus lumborum (ranked first) comes before the supraspinatus stretch.
    expect(ids.indexOf('compression:quadratus-lumborum.superficial-upper:left')).toBeLessThan(
      ids.indexOf('stretch:supraspinatus:left'),
    );
  });
});
