// Shared locators for rules: the node that holds a milestone's current date, dates as text.
import { formatDay, type DayNumber, type Duration } from '../calendar/index.js';
import type { Milestone, Origin } from '../model/types.js';

/** The value that sets the milestone's current date: actual, else forecast, else date. */
export function currentDateOrigin(m: Milestone): Origin {
  const key = m.actual ? 'actual' : m.forecast ? 'forecast' : 'date';
  return { file: m.origin.file, path: [...m.origin.path, key] };
}

export function fieldOrigin(m: { readonly origin: Origin }, ...keys: (string | number)[]): Origin {
  return { file: m.origin.file, path: [...m.origin.path, ...keys] };
}

/** "2019-08-31" or, for a period, "2020 (2020-12-31)". */
export function showDate(m: Milestone): string {
  const v = m.actual ?? m.forecast ?? m.date;
  return v.isPeriod ? `${v.written} (${formatDay(v.day)})` : formatDay(v.day);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${Math.abs(n) === 1 ? one : many}`;
}

export function showDuration(d: Duration): string {
  return `${d.n}${d.unit}`;
}

export function calendarDays(from: DayNumber, to: DayNumber): number {
  return to - from;
}
