// `milepel slippage` as a table for CSV and xlsx (SPEC §15): a header and one row per milestone; --trend adds a column, not rows.
import { columns, type SheetTable, type SheetValue } from '../sheet/table.js';
import { formatDay } from '../../calendar/index.js';
import type { SlippageReport } from '../../schedule/slippage.js';

export interface SlippageSheetOptions {
  /** Adds a `trend` column: `reported:forecast` pairs separated by `;`, oldest first. */
  readonly trend: boolean;
}

const COLUMNS = columns(
  ['ref', 'text'], ['plan', 'text'], ['id', 'text'], ['title', 'text'], ['status', 'text'],
  ['baseline', 'date'], ['current', 'date'], ['projected', 'date'], ['actual', 'date'],
  ['slip_days', 'integer'], ['slip_workdays', 'integer'], ['float', 'integer'], ['pushed_by', 'text'],
);

/** Milestones in report order, then the removed ones (status `removed`, only their baseline date). */
export function slippageSheet(report: SlippageReport, options: SlippageSheetOptions): SheetTable {
  const rows: SheetValue[][] = report.rows.map((r) => {
    const row: SheetValue[] = [
      r.ref, r.plan, r.id, r.title, r.status, r.baseline.day, r.current.day, r.projected,
      r.actual ?? null, r.slipDays, r.slipWorkdays, r.float, r.pushedBy ?? null,
    ];
    if (options.trend) row.push(r.trend.map((p) => `${formatDay(p.reported)}:${formatDay(p.forecast.day)}`).join(';'));
    return row;
  });
  for (const r of report.removed) {
    const row: SheetValue[] = [r.ref, r.plan, r.id, r.title, 'removed', r.baseline.day, null, null, null, null, null, null, null];
    if (options.trend) row.push(null);
    rows.push(row);
  }
  return { name: 'slippage', columns: options.trend ? [...COLUMNS, { header: 'trend', kind: 'text' }] : COLUMNS, rows };
}
