// Whether a --scale named for `milepel gantt` fits the range in the width, and if not, what the CLI refuses it with.
import { ymdOf, type DayNumber } from '../../calendar/index.js';
import { labelWidthAt, widestLabel } from './labels.js';
import { GUTTER, type GanttOptions } from './layout.js';
import { columnsNeeded, finestFittingScale, type Scale } from './scale.js';
import { buildTimeline, type TimelineSource } from './timeline.js';

/** A --scale too fine for the range in the width: the largest scale that fits, and the --width this one needs. */
export interface ScaleRefusal {
  readonly scale: Scale;
  readonly fits: Scale;
  readonly from: DayNumber;
  readonly to: DayNumber;
  /** Chart columns there are, and that the scale needs (scale.ts MIN_COLUMNS). */
  readonly columns: number;
  readonly needed: number;
  /** The --width at which the scale fits; null when that is more than the CLI accepts (MAX_WIDTH). */
  readonly width: number | null;
  /** The latest --to at which the scale fits this width from `from`, for when no --width is wide enough; else null. */
  readonly latestTo: DayNumber | null;
  /**
   * When `fits` is year and the range has more years than there are columns: the years each column then holds at
   * least (year scale always fits, scale.ts MIN_COLUMNS), said beside the suggestion (tester round 18 #7: `--scale
   * year` was suggested for 0001–9999 in 60 columns as if it fitted as a year a column); else null.
   */
  readonly yearsPerColumn: number | null;
}

/** The widest --width the CLI accepts (src/cli/options.ts): a refusal never suggests a wider one (a tester's finding). */
export const MAX_WIDTH = 1000;

/**
 * Whether the named --scale can be drawn readably (issue #12: `--scale day` over 3.5 years): undefined when it can,
 * else what the CLI refuses it with (exit 2). A scale chosen to fit is never refused.
 */
export function checkGanttScale(source: TimelineSource, options: GanttOptions): ScaleRefusal | undefined {
  if (options.scale === undefined) return undefined;
  const timeline = buildTimeline(source);
  // A --to before everything charted ends the chart there (as a --from after everything starts it there).
  const first = options.from ?? (options.to !== undefined && timeline.first !== undefined && timeline.first > options.to ? options.to : timeline.first);
  const last = options.to ?? timeline.last;
  if (first === undefined || last === undefined) return undefined;
  const widest = widestLabel(timeline);
  const columns = options.width - labelWidthAt(widest, options.width) - GUTTER;
  const to = Math.max(first, last);
  const needed = columnsNeeded(first, to, options.scale);
  if (needed <= columns) return undefined;
  const width = narrowestFitting(widest, needed, options.width);
  const fitting = width <= MAX_WIDTH;
  const fits = finestFittingScale(first, to, columns);
  const years = ymdOf(to).year - ymdOf(first).year + 1;
  const yearsPerColumn = fits === 'year' && years > columns ? Math.ceil(years / Math.max(1, columns)) : null;
  return { scale: options.scale, fits, from: first, to, columns, needed, width: fitting ? width : null, latestTo: fitting ? null : latestFittingTo(first, to, options.scale, columns), yearsPerColumn };
}

/**
 * The least --width past `width` whose chart has `needed` columns. The label column grows with the width (a third of
 * it, up to the widest label), so the chart grows by at least half a column a column and the search halves its range.
 * Until tester round 67 F1 this was the widest label plus the chart: 133 for a chart that fitted at 74.
 */
function narrowestFitting(widest: number, needed: number, width: number): number {
  const fits = (w: number): boolean => w - labelWidthAt(widest, w) - GUTTER >= needed;
  let lo = width + 1;
  let hi = Math.max(lo, Math.max(12, widest) + GUTTER + needed);
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (fits(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The latest day in [first, last] up to which `scale` fits `columns` (columnsNeeded grows with the range); null when none does. */
function latestFittingTo(first: DayNumber, last: DayNumber, scale: Scale, columns: number): DayNumber | null {
  if (columnsNeeded(first, first, scale) > columns) return null;
  let lo = first;
  let hi = last;
  while (lo < hi) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (columnsNeeded(first, mid, scale) <= columns) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
