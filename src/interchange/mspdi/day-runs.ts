// Calendar exception days as runs of consecutive days, and the days of many overlapping ones applied at the cost of
// the days they hold between them, not of every day of each.
//
// Each <Exception> was set a day at a time, a later one over an earlier: 20,000 exceptions of 40,001 days each (a
// daily recurrence of 99,999 occurrences, cut at LIMIT_DAYS) were 800 million map writes, 34 s (tester round 38 O3).
// Now a daily recurrence is one run, and the exceptions are applied last first, each day only by the last that has it
// (the runs of one exception at a time: a weekly one over 110 years is 5,700 of them).
import { isoWeekday, type DayNumber } from '../../calendar/index.js';

/** The days `from` to `to`, both included (day numbers, calendar/index.ts). */
export interface DayRun {
  readonly from: DayNumber;
  readonly to: DayNumber;
}

/** Days given the same working minutes (0: not working) by one source entry, as ascending runs that do not touch. */
export interface DayLayer {
  readonly runs: readonly DayRun[];
  readonly minutes: number;
}

/** The number of days in `runs`. */
export function daysIn(runs: readonly DayRun[]): number {
  let count = 0;
  for (const run of runs) count += run.to - run.from + 1;
  return count;
}

/**
 * A setter of `days` (day → working minutes) to be called for layers last first: each call sets the days of `runs` to
 * `minutes` but those a call before it (a later layer) set. A day already set is skipped with the days around it (a
 * union-find of the days set, by path compression), so the cost is about the number of distinct days plus the number
 * of runs, however much the layers overlap; the caller needs to hold only one layer's runs at a time. `dayOf` maps
 * the runs' numbers to days, when they count something else (weeks: workWeekSetter).
 */
export function lastWins(days: Map<DayNumber, number>, dayOf: (at: number) => DayNumber = (at) => at): (runs: readonly DayRun[], minutes: number) => void {
  /** A day set → a later day, with every day from the one to the other set too. */
  const next = new Map<number, number>();
  /** The first day from `d` on that is not set yet. */
  const free = (d: number): number => {
    let root = d;
    for (let n = next.get(root); n !== undefined; n = next.get(root)) root = n;
    for (let at = d; at !== root; ) {
      const n = next.get(at)!;
      next.set(at, root);
      at = n;
    }
    return root;
  };
  return (runs, minutes) => {
    for (const { from, to } of runs) {
      // A run of one day (a weekly or every-other-day recurrence is nothing else) is set or not: one look, not a walk.
      if (from === to) {
        if (next.has(from)) continue;
        days.set(dayOf(from), minutes);
        next.set(from, from + 1);
        continue;
      }
      for (let d = free(from); d <= to; d = free(d + 1)) {
        days.set(dayOf(d), minutes);
        next.set(d, d + 1);
      }
    }
  };
}

/**
 * Sets `days` as setting each layer's days to its minutes one layer after another would, a later layer's day over an
 * earlier's and over what `days` held; but each day once, by the last layer that has it (lastWins).
 */
export function applyLastWins(days: Map<DayNumber, number>, layers: readonly DayLayer[]): void {
  const set = lastWins(days);
  for (let i = layers.length - 1; i >= 0; i--) set(layers[i]!.runs, layers[i]!.minutes);
}

/**
 * A setter for MSPDI work weeks (<WorkWeek>: a period and the minutes of some weekdays in it), to be called for them
 * last first: each call sets the days from `from` to `to` whose ISO weekday (1 = Monday) `minutes` lists, but those a
 * call before it set. The days of one weekday are counted in weeks, so a work week's days of that weekday are one run
 * (lastWins): 20,000 overlapping work weeks of 40,000 days cost 800 million writes set day by day.
 */
export function workWeekSetter(days: Map<DayNumber, number>): (from: DayNumber, to: DayNumber, minutes: ReadonlyMap<number, number>) => void {
  // Day 0's weekday fixes every other's: the days of weekday w are first(w) + 7k.
  const zero = isoWeekday(0);
  const first = (weekday: number): number => (((weekday - zero) % 7) + 7) % 7;
  const setters = Array.from({ length: 8 }, (_, weekday) => lastWins(days, (week) => first(weekday) + 7 * week));
  return (from, to, minutes) => {
    for (const [weekday, m] of minutes) {
      const offset = first(weekday);
      const fromWeek = Math.ceil((from - offset) / 7);
      const toWeek = Math.floor((to - offset) / 7);
      if (fromWeek <= toWeek) setters[weekday]!([{ from: fromWeek, to: toWeek }], m);
    }
  };
}
