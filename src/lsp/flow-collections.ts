// Reading YAML flow collections (`{…}`, `[…]`) while the user types, over the lines they span: where the ones around
// the cursor open, the keys a flow mapping has, and the innermost collection the cursor is in. Quoted scalars end
// where YAML ends them (quoted-scalar.ts), so a bracket, a brace or a ` #` in a title with an escaped quote is text.
import { closingQuote } from './quoted-scalar.js';
import type { TextIndex } from './text-index.js';

/** Lines read above the cursor for the start of a flow collection, and below a flow mapping's `{` for its keys. */
const FLOW_LINES = 200;

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

/**
 * A flow mapping's keys, from its `{` at column `open` of `line` to its `}`, over the lines it spans (tester round 13
 * #8: `id` and `date` on the lines above were offered again); one not closed yet (mid-typing) ends where a line is no
 * more indented than the `{`'s line.
 */
export function flowKeys(index: TextIndex, line: number, open: number): Map<string, string> {
  const keys = new Map<string, string>();
  let depth = 0;
  /** The quote of a quoted scalar that runs on to the next line, else ''. */
  let quote: '' | '"' | "'" = '';
  let token = '';
  let key: string | undefined;
  const end = (): void => {
    if (key !== undefined) keys.set(key, token.trim());
    key = undefined;
    token = '';
  };
  const lead = /^\s*/.exec(index.lineText(line))![0].length;
  for (let l = line; l < index.lineCount && l <= line + FLOW_LINES; l++) {
    const text = index.lineText(l);
    if (l > line && quote === '' && !/^\s*(#|$)/.test(text) && /^\s*/.exec(text)![0].length <= lead) break;
    let i = l === line ? open + 1 : 0;
    // The quoted scalar read from `from` on, into the token: the index of its closing quote, or -1 when it runs on.
    const quoted = (from: number, q: '"' | "'"): number => {
      const close = closingQuote(text, from, q);
      token += text.slice(from, close < 0 ? text.length : close + 1);
      quote = close < 0 ? q : '';
      return close;
    };
    if (quote !== '') {
      const close = quoted(i, quote);
      i = close < 0 ? text.length : close + 1;
    }
    for (; i < text.length; i++) {
      const c = text[i]!;
      // A quote opens a quoted scalar only where one starts (`title: Don't` is plain).
      if ((c === '"' || c === "'") && /(^|[[{,:])\s*$/.test(token)) {
        token += c;
        const close = quoted(i + 1, c);
        i = close < 0 ? text.length : close;
        continue;
      }
      if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) break;
      else if (c === '[' || c === '{') depth++;
      else if ((c === ']' || c === '}') && depth > 0) depth--;
      else if (depth === 0 && c === '}') {
        end();
        return keys;
      } else if (depth === 0 && c === ',') {
        end();
        continue;
      } else if (depth === 0 && key === undefined && c === ':' && (i + 1 >= text.length || /[\s,\]}[{]/.test(text[i + 1]!))) {
        key = token.trim().replace(/^(["'])(.*)\1$/, '$2');
        token = '';
        continue;
      }
      token += c;
    }
    // A line break is a space inside the mapping.
    token += ' ';
  }
  end();
  return keys;
}

/**
 * The innermost unclosed flow collection before the cursor (from flowStart's line): the keys of the collections it sits in,
 * and the key whose value the cursor is in (a flow mapping's key, or the key that owns a flow sequence). `holder` is
 * the column of the flow mapping that has the last of `keys`, 'line' when that key is written before the line's first
 * flow mapping (`after: [`, block style), undefined when `keys` is empty.
 */
export function flowContext(before: string): { keys: string[]; key: string | undefined; open: number | undefined; holder: number | 'line' | undefined } | undefined {
  const stack: { kind: '[' | '{'; key: string | undefined; at: number }[] = [];
  let lastKey: string | undefined;
  let token = '';
  for (let i = 0; i < before.length; i++) {
    const c = before[i]!;
    // A quote opens a quoted scalar only where one starts (`title: Don't, |` is plain: a quote would run on); one
    // that runs on to the cursor holds it.
    if ((c === '"' || c === "'") && /^\s*([-?]\s+)?$/.test(token)) {
      i = closingQuote(before, i + 1, c);
      if (i < 0) break;
    } else if (c === '#' && (i === 0 || /\s/.test(before[i - 1]!))) {
      // A comment ends at its line: the text may run over several (a flow collection spread over lines).
      const nl = before.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
    } else if (c === '[' || c === '{') {
      stack.push({ kind: c, key: lastKey, at: i });
      lastKey = undefined;
      token = '';
    } else if (c === ']' || c === '}') {
      stack.pop();
      lastKey = undefined;
      token = '';
    } else if (c === ':' && (i + 1 >= before.length || /[\s,\]}[{]/.test(before[i + 1]!))) {
      lastKey = token.trim().replace(/^-\s*/, '');
      token = '';
    } else if (c === ',') {
      lastKey = undefined;
      token = '';
    } else token += c;
  }
  if (stack.length === 0) return undefined;
  const top = stack[stack.length - 1]!;
  const keys = stack.slice(0, -1).filter((s) => s.key !== undefined).map((s) => s.key!);
  // The innermost flow mapping: the one the cursor is at a key of, or whose key's value (a sequence, say) it is in.
  const open = stack.findLast((s) => s.kind === '{')?.at;
  // The collection that the last of the keys owns; that key is in the flow mapping below it, if any.
  const owned = top.kind === '{' && top.key !== undefined ? stack.length - 1 : stack.slice(0, -1).findLastIndex((s) => s.key !== undefined);
  const holder = owned < 0 ? undefined : stack.slice(0, owned).findLast((s) => s.kind === '{')?.at ?? 'line';
  if (top.kind === '[') return { keys, key: top.key, open, holder };
  // In a flow mapping: after `key:` the cursor is in that key's value; else at one of the mapping's keys.
  return { keys: top.key !== undefined ? [...keys, top.key] : keys, key: lastKey, open, holder };
}
