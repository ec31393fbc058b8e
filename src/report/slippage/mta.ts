// Milestone trend analysis chart in the terminal: report dates down, forecast dates across, one symbol per milestone.
import { dayFromYmd, ymdOf, type DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import type { SlipRow } from '../../schedule/slippage.js';
import { formatDate, formatYear, word } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { displayWidth, truncate } from '../table.js';
import { cutId, distinctCuts } from '../table-cells.js';
import { createStyle } from '../validate/style.js';

const SYMBOLS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const OVERFLOW = '+';
const SEVERAL = '*';
const DIAGONAL = '\\';
const GRID = '.';

/** The symbol of the k-th milestone: A–Z, a–z, 0–9, then `+` for the rest. */
export function pickSymbol(k: number): string {
  return SYMBOLS[k] ?? OVERFLOW;
}

interface Scale {
  readonly lo: DayNumber;
  readonly daysPerColumn: number;
  readonly columns: number;
}

function column(scale: Scale, day: DayNumber): number {
  return Math.floor((day - scale.lo) / scale.daysPerColumn);
}

interface Tick {
  readonly col: number;
  readonly label: string;
}

/**
 * First days of months, quarters or years in range: the finest unit whose labels neither collide nor run past
 * `room` (the columns right of the report dates): the last label is never cut (issue #12).
 */
function chooseTicks(scale: Scale, hi: DayNumber, locale: 'nb' | 'en', room: number): Tick[] {
  const { year: y0 } = ymdOf(scale.lo);
  const { year: y1 } = ymdOf(hi);
  const units: { step: number; label: (y: number, m: number) => string }[] = [
    { step: 1, label: (y, m) => (locale === 'nb' ? `${String(m).padStart(2, '0')}.${formatYear(y)}` : `${formatYear(y)}-${String(m).padStart(2, '0')}`) },
    // Quarters as each locale writes them: 2026-Q2, K2 2026 (a tester read 2026-Q2 under nb, where gantt says K2).
    { step: 3, label: (y, m) => (locale === 'nb' ? `K${(m + 2) / 3} ${formatYear(y)}` : `${formatYear(y)}-Q${(m + 2) / 3}`) },
    { step: 12, label: (y) => formatYear(y) },
  ];
  for (const unit of units) {
    const ticks: Tick[] = [];
    for (let y = y0; y <= y1 + 1; y++) {
      for (let m = 1; m <= 12; m += unit.step) {
        const day = dayFromYmd(y, m, 1);
        if (day >= scale.lo && day <= hi) ticks.push({ col: column(scale, day), label: unit.label(y, m) });
      }
    }
    const last = ticks[ticks.length - 1];
    const fits = ticks.every((t, i) => i === 0 || t.col - ticks[i - 1]!.col > displayWidth(ticks[i - 1]!.label)) && last !== undefined && last.col + displayWidth(last.label) <= room;
    if (fits && ticks.length > 0) return ticks;
  }
  // Years too dense (a long range in a narrow terminal): every n-th year.
  const years: Tick[] = [];
  for (let y = y0; y <= y1; y++) {
    const day = dayFromYmd(y, 1, 1);
    const col = column(scale, day);
    if (day >= scale.lo && col + 4 <= room && (years.length === 0 || col - years[years.length - 1]!.col > 4)) years.push({ col, label: formatYear(y) });
  }
  return years.length > 0 ? years : [{ col: 0, label: formatDate(scale.lo, locale) }];
}

/** The labels may run right of the chart's last column, up to `room`. */
function renderAxis(ticks: readonly Tick[], columns: number, room: number, indent: string): [string, string] {
  const labels = Array<string>(Math.max(columns, room)).fill(' ');
  const marks = Array<string>(columns).fill(' ');
  for (const t of ticks) {
    marks[t.col] = '|';
    [...t.label].forEach((ch, i) => {
      if (t.col + i < labels.length) labels[t.col + i] = ch;
    });
  }
  return [`${indent}${labels.join('')}`.trimEnd(), `${indent}${marks.join('')}`.trimEnd()];
}

/** The key split at its commas onto as many lines as the width needs (a part wider than the width is cut). */
function wrapKey(key: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of key.split(', ')) {
    const next = line === '' ? part : `${line}, ${part}`;
    if (line !== '' && displayWidth(next) > width) {
      lines.push(`${line},`);
      line = part;
    } else line = next;
  }
  return [...lines, line].map((l) => truncate(l, width));
}

/** The chart, its legend and a one-line key, fitted to `options.width`. */
export function renderTrendChart(rows: readonly SlipRow[], today: DayNumber, options: FormatOptions): string[] {
  const { locale } = options;
  const style = createStyle(options.color);
  let lo = today;
  let hi = today;
  for (const r of rows) {
    for (const p of r.trend) {
      lo = Math.min(lo, p.reported, p.forecast.day);
      hi = Math.max(hi, p.reported, p.forecast.day);
    }
  }
  const labelWidth = displayWidth(formatDate(today, locale));
  const room = Math.max(10, options.width - labelWidth - 2);
  const daysPerColumn = Math.max(1, Math.ceil((hi - lo + 1) / room));
  const scale: Scale = { lo, daysPerColumn, columns: Math.floor((hi - lo) / daysPerColumn) + 1 };
  const ticks = chooseTicks(scale, hi, locale, room);
  const indent = ' '.repeat(labelWidth + 2);

  const reportDates = [...new Set(rows.flatMap((r) => r.trend.map((p) => p.reported)))].sort((a, b) => a - b);
  const grid = new Map<DayNumber, string[]>();
  for (const d of reportDates) {
    const cells = Array<string>(scale.columns).fill(' ');
    for (const t of ticks) cells[t.col] = GRID;
    cells[column(scale, d)] = DIAGONAL;
    grid.set(d, cells);
  }
  const placed = new Map<DayNumber, Set<number>>();
  rows.forEach((r, k) => {
    for (const p of r.trend) {
      const cells = grid.get(p.reported)!;
      const col = column(scale, p.forecast.day);
      const taken = placed.get(p.reported) ?? new Set<number>();
      cells[col] = taken.has(col) && cells[col] !== pickSymbol(k) ? SEVERAL : pickSymbol(k);
      taken.add(col);
      placed.set(p.reported, taken);
    }
  });

  const unit = daysPerColumn === 1 ? word(locale, '1 column = 1 day', '1 kolonne = 1 dag') : word(locale, `1 column = ${daysPerColumn} days`, `1 kolonne = ${daysPerColumn} dager`);
  const heading = word(locale, 'Milestone trend analysis: report date ↓, forecast date →', 'Trendanalyse for milepæler: rapportdato ↓, prognose →');
  const key = word(locale, `${DIAGONAL} forecast = report date, ${SEVERAL} several milestones, ${unit}`, `${DIAGONAL} prognose = rapportdato, ${SEVERAL} flere milepæler, ${unit}`);
  const lines = [style.bold(truncate(heading, options.width)), ...wrapKey(key, options.width), '', ...renderAxis(ticks, scale.columns, room, indent)];
  for (const d of reportDates) {
    const row = grid.get(d)!.join('').trimEnd().replaceAll(DIAGONAL, style.dim(DIAGONAL));
    lines.push(`${formatDate(d, locale).padEnd(labelWidth)}  ${row}`);
  }
  lines.push('');
  const legend = rows.slice(0, SYMBOLS.length);
  // References the cut would make alike are cut around where they differ (tester round 71 F4).
  const refRoom = legendRefRoom(options.width);
  const apart = distinctCuts(legend.map((r) => flattenText(r.ref)), refRoom, (ref) => cutId(ref, refRoom));
  legend.forEach((r, k) => {
    const ref = flattenText(r.ref);
    lines.push(legendLine(pickSymbol(k), ref, flattenText(r.title), options.width, apart.get(ref)));
  });
  if (rows.length > SYMBOLS.length) lines.push(word(locale, `${OVERFLOW}  ${rows.length - SYMBOLS.length} more milestones`, `${OVERFLOW}  ${rows.length - SYMBOLS.length} milepæler til`));
  return lines;
}

/** The least a legend line leaves its title when its reference is cut. */
const LEGEND_TITLE = 24;
/** The least a legend line's reference is cut to (table-widths.ts's MIN_CAP). */
const LEGEND_REF = 20;

/**
 * A legend line `A  plan/ID  title` within `width`: a reference too long for it is cut in the middle, keeping its id
 * (`helseplattformen-regio…/MP1`), to leave the title LEGEND_TITLE columns; every line of one long plan id read
 * `A  helseplattformen-regional-innforing-midt-norge-fase-to/M…` (tester round 68 F3).
 */
function legendLine(symbol: string, ref: string, title: string, width: number, apart: string | undefined): string {
  const line = `${symbol}  ${ref}  ${title}`;
  if (displayWidth(line) <= width) return line;
  return truncate(`${symbol}  ${apart ?? cutId(ref, legendRefRoom(width))}  ${title}`, width);
}

/** The columns a legend line's reference is cut to (its symbol one column wide). */
function legendRefRoom(width: number): number {
  return Math.max(LEGEND_REF, width - 1 - 4 - LEGEND_TITLE);
}
