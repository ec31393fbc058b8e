// Norwegian public holidays (SPEC §3), with Easter by the Gregorian computus.
import { dayFromYmd, ymdOf, type DayNumber } from './day.js';

function mod(a: number, b: number): number {
  return ((a % b) + b) % b;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): DayNumber {
  const a = mod(year, 19);
  const b = Math.floor(year / 100);
  const c = mod(year, 100);
  const d = Math.floor(b / 4);
  const e = mod(b, 4);
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = mod(19 * a + b - d - g + 15, 30);
  const i = Math.floor(c / 4);
  const k = mod(c, 4);
  const l = mod(32 + 2 * e + 2 * i - h - k, 7);
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = mod(h + l - 7 * m + 114, 31) + 1;
  return dayFromYmd(year, month, day);
}

interface HolidayNames {
  readonly nb: string;
  readonly en: string;
}

interface Holiday {
  readonly day: DayNumber;
  readonly names: HolidayNames;
}

function listHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number, nb: string, en: string): Holiday => ({
    day: dayFromYmd(year, month, day),
    names: { nb, en },
  });
  const moving = (offset: number, nb: string, en: string): Holiday => ({
    day: easter + offset,
    names: { nb, en },
  });
  // Bokmål writes the days' names in lower case, as they stand mid-sentence in messages ("det er langfredag"); Kristi
  // himmelfartsdag keeps its proper noun. A list or a name field capitalises the first letter itself.
  const list = [
    fixed(1, 1, '1. nyttårsdag', "New Year's Day"),
    moving(-3, 'skjærtorsdag', 'Maundy Thursday'),
    moving(-2, 'langfredag', 'Good Friday'),
    moving(0, '1. påskedag', 'Easter Sunday'),
    moving(1, '2. påskedag', 'Easter Monday'),
    fixed(5, 1, 'arbeidernes dag', 'Labour Day'),
    fixed(5, 17, 'grunnlovsdag', 'Constitution Day'),
    moving(39, 'Kristi himmelfartsdag', 'Ascension Day'),
    moving(49, '1. pinsedag', 'Whit Sunday'),
    moving(50, '2. pinsedag', 'Whit Monday'),
    fixed(12, 25, '1. juledag', 'Christmas Day'),
    fixed(12, 26, '2. juledag', 'Boxing Day'),
  ];
  // Stable sort keeps the listed order when two holidays share a day (17 May = Ascension Day).
  return list.sort((x, y) => x.day - y.day);
}

const cache = new Map<number, readonly Holiday[]>();

/** Memoised for years 0000–9999 only, so that odd inputs cannot grow the cache without bound. */
function holidaysOf(year: number): readonly Holiday[] {
  const cached = cache.get(year);
  if (cached !== undefined) return cached;
  const list = listHolidays(year);
  if (year >= 0 && year <= 9999) cache.set(year, list);
  return list;
}

/**
 * The Norwegian public holidays of a year, sorted and without duplicates (Ascension Day
 * can fall on 1 or 17 May, Whit Monday on 17 May).
 */
export function norwegianHolidays(year: number): readonly DayNumber[] {
  const days: DayNumber[] = [];
  for (const holiday of holidaysOf(year)) {
    if (days[days.length - 1] !== holiday.day) days.push(holiday.day);
  }
  return days;
}

/** The name of the Norwegian holiday on a day; two names joined when two fall together. */
export function holidayName(day: DayNumber, locale: 'nb' | 'en'): string | undefined {
  const names = holidaysOf(ymdOf(day).year)
    .filter((holiday) => holiday.day === day)
    .map((holiday) => holiday.names[locale]);
  if (names.length === 0) return undefined;
  return names.join(locale === 'nb' ? ' og ' : ' and ');
}

/** Whether a day is a Norwegian public holiday. */
export function isNorwegianHoliday(day: DayNumber): boolean {
  return holidaysOf(ymdOf(day).year).some((holiday) => holiday.day === day);
}
