import type { FigureView } from '@myomap/core/body/figures/index.ts';
import { findRegion } from '@myomap/core/body/regions.ts';

export type Direction = 'up' | 'down' | 'left' | 'right';

const VECTORS: Readonly<Record<Direction, { x: number; y: number }>> = {
  up: { x: 0, y: -1 },
  down: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/**
 * The region an arrow key moves to: a neighbouring region (in the vocabulary) drawn in this view
 * that lies in the arrow's direction on screen; failing that, the nearest drawn region in that
 * direction, so the keyboard never gets stuck at the edge of a cluster.
 */
export function regionInDirection(view: FigureView, fromId: string, direction: Direction): string | undefined {
  const from = view.regions.find((r) => r.id === fromId);
  if (!from) return view.regions[0]?.id;
  const want = VECTORS[direction];
  const neighbours = new Set(findRegion(fromId)?.neighbours ?? []);
  const candidates = view.regions
    .filter((r) => r.id !== fromId)
    .map((r) => {
      const dx = r.centroid.x - from.centroid.x;
      const dy = r.centroid.y - from.centroid.y;
      const distance = Math.hypot(dx, dy) || 1;
      const alignment = (dx * want.x + dy * want.y) / distance;
      return { id: r.id, distance, alignment, neighbour: neighbours.has(r.id) };
    })
    .filter((c) => c.alignment > 0.35);
  const best = (list: typeof candidates): string | undefined =>
    [...list].sort((a, b) => a.distance / a.alignment - b.distance / b.alignment || a.id.localeCompare(b.id))[0]?.id;
  return best(candidates.filter((c) => c.neighbour)) ?? best(candidates);
}
