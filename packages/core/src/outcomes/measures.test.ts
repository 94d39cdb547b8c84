import { describe, expect, it } from 'vitest';
import { SCALES, SCALE_IDS, parseOutcomeEntry, scaleValue, type OutcomeEntry } from './measures.ts';

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = parseOutcomeEntry(input);
  if (result.ok) throw new Error('expected the entry to be rejected');
  return result.issues;
}

describe('scales', () => {
  it('describe both ends of 0–10 in words, and the middle of Myomap’s own scales', () => {
    for (const id of SCALE_IDS) {
      const scale = SCALES[id];
      expect(scale.id).toBe(id);
      const values = scale.anchors.map((a) => a.value);
      expect(values[0], id).toBe(0);
      expect(values.at(-1), id).toBe(10);
      if (scale.ownScale) expect(values, id).toContain(5);
      for (const anchor of scale.anchors) expect(anchor.label.length, id).toBeGreaterThan(3);
      expect(scale.question, id).toMatch(/\?$/);
    }
  });

  it('tie pain now to the NRS and mark the others as Myomap’s own', () => {
    expect(SCALES.pain).toMatchObject({ instrument: 'nrs-pain', ownScale: false, higherIsBetter: false });
    expect(SCALES.sleep.higherIsBetter).toBe(true);
    expect(SCALE_IDS.filter((id) => SCALES[id].ownScale)).toEqual(['stiffness', 'stress', 'sleep', 'soreness']);
  });
});

describe('diary entries', () => {
  const full = {
    kind: 'diary',
    date: '2026-11-20',
    time: '07:45',
    pain: 5,
    painDrawing: { regions: [{ region: 'temple.right', intensity: 5, qualities: ['aching'] }] },
    stiffness: 6,
    stress: 3,
    sleep: 7,
    note: 'Stiff neck on waking.',
  };

  it('accept pain alone or with a drawing, the other scales and a note', () => {
    expect(parseOutcomeEntry({ kind: 'diary', date: '2026-11-20', pain: 0 })).toMatchObject({ ok: true });
    expect(parseOutcomeEntry(full)).toEqual({ ok: true, entry: full });
  });

  it('name the field in every error', () => {
    expect(issuesOf({ kind: 'diary', date: '2026-11-20' })).toEqual([
      { path: 'pain', message: 'pain must be a number 0–10' },
    ]);
    expect(issuesOf({ ...full, stress: 11, sleep: 2.5 })).toEqual([
      { path: 'stress', message: 'stress must be 0–10' },
      { path: 'sleep', message: 'sleep must be a whole number 0–10' },
    ]);
    expect(issuesOf({ ...full, date: '2026-02-30' })).toEqual([{ path: 'date', message: 'date is not a real date' }]);
    expect(issuesOf({ ...full, time: '25:00' })).toEqual([{ path: 'time', message: 'time must be HH:MM' }]);
    expect(issuesOf({ ...full, mood: 4 })[0]?.message).toMatch(/mood/);
  });

  it('check the pain drawing with its own rules', () => {
    const issues = issuesOf({ ...full, painDrawing: { regions: [{ region: 'tail', intensity: 5, qualities: [] }] } });
    expect(issues).toEqual([{ path: 'painDrawing.regions[0].region', message: 'unknown region "tail"' }]);
  });
});

describe('session entries', () => {
  it('take pain before and after, and soreness the next day later', () => {
    const entry = { kind: 'session', date: '2026-11-20', sessionId: 'sn_1', painBefore: 6, painAfter: 3 };
    expect(parseOutcomeEntry(entry)).toEqual({ ok: true, entry });
    expect(parseOutcomeEntry({ kind: 'session', date: '2026-11-20', sorenessNextDay: 4 })).toMatchObject({ ok: true });
  });

  it('need at least one rating', () => {
    expect(issuesOf({ kind: 'session', date: '2026-11-20' })).toEqual([
      { path: 'painBefore', message: 'give pain before, pain after or soreness the next day' },
    ]);
    expect(issuesOf({ kind: 'session', date: '2026-11-20', painAfter: -1 })).toEqual([
      { path: 'painAfter', message: 'painAfter must be 0–10' },
    ]);
  });

  it('reject an unknown kind', () => {
    expect(issuesOf({ kind: 'mood', date: '2026-11-20' })).toEqual([
      { path: 'kind', message: 'kind must be diary or session' },
    ]);
  });
});

describe('scaleValue', () => {
  it('reads diary scales from diary entries and soreness from session entries', () => {
    const diary: OutcomeEntry = { kind: 'diary', date: '2026-11-20', pain: 4, stress: 2 };
    const session: OutcomeEntry = { kind: 'session', date: '2026-11-20', painBefore: 6, sorenessNextDay: 3 };
    expect(scaleValue(diary, 'pain')).toBe(4);
    expect(scaleValue(diary, 'stress')).toBe(2);
    expect(scaleValue(diary, 'sleep')).toBeUndefined();
    expect(scaleValue(diary, 'soreness')).toBeUndefined();
    expect(scaleValue(session, 'soreness')).toBe(3);
    expect(scaleValue(session, 'pain')).toBeUndefined();
  });
});
