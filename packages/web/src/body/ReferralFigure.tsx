import { useMemo } from 'react';
import type { TriggerPointView } from '@myomap/core/atlas/atlas-views.ts';
import { FIGURE_VIEWS, placeInView, regionIdsOfView, type FigureView } from '@myomap/core/body/figures/index.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';

/** Whole-body views first: a pattern is easiest to read on the whole figure. */
const CANDIDATE_VIEWS: readonly ViewId[] = [
  'front',
  'back',
  'right',
  'head-side',
  'head-front',
  'head-back',
  'hand-palm',
  'hand-back',
  'foot-sole',
  'foot-top',
];

function regionsOf(view: ViewId): Set<string> {
  return new Set(regionIdsOfView(view));
}

/**
 * The one or two views that show most of the pattern (zones and trigger point locations). Chosen
 * from the region table, so only the views shown get their geometry built.
 */
function bestViews(triggerPoints: readonly TriggerPointView[]): FigureView[] {
  const wanted = triggerPoints.flatMap((tp) => [tp.region, ...tp.essential, ...tp.spillover]);
  const scored = CANDIDATE_VIEWS.map((id, order) => {
    const drawn = regionsOf(id);
    const essentialHits = triggerPoints.flatMap((tp) => tp.essential).filter((r) => drawn.has(r)).length;
    return { id, hits: wanted.filter((r) => drawn.has(r)).length, essentialHits, order };
  }).sort((a, b) => b.hits - a.hits || b.essentialHits - a.essentialHits || a.order - b.order);
  const first = scored[0]!;
  const firstDrawn = regionsOf(first.id);
  const missing = new Set(wanted.filter((r) => !firstDrawn.has(r)));
  const second = scored.slice(1).find((s) => [...missing].some((r) => regionsOf(s.id).has(r)));
  return (second ? [first.id, second.id] : [first.id]).map((id) => FIGURE_VIEWS[id]);
}

export function ReferralFigure({
  triggerPoints,
  title,
}: {
  triggerPoints: readonly TriggerPointView[];
  title: string;
}): React.JSX.Element {
  const views = useMemo(() => bestViews(triggerPoints), [triggerPoints]);
  const essential = new Set(triggerPoints.flatMap((tp) => tp.essential));
  const spillover = new Set(triggerPoints.flatMap((tp) => tp.spillover).filter((r) => !essential.has(r)));
  return (
    <figure className="referral-figure">
      <div className="referral-figure__views">
        {views.map((view) => (
          <svg
            key={view.id}
            viewBox={`0 0 ${view.width} ${view.height}`}
            role="img"
            aria-label={`${title}, ${view.label.toLowerCase()} view`}
            className="figure-svg"
          >
            <path d={view.outline} className="figure-outline" />
            {view.regions.map((region) => (
              <path
                key={region.id}
                d={region.path}
                className={
                  essential.has(region.id)
                    ? 'figure-region figure-region--essential'
                    : spillover.has(region.id)
                      ? 'figure-region figure-region--spillover'
                      : 'figure-region'
                }
              />
            ))}
            {view.details.map((d, i) => (
              <path key={i} d={d} className="figure-detail" />
            ))}
            {triggerPoints.map((tp) => {
              const at = placeInView(view.id, tp.region, tp.location.u, tp.location.v);
              if (!at) return null;
              const r = Math.max(view.width, view.height) / 90;
              return (
                <g key={tp.id} className="figure-marker" transform={`translate(${at.x} ${at.y})`}>
                  <circle r={r * 1.6} />
                  <path d={`M ${-r} ${-r} L ${r} ${r} M ${-r} ${r} L ${r} ${-r}`} />
                </g>
              );
            })}
          </svg>
        ))}
      </div>
      <figcaption>
        <span className="legend legend--essential">Usual pain</span>
        <span className="legend legend--spillover">Sometimes</span>
        <span className="legend legend--marker">Trigger point</span>
        <span className="muted"> · shown on the right side; the left is the mirror image</span>
      </figcaption>
    </figure>
  );
}
