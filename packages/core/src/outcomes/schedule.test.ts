import { describe, expect, it } from 'vitest';
import { isDue, nextDueVisit, questionnaireScheduleSchema, type QuestionnaireSchedule } from './schedule.ts';

const never = { lastCompletedVisitNumber: null, completedCount: 0 };
const parse = (input: unknown): QuestionnaireSchedule => questionnaireScheduleSchema.parse(input);

describe('once', () => {
  const once = parse({ instrument: 'ndi', rule: { kind: 'once' } });

  it('is due from the first visit until completed, then never again', () => {
    expect(once.rule).toEqual({ kind: 'once', atVisit: 1 });
    expect(isDue(once, { visitNumber: 1, ...never })).toBe(true);
    expect(isDue(once, { visitNumber: 3, ...never })).toBe(true);
    expect(isDue(once, { visitNumber: 3, lastCompletedVisitNumber: 2, completedCount: 1 })).toBe(false);
    expect(nextDueVisit(once, { visitNumber: 3, lastCompletedVisitNumber: 2, completedCount: 1 })).toBeNull();
  });

  it('waits for the visit it was set for', () => {
    const atFour = parse({ instrument: 'psfs', rule: { kind: 'once', atVisit: 4 } });
    expect(isDue(atFour, { visitNumber: 3, ...never })).toBe(false);
    expect(isDue(atFour, { visitNumber: 4, ...never })).toBe(true);
    expect(nextDueVisit(atFour, { visitNumber: 1, ...never })).toBe(4);
  });
});

describe('before every visit', () => {
  const every = parse({ instrument: 'nrs-pain', rule: { kind: 'every-visit' } });

  it('is due at each visit until done for it', () => {
    expect(isDue(every, { visitNumber: 1, ...never })).toBe(true);
    expect(isDue(every, { visitNumber: 5, lastCompletedVisitNumber: 4, completedCount: 4 })).toBe(true);
    expect(isDue(every, { visitNumber: 5, lastCompletedVisitNumber: 5, completedCount: 5 })).toBe(false);
    expect(nextDueVisit(every, { visitNumber: 5, lastCompletedVisitNumber: 5, completedCount: 5 })).toBe(6);
  });
});

describe('every N visits', () => {
  const everyThird = parse({ instrument: 'odi', rule: { kind: 'every-n-visits', n: 3 } });

  it('is due at visits 1, 4, 7… when each is completed on time', () => {
    const due = [];
    let last: number | null = null;
    let count = 0;
    for (let visit = 1; visit <= 10; visit++) {
      const progress = { visitNumber: visit, lastCompletedVisitNumber: last, completedCount: count };
      if (isDue(everyThird, progress)) {
        due.push(visit);
        last = visit;
        count++;
      }
    }
    expect(due).toEqual([1, 4, 7, 10]);
  });

  it('asks again at the next visit after a missed one, then counts from there', () => {
    // Done at visit 1, skipped at 4.
    expect(isDue(everyThird, { visitNumber: 4, lastCompletedVisitNumber: 1, completedCount: 1 })).toBe(true);
    expect(isDue(everyThird, { visitNumber: 5, lastCompletedVisitNumber: 1, completedCount: 1 })).toBe(true);
    expect(isDue(everyThird, { visitNumber: 6, lastCompletedVisitNumber: 5, completedCount: 2 })).toBe(false);
    expect(nextDueVisit(everyThird, { visitNumber: 6, lastCompletedVisitNumber: 5, completedCount: 2 })).toBe(8);
  });

  it('starts at the visit set', () => {
    const fromThird = parse({ instrument: 'odi', rule: { kind: 'every-n-visits', n: 4, startAtVisit: 3 } });
    expect(isDue(fromThird, { visitNumber: 2, ...never })).toBe(false);
    expect(isDue(fromThird, { visitNumber: 3, ...never })).toBe(true);
    expect(nextDueVisit(fromThird, { visitNumber: 1, ...never })).toBe(3);
    expect(nextDueVisit(fromThird, { visitNumber: 4, lastCompletedVisitNumber: 3, completedCount: 1 })).toBe(7);
  });
});

describe('schedule input', () => {
  it('rejects bad rules with messages that name the field', () => {
    const n = questionnaireScheduleSchema.safeParse({ instrument: 'odi', rule: { kind: 'every-n-visits', n: 1 } });
    expect(n.error?.issues[0]).toMatchObject({ path: ['rule', 'n'], message: 'n must be 2–52' });
    const kind = questionnaireScheduleSchema.safeParse({ instrument: 'odi', rule: { kind: 'weekly' } });
    expect(kind.error?.issues[0]?.message).toBe('kind must be once, every-visit or every-n-visits');
    const instrument = questionnaireScheduleSchema.safeParse({ instrument: 'sf-36', rule: { kind: 'every-visit' } });
    expect(instrument.error?.issues[0]?.message).toMatch(/^unknown instrument "sf-36"/);
    const extra = questionnaireScheduleSchema.safeParse({ instrument: 'odi', rule: { kind: 'every-visit', n: 2 } });
    expect(extra.success).toBe(false);
  });

  it('refuses progress that cannot be', () => {
    const every = parse({ instrument: 'nrs-pain', rule: { kind: 'every-visit' } });
    expect(() => isDue(every, { visitNumber: 0, ...never })).toThrow(RangeError);
    expect(() => isDue(every, { visitNumber: 2, lastCompletedVisitNumber: 1, completedCount: 0 })).toThrow(RangeError);
    expect(() => isDue(every, { visitNumber: 2, lastCompletedVisitNumber: null, completedCount: 1 })).toThrow(
      RangeError,
    );
  });
});
