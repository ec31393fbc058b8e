// The JSON text of plain values appended to the piece being written (issue #18): no string is built per value, and
// a string is only quoted when nothing in it needs escaping.
import { escapeJsonUnsafe } from './safe-text.js';

/** An array whose elements are made only when written: `length` items, item i from `at(i)`. */
export class LazyJsonArray {
  constructor(
    readonly length: number,
    readonly at: (index: number) => unknown,
  ) {}
}

/** Arrays shorter than this are written as one plain value; longer ones are streamed element by element. */
const STREAM_FROM = 256;

// What JSON.stringify escapes in a string (quote, backslash, C0 controls, lone surrogates: any surrogate is sent
// the slow way), and what it leaves raw although a terminal would act on it (escapeJsonUnsafe).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /["\\\0-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff]/;

/**
 * The text of the piece being written (json-stream.ts hands it out at line ends), appended to with `+=`: V8 keeps the
 * appends as a rope and copies them once, when the piece is encoded. Until 1 Dec 2026 the parts were pushed to an
 * array and joined, which cost twice as much (1.2 s of the 1,000,000-long chain's critical-path JSON).
 */
export interface JsonText {
  text: string;
}

/**
 * Appends a string as JSON, with the characters a terminal would act on escaped:
 * `escapeJsonUnsafe(JSON.stringify(text))`. Text with nothing to escape, nearly all of a report, is only quoted
 * (JSON.stringify of a short string costs about ten times a regular-expression test), with no string made.
 */
export function pushString(out: JsonText, text: string): void {
  out.text += NEEDS_ESCAPE.test(text) ? escapedString(text) : `"${text}"`;
}

/** Whether `text` has anything JSON or a terminal needs escaped (pushString's test). */
export function needsEscape(text: string): boolean {
  return NEEDS_ESCAPE.test(text);
}

/** `text` as a JSON string with the characters a terminal would act on escaped, quotes included. */
export function escapedString(text: string): string {
  return escapeJsonUnsafe(JSON.stringify(text));
}

/** JSON.stringify(value, null, 2) of a value written at `indent`, as one string (its inner lines indented), escaped. */
function whole(value: unknown, indent: string): string {
  const json = escapeJsonUnsafe(JSON.stringify(value, null, 2) ?? 'null');
  // A line feed inside a string is written as \n: every raw one starts a line.
  return indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
}

/** `"key": ` of each key met, made once (the keys are the report's field names). */
const keyTexts = new Map<string, string>();

export function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    const out: JsonText = { text: '' };
    pushString(out, key);
    text = `${out.text}: `;
    keyTexts.set(key, text);
  }
  return text;
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
export function hasNoJson(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * Appends the text JSON.stringify(value, null, 2) gives for a value written at `indent`, walking plain data (about
 * twice as fast as JSON.stringify with an indent for the small objects of a report's rows). With `stream`, stops and
 * returns false (the text appended so far left for the caller to drop) at something to stream: a LazyJsonArray,
 * a long array. Without it, those are written in place. Anything but plain objects, arrays and primitives goes to
 * JSON.stringify. Recursion follows the nesting of the report's shape, never the length of an array.
 */
export function pushPlain(out: JsonText, value: unknown, indent: string, stream: boolean): boolean {
  switch (typeof value) {
    case 'string':
      pushString(out, value);
      return true;
    case 'number':
      out.text += Number.isFinite(value) ? String(value) : 'null';
      return true;
    case 'boolean':
      out.text += value ? 'true' : 'false';
      return true;
    case 'object':
      break;
    default:
      out.text += whole(value, indent);
      return true;
  }
  if (value === null) {
    out.text += 'null';
    return true;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyJsonArray || Array.isArray(value)) {
    if (stream && (value instanceof LazyJsonArray || value.length >= STREAM_FROM)) return false;
    if (value.length === 0) {
      out.text += '[]';
      return true;
    }
    const at = value instanceof LazyJsonArray ? value.at : (i: number): unknown => (value as unknown[])[i];
    out.text += '[';
    for (let i = 0; i < value.length; i++) {
      const item = at(i);
      out.text += i === 0 ? `\n${inner}` : `,\n${inner}`;
      if (!pushPlain(out, hasNoJson(item) ? null : item, inner, stream)) return false;
    }
    out.text += `\n${indent}]`;
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    if (stream && isStreamed(value)) return false;
    out.text += whole(value, indent);
    return true;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (hasNoJson(item)) continue;
    out.text += `${first ? '{\n' : ',\n'}${inner}${keyText(key)}`;
    first = false;
    if (!pushPlain(out, item, inner, stream)) return false;
  }
  if (first) out.text += '{}';
  else out.text += `\n${indent}}`;
  return true;
}

function isStreamed(value: unknown): boolean {
  if (value instanceof LazyJsonArray) return true;
  // A short array is still written element by element when an element holds a lazy array.
  if (Array.isArray(value)) return value.length >= STREAM_FROM || value.some(isStreamed);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(isStreamed);
}
