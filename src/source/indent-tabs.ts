// Tabs in indentation, found by one scan of the lines before any parse (YAML 1.2 §6.1: indentation is spaces only).
//
// The yaml parser stops understanding the structure at a tab-indented line, so every line after it was an error in
// the parser's words: one tab in a file of 1,000 milestones gave 935 findings (tester round 44 F3). Blanking the
// line and parsing again (once per tab found) still lost the structure when the tab line started an entry or a
// block, invented repeated keys in the entry before it, and cost a whole parse per round, up to 9 s for one tab in
// 30,000 milestones (tester round 45 F1–F4). Here each such line is found in one pass and read with the spaces its
// neighbours show it was meant to have, so the text is parsed once, the lines after it read as written, and every
// tab line has one finding.
//
// The scan follows only what decides whether leading whitespace is indentation: block scalar content (where a tab
// after the block's indentation is text), quoted and flow scalars that go on over lines (where a tab after enough
// spaces separates), and plain scalars that go on over lines. It flags a line only where the yaml library refuses a
// tab (test/source/indent-tabs.test.ts holds the two to that on generated plans); a tab it leaves is the parser's
// to report, as before.
import { MAX_BLOCK_COLUMN } from './flow-depth.js';

/**
 * A tab where YAML allows only spaces: in a line's indentation (`indent`), on a line otherwise blank inside a block
 * scalar (`blank`), or between a list entry's `-` and its first key (`after-dash`, `-\tid: A`). Offsets are UTF-16
 * offsets in the text scanned.
 */
export interface IndentTab {
  readonly kind: 'indent' | 'blank' | 'after-dash';
  /** 1-based line. */
  readonly line: number;
  /** Offset of the line's start, and of the tab. */
  readonly start: number;
  readonly tab: number;
  /** The run of blanks (spaces and tabs) that holds the tab, as offsets [from, to). */
  readonly from: number;
  readonly to: number;
  /** The spaces the run is read with instead: the indentation its neighbours show was meant (0 for a blank line). */
  readonly spaces: number;
  /** The top-level entry the line belongs to: its list's key (`plan` for the plan header) and its `id`, when it has one. */
  readonly list: string | null;
  readonly id: string | null;
}

/** What a line that holds a key or a list entry is, as far as indentation goes. */
interface Structure {
  /** Index of the line (0-based). */
  readonly index: number;
  /** Column of its first character (0-based): the dash of a list entry. */
  readonly indent: number;
  /** Column its own content is indented to: a key's column; for `- key:` the key's; for `- text` the dash's. */
  readonly own: number;
  /** A list entry (`- …`), and the column of its innermost dash (`- - a`: the second). */
  readonly dash: boolean;
  readonly dashAt: number;
  /** A list entry that is a mapping (`- key: …`, `- {…}`). */
  readonly mapItem: boolean;
  /** Its value is on the following lines (`key:`, `-`, `- key:`): a child comes next. */
  readonly opens: boolean;
  /** Its value is a block scalar (`key: |`): the explicit indentation indicator, 0 for none, else -1. */
  readonly block: number;
  /** The key it writes (for `- key: v`, that key), else null; its value as written, trimmed. */
  readonly key: string | null;
  readonly value: string;
}

/** A character a plain key cannot start with: a blank or an indicator (YAML 1.2 §7.3.3, c-indicator). */
const NOT_PLAIN_START = /[\s#'"[\]{},&!*|>%@`]/;
const QUOTED_KEY = /^("(?:[^"\\]|\\.)*"|'(?:[^']|'')*')[ \t]*:(?:[ \t]|$)/;
const BLOCK_HEADER = /^[|>]([1-9]?)[+-]?([1-9]?)[ \t]*(?:#.*)?$/;
/**
 * The keys of a plan file's top level (SPEC §1: the plan header and the entity lists, and the Norwegian names the
 * schema recognises for them): a tab-indented one that opens a block is meant at column 0.
 */
const TOP_LEVEL_KEYS: ReadonlyMap<string, string> = new Map([
  ...['plan', 'milestones', 'goals', 'measures', 'bodies', 'meetings', 'gates', 'risks'].map((k): [string, string] => [k, k]),
  ['milepæler', 'milestones'], ['milepaeler', 'milestones'], ['mål', 'goals'], ['maal', 'goals'], ['tiltak', 'measures'],
  ['organer', 'bodies'], ['styringsorganer', 'bodies'], ['møter', 'meetings'], ['moter', 'meetings'],
  ['beslutningspunkter', 'gates'], ['risikoer', 'risks'],
]);

/** Text before a value that does not change how it is read: an anchor, a tag. */
const PROPERTIES = /^(?:[&!][^\s]*(?:[ \t]+|$))+/;

/** Does any line's leading whitespace, or the blanks after a line's leading dashes, hold a tab? The cheap test before the scan. */
export function mayHaveIndentTabs(text: string): boolean {
  return /(?:^|[\n\r])[ ]*(?:-[ ]*)*\t/.test(text);
}

/**
 * The tab-indented lines of `text` (lone CRs already read as LF: source/line-breaks.ts), in order, each with the
 * spaces it is read with instead (IndentTab.spaces) and the entry it belongs to. Empty when there is none.
 * Source of the rule: YAML 1.2 §6.1 (indentation spaces), §6.5/§7.3 (a tab may separate after the indentation in
 * flow and quoted scalars), §8.1.1.1 (block scalar indentation), as the yaml library applies them.
 */
export function findIndentTabs(text: string): IndentTab[] {
  if (!mayHaveIndentTabs(text)) return [];
  const lines = readLines(text);
  const found: Found[] = [];
  const push = (index: number, kind: IndentTab['kind'], from: number, to: number, spaces: number, tab: number): void => {
    found.push({ index, kind, from, to, spaces, tab, entry: entryOf(stack), header: stack[0] });
  };
  const structures: (Structure | undefined)[] = new Array<Structure | undefined>(lines.length);
  const stack: Structure[] = [];
  let last: Structure | undefined;
  /** Inside a block scalar of the structure `last`: its content's indentation once known (-1 until its first line). */
  let blockIndent: number | undefined;
  /** Inside a quoted or flow scalar that goes on over lines: what is open, and the column it must stay right of. */
  let open: OpenScalar | undefined;
  const nextClean = nextCleanLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (blockIndent !== undefined && last !== undefined) {
      const n = last.own;
      if (l.empty) {
        // A line of blanks with a tab short of the block's indentation, which the yaml library refuses (round 46 F4).
        if (l.tab >= 0 && l.spaces < (blockIndent > 0 ? blockIndent : n + 1)) push(i, 'blank', 0, l.width, 0, l.tab);
        continue;
      }
      if (blockIndent > 0 ? l.spaces >= blockIndent : l.spaces > n) {
        if (blockIndent < 0) blockIndent = l.spaces;
        continue;
      }
      if (blockIndent < 0 && l.tab >= 0) {
        // The block's first line, indented with a tab: meant as its content (tester round 45 F1), a `#` too (round 46 F4).
        const indent = blockContentIndent(lines, i + 1, n) ?? n + 2;
        push(i, 'indent', 0, l.width, indent, l.tab);
        blockIndent = indent;
        continue;
      }
      if (blockIndent > 0 && l.tab >= 0 && blockGoesOn(lines, i + 1, blockIndent)) {
        // A tab-indented line with block text after it, a `## heading` too: meant as the block's (round 47 F1).
        push(i, 'indent', 0, l.width, blockIndent, l.tab);
        continue;
      }
      blockIndent = undefined;
      // The comment that ends a block scalar is indented with spaces only (YAML 1.2 l-trail-comments; round 46 F4).
      if (l.comment && l.tab >= 0) {
        push(i, 'indent', 0, l.width, n, l.tab);
        continue;
      }
    }
    if (open !== undefined) {
      // A line that goes on must stay right of the key; one that only closes the flow may stand under it.
      const limit = /^[\]}]/.test(l.content) ? open.own - 1 : open.own;
      // Inside quotes a `#` is text, and a line of blanks is folded text too (a flow collection takes both as blanks).
      const text = open.quote !== 0 ? !l.empty : !l.emptyOrComment;
      if (l.tab >= 0 && l.spaces <= limit && text) push(i, 'indent', 0, l.width, open.own + 2, l.tab);
      else if (l.tab >= 0 && l.empty && open.quote !== 0 && l.spaces <= open.own) push(i, 'blank', 0, l.width, 0, l.tab);
      open = scanOpen(l.content, 0, open);
      continue;
    }
    if (l.emptyOrComment) {
      // A line of blanks inside a plain scalar that goes on below it is folded text: a tab short of its key is refused.
      if (l.empty && l.tab >= 0 && last !== undefined && l.spaces <= last.own && plainGoesOn(last, lines, i + 1)) push(i, 'blank', 0, l.width, 0, l.tab);
      continue;
    }
    // Nesting this deep is refused before any parse (flow-depth.ts); the open structures stay that few.
    if (l.spaces > MAX_BLOCK_COLUMN) return [];
    let indent = l.spaces;
    if (l.tab >= 0) {
      const shape = readStructure(l.content, 0, i);
      const flag = last === undefined ? shape !== undefined : l.spaces <= last.own || (last.opens && shape !== undefined);
      if (!flag) continue;
      indent = meantIndent(shape, last, stack, lines, nextClean[i]!);
      push(i, 'indent', 0, l.width, indent, l.tab);
    } else if (last !== undefined && !last.opens && indent > last.own) {
      continue; // a plain scalar going on over lines
    }
    // `-\tid: A`: the blanks between a dash and a key indent the entry's keys, spaces only (yaml refuses the tab; a
    // tab before a scalar, a flow collection or nothing is a separator it accepts: tester round 46 F3).
    const dash = tabAfterDash(l.content);
    let content = l.content;
    if (dash !== undefined) {
      const next = nextClean[i]!;
      const below = next >= 0 ? lines[next]! : undefined;
      const keyColumn = below !== undefined && below.tab < 0 && !/^-(?:[ \t]|$)/.test(below.content) && below.spaces > indent + dash.from - 1 ? below.spaces : indent + dash.from + 1;
      const spaces = Math.max(1, keyColumn - indent - dash.from);
      push(i, 'after-dash', l.width + dash.from, l.width + dash.to, spaces, l.width + dash.tab);
      content = l.content.slice(0, dash.from) + ' '.repeat(spaces) + l.content.slice(dash.to);
    }
    const shape = readStructure(content, indent, i);
    if (shape === undefined) {
      // A value on a line of its own, such as a whole file written as JSON: a flow or quoted scalar it opens goes on.
      open = opening(l.content.replace(PROPERTIES, ''), last !== undefined && last.opens ? last.own : -1);
      continue;
    }
    popTo(stack, indent, shape.dash);
    stack.push(shape);
    structures[i] = shape;
    last = shape;
    // The entry a line of its own starts (`\t- id: M1`) is the one it belongs to.
    for (let f = found.length - 1; f >= 0 && found[f]!.index === i; f--) found[f] = { ...found[f]!, entry: entryOf(stack), header: stack[0] };
    blockIndent = shape.block >= 0 ? (shape.block > 0 ? shape.own + shape.block : -1) : undefined;
    open = opening(shape.value, shape.own);
  }
  const ids = new Map<number, string | null>();
  return found.map(({ index, kind, from, to, spaces, tab, entry, header }) => {
    const l = lines[index]!;
    const owner = entry ?? (header?.opens === true ? header : undefined);
    let id: string | null = null;
    if (owner !== undefined) {
      if (!ids.has(owner.index)) ids.set(owner.index, idOf(owner, lines, structures));
      id = ids.get(owner.index)!;
    }
    // A Norwegian list key names its entity as the English one does (`milepæler` → milestone: tester round 46 F5).
    const list = header?.key === null || header === undefined ? null : TOP_LEVEL_KEYS.get(header.key) ?? header.key;
    return { kind, line: index + 1, start: l.start, tab: l.start + tab, from: l.start + from, to: l.start + to, spaces, list, id };
  });
}

/**
 * `text` with each IndentTab's run of blanks replaced by its spaces: the same lines, so every other line keeps its
 * offsets' line and column; `column` maps a 1-based column of the result back to the text (a place in a replaced run
 * to its tab).
 */
export function expandIndentTabs(text: string, tabs: readonly IndentTab[]): { text: string; column: (line: number, column: number) => number } {
  const parts: string[] = [];
  let from = 0;
  const byLine = new Map<number, IndentTab[]>();
  for (const t of [...tabs].sort((a, b) => a.from - b.from)) {
    parts.push(text.slice(from, t.from), ' '.repeat(t.spaces));
    from = t.to;
    const list = byLine.get(t.line);
    if (list === undefined) byLine.set(t.line, [t]);
    else list.push(t);
  }
  parts.push(text.slice(from));
  const column = (line: number, col: number): number => {
    const runs = byLine.get(line);
    if (runs === undefined) return col;
    let shift = 0;
    for (const t of runs) {
      const at = t.from - t.start + shift; // the run's start in the result, 0-based
      if (col - 1 < at) break;
      if (col - 1 < at + t.spaces) return t.tab - t.start + 1;
      shift += t.spaces - (t.to - t.from);
    }
    return col - shift;
  };
  return { text: parts.join(''), column };
}

/** The tab-indented line as found, before its place among the lines is known. */
interface Found {
  readonly index: number;
  readonly kind: IndentTab['kind'];
  /** Offsets in the line: the run replaced, and the tab. */
  readonly from: number;
  readonly to: number;
  readonly spaces: number;
  readonly tab: number;
  readonly entry: Structure | undefined;
  readonly header: Structure | undefined;
}

/**
 * In a line's content after its indentation, the run of blanks after its (innermost) `-` when it holds a tab and a
 * key follows (`-\tid: A`): offsets [from, to) and the tab's; undefined otherwise.
 */
function tabAfterDash(content: string): { from: number; to: number; tab: number } | undefined {
  if (content.charCodeAt(0) !== 0x2d) return undefined;
  let k = 0;
  let run: { from: number; to: number; tab: number } | undefined;
  while (content.charCodeAt(k) === 0x2d && (content.charCodeAt(k + 1) === 0x20 || content.charCodeAt(k + 1) === 9)) {
    const from = k + 1;
    let tab = -1;
    for (k = from; content.charCodeAt(k) === 0x20 || content.charCodeAt(k) === 9; k++) if (tab < 0 && content.charCodeAt(k) === 9) tab = k;
    run = tab < 0 ? undefined : { from, to: k, tab };
    // Before a nested entry's dash (`-\t- a`) the blanks indent it: yaml refuses the tab (round 47 F2).
    const next = content.charCodeAt(k + 1);
    if (run !== undefined && content.charCodeAt(k) === 0x2d && (k + 1 === content.length || next === 0x20 || next === 9)) return run;
  }
  if (run === undefined || k >= content.length) return undefined;
  const rest = content.slice(k).replace(PROPERTIES, '');
  return QUOTED_KEY.test(rest) || plainKey(rest) !== null ? run : undefined;
}

interface Line {
  readonly start: number;
  /** Leading blanks (spaces and tabs), and the spaces before the first of them that is a tab (all of them when none). */
  readonly width: number;
  readonly spaces: number;
  /** Index of the first tab in the leading blanks, -1 for none. */
  readonly tab: number;
  /** The line after its leading blanks, without its line break. */
  readonly content: string;
  readonly empty: boolean;
  readonly comment: boolean;
  readonly emptyOrComment: boolean;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const lf = text.indexOf('\n', start);
    const end = lf < 0 ? text.length : lf;
    const bodyEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let k = start;
    let tab = -1;
    let spaces = -1;
    for (; k < bodyEnd; k++) {
      const c = text.charCodeAt(k);
      if (c === 9) {
        if (tab < 0) {
          tab = k - start;
          spaces = k - start;
        }
      } else if (c !== 32) {
        break;
      }
    }
    const content = text.slice(k, bodyEnd);
    const empty = content.length === 0;
    const comment = content.startsWith('#');
    lines.push({ start, width: k - start, spaces: spaces < 0 ? k - start : spaces, tab, content, empty, comment, emptyOrComment: empty || comment });
    if (lf < 0) break;
    start = lf + 1;
  }
  return lines;
}

/** Is `s`'s value a plain scalar that goes on over the next line with text from `from` on (indented right of its key)? */
function plainGoesOn(s: Structure, lines: readonly Line[], from: number): boolean {
  if (s.opens || s.block >= 0 || /^["'[{]/.test(s.value)) return false;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.empty) continue;
    return !l.comment && l.tab < 0 && l.spaces > s.own;
  }
  return false;
}

/**
 * Does the block scalar indented `indent` go on after line `from` - 1: is the next line with text (past empty lines and
 * lines indented short of it with a tab, which are themselves meant as the block's) indented as far?
 */
function blockGoesOn(lines: readonly Line[], from: number, indent: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.empty || (l.tab >= 0 && l.spaces < indent)) continue;
    return l.spaces >= indent;
  }
  return false;
}

/**
 * The indentation of a block scalar's content from line `from` on: the least of its lines indented right of `n` up to
 * the first that is not (its first line, which sets it, is the one that has a tab); undefined when there are none.
 */
function blockContentIndent(lines: readonly Line[], from: number, n: number): number | undefined {
  let least: number | undefined;
  for (let k = from; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.empty) continue;
    if (l.spaces <= n || l.tab >= 0) break;
    if (least === undefined || l.spaces < least) least = l.spaces;
  }
  return least;
}

/** For each line, the next line after it that is neither empty, a comment, nor tab-indented; -1 for none. */
function nextCleanLines(lines: readonly Line[]): Int32Array {
  const next = new Int32Array(lines.length);
  let clean = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    next[i] = clean;
    const l = lines[i]!;
    if (!l.emptyOrComment && l.tab < 0) clean = i;
  }
  return next;
}

/** The line's key or list entry at column `indent`; undefined for text that is neither (a plain scalar going on). */
function readStructure(content: string, indent: number, index: number): Structure | undefined {
  // `- - x`: the innermost entry decides; `-` followed by blanks, as YAML allows a tab there.
  let k = 0;
  let dash = false;
  let innermost = 0;
  while (content.charCodeAt(k) === 0x2d && (k + 1 === content.length || content.charCodeAt(k + 1) === 0x20 || content.charCodeAt(k + 1) === 9)) {
    dash = true;
    innermost = k;
    k++;
    while (content.charCodeAt(k) === 0x20 || content.charCodeAt(k) === 9) k++;
  }
  // An anchor or a tag before the key (`- &x id: A`, `- !!map`) is read past; the mapping starts where it does.
  const properties = PROPERTIES.exec(k === 0 ? content : content.slice(k))?.[0].length ?? 0;
  const rest = content.slice(k + properties);
  const col = indent + k;
  const dashCol = dash ? indent + innermost : -1;
  const key = QUOTED_KEY.exec(rest) ?? plainKey(rest);
  if (key === null && !dash) return undefined;
  const value = (key === null ? rest : rest.slice(key[0].length)).replace(PROPERTIES, '').trim();
  const noValue = value === '' || value.startsWith('#');
  const header = BLOCK_HEADER.exec(value);
  const explicit = header === null ? -1 : Number(header[1] || header[2] || 0);
  return {
    index,
    indent,
    own: key !== null ? col : dashCol,
    dash,
    dashAt: dashCol,
    mapItem: dash && (key !== null || rest.startsWith('{')),
    opens: noValue,
    block: explicit,
    key: key === null ? null : unquote(key[1]!),
    value: noValue ? '' : value,
  };
}

/**
 * A plain key at the start of `text` (`key: v`, `key:`), as an exec result: [all of it with its colon and the blank
 * after, the key]; null when there is none (a comment or no colon followed by a blank first). Found by one scan: a
 * regular expression with a lazy key before the blanks ahead of its colon retried the blanks from every character of
 * a long line (test/safety/no-lazy-before-blanks.test.ts).
 */
function plainKey(text: string): [string, string] | null {
  if (text.length === 0 || NOT_PLAIN_START.test(text.charAt(0))) return null;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const blankBefore = text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 9;
    if (c === 0x23 && blankBefore) return null;
    if (c !== 0x3a) continue;
    const after = text.charCodeAt(i + 1);
    if (i + 1 < text.length && after !== 0x20 && after !== 9) continue;
    return [text.slice(0, Math.min(i + 2, text.length)), text.slice(0, i).trimEnd()];
  }
  return null;
}

/** A quoted or flow scalar left open at a line's end, and the column its next lines must stay right of. */
interface OpenScalar {
  readonly own: number;
  readonly quote: number;
  readonly depth: number;
}

/** What a value leaves open at its line's end (a quoted or flow scalar), its next lines to stay right of `own`; or undefined. */
function opening(value: string, own: number): OpenScalar | undefined {
  const c = value.charCodeAt(0);
  if (c !== 0x22 && c !== 0x27 && c !== 0x5b && c !== 0x7b) return undefined;
  return scanOpen(value, 0, { own, quote: 0, depth: 0 }, true);
}

/**
 * Scans `text` from `from` on with `state` open; what is still open at its end, or undefined. With `first`, the text
 * is a value's start, so a quote or bracket there opens (a plain scalar's quote does not).
 */
function scanOpen(text: string, from: number, state: OpenScalar, first = false): OpenScalar | undefined {
  let { quote, depth } = state;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote === 0x22) {
      if (c === 0x5c) i++;
      else if (c === 0x22) quote = 0;
    } else if (quote === 0x27) {
      if (c === 0x27) {
        if (text.charCodeAt(i + 1) === 0x27) i++;
        else quote = 0;
      }
    } else if (depth === 0 && !first) {
      return undefined;
    } else if (c === 0x22 || c === 0x27) {
      const before = i === 0 ? 0x20 : text.charCodeAt(i - 1);
      if (i === 0 || before === 0x20 || before === 9 || before === 0x5b || before === 0x7b || before === 0x2c || before === 0x3a) quote = c;
    } else if (c === 0x5b || c === 0x7b) {
      depth++;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x23 && (i === 0 || text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 9)) {
      break; // a comment
    }
    first = false;
    if (quote === 0 && depth === 0) return undefined;
  }
  return quote === 0 && depth === 0 ? undefined : { own: state.own, quote, depth };
}

/**
 * The indentation a tab-indented line was meant to have, from its neighbours: a list entry lines up with the entry
 * after it (or the keys after it show where its own keys go), a key with the key before it (or, after `key:`, with
 * the child after it), other text goes right of the line before.
 */
function meantIndent(shape: Structure | undefined, last: Structure | undefined, stack: readonly Structure[], lines: readonly Line[], next: number): number {
  if (last === undefined) return 0;
  const after = next >= 0 ? readStructure(lines[next]!.content, lines[next]!.spaces, next) : undefined;
  const child = last.opens;
  if (shape === undefined) return last.own + 2;
  if (shape.dash) {
    const offset = shape.own - shape.indent; // where its own key goes, from its dash (`- id:` is 2)
    const floor = child ? last.own : 0;
    // The entry after it is its sibling: one of the same kind, the first under `key:`, or one of the innermost list.
    const inner = innermostEntry(stack);
    // `- - a` with a plain entry deeper below it: that entry is of its inner list (`- b` under `- - a`).
    const nested = shape.dashAt - shape.indent;
    if (nested > 0 && after?.dash === true && after.dashAt === after.indent && after.indent - nested > (child ? last.own : -1)) return after.indent - nested;
    if (after?.dash === true && after.indent >= floor && (after.mapItem === shape.mapItem || child || (inner !== undefined && after.indent >= inner.indent))) return after.indent;
    if (shape.mapItem && after !== undefined && !after.dash && after.indent - offset >= floor && after.indent > (child ? last.own : -1)) {
      const at = after.indent - offset;
      if (child || hasEntryAt(stack, at)) return at;
    }
    if (child) return last.own + 2;
    // Else a sibling of the innermost open entry of its kind, or of any (`- A` after `- id: A` / `lag: 2d`: round 46 F2).
    return lastEntryColumn(stack, shape.mapItem) ?? inner?.indent ?? last.indent;
  }
  if (child) return after !== undefined && after.indent > last.own ? after.indent : last.own + 2;
  // A key that opens a block lines up where the line after it can be its child: the key of a top-level list where
  // that line is out of the entry before (`milestones:` after the plan header), else the innermost mapping that fits.
  if (shape.opens && after !== undefined && after.indent <= last.own) {
    // Only where the line after is not inside the entry the tab line follows (a milestone's `meetings:`, a risk's
    // `milestones:` are keys of theirs: tester round 46 F1).
    const entry = stack[1];
    const outside = entry === undefined || !entry.dash || after.indent <= entry.indent;
    if (shape.key !== null && TOP_LEVEL_KEYS.has(shape.key) && outside) return 0;
    const levels = keyColumns(stack);
    for (let k = levels.length - 1; k >= 0; k--) if (after.dash ? levels[k]! <= after.indent : levels[k]! < after.indent) return levels[k]!;
    return 0;
  }
  if (last.key !== null) return last.own;
  // After a list entry of text (`- M0`), a key belongs to the mapping the list is a value of.
  const levels = keyColumns(stack);
  return levels[levels.length - 1] ?? last.indent;
}

/** The columns of the keys of the open mappings, outermost first (a `- key:` entry's keys are right of its dash). */
function keyColumns(stack: readonly Structure[]): number[] {
  const out: number[] = [];
  for (const s of stack) if ((!s.dash || s.mapItem) && s.own >= 0) out.push(s.own);
  return out;
}

/** The innermost open list entry, if any. */
function innermostEntry(stack: readonly Structure[]): Structure | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.dash) return stack[k];
  return undefined;
}

/** Is there, among the open structures, a list entry with its dash at `column`? */
function hasEntryAt(stack: readonly Structure[], column: number): boolean {
  return stack.some((s) => s.dash && s.indent === column);
}

/** The dash column of the innermost open list entry of the same kind (a mapping or not), if any. */
function lastEntryColumn(stack: readonly Structure[], mapItem: boolean): number | undefined {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.dash && stack[k]!.mapItem === mapItem) return stack[k]!.dashAt;
  return undefined;
}

/**
 * Leaves on `stack` the open structures a line at column `indent` stays inside: those it is indented right of, and for
 * a list entry (`dash`) the key it stands under at that key's column (`milestones:` / `- id: A`, as yamllint writes).
 */
function popTo(stack: Structure[], indent: number, dash: boolean): void {
  for (let top = stack[stack.length - 1]; top !== undefined && top.indent >= indent; top = stack[stack.length - 1]) {
    if (dash && top.indent === indent && !top.dash && top.opens) break;
    stack.pop();
  }
}

/** The top-level entry of `stack`: the list entry under the root key, when the root key holds a list. */
function entryOf(stack: readonly Structure[]): Structure | undefined {
  const root = stack[0];
  const entry = stack[1];
  return root !== undefined && root.indent === 0 && root.opens && entry?.dash === true ? entry : undefined;
}

/** The `id` written in the entry (or plan header) `owner`: on its own line (`- id: X`) or a key of it. */
function idOf(owner: Structure, lines: readonly Line[], structures: readonly (Structure | undefined)[]): string | null {
  if (owner.key === 'id') return plainValue(owner.value);
  const flow = /^\{[ \t]*id[ \t]*:[ \t]*([^,}\s]+)/.exec(owner.value);
  if (owner.dash && owner.key === null && flow !== null) return plainValue(flow[1]!);
  let column = owner.dash && owner.key !== null ? owner.own : -1;
  for (let k = owner.index + 1; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.emptyOrComment) continue;
    const s = structures[k];
    if (s === undefined) continue;
    if (s.indent <= owner.indent) break;
    if (column < 0) column = s.indent;
    if (s.indent === column && !s.dash && s.key === 'id') return plainValue(s.value);
  }
  return null;
}

function plainValue(value: string): string | null {
  const comment = value.search(/[ \t]#/);
  const v = (comment < 0 ? value : value.slice(0, comment)).trim();
  return v === '' ? null : unquote(v);
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/\\"/g, '"');
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}
