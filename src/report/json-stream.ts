// JSON reports written in pieces (issue #18): a million milestones as one string would need gigabytes, and about
// 1.5 million would pass V8's string limit. The pieces join to exactly what `stringifySafeJson` returns.
import { escapeJsonUnsafe } from './safe-text.js';

/** An array whose elements are made only when written: `length` items, item i from `at(i)`. */
export class LazyJsonArray {
  constructor(
    readonly length: number,
    readonly at: (index: number) => unknown,
  ) {}
}

/** Arrays shorter than this are written with one JSON.stringify call; longer ones element by element. */
const STREAM_FROM = 256;
/** Pieces are gathered up to about this many UTF-16 units before one is handed out. */
const PIECE = 1 << 16;

/**
 * The pieces of `value` as JSON with 2-space indentation and a trailing newline, characters a terminal would act
 * on escaped (see `stringifySafeJson`): joined, they are byte for byte `stringifySafeJson(value)`, with
 * `LazyJsonArray`s written as arrays. Every piece ends at a line end, so a line never spans two pieces. Memory
 * stays at one element plus one piece, whatever the length of the arrays. Recursion follows the nesting of the
 * report's shape (a few levels), never the length of an array.
 */
export function* safeJsonChunks(value: unknown): Generator<string> {
  let buffer = '';
  for (const part of parts(value, '')) {
    buffer += part;
    if (buffer.length >= PIECE) {
      const cut = buffer.lastIndexOf('\n') + 1;
      if (cut > 0) {
        yield escapeJsonUnsafe(buffer.slice(0, cut));
        buffer = buffer.slice(cut);
      }
    }
  }
  yield escapeJsonUnsafe(`${buffer}\n`);
}

/** The whole text of `safeJsonChunks(value)` (for tests and small reports). */
export function safeJsonText(value: unknown): string {
  let out = '';
  for (const piece of safeJsonChunks(value)) out += piece;
  return out;
}

/** JSON.stringify(value, null, 2) of a value written at `indent`, as one string (its inner lines indented). */
function whole(value: unknown, indent: string): string {
  const json = JSON.stringify(value, null, 2) ?? 'null';
  // A line feed inside a string is written as \n: every raw one starts a line.
  return indent === '' ? json : json.replaceAll('\n', `\n${indent}`);
}

/** `"key": ` of each key met, made once (the keys are the report's field names). */
const keyTexts = new Map<string, string>();

function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = `${JSON.stringify(key)}: `;
    keyTexts.set(key, text);
  }
  return text;
}

/** What JSON.stringify leaves out of an object and writes as null in an array. */
function hasNoJson(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The text `whole(value, indent)` gives, made by walking plain data (about twice as fast as JSON.stringify with an
 * indent for the small objects of a report's rows); undefined when `value` holds something to stream (a
 * LazyJsonArray, a long array). Anything but plain objects, arrays and primitives goes to JSON.stringify.
 * Recursion follows the nesting of the report's shape, never the length of an array.
 */
function plainText(value: unknown, indent: string): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return whole(value, indent);
  }
  if (value === null) return 'null';
  if (value instanceof LazyJsonArray) return undefined;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length >= STREAM_FROM) return undefined;
    if (value.length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const text = plainText(hasNoJson(item) ? null : item, inner);
      if (text === undefined) return undefined;
      out += `${i === 0 ? '\n' : ',\n'}${inner}${text}`;
    }
    return `${out}\n${indent}]`;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if ((proto !== Object.prototype && proto !== null) || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return isStreamed(value) ? undefined : whole(value, indent);
  }
  let out = '';
  for (const key of Object.keys(value)) {
    const item: unknown = (value as Record<string, unknown>)[key];
    if (hasNoJson(item)) continue;
    const text = plainText(item, inner);
    if (text === undefined) return undefined;
    out += `${out === '' ? '{\n' : ',\n'}${inner}${keyText(key)}${text}`;
  }
  return out === '' ? '{}' : `${out}\n${indent}}`;
}

function isStreamed(value: unknown): boolean {
  if (value instanceof LazyJsonArray) return true;
  // A short array is still written element by element when an element holds a lazy array.
  if (Array.isArray(value)) return value.length >= STREAM_FROM || value.some(isStreamed);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(isStreamed);
}

/** The text of `value` at `indent` (the indentation of the line it starts on), in parts. */
function* parts(value: unknown, indent: string): Generator<string> {
  const plain = plainText(value, indent);
  if (plain !== undefined) {
    yield plain;
    return;
  }
  const inner = `${indent}  `;
  if (value instanceof LazyJsonArray || Array.isArray(value)) {
    const length = value.length;
    if (length === 0) {
      yield '[]';
      return;
    }
    const at = value instanceof LazyJsonArray ? value.at : (i: number): unknown => (value as unknown[])[i];
    yield '[';
    for (let i = 0; i < length; i++) {
      const raw = at(i);
      // As JSON.stringify does: an element that has no JSON form is written as null.
      const item = hasNoJson(raw) ? null : raw;
      const separator = i === 0 ? `\n${inner}` : `,\n${inner}`;
      const text = plainText(item, inner);
      if (text !== undefined) yield separator + text;
      else {
        yield separator;
        yield* parts(item, inner);
      }
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => !hasNoJson(v));
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [k, [key, v]] of entries.entries()) {
    yield `${k === 0 ? '\n' : ',\n'}${inner}${keyText(key)}`;
    yield* parts(v, inner);
  }
  yield `\n${indent}}`;
}
