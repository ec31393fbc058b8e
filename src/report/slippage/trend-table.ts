// The trend table of `slippage --trend`: each milestone's forecast at each report date, and how far it moved.
import type { DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import type { SlipRow } from '../../schedule/slippage.js';
import { formatDate, word } from '../locale.js';
import { escapeControl } from '../safe-text.js';
import { displayWidth, maxOf, renderTable, truncate, type Column } from '../table.js';
import { createStyle } from '../validate/style.js';

/** The narrowest a milestone's reference is cut to, its ellipsis included (a tester's finding: long refs ran past the width). */
const REF_MIN = 10;

function formatSigned(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * Rows are milestones (report order), columns the report dates, latest last; older dates are left
 * out when they do not fit the width. "Moved" is the last forecast minus the first, in calendar days.
 */
export function renderTrendTable(rows: readonly SlipRow[], options: FormatOptions): string[] {
  const { locale } = options;
  const style = createStyle(options.color);
  const dates = [...new Set(rows.flatMap((r) => r.trend.map((p) => p.reported)))].sort((a, b) => a - b);
  const refWidth = maxOf(rows.map((r) => displayWidth(escapeControl(r.ref))), displayWidth(word(locale, 'Milestone', 'Milepæl')));
  const moved = word(locale, 'Moved d', 'Flyttet d');
  const dateWidth = displayWidth(formatDate(dates[0] ?? 0, locale));
  // A long reference is cut (to REF_MIN at the least) before the latest report date is left out.
  const room = options.width - Math.min(refWidth, Math.max(REF_MIN, options.width - displayWidth(moved) - dateWidth - 4)) - 2 - displayWidth(moved) - 2;
  const fit = Math.max(1, Math.floor(room / (dateWidth + 2)));
  const shown: DayNumber[] = dates.slice(Math.max(0, dates.length - fit));
  const columns: Column[] = [
    { header: word(locale, 'Milestone', 'Milepæl'), cutTo: REF_MIN },
    ...shown.map((d) => ({ header: formatDate(d, locale) })),
    { header: moved, align: 'right' as const },
  ];
  const cells = rows.map((r) => {
    const at = new Map(r.trend.map((p) => [p.reported, p.forecast.day]));
    const first = r.trend[0]?.forecast.day ?? 0;
    const last = r.trend[r.trend.length - 1]?.forecast.day ?? 0;
    return [r.ref, ...shown.map((d) => (at.has(d) ? formatDate(at.get(d)!, locale) : '')), formatSigned(last - first)];
  });
  const paint = (_row: number, column: number, text: string): string => (column === columns.length - 1 && text.startsWith('+') ? style.yellow(text) : text);
  const [header = '', ...body] = renderTable(columns, cells, options.width, paint);
  const heading = truncate(word(locale, 'Forecast trend: the forecast at each report date', 'Prognosetrend: prognosen ved hver rapportdato'), options.width);
  const hidden = dates.length - shown.length;
  const note = hidden > 0 ? [word(locale, `(${hidden} earlier report dates not shown)`, `(${hidden} tidligere rapportdatoer vises ikke)`)] : [];
  return [style.bold(heading), '', style.bold(header), ...body, ...note];
}
