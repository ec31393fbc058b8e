// Dates and words of text reports in Norwegian (nb) or English (en).
import { FIRST_DAY, formatDay, LAST_DAY, MONTH_SHAPE, QUARTER_SHAPE, ymdOf, type DayNumber } from '../calendar/index.js';

export type Locale = 'nb' | 'en';

const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** en: 2019-09-27; nb: 27.09.2019. */
export function formatDate(day: DayNumber, locale: Locale): string {
  if (locale === 'en') return formatDay(day);
  let text = nbDayTexts.get(day);
  if (text === undefined) {
    const { year, month, day: d } = ymdOf(day);
    text = `${String(d).padStart(2, '0')}.${String(month).padStart(2, '0')}.${formatYear(year)}`;
    // Bounded as formatDay's own: a day outside years 1–9999 is never cached.
    if (day >= FIRST_DAY && day <= LAST_DAY) nbDayTexts.set(day, text);
  }
  return text;
}

/**
 * The nb text of each day formatted so far, as formatDay keeps the en text: a column of 100,000 dates holds a few
 * thousand days (issue #18, the slippage tables).
 */
const nbDayTexts = new Map<DayNumber, string>();

/** A year as dates write it, four digits (0999, not 999: SPEC §2), for axis and column labels; en and nb alike. */
export function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

/** What a text table shows for an absent value, such as a date left out (SPEC §4 `date-range`); en and nb alike. */
export const ABSENT = '–';

/** formatDate, or ABSENT for a date left out. */
export function formatShownDate(day: DayNumber | null, locale: Locale): string {
  return day === null ? ABSENT : formatDate(day, locale);
}

/**
 * A period date as written (SPEC §2: `YYYY`, `YYYY-Qn`, `YYYY-MM`) as a text report shows it: en as written (beside ISO
 * days), nb in Norwegian beside DD.MM.YYYY days (SPEC §15; tester round 65 F4): `2024`, `2. kv. 2024`, `mai 2024`.
 * Anything else is returned as it is.
 */
export function formatPeriod(written: string, locale: Locale): string {
  if (locale === 'en') return written;
  const quarter = QUARTER_SHAPE.exec(written);
  if (quarter !== null && Number(quarter[2]) >= 1 && Number(quarter[2]) <= 4) return `${quarter[2]}. kv. ${quarter[1]}`;
  const month = MONTH_SHAPE.exec(written);
  if (month !== null && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${monthName(Number(month[2]), locale)} ${month[1]}`;
  return written;
}

/** Month name, 1-based month; `short` gives three letters (jan, feb / Jan, Feb). */
export function monthName(month: number, locale: Locale, short = false): string {
  const name = MONTHS[locale][month - 1] ?? String(month);
  return short ? name.slice(0, 3) : name;
}

/** Picks the word for the locale: `word(locale, 'milestone', 'milepæl')`. */
export function word(locale: Locale, en: string, nb: string): string {
  return locale === 'nb' ? nb : en;
}
