// Dates as written in plans (day dates and periods, SPEC §2) and the `--today` option.
import {
  dayFromYmd,
  daysInMonth,
  isValidYmd,
  parseDayDate,
  type DayNumber,
} from './day.js';
import type { Message } from '../messages/types.js';
import { quoteText } from '../text/quote.js';

export interface DateValue {
  /** The resolved day; a period resolves to its last day. */
  readonly day: DayNumber;
  readonly isPeriod: boolean;
  /** The text as written; a YAML integer year 2020 is written "2020". */
  readonly written: string;
  /**
   * Set only on a milestone's `date` taken from its current date (actual, else forecast) because the written `date`
   * was left out by an invalid-date or schema error (SPEC §4.1): the milestone stays in the schedule, and nothing is
   * reported of a date the file does not hold.
   */
  readonly isStandIn?: true;
}

export type DateParseResult =
  | { ok: true; value: DateValue }
  | { ok: false; reason: 'format' | 'nonexistent'; message: Message };

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_SHAPE = /^(\d{4})$/;
/** A quarter and a month period as written (SPEC §2), their year and number captured; report/locale.ts names them. */
export const QUARTER_SHAPE = /^(\d{4})-Q(\d)$/;
export const MONTH_SHAPE = /^(\d{4})-(\d{2})$/;

const MAX_SHOWN = 40;

/** The value as shown in a message: quoted, escaped as all text output escapes (text/quote.ts) and cut short. */
function show(raw: unknown): string {
  if (typeof raw === 'string') {
    const cut = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
    return quoteText(cut);
  }
  if (raw === null) return 'null';
  if (raw === undefined) return 'nothing';
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'object') return 'a mapping';
  return String(raw);
}

function ok(day: DayNumber, isPeriod: boolean, written: string): DateParseResult {
  return { ok: true, value: { day, isPeriod, written } };
}

function fail(reason: 'format' | 'nonexistent', message: Message): DateParseResult {
  return { ok: false, reason, message };
}

function periodNotAllowed(written: string): DateParseResult {
  return fail('format', { id: 'date.period-not-allowed', data: { written } });
}

function parseDay(text: string, match: RegExpExecArray): DateParseResult {
  return checkDay(text, match[1]!, match[2]!, match[3]!);
}

/** The day `text` names by its year, month and day digits, or why it names none (messages quote `text` as written). */
function checkDay(text: string, yearDigits: string, monthDigits: string, dayDigits: string): DateParseResult {
  const year = Number(yearDigits);
  const month = Number(monthDigits);
  const day = Number(dayDigits);
  if (month < 1 || month > 12) {
    return fail('nonexistent', { id: 'date.no-month', data: { text, month: monthDigits } });
  }
  if (year === 0) return fail('nonexistent', { id: 'date.year-zero', data: { text } });
  if (day === 0) return fail('nonexistent', { id: 'date.no-day', data: { text } });
  if (!isValidYmd(year, month, day)) {
    const length = daysInMonth(year, month);
    return fail('nonexistent', { id: 'date.days-in-month', data: { text, month, year: yearDigits, days: length } });
  }
  return ok(dayFromYmd(year, month, day), false, text);
}

function parsePeriod(text: string): DateParseResult | undefined {
  const yearMatch = YEAR_SHAPE.exec(text);
  if (yearMatch !== null) return ok(dayFromYmd(Number(yearMatch[1]), 12, 31), true, text);

  const quarterMatch = QUARTER_SHAPE.exec(text);
  if (quarterMatch !== null) {
    const quarter = Number(quarterMatch[2]);
    if (quarter < 1 || quarter > 4) {
      return fail('nonexistent', { id: 'date.not-quarter', data: { text } });
    }
    const year = Number(quarterMatch[1]);
    const month = quarter * 3;
    return ok(dayFromYmd(year, month, daysInMonth(year, month)), true, text);
  }

  const monthMatch = MONTH_SHAPE.exec(text);
  if (monthMatch !== null) {
    const month = Number(monthMatch[2]);
    if (month < 1 || month > 12) {
      return fail('nonexistent', { id: 'date.not-month', data: { text } });
    }
    const year = Number(monthMatch[1]);
    return ok(dayFromYmd(year, month, daysInMonth(year, month)), true, text);
  }
  return undefined;
}

function isPeriodShape(text: string): boolean {
  return YEAR_SHAPE.test(text) || QUARTER_SHAPE.test(text) || MONTH_SHAPE.test(text);
}

/**
 * Parses a date value from a plan: `YYYY-MM-DD`, and with `allowPeriod` also `YYYY`,
 * `YYYY-Qn`, `YYYY-MM` and an integer year 0–9999 (YAML reads `date: 2020` as a number).
 */
export function parseDateValue(raw: unknown, allowPeriod: boolean): DateParseResult {
  // SPEC: dates run from 0001-01-01; there is no year 0 (it would print as -0001 once a day is subtracted).
  if (raw === 0 || (typeof raw === 'string' && /^0000(?:$|-)/.test(raw))) {
    return fail('nonexistent', { id: 'date.year-zero', data: { text: String(raw) } });
  }
  if (typeof raw === 'number') {
    if (!Number.isInteger(raw) || raw < 0 || raw > 9999) {
      return fail('format', { id: 'date.not-a-date', data: { shown: show(raw), allowPeriod } });
    }
    const written = String(raw);
    if (!allowPeriod) return periodNotAllowed(written);
    return ok(dayFromYmd(raw, 12, 31), true, written);
  }
  if (typeof raw !== 'string') {
    return fail('format', { id: 'date.not-a-date', data: { shown: show(raw), allowPeriod } });
  }
  const dayMatch = DAY_SHAPE.exec(raw);
  if (dayMatch !== null) return parseDay(raw, dayMatch);
  if (isPeriodShape(raw)) {
    if (!allowPeriod) return periodNotAllowed(raw);
    const period = parsePeriod(raw);
    if (period !== undefined) return period;
  }
  return fail('format', { id: 'date.not-a-date', data: { shown: show(raw), allowPeriod } });
}

const NORWEGIAN_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** The `--today` option: `YYYY-MM-DD` or `DD.MM.YYYY` (day and month may have one digit). */
export function parseCliDate(text: string): DayNumber | undefined {
  const iso = parseDayDate(text);
  if (iso !== undefined) return iso;
  const norwegian = parseNorwegianDay(text);
  return norwegian?.ok === true ? norwegian.value.day : undefined;
}

/**
 * A day written the Norwegian way, `DD.MM.YYYY` (day and month may have one digit), as the options `--today`,
 * `--from`, `--to`, `--forecast` and `--actual` accept it: the day, or why `30.02.2024` names none (February 2024 has
 * 29 days), as a `YYYY-MM-DD` that does not exist is explained. Undefined when `text` has another form.
 */
export function parseNorwegianDay(text: string): DateParseResult | undefined {
  const match = NORWEGIAN_DATE.exec(text);
  return match === null ? undefined : checkDay(text, match[3]!, match[2]!, match[1]!);
}
