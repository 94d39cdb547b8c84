import { findInstrument, type InstrumentId } from '@myomap/core/outcomes/instruments/index.ts';
import type { Schemas } from '../api/client.ts';
import { shortCitation } from '../outcomes/summary.ts';

export type QuestionnaireOverview = Schemas['QuestionnaireOverview'];
export type ScheduleView = QuestionnaireOverview['schedules'][number];
export type ResponseView = QuestionnaireOverview['responses'][number];
export type ChangeView = QuestionnaireOverview['changes'][number];

/** Whole numbers as they are, means to one decimal place. */
export function formatPoints(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

/** "Once", "Before every visit", "Every 3 visits" from a schedule rule. */
export function ruleText(rule: ScheduleView['rule']): string {
  const visit = (value: unknown): number | null => (typeof value === 'number' && value > 1 ? value : null);
  switch (rule.kind) {
    case 'once': {
      const at = visit(rule.atVisit);
      return at ? `Once, at visit ${at}` : 'Once';
    }
    case 'every-visit':
      return 'Before every visit';
    case 'every-n-visits': {
      const from = visit(rule.startAtVisit);
      return `Every ${typeof rule.n === 'number' ? rule.n : '?'} visits${from ? `, from visit ${from}` : ''}`;
    }
    default:
      return 'On a schedule';
  }
}

/** "20 of 50 (40%)", "6.3 of 10", or why there is no score. */
export function scoreText(instrument: InstrumentId, score: ResponseView['score']): string {
  if (!score.ok || score.score === undefined) return `Not scored: ${score.reason ?? 'too few answers'}`;
  const { max } = findInstrument(instrument).range;
  const percent = score.percent !== undefined && max !== 100 ? ` (${formatPoints(score.percent)}%)` : '';
  const blanks = score.missing > 0 && instrument !== 'psfs' ? `, ${score.missing} left blank` : '';
  return `${formatPoints(score.score)} of ${max}${percent}${blanks}`;
}

/**
 * One sentence on the change from the first score to the latest, judged against the published threshold:
 * "Neck Disability Index: 20 → 9 (−11 points) — a clinically important improvement (threshold: …)".
 */
export function changeSentence(change: ChangeView): string {
  const a = change.assessment;
  const t = a.threshold;
  const name = findInstrument(change.instrument).name;
  const sign = a.change > 0 ? '+' : a.change < 0 ? '−' : '±';
  const points = `${sign}${formatPoints(Math.abs(a.change))} points`;
  const threshold = `threshold: ${formatPoints(t.value)} ${t.unit}${t.orPercent !== undefined ? ` or ${t.orPercent}%` : ''}; ${shortCitation(t.source.ref)}`;
  const head = `${name}: ${formatPoints(a.baseline)} → ${formatPoints(a.current)} (${points})`;
  if (a.direction === 'same') return `${head} — no change (${threshold}).`;
  if (a.important) return `${head} — a clinically important improvement (${threshold}).`;
  if (a.notableWorsening)
    return `${head} — a worsening at least as large as the threshold, worth a look (${threshold}).`;
  return a.direction === 'better'
    ? `${head} — an improvement smaller than a clinically important change (${threshold}).`
    : `${head} — a worsening smaller than the threshold (${threshold}).`;
}
