// Plain-text tables for reports: aligned columns, one flexible column cut with an ellipsis to fit the width.
import { displayWidth, oneColumnEach } from '../text/width.js';
import { flattenText } from './safe-text.js';
import { cutCell, cutRef, cutWidth, distinctCuts, endsInSpace, isBlank, spaces } from './table-cells.js';
import { fitWidths, headerLine } from './table-widths.js';

export interface Column {
  readonly header: string;
  readonly align?: 'left' | 'right';
  /** The column that gives up width when the table is too wide (at most one). */
  readonly flex?: boolean;
  /** Narrowest a flexible column may become. */
  readonly min?: number;
  /**
   * Narrowest this column may be cut to (with its ellipsis) when the flexible column is at its minimum and the table
   * is still too wide: long references must not push a line past the width (a tester's finding, session 14). Such
   * columns give up width left to right.
   */
  readonly cutTo?: number;
  /**
   * The cells are ids or references `plan/ID`: one cut to the column keeps its id and cuts the plan id before it
   * (`nasjonal-sam…/RM5-T3.1`), and an id too long for the column keeps its start and end (`MILEPAEL-M…000003`), so
   * that ids of one long prefix stay apart (testers saw rows that all read `nasjonal-samhandlingsarkitektur-for-k…`
   * and `MILEPAEL-MED-EN-VELDIG-L…`).
   */
  readonly refs?: boolean;
}

/** A column with its cells escaped (flattenText) and measured, in row order: see {@link measureColumn}. */
export interface MeasuredColumn extends Column {
  readonly texts: readonly string[];
  /** The display width of each of `texts`. */
  readonly widths: Float64Array;
  /** 1 where the text is of one-column code points (oneColumnEach: its width is its length, it is cut by units). */
  readonly plain: Uint8Array;
  /** The widest of `texts` and the header. */
  readonly widest: number;
}

/** Lays a cell out after the table's columns are fitted: paints it (colour is added after layout) or keeps it. */
export type CellPaint = (row: number, column: number, text: string) => string;

export { displayWidth };
export { cutId, cutMeasured, pad, truncate } from './table-cells.js';
export { cappedWidth, fittedTableWidth } from './table-widths.js';

/**
 * `column` with its cells (`cells[row]`, row order) escaped and measured, each once: a column often holds one text many
 * rows running (a status, a date, '·' in the meetings matrix), escaped and measured once for the run.
 */
export function measureColumn(column: Column, cells: readonly string[]): MeasuredColumn {
  // The cells themselves when none needs escaping (nearly always): no copy of 100,000 texts.
  let texts: string[] | undefined;
  const widths = new Float64Array(cells.length);
  const plain = new Uint8Array(cells.length);
  let widest = displayWidth(column.header);
  let lastRaw: string | undefined;
  let lastText = '';
  let lastWidth = 0;
  let lastPlain = 0;
  for (let r = 0; r < cells.length; r++) {
    const raw = cells[r] ?? '';
    if (raw !== lastRaw) {
      lastRaw = raw;
      lastText = flattenText(raw);
      // Asked here once, where displayWidth would ask it too: the layout cuts such a text without measuring it again.
      lastPlain = oneColumnEach(lastText) ? 1 : 0;
      lastWidth = lastPlain === 1 ? lastText.length : displayWidth(lastText);
      if (lastWidth > widest) widest = lastWidth;
    }
    if (texts === undefined && lastText !== cells[r]) texts = cells.slice(0, r);
    if (texts !== undefined) texts.push(lastText);
    widths[r] = lastWidth;
    plain[r] = lastPlain;
  }
  return { ...column, texts: texts ?? cells, widths, plain, widest };
}

/**
 * Renders rows under a header, columns separated by two spaces. Cells are escaped (no control
 * characters reach the terminal); the flexible column gives up width (down to its minimum) when the
 * table is wider than `maxWidth`. `paint` may colour a cell after layout (widths are measured uncoloured).
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: CellPaint): string[] {
  return Array.from(tableLines(columns, rows, maxWidth, paint));
}

/**
 * The lines of {@link renderTable}, made one at a time as they are asked for: a report that writes them as they come
 * (the meetings matrix, a block of columns for each group of bodies) never holds them all.
 */
export function tableLines(columns: readonly Column[], rows: readonly (readonly string[])[], maxWidth: number, paint?: CellPaint): Generator<string> {
  const measured = columns.map((c, i) => measureColumn(c, rows.map((row) => row[i] ?? '')));
  return measuredTableLines(measured, rows.length, maxWidth, paint);
}

/**
 * The lines of a table of measured columns ({@link measureColumn}), `rowCount` rows under the header, as
 * {@link tableLines} lays them out. Each cell is measured once (issue #18: measuring it again to cut and to pad cost a
 * second at 100,000 rows), and a line is one string built cell by cell, never an array of cells.
 */
export function* measuredTableLines(columns: readonly MeasuredColumn[], rowCount: number, maxWidth: number, paint?: CellPaint): Generator<string> {
  const count = columns.length;
  const widths = fitWidths(columns, maxWidth);
  yield headerLine(columns, widths);
  const texts = columns.map((c) => c.texts);
  const cellWidths = columns.map((c) => c.widths);
  const plain = columns.map((c) => c.plain);
  const isRight = columns.map((c) => c.align === 'right');
  const isRef = columns.map((c) => c.refs === true);
  // Ids and references the cut would make alike are cut around where they differ (tester round 71 F4).
  const distinct = columns.map((c, i) => (isRef[i] && c.widest > widths[i]! ? distinctCuts(c.texts, widths[i]!, (t) => cutRef(t, widths[i]!)) : undefined));
  // The laid-out cell of the text above it in each column (a status, a date, a float many rows running): kept, with
  // the two spaces before it (one piece a cell), and without the fill after it for when it ends the line.
  const lastText = new Array<string | undefined>(count);
  const lastShown = new Array<string>(count).fill('');
  const lastFill = new Array<number>(count).fill(0);
  const lastJoined = new Array<string>(count).fill('');
  const lastBare = new Array<string>(count).fill('');
  const lastBlank = new Array<boolean>(count).fill(true);
  const lastTrim = new Array<boolean>(count).fill(false);
  // This row's cells: joined, bare (see above), whether it is white space only (left out when it ends the line), and
  // whether its bare cell ends in white space (trimmed when it ends the line).
  const joined = new Array<string>(count).fill('');
  const bare = new Array<string>(count).fill('');
  const blank = new Array<boolean>(count).fill(true);
  const trim = new Array<boolean>(count).fill(false);
  for (let r = 0; r < rowCount; r++) {
    for (let i = 0; i < count; i++) {
      const text = texts[i]![r]!;
      if (text !== lastText[i]) {
        lastText[i] = text;
        const width = widths[i]!;
        let w = cellWidths[i]![r]!;
        let shown = text;
        if (w > width) {
          const apart = distinct[i]?.get(text);
          shown = apart !== undefined ? apart : isRef[i] && plain[i]![r] === 1 ? cutRef(text, width) : cutCell(text, w, plain[i]![r] === 1, width);
          w = apart !== undefined ? apart.length : cutWidth;
        }
        lastShown[i] = shown;
        // A piece fewer for each: the gap and the fill before a right-aligned text are one run of spaces, and a
        // left-aligned text's joined cell is its bare one filled.
        const fill = Math.max(0, Math.floor(width - w));
        const gap = i > 0 ? 2 : 0;
        lastFill[i] = fill;
        if (isRight[i]) lastBare[i] = lastJoined[i] = spaces(gap + fill) + shown;
        else {
          lastBare[i] = gap > 0 ? `  ${shown}` : shown;
          lastJoined[i] = fill > 0 ? lastBare[i]! + spaces(fill) : lastBare[i]!;
        }
        lastBlank[i] = isBlank(shown);
        lastTrim[i] = !lastBlank[i] && endsInSpace(shown);
      }
      const shown = lastShown[i]!;
      const painted = paint !== undefined && shown !== '' ? paint(r, i, shown) : shown;
      if (painted === shown) {
        joined[i] = lastJoined[i]!;
        bare[i] = lastBare[i]!;
        blank[i] = lastBlank[i]!;
        trim[i] = lastTrim[i]!;
      } else {
        // As the cell was painted before (a text that is all spaces, filled on the left, is painted where replace finds it).
        const fill = spaces(lastFill[i]!);
        const padded = isRight[i] ? fill + shown : shown + fill;
        joined[i] = (i > 0 ? '  ' : '') + padded.replace(shown, painted);
        bare[i] = joined[i]!;
        blank[i] = false;
        trim[i] = true;
      }
    }
    // The line trimmed as trimEnd would trim it, without copying it to trim: the cells after the last that is not white
    // space are left out, and that one's fill (issue #18: a line ending in an empty driver column was copied to trim).
    let last = count - 1;
    while (last >= 0 && blank[last]) last--;
    if (last < 0) {
      yield '';
      continue;
    }
    let out = '';
    for (let i = 0; i < last; i++) out += joined[i]!;
    out += bare[last]!;
    // Trimmed still when its last cell ends in white space (a title ending in a space, a painted cell's fill). Its end
    // is not read from the line: that copies a line made of pieces into one.
    yield trim[last] ? out.trimEnd() : out;
  }
}
