// Reader of P6's XER files: `ERMHDR` header, then per table a `%T name` line, a `%F` line of field names and `%R` rows, `%E` at the end.
import { Buffer } from 'node:buffer';
import { msg, msg0 } from '../../messages/index.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';
import { sayPastEnd, sayRepeatedTable, type RepeatedTable } from './past-end.js';

export interface XerRow {
  /** 1-based line in the file. */
  readonly line: number;
  /** The cells read: all of them, or those of the columns asked for (XerTable.slots). */
  readonly values: readonly string[];
  /** How many cells the row has. */
  readonly count: number;
}

export interface XerTable {
  readonly name: string;
  readonly line: number;
  readonly fields: ReadonlyMap<string, number>;
  /** Where each column's cell is in a row's values (-1: not read); undefined when every cell is read. */
  readonly slots: Int32Array | undefined;
  readonly rows: readonly XerRow[];
}

export interface XerFile {
  readonly tables: ReadonlyMap<string, XerTable>;
  readonly findings: readonly ImportFinding[];
  /** The last line read when the file ends without `%E` (cut off), else null. */
  readonly endsAt: number | null;
  /** Where a file without `%E` was cut: the table it ends in and whether its last row is shorter than its fields; null with `%E`. */
  readonly cut: XerCut | null;
  /** The tables with rows skipped for coming before their %F line. */
  readonly rowsBeforeFields: ReadonlySet<string>;
}

export interface XerCut {
  /** The table the file ends in, null when it ends before any. */
  readonly table: string | null;
  /** Whether the last row has fewer cells than the table has fields (cut off inside the row). */
  readonly isRowCut: boolean;
}

/**
 * The columns to read per table, by name: every one (`'all'`), or the fields listed, each with whether its values
 * repeat (then read as one string per value). Tables not named are counted, not read.
 */
export type XerColumns = ReadonlyMap<string, 'all' | ReadonlyMap<string, boolean>>;

/** The value of `field` in `row`, '' when the table has no such field, the row is short or the column was not read. */
export function cell(table: XerTable, row: XerRow, field: string): string {
  const at = table.fields.get(field);
  if (at === undefined) return '';
  const slot = table.slots === undefined ? at : table.slots[at] ?? -1;
  return slot < 0 ? '' : row.values[slot] ?? '';
}

interface OpenTable {
  name: string;
  line: number;
  fields: Map<string, number>;
  slots: Int32Array | undefined;
  /** Per column, whether its values repeat (for the string pool); empty when every cell is read. */
  shared: boolean[];
  rows: XerRow[];
}

const HEADER = Buffer.from('ERMHDR', 'latin1');

/** Node's own slicer (not in its typings): a fresh string, never a slice of a larger one that it keeps alive. */
type Slicing = Buffer & { utf8Slice(start: number, end: number): string };

/**
 * Splits the file (its text, or that text as UTF-8 bytes) into tables; CRLF or LF line ends. With `columns`, only the
 * cells of those columns are made strings: a 100,000-activity file's TASK table was 6 million of them, and the file
 * itself a 95 MB string. Throws UnreadableInput when the text is not XER.
 */
export function readXerTables(source: string | Uint8Array, columns?: XerColumns): XerFile {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as Slicing;
  const n = buf.length;
  if (buf.compare(HEADER, 0, HEADER.length, 0, Math.min(n, HEADER.length)) !== 0) throw new UnreadableInput(msg0('import.unreadable.xer-header'));
  // Columns are placed when a table's %F line is read: a table with a second %F line (its columns renamed under rows
  // already read) is read whole, as is every table of such a file.
  const wanted = columns !== undefined && hasOneFieldLinePerTable(buf) ? columns : undefined;
  const pool = new Map<string, string>();
  const tables = new Map<string, XerTable>();
  const findings: ImportFinding[] = [];
  let current: OpenTable | undefined;
  const repeats: RepeatedTable[] = [];
  let repeat: RepeatedTable | undefined;
  let ended = false;
  const rowsBeforeFields = new Set<string>();
  let lineNo = 0;
  let from = 0;
  while (from < n) {
    let to = buf.indexOf(0x0a, from);
    if (to < 0) to = n;
    const start = from;
    const end = to > from && buf[to - 1] === 13 ? to - 1 : to;
    from = to + 1;
    lineNo += 1;
    if (end === start || lineNo === 1) continue;
    const tag = buf[start] === 0x25 && end - start >= 2 ? buf[start + 1] : -1;
    if (tag === 0x54) {
      const name = buf.utf8Slice(start, end).slice(3).trim();
      current = { name, line: lineNo, fields: new Map(), slots: wanted === undefined ? undefined : new Int32Array(0), shared: [], rows: [] };
      const first = tables.get(name);
      repeat = first === undefined ? undefined : { name, line: lineNo, firstLine: first.line, rows: 0, isRead: false };
      if (repeat !== undefined) repeats.push(repeat);
      if (first === undefined) tables.set(name, current);
    } else if (tag === 0x46 && current !== undefined) {
      const table = current;
      buf.utf8Slice(start, end).split('\t').slice(1).forEach((field, i) => table.fields.set(field.trim(), i));
      if (wanted !== undefined) placeColumns(table, wanted.get(table.name));
      // A table given again with the first's fields: its rows are read into the first.
      const first = repeat === undefined ? undefined : (tables.get(table.name) as OpenTable | undefined);
      if (repeat !== undefined && first !== undefined && first !== table && hasSameFields(first, table)) {
        current = first;
        repeat.isRead = true;
      }
    } else if (tag === 0x52 && current !== undefined && current.fields.size === 0) {
      // No field names yet: its cells would all read as empty (tester round 66 F11: "link from task  to task").
      findings.push({ kind: 'dropped', topic: 'file', line: lineNo, message: msg('import.xer.row-before-fields', { table: current.name }) });
      rowsBeforeFields.add(current.name);
    } else if (tag === 0x52 && current !== undefined) {
      current.rows.push(readRow(buf, start, end, lineNo, current, pool));
      if (repeat !== undefined) repeat.rows += 1;
    } else if (tag === 0x45) {
      ended = true;
      const after = sayPastEnd(buf, from, lineNo);
      if (after !== undefined) findings.push(after);
      break;
    } else {
      findings.push({ kind: 'dropped', topic: 'file', line: lineNo, message: msg('import.xer.bad-line', { line: lineNo }) });
    }
  }
  for (const r of repeats) findings.push(sayRepeatedTable(r));
  return { tables, findings, endsAt: ended ? null : lineNo, cut: ended ? null : cutAt(current), rowsBeforeFields };
}

/** The slots of a table's columns as `columns` asks for them: every column, some, or none. */
function placeColumns(table: OpenTable, columns: 'all' | ReadonlyMap<string, boolean> | undefined): void {
  if (columns === 'all') {
    table.slots = undefined;
    return;
  }
  const width = [...table.fields.values()].reduce((a, b) => Math.max(a, b + 1), 0);
  const slots = new Int32Array(width).fill(-1);
  for (const [field, isShared] of columns ?? []) {
    const at = table.fields.get(field);
    if (at !== undefined) slots[at] = isShared ? 1 : 0;
  }
  // Slots in column order: a row's cells come in that order, so its values fill from the front.
  let next = 0;
  for (let i = 0; i < width; i++) {
    if (slots[i] === -1) continue;
    table.shared[next] = slots[i] === 1;
    slots[i] = next++;
  }
  table.slots = slots;
}

/** A %R line's cells after the tag (`%R\ta\tb` → a, b), those of the table's slots only. */
function readRow(buf: Slicing, start: number, end: number, line: number, table: OpenTable, pool: Map<string, string>): XerRow {
  const values: string[] = [];
  const slots = table.slots;
  let count = 0;
  let at = start;
  while (at < end && buf[at] !== 0x09) at++;
  if (at >= end) return { line, values, count };
  for (let cellStart = at + 1; ; cellStart = at + 1) {
    at = cellStart;
    while (at < end && buf[at] !== 0x09) at++;
    const slot = slots === undefined ? count : count < slots.length ? slots[count]! : -1;
    count += 1;
    if (slot >= 0) {
      let value = buf.utf8Slice(cellStart, at);
      if (slots !== undefined && table.shared[slot] === true && value.length > 1) {
        const known = pool.get(value);
        if (known !== undefined) value = known;
        else if (pool.size < 1 << 20) pool.set(value, value);
      }
      values.push(value);
    }
    if (at >= end) break;
  }
  return { line, values, count };
}

/** Whether no table has a second %F line (nor a %F line before the first table). */
function hasOneFieldLinePerTable(buf: Buffer): boolean {
  const at = (needle: string): number[] => {
    const found: number[] = [];
    for (let i = buf.indexOf(needle, 0, 'latin1'); i >= 0; i = buf.indexOf(needle, i + 1, 'latin1')) found.push(i);
    return found;
  };
  const marks = [...at('\n%T').map((i) => [i, 0]), ...at('\n%F').map((i) => [i, 1])].sort((a, b) => a[0]! - b[0]!);
  let hasFields = true;
  for (const [, kind] of marks) {
    if (kind === 0) hasFields = false;
    else if (hasFields) return false;
    else hasFields = true;
  }
  return true;
}

/** Whether two tables have the same field list, in the same order. */
function hasSameFields(a: OpenTable, b: OpenTable): boolean {
  if (a.fields.size !== b.fields.size || a.fields.size === 0) return false;
  for (const [field, at] of a.fields) if (b.fields.get(field) !== at) return false;
  return true;
}

/** Where a file without `%E` ends: in which table, and whether inside its last row (shorter than its field list). */
function cutAt(table: OpenTable | undefined): XerCut {
  const last = table?.rows[table.rows.length - 1];
  return { table: table?.name ?? null, isRowCut: table !== undefined && last !== undefined && last.count < table.fields.size };
}
