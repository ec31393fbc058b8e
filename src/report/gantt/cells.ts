// Draws one chart row into cells (a character and what it shows) and paints a row of cells.
import type { DayNumber } from '../../calendar/index.js';
import type { Meeting } from '../../model/types.js';
import type { Style } from '../validate/style.js';
import type { Glyphs } from './glyphs.js';
import type { ColumnMap } from './scale.js';
import type { MilestoneRow } from './timeline.js';

export type CellKind = 'empty' | 'text' | 'rule' | 'float' | 'slip' | 'baseline' | 'today' | 'meeting' | 'milestone' | 'critical' | 'late' | 'done' | 'pushed';

export interface Cell {
  readonly ch: string;
  readonly kind: CellKind;
}

const EMPTY: Cell = { ch: ' ', kind: 'empty' };

/**
 * A row of `columns` empty cells. `fill` rather than Array.from with a callback: Array.from called the callback per
 * cell, 1.1 s of `gantt` at 100,000 milestones (issue #18).
 */
export function createEmptyCells(columns: number): Cell[] {
  return new Array<Cell>(columns > 0 ? Math.trunc(columns) : 0).fill(EMPTY);
}

/** What colours a milestone: done, late, critical, pushed, or plain. */
export function classifyMilestone(row: MilestoneRow): CellKind {
  if (row.isDone) return 'done';
  if (row.isLate) return 'late';
  if (row.isCritical) return 'critical';
  if (row.isPushed) return 'pushed';
  return 'milestone';
}

function fill(cells: Cell[], a: number, b: number, cell: Cell): void {
  for (let c = Math.max(0, a); c <= Math.min(cells.length - 1, b); c++) cells[c] = cell;
}

/** The today line through every empty cell of the row. */
export function drawToday(cells: Cell[], map: ColumnMap, today: DayNumber, g: Glyphs): void {
  const c = map.columnOf(today);
  if (c >= 0 && c < cells.length && cells[c]!.kind === 'empty') cells[c] = { ch: g.today, kind: 'today' };
}

/**
 * Float tail, slip line from the planned date, overrun past the latest date, the today line, then the milestone on top.
 * A projected date left out (date-range, SPEC §4) leaves only the planned date's marker; a latest date left out, no tail.
 */
export function drawMilestone(row: MilestoneRow, map: ColumnMap, today: DayNumber, g: Glyphs): Cell[] {
  if (row.projected === null) return drawPlannedOnly(row.baseline, map, today, g);
  const cells = createEmptyCells(map.columns);
  const p = map.columnOf(row.projected);
  if (!row.isDone && row.latest !== null && row.latest > row.projected) fill(cells, p + 1, map.columnOf(row.latest), { ch: g.float, kind: 'float' });
  const b = map.columnOf(row.baseline);
  if (row.baseline !== row.projected) fill(cells, Math.min(b, p) + 1, Math.max(b, p) - 1, { ch: g.slip, kind: 'slip' });
  // Negative float: from the latest date to the projected one, the stretch the milestone is behind.
  if (!row.isDone && row.latest !== null && row.latest < row.projected) fill(cells, map.columnOf(row.latest), p - 1, { ch: g.overrun, kind: 'late' });
  if (row.baseline !== row.projected && b >= 0 && b < map.columns) cells[b] = { ch: g.baseline, kind: 'baseline' };
  drawToday(cells, map, today, g);
  const kind = classifyMilestone(row);
  if (p < 0) drawEdge(cells, g.before, 'before', kind, g);
  else if (p >= map.columns) drawEdge(cells, g.after, 'after', kind, g);
  else cells[p] = { ch: row.isGate ? g.gate : g.milestone, kind };
  return cells;
}

/**
 * The marker of a date off the chart, at the edge it lies beyond: its characters from the first column on, or ending
 * at the last (ASCII's `<<` and `>>` take two: `>` alone is the pushed flag, a tester's finding). The edge column
 * always shows it; a column further in keeps a planned-date marker or a meeting that is there.
 */
function drawEdge(cells: Cell[], glyph: string, side: 'before' | 'after', kind: CellKind, g: Glyphs): void {
  const chars = Array.from(glyph);
  const last = cells.length - 1;
  for (let i = 0; i < chars.length; i++) {
    const at = side === 'before' ? i : last - (chars.length - 1 - i);
    if (at < 0 || at > last) continue;
    const edge = side === 'before' ? at === 0 : at === last;
    const held = cells[at]!;
    if (!edge && (held.kind === 'baseline' || held.ch === g.meeting)) continue;
    cells[at] = { ch: chars[i]!, kind };
  }
}

function drawPlannedOnly(baseline: DayNumber, map: ColumnMap, today: DayNumber, g: Glyphs): Cell[] {
  const cells = createEmptyCells(map.columns);
  const b = map.columnOf(baseline);
  if (b >= 0 && b < map.columns) cells[b] = { ch: g.baseline, kind: 'baseline' };
  drawToday(cells, map, today, g);
  return cells;
}

/** A body's meetings as triangles; edge markers for meetings outside the range. */
export function drawMeetings(meetings: readonly Meeting[], map: ColumnMap, today: DayNumber, g: Glyphs): Cell[] {
  const cells = createEmptyCells(map.columns);
  drawToday(cells, map, today, g);
  // In date order, as ever: a meeting in the first column covers the marker of earlier ones, the marker of later ones
  // covers a meeting in the last column (and, of two characters, keeps one next to it).
  if (meetings.some((m) => m.date < map.from)) drawEdge(cells, g.before, 'before', 'meeting', g);
  for (const m of meetings) {
    const c = map.columnOf(m.date);
    if (c >= 0 && c < map.columns) cells[c] = { ch: g.meeting, kind: 'meeting' };
  }
  if (meetings.some((m) => m.date > map.to)) drawEdge(cells, g.after, 'after', 'meeting', g);
  return cells;
}

/** Writes text over cells from `at` (text cells; the caller keeps it inside the row). */
export function writeText(cells: Cell[], at: number, text: string): void {
  let c = at;
  for (const ch of text) {
    if (c >= cells.length) break;
    if (c >= 0) cells[c] = { ch, kind: 'text' };
    c++;
  }
}

export function choosePaint(kind: CellKind, style: Style): (text: string) => string {
  switch (kind) {
    case 'float': case 'baseline': case 'rule': return style.dim;
    case 'slip': case 'pushed': return style.yellow;
    case 'today': return style.blue;
    case 'meeting': case 'milestone': return style.cyan;
    case 'critical': return style.red;
    case 'late': return (t) => style.bold(style.red(t));
    case 'done': return style.green;
    default: return (t) => t;
  }
}

/**
 * Joins `cells[0, end)` into a line, one escape sequence per run of equally painted cells. A stretch of equal cells (the
 * blanks, a float tail, a slip line) is one piece, not a character added at a time (issue #18: a piece per cell of
 * 100,000 rows of ~60 columns was most of gantt's garbage).
 */
export function paintCells(cells: readonly Cell[], style: Style, end = cells.length): string {
  let out = '';
  let run = '';
  let kind: CellKind | undefined;
  for (let i = 0; i < end;) {
    const cell = cells[i]!;
    let next = i + 1;
    while (next < end && cells[next]!.ch === cell.ch && cells[next]!.kind === cell.kind) next++;
    if (cell.kind !== kind && run !== '') {
      out += choosePaint(kind!, style)(run);
      run = '';
    }
    kind = cell.kind;
    run += next - i === 1 ? cell.ch : cell.ch.repeat(next - i);
    i = next;
  }
  if (kind !== undefined && run !== '') out += choosePaint(kind, style)(run);
  return out;
}
