// A milestone's dates and history read into the model (SPEC §4.1): date, forecast, actual, deadline and the
// `history` entries, each invalid one left out and reported by invalid-date.
import type { DateValue } from '../calendar/index.js';
import type { Builder } from './build.js';
import { NONE } from './milestone.js';
import type { EntryOrigin } from './origin.js';
import { isObj, field } from './read.js';
import { readDateValue } from './read-values.js';
import { asList } from './read-milestone-values.js';
import type { HistoryEntry } from './types.js';
import type { WrittenMilestone } from './written-milestone.js';

/** A milestone's dates and history as readDates leaves them. */
export interface ReadDates {
  date: DateValue | undefined; forecast: DateValue | undefined; actual: DateValue | undefined; deadline: DateValue | undefined;
  history: HistoryEntry[] | readonly never[];
}

/** One ReadDates for every milestone read, like WRITTEN (readMilestone takes its values out before the next one). */
const DATES: ReadDates = { date: undefined, forecast: undefined, actual: undefined, deadline: undefined, history: NONE };

/**
 * The milestone's dates and history; each invalid one is left out on its own and reported by invalid-date (SPEC §4.1).
 * Written into DATES rather than an object made per milestone (100,000 of them at 100,000 milestones).
 */
export function readDates(b: Builder, w: WrittenMilestone, plan: number, ref: string, origin: EntryOrigin): ReadDates {
  const file = origin.file;
  const d = DATES;
  d.date = readDateValue(b, w.date, 'date', true, ref, plan, file, origin);
  d.forecast = readDateValue(b, w.forecast, 'forecast', true, ref, plan, file, origin);
  d.actual = readDateValue(b, w.actual, 'actual', false, ref, plan, file, origin);
  d.deadline = readDateValue(b, w.deadline, 'deadline', true, ref, plan, file, origin);
  const historyList = asList(w.history);
  let history: HistoryEntry[] | readonly never[] = NONE;
  for (let i = 0; i < historyList.length; i++) {
    const h = historyList[i];
    if (!isObj(h)) continue;
    const reported = readHistoryDate(b, field(h, 'reported'), 'reported', false, ref, plan, origin, i);
    const fc = readHistoryDate(b, field(h, 'forecast'), 'forecast', true, ref, plan, origin, i);
    if (!reported || !fc) continue;
    if (history === NONE) history = [];
    (history as HistoryEntry[]).push({ reported: reported.day, forecast: fc });
  }
  d.history = history;
  return d;
}

/**
 * readDateValue of a `history` entry's date, its path (`[list, at, 'history', i]`) made only for an invalid one: as
 * a day already read it is one look-up, where the path was an array made for every date of every entry (four entries
 * a milestone in bench/generate-rich.mjs's workspaces: 800,000 arrays at 100,000 milestones).
 */
function readHistoryDate(b: Builder, raw: unknown, key: string, allowPeriod: boolean, ref: string, plan: number, origin: EntryOrigin, i: number): DateValue | undefined {
  if (raw === undefined) return undefined;
  const known = typeof raw === 'string' ? b.shared.days.get(raw) : undefined;
  if (known !== undefined) return known;
  return readDateValue(b, raw, key, allowPeriod, ref, plan, origin.file, [origin.list, origin.at, 'history', i]);
}

/** The entries by their `reported` day (a stable sort): as written, when they are already in that order, as most are. */
export function byReported(history: HistoryEntry[]): HistoryEntry[] {
  for (let i = 1; i < history.length; i++) {
    if (history[i]!.reported < history[i - 1]!.reported) return history.sort((x, y) => x.reported - y.reported);
  }
  return history;
}
