import { describe, expect, it } from 'vitest';
import { adherence, dueDates, homeProgramInputSchema, itemsFromPlan } from './home-program.ts';

describe('home programs', () => {
  it('spreads the days a week evenly and runs for the weeks asked', () => {
    expect(dueDates({ daysPerWeek: 3, weeks: 2, startDate: '2026-11-23' })).toEqual([
      '2026-11-23',
      '2026-11-25',
      '2026-11-27',
      '2026-11-30',
      '2026-12-02',
      '2026-12-04',
    ]);
    expect(dueDates({ daysPerWeek: 7, weeks: 1, startDate: '2026-12-28' })).toHaveLength(7);
  });

  it('counts adherence as done against due, week by week, with mean pain before and after', () => {
    const program = { daysPerWeek: 3, weeks: 4, startDate: '2026-11-02' };
    const logs = [
      { doneOn: '2026-11-02', painBefore: 6, painAfter: 3 },
      { doneOn: '2026-11-04', painBefore: 5, painAfter: 3 },
      { doneOn: '2026-11-10', painBefore: null, painAfter: null },
      // Extra days in one week do not make up for a missed week.
      { doneOn: '2026-11-11', painBefore: 4, painAfter: 2 },
      { doneOn: '2026-11-12', painBefore: null, painAfter: null },
      { doneOn: '2026-11-13', painBefore: null, painAfter: null },
    ];
    const result = adherence(program, logs, '2026-11-16');
    expect(result.weeks.map((w) => [w.due, w.done])).toEqual([
      [3, 2],
      [3, 3],
      [1, 0],
    ]);
    expect(result).toMatchObject({
      due: 7,
      done: 5,
      rate: 0.71,
      painBefore: 5,
      painAfter: 2.7,
      dueToday: true,
      doneToday: false,
    });
    expect(result.nextDue).toBe('2026-11-18');
    expect(adherence(program, logs, '2026-12-31').finished).toBe(true);
  });

  it('takes the points and stretches of a planned session, once each', () => {
    const items = itemsFromPlan({
      steps: [
        {
          id: 'a',
          kind: 'compression',
          triggerPoint: 'upper-trapezius.tp1',
          muscle: 'upper-trapezius',
          side: 'left',
          title: '',
          position: 'seated',
          seconds: 60,
          instructions: [],
        },
        {
          id: 'b',
          kind: 'compression',
          triggerPoint: 'upper-trapezius.tp1',
          muscle: 'upper-trapezius',
          side: 'left',
          title: '',
          position: 'seated',
          seconds: 60,
          instructions: [],
        },
        {
          id: 'c',
          kind: 'stretch',
          muscle: 'upper-trapezius',
          side: 'left',
          title: '',
          position: 'seated',
          seconds: 30,
          instructions: [],
        },
      ],
    });
    expect(items).toEqual([
      { kind: 'trigger-point', triggerPoint: 'upper-trapezius.tp1', side: 'left' },
      { kind: 'stretch', muscle: 'upper-trapezius', side: 'left' },
    ]);
    expect(
      homeProgramInputSchema.safeParse({ title: 'Neck', items, daysPerWeek: 8, weeks: 4, startDate: '2026-11-30' })
        .error?.issues[0]?.path,
    ).toEqual(['daysPerWeek']);
  });
});
