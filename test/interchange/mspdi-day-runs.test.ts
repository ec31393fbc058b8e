// Calendar exception days as runs, applied last first (src/interchange/mspdi/day-runs.ts): the same days as setting
// each exception's days in turn, at the cost of the distinct days (tester round 38 O3: 20,000 exceptions of 40,001
// days each took 34 s).
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../src/calendar/index.js';
import { applyLastWins, daysIn, workWeekSetter, type DayLayer } from '../../src/interchange/mspdi/day-runs.js';
import { isoWeekday } from '../../src/calendar/index.js';
import { importMspdi } from '../../src/interchange/mspdi/index.js';
import { exceptionDays, LIMIT_DAYS } from '../../src/interchange/mspdi/recurrence.js';
import { parseMspdiCalendar } from '../../src/interchange/mspdi/read-calendar.js';
import { readMspdi } from '../../src/interchange/mspdi/xml.js';

/** Each layer's days set in turn, a day at a time: what applyLastWins replaces. */
function naive(days: Map<number, number>, layers: readonly DayLayer[]): void {
  for (const { runs, minutes } of layers) for (const { from, to } of runs) for (let d = from; d <= to; d++) days.set(d, minutes);
}

/** A seeded generator of numbers in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A map of the days set, as sorted entries. */
const sorted = (days: ReadonlyMap<number, number>): [number, number][] => [...days].sort((a, b) => a[0] - b[0]);

/** Counts its writes. */
class CountingMap extends Map<number, number> {
  writes = 0;
  override set(key: number, value: number): this {
    this.writes++;
    return super.set(key, value);
  }
}

describe('applyLastWins', () => {
  it('sets the days that setting each layer in turn sets, on 500 random sets of overlapping layers', () => {
    const rand = random(38);
    for (let round = 0; round < 500; round++) {
      const layers: DayLayer[] = [];
      for (let l = Math.floor(rand() * 12); l > 0; l--) {
        const runs = [];
        for (let at = Math.floor(rand() * 40), r = Math.floor(rand() * 5); r > 0 && at < 200; r--) {
          const to = at + Math.floor(rand() * (rand() < 0.2 ? 80 : 6));
          runs.push({ from: at, to });
          at = to + 2 + Math.floor(rand() * 10);
        }
        layers.push({ runs, minutes: Math.floor(rand() * 4) * 120 });
      }
      const before = new Map([[Math.floor(rand() * 100), 7], [300, 9]]);
      const expected = new Map(before);
      naive(expected, layers);
      const actual = new Map(before);
      applyLastWins(actual, layers);
      expect(sorted(actual)).toEqual(sorted(expected));
    }
  });

  it('sets each day once, however many layers hold it', () => {
    const days = new CountingMap();
    const layers: DayLayer[] = Array.from({ length: 20_000 }, (_, i) => ({ runs: [{ from: 1000 + (i % 7), to: 41_000 + (i % 7) }], minutes: i % 2 === 0 ? 0 : 240 }));
    applyLastWins(days, layers);
    expect([days.size, days.writes]).toEqual([40_007, 40_007]);
    // The last layer (19,999: 1,000 to 41,000, 240 minutes) has its days; the one before it (19,998: to 41,006, 0) the rest.
    expect([days.get(999), days.get(1000), days.get(41_000), days.get(41_001), days.get(41_006)]).toEqual([undefined, 240, 240, 0, 0]);
  });
});

describe('workWeekSetter', () => {
  type Week = { from: number; to: number; own: Map<number, number> };
  /** Each work week's days set in turn, a day at a time, as read-calendar.ts did. */
  const naiveWeeks = (days: Map<number, number>, weeks: readonly Week[]): void => {
    for (const { from, to, own } of weeks) {
      for (let d = from; d <= to; d++) {
        const minutes = own.get(isoWeekday(d));
        if (minutes !== undefined) days.set(d, minutes);
      }
    }
  };

  it('sets the days that setting each work week in turn sets, on 500 random sets, before and after 1970', () => {
    const rand = random(41);
    for (let round = 0; round < 500; round++) {
      const weeks: Week[] = [];
      for (let w = Math.floor(rand() * 8); w > 0; w--) {
        const from = Math.floor(rand() * 200) - 100;
        const own = new Map<number, number>();
        for (let weekday = 1; weekday <= 7; weekday++) if (rand() < 0.5) own.set(weekday, Math.floor(rand() * 3) * 240);
        weeks.push({ from, to: from + Math.floor(rand() * (rand() < 0.3 ? 120 : 12)), own });
      }
      const before = new Map([[Math.floor(rand() * 100) - 50, 7], [300, 9]]);
      const expected = new Map(before);
      naiveWeeks(expected, weeks);
      const actual = new Map(before);
      const set = workWeekSetter(actual);
      for (let i = weeks.length - 1; i >= 0; i--) set(weeks[i]!.from, weeks[i]!.to, weeks[i]!.own);
      expect(sorted(actual)).toEqual(sorted(expected));
    }
  });

  it('sets each day once, however many work weeks hold it', () => {
    const days = new CountingMap();
    const set = workWeekSetter(days);
    const all = new Map([1, 2, 3, 4, 5, 6, 7].map((weekday) => [weekday, 480]));
    for (let i = 0; i < 20_000; i++) set(1000, 41_000, all);
    expect([days.size, days.writes]).toEqual([40_001, 40_001]);
  });
});

const EXCEPTION = '<Exception><EnteredByOccurrences>1</EnteredByOccurrences><TimePeriod><FromDate>2000-01-01T00:00:00</FromDate><ToDate>2100-01-01T00:00:00</ToDate></TimePeriod><Occurrences>99999</Occurrences><Type>1</Type><DayWorking>0</DayWorking></Exception>';

describe('a daily exception of many days', () => {
  it('is one run of LIMIT_DAYS + 1 days, cut and said', () => {
    const ex = readMspdi(`<Project xmlns="http://schemas.microsoft.com/project">${EXCEPTION}</Project>`).project['Exception'] as never[];
    const first = dayFromYmd(2000, 1, 1);
    expect(exceptionDays(ex[0]!, 0)).toEqual({ runs: [{ from: first, to: first + LIMIT_DAYS }], count: LIMIT_DAYS + 1, problem: 'too-long' });
    expect(daysIn([{ from: 3, to: 5 }, { from: 9, to: 9 }])).toBe(4);
  });

  it('2,000 of them (the tester\'s file) close the same days as one, with a finding each', () => {
    const xml = (n: number): string => '<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="http://schemas.microsoft.com/project">\n<Name>p.xml</Name><ScheduleFromStart>1</ScheduleFromStart><StartDate>2020-01-06T08:00:00</StartDate><MinutesPerDay>480</MinutesPerDay>\n'
      + `<CalendarUID>1</CalendarUID><Calendars><Calendar><UID>1</UID><Name>c</Name><IsBaseCalendar>1</IsBaseCalendar><Exceptions>${EXCEPTION.repeat(n)}</Exceptions></Calendar></Calendars>\n`
      + '<Tasks><Task><UID>1</UID><ID>1</ID><Name>t</Name><WBS>A</WBS><Start>2020-01-06T17:00:00</Start><Finish>2020-01-06T17:00:00</Finish><Duration>PT0H0M0S</Duration><Milestone>1</Milestone></Task></Tasks>\n</Project>\n';
    const one = importMspdi(xml(1), {});
    const many = importMspdi(xml(2000), {});
    const closed = one.plans[0]?.calendar?.closed ?? [];
    // Every weekday from 2000-01-01 for LIMIT_DAYS + 1 days (to 2109-07-08, a Monday), week by week.
    expect([closed.length, closed[0], closed[closed.length - 1]]).toEqual([5715, '2000-01-03..2000-01-07', '2109-07-08']);
    expect(many.plans[0]?.calendar?.closed).toEqual(one.plans[0]?.calendar?.closed);
    expect(many.findings.filter((f) => f.topic === 'calendar')).toHaveLength(2000);
  });
});

describe('a calendar whose exceptions repeat each other', () => {
  it('closes the days that setting each exception in turn closes, each pattern expanded once (tester round 41 F1)', () => {
    const rand = random(4141);
    const pool = [
      '<Type>6</Type><Period>1</Period><DaysOfWeek>42</DaysOfWeek>',
      '<Type>6</Type><Period>1</Period><DaysOfWeek>2</DaysOfWeek>',
      '<Type>6</Type><Period>2</Period><DaysOfWeek>2</DaysOfWeek>',
      '<Type>1</Type><Period>2</Period>',
      '<Type>1</Type><Period>1</Period>',
      '<Type>4</Type><Period>1</Period><MonthDay>31</MonthDay>',
    ];
    const periods = [['2020-01-01', '2020-03-31'], ['2020-02-10', '2020-02-20'], ['2019-12-25', '2020-06-30']];
    let closedDays = 0;
    for (let round = 0; round < 200; round++) {
      const exceptions = Array.from({ length: 1 + Math.floor(rand() * 12) }, (_, i) => {
        const [from, to] = periods[Math.floor(rand() * periods.length)]!;
        const working = rand() < 0.5 ? '<DayWorking>0</DayWorking>' : '<DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime></WorkingTimes>';
        return `<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod><FromDate>${from}T00:00:00</FromDate><ToDate>${to}T23:59:00</ToDate></TimePeriod><Name>E${i}</Name>${pool[Math.floor(rand() * pool.length)]}${working}</Exception>`;
      });
      const xml = `<Project xmlns="http://schemas.microsoft.com/project"><Calendar><UID>1</UID><Name>c</Name><Exceptions>${exceptions.join('')}</Exceptions></Calendar></Project>`;
      const calendarNode = (readMspdi(xml).project['Calendar'] as never[])[0]!;
      const read = parseMspdiCalendar(calendarNode, 480, undefined);
      // Each exception's days in turn, a later one's over an earlier's, from exceptionDays itself.
      const expected = new Map<number, number>();
      for (const ex of (calendarNode['Exceptions'] as { Exception: never[] }).Exception) {
        const minutes = (ex['DayWorking'] as string) === '0' ? 0 : 240;
        for (const { from, to } of exceptionDays(ex, 0).runs) for (let d = from; d <= to; d++) expected.set(d, minutes);
      }
      const week = read.calendar.weekMinutes;
      const differing = [...expected].filter(([day, m]) => m !== week[isoWeekday(day) - 1]);
      expect(sorted(read.calendar.exceptions)).toEqual(sorted(new Map(differing)));
      closedDays += differing.length;
    }
    expect(closedDays).toBeGreaterThan(2000);
  });
});
