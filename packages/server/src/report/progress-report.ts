import { findTriggerPoint } from '@myomap/core/atlas/atlas.ts';
import { FIGURE_VIEWS, type FigureView } from '@myomap/core/body/figures/index.ts';
import type { PainDrawing } from '@myomap/core/body/pain-drawing.ts';
import { findRegion } from '@myomap/core/body/regions.ts';
import {
  assessChange,
  CHANGE_THRESHOLDS,
  type ChangeAssessment,
  type ChangeThreshold,
} from '@myomap/core/outcomes/change.ts';
import { INSTRUMENTS, type InstrumentId } from '@myomap/core/outcomes/instruments/index.ts';
import { SCALES, type OutcomeEntry, type ScaleId } from '@myomap/core/outcomes/measures.ts';
import { OUTCOMES_BIBLIOGRAPHY } from '@myomap/core/outcomes/outcomes-bibliography.ts';
import { trend, type Trend, type TrendWindow } from '@myomap/core/outcomes/trend.ts';
import type { SessionNoteContent } from '@myomap/core/practice/session-note.ts';
import { DateTime } from 'luxon';
import PDFDocument from 'pdfkit';
import { BOLD, FONT, heightOf, installSymbolFont, printable, widthOf, write, type WriteOptions } from './pdf-text.ts';

/**
 * A client's progress report as a PDF, for a doctor or an insurer: the measures with their change judged
 * against the published threshold, pain over time, the sessions and the first and latest pain drawings.
 * It reports what was recorded; it diagnoses nothing and advises no treatment or medicine.
 */

export interface ReportNote {
  id: string;
  sessionDate: string;
  therapistName: string;
  content: Pick<SessionNoteContent, 'treatedPoints' | 'painBefore' | 'painAfter' | 'drawing'>;
}

export interface ReportDrawing {
  /** The local date it was recorded. */
  date: string;
  source: 'clinic' | 'portal';
  drawing: PainDrawing;
}

export interface ProgressReportInput {
  clinicName: string;
  client: { name: string; dateOfBirth: string | null; erasedAt?: string | null | undefined };
  period: { from: string; to: string };
  /** The local date the report was prepared. */
  preparedOn: string;
  version: string;
  /** Diary entries and session ratings in the period. */
  entries: readonly OutcomeEntry[];
  /** Signed session notes in the period. */
  notes: readonly ReportNote[];
  /** Pain drawings recorded in clinic or in the portal, in the period. */
  drawings: readonly ReportDrawing[];
  /** Visits in the clinic calendar in the period, when known. */
  visits?: { booked: number; cancelled: number } | undefined;
  /** Scored questionnaires completed in the period. */
  questionnaires?: readonly ReportQuestionnaire[] | undefined;
}

export interface ReportQuestionnaire {
  instrument: InstrumentId;
  completedOn: string;
  score: number;
}

export interface ProgressReport {
  pdf: Buffer;
  pages: number;
}

export interface ReportSession {
  date: string;
  therapist: string | null;
  treated: string;
  painBefore: number | null;
  painAfter: number | null;
  sorenessNextDay: number | null;
}

export interface DatedDrawing {
  date: string;
  /** Where the drawing comes from, in words. */
  origin: string;
  drawing: PainDrawing;
}

// ------------------------------------------------------------------ the content, before any layout

/** The muscles a note treated, each with its sides: "Upper trapezius (right)". */
export function treatedSummary(points: SessionNoteContent['treatedPoints']): string {
  const sides = new Map<string, Set<string>>();
  for (const point of points) {
    const muscle = findTriggerPoint(point.triggerPoint)?.muscle.name ?? point.triggerPoint;
    sides.set(muscle, (sides.get(muscle) ?? new Set()).add(point.side));
  }
  return [...sides]
    .map(([muscle, set]) => `${muscle} (${['left', 'right'].filter((s) => set.has(s)).join(' and ')})`)
    .join(', ');
}

/**
 * One row per session: each signed note, with the client's own ratings of that session added where the
 * note has none (matched by the note's id, or else by date), and ratings of sessions without a note.
 */
export function reportSessions(notes: readonly ReportNote[], entries: readonly OutcomeEntry[]): ReportSession[] {
  const ratings = entries.filter((e) => e.kind === 'session');
  const used = new Set<number>();
  const rows: ReportSession[] = notes.map((note) => {
    let index = ratings.findIndex((r, i) => !used.has(i) && r.sessionId === note.id);
    if (index < 0) index = ratings.findIndex((r, i) => !used.has(i) && !r.sessionId && r.date === note.sessionDate);
    const rating = index >= 0 ? ratings[index] : undefined;
    if (index >= 0) used.add(index);
    return {
      date: note.sessionDate,
      therapist: note.therapistName,
      treated: treatedSummary(note.content.treatedPoints),
      painBefore: note.content.painBefore ?? rating?.painBefore ?? null,
      painAfter: note.content.painAfter ?? rating?.painAfter ?? null,
      sorenessNextDay: rating?.sorenessNextDay ?? null,
    };
  });
  ratings.forEach((rating, i) => {
    if (used.has(i)) return;
    rows.push({
      date: rating.date,
      therapist: null,
      treated: '',
      painBefore: rating.painBefore ?? null,
      painAfter: rating.painAfter ?? null,
      sorenessNextDay: rating.sorenessNextDay ?? null,
    });
  });
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}

/** Every pain drawing of the period, oldest first: intake and portal drawings, diary and session notes. */
export function datedDrawings(input: Pick<ProgressReportInput, 'drawings' | 'entries' | 'notes'>): DatedDrawing[] {
  const all: DatedDrawing[] = [
    ...input.drawings.map((d) => ({
      date: d.date,
      origin: d.source === 'portal' ? 'drawn by the client in the portal' : 'drawn in clinic',
      drawing: d.drawing,
    })),
    ...input.entries.flatMap((e) =>
      e.kind === 'diary' && e.painDrawing && e.painDrawing.regions.length > 0
        ? [{ date: e.date, origin: 'from the pain diary', drawing: e.painDrawing }]
        : [],
    ),
    ...input.notes
      .filter((n) => n.content.drawing.regions.length > 0)
      .map((n) => ({ date: n.sessionDate, origin: 'from the session note', drawing: n.content.drawing })),
  ];
  return all.sort((a, b) => a.date.localeCompare(b.date));
}

/** "Farrar et al., 2001" from a bibliography key. */
export function citationInWords(ref: string): string {
  const entry = OUTCOMES_BIBLIOGRAPHY.find((e) => e.key === ref);
  if (!entry) return ref;
  const authors = entry.citation.split('. ')[0]?.split(', ') ?? [];
  const surname = (author: string | undefined): string => author?.split(' ')[0] ?? '';
  const year = /\b(\d{4});/.exec(entry.citation)?.[1] ?? /\b(19|20)\d{2}\b/.exec(entry.citation)?.[0] ?? '';
  const who =
    authors.length > 2
      ? `${surname(authors[0])} et al.`
      : authors.length === 2
        ? `${surname(authors[0])} and ${surname(authors[1])}`
        : surname(authors[0]);
  return year ? `${who}, ${year}` : who;
}

/** "at least 2 points or 30% (Farrar et al., 2001)". */
export function thresholdInWords(threshold: ChangeThreshold): string {
  const percent = threshold.orPercent !== undefined ? ` or ${threshold.orPercent}%` : '';
  return `at least ${threshold.value} points${percent} (${citationInWords(threshold.source.ref)})`;
}

/** One decimal, a true minus sign. */
function decimal(value: number): string {
  const text = Math.abs(value).toFixed(1);
  return value < 0 && text !== '0.0' ? `\u2212${text}` : text;
}

/** A change with its sign: +1.0, −3.0, 0.0. */
function signed(value: number): string {
  const text = decimal(value);
  return value > 0 && text !== '0.0' ? `+${text}` : text;
}

function percentText(percent: number | null): string {
  if (percent === null) return '';
  const rounded = Math.round(percent);
  return ` (${rounded > 0 ? '+' : rounded < 0 ? '\u2212' : ''}${Math.abs(rounded)}%)`;
}

const day = (iso: string): DateTime => DateTime.fromISO(iso, { zone: 'utc' }).setLocale('en-GB');
export const longDate = (iso: string): string => day(iso).toFormat('d LLL yyyy');
const shortDate = (iso: string): string => day(iso).toFormat('d LLL');

function windowDates(window: TrendWindow | null): string {
  if (!window) return '';
  const from = day(window.from);
  const to = day(window.to);
  return from.month === to.month
    ? `${from.toFormat('d')}\u2013${to.toFormat('d LLL yyyy')}`
    : `${from.toFormat('d LLL')} \u2013 ${to.toFormat('d LLL yyyy')}`;
}

export interface SummaryRow {
  measure: string;
  detail: string;
  weeks: string;
  weeksDetail: string;
  change: string;
  judgement: string;
}

/** "7.0 → 4.0"; a dash for a week without enough readings, one dash when neither has. */
function weeksText(first: number | null, last: number | null): string {
  if (first === null && last === null) return '\u2014';
  return `${first === null ? '\u2014' : decimal(first)} \u2192 ${last === null ? '\u2014' : decimal(last)}`;
}

function reasonInWords(reason: string | undefined): string {
  return reason ? `Not enough readings to compare the first and last week: ${reason}.` : 'Not enough readings.';
}

function painJudgement(assessment: ChangeAssessment): string {
  const threshold = thresholdInWords(assessment.threshold);
  if (assessment.important) return `Clinically important improvement: ${threshold}`;
  if (assessment.notableWorsening)
    return `Worse by ${assessment.threshold.value} points or more: worth a look. An important improvement is ${threshold}`;
  if (assessment.direction === 'same') return `No change. An important improvement is ${threshold}`;
  return `Not a clinically important change; that needs ${threshold}`;
}

export function painRow(pain: Trend, diaryEntries: number): SummaryRow {
  const measure = 'Pain now (NRS 0\u201310)';
  const detail = `Client\u2019s diary, ${diaryEntries} ${diaryEntries === 1 ? 'entry' : 'entries'}; lower is better`;
  if (!pain.days.some((d) => d.value !== null))
    return {
      measure,
      detail: 'Client\u2019s diary',
      weeks: '\u2014',
      weeksDetail: '',
      change: '\u2014',
      judgement: 'No pain diary entries in this period, so there is no change to report.',
    };
  const first = pain.firstWindow?.mean ?? null;
  const last = pain.lastWindow?.mean ?? null;
  const weeks = weeksText(first, last);
  const weeksDetail = `first week ${windowDates(pain.firstWindow)}, last week ${windowDates(pain.lastWindow)}`;
  if (pain.windowChange === null || !pain.assessment)
    return { measure, detail, weeks, weeksDetail, change: '\u2014', judgement: reasonInWords(pain.reason) };
  return {
    measure,
    detail,
    weeks,
    weeksDetail,
    change: `${signed(pain.windowChange)}${percentText(pain.assessment.percentChange)}`,
    judgement: painJudgement(pain.assessment),
  };
}

const OWN_SCALE_NOTE = 'Change only: a Myomap scale with no published threshold for important change.';

function scaleRow(scale: ScaleId, series: Trend): SummaryRow {
  const definition = SCALES[scale];
  const readings = series.days.reduce((n, d) => n + d.readings, 0);
  const first = series.firstWindow?.mean ?? null;
  const last = series.lastWindow?.mean ?? null;
  return {
    measure: `${definition.label} (0\u201310)`,
    detail: `${readings} ${readings === 1 ? 'rating' : 'ratings'}; ${definition.higherIsBetter ? 'higher' : 'lower'} is better`,
    weeks: weeksText(first, last),
    weeksDetail: first !== null || last !== null ? 'first week \u2192 last week' : '',
    change: series.windowChange === null ? '\u2014' : signed(series.windowChange),
    judgement: series.windowChange === null ? `${reasonInWords(series.reason)} ${OWN_SCALE_NOTE}` : OWN_SCALE_NOTE,
  };
}

function sessionsRow(sessions: readonly ReportSession[]): SummaryRow | null {
  const rated = sessions.filter((s) => s.painBefore !== null && s.painAfter !== null);
  if (rated.length === 0) return null;
  const mean = (values: number[]): number => values.reduce((t, v) => t + v, 0) / values.length;
  const before = mean(rated.map((s) => s.painBefore as number));
  const after = mean(rated.map((s) => s.painAfter as number));
  return {
    measure: 'Pain around sessions',
    detail: 'just before \u2192 just after',
    weeks: `${decimal(before)} \u2192 ${decimal(after)}`,
    weeksDetail: `mean of ${rated.length} ${rated.length === 1 ? 'session' : 'sessions'}`,
    change: `${signed(after - before)} on average`,
    judgement: 'The change within a session; each session is listed under Sessions.',
  };
}

/** A score as the instrument reports it: whole numbers plain, others to one decimal. */
function scoreText(value: number): string {
  return Number.isInteger(value) ? String(value) : decimal(value);
}

/**
 * One row per questionnaire answered in the period: the first response against the latest, judged against
 * the instrument's published threshold (a single response has nothing to compare with yet).
 */
export function questionnaireRows(responses: readonly ReportQuestionnaire[]): SummaryRow[] {
  return INSTRUMENTS.flatMap((definition) => {
    const mine = responses
      .filter((r) => r.instrument === definition.id)
      .sort((a, b) => a.completedOn.localeCompare(b.completedOn));
    const first = mine[0];
    const last = mine.at(-1);
    if (!first || !last) return [];
    // "Numeric rating scale for pain (0–10)" loses its own range: the abbreviation and range follow.
    const name = definition.name.replace(/\s*\([^)]*\)$/, '');
    const measure = `${name} (${definition.abbreviation}, ${definition.range.min}\u2013${definition.range.max})`;
    const detail = `${mine.length} ${mine.length === 1 ? 'response' : 'responses'}; ${definition.higherIsBetter ? 'higher' : 'lower'} is better`;
    if (mine.length === 1)
      return [
        {
          measure,
          detail,
          weeks: scoreText(first.score),
          weeksDetail: longDate(first.completedOn),
          change: '\u2014',
          judgement: `One response in this period; a second is needed to judge change. An important improvement is ${thresholdInWords(CHANGE_THRESHOLDS[definition.id])}`,
        },
      ];
    const assessment = assessChange(definition.id, first.score, last.score);
    return [
      {
        measure,
        detail,
        weeks: `${scoreText(first.score)} \u2192 ${scoreText(last.score)}`,
        weeksDetail: `${shortDate(first.completedOn)} \u2192 ${longDate(last.completedOn)}`,
        change: `${signed(assessment.change)}${percentText(assessment.percentChange)}`,
        judgement: painJudgement(assessment),
      },
    ];
  });
}

export interface ReportModel {
  pain: Trend;
  rows: SummaryRow[];
  questionnaires: SummaryRow[];
  sessions: ReportSession[];
  drawings: DatedDrawing[];
  diaryEntries: number;
}

export function reportModel(input: ProgressReportInput): ReportModel {
  const pain = trend('pain', input.entries);
  const diaryEntries = input.entries.filter((e) => e.kind === 'diary').length;
  const sessions = reportSessions(input.notes, input.entries);
  const rows = [painRow(pain, diaryEntries)];
  for (const scale of ['stiffness', 'stress', 'sleep', 'soreness'] as const) {
    const series = trend(scale, input.entries);
    if (series.days.some((d) => d.value !== null)) rows.push(scaleRow(scale, series));
  }
  const around = sessionsRow(sessions);
  if (around) rows.push(around);
  return {
    pain,
    rows,
    questionnaires: questionnaireRows(input.questionnaires ?? []),
    sessions,
    drawings: datedDrawings(input),
    diaryEntries,
  };
}

// ------------------------------------------------------------------ layout

const PAGE = { width: 595.28, height: 841.89 };
const MARGIN = 50;
const FOOTER_HEIGHT = 58;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const BOTTOM = PAGE.height - MARGIN - FOOTER_HEIGHT + 10;
const INK = '#1a1a1a';
const MUTED = '#555555';
const RULE = '#bdbdbd';
const ACCENT = '#1f4e79';

class Page {
  y = MARGIN;

  constructor(readonly doc: PDFKit.PDFDocument) {}

  /** Starts a new page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) {
      this.doc.addPage();
      this.y = MARGIN;
    }
  }

  heading(text: string): void {
    this.ensure(60);
    this.y += 6;
    write(this.doc, text, MARGIN, this.y, { font: BOLD, size: 13, color: ACCENT });
    this.y += 19;
  }

  paragraph(text: string, options: { size?: number; color?: string; gap?: number } = {}): void {
    const size = options.size ?? 9;
    const height = heightOf(this.doc, text, CONTENT_WIDTH, { size });
    this.ensure(height);
    write(this.doc, text, MARGIN, this.y, { size, width: CONTENT_WIDTH, color: options.color ?? INK });
    this.y += height + (options.gap ?? 6);
  }

  rule(y = this.y): void {
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + CONTENT_WIDTH, y)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
  }
}

interface Column {
  title: string;
  width: number;
}

interface Cell {
  text: string;
  bold?: boolean;
  /** A second, smaller line in grey. */
  detail?: string;
}

function cellHeight(doc: PDFKit.PDFDocument, cell: Cell, width: number): number {
  const main = heightOf(doc, cell.text, width, { font: cell.bold ? BOLD : FONT, size: 9 });
  const detail = cell.detail ? heightOf(doc, cell.detail, width, { size: 7.5 }) + 1 : 0;
  return main + detail;
}

/** A table with a header row; rows break across pages whole, and the header is repeated. */
function table(page: Page, columns: readonly Column[], rows: readonly Cell[][]): void {
  const doc = page.doc;
  const pad = 4;
  const header = (): void => {
    let x = MARGIN;
    doc.rect(MARGIN, page.y, CONTENT_WIDTH, 16).fillColor('#eef2f6').fill();
    for (const column of columns) {
      write(doc, column.title, x + pad, page.y + 4, { font: BOLD, size: 8, color: INK, width: column.width - 2 * pad });
      x += column.width;
    }
    page.y += 16;
  };
  page.ensure(40);
  header();
  for (const row of rows) {
    const height =
      Math.max(...row.map((cell, i) => cellHeight(doc, cell, (columns[i]?.width ?? 0) - 2 * pad))) + 2 * pad;
    if (page.y + height > BOTTOM) {
      doc.addPage();
      page.y = MARGIN;
      header();
    }
    let x = MARGIN;
    row.forEach((cell, i) => {
      const width = (columns[i]?.width ?? 0) - 2 * pad;
      const below = write(doc, cell.text, x + pad, page.y + pad, { font: cell.bold ? BOLD : FONT, size: 9, width });
      if (cell.detail) write(doc, cell.detail, x + pad, below + 1, { size: 7.5, color: MUTED, width });
      x += columns[i]?.width ?? 0;
    });
    page.y += height;
    page.rule();
  }
  page.y += 8;
}

// ------------------------------------------------------------------ the chart

/** A small line chart of daily pain, session days marked with triangles, first and last week means dashed. */
function painChart(page: Page, pain: Trend, sessions: readonly ReportSession[]): void {
  const doc = page.doc;
  const height = 190;
  page.ensure(height + 30);
  const top = page.y;
  const left = MARGIN + 30;
  const plotTop = top + 18;
  const plotHeight = 120;
  const plotBottom = plotTop + plotHeight;
  const plotWidth = CONTENT_WIDTH - 40;
  const right = left + plotWidth;

  const readings = pain.days.filter((d) => d.value !== null);
  const dates = [...readings.map((d) => d.date), ...sessions.map((s) => s.date)].sort();
  const firstDay = day(dates[0] ?? pain.days[0]?.date ?? '2000-01-01');
  const lastDay = day(dates.at(-1) ?? pain.days.at(-1)?.date ?? '2000-01-01');
  const span = Math.max(1, lastDay.diff(firstDay, 'days').days);
  const xOf = (date: string): number => left + (day(date).diff(firstDay, 'days').days / span) * plotWidth;
  const yOf = (value: number): number => plotBottom - (value / 10) * plotHeight;

  write(doc, 'Pain now (0\u201310)', MARGIN, top, { size: 8, color: MUTED });
  // Grid and y axis.
  for (let v = 0; v <= 10; v += 2) {
    doc
      .moveTo(left, yOf(v))
      .lineTo(right, yOf(v))
      .lineWidth(0.4)
      .strokeColor(v === 0 ? '#777777' : '#e2e2e2')
      .stroke();
    const label = String(v);
    write(doc, label, left - 6 - widthOf(doc, label, { size: 7.5 }), yOf(v) - 3.5, { size: 7.5, color: MUTED });
  }
  doc.moveTo(left, plotTop).lineTo(left, plotBottom).lineWidth(0.6).strokeColor('#777777').stroke();

  // X axis ticks: up to seven dates.
  const step = Math.max(1, Math.ceil(span / 6));
  for (let d = 0; d <= span; d += step) {
    const date = firstDay.plus({ days: d }).toISODate() ?? '';
    const x = xOf(date);
    doc
      .moveTo(x, plotBottom)
      .lineTo(x, plotBottom + 3)
      .lineWidth(0.6)
      .strokeColor('#777777')
      .stroke();
    const label = shortDate(date);
    write(doc, label, x - widthOf(doc, label, { size: 7.5 }) / 2, plotBottom + 5, { size: 7.5, color: MUTED });
  }
  const years = firstDay.year === lastDay.year ? String(firstDay.year) : `${firstDay.year}\u2013${lastDay.year}`;
  const axis = `Date (${years})`;
  write(doc, axis, left + plotWidth / 2 - widthOf(doc, axis, { size: 8 }) / 2, plotBottom + 16, {
    size: 8,
    color: MUTED,
  });

  // Session days: a dotted line and an open triangle above the plot.
  for (const date of new Set(sessions.map((s) => s.date))) {
    const x = xOf(date);
    doc
      .moveTo(x, plotTop)
      .lineTo(x, plotBottom)
      .lineWidth(0.6)
      .dash(1.5, { space: 2 })
      .strokeColor('#8a8a8a')
      .stroke()
      .undash();
    doc
      .polygon([x - 4, plotTop - 9], [x + 4, plotTop - 9], [x, plotTop - 2])
      .lineWidth(0.9)
      .strokeColor(INK)
      .stroke();
  }

  // First and last week means, dashed, labelled.
  for (const window of [pain.firstWindow, pain.lastWindow]) {
    if (!window || window.mean === null) continue;
    const y = yOf(window.mean);
    doc
      .moveTo(xOf(window.from), y)
      .lineTo(xOf(window.to), y)
      .lineWidth(1.2)
      .dash(4, { space: 2.5 })
      .strokeColor('#7a7a7a')
      .stroke()
      .undash();
  }

  // The daily values: a line (dashed across days without a reading) with a dot on each reading.
  readings.forEach((reading, i) => {
    const previous = readings[i - 1];
    if (!previous) return;
    const gap = day(reading.date).diff(day(previous.date), 'days').days > 1;
    doc
      .moveTo(xOf(previous.date), yOf(previous.value as number))
      .lineTo(xOf(reading.date), yOf(reading.value as number));
    doc.lineWidth(1.1).strokeColor(ACCENT);
    if (gap) doc.dash(2, { space: 2 });
    doc.stroke();
    if (gap) doc.undash();
  });
  for (const reading of readings)
    doc
      .circle(xOf(reading.date), yOf(reading.value as number), 1.8)
      .fillColor(ACCENT)
      .fill();

  // Legend: the shapes themselves, so it reads without colour.
  let x = left;
  const legendY = plotBottom + 30;
  doc
    .circle(x + 3, legendY + 3.5, 2)
    .fillColor(ACCENT)
    .fill();
  doc
    .moveTo(x - 3, legendY + 3.5)
    .lineTo(x + 9, legendY + 3.5)
    .lineWidth(1.1)
    .strokeColor(ACCENT)
    .stroke();
  x += 14;
  write(doc, 'Diary pain (mean of the day)', x, legendY, { size: 7.5, color: MUTED });
  x += widthOf(doc, 'Diary pain (mean of the day)', { size: 7.5 }) + 16;
  doc
    .polygon([x, legendY], [x + 8, legendY], [x + 4, legendY + 7])
    .lineWidth(0.9)
    .strokeColor(INK)
    .stroke();
  x += 12;
  write(doc, 'Session day', x, legendY, { size: 7.5, color: MUTED });
  x += widthOf(doc, 'Session day', { size: 7.5 }) + 16;
  doc
    .moveTo(x, legendY + 3.5)
    .lineTo(x + 14, legendY + 3.5)
    .lineWidth(1.2)
    .dash(4, { space: 2.5 })
    .strokeColor('#7a7a7a')
    .stroke()
    .undash();
  x += 18;
  write(doc, 'Mean of the first and of the last week', x, legendY, { size: 7.5, color: MUTED });
  page.y = legendY + 18;
}

// ------------------------------------------------------------------ body maps

/**
 * Intensity 1–10 as a warm ramp whose lightness falls steadily, so a grey print keeps the order
 * (darker is more intense), like the body map in the app.
 */
export function intensityFill(intensity: number): string {
  const t = (Math.min(10, Math.max(1, intensity)) - 1) / 9;
  return hslToHex(38 - 34 * t, 0.85, 0.8 - 0.45 * t);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number): string => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/** The box the figure's silhouette fills, to scale the body rather than its page. */
function outlineBox(view: FigureView): { x: number; y: number; width: number; height: number } {
  const numbers = (view.outline.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, i) => i % 2 === 0);
  const ys = numbers.filter((_, i) => i % 2 === 1);
  if (xs.length === 0 || ys.length === 0) return { x: 0, y: 0, width: view.width, height: view.height };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

function drawFigure(
  doc: PDFKit.PDFDocument,
  view: FigureView,
  x: number,
  y: number,
  height: number,
  marks: ReadonlyMap<string, number>,
): void {
  const box = outlineBox(view);
  const scale = height / box.height;
  doc.save();
  doc.translate(x, y).scale(scale).translate(-box.x, -box.y);
  doc.path(view.outline).fillColor('#f3f3f3').fill();
  for (const region of view.regions) {
    const intensity = marks.get(region.id);
    doc
      .path(region.path)
      .lineWidth(0.35 / scale)
      .fillColor(intensity === undefined ? '#f3f3f3' : intensityFill(intensity))
      .strokeColor(intensity === undefined ? '#cfcfcf' : '#6b3a1e')
      .fillAndStroke();
  }
  for (const detail of view.details) {
    doc
      .path(detail)
      .lineWidth(0.3 / scale)
      .strokeColor('#a0a0a0')
      .stroke();
  }
  doc
    .path(view.outline)
    .lineWidth(0.8 / scale)
    .strokeColor('#444444')
    .stroke();
  doc.restore();
}

const FIGURE_HEIGHT = 250;

function regionLines(drawing: PainDrawing): string[] {
  const onFigures = new Set([
    ...FIGURE_VIEWS.front.regions.map((r) => r.id),
    ...FIGURE_VIEWS.back.regions.map((r) => r.id),
  ]);
  return [...drawing.regions]
    .sort((a, b) => b.intensity - a.intensity || a.region.localeCompare(b.region))
    .map((r) => {
      const label = findRegion(r.region)?.label ?? r.region;
      const qualities = r.qualities.length > 0 ? ` (${r.qualities.join(', ')})` : '';
      const off = onFigures.has(r.region) ? '' : ' \u2014 not on these figures';
      return `${label} ${r.intensity}/10${qualities}${off}`;
    });
}

/**
 * One drawing: title and the front and back figures, with the list of regions under them when `withList`;
 * returns its height.
 */
function drawingBlock(
  page: Page,
  x: number,
  y: number,
  width: number,
  title: string,
  dated: DatedDrawing,
  withList: boolean,
): number {
  const doc = page.doc;
  write(doc, title, x, y, { font: BOLD, size: 9.5, width });
  write(doc, `${longDate(dated.date)}, ${dated.origin}`, x, y + 12, { size: 8, color: MUTED, width });
  const figureTop = y + 28;
  const marks = new Map(dated.drawing.regions.map((r) => [r.region, r.intensity]));
  const figureWidth = Math.max(
    ...(['front', 'back'] as const).map((v) => {
      const box = outlineBox(FIGURE_VIEWS[v]);
      return (FIGURE_HEIGHT * box.width) / box.height;
    }),
  );
  const gap = (width - 2 * figureWidth) / 3;
  (['front', 'back'] as const).forEach((viewId, i) => {
    const view = FIGURE_VIEWS[viewId];
    const fx = x + gap + i * (figureWidth + gap);
    drawFigure(doc, view, fx, figureTop, FIGURE_HEIGHT, marks);
    const label = viewId === 'front' ? 'Front' : 'Back';
    write(doc, label, fx + figureWidth / 2 - widthOf(doc, label, { size: 8 }) / 2, figureTop + FIGURE_HEIGHT + 3, {
      size: 8,
      color: MUTED,
    });
  });
  let listY = figureTop + FIGURE_HEIGHT + 18;
  if (!withList) return listY - y;
  for (const line of listLines(dated.drawing)) listY = write(doc, line.text, x, listY, { ...line.options, width }) + 1;
  return listY - y;
}

function listLines(drawing: PainDrawing): { text: string; options: WriteOptions }[] {
  const lines: { text: string; options: WriteOptions }[] = regionLines(drawing).map((line) => ({
    text: `\u2022 ${line}`,
    options: { size: 8.5 },
  }));
  if (lines.length === 0) lines.push({ text: 'No painful areas marked.', options: { size: 8.5 } });
  if (drawing.note) lines.push({ text: `Note: ${drawing.note}`, options: { size: 8, color: MUTED } });
  return lines;
}

function listHeight(page: Page, drawing: PainDrawing, width: number): number {
  return listLines(drawing).reduce((h, line) => h + heightOf(page.doc, line.text, width, line.options) + 1, 0);
}

function intensityLegend(page: Page): void {
  const doc = page.doc;
  page.ensure(24);
  let x = MARGIN;
  const y = page.y;
  write(doc, 'Shading: intensity', x, y + 1, { size: 7.5, color: MUTED });
  x += widthOf(doc, 'Shading: intensity', { size: 7.5 }) + 6;
  write(doc, '1', x, y + 1, { size: 7.5, color: MUTED });
  x += 8;
  for (let i = 1; i <= 10; i += 1) {
    doc.rect(x, y, 12, 9).lineWidth(0.3).fillColor(intensityFill(i)).strokeColor('#6b3a1e').fillAndStroke();
    x += 12;
  }
  write(
    doc,
    '10 (darker is more intense). The front view faces you: the person\u2019s right is on your left.',
    x + 4,
    y + 1,
    {
      size: 7.5,
      color: MUTED,
    },
  );
  page.y += 18;
}

function bodyMaps(page: Page, drawings: readonly DatedDrawing[]): void {
  page.heading('Pain drawings');
  const first = drawings[0];
  const latest = drawings.at(-1);
  if (!first || !latest) {
    page.paragraph('No pain drawings in this period.');
    return;
  }
  const shown: [string, DatedDrawing][] =
    first === latest
      ? [['The only pain drawing in this period', first]]
      : [
          ['First pain drawing', first],
          ['Latest pain drawing', latest],
        ];
  page.paragraph(
    drawings.length > 2
      ? `${drawings.length} pain drawings in this period; the first and the latest are shown.`
      : first === latest
        ? 'One pain drawing in this period.'
        : 'The first and the latest pain drawing in this period.',
    { color: MUTED },
  );
  const width = (CONTENT_WIDTH - 20) / 2;
  const figures = 28 + FIGURE_HEIGHT + 18;
  const lists = Math.max(...shown.map(([, d]) => listHeight(page, d.drawing, width)));
  // Short lists sit under their figures; long ones follow the figures and run on over pages.
  const beside = figures + lists + 36 <= BOTTOM - MARGIN - 40;
  page.ensure((beside ? figures + lists : figures) + 36);
  intensityLegend(page);
  const top = page.y;
  const heights = shown.map(([title, dated], i) =>
    drawingBlock(page, MARGIN + i * (width + 20), top, width, title, dated, beside),
  );
  page.y = top + Math.max(...heights) + 12;
  if (beside) return;
  for (const [title, dated] of shown) {
    page.paragraph(`${title} (${longDate(dated.date)}):`, { gap: 2 });
    for (const line of listLines(dated.drawing)) page.paragraph(line.text, { ...line.options, gap: 1 });
    page.y += 6;
  }
}

// ------------------------------------------------------------------ the document

function header(page: Page, input: ProgressReportInput): void {
  const doc = page.doc;
  write(doc, 'Progress report', MARGIN, page.y, { font: BOLD, size: 22, color: ACCENT });
  const clinic = printable(input.clinicName);
  write(
    doc,
    clinic,
    MARGIN + CONTENT_WIDTH - Math.min(220, widthOf(doc, clinic, { font: BOLD, size: 10 })),
    page.y + 4,
    {
      font: BOLD,
      size: 10,
      width: 220,
      height: 26,
      ellipsis: true,
    },
  );
  page.y += 34;
  const facts: [string, string][] = [
    ['Client', input.client.name],
    ['Date of birth', input.client.dateOfBirth ? longDate(input.client.dateOfBirth) : 'not recorded'],
    ['Period covered', `${longDate(input.period.from)} to ${longDate(input.period.to)}`],
    ['Prepared', `${longDate(input.preparedOn)} by ${input.clinicName}`],
  ];
  for (const [label, value] of facts) {
    write(doc, label, MARGIN, page.y, { size: 9, color: MUTED });
    write(doc, value, MARGIN + 90, page.y, {
      font: label === 'Client' ? BOLD : FONT,
      size: 9,
      width: CONTENT_WIDTH - 90,
    });
    page.y += 13;
  }
  if (input.client.erasedAt)
    page.paragraph(
      `This record was erased on request on ${longDate(input.client.erasedAt.slice(0, 10))}; only what the law requires is kept.`,
      { color: MUTED },
    );
  page.y += 4;
  page.rule();
  page.y += 8;
}

function summary(page: Page, model: ReportModel): void {
  page.heading('Summary of measures');
  page.paragraph(
    'Each measure compares the mean of the first week with the mean of the last week of the period (every day with a ' +
      'reading counts once), which smooths out day-to-day swings. Pain is the client\u2019s own rating of pain now on the ' +
      '0\u201310 numeric rating scale (NRS), judged against its published threshold for clinically important change.',
    { color: MUTED },
  );
  table(
    page,
    [
      { title: 'Measure', width: 120 },
      { title: 'First week \u2192 last week', width: 115 },
      { title: 'Change', width: 70 },
      { title: 'Clinically important?', width: CONTENT_WIDTH - 305 },
    ],
    model.rows.map((row) => [
      { text: row.measure, bold: true, detail: row.detail },
      { text: row.weeks, ...(row.weeksDetail ? { detail: row.weeksDetail } : {}) },
      { text: row.change },
      { text: row.judgement },
    ]),
  );
}

function questionnairesSection(page: Page, rows: readonly SummaryRow[]): void {
  if (rows.length === 0) return;
  page.heading('Questionnaires');
  page.paragraph(
    'Standard questionnaires, scored by each one\u2019s published rules. The first response in the period is compared ' +
      'with the latest, against the questionnaire\u2019s published threshold for clinically important change.',
    { color: MUTED },
  );
  table(
    page,
    [
      { title: 'Questionnaire', width: 120 },
      { title: 'First \u2192 latest', width: 115 },
      { title: 'Change', width: 70 },
      { title: 'Clinically important?', width: CONTENT_WIDTH - 305 },
    ],
    rows.map((row) => [
      { text: row.measure, bold: true, detail: row.detail },
      { text: row.weeks, ...(row.weeksDetail ? { detail: row.weeksDetail } : {}) },
      { text: row.change },
      { text: row.judgement },
    ]),
  );
}

function sessionsSection(page: Page, input: ProgressReportInput, sessions: readonly ReportSession[]): void {
  page.heading('Sessions');
  if (input.visits && input.visits.booked + input.visits.cancelled > 0) {
    const { booked, cancelled } = input.visits;
    page.paragraph(
      `Visits in the clinic calendar in this period: ${booked} booked${cancelled > 0 ? `, ${cancelled} cancelled` : ''}.`,
      { color: MUTED },
    );
  }
  if (sessions.length === 0) {
    page.paragraph('No sessions recorded in this period.');
    return;
  }
  page.paragraph(
    'Pain just before and just after each treatment (0\u201310), from the signed session note or, where it has none, the client\u2019s own rating.',
    { color: MUTED },
  );
  table(
    page,
    [
      { title: 'Date', width: 70 },
      { title: 'Therapist', width: 95 },
      { title: 'Muscles treated', width: CONTENT_WIDTH - 70 - 95 - 120 },
      { title: 'Pain before \u2192 after', width: 120 },
    ],
    sessions.map((s) => {
      const pain =
        s.painBefore !== null && s.painAfter !== null
          ? `pain ${s.painBefore} \u2192 ${s.painAfter}`
          : s.painBefore !== null
            ? `pain before ${s.painBefore}`
            : s.painAfter !== null
              ? `pain after ${s.painAfter}`
              : 'not rated';
      return [
        { text: longDate(s.date) },
        { text: s.therapist ?? 'No note', ...(s.therapist ? {} : { detail: 'client\u2019s own rating' }) },
        { text: s.treated || '\u2014' },
        { text: pain, ...(s.sorenessNextDay !== null ? { detail: `soreness next day ${s.sorenessNextDay}` } : {}) },
      ];
    }),
  );
}

function about(page: Page, instruments: readonly InstrumentId[]): void {
  const pain = CHANGE_THRESHOLDS['nrs-pain'];
  page.heading('About this report');
  page.paragraph(
    `A clinically important change is one large enough to matter to the person, by the published threshold for the ` +
      `measure. For pain on the 0\u201310 scale that is a fall of ${thresholdInWords(pain)}: in a study of people with ` +
      `long-term pain, a fall of that size matched their own sense of being much better. The thresholds were worked out ` +
      `for improvement; a worsening of 2 points or more is flagged as worth a look. Stiffness, stress, sleep and ` +
      `soreness are Myomap\u2019s own scales, with no published threshold, so only their change is shown.`,
  );
  page.paragraph(
    'This report summarises what the client and the clinic recorded. It is not a diagnosis and does not replace a ' +
      'medical assessment.',
  );
  const cited = [pain, ...instruments.filter((i) => i !== 'nrs-pain').map((i) => CHANGE_THRESHOLDS[i])].flatMap((t) => [
    t.source,
    ...t.alsoSee,
  ]);
  const sources = [...new Set(cited.map((s) => s.ref))]
    .map((ref) => OUTCOMES_BIBLIOGRAPHY.find((e) => e.key === ref)?.citation)
    .filter((c): c is string => c !== undefined);
  page.paragraph(`Sources: ${sources.join(' ')}`, { size: 7.5, color: MUTED });
}

function footers(doc: PDFKit.PDFDocument, input: ProgressReportInput): number {
  const range = doc.bufferedPageRange();
  const note =
    'Not a diagnosis. \u201cClinically important\u201d means at least the smallest change that people with long-term pain ' +
    'felt as a real improvement in published studies (pain: 2 points or 30%).';
  for (let i = range.start; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    // Writing in the bottom margin must not open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - MARGIN - FOOTER_HEIGHT + 28;
    doc
      .moveTo(MARGIN, y - 6)
      .lineTo(MARGIN + CONTENT_WIDTH, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    write(doc, note, MARGIN, y, { size: 7, color: MUTED, width: CONTENT_WIDTH, lineBreak: true });
    const name = input.client.name.length > 60 ? `${input.client.name.slice(0, 59)}\u2026` : input.client.name;
    const left = `Generated by Myomap ${input.version} on ${longDate(input.preparedOn)} \u00b7 ${name}`;
    write(doc, left, MARGIN, y + 22, { size: 7, color: MUTED, width: CONTENT_WIDTH - 80, lineBreak: false });
    const number = `Page ${i - range.start + 1} of ${range.count}`;
    write(doc, number, MARGIN + CONTENT_WIDTH - widthOf(doc, number, { size: 7 }), y + 22, {
      size: 7,
      color: MUTED,
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
  return range.count;
}

/** Builds the PDF (A4, Helvetica, vector graphics only). */
export async function buildProgressReport(input: ProgressReportInput): Promise<ProgressReport> {
  const model = reportModel(input);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN },
    bufferPages: true,
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: printable(`Progress report: ${input.client.name}`),
      Author: printable(input.clinicName),
      Subject: 'Progress report: measures, change against published thresholds, sessions and pain drawings',
      Creator: `Myomap ${input.version}`,
      Producer: `Myomap ${input.version}`,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  installSymbolFont(doc);

  const page = new Page(doc);
  header(page, input);
  summary(page, model);
  questionnairesSection(page, model.questionnaires);
  page.heading('Pain over time');
  if (model.pain.days.some((d) => d.value !== null)) painChart(page, model.pain, model.sessions);
  else page.paragraph('No pain diary entries in this period.');
  sessionsSection(page, input, model.sessions);
  bodyMaps(page, model.drawings);
  about(page, [...new Set((input.questionnaires ?? []).map((q) => q.instrument))]);
  const pages = footers(doc, input);
  doc.end();
  await finished;
  return { pdf: Buffer.concat(chunks), pages };
}
