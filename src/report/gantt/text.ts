// `milepel gantt`: the terminal chart — label column on the left, time axis, milestone and meeting rows, legend.
import { formatCount } from '../counts.js';
import type { DayNumber } from '../../calendar/index.js';
import { formatDate, word } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { cutId, displayWidth } from '../table.js';
import { joinChunks, lineChunks } from '../chunks.js';
import { wrapWords } from '../wrap.js';
import { createStyle } from '../validate/style.js';
import { drawAxis } from './axis.js';
import { drawMeetings, drawMilestone, choosePaint } from './cells.js';
import { ASCII_GLYPHS, cutText, listLegendEntries, UNICODE_GLYPHS, type EdgesDrawn } from './glyphs.js';
import { labelIdRoom, labelWidth, rowLabelWidth } from './labels.js';
import { GUTTER, type GanttOptions, type Layout } from './layout.js';
import { chartLine, flags, gapLine, headingLine } from './lines.js';
import { chooseScale, createColumnMap, nextUnit, snapRange, unitStart, type Scale } from './scale.js';
import { buildTimeline, type MilestoneRow, type Timeline, type TimelineSource } from './timeline.js';

export type { GanttOptions } from './layout.js';
export { checkGanttScale, MAX_WIDTH, type ScaleRefusal } from './scale-check.js';

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
    // Wrapped at --width like every other line (tester round 37 F1).
    yield* wrapWords(w('Nothing to chart: the workspace has no milestones or meetings.', 'Ingenting å vise: arbeidsområdet har ingen milepæler eller møter.'), options.width, '', '  ');
    return;
  }
  const measured = new Map<MilestoneRow, number>();
  const label = labelWidth(timeline, options.width, measured);
  const columns = options.width - label - GUTTER;
  const scale = options.scale ?? chooseScale(first, Math.max(first, last), columns);
  const snapped = snapRange(first, Math.max(first, last), scale);
  const from = options.from ?? snapped.from;
  const to = Math.max(from, options.to ?? (options.from !== undefined && last < from ? nextUnit(unitStart(from, scale), scale) - 1 : snapped.to));
  const layout: Layout = { map: createColumnMap(from, to, columns, scale), scale, label, g, style, locale: options.locale, today: timeline.today, width: options.width, flags: [] };

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
        const written = flattenText(row.id);
        // An id longer than its share of the label is cut in its middle, so that ids of one long prefix stay apart (a
        // tester's rows all read `MILEPAEL-MED-EN-VELDIG-L…`); such a label is measured again.
        const id = written.length > idRoom ? cutId(written, idRoom) : written;
        const title = flattenText(row.title);
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
      const name = b.body?.name === undefined ? '' : ` ${flattenText(b.body.name)}`;
      const id = flattenText(b.id);
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
  for (const line of legend(layout, hasGates, edges, source.baseline?.label)) yield line.trimEnd();
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

function legend(l: Layout, hasGates: boolean, edges: EdgesDrawn, baseline: string | undefined): string[] {
  const entries = listLegendEntries(l.g, l.locale, hasGates, edges, baseline).map((e) => ({ ...e, text: cutText(e.text, l.width - displayWidth(e.glyph) - 1, l.g) }));
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
