// The plan's working-day calendar as an MSPDI base calendar: the weekly pattern, then holidays and closed days as exceptions.
import { dayFromYmd, formatDay, holidayName, norwegianHolidays, ymdOf, type DayNumber, type WorkCalendar } from '../../calendar/index.js';
import { holdDay } from '../../schedule/date-range.js';
import type { XmlNode } from './xml-text.js';

/** Working hours of a working day, as MS Project's standard calendar has them (8 hours). */
const WORKING_TIMES: XmlNode = ['WorkingTimes', [
  ['WorkingTime', [['FromTime', '08:00:00'], ['ToTime', '12:00:00']]],
  ['WorkingTime', [['FromTime', '13:00:00'], ['ToTime', '17:00:00']]],
]];

interface NonWorking {
  readonly from: DayNumber;
  readonly to: DayNumber;
  readonly name: string;
}

/** Inclusive year ranges, sorted and disjoint. */
export type YearSpans = readonly { readonly from: number; readonly to: number }[];

/**
 * The years that day spans touch, merged: the years whose holidays the file must carry. Spans are added one by one
 * (a 100,000-task plan adds a million); each is kept as its pair of years, once, so memory stays at the distinct
 * pairs (a handful) rather than one object per span (issue #18).
 */
export class YearSet {
  /** First year → last years of the spans that start in it. */
  private readonly pairs = new Map<number, Set<number>>();
  /** The year of the last day looked up, with its first and last day: consecutive days mostly share a year. */
  private year = 0;
  private yearFirst = 1;
  private yearLast = 0;

  add(a: DayNumber, b: DayNumber): void {
    // Held to 0001–9999: a date outside (SPEC §4 date-range) is written nowhere, and no exception may be (Easter 10000).
    const from = this.yearOf(holdDay(Math.min(a, b)));
    const to = this.yearOf(holdDay(Math.max(a, b)));
    const ends = this.pairs.get(from);
    if (ends === undefined) this.pairs.set(from, new Set([to]));
    else ends.add(to);
  }

  private yearOf(day: DayNumber): number {
    if (day < this.yearFirst || day > this.yearLast) {
      this.year = ymdOf(day).year;
      this.yearFirst = dayFromYmd(this.year, 1, 1);
      this.yearLast = dayFromYmd(this.year, 12, 31);
    }
    return this.year;
  }

  /** Inclusive year ranges, sorted and disjoint: overlapping and adjacent ones merged. */
  spans(): YearSpans {
    const years = [...this.pairs].flatMap(([from, ends]) => [...ends].map((to) => ({ from, to }))).sort((a, b) => a.from - b.from || a.to - b.to);
    const merged: { from: number; to: number }[] = [];
    for (const y of years) {
      const top = merged[merged.length - 1];
      if (top !== undefined && y.from <= top.to + 1) top.to = Math.max(top.to, y.to);
      else merged.push({ ...y });
    }
    return merged;
  }
}

/**
 * The non-working days to write as exceptions: the NO holidays of every year in `years`, and each closed range,
 * sorted by date and disjoint. MS Project's calendar dialog refuses exceptions that overlap, so a closed range over
 * Christmas is one exception, not that range and each holiday in it again (tester round 36); a merged one is named
 * for its longest part ("Stengt" over "1. juledag").
 */
function nonWorkingDays(calendar: WorkCalendar, years: YearSpans): NonWorking[] {
  const days: NonWorking[] = [];
  if (calendar.spec.holidays === 'NO') {
    for (const span of years) {
      for (let year = span.from; year <= span.to; year++) {
        for (const d of norwegianHolidays(year)) days.push({ from: d, to: d, name: capitalised(holidayName(d, 'nb') ?? 'helligdag') });
      }
    }
  }
  for (const r of calendar.spec.closed) days.push({ from: r.from, to: r.to, name: 'Stengt' });
  days.sort((a, b) => a.from - b.from || a.to - b.to);
  const disjoint: NonWorking[] = [];
  let longest = 0;
  for (const d of days) {
    const top = disjoint[disjoint.length - 1];
    if (top === undefined || d.from > top.to) {
      disjoint.push(d);
      longest = d.to - d.from;
      continue;
    }
    const name = d.to - d.from > longest ? d.name : top.name;
    longest = Math.max(longest, d.to - d.from);
    disjoint[disjoint.length - 1] = { from: top.from, to: Math.max(top.to, d.to), name };
  }
  return disjoint;
}

/**
 * MSPDI `<Calendar>` UID 1. DayType 1 is Sunday … 7 Saturday. Exceptions are written twice, as MS Project does for
 * older readers: `<WeekDay>` entries with DayType 0 and a TimePeriod, and the `<Exceptions>` list of Project 2007+.
 */
export function calendarXml(name: string, calendar: WorkCalendar, years: YearSpans): XmlNode {
  const weekdays: XmlNode[] = [1, 2, 3, 4, 5, 6, 7].map((dayType): XmlNode => {
    const iso = dayType === 1 ? 7 : dayType - 1;
    const working = calendar.spec.workdays.includes(iso);
    return ['WeekDay', [['DayType', dayType], ['DayWorking', working ? 1 : 0], ...(working ? [WORKING_TIMES] : [])]];
  });
  const off = nonWorkingDays(calendar, years);
  const period = (d: NonWorking): XmlNode => ['TimePeriod', [['FromDate', `${formatDay(d.from)}T00:00:00`], ['ToDate', `${formatDay(d.to)}T23:59:00`]]];
  for (const d of off) weekdays.push(['WeekDay', [['DayType', 0], ['DayWorking', 0], period(d)]]);
  const exceptions: XmlNode[] = off.map((d): XmlNode => ['Exception', [
    ['EnteredByOccurrences', 0], period(d), ['Occurrences', 1], ['Name', d.name], ['Type', 1], ['DayWorking', 0],
  ]]);
  return ['Calendar', [
    ['UID', 1], ['Name', name], ['IsBaseCalendar', 1], ['BaseCalendarUID', -1],
    ['WeekDays', weekdays], ['Exceptions', exceptions],
  ]];
}

/** A holiday's name as a calendar exception's name: its first letter upper-cased (bokmål writes the names in lower case). */
function capitalised(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
