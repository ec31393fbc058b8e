// Reader of P6's XER text: `ERMHDR` header, then per table a `%T name` line, a `%F` line of field names and `%R` rows, `%E` at the end.
import { msg, msg0 } from '../../messages/index.js';
import { UnreadableInput, type ImportFinding } from '../finding.js';

export interface XerRow {
  /** 1-based line in the file. */
  readonly line: number;
  readonly values: readonly string[];
}

export interface XerTable {
  readonly name: string;
  readonly line: number;
  readonly fields: ReadonlyMap<string, number>;
  readonly rows: readonly XerRow[];
}

export interface XerFile {
  readonly tables: ReadonlyMap<string, XerTable>;
  readonly findings: readonly ImportFinding[];
  /** The last line read when the file ends without `%E` (cut off), else null. */
  readonly endsAt: number | null;
}

/** The value of `field` in `row`, '' when the table has no such field or the row is short. */
export function cell(table: XerTable, row: XerRow, field: string): string {
  const at = table.fields.get(field);
  return at === undefined ? '' : row.values[at] ?? '';
}

/** Splits the text into tables; CRLF or LF line ends. Throws UnreadableInput when the text is not XER. */
export function readXerTables(text: string): XerFile {
  if (!text.startsWith('ERMHDR')) throw new UnreadableInput(msg0('import.unreadable.xer-header'));
  const tables = new Map<string, XerTable>();
  const findings: ImportFinding[] = [];
  let current: { name: string; line: number; fields: Map<string, number>; rows: XerRow[] } | undefined;
  let ended = false;
  let lineNo = 0;
  let from = 0;
  while (from < text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to > from && text.charCodeAt(to - 1) === 13 ? to - 1 : to);
    from = to + 1;
    lineNo += 1;
    if (raw === '' || lineNo === 1) continue;
    const tag = raw.slice(0, 2);
    if (tag === '%T') {
      const name = raw.slice(3).trim();
      current = { name, line: lineNo, fields: new Map(), rows: [] };
      if (!tables.has(name)) tables.set(name, current);
    } else if (tag === '%F' && current !== undefined) {
      raw.split('\t').slice(1).forEach((field, i) => current?.fields.set(field.trim(), i));
    } else if (tag === '%R' && current !== undefined) {
      current.rows.push({ line: lineNo, values: raw.split('\t').slice(1) });
    } else if (tag === '%E') {
      ended = true;
      break;
    } else {
      findings.push({ kind: 'dropped', topic: 'file', line: lineNo, message: msg('import.xer.bad-line', { line: lineNo }) });
    }
  }
  if (!ended) findings.push(dropTruncatedRow(current, lineNo));
  return { tables, findings, endsAt: ended ? null : lineNo };
}

/** A file cut off before `%E`: its last row is left out when it is shorter than its table's field list (cut mid-row). */
function dropTruncatedRow(table: { name: string; fields: Map<string, number>; rows: XerRow[] } | undefined, lastLine: number): ImportFinding {
  const last = table?.rows[table.rows.length - 1];
  if (table !== undefined && last !== undefined && last.values.length < table.fields.size) {
    table.rows.pop();
    return { kind: 'dropped', topic: 'file', line: last.line, message: msg('import.xer.truncated-row', { table: table.name, line: last.line }) };
  }
  return { kind: 'dropped', topic: 'file', line: lastLine, message: msg('import.xer.truncated', { line: lastLine }) };
}
