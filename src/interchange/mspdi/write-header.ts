// The MSPDI <Project> element but its tasks: the project's texts, dates, critical threshold, day lengths and calendar.
import type { DayNumber } from '../../calendar/index.js';
import { thresholdWorkdays } from '../../schedule/cpm.js';
import { calendarXml, type YearSpans } from './write-calendar.js';
import type { MspdiSource } from './write-source.js';
import type { PlanTexts } from './write-texts.js';
import { finishAt, MINUTES_PER_DAY, startAt } from './write-time.js';
import type { XmlNode } from './xml-text.js';

/**
 * The <Project> element of `source`'s plan without its <Tasks>, its children in mspdi_pj12.xsd's order (SPEC §10):
 * `texts` as planTexts cut them (Company only with an owner), StartDate at 08:00 of the earlier of `plan.start` and
 * `first` (the first task's start day), FinishDate at 17:00 of `finish` (`plan.finish`; none without one), the plan's
 * `critical` threshold as CriticalSlackLimit in working days, StatusDate and CurrentDate at T, and the plan's calendar
 * with the holidays of `years` as exceptions.
 */
export function projectHeader(source: MspdiSource, texts: PlanTexts, first: DayNumber, finish: DayNumber | undefined, years: YearSpans): XmlNode {
  const plan = source.workspace.plans[source.plan]!;
  return ['Project', [
    ['SaveVersion', 14], ['Name', `${texts.id}.xml`], ['Title', texts.title], ...(texts.owner ? [['Company', texts.owner]] as XmlNode[] : []),
    ['ScheduleFromStart', 1], ['StartDate', startAt(plan.start !== undefined ? Math.min(plan.start, first) : first)], ...(finish !== undefined ? [['FinishDate', finishAt(finish)]] as XmlNode[] : []),
    // MS Project marks a task critical when its total slack is at most this many days, as milepel's `critical` does.
    ['CriticalSlackLimit', thresholdWorkdays(plan.critical)],
    ['CalendarUID', 1], ['DefaultStartTime', '08:00:00'], ['DefaultFinishTime', '17:00:00'],
    ['MinutesPerDay', MINUTES_PER_DAY], ['MinutesPerWeek', MINUTES_PER_DAY * 5], ['DaysPerMonth', 20],
    // mspdi_pj12.xsd's Project sequence puts StatusDate before CurrentDate: Project checks a file against it.
    ['DurationFormat', 7], ['StatusDate', finishAt(source.today)], ['CurrentDate', startAt(source.today)],
    ['Calendars', [calendarXml(texts.title, plan.calendar, years)]],
  ]];
}
