import { describe, expect, it } from 'vitest';
import { sessionNoteContentSchema, summariseNote } from './session-note.ts';

describe('session note content', () => {
  it('accepts a SOAP note with a body chart and fills defaults', () => {
    const note = sessionNoteContentSchema.parse({
      sessionDate: '2026-11-24',
      subjective: 'Headache at the right temple since Friday',
      drawing: { regions: [{ region: 'temple.right', intensity: 6, qualities: ['aching'] }] },
      treatedPoints: [
        { triggerPoint: 'upper-trapezius.tp1', side: 'right', technique: 'sustained-compression', localTwitch: true },
      ],
      painBefore: 6,
      painAfter: 3,
    });
    expect(note.treatedPoints[0]?.referralReproduced).toBe(false);
    expect(note.plan).toBe('');
    expect(summariseNote(note)).toBe('Treated Upper trapezius; pain 6 → 3');
  });

  it('names each bad field', () => {
    const result = sessionNoteContentSchema.safeParse({
      sessionDate: '2026-02-30',
      treatedPoints: [{ triggerPoint: 'nope.tp9', side: 'middle', technique: 'magic' }],
      painBefore: 11,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual([
      'painBefore',
      'sessionDate',
      'treatedPoints.0.side',
      'treatedPoints.0.technique',
      'treatedPoints.0.triggerPoint',
    ]);
  });
});
