// `--format xlsx` for reports (SPEC §15): refused on a terminal, written to stdout as bytes; exceljs is loaded only here.
import type { DayNumber } from '../calendar/index.js';
import type { Locale } from '../report/locale.js';
import type { SheetTable } from '../report/sheet/table.js';
import type { Io } from './io.js';
import { msg } from '../messages/index.js';
import { UsageError } from './usage-error.js';

/** Before anything is loaded or computed: a workbook sent to a terminal is garbage on the screen, and nothing is written. */
export function refuseWorkbookOnTerminal(io: Io, command: string): void {
  if (io.stdoutIsTTY) throw new UsageError(msg('cli.xlsx.terminal', { command }));
}

/** Writes the tables as one workbook to stdout; the workbook is dated at the status date, so its bytes do not depend on the clock. */
export async function writeWorkbook(io: Io, tables: readonly SheetTable[], locale: Locale, today: DayNumber): Promise<void> {
  const { writeXlsx } = await import('../report/sheet/xlsx.js');
  // exceljs takes Date objects: the UTC midnight of each day, so no time zone enters (SPEC §9).
  io.stdoutBytes(await writeXlsx(tables, { locale, created: today, instantOf: (day) => new Date(day * 86_400_000) }));
}
