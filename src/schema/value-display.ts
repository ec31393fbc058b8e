// Values as schema messages show them: their kind, quoted and shortened, and the readings a hint offers (a day
// written YYYYMMDD, a plan id with capitals).
import { formatDay } from '../calendar/day.js';
import { parseLenientDay } from '../calendar/lenient-day.js';
import type { ValueKind } from '../messages/data/input.js';
import { cutWithEllipsis } from '../text/shorten.js';
import { quoteText } from '../text/quote.js';

/** What a value is, as a schema message says it: empty, a list, a mapping, a text or another type (shown). */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (Array.isArray(value)) return { kind: 'list' };
  if (typeof value === 'object') return { kind: 'mapping' };
  if (typeof value === 'string') return { kind: 'text', shown: show(value) };
  // An infinity or NaN is no number a field takes: "must be a number, not number .inf" said the opposite (tester
  // round 74 F4).
  if (typeof value === 'number' && !Number.isFinite(value)) return { kind: 'other', type: 'value', shown: show(value) };
  return { kind: 'other', type: typeof value, shown: show(value) };
}

/**
 * A value as a message quotes it: a text in quotes with control characters escaped as all text output escapes them
 * (quoteText), anything else as JSON; shortened past 60 characters, a long text keeping its closing quote.
 */
export function show(value: unknown): string {
  if (typeof value === 'string') {
    const whole = quoteText(value);
    return whole.length <= 60 ? whole : quoteText(cutWithEllipsis(value, 56));
  }
  const text = typeof value === 'number' && !Number.isFinite(value) ? special(value) : jsonOf(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * `value` as JSON, an infinity or NaN inside it as YAML writes them (`{min: .inf}` was `{"min":null}`: JSON has no
 * infinities, and `1e309`, `.inf` and `.nan` read as them; tester round 74 F4); a list or mapping that holds itself
 * through an alias (`require: &r [A, *r]`), which JSON cannot write, as `[…]` or `{…}` (validate stopped with
 * "internal error: Converting circular structure to JSON").
 */
function jsonOf(value: unknown): string | undefined {
  try {
    let specials = false;
    const plain = JSON.stringify(value, (_key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) specials = true;
      return v;
    });
    if (!specials) return plain;
    // Such a number is written as a text marked by what the plain JSON holds nowhere, then its quotes and mark taken off:
    // a text of the value's own cannot be taken for one.
    let mark = '';
    for (let n = 0; mark === '' || plain.includes(escaped(mark)); n++) mark = `\u0000${n}`;
    const json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? `${mark}${special(v)}` : v));
    return json.replace(new RegExp(`"${escaped(mark).replaceAll('\\', '\\\\')}(-?\\.inf|\\.nan)"`, 'g'), '$1');
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return Array.isArray(value) ? '[…]' : '{…}';
  }
}

/** `text` as JSON writes it inside quotes. */
function escaped(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

/** An infinity or NaN as YAML 1.2 writes it. */
function special(value: number): string {
  return Number.isNaN(value) ? '.nan' : value > 0 ? '.inf' : '-.inf';
}

/** A number of eight digits that is a day written YYYYMMDD, as YYYY-MM-DD; undefined otherwise. */
export function compactDay(value: unknown): string | undefined {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 10000101 || value > 99991231) return undefined;
  const digits = String(value);
  const day = parseLenientDay(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`);
  return day === undefined ? undefined : formatDay(day);
}

/** A `plan/ID` reference whose plan id has capitals (`Akson/MP1`), with its plan id in lower case; else undefined. */
export function planLowered(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const slash = value.indexOf('/');
  if (slash <= 0) return undefined;
  const lowered = `${value.slice(0, slash).toLowerCase()}${value.slice(slash)}`;
  return lowered !== value && /^[a-z0-9][a-z0-9-]*\/[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(lowered) ? lowered : undefined;
}
