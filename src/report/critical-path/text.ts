// `critical-path` as text: each critical path drawn as a chain, then a table of every milestone's schedule.
import type { FormatOptions } from '../../diagnostics/types.js';
import { ABSENT, formatDate, formatShownDate } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { cappedWidth, measureColumn, measuredTableLines, truncate, type Column } from '../table.js';
import { dropToFit, leftOutLines, neededWidthAt } from '../left-out-columns.js';
import { createStyle, type Style } from '../validate/style.js';
import { wrapItems, wrapWords } from '../wrap.js';
import { chainRoom, drawChain } from './chain.js';
import { planHeadings } from '../plan-heading.js';
import { cutId, distinctCuts } from '../table-cells.js';
import { joinChunks, lineChunks } from '../chunks.js';
import type { CriticalPathReport, MilestoneName, PathRow, ScheduleRow } from './model.js';
import { criticalPathMessages, type CriticalPathMessages } from './messages.js';

/** Negative floats carry a `!` so that lateness never depends on colour. A float left out (date-range) is ABSENT. */
function showFloat(float: number | null): string {
  return float === null ? ABSENT : String(float + 0);
}

/** A negative float: the milestone is late. A float left out is none. */
function isLate(float: number | null): boolean {
  return float !== null && float < 0;
}

function showName(name: MilestoneName, qualify: boolean): string {
  return flattenText(qualify ? name.ref : name.id);
}

/** Critical milestones named on the line of those no path holds; the rest are counted. */
const OFF_PATH_NAMED = 10;

function drawPaths(report: CriticalPathReport, options: FormatOptions, words: CriticalPathMessages, style: Style): string[] {
  const severalPlans = report.plans.length > 1;
  const names = report.paths.map((path) => {
    const qualify = severalPlans || path.milestones.some((m) => m.plan !== path.end.plan);
    return path.milestones.map((m) => showName(m, qualify));
  });
  // References a cut makes alike (plans whose ids differ in their middle: tester round 72 F2) are cut apart.
  const room = chainRoom(options.width);
  const apart = distinctCuts(names.flat(), room, (name) => cutId(name, room));
  const lines = report.paths.length === 0 ? [`  ${words.noPaths}`] : report.paths.flatMap((path: PathRow, k) => {
    const isLate = path.float < 0;
    const note = words.pathEnd(formatShownDate(path.endDate, options.locale), showFloat(path.float)) + (isLate ? ' !' : '');
    return drawChain(names[k]!, note, options.width, isLate ? (t) => style.bold(style.red(t)) : style.dim, apart);
  });
  return [...lines, ...drawOffPath(report, options, words, severalPlans)];
}

/**
 * The critical milestones that no path holds (CriticalPathReport.offPath), on one wrapped line: marked critical in the
 * table, so that "No critical paths." never hides them.
 */
function drawOffPath(report: CriticalPathReport, options: FormatOptions, words: CriticalPathMessages, qualify: boolean): string[] {
  if (report.offPath.length === 0) return [];
  const named = report.offPath.slice(0, OFF_PATH_NAMED).map((r) => words.offPathEntry(showName(r, qualify), `${showFloat(r.float)}${isLate(r.float) ? ' !' : ''}`));
  return wrapWords(words.offPath(named, report.offPath.length - named.length), options.width, '  ', '    ');
}

function marks(row: ScheduleRow): string {
  return `${row.isCritical ? '*' : ' '}${row.driver ? '+' : ' '}${isLate(row.float) ? '!' : ' '}`;
}

const MARKS = 0;
const PROJECTED = 4;
const FLOAT = 6;

/**
 * Each plan with its rows, in the plans' order and the rows' own: one pass over the rows (a filter per plan compared
 * every row with every plan, 10^9 times for 100,000 milestones in 10,000 plans: 78 s of critical-path, issue #18).
 */
function rowsByPlan(report: CriticalPathReport): { plan: CriticalPathReport['plans'][number]; rows: ScheduleRow[] }[] {
  const byId = new Map<string, ScheduleRow[]>();
  for (const p of report.plans) byId.set(p.id, []);
  const { rows } = report;
  for (let i = 0; i < rows.length; i++) byId.get(rows[i]!.plan)?.push(rows[i]!);
  return report.plans.map((p) => ({ plan: p, rows: byId.get(p.id)! }));
}

/**
 * The table of every milestone, plan by plan, line by line as they are written (issue #18: 100,000 lines were held,
 * then copied into groups). Its cells are kept by column, each escaped and measured once.
 */
function* drawTable(report: CriticalPathReport, options: FormatOptions, words: CriticalPathMessages, style: Style): Generator<string> {
  if (report.rows.length === 0) {
    yield `  ${words.noMilestones}`;
    return;
  }
  const grouped = report.plans.length > 1;
  const groups = grouped ? rowsByPlan(report) : [{ plan: undefined, rows: report.rows }];
  const rows = grouped ? groups.flatMap((g) => g.rows) : report.rows;
  const date = (day: number | null): string => formatShownDate(day, options.locale);
  const [id, title, current, projected, latest, float, driver] = words.headers;
  const columns: Column[] = [
    { header: '' }, { header: id, cutTo: 6, refs: true }, { header: title, flex: true, min: 7 }, { header: current }, { header: projected },
    { header: latest }, { header: float, align: 'right' }, { header: driver },
  ];
  const cells = columns.map(() => new Array<string>(rows.length));
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    cells[0]![k] = marks(r);
    cells[1]![k] = r.id;
    cells[2]![k] = r.title;
    cells[3]![k] = date(r.current.day);
    cells[4]![k] = date(r.projected);
    cells[5]![k] = date(r.latest);
    cells[6]![k] = showFloat(r.float);
    cells[7]![k] = r.driver ? (r.driver.plan === r.plan ? r.driver.id : r.driver.ref) : '';
  }
  const measured = columns.map((c, i) => measureColumn(c, cells[i]!));
  // Too narrow even with the title at its minimum: give up the current date, then the driver, then the latest date.
  const widthsAt = (width: number): number[] => measured.map((c) => (c.flex ? c.min ?? 8 : cappedWidth(c, c.widest, width)));
  const widest = widthsAt(options.width);
  const wanted = columns.map(() => true);
  // No milestone pushed, so no driver to show: the Driver column is left out, without a word, where its room would
  // otherwise be taken from the titles (tester round 22 F4: titles cut at 80 columns beside an empty column).
  const fullWidth = measured.reduce((sum, c) => sum + c.widest, 0) + 2 * (measured.length - 1);
  if (fullWidth > options.width && cells[7]!.every((c) => c === '')) wanted[7] = false;
  const keep = dropToFit(widest, wanted, [3, 7, 5], options.width);
  const kept = columns.map((_, i) => i).filter((i) => keep[i]);
  // Without colour every paint is the text itself: no call per cell.
  const paint = options.color ? (row: number, column: number, text: string): string => paintCell(rows[row]!, kept[column]!, text, style) : undefined;
  const lines = measuredTableLines(kept.map((i) => measured[i]!), rows.length, options.width, paint);
  yield style.dim(lines.next().value as string);
  const headings = planHeadings(groups.flatMap((g) => (g.plan ? [g.plan] : [])), ' — ', options.width);
  for (const g of groups) {
    if (g.plan) yield style.bold(headings.get(g.plan.id)!);
    for (let k = 0; k < g.rows.length; k++) yield lines.next().value as string;
  }
  const leftOut = leftOutLines(columns, widest, wanted, keep, options.width, options.locale, 0, neededWidthAt(widthsAt, wanted, options.width));
  for (const line of leftOut) yield style.dim(line);
}

/** A cell of the table in colour: a negative float and its marks bold red, a critical milestone's marks bold, a pushed date yellow. */
function paintCell(r: ScheduleRow, column: number, text: string, style: Style): string {
  if (isLate(r.float) && (column === FLOAT || column === MARKS)) return style.bold(style.red(text));
  if (column === MARKS && r.isCritical) return style.bold(text);
  if (column === PROJECTED && r.driver) return style.yellow(text);
  return text;
}

/** The text report as one string (tests, small reports): the pieces of criticalPathTextChunks joined. */
export function formatCriticalPathText(report: CriticalPathReport, options: FormatOptions): string {
  return joinChunks(criticalPathTextChunks(report, options));
}

/** The text report in pieces that end at line ends: a million milestones' table is never one string. */
export function criticalPathTextChunks(report: CriticalPathReport, options: FormatOptions): Iterable<string> {
  return lineChunks(criticalPathTextLines(report, options));
}

/** The report's lines, each made as it is written. */
function* criticalPathTextLines(report: CriticalPathReport, options: FormatOptions): Generator<string> {
  const words = criticalPathMessages(options.locale);
  const style = createStyle(options.color);
  let critical = 0;
  let late = 0;
  let pushed = 0;
  let gates = 0;
  for (const r of report.rows) {
    if (r.isGate) gates++;
    if (r.isCritical) critical++;
    if (isLate(r.float)) late++;
    if (r.driver) pushed++;
  }
  const plan = report.plan === undefined ? undefined : flattenText(report.plan);
  yield style.bold(truncate(words.title(formatDate(report.today, options.locale), plan), options.width));
  // Wrapped, not cut: at --width 40 the cut hid the negative-float and pushed counts (a tester's finding).
  yield* wrapWords(words.counts(report.rows.length - gates, gates, critical, late, pushed), options.width, '', '  ');
  yield '';
  yield style.bold(words.pathsHeading);
  yield* drawPaths(report, options, words, style);
  yield '';
  yield style.bold(words.milestonesHeading);
  yield* drawTable(report, options, words, style);
  yield '';
  for (const line of wrapItems(words.legend, options.width)) yield style.dim(line);
}
