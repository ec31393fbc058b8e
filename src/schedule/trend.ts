// Milestone trend analysis (SPEC §6): a milestone's forecast history plus today's report, oldest first.
import type { DateValue, DayNumber } from '../calendar/index.js';
import type { HistoryEntry } from '../model/types.js';

export interface TrendPoint {
  readonly reported: DayNumber;
  readonly forecast: DateValue;
}

/**
 * The history entries plus `{reported: today, forecast: current}`, sorted by report date (stable).
 * An entry reported on `today` itself is superseded by the current value: a report date appears once.
 */
export function buildTrend(history: readonly HistoryEntry[], today: DayNumber, current: DateValue): TrendPoint[] {
  const points: TrendPoint[] = history.filter((h) => h.reported !== today).map((h) => ({ reported: h.reported, forecast: h.forecast }));
  points.push({ reported: today, forecast: current });
  return points.sort((a, b) => a.reported - b.reported);
}
