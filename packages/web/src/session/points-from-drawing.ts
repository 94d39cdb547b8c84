import { parsePainDrawing } from '@myomap/core/body/pain-drawing.ts';
import { createAtlasFinder } from '@myomap/core/finder/atlas-finder.ts';
import type { PlanTriggerPointInput } from '@myomap/core/planner/planner.types.ts';

/**
 * The trigger points to offer when a session starts from the body map: the first trigger point of
 * each of the finder's leading muscles, on the side that explains the drawing.
 */
export function pointsFromSavedDrawing(count: number): PlanTriggerPointInput[] {
  try {
    const raw = globalThis.localStorage?.getItem('myomap.pain-drawing.v1');
    if (!raw) return [];
    const parsed = parsePainDrawing(JSON.parse(raw));
    if (!parsed.ok || parsed.drawing.regions.length === 0) return [];
    const output = createAtlasFinder()({ regions: parsed.drawing.regions, top: count });
    return output.results.flatMap((r) => {
      const id = r.triggerPoints[0];
      const side = r.sides[0];
      return id && side ? [{ id, side }] : [];
    });
  } catch {
    return [];
  }
}
