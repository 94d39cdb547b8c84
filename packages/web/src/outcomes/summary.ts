import { SCALES } from '@myomap/core/outcomes/measures.ts';
import { OUTCOMES_BIBLIOGRAPHY } from '@myomap/core/outcomes/outcomes-bibliography.ts';
import type { ChartScale, OutcomeTrend } from './queries.ts';

/** "Farrar et al. 2001" from a bibliography key. */
export function shortCitation(ref: string): string {
  const entry = OUTCOMES_BIBLIOGRAPHY.find((b) => b.key === ref);
  if (!entry) return ref;
  const authors = entry.citation.split('. ')[0] ?? '';
  const surname = authors.split(' ')[0] ?? ref;
  const year = /\b(19|20)\d{2}\b/.exec(entry.citation)?.[0];
  return `${surname}${authors.includes(',') ? ' et al.' : ''}${year ? ` ${year}` : ''}`;
}

const one = (n: number): string => n.toFixed(1);

/** The scale's name inside a sentence: "Pain", "Stiffness", "Sleep". */
export function scaleName(scale: ChartScale): string {
  return scale === 'pain' ? 'Pain' : SCALES[scale].label;
}

/**
 * One sentence on the change from the first week to the last: judged against the cited threshold for pain,
 * the change alone for Myomap's own scales, and why there is none when there is none.
 */
export function trendSummary(scale: ChartScale, trend: OutcomeTrend): string {
  const name = scaleName(scale);
  const a = trend.assessment;
  if (a) {
    const t = a.threshold;
    const rule = `at least ${t.value} ${t.unit}${t.orPercent !== undefined ? ` or ${t.orPercent}%` : ''}; ${shortCitation(t.source.ref)}`;
    const from = `${name} went from ${one(a.baseline)} (first week) to ${one(a.current)} (last week)`;
    if (a.direction === 'same') return `${from}: no change.`;
    const size = `${one(Math.abs(a.change))} points ${a.direction}`;
    if (a.important) return `${from}: ${size} — a clinically important change (${rule}).`;
    if (a.notableWorsening)
      return `${from}: ${size} — a worsening of at least ${t.value} points, worth talking over with your therapist.`;
    return `${from}: ${size}, less than a clinically important change (${rule}).`;
  }
  const first = trend.firstWindow?.mean;
  const last = trend.lastWindow?.mean;
  if (trend.windowChange !== null && first != null && last != null) {
    const change = trend.windowChange;
    const better = SCALES[scale].higherIsBetter ? change > 0 : change < 0;
    const size =
      Math.abs(change) < 0.05 ? 'no change' : `${one(Math.abs(change))} points ${better ? 'better' : 'worse'}`;
    return `${name} went from ${one(first)} (first week) to ${one(last)} (last week): ${size}. This is one of Myomap’s own scales, with no published threshold for a clinically important change.`;
  }
  if (trend.reason === 'no entries') return 'No entries in this period yet.';
  return trend.reason ? `No change to judge yet: ${trend.reason}.` : 'No change to judge yet.';
}
