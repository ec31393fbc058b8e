// The JSON text of plain values as parts (issue #18): the pieces json-stream.ts hands out are joined from parts
// once, instead of a string built per value, and a string is only quoted when nothing in it needs escaping.
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
 * Appends a string as JSON, with the characters a terminal would act on escaped:
 * `escapeJsonUnsafe(JSON.stringify(text))`. Text with nothing to escape, nearly all of a report, is only quoted
 * (JSON.stringify of a short string costs about ten times a regular-expression test), with no string made.
 */
export function pushString(parts: string[], text: string): void {
  if (NEEDS_ESCAPE.test(text)) parts.push(escapeJsonUnsafe(JSON.stringify(text)));
  else parts.push('"', text, '"');
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
    const parts: string[] = [];
    pushString(parts, key);
    text = `${parts.join('')}: `;
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
 * returns false (the parts appended so far left for the caller to drop) at something to stream: a LazyJsonArray,
 * a long array. Without it, those are written in place. Anything but plain objects, arrays and primitives goes to
 * JSON.stringify. Recursion follows the nesting of the report's shape, never the length of an array.
 */
export function pushPlain(parts: string[], value: unknown, indent: string, stream: boolean): boolean {
  switch (typeof value) {
    case 'string':
      pushString(parts, value);
      return true;
    case 'number':
      parts.push(Number.isFinite(value) ? String(value) : 'null');
      return true;
    case 'boolean':
      parts.push(value ? 'true' : 'false');
      return true;
    case 'object':
      break;
    default:
      parts.push(whole(value, indent));
      return true;
  }
  if (value === null) {
    parts.push('null');
    return true;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyJsonArray || Array.isArray(value)) {
    if (stream && (value instanceof LazyJsonArray || value.length >= STREAM_FROM)) return false;
    if (value.length === 0) {
      parts.push('[]');
      return true;
    }
    const at = value instanceof LazyJsonArray ? value.at : (i: number): unknown => (value as unknown[])[i];
    parts.push('[');
    for (let i = 0; i < value.length; i++) {
      const item = at(i);
      parts.push(i === 0 ? '\n' : ',\n', inner);
      if (!pushPlain(parts, hasNoJson(item) ? null : item, inner, stream)) return false;
    }
    parts.push('\n', indent, ']');
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    if (stream && isStreamed(value)) return false;
    parts.push(whole(value, indent));
    return true;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (hasNoJson(item)) continue;
    parts.push(first ? '{\n' : ',\n', inner, keyText(key));
    first = false;
    if (!pushPlain(parts, item, inner, stream)) return false;
  }
  if (first) parts.push('{}');
  else parts.push('\n', indent, '}');
  return true;
}

function isStreamed(value: unknown): boolean {
  if (value instanceof LazyJsonArray) return true;
  // A short array is still written element by element when an element holds a lazy array.
  if (Array.isArray(value)) return value.length >= STREAM_FROM || value.some(isStreamed);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(isStreamed);
}
