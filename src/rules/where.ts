// Shared locators for rules: the node that holds a milestone's current date, dates as text.
import type { DayNumber, Duration } from '../calendar/index.js';
import type { ShownDate } from '../messages/index.js';
import type { Milestone, Origin } from '../model/types.js';
import { currentField, currentValue } from '../model/current.js';
import { MilestoneNode } from '../model/milestone.js';

/** The value that sets the milestone's current date: actual, else forecast, else date. */
export function currentDateOrigin(m: Milestone): Origin {
  if (m instanceof MilestoneNode && m.at >= 0 && m.details?.origin === undefined) return { file: m.file, path: ['milestones', m.at, currentField(m)] };
  const origin = m.origin;
  return { file: origin.file, path: [...origin.path, currentField(m)] };
}

export function fieldOrigin(m: { readonly origin: Origin }, ...keys: (string | number)[]): Origin {
  return { file: m.origin.file, path: [...m.origin.path, ...keys] };
}

/** The milestone's current date for a message: the day, and the period as written when it is one. */
export function shownDate(m: Milestone): ShownDate {
  const v = currentValue(m);
  return v.isPeriod ? { day: v.day, written: v.written } : { day: v.day };
}

export function showDuration(d: Duration): string {
  return `${d.n}${d.unit}`;
}

export function calendarDays(from: DayNumber, to: DayNumber): number {
  return to - from;
}
