// The fast YAML parser's reading state (fast-yaml.ts): the text, the position, and the current significant line, found
// as the parse goes; the shared stacks and the string table the parse fills; the one-byte shadow it reads through.
import { resolvePlain, type Cursor } from './fast-scalar.js';
import type { Latin1Shadow } from './latin1-shadow.js';
import { Positions } from './positions.js';
import { StringTable } from './string-table.js';

/**
 * The reading state: the text, the position, and the current significant line (one that is not blank and not only a
 * comment), read one at a time as the parse goes (`advance`) rather than into a table of all lines first.
 */
export class Reader implements Cursor {
  pos = 0;
  /** Where the current line ends (before '\r\n' or '\n'); -1 before the first. */
  end = -1;
  depth = 0;
  blockIndent = -1;
  colon = -1;
  colonFrom = 0;
  hash = -1;
  hashFrom = 0;
  backslash = -1;
  backslashFrom = 0;
  readonly positions: Positions;
  readonly strings: StringTable;
  readonly items: unknown[] = [];
  itemTop = 0;
  plainHash = 0;
  keyIndex = 0;
  readonly keyGuesses: string[] = new Array<string>(256).fill('');
  readonly keyGuessIndices = new Int32Array(256);
  /** Where the current line starts, and its first non-space character. */
  start = 0;
  content = 0;
  /** Where the line after the current one starts. */
  next = 0;
  /** No significant line is left (or a document marker or directive was met: `declined`). */
  eof = false;
  declined = false;
  /** A document start marker was read (before the first significant line, the only place one may stand here). */
  startMarker = false;

  readonly text: string;
  /** The one-byte copy the parse reads instead of the text if it has a character past U+00FF, else the text itself. */
  private readonly shadow: Latin1Shadow;

  constructor(private readonly source: string, shadow: Latin1Shadow) {
    this.shadow = shadow;
    this.text = shadow.text;
    // About one cell per four characters in the generated workspaces (bench/generate.mjs: 0.24) and the shipped plans (0.08–0.12).
    this.positions = new Positions(source.length >> 2);
    this.strings = new StringTable(this, resolvePlain);
  }

  slice(start: number, end: number): string {
    return this.shadow.slice(start, end);
  }

  marked(start: number, end: number): boolean {
    return this.shadow.marked(start, end);
  }

  sourceCode(at: number): number {
    return this.source.charCodeAt(at);
  }

  /** Moves to the next significant line; a document marker or directive ends the text and declines it. */
  advance(): void {
    const text = this.text;
    const length = text.length;
    let start = this.next;
    // A quoted value went on over lines below (source/fast-quoted.ts moved `end` to its last line): go on after that.
    if (this.end >= start) start = text.charCodeAt(this.end) === 13 ? this.end + 2 : this.end + 1;
    while (start <= length) {
      let nl = text.indexOf('\n', start);
      if (nl < 0) nl = length;
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let content = start;
      while (content < end && text.charCodeAt(content) === 32) content++;
      if (content < end && text.charCodeAt(content) !== 35) {
        if (content === start && (text.startsWith('---', start) || text.startsWith('...', start) || text.charCodeAt(start) === 37)) {
          // A document start marker alone on the first significant line, as Ruby's Psych, `yq` and many people
          // write it, begins the one document; any other marker or directive is left to the full parser.
          if (this.next !== 0 || this.startMarker || !isStartMarker(text, start, end)) break;
          this.startMarker = true;
          start = nl + 1;
          continue;
        }
        this.start = start;
        this.content = content;
        this.end = end;
        this.next = nl + 1;
        return;
      }
      start = nl + 1;
    }
    this.declined = start <= length;
    this.eof = true;
  }

  /** The indentation of the current line (its first content column, 0-based). */
  indent(): number {
    return this.content - this.start;
  }

  /** True when the current line is a sequence item ("-" then a space or the line's end) starting at `at`. */
  isSeqItem(at: number): boolean {
    return this.text.charCodeAt(at) === 45 /* - */ && (at + 1 >= this.end || this.text.charCodeAt(at + 1) === 32);
  }
}

/** `---` at `start`, then only spaces and perhaps a comment before the line's `end`. */
function isStartMarker(text: string, start: number, end: number): boolean {
  if (!text.startsWith('---', start)) return false;
  let i = start + 3;
  if (i < end && text.charCodeAt(i) !== 32) return false;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i === end || text.charCodeAt(i) === 35;
}
