// The roadmap grid's layout (SPEC §7 `roadmap`): each milestone's year cell, the years' column widths, and the bands
// of years drawn one after another when they do not all fit beside the title column.
import type { FormatOptions } from '../../diagnostics/types.js';
import { formatYear, word, type Locale } from '../locale.js';
import { flattenText } from '../safe-text.js';
import { displayWidth } from '../table.js';
import type { Roadmap, RoadmapMilestone } from './data.js';

/** The blank columns before each year's column. */
export const GAP = '  ';

/** The narrowest the title column of the year grid becomes before the years are split into bands. */
const MIN_TITLE = 8;

/** One grid to draw: the years it shows, as indices into roadmap.years, and the width of its title column. */
export interface GridBand {
  readonly shown: readonly number[];
  /** In terminal columns. */
  readonly titleWidth: number;
}

/** The grid's layout: each milestone's cell text, each year's column width (terminal columns) and the bands. */
export interface GridLayout {
  readonly cells: ReadonlyMap<RoadmapMilestone, string>;
  /** One per year of roadmap.years: the widest of the year and the cells in it. */
  readonly widths: readonly number[];
  /** One band with every year when they fit, else as many as it takes, in year order. */
  readonly bands: readonly GridBand[];
}

/**
 * The year cell of a milestone: status word and progress ("gul 1/4"), ✓ when done, ◆ when neither is known, and the
 * year it was planned in when that is another (`(2020)`): the grid places it where it lies now.
 */
function cellText(m: RoadmapMilestone, locale: Locale): string {
  const parts: string[] = [];
  if (m.isDone) parts.push('✓');
  if (m.status !== null) parts.push(statusWord(m.status, locale));
  if (m.progress !== null) parts.push(`${m.progress.started}/${m.progress.total}`);
  if (parts.length === 0) parts.push('◆');
  if (m.plannedYear !== null) parts.push(`(${formatYear(m.plannedYear)})`);
  return parts.join(' ');
}

function statusWord(status: 'green' | 'yellow' | 'red', locale: Locale): string {
  if (status === 'green') return word(locale, 'green', 'grønn');
  if (status === 'yellow') return word(locale, 'yellow', 'gul');
  return word(locale, 'red', 'rød');
}

/**
 * The goals × years grid's layout at `options.width`. When the years do not fit beside a title column that keeps the
 * longest milestone id whole (and a few letters of its title), the grid is drawn again for each band of years that
 * fits, as `meetings` splits its body columns: a long-range roadmap cut every id to "RM1-…" and replaced its later
 * years' cells by "…" without a word (a tester's finding).
 */
export function layoutGrid(roadmap: Roadmap, options: FormatOptions): GridLayout {
  const { years } = roadmap;
  const cells = new Map<RoadmapMilestone, string>();
  const widths = years.map((y) => formatYear(y).length);
  let longestId = 0;
  for (const m of roadmap.milestones) {
    const text = cellText(m, options.locale);
    cells.set(m, text);
    const i = m.year === null ? -1 : years.indexOf(m.year);
    if (i >= 0) widths[i] = Math.max(widths[i]!, displayWidth(text));
    longestId = Math.max(longestId, displayWidth(flattenText(m.id)));
  }
  const yearsWidth = widths.reduce((a, b) => a + b + GAP.length, 0);
  // The titles give up width down to MIN_TITLE (20 and more whenever the width allows), then the years' columns fit: at
  // --width 40 the grid was 50 columns wide (a tester's finding).
  const single = Math.max(Math.min(20, Math.max(MIN_TITLE, options.width - yearsWidth)), options.width - yearsWidth);
  // The narrowest title column that shows a milestone's whole id, indented, and a few letters of its title.
  const keepIds = Math.min(Math.max(MIN_TITLE, longestId + 3 + 6), Math.max(MIN_TITLE, options.width - GAP.length - Math.max(4, widths[0] ?? 0)));
  if (years.length === 0 || (single + yearsWidth <= options.width && single >= Math.min(keepIds, 20))) {
    return { cells, widths, bands: [{ shown: years.map((_, i) => i), titleWidth: single }] };
  }
  const bands: number[][] = [];
  let band: number[] = [];
  let used = keepIds;
  for (let i = 0; i < years.length; i++) {
    const need = GAP.length + widths[i]!;
    if (band.length > 0 && used + need > options.width) {
      bands.push(band);
      band = [];
      used = keepIds;
    }
    band.push(i);
    used += need;
  }
  bands.push(band);
  // As many bands as it takes, the years shared out evenly between them when that fits too: the titles then get the
  // room the last band would have left empty.
  const bandWidth = (b: readonly number[]): number => b.reduce((n, i) => n + GAP.length + widths[i]!, 0);
  const even = evenBands(years.length, bands.length);
  const fitsEvenly = even.every((b) => keepIds + bandWidth(b) <= options.width);
  return { cells, widths, bands: (fitsEvenly ? even : bands).map((b) => ({ shown: b, titleWidth: Math.max(keepIds, options.width - bandWidth(b)) })) };
}

/** 0 … count-1 in `parts` consecutive runs whose lengths differ by at most one, the longer ones first. */
function evenBands(count: number, parts: number): number[][] {
  const out: number[][] = [];
  let next = 0;
  for (let p = 0; p < parts; p++) {
    const size = Math.floor(count / parts) + (p < count % parts ? 1 : 0);
    out.push(Array.from({ length: size }, (_, k) => next + k));
    next += size;
  }
  return out;
}
