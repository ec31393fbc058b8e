// The hints that show how a value is written as a plan file takes it: a month read as a number (`06.2026`), a day
// written the Norwegian way (`31.08.2025`), one value where a list goes (`require: PS`). Pure.
import { daysInMonth, formatDay } from '../calendar/day.js';
import { parseLenientDay } from '../calendar/lenient-day.js';
import { msg, type Message } from '../messages/index.js';
import type { FormName } from '../messages/data/input.js';
import { resolvePlain } from '../source/fast-scalar.js';

/**
 * The month `M.YYYY` means (`06.2026`, which YAML reads as 6.2026, is 2026-06), or undefined: a whole month 1–12 before
 * the point and a year of this millennium or the last after it, whose one trailing zero the number may have lost
 * (`12.2020` is 12.202). Fewer digits are no year (`1.5` is no 5000-01: a tester's finding).
 */
export function monthYear(value: number): string | undefined {
  const m = /^(\d{1,2})\.(\d{3,4})$/.exec(String(value));
  if (m === null) return undefined;
  const month = Number(m[1]);
  const year = Number(m[2]!.padEnd(4, '0'));
  return month >= 1 && month <= 12 && year >= 1000 && year <= 2999 ? `${year}-${String(month).padStart(2, '0')}` : undefined;
}

/** Plain text YAML reads as the same text inside `[ ]`: no flow indicator, comment, quote or other reserved start. */
const PLAIN_IN_FLOW = /^(?![-?:](?:\s|$))[^\s,[\]{}#&*!|>'"%@`][^,[\]{}]*$/;

/** Lists of references, where a comma separates entries (`require: PS, KR` means two bodies). */
const REFERENCE_LISTS: ReadonlySet<string> = new Set(['require', 'after', 'meetings', 'milestones', 'goals', 'measures']);

/** A text where a list goes, as the entries of a flow list: split at commas in a list of references (tester round 34 F3). */
export function listItems(key: string, text: string): string | undefined {
  if (!REFERENCE_LISTS.has(key) || !text.includes(',')) return listItem(text);
  const items = text.split(',').map((t) => t.trim()).filter((t) => t !== '').map(listItem);
  return items.length === 0 || items.includes(undefined) ? undefined : items.join(', ');
}

/** A text as an entry of a flow list: as written when YAML reads it back the same, else in double quotes (a number too). */
function listItem(text: string): string | undefined {
  if (text.trim() === '' || text.length > 80) return undefined;
  return PLAIN_IN_FLOW.test(text) && !/\s$|:\s| #/.test(text) && resolvePlain(text) === text ? text : JSON.stringify(text);
}

/** The forms that hold a day (and so may be written D.M.YYYY by mistake). */
export const DATE_FORMS: ReadonlySet<FormName> = new Set(['dayDate', 'dateOrPeriod', 'dayDateOrRange']);

/**
 * The hint for a day written another way: as Norwegians write it (31.08.2025) or unpadded (2025-8-31), the day it is in
 * the form a plan file takes (tester round 33 F3: the hint gave an unrelated example date); past its month's end, that
 * the month has fewer days; undefined for anything else.
 */
export function writtenDayHint(written: string, form?: FormName): Message | undefined {
  const day = parseLenientDay(written.trim());
  if (day !== undefined) return msg('schema.lenient-date.hint', { written, date: formatDay(day) });
  const quarter = form === 'dateOrPeriod' ? writtenQuarter(written.trim()) : undefined;
  return quarter !== undefined ? msg('schema.lenient-date.hint', { written, date: quarter, quarter: true }) : pastMonthEnd(written.trim());
}

/** A quarter as people write one: `Q3 2019`, `q3-2019`, `2019 Q3`, `2019q3`, Norwegian `3. kv. 2019`, `3. kvartal 2019`, `K3 2019`. */
const QUARTER_FIRST = /^[QK]([1-4])[\s./-]*(\d{4})$/i;
const YEAR_FIRST = /^(\d{4})[\s./-]*[QK]([1-4])$/i;
const NORWEGIAN = /^([1-4])\.?\s*kv(?:\.|artal)?\s*(\d{4})$/i;

/**
 * `text` as the quarter a plan file writes (`2019-Q3`) when it is one written another way (tester round 94 F5: `Q3
 * 2019` was told the form alone), else undefined; `2019-Q3` itself is no other way.
 */
function writtenQuarter(text: string): string | undefined {
  const m = QUARTER_FIRST.exec(text) ?? NORWEGIAN.exec(text);
  const [year, q] = m !== null ? [m[2]!, m[1]!] : (YEAR_FIRST.exec(text)?.slice(1, 3) ?? []);
  if (year === undefined || q === undefined || Number(year) < 1) return undefined;
  const quarter = `${year}-Q${q}`;
  return quarter === text ? undefined : quarter;
}

/**
 * A day written D.M.YYYY past its month's end (`31.04.2025`, `29.02.2025`): that the month has fewer days (tester
 * round 35 N5: the form's generic hint, while `2025-04-31` was told so); undefined for anything else.
 */
function pastMonthEnd(text: string): Message | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m === null) return undefined;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || year < 1 || day <= daysInMonth(year, month)) return undefined;
  return msg('date.days-in-month', { text, month, year: m[3]!, days: daysInMonth(year, month) });
}
