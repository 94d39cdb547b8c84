import { useRef, useState } from 'react';
import { FIGURE_VIEWS, type FigureView } from '@myomap/core/body/figures/index.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import type { ViewId } from '@myomap/core/body/region.types.ts';
import { regionLabel } from '../atlas/labels.ts';
import { regionInDirection, type Direction } from './navigation.ts';
import type { DrawingAction, MarkedRegion } from './usePainDrawing.ts';

export interface Overlay {
  essential: ReadonlySet<string>;
  spillover: ReadonlySet<string>;
}

export interface BodyMapProps {
  view: ViewId;
  regions: readonly MarkedRegion[];
  dispatch: React.Dispatch<DrawingAction>;
  selected: string | undefined;
  onSelect: (region: string) => void;
  /** A referral pattern drawn over the figure (from a finder result). */
  overlay?: Overlay | undefined;
  /** Show the pelvic regions (anus, genitals), which stay hidden unless the person asks for them. */
  showPelvic?: boolean;
}

/**
 * The view as the person has chosen to see it: regions shown only on request are left out unless
 * asked for, or already marked (a mark is never hidden). Keyboard navigation uses this view too, so
 * the arrows never land on a hidden region.
 */
export function visibleView(view: FigureView, showPelvic: boolean, marked: ReadonlySet<string>): FigureView {
  if (showPelvic) return view;
  const regions = view.regions.filter((r) => !findRegion(r.id)?.optIn || marked.has(r.id));
  return regions.length === view.regions.length ? view : { ...view, regions };
}

const ARROWS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

function describe(label: string, mark: MarkedRegion | undefined): string {
  if (!mark) return label;
  const qualities = mark.qualities.length > 0 ? `, ${mark.qualities.join(', ')}` : '';
  return `${label}, ${mark.intensity} out of 10${qualities}`;
}

/** Heat from pale amber (1) to deep red (10), readable against the figure's fill. */
export function intensityColour(intensity: number): string {
  const t = (Math.min(10, Math.max(1, intensity)) - 1) / 9;
  const hue = 38 - 34 * t;
  const light = 62 - 22 * t;
  return `hsl(${hue.toFixed(0)} 85% ${light.toFixed(0)}%)`;
}

/**
 * The interactive body figure. Each region is a checkbox ("Right temple, 7 out of 10, aching");
 * one region at a time is in the tab order (roving tabindex): Tab enters the map, arrow keys move
 * between neighbouring regions, Space or Enter marks and unmarks, digits set the intensity (0 = 10),
 * Delete unmarks.
 */
export function BodyMap({
  view: viewId,
  regions,
  dispatch,
  selected,
  onSelect,
  overlay,
  showPelvic = false,
}: BodyMapProps): React.JSX.Element {
  const marks = new Map(regions.map((r) => [r.region, r]));
  const view = visibleView(FIGURE_VIEWS[viewId], showPelvic, new Set(marks.keys()));
  const [focused, setFocused] = useState<string | undefined>(undefined);
  const refs = useRef(new Map<string, SVGPathElement>());
  const active = view.regions.some((r) => r.id === focused)
    ? focused
    : view.regions.some((r) => r.id === selected)
      ? selected
      : view.regions[0]?.id;

  const focusRegion = (id: string): void => {
    setFocused(id);
    onSelect(id);
    refs.current.get(id)?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent<SVGPathElement>, id: string): void => {
    const direction = ARROWS[event.key];
    if (direction) {
      event.preventDefault();
      const target = regionInDirection(view, id, direction);
      if (target) focusRegion(target);
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      dispatch({ type: 'toggle', region: id });
      onSelect(id);
      return;
    }
    if (/^[0-9]$/.test(event.key)) {
      event.preventDefault();
      dispatch({ type: 'intensity', region: id, intensity: event.key === '0' ? 10 : Number(event.key) });
      onSelect(id);
      return;
    }
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      dispatch({ type: 'unmark', region: id });
    }
  };

  return (
    <svg
      viewBox={`0 0 ${view.width} ${view.height}`}
      className="figure-svg body-map__svg"
      role="group"
      aria-label={`Body map, ${view.label.toLowerCase()} view. Arrow keys move between regions, Space marks, digits set intensity.`}
    >
      <path d={view.outline} className="figure-outline" aria-hidden="true" />
      {view.regions.map((region) => {
        const mark = marks.get(region.id);
        const label = regionLabel(region.id);
        const classes = ['figure-region', 'body-map__region'];
        if (overlay?.essential.has(region.id)) classes.push('figure-region--essential');
        else if (overlay?.spillover.has(region.id)) classes.push('figure-region--spillover');
        if (region.id === selected) classes.push('body-map__region--selected');
        return (
          <path
            key={region.id}
            ref={(el) => {
              if (el) refs.current.set(region.id, el);
              else refs.current.delete(region.id);
            }}
            d={region.path}
            className={classes.join(' ')}
            style={mark ? { fill: intensityColour(mark.intensity) } : undefined}
            role="checkbox"
            aria-checked={mark ? 'true' : 'false'}
            aria-label={describe(label, mark)}
            tabIndex={region.id === active ? 0 : -1}
            data-region={region.id}
            onClick={() => {
              setFocused(region.id);
              dispatch({ type: 'toggle', region: region.id });
              onSelect(region.id);
            }}
            onFocus={() => setFocused(region.id)}
            onKeyDown={(event) => onKeyDown(event, region.id)}
          >
            <title>{label}</title>
          </path>
        );
      })}
      <g aria-hidden="true" pointerEvents="none">
        {view.details.map((d, i) => (
          <path key={i} d={d} className="figure-detail" />
        ))}
      </g>
    </svg>
  );
}
