import { FIGURE_VIEWS, placeInView, viewsOfRegion } from '@myomap/core/body/figures/index.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';

const PREFERRED: readonly ViewId[] = ['front', 'back', 'right', 'left'];

/** One figure with one spot marked: where to press in a guided step. */
export function PointFigure({
  region,
  view: wanted,
  u,
  v,
  label,
}: {
  region: string;
  view?: string | undefined;
  u?: number | undefined;
  v?: number | undefined;
  label: string;
}): React.JSX.Element | null {
  const views = viewsOfRegion(region);
  const view = views.find((id) => id === wanted) ?? PREFERRED.find((id) => views.includes(id)) ?? views[0];
  if (!view) return null;
  const figure = FIGURE_VIEWS[view];
  const at = placeInView(view, region, u, v);
  const r = Math.max(figure.width, figure.height) / 60;
  return (
    <svg
      viewBox={`0 0 ${figure.width} ${figure.height}`}
      role="img"
      aria-label={label}
      className="figure-svg point-figure"
    >
      <path d={figure.outline} className="figure-outline" />
      {figure.regions.map((shape) => (
        <path
          key={shape.id}
          d={shape.path}
          className={shape.id === region ? 'figure-region figure-region--spillover' : 'figure-region'}
        />
      ))}
      {at ? (
        <g className="figure-marker figure-marker--pulse" transform={`translate(${at.x} ${at.y})`}>
          <circle r={r * 1.6} />
          <path d={`M ${-r} ${-r} L ${r} ${r} M ${-r} ${r} L ${r} ${-r}`} />
        </g>
      ) : null}
    </svg>
  );
}
