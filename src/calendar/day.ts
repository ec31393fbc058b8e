// Day dates as integer day numbers since 1970-01-01 (proleptic Gregorian), with no Date objects.

/** Integer days since 1970-01-01; negative before it. */
export type DayNumber = number;

export interface Ymd {
  readonly year: number;
  /** 1-based month, 1 = January. */
  readonly month: number;
  /** 1-based day of the month. */
  readonly day: number;
}

const DAYS_PER_ERA = 146097; // 400 Gregorian years
const EPOCH_SHIFT = 719468; // days from 0000-03-01 to 1970-01-01

/** Howard Hinnant's days_from_civil: month 1–12, no validation. */
export function dayFromYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

/** Howard Hinnant's civil_from_days. */
export function ymdOf(day: DayNumber): { year: number; month: number; day: number } {
  const z = day + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1-based); 0 for a month outside 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const DAY_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Strict `YYYY-MM-DD` that exists in the calendar; undefined otherwise. */
export function parseDayDate(text: string): DayNumber | undefined {
  const match = DAY_DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return isValidYmd(year, month, day) ? dayFromYmd(year, month, day) : undefined;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * The text of each day formatted so far: a report writes a few thousand distinct days hundreds of thousands of times
 * (issue #18: 73 ms of `critical-path --format json` at 100,000 milestones went to formatting them).
 */
const dayTexts = new Map<DayNumber, string>();

/** 0001-01-01 and 9999-12-31: the days a YYYY-MM-DD date can name, the first and last a plan can hold (SPEC §2). */
export const FIRST_DAY: DayNumber = dayFromYmd(1, 1, 1);
export const LAST_DAY: DayNumber = dayFromYmd(9999, 12, 31);

/** `YYYY-MM-DD`; the year is zero padded to 4 digits (negative years get a leading '-'). */
export function formatDay(day: DayNumber): string {
  let text = dayTexts.get(day);
  if (text === undefined) {
    const { year, month, day: dom } = ymdOf(day);
    const yearText = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
    text = `${yearText}-${pad(month, 2)}-${pad(dom, 2)}`;
    // Bounded: a day outside years 0–9999 is never cached (the calendar holds no other).
    if (day >= FIRST_DAY && day <= LAST_DAY) dayTexts.set(day, text);
  }
  return text;
}

/** ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** ISO 8601 week: the week belongs to the year that holds its Thursday. */
export function isoWeek(day: DayNumber): { year: number; week: number } {
  const thursday = day - isoWeekday(day) + 4;
  const year = ymdOf(thursday).year;
  const week = Math.floor((thursday - dayFromYmd(year, 1, 1)) / 7) + 1;
  return { year, week };
}

const WEEKDAY_NAMES = {
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
} as const;

/** Weekday name of an ISO weekday (1 = Monday). */
export function weekdayName(isoDay: number, locale: 'nb' | 'en'): string {
  return WEEKDAY_NAMES[locale][isoDay - 1] ?? '';
}

const MONTH_NAMES = {
  en: [
    'January', 'February', 'March', 'April', 'May', 'June',
    'July', 'August', 'September', 'October', 'November', 'December',
  ],
  nb: [
    'januar', 'februar', 'mars', 'april', 'mai', 'juni',
    'juli', 'august', 'september', 'oktober', 'november', 'desember',
  ],
} as const;

/** Month name of a 1-based month. */
export function monthName(month: number, locale: 'nb' | 'en'): string {
  return MONTH_NAMES[locale][month - 1] ?? '';
}
