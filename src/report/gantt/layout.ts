// `milepel gantt`'s options, and the layout its lines are drawn to: the label column, the flag cells, the column map.
import type { DayNumber } from '../../calendar/index.js';
import type { FormatOptions } from '../../diagnostics/types.js';
import type { Locale } from '../locale.js';
import type { Style } from '../validate/style.js';
import type { Glyphs } from './glyphs.js';
import type { ColumnMap, Scale } from './scale.js';

export interface GanttOptions extends FormatOptions {
  readonly ascii: boolean;
  /** --scale; chosen to fit the range when absent. */
  readonly scale?: Scale | undefined;
  /** --from / --to: the chart's first and last day; from the plans when absent. */
  readonly from?: DayNumber | undefined;
  readonly to?: DayNumber | undefined;
}

/** Columns between the label and the chart: a space, three flag cells, a space. */
export const FLAGS = 3;
export const GUTTER = FLAGS + 2;

export interface Layout {
  readonly map: ColumnMap;
  readonly scale: Scale;
  readonly label: number;
  readonly g: Glyphs;
  readonly style: Style;
  readonly locale: Locale;
  readonly today: DayNumber;
  readonly width: number;
  /** The painted flag cells of each combination of flags, made on first use (see flags). */
  readonly flags: (string | undefined)[];
}
