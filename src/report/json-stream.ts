// JSON reports written in pieces (issue #18): a million milestones as one string would need gigabytes, and about
// 1.5 million would pass V8's string limit. The pieces join to exactly what `stringifySafeJson` returns.
import { JsonRows, TextFields } from './json-row.js';
import { hasNoJson, keyText, LazyJsonArray, pushPlain, type JsonText } from './json-text.js';

export { LazyJsonArray } from './json-text.js';
export { JsonRows, writeMilestoneName, type JsonFields } from './json-row.js';

/**
 * The length (UTF-16 code units) a piece reaches before it is handed out at the next line end. Below 64 K units, so
 * that a piece of two-byte text (a title with a dash), flattened when it is encoded, still fits V8's regular heap
 * (objects up to 128 KB): at 65,536 every piece was a large object, mapped and unmapped, and export json at 100,000
 * milestones spent 0.5 s more in the kernel (issue #18).
 */
export const PIECE_LENGTH = 32768;

/**
 * The pieces of `value` as JSON with 2-space indentation and a trailing newline, characters a terminal would act
 * on escaped (see `stringifySafeJson`): joined, they are byte for byte `stringifySafeJson(value)`, with
 * `LazyJsonArray`s written as arrays. Every piece ends at a line end, so a line never spans two pieces. Memory
 * stays at one element plus one piece, whatever the length of the arrays. Recursion follows the nesting of the
 * report's shape (a few levels), never the length of an array.
 */
export function* safeJsonChunks(value: unknown): Generator<string> {
  const out: JsonText = { text: '' };
  yield* parts(out, value, '');
  out.text += '\n';
  yield out.text;
}

/** The whole text of `safeJsonChunks(value)` (for tests and small reports). */
export function safeJsonText(value: unknown): string {
  let out = '';
  for (const piece of safeJsonChunks(value)) out += piece;
  return out;
}

/**
 * Writes `value` at `indent` (the indentation of the line it starts on) into `out`, handing out the text gathered
 * as a piece whenever enough has gathered at a line end.
 */
function* parts(out: JsonText, value: unknown, indent: string): Generator<string> {
  if (tryPlain(out, value, indent)) return;
  const inner = `${indent}  `;
  if (value instanceof JsonRows) {
    yield* rows(out, value, indent);
    return;
  }
  if (value instanceof LazyJsonArray || Array.isArray(value)) {
    const length = value.length;
    if (length === 0) {
      out.text += '[]';
      return;
    }
    const at = value instanceof LazyJsonArray ? value.at : (i: number): unknown => (value as unknown[])[i];
    out.text += '[';
    for (let i = 0; i < length; i++) {
      const raw = at(i);
      // As JSON.stringify does: an element that has no JSON form is written as null.
      const item = hasNoJson(raw) ? null : raw;
      out.text += i === 0 ? '\n' : ',\n';
      if (out.text.length >= PIECE_LENGTH) yield flush(out);
      out.text += inner;
      if (!tryPlain(out, item, inner)) yield* parts(out, item, inner);
    }
    out.text += `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as object).filter(([, v]) => !hasNoJson(v));
  if (entries.length === 0) {
    out.text += '{}';
    return;
  }
  out.text += '{';
  for (const [k, [key, v]] of entries.entries()) {
    out.text += `${k === 0 ? '\n' : ',\n'}${inner}${keyText(key)}`;
    yield* parts(out, v, inner);
  }
  out.text += `\n${indent}}`;
}

/**
 * Appends `value` when it is plain (nothing to stream) and says so; otherwise leaves `out` as it was (a report's
 * document and the few objects holding its streamed arrays: the cut copies the piece gathered so far, once each).
 */
function tryPlain(out: JsonText, value: unknown, indent: string): boolean {
  const before = out.text;
  if (pushPlain(out, value, indent, true)) return true;
  out.text = before;
  return false;
}

/** JsonRows as an array, each row's fields written straight into the piece's text. */
function* rows(out: JsonText, value: JsonRows, indent: string): Generator<string> {
  if (value.length === 0) {
    out.text += '[]';
    return;
  }
  const inner = `${indent}  `;
  out.text += '[';
  const text = value.text;
  if (text !== undefined) {
    // The line end and the indentation as one part: a piece's text is a rope, and each part costs when it is flattened.
    const first = `\n${inner}`;
    const next = `,\n${inner}`;
    for (let i = 0; i < value.length; i++) {
      if (out.text.length >= PIECE_LENGTH) {
        out.text += i === 0 ? '\n' : ',\n';
        yield flush(out);
        out.text += inner + text(i, inner);
      } else out.text += (i === 0 ? first : next) + text(i, inner);
    }
    out.text += `\n${indent}]`;
    return;
  }
  const fields = new TextFields();
  for (let i = 0; i < value.length; i++) {
    out.text += i === 0 ? '\n' : ',\n';
    if (out.text.length >= PIECE_LENGTH) yield flush(out);
    out.text += inner;
    fields.begin(out, inner);
    value.write(i, fields);
    fields.end(inner);
  }
  out.text += `\n${indent}]`;
}

/** The gathered text as one piece (it ends at a line end), leaving `out` empty. */
function flush(out: JsonText): string {
  const piece = out.text;
  out.text = '';
  return piece;
}
