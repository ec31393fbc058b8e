// A one-byte copy of a plan text for the fast YAML path to read (issue #18): V8 keeps a string with any character past
// U+00FF as two bytes per character, and so is every string sliced from it. One em dash in a title made every id,
// date, key and reference of its file a two-byte string, and the messages and JSON built from them too.
import { Buffer } from 'node:buffer';

/** A character past U+00FF (V8 compiles this to an immediate failure on a one-byte string). */
const WIDE = /[\u0100-\uffff]/;
/**
 * `source` with each character past U+00FF as '?', the same length and offsets, read where the parse reads `source`;
 * strings are cut from it unless their range holds a '?' (then from `source`: a '?' may stand for another character),
 * and the string table neither compares nor keeps such a range (string-table.ts). Where a '?' would read otherwise than
 * the character it stands for — an indicator before a space or the line's end (`? x`), not the letter-like start of a
 * flow scalar's next line (fast-flow.ts's continuesPlain) — the parse reads the text's own character (Cursor.sourceCode).
 *
 * Measured on 2 Dec 2026 (validate --format json, the generated workspaces, whose every title has an em dash;
 * cachegrind): 100,000 milestones 13,192 → 12,462 M instructions (−5.5 %), 10,000 3,148 → 3,108 M (−1.3 %; the same
 * workspace with '-' for the dash: 3,007 M). Making the shadow costs about 1 % of the 10,000's instructions.
 */
export class Latin1Shadow {
  /** The first '?' at or after `from` (text.length when none): see `marked`. */
  private next = -1;
  private from = 0;

  private constructor(
    /** The one-byte copy. */
    readonly text: string,
    /** The text as decoded. */
    readonly source: string,
    /** The one-byte copy's bytes, which a long string is copied from (see `slice`); undefined for `identity`. */
    private readonly bytes: Buffer | undefined,
  ) {}

  /**
   * The shadow of `source`, or undefined when it needs none (every character fits one byte). Made from the text's
   * UTF-16 units: each unit's low byte, and '?' where the high byte is not zero, two units at a time; so a character
   * outside the Basic Multilingual Plane (a surrogate pair) is '??'. Until 3 Dec 2026 the transcoder made it, which
   * replaces a pair with one '?' and drops some characters (U+FE0F, U+FEFF …): such a text had no shadow, and a
   * tester's national programme has an emoji in 93 of its 94 files, so every string cut from them was two bytes a
   * character. validate --format json of that programme (prog-100000), cachegrind: see the commit.
   */
  static of(source: string): Latin1Shadow | undefined {
    const first = source.search(WIDE);
    if (first < 0) return undefined;
    const bytes = narrowUnits(source, first);
    return new Latin1Shadow(bytes.toString('latin1'), source, bytes);
  }

  /**
   * The shadow of a text that needs none, or cannot have one (`of` gave undefined): the text itself. Its '?' are
   * marked as a shadow's are, which costs nothing but the table's sharing of such short scalars: whatever is cut from
   * either copy is the same. The parse reads every text through a shadow, so that the first file (often a small one
   * of one-byte text, such as governance.yaml) trains the same code as a file with an em dash: until 2 Dec 2026 the
   * first such file deoptimised parseInline, where `marked` had never run, and it was compiled again.
   */
  static identity(source: string): Latin1Shadow {
    return new Latin1Shadow(source, source, undefined);
  }

  /**
   * Whether text[start, end) holds a '?'. The answer's first '?' is kept, as source/fast-cursor.ts's nextColon keeps
   * its ':', so that the parse, which asks in reading order, scans the text about once.
   */
  marked(start: number, end: number): boolean {
    if (start > this.next || start < this.from) {
      const at = this.text.indexOf('?', start);
      this.next = at < 0 ? this.text.length : at;
      this.from = start;
    }
    return this.next < end;
  }

  /**
   * Whether a string cut by `slice` is a view into `source` (V8 makes a slice of 13 characters or more one), which then
   * keeps the whole text alive as long as the string is: such a text is kept by the parse (parse.ts RereadSource).
   */
  viewed = false;

  /** source.slice(start, end), one byte per character when it fits. */
  slice(start: number, end: number): string {
    if (this.marked(start, end)) {
      if (end - start >= 13) this.viewed = true;
      return this.source.slice(start, end);
    }
    return end - start >= 13 && this.bytes !== undefined ? this.bytes.toString('latin1', start, end) : this.text.slice(start, end);
  }
}

/**
 * `source` with each unit past U+00FF as '?' (its first such unit at `first`) as a one-byte string: the units are
 * read four at a time as 32-bit words (two units each), and only a group of four words with a high byte set is read
 * unit by unit. Measured on prog-100000's 35 M characters (cachegrind): 9 instructions a character with the copies,
 * against 9.4 for the transcoder and 10 for a regular expression's matches. The units are copied out a window of
 * `window` at a time into one buffer, not all at once: a 10 MB file's 20 MB of units were allocated beside its text,
 * its shadow and the analysis of the files before it, at the peak of a 100 MB workspace's run (issue #18).
 */
export function narrowUnits(source: string, first: number, window = UNIT_WINDOW): Buffer {
  const length = source.length;
  const out = Buffer.from(source, 'latin1');
  // From an even unit: words are read whole. An own buffer (allocUnsafeSlow) starts at offset 0, aligned for words.
  const start = first & ~1;
  const size = Math.min(window, length - start);
  const units = Buffer.allocUnsafeSlow(2 * size);
  const words = new Int32Array(units.buffer, units.byteOffset, size >> 1);
  for (let base = start; base < length; base += size) {
    const n = Math.min(size, length - base);
    units.write(source.slice(base, base + n), 0, 2 * n, 'utf16le');
    let w = 0;
    for (const last = (n >> 1) - 4; w <= last; w += 4) {
      if (((words[w]! | words[w + 1]! | words[w + 2]! | words[w + 3]!) & HIGH_BYTES) === 0) continue;
      for (let i = 2 * w; i < 2 * w + 8; i++) if (units[2 * i + 1] !== 0) out[base + i] = 63;
    }
    for (let i = 2 * w; i < n; i++) if (units[2 * i + 1] !== 0) out[base + i] = 63;
  }
  return out;
}

/** narrowUnits's window: 2^20 units, a buffer of 2 MB. */
const UNIT_WINDOW = 1 << 20;

/** The high bytes of a word's two little-endian UTF-16 units. */
const HIGH_BYTES = 0xff00ff00 | 0;
