// The --milestone part of the risk text: that milestone's distribution as a histogram and an S-curve.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatDate, formatShownDate, word } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { append } from '../arrays.js';
import { truncateTo } from '../../text/width.js';
import { wrapItems, wrapWords } from '../wrap.js';
import { binsOf } from './bins.js';
import type { DayDistribution } from '../../risk/statistics.js';
import type { RiskRow } from './model.js';
import { percent, undrawnText } from './words.js';

/** Histogram bars per bin, then an S-curve of the cumulative probability (rows: 100 % at the top). */
export function focus(row: RiskRow, distribution: DayDistribution, options: FormatOptions): string[] {
  const l = options.locale;
  // Up to 20 bins; fewer when the S-curve's two columns a bin and its 9-column axis would not fit the width.
  const bins = binsOf(distribution, Math.max(4, Math.min(20, Math.floor((options.width - 9) / 2))));
  const most = bins.reduce((m, b) => (b.count > m ? b.count : m), 1);
  const label = (from: number, to: number): string => (from === to ? formatDate(from, l) : `${formatDate(from, l)}–${formatDate(to, l)}`);
  const labelWidth = bins.reduce((w, b) => Math.max(w, label(b.from, b.to).length), 0);
  const barWidth = Math.max(10, options.width - labelWidth - 20);
  const total = distribution.total;
  const out = [truncateTo(word(l, `Distribution of ${flattenText(row.ref)}: ${flattenText(row.title)}`, `Fordeling for ${flattenText(row.ref)}: ${flattenText(row.title)}`), options.width), ''];
  for (const b of bins) {
    const bar = '█'.repeat(Math.round((b.count / most) * barWidth));
    out.push(`  ${label(b.from, b.to).padEnd(labelWidth)}  ${bar}${bar ? ' ' : ''}${percent(b.count / total, l)}`);
  }
  const undrawn = undrawnText(distribution, l);
  if (undrawn !== undefined) append(out, wrapWords(undrawn, options.width, '  ', '  '));
  out.push('');
  append(out, wrapWords(word(l, 'S-curve (probability of finishing by the date):', 'S-kurve (sannsynlighet for å være ferdig innen datoen):'), options.width, '', '')).push('');
  const heights = 10;
  const columns = bins.length;
  for (let level = heights; level >= 1; level--) {
    const threshold = level / heights;
    const cells = bins.map((b) => (b.cumulative >= threshold - 1e-12 ? '██' : '  ')).join('');
    out.push(`  ${percent(threshold, l).padStart(5)} │${cells}`.trimEnd());
  }
  out.push(`        └${'──'.repeat(columns)}`);
  if (bins.length > 0) out.push(`         ${formatDate(bins[0]!.from, l)} … ${formatDate(bins[bins.length - 1]!.to, l)}`);
  // The percentiles on as many lines as the width needs (on one line they take 102 columns).
  const percentiles = [`P10 ${formatShownDate(row.p10, l)}`, `P50 ${formatShownDate(row.p50, l)}`, `P80 ${formatShownDate(row.p80, l)}`, `P85 ${formatShownDate(row.p85, l)}`, `P90 ${formatShownDate(row.p90, l)}`, `${word(l, 'mean', 'snitt')} ${formatShownDate(row.mean, l)}`];
  out.push('');
  append(out, wrapItems(percentiles, options.width - 2).map((line) => `  ${line}`));
  return out;
}
