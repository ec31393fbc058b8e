// Reading YAML flow collections (`{…}`, `[…]`) while the user types, over the lines they span: the keys a flow mapping
// has, and the innermost collection the cursor is in (where the ones around the cursor open: flow-start.ts). Quoted scalars end
// where YAML ends them (quoted-scalar.ts), so a bracket, a brace or a ` #` in a title with an escaped quote is text.
import { closingQuote, opensQuoted } from '../text/quoted-scalar.js';
import type { TextIndex } from './text-index.js';

/** Lines read above the cursor for the start of a flow collection, and below a flow mapping's `{` for its keys. */
export const FLOW_LINES = 200;

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
      if ((c === '"' || c === "'") && opensQuoted(token, token.length)) {
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
