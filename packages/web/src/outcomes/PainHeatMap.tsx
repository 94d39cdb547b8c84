import { FIGURE_VIEWS, type FigureView } from '@myomap/core/body/figures/index.ts';
import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { api, type Schemas } from '../api/client.ts';
import { problemMessage, problemOf, unwrap } from '../api/problems.ts';
import { regionLabel } from '../atlas/labels.ts';
import { daysAgo, formatDay, localDate } from './dates.ts';
import {
  comparePainDrawings,
  REGION_CHANGE_POINTS,
  type DrawingEntry,
  type HeatMapResult,
  type RegionChange,
} from './heat-map.ts';
import { outcomesKey, type OutcomeSource } from './queries.ts';
import './outcomes.css';
import './heat-map.css';

const PERIODS = {
  '4w': { label: 'Last 4 weeks', days: 27 },
  '3m': { label: 'Last 3 months', days: 90 },
  all: { label: 'All time', days: null },
} as const;
type PeriodId = keyof typeof PERIODS;

/** Light to dark in one hue, so the shades still read in greyscale: 1–2, 3–4, 5–6, 7–8, 9–10. */
const SHADES = [
  { level: 1, label: '1–2' },
  { level: 2, label: '3–4' },
  { level: 3, label: '5–6' },
  { level: 4, label: '7–8' },
  { level: 5, label: '9–10' },
] as const;

/** The shade of a mean intensity: 0 is unshaded, anything drawn at least the lightest shade. */
function shadeOf(intensity: number): number {
  if (intensity <= 0) return 0;
  return Math.min(5, Math.max(1, Math.ceil(Math.round(intensity) / 2)));
}

type OutcomeEntryView = Schemas['OutcomeEntryView'];

async function fetchEntries(source: OutcomeSource, from?: string): Promise<OutcomeEntryView[]> {
  const query = from ? { from } : {};
  switch (source.kind) {
    case 'me':
      return unwrap(await api.GET('/api/me/outcomes', { params: { query } }));
    case 'portal':
      return unwrap(
        await api.GET('/api/portal/records/{clientId}/outcomes', {
          params: { path: { clientId: source.clientId }, query },
        }),
      );
    case 'clinic':
      return unwrap(
        await api.GET('/api/clinics/{clinicId}/clients/{clientId}/outcomes', {
          params: { path: { clinicId: source.clinicId, clientId: source.clientId }, query },
        }),
      );
  }
}

function drawingsOf(entries: readonly OutcomeEntryView[]): DrawingEntry[] {
  return entries.flatMap(({ entry }) =>
    entry.kind === 'diary' && entry.painDrawing
      ? [{ date: entry.date, ...(entry.time ? { time: entry.time } : {}), regions: entry.painDrawing.regions }]
      : [],
  );
}

function formatMean(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function formatChange(change: number): string {
  if (change === 0) return 'No change';
  return `${change > 0 ? '+' : '−'}${formatMean(Math.abs(change))}`;
}

function verdictText(region: RegionChange): string {
  switch (region.verdict) {
    case 'improved':
      return region.gone ? 'Improved: no longer drawn' : 'Improved';
    case 'worse':
      return region.isNew ? 'Worse: newly drawn' : 'Worse';
    case 'unchanged':
      return 'Unchanged';
  }
}

function dateRange(from: string, to: string): string {
  return from === to ? formatDay(from) : `${formatDay(from)} to ${formatDay(to)}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface Shown {
  region: string;
  /** The mean intensity the shade shows. */
  intensity: number;
  verdict: RegionChange['verdict'] | null;
}

function Figure({
  view,
  shown,
  patternId,
  label,
}: {
  view: FigureView;
  shown: ReadonlyMap<string, Shown>;
  patternId: string;
  label: string;
}): React.JSX.Element {
  return (
    <svg
      viewBox={`0 0 ${view.width} ${view.height}`}
      role="img"
      aria-label={label}
      className="figure-svg heat-map__svg"
    >
      <path d={view.outline} className="figure-outline" />
      {view.regions.map((region) => {
        const s = shown.get(region.id);
        const shade = s ? shadeOf(s.intensity) : 0;
        return <path key={region.id} d={region.path} className={`figure-region heat-map__shade--${shade}`} />;
      })}
      {view.details.map((d, i) => (
        <path key={i} d={d} className="figure-detail" />
      ))}
      {/* The marks on top of the shading, so an outline is never hidden under a neighbour. */}
      {view.regions.map((region) => {
        const s = shown.get(region.id);
        if (s?.verdict === 'improved') {
          return <path key={region.id} d={region.path} className="heat-map__improved" fill={`url(#${patternId})`} />;
        }
        if (s?.verdict === 'worse') return <path key={region.id} d={region.path} className="heat-map__worse" />;
        return null;
      })}
    </svg>
  );
}

/** Diagonal stripes, white beside black, so they show on the lightest and the darkest shade alike. */
function Hatching({ id, size }: { id: string; size: number }): React.JSX.Element {
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={size} height={size} patternTransform="rotate(45)">
      <line
        x1={size * 0.25}
        y1="0"
        x2={size * 0.25}
        y2={size}
        className="heat-map__hatch-light"
        strokeWidth={size * 0.3}
      />
      <line
        x1={size * 0.55}
        y1="0"
        x2={size * 0.55}
        y2={size}
        className="heat-map__hatch-dark"
        strokeWidth={size * 0.2}
      />
    </pattern>
  );
}

function Legend({ patternId, compared }: { patternId: string; compared: boolean }): React.JSX.Element {
  return (
    <div className="heat-map__legend">
      <p className="heat-map__legend-title">Intensity (0–10):</p>
      <ul className="heat-map__keys">
        {SHADES.map((s) => (
          <li key={s.level} className="heat-map__key">
            <svg width="20" height="20" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="18" height="18" className={`heat-map__swatch heat-map__shade--${s.level}`} />
            </svg>
            {s.label}
          </li>
        ))}
      </ul>
      {compared ? (
        <ul className="heat-map__keys">
          <li className="heat-map__key">
            <svg width="20" height="20" aria-hidden="true" focusable="false">
              <rect x="1" y="1" width="18" height="18" className="heat-map__swatch heat-map__shade--3" />
              <rect x="1" y="1" width="18" height="18" className="heat-map__improved" fill={`url(#${patternId}-key)`} />
            </svg>
            Hatched: improved
          </li>
          <li className="heat-map__key">
            <svg width="20" height="20" aria-hidden="true" focusable="false">
              <rect
                x="2"
                y="2"
                width="16"
                height="16"
                className="heat-map__swatch heat-map__shade--3 heat-map__worse"
              />
            </svg>
            Thick outline: worse
          </li>
        </ul>
      ) : null}
    </div>
  );
}

function RegionTable({ result }: { result: Extract<HeatMapResult, { kind: 'compared' }> }): React.JSX.Element {
  return (
    <details className="outcome-chart__table">
      <summary>Show as a table</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Areas table, scrollable">
        <table className="data-table">
          <caption>
            Mean intensity by area (0–10), earlier ({dateRange(result.early.from, result.early.to)}) and later (
            {dateRange(result.late.from, result.late.to)})
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Earlier</th>
              <th scope="col">Later</th>
              <th scope="col">Change</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {result.regions.map((r) => (
              <tr key={r.region}>
                <th scope="row">{regionLabel(r.region)}</th>
                <td>{formatMean(r.early)}</td>
                <td>{formatMean(r.late)}</td>
                <td>{formatChange(r.change)}</td>
                <td>{verdictText(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function summaryOf(result: Extract<HeatMapResult, { kind: 'compared' }>): string {
  const improved = result.regions.filter((r) => r.verdict === 'improved').length;
  const worse = result.regions.filter((r) => r.verdict === 'worse').length;
  const unchanged = result.regions.length - improved - worse;
  return `${count(improved, 'area', 'areas')} improved, ${worse} worse and ${unchanged} unchanged.`;
}

function captionOf(result: Extract<HeatMapResult, { kind: 'compared' }>): string {
  const { early, late } = result;
  const compared =
    result.split === 'halves'
      ? `the earlier half of the period (${count(early.drawings, 'drawing', 'drawings')}, ${dateRange(early.from, early.to)}) with the later half (${count(late.drawings, 'drawing', 'drawings')}, ${dateRange(late.from, late.to)})`
      : `the first drawing (${formatDay(early.from)}) with the last (${formatDay(late.from)})`;
  return `Shading: the mean intensity of the later drawings; an area left out of a drawing counts as 0. Compares ${compared}. A change of ${REGION_CHANGE_POINTS} points or more, or an area that appears or goes, counts as a change: Myomap’s own choice for single areas, not a validated threshold.`;
}

const FRONT_BACK = ['front', 'back'] as const;

function HeatMapBody({ result, headingId }: { result: HeatMapResult; headingId: string }): React.JSX.Element {
  const patternId = `heat-hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const shown = useMemo(() => {
    const map = new Map<string, Shown>();
    if (result.kind === 'single') {
      for (const r of result.regions) map.set(r.region, { region: r.region, intensity: r.intensity, verdict: null });
    } else if (result.kind === 'compared') {
      for (const r of result.regions) map.set(r.region, { region: r.region, intensity: r.late, verdict: r.verdict });
    }
    return map;
  }, [result]);

  if (result.kind === 'empty') {
    return (
      <p className="outcome-chart__empty">
        No pain drawings in this period. Diary entries that include a pain drawing appear here, area by area.
      </p>
    );
  }
  const views = FRONT_BACK.map((id) => FIGURE_VIEWS[id]);
  const onFigures = new Set(views.flatMap((v) => v.regions.map((r) => r.id)));
  const hidden = [...shown.keys()].filter((id) => !onFigures.has(id));
  const title = result.kind === 'single' ? `Pain drawing of ${formatDay(result.date)}` : 'Pain heat map';
  return (
    <>
      <p className="outcome-chart__summary">
        {result.kind === 'single'
          ? `One drawing in this period (${formatDay(result.date)}), so nothing to compare it with yet.`
          : summaryOf(result)}
      </p>
      <figure className="heat-map__figure" aria-labelledby={headingId}>
        <svg width="0" height="0" className="heat-map__defs" aria-hidden="true" focusable="false">
          <defs>
            <Hatching id={patternId} size={14} />
            <Hatching id={`${patternId}-key`} size={7} />
          </defs>
        </svg>
        <div className="heat-map__views">
          {views.map((view) => (
            <div key={view.id} className="heat-map__view">
              <Figure
                view={view}
                shown={shown}
                patternId={patternId}
                label={`${title}, ${view.label.toLowerCase()} view`}
              />
              <p className="heat-map__view-label" aria-hidden="true">
                {view.label}
              </p>
            </div>
          ))}
        </div>
        <figcaption>
          <Legend patternId={patternId} compared={result.kind === 'compared'} />
          <p className="muted heat-map__caption">
            {result.kind === 'compared'
              ? captionOf(result)
              : 'Shading: the intensity you gave each area in this drawing.'}
            {hidden.length > 0
              ? ` Not visible from the front or back: ${hidden.map((id) => regionLabel(id).toLowerCase()).join(', ')} (see the table).`
              : ''}
          </p>
        </figcaption>
      </figure>
      {result.kind === 'compared' ? (
        <RegionTable result={result} />
      ) : (
        <details className="outcome-chart__table">
          <summary>Show as a table</summary>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Areas table, scrollable">
            <table className="data-table">
              <caption>Intensity by area (0–10), {formatDay(result.date)}</caption>
              <thead>
                <tr>
                  <th scope="col">Area</th>
                  <th scope="col">Intensity</th>
                </tr>
              </thead>
              <tbody>
                {result.regions.map((r) => (
                  <tr key={r.region}>
                    <th scope="row">{regionLabel(r.region)}</th>
                    <td>{r.intensity}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </>
  );
}

/**
 * The areas of the pain drawings over a period on front and back figures, shaded by how much they hurt lately,
 * with the areas that improved hatched and those that got worse outlined; the same as a table.
 */
export function PainHeatMap({ source, title }: { source: OutcomeSource; title: string }): React.JSX.Element {
  const id = useId();
  const [period, setPeriod] = useState<PeriodId>('4w');
  const days = PERIODS[period].days;
  const from = days === null ? undefined : daysAgo(days);
  const entries = useQuery({
    queryKey: [...outcomesKey(source), 'entries', from ?? 'all'],
    queryFn: () => fetchEntries(source, from),
    placeholderData: (previous) => previous,
  });
  const today = localDate();
  const result = useMemo(
    () =>
      entries.data ? comparePainDrawings(drawingsOf(entries.data), { ...(from ? { from } : {}), to: today }) : null,
    [entries.data, from, today],
  );

  return (
    <section className="heat-map" aria-labelledby={`${id}-heading`} aria-busy={entries.isFetching}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="muted">Which areas of the pain drawings got better or worse over the period.</p>
      <div className="outcome-chart__controls">
        <div className="field">
          <label htmlFor={`${id}-period`}>Period</label>
          <select id={`${id}-period`} value={period} onChange={(e) => setPeriod(e.target.value as PeriodId)}>
            {(Object.keys(PERIODS) as PeriodId[]).map((p) => (
              <option key={p} value={p}>
                {PERIODS[p].label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {entries.isPending ? (
        <p role="status" className="loading">
          Loading the pain drawings…
        </p>
      ) : entries.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The pain drawings could not be loaded. {problemMessage(problemOf(entries.error))}</p>
          <button type="button" className="button button--small" onClick={() => void entries.refetch()}>
            Try again
          </button>
        </div>
      ) : result ? (
        <HeatMapBody result={result} headingId={`${id}-heading`} />
      ) : null}
    </section>
  );
}
