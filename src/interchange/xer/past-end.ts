// What an XER file holds that its reader does not take as tables: lines after its %E line, and a table given twice.
import type { Buffer } from 'node:buffer';
import { msg } from '../../messages/index.js';
import type { ImportFinding } from '../finding.js';

/**
 * The lines after the %E line at `endLine` (the bytes from `from` on), said once when any is not blank: how many, and
 * the line of an `ERMHDR` header among them (a second export joined on). P6 writes %E at the end of an export, so
 * nothing after it is read, and it was left out without a word (tester round 66 F2: a whole second project of 25
 * activities lost, "imported exactly", exit 0). Undefined when only blank lines follow.
 */
export function sayPastEnd(buf: Buffer, from: number, endLine: number): ImportFinding | undefined {
  let lineNo = endLine;
  let first: number | null = null;
  let count = 0;
  let exportAt: number | null = null;
  for (let at = from; at < buf.length; ) {
    let to = buf.indexOf(0x0a, at);
    if (to < 0) to = buf.length;
    lineNo += 1;
    if (buf.subarray(at, to).toString('latin1').trim() !== '') {
      count += 1;
      first ??= lineNo;
      if (exportAt === null && buf.subarray(at, to).toString('latin1').startsWith('ERMHDR')) exportAt = lineNo;
    }
    at = to + 1;
  }
  if (first === null) return undefined;
  return { kind: 'dropped', topic: 'file', line: first, message: msg('import.xer.past-end', { endLine, lines: count, exportAt }) };
}

/** A table given again after its first `%T` line (at `firstLine`): its `%T` line, and the rows read under it. */
export interface RepeatedTable {
  readonly name: string;
  readonly line: number;
  readonly firstLine: number;
  rows: number;
  /** Whether its field list is the first's, so that its rows were read as the first's (else they were not read). */
  isRead: boolean;
}

/**
 * Says a table given twice (files joined by hand; P6 writes each table once): its rows are read as the first's when
 * its fields are the same, so that no activity or link of it is lost, and left out when they are not, since the
 * reader has one field list per table (tester round 66 F2: a second TASK table was dropped without a word).
 */
export function sayRepeatedTable(table: RepeatedTable): ImportFinding {
  return {
    kind: table.isRead ? 'approximated' : 'dropped',
    topic: 'file',
    line: table.line,
    message: msg('import.xer.table-repeated', { table: table.name, firstLine: table.firstLine, rows: table.rows, isRead: table.isRead }),
  };
}
