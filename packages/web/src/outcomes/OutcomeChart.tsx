import { SCALES } from '@myomap/core/outcomes/measures.ts';
import { useQuery } from '@tanstack/react-query';
import { useCallback, useId, useState } from 'react';
import { problemMessage, problemOf } from '../api/problems.ts';
import { daysAgo, formatDay, formatShortDay } from './dates.ts';
import { csvHref, fetchTrend, outcomesKey, type ChartScale, type OutcomeSource, type OutcomeTrend } from './queries.ts';
import { trendSummary } from './summary.ts';
import './outcomes.css';

const CHART_SCALES: readonly ChartScale[] = ['pain', 'stiffness', 'stress', 'sleep'];

const PERIODS = {
  '4w': { label: 'Last 4 weeks', days: 27 },
  '3m': { label: 'Last 3 months', days: 90 },
  all: { label: 'All time', days: null },
} as const;
type PeriodId = keyof typeof PERIODS;

type Session = NonNullable<OutcomeTrend['days'][number]['session']>;

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function sessionText(session: Session): string {
  const parts = [
    session.painBefore !== null ? `pain ${session.painBefore} before` : null,
    session.painAfter !== null ? `${session.painAfter} after` : null,
    session.sorenessNextDay !== null ? `soreness ${session.sorenessNextDay} the day after` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? `Session: ${parts.join(', ')}` : 'Session';
}

function axisTitle(scale: ChartScale): string {
  return `${SCALES[scale].label} (0–10)`;
}

/** The width of an element in CSS pixels, so the chart's text stays readable at any width. */
function useWidth(): [(element: HTMLDivElement | null) => () => void, number | null] {
  const [width, setWidth] = useState<number | null>(null);
  const ref = useCallback((element: HTMLDivElement | null) => {
    if (!element) return () => undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function Chart({
  scale,
  trend,
  titleId,
  summaryId,
  width,
}: {
  scale: ChartScale;
  trend: OutcomeTrend;
  titleId: string;
  summaryId: string;
  width: number;
}): React.JSX.Element {
  // Drawn in CSS pixels at the width it is shown, so the text is the same size on a phone and a desktop.
  const W = Math.max(280, width);
  const H = W < 480 ? 260 : 300;
  const M = { left: 64, right: 18, top: 14, bottom: 72 };
  const PLOT_W = W - M.left - M.right;
  const PLOT_H = H - M.top - M.bottom;
  const LANE_Y = M.top + PLOT_H + 16;
  const days = trend.days;
  const x = (i: number): number => M.left + (days.length === 1 ? PLOT_W / 2 : (i / (days.length - 1)) * PLOT_W);
  const y = (v: number): number => M.top + ((10 - v) / 10) * PLOT_H;
  const points = days.flatMap((d, i) => (d.value === null ? [] : [{ x: x(i), y: y(d.value), day: d }]));
  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  // Date labels at a whole number of days apart, the last day always labelled.
  const maxTicks = Math.max(2, Math.floor(PLOT_W / 90));
  const step = Math.max(1, Math.ceil((days.length - 1) / (maxTicks - 1)));
  const ticks: number[] = [];
  for (let i = 0; i < days.length; i += step) ticks.push(i);
  const lastIndex = days.length - 1;
  const lastTick = ticks.at(-1) ?? 0;
  if (lastTick !== lastIndex) {
    if (ticks.length > 1 && lastIndex - lastTick < step / 2) ticks.pop();
    ticks.push(lastIndex);
  }
  const first = days[0]?.date ?? '';
  const last = days.at(-1)?.date ?? '';
  const sessions = days.flatMap((d, i) => (d.session ? [{ x: x(i), day: d }] : []));
  const diamond = (cx: number, cy: number, r: number): string =>
    `M${cx},${cy - r} L${cx + r},${cy} L${cx},${cy + r} L${cx - r},${cy} Z`;
  const tickAnchor = (k: number): 'start' | 'middle' | 'end' =>
    ticks.length < 2 ? 'middle' : k === 0 ? 'start' : k === ticks.length - 1 ? 'end' : 'middle';

  return (
    <svg
      className="outcome-chart__svg"
      viewBox={`0 0 ${W} ${H}`}
      width={W}
      height={H}
      role="img"
      aria-labelledby={`${titleId} ${summaryId}`}
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={titleId}>
        {`${SCALES[scale].label} by day, ${formatDay(first)} to ${formatDay(last)}: ${points.length} ${
          points.length === 1 ? 'day' : 'days'
        } with a rating, ${sessions.length} ${sessions.length === 1 ? 'session' : 'sessions'}.`}
      </title>
      {/* Grid and y axis */}
      {[0, 2, 4, 6, 8, 10].map((v) => (
        <g key={v}>
          <line className="outcome-chart__grid" x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
          <text className="outcome-chart__tick" x={M.left - 8} y={y(v)} textAnchor="end" dominantBaseline="middle">
            {v}
          </text>
        </g>
      ))}
      <text
        className="outcome-chart__axis-title"
        transform={`translate(12 ${M.top + PLOT_H / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {axisTitle(scale)}
      </text>
      <line className="outcome-chart__axis" x1={M.left} x2={W - M.right} y1={y(0)} y2={y(0)} />
      {/* Sessions: a dashed line through the day and a diamond in the lane under the axis. */}
      {sessions.map((s) => (
        <g key={s.day.date}>
          <line className="outcome-chart__session-line" x1={s.x} x2={s.x} y1={M.top} y2={y(0)} />
          <path className="outcome-chart__session" d={diamond(s.x, LANE_Y, 7)}>
            <title>{`${formatDay(s.day.date)}: ${sessionText(s.day.session as Session).toLowerCase()}`}</title>
          </path>
        </g>
      ))}
      {sessions.length > 0 ? (
        <text className="outcome-chart__tick" x={4} y={LANE_Y} dominantBaseline="middle">
          Sessions
        </text>
      ) : null}
      {/* x axis */}
      {ticks.map((i, k) => (
        <text key={i} className="outcome-chart__tick" x={x(i)} y={H - 30} textAnchor={tickAnchor(k)}>
          {formatShortDay(days[i]?.date ?? '')}
        </text>
      ))}
      <text className="outcome-chart__axis-title" x={M.left + PLOT_W / 2} y={H - 8} textAnchor="middle">
        Date
      </text>
      {/* The readings */}
      <path className="outcome-chart__line" d={line} />
      {points.map((p) => (
        <circle key={p.day.date} className="outcome-chart__point" cx={p.x} cy={p.y} r={5}>
          <title>{`${formatDay(p.day.date)}: ${formatValue(p.day.value as number)}`}</title>
        </circle>
      ))}
    </svg>
  );
}

function DataTable({ scale, trend }: { scale: ChartScale; trend: OutcomeTrend }): React.JSX.Element {
  const rows = trend.days.filter((d) => d.value !== null || d.session !== null).reverse();
  return (
    <details className="outcome-chart__table">
      <summary>Show as a table</summary>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{SCALES[scale].label} by day, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">{SCALES[scale].label} (0–10)</th>
              <th scope="col">Session</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.date}>
                <th scope="row">
                  <time dateTime={d.date}>{formatDay(d.date)}</time>
                </th>
                <td>
                  {d.value === null
                    ? 'No rating'
                    : `${formatValue(d.value)}${d.readings > 1 ? ` (mean of ${d.readings})` : ''}`}
                </td>
                <td>{d.session ? sessionText(d.session) : 'No session'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/**
 * One scale of a diary over time: the chart (sessions marked with their own shape), a sentence on the change
 * from the first week to the last, the same data as a table, and the CSV download where there is one.
 */
export function OutcomeChart({
  source,
  title,
  intro,
}: {
  source: OutcomeSource;
  title: string;
  intro?: React.ReactNode;
}): React.JSX.Element {
  const id = useId();
  const [chartRef, chartWidth] = useWidth();
  const [scale, setScale] = useState<ChartScale>('pain');
  const [period, setPeriod] = useState<PeriodId>('3m');
  const days = PERIODS[period].days;
  const from = days === null ? undefined : daysAgo(days);
  const trend = useQuery({
    queryKey: [...outcomesKey(source), 'trend', scale, from ?? 'all'],
    queryFn: () => fetchTrend(source, scale, from),
    placeholderData: (previous) => previous,
  });
  const csv = csvHref(source, from);
  const data = trend.data;
  const shown = data?.scale === scale ? data : undefined;

  return (
    <section className="outcome-chart" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {intro}
      <div className="outcome-chart__controls">
        <div className="field">
          <label htmlFor={`${id}-scale`}>Show</label>
          <select id={`${id}-scale`} value={scale} onChange={(e) => setScale(e.target.value as ChartScale)}>
            {CHART_SCALES.map((s) => (
              <option key={s} value={s}>
                {SCALES[s].label}
              </option>
            ))}
          </select>
        </div>
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
      {trend.isPending ? (
        <p role="status" className="loading">
          Loading the chart…
        </p>
      ) : trend.isError ? (
        <div className="alert alert--error" role="alert">
          <p>The chart could not be loaded. {problemMessage(problemOf(trend.error))}</p>
          <button type="button" className="button button--small" onClick={() => void trend.refetch()}>
            Try again
          </button>
        </div>
      ) : shown === undefined ? (
        <p role="status" className="loading">
          Loading the chart…
        </p>
      ) : shown.days.length === 0 ? (
        <p className="outcome-chart__empty">No diary entries in this period yet.</p>
      ) : (
        <>
          <p id={`${id}-summary`} className="outcome-chart__summary">
            {trendSummary(scale, shown)}
          </p>
          {shown.assessment ? (
            <details className="outcome-chart__evidence">
              <summary>Why this threshold?</summary>
              <p>{shown.assessment.threshold.evidence}</p>
            </details>
          ) : null}
          <figure className="outcome-chart__figure" aria-busy={trend.isFetching}>
            <div ref={chartRef} className="outcome-chart__frame">
              {chartWidth === null ? null : (
                <Chart
                  scale={scale}
                  trend={shown}
                  titleId={`${id}-title`}
                  summaryId={`${id}-summary`}
                  width={chartWidth}
                />
              )}
            </div>
            <figcaption className="outcome-chart__legend">
              <span className="outcome-chart__key">
                <svg width="16" height="16" aria-hidden="true" focusable="false">
                  <circle className="outcome-chart__point" cx="8" cy="8" r="5" />
                </svg>
                Circle: the day’s rating
              </span>
              <span className="outcome-chart__key">
                <svg width="16" height="16" aria-hidden="true" focusable="false">
                  <path className="outcome-chart__session" d="M8,1 L15,8 L8,15 L1,8 Z" />
                </svg>
                Diamond: a treatment session
              </span>
            </figcaption>
          </figure>
          <DataTable scale={scale} trend={shown} />
        </>
      )}
      <p>
        <a className="button button--small" href={csv} download>
          Download CSV
        </a>{' '}
        <span className="muted">Every entry in the period, for a spreadsheet.</span>
      </p>
    </section>
  );
}
