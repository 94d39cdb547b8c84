import { describe, expect, it } from 'vitest';
import type { HomeProgram } from './home-queries.ts';
import {
  addDays,
  adherenceText,
  programStatus,
  ratePercent,
  scheduleText,
  sessionHref,
  stretchNames,
  visitTime,
} from './program-format.ts';

const year = new Date().getFullYear();

function program(overrides: Partial<HomeProgram> = {}, adherence: Partial<HomeProgram['adherence']> = {}): HomeProgram {
  return {
    id: 'p1',
    title: 'Neck and temples',
    items: [
      { kind: 'trigger-point', triggerPoint: 'upper-trapezius.tp1', side: 'right', label: 'Upper trapezius, right' },
      { kind: 'trigger-point', triggerPoint: 'temporalis.tp1', side: 'left', label: 'Temporalis, left' },
      { kind: 'stretch', muscle: 'upper-trapezius', side: 'right', label: 'Stretch: Upper trapezius, right' },
    ],
    daysPerWeek: 3,
    weeks: 4,
    startDate: `${year}-11-23`,
    notes: '',
    therapistName: 'Olivia Owner',
    createdAt: `${year}-11-23T09:00:00.000Z`,
    endedAt: null,
    adherence: {
      due: 7,
      done: 5,
      rate: 0.71,
      weeks: [],
      painBefore: null,
      painAfter: null,
      dueToday: false,
      doneToday: false,
      nextDue: `${year}-11-27`,
      finished: false,
      ...adherence,
    },
    logs: [],
    ...overrides,
  };
}

describe('home program wording', () => {
  it('says how often, for how long and from when', () => {
    expect(scheduleText(program())).toBe('3 days a week for 4 weeks, from 23 Nov');
    expect(scheduleText(program({ daysPerWeek: 7, weeks: 1 }))).toBe('Every day for 1 week, from 23 Nov');
    expect(scheduleText(program({ daysPerWeek: 1, startDate: `${year + 1}-01-05` }))).toBe(
      `1 day a week for 4 weeks, from 5 Jan ${year + 1}`,
    );
  });

  it('counts routines and rounds the rate', () => {
    expect(adherenceText(program().adherence)).toBe('5 of 7 routines done');
    expect(adherenceText(program({}, { due: 1, done: 0 }).adherence)).toBe('0 of 1 routine done');
    expect(ratePercent(program().adherence)).toBe(71);
    expect(ratePercent(program({}, { rate: null }).adherence)).toBeNull();
  });

  it('says what is due today, done, next or over', () => {
    expect(programStatus(program({}, { dueToday: true })).text).toBe('Due today');
    expect(programStatus(program({}, { dueToday: true, doneToday: true })).text).toBe('Done today');
    expect(programStatus(program()).text).toBe(`Next: ${weekday(year, 10, 27)} 27 November`);
    expect(programStatus(program({}, { finished: true, nextDue: null })).text).toBe('Finished');
  });

  it('links the guided session with the trigger points and the program, and lists stretches apart', () => {
    expect(sessionHref('c1', program())).toBe(
      '/session?tp=upper-trapezius.tp1:right&tp=temporalis.tp1:left&program=c1:p1',
    );
    expect(sessionHref('c1', program({ items: [program().items[2]!] }))).toBeUndefined();
    expect(stretchNames(program())).toEqual(['Upper trapezius (right)']);
  });

  it('reads a visit in the clinic’s wall-clock time and moves dates by whole days', () => {
    expect(visitTime(`${year}-12-01T10:00`)).toBe(`${weekday(year, 11, 1)} 1 December at 10:00`);
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

/** The weekday of a date this year, so the expectations hold in any year. */
function weekday(y: number, monthIndex: number, day: number): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, monthIndex, day)),
  );
}
