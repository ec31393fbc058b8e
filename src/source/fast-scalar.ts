// Scalars, keys and the shared item stack for the fast YAML path (flow collections: fast-flow.ts); `BAIL` means "not sure: use the full parser".
import { nextColon, nextHash, type Cursor } from './fast-cursor.js';
import { parseFlow } from './fast-flow.js';
import { parseDouble, parseSingle } from './fast-quoted.js';
import { HASH_MASK, HASH_PRIME, HASH_SEED, hashOf } from './string-table.js';
import { BAIL } from './bail.js';

export { BAIL } from './bail.js';
export { atLineEnd, nextColon, skipSpaces, type Cursor } from './fast-cursor.js';

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
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
  const first = text.charCodeAt(0) | 32;
  if (first >= 97 && first <= 122 && first !== 110 /* n */ && first !== 116 /* t */ && first !== 102 /* f */) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (DECIMAL.test(text)) return Number(text);
  if (OTHER_NUMBER.test(text)) return BAIL;
  return text;
}

/** Characters that may not start a plain scalar here: anchors, aliases, tags, block scalars, reserved, flow ends, '#'. */
function isBadStart(k: number): boolean {
  return k === 38 || k === 42 || k === 33 || k === 124 || k === 62 || k === 37 || k === 64 || k === 96 || k === 44 || k === 93 || k === 125 || k === 35;
}

function isFlowIndicator(k: number): boolean {
  return k === 44 || k === 91 || k === 93 || k === 123 || k === 125;
}

/** Whether a ':' before offset `next` is an indicator: a space, a flow indicator or the line's end follows it. */
function endsPlain(text: string, next: number, end: number): boolean {
  if (next >= end) return true;
  const k = text.charCodeAt(next);
  return k === 32 || isFlowIndicator(k);
}

/**
 * A value that starts at c.pos: a flow collection or plain scalar on the rest of the line, or a quoted scalar, which in
 * block context (`flow` false) may go on over the lines below (c.end is then the end of its last line).
 */
export function parseInline(c: Cursor, flow: boolean): unknown {
  const { text, pos } = c;
  const ch = text.charCodeAt(pos);
  if (ch === 91 /* [ */ || ch === 123 /* { */) return c.depth > 64 ? BAIL : parseFlow(c);
  if (ch === 34 /* " */) return parseDouble(c, flow ? -1 : c.blockIndent);
  if (ch === 39 /* ' */) return parseSingle(c, flow ? -1 : c.blockIndent);
  if (pos >= text.length || isBadStart(ch)) return BAIL;
  // "-", "?" and ":" before a space (or, in a flow collection, before a flow indicator) are indicators.
  if (ch === 45 || (ch === 63 && c.sourceCode(pos) === 63) || ch === 58) {
    const after = text.charCodeAt(pos + 1);
    if (pos + 1 >= c.end || after === 32 || (flow && isFlowIndicator(after))) return BAIL;
  }
  const last = flow ? plainFlowEnd(c, pos) : plainBlockEnd(c, pos);
  if (last < 0) return BAIL;
  c.pos = last;
  if (last - pos >= 13) return resolvePlain(c.slice(pos, last));
  return c.strings.lookup(pos, last, flow ? c.plainHash : hashOf(text, pos, last));
}

/**
 * Where a plain scalar in block context that starts at `start` ends (trailing spaces excluded): at the line's end or
 * at a comment (" #"); -1 when a ": " or a final ':' inside it makes the line a syntax error ("a: b: c").
 */
function plainBlockEnd(c: Cursor, start: number): number {
  const { text, end } = c;
  let stop = end;
  for (let h = nextHash(c, start + 1); h < end; h = nextHash(c, h + 1)) {
    if (text.charCodeAt(h - 1) === 32) {
      stop = h;
      break;
    }
  }
  for (let k = nextColon(c, start); k < stop; k = nextColon(c, k + 1)) {
    if (k + 1 >= end || text.charCodeAt(k + 1) === 32) return -1;
  }
  while (text.charCodeAt(stop - 1) === 32) stop--;
  return stop;
}

/**
 * As plainBlockEnd for a key or a flow item, which also end at flow indicators and at a ':' that a space, a flow
 * indicator or the line's end follows (`{a:b}` is the key "a:b", YAML 1.2 §7.3.3; until 1 Dec 2026 this path read it as
 * {a: b} where the yaml library reads {"a:b": null}); the scalar's hash is left in c.plainHash, computed on the way.
 */
export function plainFlowEnd(c: Cursor, start: number): number {
  const { text, end } = c;
  let last = start;
  let h = HASH_SEED;
  let hash = h;
  for (let i = start; i < end; i++) {
    const k = text.charCodeAt(i);
    if (k === 35 && text.charCodeAt(i - 1) === 32) break; // " #" starts a comment
    if (isFlowIndicator(k) || (k === 58 && endsPlain(text, i + 1, end))) break;
    h = Math.imul(h ^ k, HASH_PRIME);
    if (k !== 32) {
      last = i + 1;
      hash = h;
    }
  }
  c.plainHash = hash & HASH_MASK;
  return last;
}

/** Adds an item to the sequence being read (see Cursor.items). */
export function pushItem(c: Cursor, value: unknown): void {
  c.items[c.itemTop++] = value;
}

/**
 * The items pushed since `mark`, as an array of exactly their number: gathered in one shared array rather than pushed
 * to a fresh one, which keeps room for 16 items (most `after` lists hold one to three) and had to be copied again.
 */
export function takeItems(c: Cursor, mark: number): unknown[] {
  const { items, itemTop } = c;
  // A fresh array of the exact length filled in a loop: slice's generic copy (ExtractFastJSArray) of a range of this
  // large mixed array cost more for the one to three items most lists hold.
  const out = new Array<unknown>(itemTop - mark);
  for (let i = mark; i < itemTop; i++) out[i - mark] = items[i];
  c.itemTop = mark;
  return out;
}

/**
 * A mapping key (block or flow), its index in c.strings.values left in c.keyIndex. The keys of a plan are few and
 * repeat in every milestone: a plain key read before is recognised by its first two characters, then compared, without
 * scanning it, hashing it and finding it in the string table again. A guess is kept only for a plain key whose scan
 * ended at the ':' right after it, so that the same characters before a ':' scan to the same key.
 */
export function parseKey(c: Cursor): unknown {
  const { text, pos } = c;
  const slot = ((text.charCodeAt(pos) << 3) ^ text.charCodeAt(pos + 1)) & 255;
  const guess = c.keyGuesses[slot]!;
  const n = guess.length;
  // startsWith, not a loop of our own: that small helper was compiled by TurboFan during a validate of the shipped
  // plans, the first such compile of the run and the dearest (7 M instructions of 196 M; issue #18).
  if (n !== 0 && text.charCodeAt(pos + n) === 58 && endsPlain(text, pos + n + 1, c.end) && text.startsWith(guess, pos)) {
    c.pos = pos + n;
    c.keyIndex = c.keyGuessIndices[slot]!;
    return guess;
  }
  const key = parseInline(c, true);
  if (typeof key !== 'string') return key;
  const first = text.charCodeAt(pos);
  const { strings } = c;
  if (c.pos - pos < 13 && first !== 34 && first !== 39) {
    // A plain short key: parseInline found it in the string table just now.
    c.keyIndex = strings.index;
    // Not a key with a '?' of the shadow (source/latin1-shadow.ts): the same characters there may be another key.
    if (text.charCodeAt(c.pos) === 58 && !c.marked(pos, c.pos)) {
      c.keyGuesses[slot] = key;
      c.keyGuessIndices[slot] = strings.index;
    }
  } else {
    c.keyIndex = strings.add(key);
  }
  return key;
}

/**
 * Whether a plain key parseKey has read before starts at c.pos, followed by ':' and then a space or the line's end
 * (a block mapping's key, source/fast-block.ts's looksLikeKey), found by parseKey's guess without reading it.
 */
export function isGuessedKey(c: Cursor): boolean {
  const { text, pos, end } = c;
  const guess = c.keyGuesses[((text.charCodeAt(pos) << 3) ^ text.charCodeAt(pos + 1)) & 255]!;
  const n = guess.length;
  if (n === 0 || text.charCodeAt(pos + n) !== 58) return false;
  return (pos + n + 1 >= end || text.charCodeAt(pos + n + 1) === 32) && text.startsWith(guess, pos);
}

/** Sets an own property, `__proto__` included, as the yaml package does. */
export function setKey(map: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}
