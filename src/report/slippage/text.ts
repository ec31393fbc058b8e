// `milepel slippage` as text: a table by status severity, a summary line with BEI, removed milestones, and the MTA chart.
import { joinChunks, lineChunks } from '../chunks.js';
import type { DateValue, DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import type { SlippageReport, SlipRow, SlipStatus } from '../../schedule/slippage.js';
import { formatCount } from '../counts.js';
import { ABSENT, formatDate, formatPeriod, word, type Locale } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { wrapItems } from '../wrap.js';
import { cappedWidth, displayWidth, measureColumn, measuredTableLines, truncate, type Column } from '../table.js';
import { dropToFit, keptWidth, leftOutLines, neededWidthAt } from '../left-out-columns.js';
import { createStyle, type Paint, type Style } from '../validate/style.js';
import { renderTrendChart } from './mta.js';
import { SEVERITY_ORDER, sortBySeverity } from './order.js';
import { trendTableLines } from './trend-table.js';

export interface SlippageTextOptions extends FormatOptions {
  readonly trend: boolean;
  /**
   * Each milestone's place in ref order, by milestone index (the analysis's `rank`): the rows are then sorted by one
   * number each (see sortBySeverity).
   */
  readonly refRank?: Int32Array | undefined;
}

const LABELS: Readonly<Record<SlipStatus, readonly [string, string]>> = {
  overdue: ['overdue', 'forsinket'],
  'at-risk': ['at risk', 'i fare'],
  slipped: ['slipped', 'forskjøvet'],
  new: ['new', 'ny'],
  'on-track': ['on track', 'i rute'],
  done: ['done', 'fullført'],
};

/**
 * A count and its status for the summary line: `2 new`, `2 nye` (the Norwegian adjective takes the plural; the
 * participles, `forskjøvet`, `fullført`, stand after a count unchanged; a tester read "2 ny").
 */
function countedStatus(n: number, status: SlipStatus, locale: Locale): string {
  return `${n} ${locale === 'nb' && status === 'new' && n !== 1 ? 'nye' : formatStatus(status, locale)}`;
}

export function formatStatus(status: SlipStatus, locale: Locale): string {
  const [en, nb] = LABELS[status];
  return word(locale, en, nb);
}

function statusPaint(status: SlipStatus, style: Style): Paint {
  switch (status) {
    case 'overdue': return (t) => style.bold(style.red(t));
    case 'at-risk': return style.red;
    case 'slipped': return style.yellow;
    case 'new': return style.cyan;
    case 'on-track': return style.green;
    case 'done': return style.dim;
  }
}

function signed(n: number | null): string {
  return n === null ? ABSENT : n > 0 ? `+${n}` : String(n);
}

export function formatDateValue(v: DateValue, locale: Locale): string {
  return v.isPeriod ? formatPeriod(v.written, locale) : formatDate(v.day, locale);
}

/**
 * The table of milestones by severity, line by line as they are written (issue #18: 100,000 rows held as lines, each
 * a string of its cells, were most of the report's memory). Its cells are kept by column, each escaped and measured once.
 */
function* renderRows(report: SlippageReport, options: SlippageTextOptions, style: Style): Generator<string> {
  const { locale } = options;
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const columns: Column[] = [
    { header: w('Status', 'Status') }, { header: w('Milestone', 'Milepæl') }, { header: w('Title', 'Tittel'), flex: true, min: 12 },
    { header: w('Baseline', 'Grunnlag') }, { header: w('Projected', 'Beregnet') },
    { header: w('Slip d', 'Avvik d'), align: 'right' }, { header: w('Slip wd', 'Avvik ad'), align: 'right' },
    { header: w('Float', 'Slakk'), align: 'right' }, { header: w('Pushed by', 'Skjøvet av') },
  ];
  const rows = sortBySeverity(report.rows, options.refRank);
  const date = (day: DayNumber): string => formatDate(day, locale);
  const labels = new Map(SEVERITY_ORDER.map((s) => [s, formatStatus(s, locale)]));
  const cells = columns.map(() => new Array<string>(rows.length));
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    cells[0]![k] = labels.get(r.status)!;
    cells[1]![k] = r.ref;
    cells[2]![k] = r.title;
    cells[3]![k] = r.baseline.isPeriod ? formatPeriod(r.baseline.written, locale) : date(r.baseline.day);
    cells[4]![k] = r.projected === null ? ABSENT : date(r.projected);
    cells[5]![k] = signed(r.slipDays);
    cells[6]![k] = signed(r.slipWorkdays);
    cells[7]![k] = r.float === null ? ABSENT : String(r.float);
    cells[8]![k] = r.pushedBy ?? '';
  }
  const measured = columns.map((c, i) => measureColumn(c, cells[i]!));
  // No milestone pushed: the column would be empty, so the titles get its room.
  let keep = columns.map((_, i) => i !== 8 || rows.some((r) => r.pushedBy !== undefined));
  // Too narrow even with the title cut short: give up pushed-by, slip in working days, float, baseline.
  const widthsAt = (width: number): number[] => measured.map((c, i) => (c.flex ? c.min ?? 8 : i === 1 ? cappedWidth({ ...c, cutTo: REF_MIN }, c.widest, width) : c.widest));
  const widest = widthsAt(options.width);
  const wanted = keep;
  keep = dropToFit(widest, keep, [8, 6, 7, 3], options.width);
  const leftOut = leftOutLines(columns, widest, wanted, keep, options.width, locale, 0, neededWidthAt(widthsAt, wanted, options.width));
  // Still too wide (long references, a tester's finding: 66 columns at --width 60): the title moves to a line of its
  // own under its row, and the reference is cut with an ellipsis, as the gates report does.
  const isTitleMoved = keptWidth(widest, keep) > options.width;
  if (isTitleMoved) keep = keep.map((k, i) => k && i !== 2);
  const kept = columns.map((_, i) => i).filter((i) => keep[i]);
  const shown = kept.map((i) => (i === 1 ? { ...measured[i]!, cutTo: REF_MIN, refs: true } : measured[i]!));
  // Without colour every paint is the text itself: no call per cell.
  const paint = options.color ? (row: number, column: number, text: string): string => paintCell(rows[row]!, kept[column]!, text, style) : undefined;
  let n = -1;
  for (const line of measuredTableLines(shown, rows.length, options.width, paint)) {
    if (n < 0) yield style.bold(line);
    else {
      yield line;
      if (isTitleMoved) yield truncate(`  ${flattenText(rows[n]!.title)}`, options.width);
    }
    n++;
  }
  for (const line of leftOut) yield style.dim(line);
}

/** A cell of the table in colour: the status by its severity, a positive slip yellow, a negative float red. */
function paintCell(row: SlipRow, column: number, text: string, style: Style): string {
  if (column === 0) return statusPaint(row.status, style)(text);
  if ((column === 5 || column === 6) && text.startsWith('+')) return style.yellow(text);
  if (column === 7 && text.startsWith('-')) return style.red(text);
  return text;
}

/** The narrowest a milestone's reference is cut to (its ellipsis included) before its title leaves the table. */
const REF_MIN = 6;

/** The counts and the BEI: one line `counts · BEI`, or two when that does not fit. */
function formatSummary(report: SlippageReport, locale: Locale, width: number): string[] {
  const s = report.summary;
  const w = (en: string, nb: string): string => word(locale, en, nb);
  const shown = SEVERITY_ORDER.filter((st) => st !== 'new' || report.baseline !== 'plan');
  const parts = shown.map((st) => countedStatus(s.counts.get(st) ?? 0, st, locale));
  if (report.baseline !== 'plan') parts.push(`${s.removed} ${w('removed', 'fjernet')}`);
  const bei = s.bei === null
    ? w(`BEI n/a (none due by ${formatDate(report.today, locale)})`, `BEI – (ingen milepæler planlagt til og med ${formatDate(report.today, locale)})`)
    // SPEC §6's ratio as it is counted: the achieved are not a share of the due (an early finish counts before its
    // baseline), so "3 of 2 due … achieved" was false and hid a missed one (tester round 9 #5).
    : w(`BEI ${s.bei.toFixed(2)} (${s.achieved} achieved / ${s.due} due by ${formatDate(report.today, locale)})`,
      `BEI ${s.bei.toFixed(2).replace('.', ',')} (${s.achieved} nådd / ${s.due} planlagt til og med ${formatDate(report.today, locale)})`);
  const head = `${formatCount(s.milestones, 'milestone', locale)}:`;
  const line = `${head} ${parts.join(', ')} · ${bei}`;
  if (displayWidth(line) <= width) return [line];
  // Wrapped between the counts, never inside one: "1" at a line's end and "removed" on the next read as two things
  // (tester round 37 F4).
  const counts = wrapItems([head, ...parts.map((p, i) => (i < parts.length - 1 ? `${p},` : p))], width, ' ');
  return [...counts, ...wrapItems(bei.split(' '), width, ' ')];
}

function renderRemoved(report: SlippageReport, options: SlippageTextOptions): string[] {
  if (report.removed.length === 0) return [];
  const head = word(options.locale, `Removed since the baseline (${report.removed.length}):`, `Fjernet siden grunnlaget (${report.removed.length}):`);
  const base = word(options.locale, 'baseline', 'grunnlag');
  return ['', head, ...report.removed.map((r) =>
    truncate(`  ${flattenText(r.ref)}  ${flattenText(r.title)}  (${base} ${formatDateValue(r.baseline, options.locale)})`, options.width))];
}

/** The text report as one string (tests, small reports): the pieces of slippageTextChunks joined. */
export function formatSlippageText(report: SlippageReport, options: SlippageTextOptions): string {
  return joinChunks(slippageTextChunks(report, options));
}

/** The text report in pieces that end at line ends: a million milestones' table is never one string. */
export function slippageTextChunks(report: SlippageReport, options: SlippageTextOptions): Iterable<string> {
  return lineChunks(slippageTextLines(report, options));
}

/** The report's lines, each made as it is written. */
function* slippageTextLines(report: SlippageReport, options: SlippageTextOptions): Generator<string> {
  const style = createStyle(options.color);
  const { locale } = options;
  const against = report.baseline === 'plan'
    ? word(locale, 'against the planned dates', 'mot planlagte datoer')
    : word(locale, `against ${flattenText(report.baseline)}`, `mot ${flattenText(report.baseline)}`);
  // Wrapped at spaces: a long baseline name or --width 40 must not run past the width.
  for (const line of wrapItems(`${word(locale, 'Slippage at', 'Forskyvning per')} ${formatDate(report.today, locale)} ${against}`.split(' '), options.width, ' ')) yield style.bold(truncate(line, options.width));
  yield '';
  if (report.rows.length === 0) yield word(locale, 'No milestones.', 'Ingen milepæler.');
  else yield* renderRows(report, options, style);
  yield '';
  yield* formatSummary(report, locale, options.width);
  yield* renderRemoved(report, options);
  if (options.trend && report.rows.length > 0) {
    yield '';
    yield* trendTableLines(report.rows, options);
    yield '';
    yield* renderTrendChart(report.rows, report.today, options);
  }
}
