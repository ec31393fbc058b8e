// Scalars and one-line flow collections for the fast YAML path; `undefined` means "not sure: use the full parser".

export const BAIL = Symbol('bail');
export type Bail = typeof BAIL;

/**
 * Positions of the containers of one parse, in one flat table rather than an array per container (a 100,000-milestone
 * workspace has about 400,000 containers; an array each, with its slack, was a third of the parse's retained memory
 * and most of the garbage collector's copying). `nodes` maps a container to where its record starts in `cells`:
 * a mapping's record is [n, keyIndex, keyOffset, valueOffset, …] with the key itself at `keys[keyIndex]`; a sequence's
 * is [n, itemOffset, …]. A Map, not a WeakMap: it lives exactly as long as the parse, and a WeakMap's ephemeron table of
 * one entry per container made every full garbage collection of a 100,000-milestone parse walk it.
 */
export class Positions {
  readonly nodes = new Map<object, number>();
  cells = new Int32Array(1024);
  used = 0;
  readonly keys: string[] = [];
  /** Short plain scalars seen so far (keys, ids, dates), in an open-addressing table: see `intern`. */
  private strings: (string | undefined)[] = new Array<string | undefined>(1024);
  private hashes = new Int32Array(1024);
  private stringCount = 0;

  /**
   * `text.slice(start, end)`, as the first copy of it seen in this parse. V8 copies a slice shorter than 13
   * characters, so every `date:` key, id and date would otherwise be a string of its own for as long as the parse and
   * the model live; a string seen before is found by a hash of its characters, without slicing it again.
   */
  intern(text: string, start: number, end: number): string {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const mask = this.strings.length - 1;
    let slot = h & mask;
    for (let seen = this.strings[slot]; seen !== undefined; seen = this.strings[slot]) {
      if (this.hashes[slot] === h && seen.length === end - start && text.startsWith(seen, start)) return seen;
      slot = (slot + 1) & mask;
    }
    const fresh = text.slice(start, end);
    this.strings[slot] = fresh;
    this.hashes[slot] = h;
    if (++this.stringCount * 2 > this.strings.length) this.growStrings();
    return fresh;
  }

  private growStrings(): void {
    const old = this.strings;
    const oldHashes = this.hashes;
    this.strings = new Array<string | undefined>(old.length * 2);
    this.hashes = new Int32Array(old.length * 2);
    const mask = this.strings.length - 1;
    for (let i = 0; i < old.length; i++) {
      const s = old[i];
      if (s === undefined) continue;
      let slot = oldHashes[i]! & mask;
      while (this.strings[slot] !== undefined) slot = (slot + 1) & mask;
      this.strings[slot] = s;
      this.hashes[slot] = oldHashes[i]!;
    }
  }

  /** Records a mapping's [key, keyOffset, valueOffset, …] (as parseMap collects them). */
  setMap(map: object, offsets: readonly (string | number)[]): void {
    const n = offsets.length / 3;
    let at = this.reserve(map, 1 + 3 * n);
    this.cells[at++] = n;
    for (let k = 0; k < offsets.length; k += 3) {
      this.cells[at++] = this.keys.length;
      this.keys.push(offsets[k] as string);
      this.cells[at++] = offsets[k + 1] as number;
      this.cells[at++] = offsets[k + 2] as number;
    }
  }

  /** Records a sequence's item offsets. */
  setSeq(seq: object, offsets: readonly number[]): void {
    let at = this.reserve(seq, 1 + offsets.length);
    this.cells[at++] = offsets.length;
    for (const offset of offsets) this.cells[at++] = offset;
  }

  /** Frees the table's unused room and the interned strings' index once the parse is complete. */
  trim(): void {
    this.cells = this.cells.slice(0, this.used);
    this.strings = [];
    this.hashes = new Int32Array(0);
  }

  private reserve(node: object, size: number): number {
    const at = this.used;
    if (at + size > this.cells.length) {
      const grown = new Int32Array(Math.max(2 * this.cells.length, at + size));
      grown.set(this.cells.subarray(0, at));
      this.cells = grown;
    }
    this.used = at + size;
    this.nodes.set(node, at);
    return at;
  }
}

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
  return resolvePlain(last - start < 13 ? c.positions.intern(c.text, start, last) : c.text.slice(start, last));
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
      offsets.push(at);
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
      offsets.push(key, at, valueAt);
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
    c.positions.setMap(map, offsets);
    return map;
  }
  // A copy of exactly its length: a pushed-to array keeps room for 16 items, and most `after` lists hold one to three.
  const items = seq.slice();
  c.positions.setSeq(items, offsets as number[]);
  return items;
}

/** Sets an own property, `__proto__` included, as the yaml package does. */
export function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}
