// The extent of the YAML token (scalar, flow collection or key) that starts at an offset of a document's text, for
// the spans of findings and edits (text-index.ts): quotes, flow brackets and comments read from the text alone.
import { closingQuote } from '../text/quoted-scalar.js';

/**
 * Where the YAML token starting at `start` ends (`flowFrom`: the start of the line its line continues, where a flow
 * collection it is in may open): a quoted scalar at its
 * closing quote or its line's end, a flow collection at its matching bracket (on any line), a plain scalar before
 * ` #`, the line end, or, inside a flow collection, `,]}`; a key before its `:`. Never less than start + 1 unless the text ends there (an empty value gets a 1-wide span).
 */
export function tokenEnd(text: string, start: number, flowFrom: number, scan: FlowScan = new FlowScan()): number {
  const c = text[start];
  if (c === undefined || c === '\n' || c === '\r') return start;
  if (c === '"' || c === "'") {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\n' || text[i] === '\r') return i;
      if (c === '"' && text[i] === '\\') i++;
      else if (text[i] === c) {
        if (c === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return text.length;
  }
  if (c === '[' || c === '{') return flowEnd(text, start);
  const flow = scan.inside(text, flowFrom, start);
  let i = start;
  for (; i < text.length; i++) {
    const d = text[i]!;
    if (d === '\n' || d === '\r') break;
    if (d === '#' && /\s/.test(text[i - 1] ?? '')) break;
    if (flow && (d === ',' || d === ']' || d === '}')) break;
    if (d === ':' && (i + 1 >= text.length || /[\s,\]}]/.test(text[i + 1]!))) break;
  }
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return Math.max(i, start + 1 <= text.length && i === start ? start + 1 : i);
}

/**
 * Where the flow collection that opens at `start` ends: past its matching bracket, the text's end when it runs on. A
 * bracket in a quoted scalar or a comment is none (`dat: {a: "}"}` ended at the quoted `}`, and the "Remove" fix for
 * the key left `"}}` behind: no YAML).
 */
function flowEnd(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const d = text[i]!;
    if ((d === '"' || d === "'") && opensNode(text, i)) {
      const close = closingQuote(text, i + 1, d);
      if (close < 0) return text.length;
      i = close;
    } else if (d === '#' && /\s/.test(text[i - 1] ?? '')) {
      while (i + 1 < text.length && text[i + 1] !== '\n' && text[i + 1] !== '\r') i++;
    } else if (d === '[' || d === '{') depth++;
    else if (d === ']' || d === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return text.length;
}

/** Whether a node may start at `at` in a flow collection: after `[{,:?` and blanks or line breaks (`title: Don't` is plain). */
function opensNode(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && /\s/.test(text[k]!)) k--;
  return k < 0 || '[{,:?'.includes(text[k]!);
}

/**
 * Whether an offset lies inside a flow collection opened from `from` on (its line's start, or that of the line its
 * line continues: tester round 35 N1, where a value starting a continuation line was taken for a block value and its
 * fixes ran on to the line's end). Quotes and comments aside. The scan resumes where the last question about the same
 * text and `from` stopped, when the offset is not before it: a finding's span is asked for in the order of the
 * findings, and 10,000 entries of one flow list each scanned their line from its start (tester round 83 F12: 4 s to
 * the language server's first diagnostics).
 */
export class FlowScan {
  private text = '';
  private from = -1;
  private at = -1;
  private depth = 0;
  private quote = '';
  /** Inside a double-quoted scalar, just after its backslash: the next character is escaped. */
  private escaped = false;
  private comment = false;
  /** The last character outside quotes and comments that is not a blank or line break ('' at `from`, and after a break). */
  private last = '';

  /** Whether `offset` lies inside a flow collection of `text` opened from `from` on. */
  inside(text: string, from: number, offset: number): boolean {
    if (text !== this.text || from !== this.from || offset < this.at) {
      this.text = text;
      this.from = this.at = from;
      this.depth = 0;
      this.quote = '';
      this.escaped = false;
      this.comment = false;
      this.last = '';
    }
    let { depth, quote, escaped, comment, last } = this;
    let i = this.at;
    for (; i < offset; i++) {
      const d = text[i]!;
      if (comment) {
        comment = d !== '\n' && d !== '\r';
        continue;
      }
      if (quote !== '') {
        // `"x\"]"` is one scalar: its `\"` no end, its `]` no bracket (tester round 86 F3); nor `''` in `'it''s'`.
        if (escaped) escaped = false;
        else if (d === '\\' && quote === '"') escaped = true;
        else if (d === "'" && quote === "'" && text[i + 1] === "'") i++;
        else if (d === quote) {
          quote = '';
          last = d;
        }
        continue;
      }
      if (d === ' ' || d === '\t') continue;
      if (d === '\n' || d === '\r') {
        last = '';
        continue;
      }
      // A quote opens a scalar only where a node may start (`title: Don't` is plain), as flowEnd reads it.
      if ((d === '"' || d === "'") && (last === '' || '[{,:?-'.includes(last))) quote = d;
      else if (d === '#' && (i === 0 || /\s/.test(text[i - 1]!))) comment = true;
      else if (d === '[' || d === '{') depth++;
      else if (d === ']' || d === '}') depth--;
      last = d;
    }
    // `''` read as one quote may take the scan one past the offset: resume after it, not between the two (a resumed
    // scan read the second `'` as the scalar's end).
    this.at = i;
    this.depth = depth;
    this.quote = quote;
    this.escaped = escaped;
    this.comment = comment;
    this.last = last;
    return depth > 0;
  }
}
