import { useMemo } from 'react';
import { FIGURE_VIEWS, regionIdsOfView } from '@myomap/core/body/figures/index.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';
import { regionLabel } from '../atlas/labels.ts';
import { intensityColour } from '../body/BodyMap.tsx';
import type { MarkedRegion } from './note-form.ts';

/** Whole-body views first; close-ups only for places the whole body does not show. */
const CANDIDATE_VIEWS: readonly ViewId[] = [
  'front',
  'back',
  'right',
  'left',
  'head-side',
  'head-front',
  'head-back',
  'hand-palm',
  'hand-back',
  'foot-sole',
  'foot-top',
];

const CLOSE_UPS: readonly ViewId[] = CANDIDATE_VIEWS.slice(4);

/**
 * The fewest views (at most three) that between them show every marked place, and when everything
 * marked fits one close-up (a headache, a hand), that close-up too: small places read better there.
 */
function viewsFor(regions: readonly MarkedRegion[]): ViewId[] {
  const cover = coveringViews(regions);
  const ids = regions.map((r) => r.region);
  const closeUp = CLOSE_UPS.find((id) => {
    const drawn = new Set(regionIdsOfView(id));
    return ids.length > 0 && ids.every((r) => drawn.has(r));
  });
  return closeUp && !cover.includes(closeUp) && cover.length < 3 ? [...cover, closeUp] : cover;
}

function coveringViews(regions: readonly MarkedRegion[]): ViewId[] {
  const missing = new Set(regions.map((r) => r.region));
  const chosen: ViewId[] = [];
  while (missing.size > 0 && chosen.length < 3) {
    let best: { id: ViewId; hits: number } | undefined;
    for (const id of CANDIDATE_VIEWS) {
      if (chosen.includes(id)) continue;
      const drawn = new Set(regionIdsOfView(id));
      const hits = [...missing].filter((r) => drawn.has(r)).length;
      if (hits > 0 && (!best || hits > best.hits)) best = { id, hits };
    }
    if (!best) break;
    chosen.push(best.id);
    for (const r of regionIdsOfView(best.id)) missing.delete(r);
  }
  return chosen;
}

/** A read-only picture of the body chart, shaded by intensity, beside its list in words. */
export function ChartFigure({ regions }: { regions: readonly MarkedRegion[] }): React.JSX.Element | null {
  const views = useMemo(() => viewsFor(regions).map((id) => FIGURE_VIEWS[id]), [regions]);
  if (views.length === 0) return null;
  const marks = new Map(regions.map((r) => [r.region, r]));
  return (
    <div className="chart-figure">
      {views.map((view) => {
        const shown = view.regions.filter((r) => marks.has(r.id));
        const description = shown.map((r) => `${regionLabel(r.id)} ${marks.get(r.id)!.intensity} out of 10`).join(', ');
        return (
          <svg
            key={view.id}
            viewBox={`0 0 ${view.width} ${view.height}`}
            role="img"
            aria-label={`Body chart, ${view.label.toLowerCase()} view: ${description}`}
            className="figure-svg chart-figure__svg"
          >
            <path d={view.outline} className="figure-outline" />
            {view.regions.map((region) => {
              const mark = marks.get(region.id);
              return (
                <path
                  key={region.id}
                  d={region.path}
                  className="figure-region"
                  style={mark ? { fill: intensityColour(mark.intensity) } : undefined}
                />
              );
            })}
            {view.details.map((d, i) => (
              <path key={i} d={d} className="figure-detail" />
            ))}
          </svg>
        );
      })}
    </div>
  );
}
