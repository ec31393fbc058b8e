/**
 * Messages: what milepel says to its users, as ids plus data, rendered per locale (SPEC §15).
 *
 * The convention (ESLint's `meta.messages`, with the texts kept apart from the code):
 * - Code that finds something (a rule, the parser, the schema check, the model) never builds an English
 *   sentence: it returns `msg(id, data)`, a {@link Message}. Findings carry `message`, `hint` and each related
 *   place's `message` as Messages; formatters call {@link renderMessage} with the locale they were given.
 * - An id is `<area>[.<variant>]`: the rule id for a rule's finding (`overdue`), `<rule>.hint` for its fix,
 *   `<rule>.note.<what>` for a related place, `yaml-syntax.*`, `schema.*`, `date.*` for the input.
 * - The data of every id is declared once, as a TypeScript type, in `data/<area>.ts` (add your area's
 *   interface to `MessageData` in `types.ts`). Data holds facts, not text: refs and ids as strings, dates as
 *   `DayNumber`s, counts as numbers, nested Messages for nested facts (a date problem inside invalid-date).
 * - Each locale has one catalogue, `en/` and `nb/` (bokmål), typed `Catalogue`, so a missing or extra id
 *   fails to compile, and `test/messages/catalogues.test.ts` checks the same at run time.
 * - Dates render through `f.date` (en 2019-09-27, nb 27.09.2019); a value the user is told to write into a
 *   plan file (`forecast: 2019-10-01`) stays ISO through `f.iso`. Holiday and weekday names come from
 *   `calendar/` in the locale. Counted nouns through `f.count` ("1 day", "3 days"); a fraction through `f.decimal`
 *   (en 13.75, nb 13,75), a time of day (minutes) through `f.time`. Data holds them as facts, never as text formatted for one locale (a
 *   finding quotes a file's value as written only when it names no day or number).
 * - English is the text of machine formats (JSON, SARIF, JUnit, GitHub, GitLab) unless `--locale` is given.
 *
 * Adding a rule: declare its ids in `data/rules.ts`, write both catalogues' entries, report `msg(id, data)`.
 */
import { FIRST_DAY, formatDay, LAST_DAY, ymdOf, type DayNumber } from '../calendar/index.js';
import { formatPeriod } from '../report/locale.js';
import { EN_PARTS } from './en/index.js';
import { nbParts } from './nb/index.js';
import type { Catalogue, Fmt, Locale, Message, MessageData, MessageId, ShownDate } from './types.js';

export type { Catalogue, Fmt, Locale, Message, MessageData, MessageId, ShownDate } from './types.js';

export const LOCALES: readonly Locale[] = ['en', 'nb'];

// Texts are looked up in the catalogue's parts: merging ~700 entries into one object cost ~1 ms of every run. The
// Norwegian parts are built when a text is first looked up in them.
const PARTS: Readonly<Record<Locale, () => readonly Partial<Catalogue>[]>> = { en: () => EN_PARTS, nb: nbParts };

type TextFunction = (data: unknown, f: Fmt) => string;

/** Each id's text function once found, per locale (a validate at 100,000 milestones renders 140,000 messages). */
const FOUND: Readonly<Record<Locale, Map<MessageId, TextFunction>>> = { en: new Map(), nb: new Map() };

/** The text function of `id` in the locale: the last part that has it, as the merged catalogue would. */
export function textOf(locale: Locale, id: MessageId): TextFunction {
  const found = FOUND[locale].get(id);
  if (found !== undefined) return found;
  const parts = PARTS[locale]();
  for (let i = parts.length - 1; i >= 0; i--) {
    const text = parts[i]![id];
    if (text !== undefined) {
      FOUND[locale].set(id, text as TextFunction);
      return text as TextFunction;
    }
  }
  throw new Error(`no ${locale} text for message ${id}`);
}

/** A message with its data; the data's shape is checked against the id. */
export function msg<K extends MessageId>(id: K, data: MessageData[K]): Message {
  return { id, data } as Message;
}

/** A message without data. */
export function msg0<K extends MessageId>(id: MessageData[K] extends Readonly<Record<never, never>> ? K : never): Message {
  return { id, data: {} } as Message;
}

/** en: 2019-09-27; nb: 27.09.2019. */
export function formatLocaleDate(day: DayNumber, locale: Locale): string {
  if (locale === 'en') return formatDay(day);
  const { year, month, day: d } = ymdOf(day);
  return `${String(d).padStart(2, '0')}.${String(month).padStart(2, '0')}.${String(year).padStart(4, '0')}`;
}

/** What joins a period to its last day inside a parenthesis (Fmt.shownInParentheses). */
const THAT_IS: Readonly<Record<Locale, string>> = { en: 'i.e.', nb: 'dvs.' };

/** The decimal mark of each locale (Fmt.decimal). */
const DECIMAL_MARK: Readonly<Record<Locale, string>> = { en: '.', nb: ',' };

/** 14:00: hours and minutes after midnight, two digits each. */
function formatTime(minute: number): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${two(Math.floor(minute / 60))}:${two(minute % 60)}`;
}

/** What a date outside FIRST_DAY … LAST_DAY (SPEC §2) is called in a message. */
const OUTSIDE: Readonly<Record<Locale, { readonly before: string; readonly after: string }>> = {
  en: { before: 'a day before 0001-01-01', after: 'a day after 9999-12-31' },
  nb: { before: 'en dag før 01.01.0001', after: 'en dag etter 31.12.9999' },
};

function makeFmt(locale: Locale): Fmt {
  // A date outside 0001-01-01 … 9999-12-31, which arithmetic near the ends reaches (a lead before 0001-01-01), is no
  // date a plan can hold: said as such, never as `0000-12-21` (SPEC §4 date-range; tester round 24 F7).
  const date = (day: DayNumber): string => (day < FIRST_DAY ? OUTSIDE[locale].before : day > LAST_DAY ? OUTSIDE[locale].after : formatLocaleDate(day, locale));
  const f: Fmt = {
    locale,
    date,
    iso: formatDay,
    // A period in the locale's words (nb `3. kv. 2024 (30.09.2024)`), with the day it stands for.
    shown: (v: ShownDate) => (v.written !== undefined ? `${formatPeriod(v.written, locale)} (${date(v.day)})` : date(v.day)),
    shownInParentheses: (v: ShownDate) => (v.written !== undefined ? `${formatPeriod(v.written, locale)}, ${THAT_IS[locale]} ${date(v.day)}` : date(v.day)),
    count: (n, one, many) => `${n} ${Math.abs(n) === 1 ? one : many}`,
    decimal: (n, decimals) => (decimals === undefined ? String(n) : n.toFixed(decimals)).replace('.', DECIMAL_MARK[locale]),
    time: formatTime,
    render: (m) => renderWith(m, f),
  };
  return f;
}

const FMT: Readonly<Record<Locale, Fmt>> = { en: makeFmt('en'), nb: makeFmt('nb') };

function renderWith(m: Message, f: Fmt): string {
  return textOf(f.locale, m.id)(m.data, f);
}

/** The message's text in the locale. */
export function renderMessage(m: Message, locale: Locale = 'en'): string {
  return renderWith(m, FMT[locale]);
}

/** True for a locale milepel has a catalogue for. */
export function isLocale(name: string): name is Locale {
  return (LOCALES as readonly string[]).includes(name);
}
