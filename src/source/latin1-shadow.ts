// A one-byte copy of a plan text for the fast YAML path to read (issue #18): V8 keeps a string with any character past
// U+00FF as two bytes per character, and so is every string sliced from it. One em dash in a title made every id,
// date, key and reference of its file a two-byte string, and the messages and JSON built from them too.
import { transcode } from 'node:buffer';

/** A character past U+00FF (V8 compiles this to an immediate failure on a one-byte string). */
const WIDE = /[\u0100-\uffff]/;
/** A character outside the Basic Multilingual Plane (a surrogate pair), which has no shadow (see `of`). */
const SURROGATE = /[\ud800-\udbff][\udc00-\udfff]/;
/** How far past the first wide character `of` looks for a surrogate (a bounded cost when there is none). */
const LOOK_AHEAD = 65536;

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
  ) {}

  /**
   * The shadow of `source`, or undefined when it needs none (every character fits one byte) or cannot have one: a
   * character outside the Basic Multilingual Plane is two UTF-16 units but one '?' (transcode replaces code points).
   */
  static of(source: string): Latin1Shadow | undefined {
    const first = source.search(WIDE);
    if (first < 0) return undefined;
    // A look for such a character near the first wide one before the transcoder's pass over the whole text: a tester's
    // national programme has an emoji in 93 of its 94 files, within the first 4,000 characters (45 ms of 2.4 s).
    if (SURROGATE.test(source.slice(first, first + LOOK_AHEAD))) return undefined;
    const text = transcode(Buffer.from(source, 'utf16le'), 'utf16le', 'latin1').toString('latin1');
    return text.length === source.length ? new Latin1Shadow(text, source) : undefined;
  }

  /**
   * The shadow of a text that needs none, or cannot have one (`of` gave undefined): the text itself. Its '?' are
   * marked as a shadow's are, which costs nothing but the table's sharing of such short scalars: whatever is cut from
   * either copy is the same. The parse reads every text through a shadow, so that the first file (often a small one
   * of one-byte text, such as governance.yaml) trains the same code as a file with an em dash: until 2 Dec 2026 the
   * first such file deoptimised parseInline, where `marked` had never run, and it was compiled again.
   */
  static identity(source: string): Latin1Shadow {
    return new Latin1Shadow(source, source);
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

  /** source.slice(start, end), one byte per character when it fits. */
  slice(start: number, end: number): string {
    return this.marked(start, end) ? this.source.slice(start, end) : this.text.slice(start, end);
  }
}
