// `milepel slippage --format csv`: RFC 4180 (CRLF, quoted fields), one row per milestone, safe against formula injection.
import { formatDay } from '../../calendar/index.js';
import type { SlippageReport } from '../../schedule/slippage.js';
import { escapeControl } from '../safe-text.js';

export interface SlippageCsvOptions {
  /** Adds a `trend` column: `reported:forecast` pairs separated by `;`, oldest first. */
  readonly trend: boolean;
}

type Cell = string | number | null;

const HEADER = ['ref', 'plan', 'id', 'title', 'status', 'baseline', 'current', 'projected', 'actual', 'slip_days', 'slip_workdays', 'float', 'pushed_by'];

// A spreadsheet treats text starting with these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field. Text that a spreadsheet would run as a formula gets a leading `'` and quotes;
 * numbers we computed (a negative slip) are data, written as they are. Control characters in
 * plan text are shown escaped, as in every other report.
 */
export function formatCsvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = escapeControl(value);
  if (FORMULA_START.test(value)) return `"'${text.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatSlippageCsv(report: SlippageReport, options: SlippageCsvOptions): string {
  const header = options.trend ? [...HEADER, 'trend'] : HEADER;
  const rows: Cell[][] = report.rows.map((r) => {
    const row: Cell[] = [
      r.ref, r.plan, r.id, r.title, r.status, formatDay(r.baseline.day), formatDay(r.current.day), formatDay(r.projected),
      r.actual === undefined ? null : formatDay(r.actual), r.slipDays, r.slipWorkdays, r.float, r.pushedBy ?? null,
    ];
    if (options.trend) row.push(r.trend.map((p) => `${formatDay(p.reported)}:${formatDay(p.forecast.day)}`).join(';'));
    return row;
  });
  for (const r of report.removed) {
    const row: Cell[] = [r.ref, r.plan, r.id, r.title, 'removed', formatDay(r.baseline.day), null, null, null, null, null, null, null];
    if (options.trend) row.push(null);
    rows.push(row);
  }
  return [header, ...rows].map((row) => `${row.map(formatCsvCell).join(',')}\r\n`).join('');
}
