// Scalars and one-line flow collections for the fast YAML path; `undefined` means "not sure: use the full parser".
import type { Positions } from './positions.js';

export const BAIL = Symbol('bail');
export type Bail = typeof BAIL;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
/** The letters a core-schema null or boolean can start with (numbers start with a digit, a sign, a dot or ~). */
const NON_STRING_START: ReadonlySet<number> = new Set([...'nNtTfF'].map((c) => c.charCodeAt(0)));
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
// Decimal integers and fractions of at most 15 digits each side, signed or not: the forms plans write (`0.35`,
// `-3`). Number() reads them exactly as the yaml library's core schema does (parseInt / parseFloat), -0 included.
const DECIMAL = /^[-+]?[0-9]{1,15}(?:\.[0-9]{1,15})?$/;
// The other numeric forms of the YAML 1.2 core schema (exponents, `1.`, `.5`, octal, hex, infinities, NaN): left to
// the full parser.
const OTHER_NUMBER = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Resolves a plain scalar with the YAML 1.2 core schema. */
export function resolvePlain(text: string): unknown {
  // Most scalars in a plan (ids, titles, refs) start with a letter that begins no null, boolean or number: a string.
  const first = text.charCodeAt(0);
  if (((first >= 65 && first <= 90) || (first >= 97 && first <= 122)) && !NON_STRING_START.has(first)) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (DECIMAL.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) return BAIL;
  return text;
}

/** Characters that may not start a plain scalar here (anchors, aliases, tags, block scalars, reserved). */
const BAD_START = new Set(['&', '*', '!', '|', '>', '%', '@', '`', ',', ']', '}']);

export interface Cursor {
  readonly text: string;
  pos: number;
  /** Offset where the current line ends (before '\r\n' or '\n'). */
  readonly end: number;
  readonly positions: Positions;
  readonly depth: number;
}

export function skipSpaces(c: Cursor): void {
  while (c.pos < c.end && c.text.charCodeAt(c.pos) === 32) c.pos++;
}

/** True when only spaces and perhaps a comment remain on the line. */
export function atLineEnd(c: Cursor): boolean {
  const start = c.pos;
  skipSpaces(c);
  // A comment must be separated from the token before it by a space ("x"#c is a syntax error).
  return c.pos >= c.end || (c.text.charCodeAt(c.pos) === 35 /* # */ && (c.pos > start || c.text.charCodeAt(c.pos - 1) === 32));
}

/** A value that fits on the rest of the line: flow collection, quoted or plain scalar. */
export function parseInline(c: Cursor, flow: boolean): unknown {
  const ch = c.text[c.pos];
  if (ch === '[' || ch === '{') return c.depth > 64 ? BAIL : parseFlow(c);
  if (ch === '"') return parseDouble(c);
  if (ch === "'") return parseSingle(c);
  if (ch === undefined || BAD_START.has(ch) || ch === '#') return BAIL;
  // "-", "?" and ":" before a space (or, in a flow collection, before a flow indicator) are indicators.
  const after = c.text[c.pos + 1];
  if ((ch === '-' || ch === '?' || ch === ':') && (c.pos + 1 >= c.end || after === ' ' || (flow && after !== undefined && ',[]{}'.includes(after)))) return BAIL;
  const start = c.pos;
  let last = c.pos;
  while (c.pos < c.end) {
    const k = c.text.charCodeAt(c.pos);
    if (k === 35 && c.text.charCodeAt(c.pos - 1) === 32) break; // " #" starts a comment
    if (k === 58 /* : */ && (c.pos + 1 >= c.end || c.text.charCodeAt(c.pos + 1) === 32 || flow)) {
      if (flow) break;
      return BAIL; // "a: b: c" is a syntax error the full parser reports
    }
    if (flow && (k === 44 || k === 93 || k === 125 || k === 91 || k === 123)) break;
    if (k !== 32) last = c.pos + 1;
    c.pos++;
  }
  c.pos = last;
  return last - start < 13 ? c.positions.intern(c.text, start, last, resolvePlain) : resolvePlain(c.text.slice(start, last));
}

function parseSingle(c: Cursor): unknown {
  let out = '';
  let i = c.pos + 1;
  for (;;) {
    const j = c.text.indexOf("'", i);
    if (j < 0 || j >= c.end) return BAIL; // multi-line or unterminated
    out += c.text.slice(i, j);
    if (c.text[j + 1] === "'") {
      out += "'";
      i = j + 2;
      continue;
    }
    c.pos = j + 1;
    return out;
  }
}

const ESCAPES: ReadonlyMap<string, string> = new Map([['\\', '\\'], ['"', '"'], ['/', '/'], ['n', '\n'], ['t', '\t'], ['r', '\r'], ['0', '\0'], ['e', '\x1b']]);

function parseDouble(c: Cursor): unknown {
  let out = '';
  let i = c.pos + 1;
  while (i < c.end) {
    const ch = c.text[i]!;
    if (ch === '"') {
      c.pos = i + 1;
      return out;
    }
    if (ch !== '\\') {
      out += ch;
      i++;
      continue;
    }
    const next = c.text[i + 1] ?? '';
    const simple = ESCAPES.get(next);
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(c.text.slice(i + 2, i + 6))) {
      const code = parseInt(c.text.slice(i + 2, i + 6), 16);
      if (code >= 0xd800 && code <= 0xdfff) return BAIL;
      out += String.fromCharCode(code);
      i += 6;
    } else {
      return BAIL;
    }
  }
  return BAIL; // multi-line or unterminated
}

// Placeholders for the kind of flow collection not being read, so that each collection allocates only itself.
const EMPTY_SEQ: unknown[] = Object.freeze([]) as unknown as unknown[];
const EMPTY_MAP: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

function parseFlow(c: Cursor): unknown {
  const isSeq = c.text[c.pos] === '[';
  const close = isSeq ? ']' : '}';
  c.pos++;
  const inner: Cursor = { text: c.text, pos: c.pos, end: c.end, positions: c.positions, depth: c.depth + 1 };
  const offsets: (string | number)[] = [];
  const seq: unknown[] = isSeq ? [] : EMPTY_SEQ;
  const map: Record<string, unknown> = isSeq ? EMPTY_MAP : {};
  for (let first = true; ; first = false) {
    skipSpaces(inner);
    if (inner.pos >= inner.end) return BAIL;
    if (inner.text[inner.pos] === close && first) break;
    const at = inner.pos;
    if (isSeq) {
      const value = parseInline(inner, true);
      if (value === BAIL) return BAIL;
      skipSpaces(inner);
      if (inner.text[inner.pos] === ':') return BAIL; // a single-pair mapping inside a sequence
      seq.push(value);
      offsets.push(at, c.positions.childOf(value));
    } else {
      const key = parseInline(inner, true);
      if (typeof key !== 'string' || Object.hasOwn(map, key)) return BAIL;
      skipSpaces(inner);
      if (inner.text[inner.pos] !== ':') return BAIL;
      inner.pos++;
      skipSpaces(inner);
      const valueAt = inner.pos;
      const value = parseInline(inner, true);
      if (value === BAIL) return BAIL;
      setKey(map, key, value);
      offsets.push(key, at, valueAt, c.positions.childOf(value));
    }
    skipSpaces(inner);
    const sep = inner.text[inner.pos];
    if (sep === close) break;
    if (sep !== ',') return BAIL;
    inner.pos++;
    skipSpaces(inner);
    if (inner.text[inner.pos] === close) return BAIL; // trailing comma: leave to the full parser
  }
  c.pos = inner.pos + 1;
  if (!isSeq) {
    c.positions.setMap(offsets);
    return map;
  }
  c.positions.setSeq(offsets as number[]);
  // A copy of exactly its length: a pushed-to array keeps room for 16 items, and most `after` lists hold one to three.
  return seq.slice();
}

/** Sets an own property, `__proto__` included, as the yaml package does. */
export function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}
