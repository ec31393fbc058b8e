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
  return indent === '' ? json : json.split('\n').join(`\n${indent}`);
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
  if (!isStreamed(value)) {
    yield whole(value, indent);
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
      yield i === 0 ? `\n${inner}` : `,\n${inner}`;
      const item = at(i);
      // As JSON.stringify does: an element that has no JSON form is written as null.
      yield* parts(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [k, [key, v]] of entries.entries()) {
    yield `${k === 0 ? '\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    yield* parts(v, inner);
  }
  yield `\n${indent}}`;
}
