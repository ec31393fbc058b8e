// The meetings matrix: milestones × bodies, each cell the latest admissible meeting and how long before, fitted to the width.
import { ymdOf, type DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, type Locale } from '../locale.js';
import { displayWidth, measureColumn, measuredTableLines, truncate, type MeasuredColumn } from '../table.js';
import type { Style } from '../validate/style.js';
import { cappedWidth } from '../table-widths.js';
import type { BodyStatus, MeetingsReport, MeetingsRow } from './model.js';
import type { MeetingsMessages } from './messages.js';

/** The texts the matrix writes of a day, each made once per day (`once`): the whole date, the date in its year, the year. */
interface DayTexts {
  readonly full: (day: DayNumber) => string;
  readonly inYear: (day: DayNumber) => string;
  readonly year: (day: DayNumber) => number;
}

function dayTexts(locale: Locale): DayTexts {
  return {
    full: once((day) => formatDate(day, locale)),
    inYear: once((day) => {
      const { month, day: d } = ymdOf(day);
      const mm = String(month).padStart(2, '0');
      const dd = String(d).padStart(2, '0');
      return locale === 'nb' ? `${dd}.${mm}` : `${mm}-${dd}`;
    }),
    year: once((day) => ymdOf(day).year),
  };
}

/**
 * en 09-12, nb 12.09 when the meeting falls in the milestone's year; else the whole date, since `11-20 −49d` beside a
 * 2020-01-08 milestone read as a meeting in 2020 (tester round 37 F2).
 */
function shortDate(day: DayNumber, milestone: DayNumber, texts: DayTexts): string {
  return texts.year(day) === texts.year(milestone) ? texts.inYear(day) : texts.full(day);
}

/** `n` calendar days from a meeting to its milestone: −15d before, +13d after, 0d the same day. */
function offsetText(n: number): string {
  return n > 0 ? `−${n}d` : n < 0 ? `+${-n}d` : '0d';
}

/**
 * `format` of each number, made once: 100,000 rows name a few thousand days and offsets, and each cell's date and
 * offset were formatted anew (tester round 51: `meetings` over 3 s at 100,000 milestones).
 */
function once<T>(format: (n: number) => T): (n: number) => T {
  const made = new Map<number, T>();
  return (n) => {
    let text = made.get(n);
    if (text === undefined) {
      text = format(n);
      made.set(n, text);
    }
    return text;
  };
}

/** The cell of a body the milestone neither requires nor lists a meeting of. */
const NOT_INVOLVED = '·';

/** A body's cell: `date` writes a meeting's day beside the milestone's, `offset` the days between (offsetText's). */
function cellText(row: MeetingsRow, status: BodyStatus | undefined, words: MeetingsMessages, date: (meeting: DayNumber, milestone: DayNumber) => string, offset: (days: number) => string): string {
  if (!status) return NOT_INVOLVED;
  const c = row.current.day;
  if (status.meeting) return `${status.isRequired ? '✓' : ' '} ${date(status.meeting.date, c)} ${offset(c - status.meeting.date)}`;
  if (status.isRequired) return `✗ ${words.none}`;
  const late = status.outside[0];
  return late ? `! ${date(late.meeting.date, c)} ${offset(c - late.meeting.date)}` : NOT_INVOLVED;
}

/**
 * The display width of a matrix column: its header's and its widest cell's (unescaped, as the blocks are fitted). A column is
 * mostly the same few texts one after another ('·' where a milestone does not name the body), each measured once.
 */
function widestCell(header: string, cells: readonly string[]): number {
  let widest = displayWidth(header);
  let last: string | undefined;
  let lastWidth = 0;
  for (const cell of cells) {
    if (cell !== last) {
      last = cell;
      lastWidth = displayWidth(cell);
    }
    if (lastWidth > widest) widest = lastWidth;
  }
  return widest;
}

function paintCell(text: string, style: Style): string {
  if (text.startsWith('✓')) return style.green(text);
  if (text.startsWith('✗')) return style.bold(style.red(text));
  if (text.startsWith('!')) return style.yellow(text);
  return text;
}

const GAP = 2;
const TITLE_MIN = 12;
/** The narrowest a milestone's id or reference is cut to, its ellipsis included. */
const ID_MIN = 8;

/**
 * One or more matrices (bodies split into blocks when they do not fit side by side), line by line: the lines of a
 * block are made as they are written, never all held (30 bodies in blocks of 6 over 100,000 milestones are 500,000).
 */
export function* drawMatrix(report: MeetingsReport, options: FormatOptions, words: MeetingsMessages, style: Style, qualify: boolean): Generator<string> {
  const ids = report.rows.map((r) => (qualify ? r.ref : r.id));
  const days = dayTexts(options.locale);
  const offset = once(offsetText);
  const dates = report.rows.map((r) => days.full(r.current.day));
  // A long id counts at its cap (a quarter of the width, table-widths.ts cappedWidth) when the bodies are laid out in
  // blocks: one 76-column id put each of five bodies in a table of its own at --width 100 (tester round 68 F3).
  const fixed = cappedWidth({ header: words.milestone, cutTo: ID_MIN }, widestCell(words.milestone, ids), options.width) + GAP + widestCell(words.date, dates);
  const column = new Map(report.bodies.map((body, i) => [body, i]));
  // Each row fills the cells of its own bodies (a handful); every other cell is NOT_INVOLVED. Looking each body up in each
  // row was bodies × rows searches: 30 bodies and 100,000 milestones took seconds (issue #18).
  const cellsFor = (date: (meeting: DayNumber, milestone: DayNumber) => string): string[][] => {
    const cells = report.bodies.map(() => new Array<string | undefined>(report.rows.length));
    report.rows.forEach((r, k) => {
      for (const status of r.bodies) {
        const col = cells[column.get(status.body) ?? -1];
        if (col !== undefined && col[k] === undefined) col[k] = cellText(r, status, words, date, offset);
      }
    });
    for (const col of cells) for (let k = 0; k < col.length; k++) col[k] ??= NOT_INVOLVED;
    return cells as string[][];
  };
  let cells = cellsFor(days.full);
  // A body's id heads its column, cut to the room beside the milestone and date columns when it is wider than its
  // cells and that room: a long id made the header line 109 columns at --width 80 (a tester's finding).
  let headers = report.bodies;
  const fitHeaders = (): void => {
    headers = report.bodies.map((body, i) => {
      const room = Math.max(widestCell('', cells[i]!), options.width - fixed - GAP);
      return displayWidth(body) > room ? truncate(body, room) : body;
    });
  };
  const widthOf = (cells: string[][]): number[] => cells.map((col, i) => widestCell(headers[i]!, col));
  fitHeaders();
  let widths = widthOf(cells);
  if (fixed + widths.reduce((a, w) => a + GAP + w, 0) > options.width) {
    cells = cellsFor((d, milestone) => shortDate(d, milestone, days));
    fitHeaders();
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
  // The milestone, date and title columns escaped and measured once for all blocks; each body's cells once in its block.
  // Cut in its middle when the width leaves it too little (a tester's 48-column ids made 75-column rows at --width 40).
  const idColumn = measureColumn({ header: words.milestone, cutTo: ID_MIN, refs: true }, ids);
  const dateColumn = measureColumn({ header: words.date }, dates);
  let titleColumn: MeasuredColumn | undefined;
  // Without colour every paint is the text itself: no call per cell.
  const paint = options.color ? (first: number) => (_row: number, column: number, text: string): string => (column >= first ? paintCell(text, style) : text) : () => undefined;
  for (const [b, block] of blocks.entries()) {
    if (b > 0) yield '';
    const blockWidth = fixed + block.reduce((a, i) => a + GAP + widths[i]!, 0);
    const hasTitle = blocks.length === 1 && blockWidth + GAP + TITLE_MIN <= options.width;
    if (hasTitle) titleColumn ??= measureColumn({ header: words.title, flex: true, min: TITLE_MIN }, report.rows.map((r) => r.title));
    const columns = [idColumn, dateColumn, ...(hasTitle ? [titleColumn!] : []), ...block.map((i) => measureColumn({ header: headers[i]! }, cells[i]!))];
    let isHeader = true;
    for (const line of measuredTableLines(columns, report.rows.length, options.width, paint(hasTitle ? 3 : 2))) {
      yield isHeader ? style.dim(line) : line;
      isHeader = false;
    }
  }
}
