// Where the flow collections around the cursor open (completion context, SPEC §14): read down from the nearest line
// at column 0, so that a quoted scalar written over lines above the cursor is text, not structure.
import { closingQuote } from '../text/quoted-scalar.js';
import type { TextIndex } from './text-index.js';
import { FLOW_LINES } from './flow-collections.js';

/** Whether a line is at block level at its start: at column 0, or a block list item (neither continues a flow collection). */
const BLOCK_LEVEL = /^(\S|\s*-(\s|$))/;

/** Where the flow collections around the cursor open, read by flowStart. */
export interface FlowStart {
  /** The line the outermost of them opens on; the cursor's line when none opens above it. */
  readonly line: number;
  /**
   * Whether the cursor is in the text of a quoted scalar written over lines above it, or after its end on the line it
   * ends on, outside any flow collection (where YAML has nothing but a comment): no place for a key or a value.
   */
  readonly isText: boolean;
}

/** A `{` or `[` read: its line, that line's indentation, and whether a line below it is indented no more (left open). */
type Opener = { readonly line: number; readonly lead: number; isLeft: boolean };

/**
 * The line where the flow collections around the cursor open: one above when a collection opened there is not closed
 * before the cursor (`- {id: A,` and then `   title: A, |`), else the cursor's line. An opener counts only when the
 * lines from it down to the cursor are indented more than its line, as YAML has a collection's continuation lines;
 * a line at block level ends every collection above it. Read down from the nearest line above at column 0, so that a
 * quoted scalar is read from its opening quote: its text over several lines (a title `"Fase [1,` and `del] 2"`) is
 * no structure, and a line it runs on to is no list item and does not end a collection by its indentation. A quoted
 * scalar not closed yet (mid-typing) ends at a line no more indented than its key's line or the line its flow
 * collection opens on, as YAML needs a scalar's continuation lines indented past them (yaml-outline.ts reads it so).
 */
export function flowStart(index: TextIndex, line: number, before: string): FlowStart {
  let from = line;
  while (from > 0 && from > line - FLOW_LINES && !/^[^\s#]/.test(index.lineText(from))) from--;
  const open: Opener[] = [];
  /** The quote of a quoted scalar running on past the line read, its line, and the indentation a line needs to go on with it. */
  let quote: '' | '"' | "'" = '';
  let quoteLine = -1;
  let quoteLead = -1;
  let isTextLine = false;
  for (let l = from; l <= line; l++) {
    const full = index.lineText(l);
    const text = l === line ? before : full;
    const isBlank = /^\s*$/.test(full);
    // On a blank cursor line, the cursor's column is its indentation.
    const lead = isBlank && l === line ? before.length : /^\s*/.exec(full)![0].length;
    let i = 0;
    if (quote !== '' && !isBlank && lead <= quoteLead) quote = '';
    isTextLine = quote !== '';
    if (quote !== '') {
      i = closingQuote(text, 0, quote);
      if (i < 0) continue;
      quote = '';
      i++;
    } else {
      if (l < line && (isBlank || /^\s*#/.test(full))) continue;
      if (BLOCK_LEVEL.test(full)) open.length = 0;
      for (const o of open) o.isLeft ||= lead <= o.lead;
    }
    // A quote opens a scalar only where one starts (`title: Don't` is plain).
    let fresh = i === 0;
    for (; i < text.length; i++) {
      const c = text[i]!;
      if ((c === '"' || c === "'") && fresh) {
        const close = closingQuote(text, i + 1, c);
        if (close < 0) {
          quote = c;
          quoteLine = l;
          quoteLead = open.reduce((least, o) => (o.isLeft ? least : Math.min(least, o.lead)), lead);
          break;
        }
        i = close;
        fresh = false;
        continue;
      }
      if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
      if (c === '{' || c === '[') open.push({ line: l, lead: l === line ? -1 : lead, isLeft: false });
      else if ((c === '}' || c === ']') && open.length > 0) open.pop();
      if (!/\s/.test(c)) fresh = '{}[],:-?'.includes(c);
    }
  }
  const outer = open.find((o) => !o.isLeft);
  const isText = (quote !== '' && quoteLine < line) || (isTextLine && (outer === undefined || outer.line === line));
  return { line: outer?.line ?? line, isText };
}
