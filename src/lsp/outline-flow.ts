// The flow collections (`{…}`, `[…]`) of a YAML outline being read (yaml-outline.ts), over the lines they span: the
// keys of their mappings, each at its depth below the top-level key, and a quoted scalar that runs on to a next line.
import { closingQuote } from '../text/quoted-scalar.js';

/** The characters that may start, end or divide something in a flow collection. */
const FLOW_MARK = /["'#{}[\],:]/g;
/** Where a quoted scalar may open in a flow collection: nothing of the entry before it but its anchor or tag. */
const BEFORE_QUOTE = /^[ \t]*(?:[&!][^\s]*[ \t]+)*$/;

export class FlowOutline {
  /** The flow collections open, innermost last; empty in block context. */
  private open: ('{' | '[')[] = [];
  /** The indentation a line needs to go on with the open flow collection; -1 when any line does (a flow document). */
  lead = -1;
  /** The depth of the keys of the outermost open flow mapping. */
  private base = 0;
  /** The text of the flow scalar being read, and whether its entry has a key already. */
  private token = '';
  private keyed = false;

  /** `record` is given each key and its depth, and says whether reading stops there. */
  constructor(private readonly record: (key: string, depth: number) => boolean) {}

  /** Whether a flow collection is open: the next line goes on with it. */
  get isOpen(): boolean {
    return this.open.length > 0;
  }

  /** Ends the collections open (a new document, or the block going on while one is not closed yet: mid-typing). */
  end(): void {
    this.open = [];
  }

  /**
   * Opens a flow collection at `at` (its `{` or `[`), its keys at `base`, going on while lines are indented past `lead`,
   * and reads on as `read` does.
   */
  start(line: string, at: number, base: number, lead: number): '' | '"' | "'" {
    this.open = [];
    this.base = base;
    this.lead = lead;
    this.token = '';
    this.keyed = false;
    return this.read(line, at);
  }

  /**
   * Reads a flow collection's text from `from` on; the rest of the line after it closes is a comment at most. Returns
   * the quote of a quoted scalar running on to the next line, else ''.
   */
  read(line: string, from: number): '' | '"' | "'" {
    const open = this.open;
    for (let i = from; i < line.length; i++) {
      // The text up to the next character that may matter is the token's, in one piece.
      FLOW_MARK.lastIndex = i;
      const at = FLOW_MARK.exec(line)?.index ?? line.length;
      this.token += line.slice(i, at);
      i = at;
      if (i === line.length) break;
      const c = line[i]!;
      if ((c === '"' || c === "'") && BEFORE_QUOTE.test(this.token)) {
        const close = closingQuote(line, i + 1, c);
        if (close < 0) {
          this.keyed = true;
          return c;
        }
        this.token = c === "'" ? line.slice(i + 1, close).replaceAll("''", "'") : line.slice(i + 1, close);
        i = close;
      } else if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return '';
      else if (c === '{' || c === '[') {
        open.push(c);
        this.token = '';
        this.keyed = false;
      } else if (c === '}' || c === ']') {
        open.pop();
        this.token = '';
        this.keyed = true;
        if (open.length === 0) return '';
      } else if (c === ',') {
        this.token = '';
        this.keyed = false;
      } else if (c === ':' && !this.keyed && open[open.length - 1] === '{' && (i + 1 >= line.length || /[\s,[\]{}]/.test(line[i + 1]!))) {
        if (this.record(this.token.trim(), this.base + open.filter((f) => f === '{').length - 1)) return '';
        this.token = '';
        this.keyed = true;
      } else this.token += c;
    }
    this.token += ' ';
    return '';
  }
}
