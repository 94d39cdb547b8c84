import { describe, expect, it } from 'vitest';
import { drawingReducer, type DrawingState } from './usePainDrawing.ts';

const empty: DrawingState = { regions: [], past: [] };

describe('pain drawing state', () => {
  it('marks, sets intensity and qualities, unmarks, and undoes step by step', () => {
    let state = drawingReducer(empty, { type: 'toggle', region: 'temple.right' });
    state = drawingReducer(state, { type: 'intensity', region: 'temple.right', intensity: 7 });
    state = drawingReducer(state, { type: 'quality', region: 'temple.right', quality: 'aching' });
    state = drawingReducer(state, { type: 'mark', region: 'elbow.lateral.left' });
    expect(state.regions).toEqual([
      { region: 'temple.right', intensity: 7, qualities: ['aching'] },
      { region: 'elbow.lateral.left', intensity: 5, qualities: [] },
    ]);
    state = drawingReducer(state, { type: 'toggle', region: 'temple.right' });
    expect(state.regions.map((r) => r.region)).toEqual(['elbow.lateral.left']);
    state = drawingReducer(state, { type: 'undo' });
    expect(state.regions.map((r) => r.region)).toEqual(['temple.right', 'elbow.lateral.left']);
    state = drawingReducer(state, { type: 'clear' });
    expect(state.regions).toEqual([]);
    state = drawingReducer(state, { type: 'undo' });
    expect(state.regions).toHaveLength(2);
  });

  it('keeps intensity within 1–10 and marks a region when its intensity is set', () => {
    let state = drawingReducer(empty, { type: 'intensity', region: 'heel.under.left', intensity: 14 });
    expect(state.regions).toEqual([{ region: 'heel.under.left', intensity: 10, qualities: [] }]);
    state = drawingReducer(state, { type: 'intensity', region: 'heel.under.left', intensity: -3 });
    expect(state.regions[0]?.intensity).toBe(1);
  });

  it('does nothing (and records no history) for no-op actions', () => {
    expect(drawingReducer(empty, { type: 'undo' })).toBe(empty);
    expect(drawingReducer(empty, { type: 'clear' })).toBe(empty);
    const marked = drawingReducer(empty, { type: 'mark', region: 'heel.under.left' });
    expect(drawingReducer(marked, { type: 'mark', region: 'heel.under.left' })).toBe(marked);
  });
});
