// `milepel slippage --format csv`: the slippage table as CSV (SPEC §15: BOM, locale separators, quoting, formula-safe).
import type { SlippageReport } from '../../schedule/slippage.js';
import type { Locale } from '../locale.js';
import { csvChunks, formatCsv } from '../sheet/csv.js';
import { slippageSheet } from './sheet.js';

export interface SlippageCsvOptions {
  /** Adds a `trend` column: `reported:forecast` pairs separated by `;`, oldest first. */
  readonly trend: boolean;
  /** nb: `;` and decimal comma; default en. */
  readonly locale?: Locale;
}

export function formatSlippageCsv(report: SlippageReport, options: SlippageCsvOptions): string {
  return formatCsv(slippageSheet(report, options), { locale: options.locale ?? 'en' });
}

/** The same CSV in pieces that end at line ends. */
export function slippageCsvChunks(report: SlippageReport, options: SlippageCsvOptions): Iterable<string> {
  return csvChunks(slippageSheet(report, options), { locale: options.locale ?? 'en' });
}
