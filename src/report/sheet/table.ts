// A report as a table for spreadsheets (SPEC §15): typed columns and rows, written as CSV or as an xlsx sheet by one writer each.
import type { DayNumber } from '../../calendar/index.js';

/** `date` cells hold a DayNumber; `integer` and `decimal` cells a number; `text` a string. */
export type ColumnKind = 'text' | 'date' | 'integer' | 'decimal';

/** One cell; null is an empty cell. */
export type SheetValue = string | number | DayNumber | null;

export interface SheetColumn {
  /** The header: a field name, as in the JSON output. */
  readonly header: string;
  readonly kind: ColumnKind;
}

export interface SheetTable {
  /** The sheet's name in a workbook (at most 31 characters, none of `[]:*?/\`). */
  readonly name: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly SheetValue[])[];
}

/** Shorthand for column lists: `columns(['ref', 'text'], ['date', 'date'])`. */
export function columns(...specs: readonly (readonly [string, ColumnKind])[]): SheetColumn[] {
  return specs.map(([header, kind]) => ({ header, kind }));
}
