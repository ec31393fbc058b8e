// JSON reports written in pieces (issue #18): a million milestones as one string would need gigabytes, and about
// 1.5 million would pass V8's string limit. The pieces join to exactly what `stringifySafeJson` returns.
import { JsonRows, TextFields } from './json-row.js';
import { hasNoJson, keyText, LazyJsonArray, pushPlain } from './json-text.js';

export { LazyJsonArray } from './json-text.js';
export { JsonRows, type JsonFields } from './json-row.js';

/** Parts (keys, values, punctuation) gathered before a piece is handed out: pieces of roughly 30–100 kB. */
const PIECE_PARTS = 8192;

/**
 * The pieces of `value` as JSON with 2-space indentation and a trailing newline, characters a terminal would act
 * on escaped (see `stringifySafeJson`): joined, they are byte for byte `stringifySafeJson(value)`, with
 * `LazyJsonArray`s written as arrays. Every piece ends at a line end, so a line never spans two pieces. Memory
 * stays at one element plus one piece, whatever the length of the arrays. Recursion follows the nesting of the
 * report's shape (a few levels), never the length of an array.
 */
export function* safeJsonChunks(value: unknown): Generator<string> {
  const out: JsonOut = { parts: [] };
  yield* parts(out, value, '');
  out.parts.push('\n');
  yield out.parts.join('');
}

/** The whole text of `safeJsonChunks(value)` (for tests and small reports). */
export function safeJsonText(value: unknown): string {
  let out = '';
  for (const piece of safeJsonChunks(value)) out += piece;
  return out;
}

/** The parts of the piece being written; joined once when it is handed out (no string is built per row). */
interface JsonOut {
  parts: string[];
}

/**
 * Writes `value` at `indent` (the indentation of the line it starts on) into `out`, handing out the gathered parts
 * as a piece whenever enough have gathered at a line end.
 */
function* parts(out: JsonOut, value: unknown, indent: string): Generator<string> {
  if (tryPlain(out, value, indent)) return;
  const inner = `${indent}  `;
  if (value instanceof JsonRows) {
    yield* rows(out, value, indent);
    return;
  }
  if (value instanceof LazyJsonArray || Array.isArray(value)) {
    const length = value.length;
    if (length === 0) {
      out.parts.push('[]');
      return;
    }
    const at = value instanceof LazyJsonArray ? value.at : (i: number): unknown => (value as unknown[])[i];
    out.parts.push('[');
    for (let i = 0; i < length; i++) {
      const raw = at(i);
      // As JSON.stringify does: an element that has no JSON form is written as null.
      const item = hasNoJson(raw) ? null : raw;
      out.parts.push(i === 0 ? '\n' : ',\n');
      if (out.parts.length >= PIECE_PARTS) yield flush(out);
      out.parts.push(inner);
      if (!tryPlain(out, item, inner)) yield* parts(out, item, inner);
    }
    out.parts.push('\n', indent, ']');
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => !hasNoJson(v));
  if (entries.length === 0) {
    out.parts.push('{}');
    return;
  }
  out.parts.push('{');
  for (const [k, [key, v]] of entries.entries()) {
    out.parts.push(k === 0 ? '\n' : ',\n', inner, keyText(key));
    yield* parts(out, v, inner);
  }
  out.parts.push('\n', indent, '}');
}

/** Appends `value` when it is plain (nothing to stream) and says so; otherwise leaves `out` as it was. */
function tryPlain(out: JsonOut, value: unknown, indent: string): boolean {
  const mark = out.parts.length;
  if (pushPlain(out.parts, value, indent, true)) return true;
  out.parts.length = mark;
  return false;
}

/** JsonRows as an array, each row's fields written straight into the parts. */
function* rows(out: JsonOut, value: JsonRows, indent: string): Generator<string> {
  if (value.length === 0) {
    out.parts.push('[]');
    return;
  }
  const inner = `${indent}  `;
  const fields = new TextFields();
  out.parts.push('[');
  for (let i = 0; i < value.length; i++) {
    out.parts.push(i === 0 ? '\n' : ',\n');
    if (out.parts.length >= PIECE_PARTS) yield flush(out);
    out.parts.push(inner);
    fields.begin(out.parts, inner);
    value.write(i, fields);
    fields.end(inner);
  }
  out.parts.push('\n', indent, ']');
}

/** The gathered parts as one piece (they end at a line end), leaving `out` empty. */
function flush(out: JsonOut): string {
  const piece = out.parts.join('');
  out.parts = [];
  return piece;
}
