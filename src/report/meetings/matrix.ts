// The meetings matrix: milestones × bodies, each cell the latest admissible meeting and how long before, fitted to the width.
import { ymdOf, type DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, type Locale } from '../locale.js';
import { append, measureColumns, renderTable } from '../table.js';
import type { Column } from '../table.js';
import type { Style } from '../validate/style.js';
import type { BodyStatus, MeetingsReport, MeetingsRow } from './model.js';
import type { MeetingsMessages } from './messages.js';

/** en 09-12, nb 12.09: the year is clear from the milestone's date and the day count. */
function shortDate(day: DayNumber, locale: Locale): string {
  const { month, day: d } = ymdOf(day);
  const mm = String(month).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return locale === 'nb' ? `${dd}.${mm}` : `${mm}-${dd}`;
}

/** Calendar days from the meeting to the milestone: −15d before, +13d after, 0d the same day. */
export function showOffset(meeting: DayNumber, milestone: DayNumber): string {
  const n = milestone - meeting;
  return n > 0 ? `−${n}d` : n < 0 ? `+${-n}d` : '0d';
}

function cellText(row: MeetingsRow, status: BodyStatus | undefined, words: MeetingsMessages, date: (d: DayNumber) => string): string {
  if (!status) return '·';
  const c = row.current.day;
  if (status.meeting) return `${status.isRequired ? '✓' : ' '} ${date(status.meeting.date)} ${showOffset(status.meeting.date, c)}`;
  if (status.isRequired) return `✗ ${words.none}`;
  const late = status.outside[0];
  return late ? `! ${date(late.meeting.date)} ${showOffset(late.meeting.date, c)}` : '·';
}

function paintCell(text: string, style: Style): string {
  if (text.startsWith('✓')) return style.green(text);
  if (text.startsWith('✗')) return style.bold(style.red(text));
  if (text.startsWith('!')) return style.yellow(text);
  return text;
}

const GAP = 2;
const TITLE_MIN = 12;

/** One or more matrices (bodies split into blocks when they do not fit side by side). */
export function drawMatrix(report: MeetingsReport, options: FormatOptions, words: MeetingsMessages, style: Style, qualify: boolean): string[] {
  const ids = report.rows.map((r) => (qualify ? r.ref : r.id));
  const dates = report.rows.map((r) => formatDate(r.current.day, options.locale));
  const [idWidth, dateWidth] = measureColumns([words.milestone, words.date], ids.map((id, k) => [id, dates[k]!]));
  const fixed = idWidth! + GAP + dateWidth!;
  const cellsFor = (date: (d: DayNumber) => string): string[][] =>
    report.bodies.map((body) => report.rows.map((r) => cellText(r, r.bodies.find((b) => b.body === body), words, date)));
  const widthOf = (cells: string[][]): number[] => cells.map((col, i) => measureColumns([report.bodies[i]!], col.map((c) => [c]))[0]!);
  let cells = cellsFor((d) => formatDate(d, options.locale));
  let widths = widthOf(cells);
  if (fixed + widths.reduce((a, w) => a + GAP + w, 0) > options.width) {
    cells = cellsFor((d) => shortDate(d, options.locale));
    widths = widthOf(cells);
  }
  const blocks: number[][] = [[]];
  let used = fixed;
  widths.forEach((w, i) => {
    const block = blocks.at(-1)!;
    if (block.length > 0 && used + GAP + w > options.width) {
      blocks.push([i]);
      used = fixed + GAP + w;
    } else {
      block.push(i);
      used += GAP + w;
    }
  });
  const lines: string[] = [];
  for (const block of blocks) {
    if (lines.length > 0) lines.push('');
    const blockWidth = fixed + block.reduce((a, i) => a + GAP + widths[i]!, 0);
    const hasTitle = blocks.length === 1 && blockWidth + GAP + TITLE_MIN <= options.width;
    const columns: Column[] = [
      { header: words.milestone }, { header: words.date },
      ...(hasTitle ? [{ header: words.title, flex: true, min: TITLE_MIN }] : []),
      ...block.map((i) => ({ header: report.bodies[i]! })),
    ];
    const first = hasTitle ? 3 : 2;
    const rows = report.rows.map((r, k) => [ids[k]!, dates[k]!, ...(hasTitle ? [r.title] : []), ...block.map((i) => cells[i]![k]!)]);
    const [header, ...body] = renderTable(columns, rows, options.width, (_row, column, text) => (column >= first ? paintCell(text, style) : text));
    lines.push(style.dim(header!));
    append(lines, body);
  }
  return lines;
}
