// `milepel gantt`: the terminal chart — label column on the left, time axis, milestone and meeting rows, legend.
import { formatCount } from '../counts.js';
import type { DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, word, type Locale } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { cutId, displayWidth, pad } from '../table.js';
import { oneColumnEach } from '../../text/width.js';
import { joinChunks, lineChunks } from '../chunks.js';
import { createStyle, type Style } from '../validate/style.js';
import { drawAxis } from './axis.js';
import { drawMeetings, drawMilestone, drawToday, createEmptyCells, paintCells, choosePaint, type Cell } from './cells.js';
import { ASCII_GLYPHS, cutText, listLegendEntries, UNICODE_GLYPHS, type EdgesDrawn, type Glyphs } from './glyphs.js';
import { chooseScale, columnsNeeded, createColumnMap, finestFittingScale, nextUnit, snapRange, unitStart, type ColumnMap, type Scale } from './scale.js';
import { buildTimeline, type MilestoneRow, type Timeline, type TimelineSource } from './timeline.js';

export interface GanttOptions extends FormatOptions {
  readonly ascii: boolean;
  /** --scale; chosen to fit the range when absent. */
  readonly scale?: Scale | undefined;
  /** --from / --to: the chart's first and last day; from the plans when absent. */
  readonly from?: DayNumber | undefined;
  readonly to?: DayNumber | undefined;
}

/** Columns between the label and the chart: a space, three flag cells, a space. */
const FLAGS = 3;
const GUTTER = FLAGS + 2;

interface Layout {
  readonly map: ColumnMap;
  readonly scale: Scale;
  readonly label: number;
  readonly g: Glyphs;
  readonly style: Style;
  readonly locale: Locale;
  readonly today: DayNumber;
  readonly width: number;
  /** The painted flag cells of each combination of flags, made on first use (see flags). */
  readonly flags: (string | undefined)[];
}

/** A --scale too fine for the range in the width: the largest scale that fits, and the --width this one needs. */
export interface ScaleRefusal {
  readonly scale: Scale;
  readonly fits: Scale;
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** Chart columns there are, and that the scale needs (scale.ts MIN_COLUMNS). */
  readonly columns: number;
  readonly needed: number;
  /** The --width at which the scale fits; null when that is more than the CLI accepts (MAX_WIDTH). */
  readonly width: number | null;
  /** The latest --to at which the scale fits this width from `from`, for when no --width is wide enough; else null. */
  readonly latestTo: DayNumber | null;
}

/** The widest --width the CLI accepts (src/cli/options.ts): a refusal never suggests a wider one (a tester's finding). */
export const MAX_WIDTH = 1000;

/**
 * Whether the named --scale can be drawn readably (issue #12: `--scale day` over 3.5 years): undefined when it can,
 * else what the CLI refuses it with (exit 2). A scale chosen to fit is never refused.
 */
export function checkGanttScale(source: TimelineSource, options: GanttOptions): ScaleRefusal | undefined {
  if (options.scale === undefined) return undefined;
  const timeline = buildTimeline(source);
  // A --to before everything charted ends the chart there (as a --from after everything starts it there).
  const first = options.from ?? (options.to !== undefined && timeline.first !== undefined && timeline.first > options.to ? options.to : timeline.first);
  const last = options.to ?? timeline.last;
  if (first === undefined || last === undefined) return undefined;
  const label = labelWidth(timeline, options.width);
  const columns = options.width - label - GUTTER;
  const to = Math.max(first, last);
  const needed = columnsNeeded(first, to, options.scale);
  if (needed <= columns) return undefined;
  // The label column grows with the width, up to its widest label: the width that surely fits counts that.
  const width = labelWidth(timeline, Number.MAX_SAFE_INTEGER) + GUTTER + needed;
  const fitting = width <= MAX_WIDTH;
  return { scale: options.scale, fits: finestFittingScale(first, to, columns), from: first, to, columns, needed, width: fitting ? width : null, latestTo: fitting ? null : latestFittingTo(first, to, options.scale, columns) };
}

/** The latest day in [first, last] up to which `scale` fits `columns` (columnsNeeded grows with the range); null when none does. */
function latestFittingTo(first: DayNumber, last: DayNumber, scale: Scale, columns: number): DayNumber | null {
  if (columnsNeeded(first, first, scale) > columns) return null;
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (columnsNeeded(first, mid, scale) <= columns) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The chart as one string (tests, small workspaces): the pieces of ganttChunks joined. */
export function formatGantt(source: TimelineSource, options: GanttOptions): string {
  return joinChunks(ganttChunks(source, options));
}

/** The chart in pieces that end at line ends: a million milestones' chart is never one string. */
export function ganttChunks(source: TimelineSource, options: GanttOptions): Iterable<string> {
  return lineChunks(ganttLines(source, options));
}

/** The chart's lines, each without trailing spaces, one after another. */
function* ganttLines(source: TimelineSource, options: GanttOptions): Generator<string> {
  const timeline = buildTimeline(source);
  const g = options.ascii ? ASCII_GLYPHS : UNICODE_GLYPHS;
  const style = createStyle(options.color);
  const w = (en: string, nb: string): string => word(options.locale, en, nb);
  // A --to before everything charted ends the chart there (as a --from after everything starts it there).
  const first = options.from ?? (options.to !== undefined && timeline.first !== undefined && timeline.first > options.to ? options.to : timeline.first);
  const last = options.to ?? timeline.last;
  if (first === undefined || last === undefined) {
    yield w('Nothing to chart: the workspace has no milestones or meetings.', 'Ingenting å vise: arbeidsområdet har ingen milepæler eller møter.');
    return;
  }
  const measured = new Map<MilestoneRow, number>();
  const label = labelWidth(timeline, options.width, measured);
  const columns = options.width - label - GUTTER;
  const scale = options.scale ?? chooseScale(first, Math.max(first, last), columns);
  const snapped = snapRange(first, Math.max(first, last), scale);
  const from = options.from ?? snapped.from;
  const to = Math.max(from, options.to ?? (options.from !== undefined && last < from ? nextUnit(unitStart(from, scale), scale) - 1 : snapped.to));
  const layout: Layout = { map: createColumnMap(from, to, columns), scale, label, g, style, locale: options.locale, today: timeline.today, width: options.width, flags: [] };

  // The edges a marker is drawn at (a date off the chart), which the legend then explains.
  const edges = { before: false, after: false };
  const note = (day: DayNumber | null): void => {
    if (day === null) return;
    if (day < from) edges.before = true;
    else if (day > to) edges.after = true;
  };
  for (const line of header(timeline, layout)) yield line.trimEnd();
  yield '';
  const axis = drawAxis(layout.map, scale, timeline.today, options.locale, g);
  for (const cells of axis) yield chartLine(layout, '', '', cells);
  for (const section of timeline.sections) {
    yield gapLine(layout);
    yield headingLine(layout, `${section.plan.title} (${section.plan.id})`, style.bold).trimEnd();
    for (const group of section.groups) {
      if (section.isRoadmap) {
        const heading = group.goal ? `${group.goal.id} ${group.goal.title}` : w('Without a goal', 'Uten resultatmål');
        yield headingLine(layout, ` ${heading}`, (t) => t).trimEnd();
      }
      const indent = section.isRoadmap ? '   ' : ' ';
      const idRoom = labelIdRoom(layout, indent);
      for (const row of group.rows) {
        const written = escapeControl(row.id);
        // An id longer than its share of the label is cut in its middle, so that ids of one long prefix stay apart (a
        // tester's rows all read `MILEPAEL-MED-EN-VELDIG-L…`); such a label is measured again.
        const id = written.length > idRoom ? cutId(written, idRoom) : written;
        const title = escapeControl(row.title);
        const label = `${indent}${id} ${title}`;
        note(row.projected);
        yield chartLine(layout, label, flags(row, layout), drawMilestone(row, layout.map, timeline.today, g), rowLabelWidth(label, indent, id, title, id === written ? measured.get(row) : undefined));
      }
    }
  }
  if (timeline.bodies.length > 0) {
    yield gapLine(layout).trimEnd();
    yield headingLine(layout, w('Governance bodies and meetings', 'Styringsorganer og møter'), style.bold).trimEnd();
    const idRoom = labelIdRoom(layout, ' ');
    for (const b of timeline.bodies) {
      const name = b.body?.name === undefined ? '' : ` ${escapeControl(b.body.name)}`;
      const id = escapeControl(b.id);
      if (b.meetings.length > 0) {
        note(b.meetings[0]!.date);
        note(b.meetings[b.meetings.length - 1]!.date);
      }
      yield chartLine(layout, ` ${id.length > idRoom ? cutId(id, idRoom) : id}${name}`, '', drawMeetings(b.meetings, layout.map, timeline.today, g));
    }
  }
  yield gapLine(layout);
  yield chartLine(layout, '', '', axis[axis.length - 1]!);
  const hasGates = timeline.sections.some((s) => s.groups.some((g) => g.rows.some((r) => r.isGate)));
  yield '';
  for (const line of legend(layout, hasGates, edges)) yield line.trimEnd();
}

/**
 * The label column's width: the widest label, within 12 columns and a third of the width. The width of each `id title`
 * that is not one-column text is kept in `measured` (the row draws its label without measuring it again).
 */
function labelWidth(timeline: Timeline, width: number, measured?: Map<MilestoneRow, number>): number {
  let widest = 0;
  for (const s of timeline.sections) for (const group of s.groups) for (const r of group.rows) {
    widest = Math.max(widest, labelTextWidth(r, measured) + (s.isRoadmap ? 3 : 1));
  }
  for (const b of timeline.bodies) widest = Math.max(widest, displayWidth(escapeControl(`${b.id} ${b.body?.name ?? ''}`)) + 1);
  return Math.max(12, Math.min(widest, Math.floor(width * 0.35)));
}

/**
 * The display width of the row's `id title`, escaped. Two texts of one-column code points are added up (they join no
 * grapheme across the space) without making the label; others are measured whole, and kept in `measured`.
 */
function labelTextWidth(row: MilestoneRow, measured: Map<MilestoneRow, number> | undefined): number {
  const shownId = escapeControl(row.id);
  const shownTitle = escapeControl(row.title);
  if (oneColumnEach(shownId) && oneColumnEach(shownTitle)) return shownId.length + 1 + shownTitle.length;
  const width = displayWidth(`${shownId} ${shownTitle}`);
  measured?.set(row, width);
  return width;
}

/** The most of the label column an id takes after `indent`: two thirds of it, and never fewer than 8 columns. */
function labelIdRoom(l: Layout, indent: string): number {
  return Math.max(8, Math.floor(((l.label - indent.length) * 2) / 3));
}

/**
 * The display width of a row's label `${indent}${id} ${title}`, without measuring it again: one-column text is as wide
 * as it is long; another is the width labelWidth measured of `id title` (`known`) and the indent's spaces, when the id
 * starts with a printable ASCII character (nothing joins the spaces before it). undefined when not known.
 */
function rowLabelWidth(label: string, indent: string, id: string, title: string, known: number | undefined): number | undefined {
  if (known === undefined) return oneColumnEach(id) && oneColumnEach(title) ? label.length : undefined;
  const first = id.charCodeAt(0);
  return first > 0x20 && first < 0x7f ? indent.length + known : undefined;
}

function header(timeline: Timeline, l: Layout): string[] {
  const w = (en: string, nb: string): string => word(l.locale, en, nb);
  const scaleName = new Map<Scale, string>([['day', w('day', 'dag')], ['week', w('week', 'uke')], ['month', w('month', 'måned')], ['quarter', w('quarter', 'kvartal')], ['year', w('year', 'år')]]).get(l.scale)!;
  const inside = l.today >= l.map.from && l.today <= l.map.to;
  const parts = [
    `${w('Gantt chart', 'Gantt-diagram')} ${formatDate(l.map.from, l.locale)}${l.g.range[l.locale]}${formatDate(l.map.to, l.locale)}`,
    `${w('scale', 'skala')}: ${scaleName}`,
    `${w('today', 'i dag')} ${formatDate(l.today, l.locale)}${inside ? '' : ` (${w('outside the chart', 'utenfor diagrammet')})`}`,
    // With decision points, the meetings are a part of their own, so that no part is wider than a narrow --width.
    ...(timeline.gateCount > 0
      ? [`${formatCount(timeline.milestoneCount, 'milestone', l.locale)}, ${formatCount(timeline.gateCount, 'decision point', l.locale)}`, formatCount(timeline.meetingCount, 'meeting', l.locale)]
      : [`${formatCount(timeline.milestoneCount, 'milestone', l.locale)}, ${formatCount(timeline.meetingCount, 'meeting', l.locale)}`]),
  ];
  return wrap(parts, l.width, l.g.separator).map((line, i) => (i === 0 ? l.style.bold(line) : line));
}

/** A row's three flag cells, painted: one text for each of the twelve combinations, made on first use. */
function flags(row: MilestoneRow, l: Layout): string {
  const key = (row.isDone ? 2 : row.isLate ? 1 : 0) * 4 + (row.isCritical ? 2 : 0) + (row.isPushed ? 1 : 0);
  let text = l.flags[key];
  if (text === undefined) {
    const cells: Cell[] = [
      row.isDone ? { ch: l.g.done, kind: 'done' } : row.isLate ? { ch: l.g.late, kind: 'late' } : { ch: ' ', kind: 'empty' },
      row.isCritical ? { ch: l.g.critical, kind: 'critical' } : { ch: ' ', kind: 'empty' },
      row.isPushed ? { ch: l.g.pushed, kind: 'pushed' } : { ch: ' ', kind: 'empty' },
    ];
    text = paintCells(cells, l.style);
    l.flags[key] = text;
  }
  return text;
}

/**
 * A row: the label cut to the label column, the flags, the chart cells (trailing blanks dropped), without white space at
 * its end. `width` is the label's display width when known (else it is measured).
 */
function chartLine(l: Layout, label: string, flagText: string, cells: readonly Cell[], width?: number): string {
  let end = cells.length;
  while (end > 0 && cells[end - 1]!.kind === 'empty') end--;
  const flagPart = flagText === '' ? NO_FLAGS : flagText;
  const shown = fitLabel(l, label, width ?? displayWidth(label));
  if (end === 0) return `${shown} ${flagPart}`.trimEnd();
  const line = `${shown} ${flagPart} ${paintCells(cells, l.style, end)}`;
  // Trimmed only when it may end in white space: trimEnd copies the line (it is made of pieces) to look at its end, and
  // a row ends in its last cell's character (or a colour code after it).
  const last = cells[end - 1]!.ch;
  return last !== '' && last !== ' ' && last.trimEnd() === last ? line : line.trimEnd();
}

/**
 * `label`, `width` columns wide, filled or cut to the label column as pad(cutText(label)) would. A label that fits (most)
 * is filled; one whose cut falls among one-column code points (the next one too, so that no grapheme crosses the cut)
 * is cut by units (issue #18: cutText measured a label with an emoji in its title twice more, and pad once more).
 */
function fitLabel(l: Layout, label: string, width: number): string {
  if (width <= l.label) return label + blanks(l.label - width);
  const ellipsis = displayWidth(l.g.ellipsis);
  const room = l.label - ellipsis;
  if (room > 0 && label.length > room && oneColumnEach(l.g.ellipsis) && oneColumnEach(label.slice(0, room + 1))) {
    const cut = label.slice(0, room).trimEnd();
    return `${cut}${l.g.ellipsis}${blanks(l.label - cut.length - ellipsis)}`;
  }
  return pad(cutText(label, l.label, l.g), l.label);
}

/** The flag cells of a row without flags. */
const NO_FLAGS = ' '.repeat(FLAGS);

/** Runs of spaces by length, made once each (every label is filled to the label column). */
const BLANKS: string[] = [''];

/** `count` spaces. */
function blanks(count: number): string {
  if (count > 512) return ' '.repeat(count);
  while (BLANKS.length <= count) BLANKS.push(`${BLANKS[BLANKS.length - 1]!} `);
  return BLANKS[count]!;
}

/** A heading across the row; the today line continues to the right of it when there is room. */
function headingLine(l: Layout, text: string, paint: (t: string) => string): string {
  const shown = cutText(escapeControl(text), l.width, l.g);
  const cells = createEmptyCells(l.map.columns);
  drawToday(cells, l.map, l.today, l.g);
  const todayAt = cells.findIndex((c) => c.kind === 'today');
  const used = displayWidth(shown);
  if (todayAt < 0 || used + 1 > l.label + GUTTER + todayAt) return paint(shown);
  return `${paint(shown)}${' '.repeat(l.label + GUTTER + todayAt - used)}${choosePaint('today', l.style)(l.g.today)}`;
}

/** An empty row with the today line, without white space at its end. */
function gapLine(l: Layout): string {
  const cells = createEmptyCells(l.map.columns);
  drawToday(cells, l.map, l.today, l.g);
  return chartLine(l, '', '', cells);
}

function legend(l: Layout, hasGates: boolean, edges: EdgesDrawn): string[] {
  const entries = listLegendEntries(l.g, l.locale, hasGates, edges).map((e) => ({ ...e, text: cutText(e.text, l.width - displayWidth(e.glyph) - 1, l.g) }));
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const e of entries) {
    const width = displayWidth(e.glyph) + 1 + displayWidth(e.text);
    if (used > 0 && used + 3 + width > l.width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += `${used > 0 ? '   ' : ''}${choosePaint(e.kind, l.style)(e.glyph)} ${e.text}`;
    used += (used > 0 ? 3 : 0) + width;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function wrap(parts: readonly string[], width: number, separator: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const p of parts) {
    const next = line === '' ? p : `${line}${separator}${p}`;
    if (line !== '' && displayWidth(next) > width) {
      lines.push(line);
      line = p;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}
