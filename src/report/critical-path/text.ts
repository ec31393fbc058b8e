// `critical-path` as text: each critical path drawn as a chain, then a table of every milestone's schedule.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, formatShownDate } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { truncate, type Column } from '../table.js';
import { createStyle, type Style } from '../validate/style.js';
import { wrapItems } from '../meetings/wrap.js';
import { drawChain } from './chain.js';
import { append, displayWidth, maxOf, renderTable } from '../table.js';
import { joinChunks, lineChunks } from '../chunks.js';
import type { CriticalPathReport, MilestoneName, PathRow, ScheduleRow } from './model.js';
import { criticalPathMessages, type CriticalPathMessages } from './messages.js';

/** Negative floats carry a `!` so that lateness never depends on colour. */
function showFloat(float: number): string {
  return String(float + 0);
}

function showName(name: MilestoneName, qualify: boolean): string {
  return escapeControl(qualify ? name.ref : name.id);
}

function drawPaths(report: CriticalPathReport, options: FormatOptions, words: CriticalPathMessages, style: Style): string[] {
  if (report.paths.length === 0) return [`  ${words.noPaths}`];
  const severalPlans = report.plans.length > 1;
  return report.paths.flatMap((path: PathRow) => {
    const qualify = severalPlans || path.milestones.some((m) => m.plan !== path.end.plan);
    const isLate = path.float < 0;
    const note = words.pathEnd(formatShownDate(path.endDate, options.locale), showFloat(path.float)) + (isLate ? ' !' : '');
    return drawChain(path.milestones.map((m) => showName(m, qualify)), note, options.width, isLate ? (t) => style.bold(style.red(t)) : style.dim);
  });
}

function marks(row: ScheduleRow): string {
  return `${row.isCritical ? '*' : ' '}${row.driver ? '+' : ' '}${row.float < 0 ? '!' : ' '}`;
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

function drawTable(report: CriticalPathReport, options: FormatOptions, words: CriticalPathMessages, style: Style): string[] {
  if (report.rows.length === 0) return [`  ${words.noMilestones}`];
  const grouped = report.plans.length > 1;
  const groups = grouped ? rowsByPlan(report) : [{ plan: undefined, rows: report.rows }];
  const rows = groups.flatMap((g) => g.rows);
  const date = (day: number | null): string => formatShownDate(day, options.locale);
  const [id, title, current, projected, latest, float, driver] = words.headers;
  const columns: Column[] = [
    { header: '' }, { header: id, cutTo: 6 }, { header: title, flex: true, min: 7 }, { header: current }, { header: projected },
    { header: latest }, { header: float, align: 'right' }, { header: driver },
  ];
  const cells = rows.map((r) => [
    marks(r), r.id, r.title, date(r.current.day), date(r.projected), date(r.latest), showFloat(r.float),
    r.driver ? (r.driver.plan === r.plan ? r.driver.id : r.driver.ref) : '',
  ]);
  const paint = (row: number, column: number, text: string): string => {
    const r = rows[row]!;
    if (r.float < 0 && (column === FLOAT || column === MARKS)) return style.bold(style.red(text));
    if (column === MARKS && r.isCritical) return style.bold(text);
    if (column === PROJECTED && r.driver) return style.yellow(text);
    return text;
  };
  // Too narrow even with the title at its minimum: give up the current date, then the driver, then the latest date.
  // Each column's widest cell, measured once (each `need` below used to measure every cell again).
  const widest = columns.map((c, i) => (c.flex ? c.min ?? 8 : maxOf(cells.map((r) => displayWidth(escapeControl(r[i] ?? ''))), displayWidth(c.header))));
  const need = (k: readonly boolean[]): number => columns.reduce((sum, _c, i) => (k[i] ? sum + 2 + widest[i]! : sum), -2);
  let keep = columns.map(() => true);
  for (const drop of [3, 7, 5]) if (need(keep) > options.width) keep = keep.map((k, i) => k && i !== drop);
  const kept = columns.map((_, i) => i).filter((i) => keep[i]);
  const pick = <T>(list: readonly T[]): T[] => kept.map((i) => list[i]!);
  const [header, ...body] = renderTable(pick(columns), cells.map(pick), options.width, (row, column, text) => paint(row, kept[column]!, text));
  const lines = [style.dim(header!)];
  let next = 0;
  for (const g of groups) {
    if (g.plan) lines.push(style.bold(truncate(escapeControl(`${g.plan.id} — ${g.plan.title}`), options.width)));
    append(lines, body.slice(next, next + g.rows.length));
    next += g.rows.length;
  }
  return lines;
}

/** The text report as one string (tests, small reports): the pieces of criticalPathTextChunks joined. */
export function formatCriticalPathText(report: CriticalPathReport, options: FormatOptions): string {
  return joinChunks(criticalPathTextChunks(report, options));
}

/** The text report in pieces that end at line ends: a million milestones' table is never one string. */
export function criticalPathTextChunks(report: CriticalPathReport, options: FormatOptions): Iterable<string> {
  return lineChunks(criticalPathTextLines(report, options));
}

function criticalPathTextLines(report: CriticalPathReport, options: FormatOptions): string[] {
  const words = criticalPathMessages(options.locale);
  const style = createStyle(options.color);
  const critical = report.rows.filter((r) => r.isCritical).length;
  const late = report.rows.filter((r) => r.float < 0).length;
  const pushed = report.rows.filter((r) => r.driver).length;
  const plan = report.plan === undefined ? undefined : escapeControl(report.plan);
  const lines = [
    style.bold(truncate(words.title(formatDate(report.today, options.locale), plan), options.width)),
    truncate(words.counts(report.rows.length, critical, late, pushed), options.width),
    '',
    style.bold(words.pathsHeading),
  ];
  append(lines, drawPaths(report, options, words, style));
  lines.push('', style.bold(words.milestonesHeading));
  append(lines, drawTable(report, options, words, style));
  lines.push('');
  append(lines, wrapItems(words.legend, options.width).map(style.dim));
  return lines;
}
