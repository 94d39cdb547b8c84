import { describe, expect, it } from 'vitest';
import { NDI_ITEM_IDS } from './instruments/index.ts';
import { scoreResponse } from './responses.ts';

describe('questionnaire responses', () => {
  it('scores an NDI from its section scores (2,1,2,2,3,2,2,2,2,2 → 20 of 50, 40%)', () => {
    const scores = [2, 1, 2, 2, 3, 2, 2, 2, 2, 2];
    const answers = Object.fromEntries(NDI_ITEM_IDS.map((id, i) => [id, scores[i]]));
    const result = scoreResponse('ndi', answers);
    expect(result.ok && result.response.score).toMatchObject({ ok: true, score: 20, percent: 40 });
  });

  it('scores a pain rating and names a wrong answer with its path', () => {
    const ok = scoreResponse('nrs-pain', { score: 6 });
    expect(ok.ok && ok.response.score).toMatchObject({ ok: true, score: 6 });
    const bad = scoreResponse('nrs-pain', { score: 12 });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['answers.score']);
  });
});
