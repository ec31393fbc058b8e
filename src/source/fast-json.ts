// The fast path for a plan file that is JSON (a `.yaml` file written by a JSON writer): V8's JSON.parse makes the
// data, and one scan of the text records where each value and key starts, as the fast YAML path does (positions.ts).
//
// Why: JSON.parse reads a 10 MB plan in about a tenth of the time the fast YAML path's flow reader took (100 against
// 900 ms, one file of bench/generate-rich.mjs's 100,000-milestone workspace), and the strings it makes are its own:
// no one-byte shadow of a text with an em dash in it (latin1-shadow.ts) is made, nor kept alive by the values cut
// from it.
//
// Parity: JSON is YAML 1.2 flow style, and for the texts this path accepts the data and every position equal the full
// parser's (test/source/fast-json.test.ts). Where YAML reads a JSON text otherwise, or the flow reader would not be
// sure, the text is declined and read by the fast YAML path (which may hand it on to the full parser): a duplicate
// key (JSON.parse keeps the last; YAML reports it), a key with an escape in it, a line break between a key and its
// ':' (an implicit key is one line, §7.4.2), a surrogate escape, a number with an exponent or more than 15 digits
// either side of its point, and nesting deeper than the flow reader reads.
import { Positions } from './positions.js';
import { grownTable, HASH_PRIME, HASH_SEED } from './string-table.js';

/** What the fast YAML path gives for a text (fast-yaml.ts's FastParse). */
export interface JsonParse {
  readonly data: unknown;
  readonly positions: Positions;
  readonly root: number;
  readonly rootRecord: number;
}

/** Deeper collections are declined: the flow reader leaves those past 64 levels to the full parser. */
const MAX_DEPTH = 60;
/** A `\uD800`–`\uDFFF` escape, or what might be one (`\\uD800` is a backslash, then text): the flow reader declines those. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/**
 * The parse of `text` when it is a JSON object or array starting at its first character, as YAML reads it; undefined
 * when it is not JSON or is declined (see the module doc).
 */
export function parseJson(text: string): JsonParse | undefined {
  const first = text.charCodeAt(0);
  if (first !== 123 /* { */ && first !== 91 /* [ */) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
  if (text.includes('\\u') && SURROGATE_ESCAPE.test(text)) return undefined;
  const scan = new JsonScan(text);
  if (!scan.run()) return undefined;
  const positions = scan.positions;
  const rootRecord = positions.last;
  positions.finish(scan.keys);
  return { data, positions, root: 0, rootRecord };
}

/**
 * One pass over a text JSON.parse accepted (so its tokens are well formed): the positions of every container's entries,
 * and the checks of the module doc. Iterative, with the open containers on arrays indexed by depth.
 */
class JsonScan {
  /**
   * Sized for about one cell per eight characters: bench/generate-rich.mjs's indented JSON writes 0.12 (1.26 M cells
   * for a file of 10.4 M characters), which from the default 1,024 took eleven doublings, each a copy into fresh zeroed
   * pages, and a last copy to cut the slack; and the stack, sized from it, then holds a plan's 10,000 milestones.
   */
  readonly positions: Positions;
  /** The distinct keys, by the index their entries hold. */
  readonly keys: string[] = [];
  private readonly text: string;
  /** Open-addressing table of the keys: per slot the hash, 1 + the key's index (0: empty), its length, its offset. */
  private table = new Int32Array(4 * 256);
  private mask = 255;
  /** Per depth: whether the container is a mapping, its positions mark, its first key in `keyStack`. */
  private readonly isMap = new Uint8Array(MAX_DEPTH + 2);
  private readonly marks = new Int32Array(MAX_DEPTH + 2);
  private readonly keyMarks = new Int32Array(MAX_DEPTH + 2);
  /** Per depth: the entry being read (its key's index, where the key and the value start). */
  private readonly pendingKey = new Int32Array(MAX_DEPTH + 2);
  private readonly pendingKeyAt = new Int32Array(MAX_DEPTH + 2);
  private readonly pendingAt = new Int32Array(MAX_DEPTH + 2);
  /** The key indices of the open mappings' entries, for the duplicate check when one closes. */
  private keyStack = new Int32Array(256);
  private keyTop = 0;
  /** Per key index, the number of the last check that saw it (duplicate keys). */
  private seen = new Int32Array(256);
  private checks = 0;

  constructor(text: string) {
    this.text = text;
    this.positions = new Positions(text.length >> 3);
  }

  /** Records every position; false when the text is declined. */
  run(): boolean {
    const text = this.text;
    const positions = this.positions;
    let pos = 0;
    let depth = 0;
    for (;;) {
      // pos is at a value.
      let ch = text.charCodeAt(pos);
      let child = -1;
      if (ch === 123 || ch === 91) {
        if (depth === MAX_DEPTH) return false;
        depth++;
        const isMap = ch === 123;
        this.isMap[depth] = isMap ? 1 : 0;
        this.marks[depth] = positions.open();
        this.keyMarks[depth] = this.keyTop;
        pos = skipSpace(text, pos + 1);
        ch = text.charCodeAt(pos);
        if (ch !== 125 && ch !== 93) {
          pos = isMap ? this.readKey(pos, depth) : pos;
          if (pos < 0) return false;
          this.pendingAt[depth] = pos;
          continue;
        }
        // An empty collection: closed at once.
        if (isMap) positions.closeMap(this.marks[depth]!);
        else positions.closeSeq(this.marks[depth]!);
        child = positions.last;
        pos++;
        depth--;
      } else if (ch === 34) pos = stringEnd(text, pos);
      else if (ch === 116 || ch === 110) pos += 4;
      else if (ch === 102) pos += 5;
      else {
        pos = numberEnd(text, pos);
        if (pos < 0) return false;
      }
      // After a value: its entry or item, then ',' and the next, or the end of its collection (and so of a value of the
      // collection around it).
      for (;;) {
        if (depth === 0) return true;
        if (this.isMap[depth] === 1) positions.entry(this.pendingKey[depth]!, this.pendingKeyAt[depth]!, this.pendingAt[depth]!, child);
        else positions.item(this.pendingAt[depth]!, child);
        pos = skipSpace(text, pos);
        if (text.charCodeAt(pos) === 44) {
          pos = skipSpace(text, pos + 1);
          if (this.isMap[depth] === 1) {
            pos = this.readKey(pos, depth);
            if (pos < 0) return false;
          }
          this.pendingAt[depth] = pos;
          break;
        }
        // '}' or ']'
        if (this.isMap[depth] === 1) {
          if (this.hasDuplicate(this.keyMarks[depth]!)) return false;
          positions.closeMap(this.marks[depth]!);
        } else positions.closeSeq(this.marks[depth]!);
        child = positions.last;
        pos++;
        depth--;
      }
    }
  }

  /**
   * Reads the key at `pos` (a '"') and the ':' after it into the entry of `depth`; the offset of its value, or -1 when
   * declined (an escape in the key, a line break before the ':').
   */
  private readKey(pos: number, depth: number): number {
    const text = this.text;
    let h = HASH_SEED;
    let i = pos + 1;
    for (let k = text.charCodeAt(i); k !== 34; k = text.charCodeAt(++i)) {
      if (k === 92) return -1;
      h = Math.imul(h ^ k, HASH_PRIME);
    }
    this.pendingKey[depth] = this.keyIndex(pos + 1, i, h);
    this.pendingKeyAt[depth] = pos;
    i++;
    while (text.charCodeAt(i) === 32) i++;
    if (text.charCodeAt(i) !== 58) return -1;
    return skipSpace(text, i + 1);
  }

  /** The index in `keys` of text[start, end) (hash `h`), added when new; pushed for the duplicate check. */
  private keyIndex(start: number, end: number, h: number): number {
    const { table, text } = this;
    const length = end - start;
    let slot = h & this.mask;
    let index = -1;
    for (let at = slot << 2, found = table[at + 1]!; found !== 0; at = slot << 2, found = table[at + 1]!) {
      if (table[at] === h && table[at + 2] === length && sameChars(text, table[at + 3]!, start, length)) {
        index = found - 1;
        break;
      }
      slot = (slot + 1) & this.mask;
    }
    if (index < 0) {
      index = this.keys.push(text.slice(start, end)) - 1;
      const at = slot << 2;
      table[at] = h;
      table[at + 1] = index + 1;
      table[at + 2] = length;
      table[at + 3] = start;
      if (this.keys.length * 2 > this.mask) this.grow();
    }
    if (this.keyTop === this.keyStack.length) {
      const grown = new Int32Array(2 * this.keyStack.length);
      grown.set(this.keyStack);
      this.keyStack = grown;
    }
    this.keyStack[this.keyTop++] = index;
    return index;
  }

  /** Whether two of the keys pushed since `mark` are the same; pops them. */
  private hasDuplicate(mark: number): boolean {
    const check = ++this.checks;
    if (this.seen.length < this.keys.length) {
      const grown = new Int32Array(2 * this.keys.length);
      grown.set(this.seen);
      this.seen = grown;
    }
    const { seen, keyStack } = this;
    const top = this.keyTop;
    this.keyTop = mark;
    for (let i = mark; i < top; i++) {
      const k = keyStack[i]!;
      if (seen[k] === check) return true;
      seen[k] = check;
    }
    return false;
  }

  private grow(): void {
    this.table = grownTable(this.table, this.mask);
    this.mask = 2 * this.mask + 1;
  }
}

/** The first offset at or after `pos` that is not JSON whitespace (tabs are declined before: fast-yaml.ts). */
function skipSpace(text: string, pos: number): number {
  let k = text.charCodeAt(pos);
  while (k === 32 || k === 10 || k === 13) k = text.charCodeAt(++pos);
  return pos;
}

/** The offset after the string whose opening '"' is at `pos`. */
function stringEnd(text: string, pos: number): number {
  let end = text.indexOf('"', pos + 1);
  while (text.charCodeAt(end - 1) === 92) {
    // Escaped unless the backslashes before it are an even number (`"a\\"` ends there).
    let slashes = 1;
    while (text.charCodeAt(end - 1 - slashes) === 92) slashes++;
    if ((slashes & 1) === 0) break;
    end = text.indexOf('"', end + 1);
  }
  return end + 1;
}

/**
 * The offset after the number at `pos`, or -1 when the flow reader would not read it itself: an exponent, or more than
 * 15 digits before or after the point (fast-scalar.ts's DECIMAL).
 */
function numberEnd(text: string, pos: number): number {
  let i = text.charCodeAt(pos) === 45 ? pos + 1 : pos;
  const start = i;
  let k = text.charCodeAt(i);
  while (k >= 48 && k <= 57) k = text.charCodeAt(++i);
  if (i - start > 15) return -1;
  if (k === 46) {
    const fraction = ++i;
    k = text.charCodeAt(i);
    while (k >= 48 && k <= 57) k = text.charCodeAt(++i);
    if (i - fraction > 15) return -1;
  }
  return k === 101 || k === 69 ? -1 : i;
}

function sameChars(text: string, first: number, start: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(first + i) !== text.charCodeAt(start + i)) return false;
  return true;
}
