// The outline of a YAML text that looksLikePlan (scope.ts) judges: its top-level keys, each with the keys one level
// below it, in block and flow style, over all its documents. Read from the text in one pass, as a document being typed
// may not parse: a flow collection or quoted scalar not closed yet ends at a line no more indented than the key or
// list item it is the value of (as flowKeys in flow-collections.ts has it).
import { FlowOutline } from './outline-flow.js';
import { closingQuote } from '../text/quoted-scalar.js';

/** Characters a plain scalar cannot start with: blanks and YAML's indicators. */
const NOT_PLAIN_START = /[\s#'"{}[\],&*!|>%@`]/;

/**
 * A key written as a plain scalar at `at`: up to its first `:` followed by a blank or the line's end (not one in a
 * comment), without the blanks before that `:`; `end` is the index after the `:`. Undefined when there is none. Read by
 * hand: a lazy `[^#]*?[ \t]*:` took seconds on a line with a long run of blanks and no such colon.
 */
function plainKeyAt(line: string, at: number): { key: string; end: number } | undefined {
  if (at >= line.length || NOT_PLAIN_START.test(line[at]!)) return undefined;
  for (let c = at + 1; c < line.length; c++) {
    const ch = line[c];
    if (ch === '#') return undefined;
    if (ch === ':' && (c + 1 === line.length || line[c + 1] === ' ' || line[c + 1] === '\t')) {
      let keyEnd = c;
      while (keyEnd > at + 1 && (line[keyEnd - 1] === ' ' || line[keyEnd - 1] === '\t')) keyEnd--;
      return { key: line.slice(at, keyEnd), end: c + 1 };
    }
  }
  return undefined;
}
/** An anchor or a tag before a node (`&m `, `!!str `). */
const PROPERTIES = /(?:[&!][^\s]*[ \t]+)*/y;

/** The index of the first character at or after `at` that is no space or tab. */
function blanksEnd(line: string, at: number): number {
  let i = at;
  while (line[i] === ' ' || line[i] === '\t') i++;
  return i;
}

/** The index after the anchor and tag (`&m !!map `) at `at`, if any. */
function propertiesEnd(line: string, at: number): number {
  if (line[at] !== '&' && line[at] !== '!') return at;
  PROPERTIES.lastIndex = at;
  return at + PROPERTIES.exec(line)![0].length;
}

/**
 * Reads the outline of `text` in order: `visit(top, undefined)` at each top-level key, `visit(top, key)` at each key
 * one level below it (of its mapping, or of the mappings in its list). Reading stops when `visit` returns true (the
 * caller knows enough: a plan's header says it is one); returns whether it stopped. Linear in the text read.
 */
export function visitOutline(text: string, visit: (top: string, key: string | undefined) => boolean): boolean {
  let top: string | undefined;
  let stopped = false;
  const record = (key: string, depth: number): void => {
    if (depth === 0) top = key;
    if (depth === 0 || (depth === 1 && top !== undefined)) stopped ||= visit(top!, depth === 0 ? undefined : key);
  };
  /** The columns of the block keys that hold the line being read, outermost first. */
  let cols: number[] = [];
  /** The flow collections open, read by a piece of their own (outline-flow.ts). */
  const flows = new FlowOutline((key, depth) => {
    record(key, depth);
    return stopped;
  });
  /** The quote of a quoted scalar running on to the next line, and the indentation a line needs to go on with it. */
  let quote: '' | '"' | "'" = '';
  let quoteLead = -1;
  /** The lines more indented than this are a block scalar's (`|`, `>`); -1 when none is being read. */
  let scalarAbove = -1;

  /** Opens a flow collection at `at` (its `{` or `[`), its keys at `base`, going on while lines are indented past `lead`. */
  const openFlow = (line: string, at: number, base: number, lead: number): void => {
    quote = flows.start(line, at, base, lead);
    quoteLead = flows.lead;
  };

  /**
   * Reads a node of block context at `at`: a key and what follows it, a flow collection, or a scalar. `item` is the
   * column of the dash when the node is a list item's, else -1.
   */
  const readNode = (line: string, at: number, item: number): void => {
    const p = propertiesEnd(line, at);
    while (cols.length > 0 && cols[cols.length - 1]! >= p) cols.pop();
    const c = line[p];
    // A flow collection goes on over the lines indented past its list item's dash, or past the key that holds it.
    if (c === '{' || c === '[') return openFlow(line, p, cols.length, item >= 0 ? item : (cols[cols.length - 1] ?? -1));
    if (c === '|' || c === '>') {
      scalarAbove = item >= 0 ? item : (cols[cols.length - 1] ?? -1);
      return;
    }
    let key: string | undefined;
    let after = p;
    if (c === '"' || c === "'") {
      const close = closingQuote(line, p + 1, c);
      if (close < 0) {
        quote = c;
        quoteLead = item >= 0 ? item : p;
        return;
      }
      after = blanksEnd(line, close + 1);
      if (line[after] === ':' && (after + 1 >= line.length || /[ \t]/.test(line[after + 1]!))) {
        key = c === "'" ? line.slice(p + 1, close).replaceAll("''", "'") : line.slice(p + 1, close);
        after++;
      }
    } else {
      const plain = plainKeyAt(line, p);
      if (plain !== undefined) {
        key = plain.key;
        after = plain.end;
      }
    }
    if (key === undefined) return;
    record(key, cols.length);
    cols.push(p);
    const value = blanksEnd(line, after);
    if (value < line.length && line[value] !== '#') readValue(line, value, p);
  };

  /** Reads the value after a block key at column `keyAt`: a flow collection, a block scalar, a quoted scalar running on. */
  const readValue = (line: string, at: number, keyAt: number): void => {
    const p = propertiesEnd(line, at);
    const c = line[p];
    // The flow collection goes on over the lines indented past its line (`  - {id: A, after: [` has its dash's).
    if (c === '{' || c === '[') openFlow(line, p, cols.length, blanksEnd(line, 0));
    else if (c === '|' || c === '>') scalarAbove = keyAt;
    else if ((c === '"' || c === "'") && closingQuote(line, p + 1, c) < 0) {
      quote = c;
      quoteLead = keyAt;
    }
  };

  // Line by line, without splitting the whole text: a reader that stops early has read its first lines only.
  for (let next = 0; next <= text.length; ) {
    const start = next;
    const br = text.indexOf('\n', start);
    const end = br < 0 ? text.length : br;
    next = end + 1;
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (start === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    const lead = blanksEnd(line, 0);
    const empty = lead === line.length;
    if ((line[0] === '-' || line[0] === '.') && /^(---|\.\.\.)([ \t]|$)/.test(line)) {
      // A new document: nothing of the one before is open.
      cols = [];
      flows.end();
      quote = '';
      scalarAbove = -1;
      const rest = blanksEnd(line, 3);
      if (line.startsWith('---') && rest < line.length && line[rest] !== '#') readNode(line, rest, -1);
      if (stopped) return true;
      continue;
    }
    let from = 0;
    /** Whether the line goes on with what needs lines indented past `need` (a quoted scalar, a flow collection). */
    const goesOn = (need: number): boolean => empty || need < 0 || lead > need;
    // A quoted scalar not closed yet (mid-typing) ends where the block goes on, and so does a flow collection it is in.
    if (quote !== '' && !goesOn(quoteLead)) {
      quote = '';
      flows.end();
    }
    if (quote !== '') {
      const close = closingQuote(line, 0, quote);
      if (close < 0) continue;
      quote = '';
      if (!flows.isOpen) continue;
      from = close + 1;
    } else if (scalarAbove >= 0) {
      if (empty || lead > scalarAbove) continue;
      scalarAbove = -1;
    } else if (flows.isOpen && !goesOn(flows.lead) && line[lead] !== '#' && line[lead] !== '}' && line[lead] !== ']') {
      // A flow collection not closed yet (mid-typing) ends where the block it is in goes on.
      flows.end();
    }
    if (flows.isOpen) {
      quote = flows.read(line, from);
      quoteLead = flows.lead;
      if (stopped) return true;
      continue;
    }
    if (empty || line[lead] === '#' || (lead === 0 && line[0] === '%')) continue;
    // List items' dashes (`- `, `- - `) start the node after them.
    let at = lead;
    while (line[at] === '-' && (at + 1 === line.length || line[at + 1] === ' ' || line[at + 1] === '\t')) at = blanksEnd(line, at + 1);
    if (at < line.length) readNode(line, at, at === lead ? -1 : lead);
    if (stopped) return true;
  }
  return false;
}
