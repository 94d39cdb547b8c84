import { useEffect, useReducer } from 'react';
import { parsePainDrawing, type PainDrawing, type PainQuality } from '@myomap/core/body/pain-drawing.ts';

export type MarkedRegion = PainDrawing['regions'][number];

export interface DrawingState {
  regions: readonly MarkedRegion[];
  /** Earlier states, newest last, for undo. */
  past: readonly (readonly MarkedRegion[])[];
}

export type DrawingAction =
  | { type: 'toggle'; region: string }
  | { type: 'mark'; region: string }
  | { type: 'unmark'; region: string }
  | { type: 'intensity'; region: string; intensity: number }
  | { type: 'quality'; region: string; quality: PainQuality }
  | { type: 'undo' }
  | { type: 'clear' };

export const DEFAULT_INTENSITY = 5;
const STORAGE_KEY = 'myomap.pain-drawing.v1';
const HISTORY_LIMIT = 50;

function withRegion(
  regions: readonly MarkedRegion[],
  region: string,
  change: (r: MarkedRegion) => MarkedRegion,
): MarkedRegion[] {
  const existing = regions.find((r) => r.region === region);
  if (!existing) return [...regions, change({ region, intensity: DEFAULT_INTENSITY, qualities: [] })];
  return regions.map((r) => (r.region === region ? change(r) : r));
}

function next(regions: readonly MarkedRegion[], action: DrawingAction): readonly MarkedRegion[] {
  switch (action.type) {
    case 'toggle':
      return regions.some((r) => r.region === action.region)
        ? regions.filter((r) => r.region !== action.region)
        : withRegion(regions, action.region, (r) => r);
    case 'mark':
      return regions.some((r) => r.region === action.region) ? regions : withRegion(regions, action.region, (r) => r);
    case 'unmark':
      return regions.filter((r) => r.region !== action.region);
    case 'intensity':
      return withRegion(regions, action.region, (r) => ({
        ...r,
        intensity: Math.min(10, Math.max(1, Math.round(action.intensity))),
      }));
    case 'quality':
      return withRegion(regions, action.region, (r) => ({
        ...r,
        qualities: r.qualities.includes(action.quality)
          ? r.qualities.filter((q) => q !== action.quality)
          : [...r.qualities, action.quality],
      }));
    case 'undo':
    case 'clear':
      return regions;
  }
}

export function drawingReducer(state: DrawingState, action: DrawingAction): DrawingState {
  if (action.type === 'undo') {
    const previous = state.past.at(-1);
    return previous ? { regions: previous, past: state.past.slice(0, -1) } : state;
  }
  const regions = action.type === 'clear' ? [] : next(state.regions, action);
  if (regions === state.regions || (regions.length === 0 && state.regions.length === 0)) return state;
  return { regions, past: [...state.past, state.regions].slice(-HISTORY_LIMIT) };
}

function load(): DrawingState {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (raw) {
      const parsed = parsePainDrawing(JSON.parse(raw));
      if (parsed.ok) return { regions: parsed.drawing.regions, past: [] };
    }
  } catch {
    // A damaged or foreign value is ignored; the person starts with an empty drawing.
  }
  return { regions: [], past: [] };
}

/** The drawing saved in this browser by the body map, if any (for attaching it to a diary entry). */
export function savedPainDrawing(): PainDrawing | undefined {
  const regions = load().regions;
  return regions.length > 0 ? { regions: [...regions] } : undefined;
}

/** The pain drawing being made, kept in this browser (localStorage) until it is saved. */
export function usePainDrawing(): [DrawingState, React.Dispatch<DrawingAction>] {
  const [state, dispatch] = useReducer(drawingReducer, undefined, load);
  useEffect(() => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ regions: state.regions }));
    } catch {
      // Storage full or disabled: the drawing still works for this visit.
    }
  }, [state.regions]);
  return [state, dispatch];
}
