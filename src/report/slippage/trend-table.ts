// The trend table of `slippage --trend`: each milestone's forecast at each report date, and how far it moved.
import type { DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import type { SlipRow } from '../../schedule/slippage.js';
import { formatDate, word } from '../locale.js';
import { displayWidth, measureColumn, measuredTableLines, truncate } from '../table.js';
import { cappedWidth } from '../table-widths.js';
import { createStyle } from '../validate/style.js';

/** The narrowest a milestone's reference is cut to, its ellipsis included (a tester's finding: long refs ran past the width). */
const REF_MIN = 10;

function formatSigned(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

/**
 * Rows are milestones (report order), columns the report dates, latest last; older dates are left
 * out when they do not fit the width. "Moved" is the last forecast minus the first, in calendar days.
 * Made line by line as they are written; the cells are kept by column (issue #18).
 */
export function* trendTableLines(rows: readonly SlipRow[], options: FormatOptions): Generator<string> {
  const { locale } = options;
  const style = createStyle(options.color);
  const dates = reportDates(rows);
  const refs = measureColumn({ header: word(locale, 'Milestone', 'Milepæl'), cutTo: REF_MIN, refs: true }, rows.map((r) => r.ref));
  const moved = word(locale, 'Moved d', 'Flyttet d');
  const dateWidth = displayWidth(formatDate(dates[0] ?? 0, locale));
  // A long reference is cut to its cap (a quarter of the width, table-widths.ts cappedWidth) before a report date is
  // left out, and further (to REF_MIN at the least) before the latest one is: one 82-character reference hid two of
  // three report dates at 80 columns (tester round 68 F3). The table gives it back what the dates leave.
  const refKept = Math.min(cappedWidth(refs, refs.widest, options.width), Math.max(REF_MIN, options.width - displayWidth(moved) - dateWidth - 4));
  const room = options.width - refKept - 2 - displayWidth(moved) - 2;
  const fit = Math.max(1, Math.floor(room / (dateWidth + 2)));
  const shown: DayNumber[] = dates.slice(Math.max(0, dates.length - fit));
  // Each shown date's column: a milestone's forecast at that report date (its last point there), else empty.
  const place = new Map(shown.map((d, k) => [d, k]));
  const forecasts = shown.map(() => new Array<string>(rows.length).fill(''));
  const date = (day: DayNumber): string => formatDate(day, locale);
  const movedBy = rows.map((r, n) => {
    for (const p of r.trend) {
      const k = place.get(p.reported);
      if (k !== undefined) forecasts[k]![n] = date(p.forecast.day);
    }
    const first = r.trend[0]?.forecast.day ?? 0;
    const last = r.trend[r.trend.length - 1]?.forecast.day ?? 0;
    return formatSigned(last - first);
  });
  const columns = [
    refs,
    ...shown.map((d, k) => measureColumn({ header: formatDate(d, locale) }, forecasts[k]!)),
    measureColumn({ header: moved, align: 'right' }, movedBy),
  ];
  const paint = options.color ? (_row: number, column: number, text: string): string => (column === columns.length - 1 && text.startsWith('+') ? style.yellow(text) : text) : undefined;
  yield style.bold(truncate(word(locale, 'Forecast trend: the forecast at each report date', 'Prognosetrend: prognosen ved hver rapportdato'), options.width));
  yield '';
  let isHeader = true;
  for (const line of measuredTableLines(columns, rows.length, options.width, paint)) {
    yield isHeader ? style.bold(line) : line;
    isHeader = false;
  }
  const hidden = dates.length - shown.length;
  if (hidden > 0) {
    yield word(locale, `(${hidden} earlier report ${hidden === 1 ? 'date' : 'dates'} not shown)`, `(${hidden} tidligere ${hidden === 1 ? 'rapportdato' : 'rapportdatoer'} vises ikke)`);
  }
}

/** Every report date of the rows' trends, earliest first. */
export function reportDates(rows: readonly SlipRow[]): DayNumber[] {
  const dates = new Set<DayNumber>();
  for (const r of rows) for (const p of r.trend) dates.add(p.reported);
  return [...dates].sort((a, b) => a - b);
}
