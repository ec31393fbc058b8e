// Milestone trend analysis (SPEC §6): a milestone's forecast history plus today's report, oldest first.
import type { DateValue, DayNumber } from '../calendar/index.js';
import type { HistoryEntry } from '../model/types.js';

export interface TrendPoint {
  readonly reported: DayNumber;
  readonly forecast: DateValue;
}

/**
 * The history entries plus `{reported: today, forecast: current}`, sorted by report date: the trend as it stood at the
 * status date. A report date appears once: an entry reported on `today` is superseded by the current value, and of
 * entries with the same date the one written last holds. Entries reported after `today` are left out, as not yet
 * reported at the status date (a report reproduced with an earlier --today; a tester saw such an entry counted in
 * the trend's movement after the current forecast).
 */
export function buildTrend(history: readonly HistoryEntry[], today: DayNumber, current: DateValue): TrendPoint[] {
  const byDay = new Map<DayNumber, TrendPoint>();
  for (const h of history) if (h.reported < today) byDay.set(h.reported, { reported: h.reported, forecast: h.forecast });
  const points = [...byDay.values()];
  points.push({ reported: today, forecast: current });
  return points.sort((a, b) => a.reported - b.reported);
}
