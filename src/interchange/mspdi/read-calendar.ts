// MS Project calendars → the same working-time shape as P6's (minutes per weekday, exception days), for day arithmetic.
import { dayFromYmd, isoWeekday, type DayNumber } from '../../calendar/index.js';
import type { XerCalendar } from '../xer/calendar.js';
import { child, children, text, type XmlNode } from './xml.js';

const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME = /^(\d{2}):(\d{2})/;

export function parseDay(value: string): DayNumber | undefined {
  const m = DAY.exec(value);
  return m === null ? undefined : dayFromYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

function minutesOf(value: string): number | undefined {
  const m = TIME.exec(value.replace(/^.*T/, ''));
  return m === null ? undefined : Number(m[1]) * 60 + Number(m[2]);
}

interface Times {
  readonly minutes: number;
  readonly first: number;
  readonly last: number;
}

function workingTimes(node: XmlNode | undefined): Times {
  let minutes = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const wt of children(child(node, 'WorkingTimes'), 'WorkingTime')) {
    const from = minutesOf(text(wt, 'FromTime'));
    let to = minutesOf(text(wt, 'ToTime'));
    if (from === undefined || to === undefined) continue;
    if (to <= from) to += 24 * 60;
    minutes += to - from;
    first = Math.min(first, from);
    last = Math.max(last, to);
  }
  return { minutes, first, last };
}

/** Working time of an MSPDI <Calendar>; `minutesPerDay` is the project's, in which MS Project counts a day. */
export function parseMspdiCalendar(node: XmlNode, minutesPerDay: number, base: XerCalendar | undefined): XerCalendar {
  const week = base === undefined ? [0, 0, 0, 0, 0, 0, 0] : [...base.weekMinutes];
  let first = base?.dayStartMinute ?? Infinity;
  let last = base?.dayEndMinute ?? -Infinity;
  const exceptions = new Map<DayNumber, number>(base?.exceptions ?? []);
  const range = (from: string, to: string, minutes: number): void => {
    const a = parseDay(from);
    const b = parseDay(to);
    if (a === undefined || b === undefined) return;
    for (let d = a; d <= b && d - a < 3700; d++) exceptions.set(d, minutes);
  };
  for (const wd of children(child(node, 'WeekDays'), 'WeekDay')) {
    const type = Number(text(wd, 'DayType'));
    const isWorking = text(wd, 'DayWorking') === '1';
    const times = workingTimes(wd);
    const minutes = isWorking ? (times.minutes > 0 ? times.minutes : minutesPerDay) : 0;
    if (type >= 1 && type <= 7) {
      // MSPDI numbers days 1 = Sunday … 7 = Saturday.
      week[(type + 5) % 7] = minutes;
      if (isWorking && times.minutes > 0) {
        first = Math.min(first, times.first);
        last = Math.max(last, times.last);
      }
    } else if (type === 0) {
      const period = child(wd, 'TimePeriod');
      range(text(period, 'FromDate'), text(period, 'ToDate'), minutes);
    }
  }
  for (const ex of children(child(node, 'Exceptions'), 'Exception')) {
    const period = child(ex, 'TimePeriod');
    const times = workingTimes(ex);
    range(text(period, 'FromDate'), text(period, 'ToDate'), text(ex, 'DayWorking') === '1' ? (times.minutes > 0 ? times.minutes : minutesPerDay) : 0);
  }
  if (!week.some((m) => m > 0)) for (let i = 0; i < 5; i++) week[i] = minutesPerDay;
  const usual = week.find((m) => m > 0) ?? minutesPerDay;
  return {
    id: text(node, 'UID'),
    name: text(node, 'Name') || `calendar ${text(node, 'UID')}`,
    weekMinutes: week,
    exceptions: new Map([...exceptions].filter(([day, m]) => m !== (week[isoWeekday(day) - 1] ?? 0))),
    dayMinutes: minutesPerDay > 0 ? minutesPerDay : usual,
    dayStartMinute: Number.isFinite(first) ? first : 8 * 60,
    dayEndMinute: Number.isFinite(last) ? last : 17 * 60,
    isAssumed: false,
  };
}

/** Calendars by UID, base calendars first so derived ones inherit their week and exceptions. */
export function readMspdiCalendars(project: XmlNode, minutesPerDay: number): Map<string, XerCalendar> {
  const nodes = children(child(project, 'Calendars'), 'Calendar');
  const out = new Map<string, XerCalendar>();
  const pending = [...nodes];
  for (let pass = 0; pass < 3 && pending.length > 0; pass++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const node = pending[i];
      if (node === undefined) continue;
      const baseUid = text(node, 'BaseCalendarUID');
      const base = baseUid === '' || baseUid === '-1' ? undefined : out.get(baseUid);
      if (base === undefined && baseUid !== '' && baseUid !== '-1' && pass < 2) continue;
      out.set(text(node, 'UID'), parseMspdiCalendar(node, minutesPerDay, base));
      pending.splice(i, 1);
    }
  }
  return out;
}
