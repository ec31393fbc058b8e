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
//
// This module is the public entry: the scan that puts the parts together, the entry each tab line belongs to, and the
// text with the tabs replaced. The parts: indent-tabs-lines.ts reads the lines and the structure they write,
// indent-tabs-open.ts follows quoted and flow scalars over lines, indent-tabs-meant.ts finds the indentation a tab
// line was meant to have.
import { MAX_BLOCK_COLUMN } from './flow-depth.js';
import {
  blockContentIndent, blockGoesOn, nextCleanLines, plainGoesOn, popTo, PROPERTIES, readLines, readStructure, tabAfterDash,
  type Line, type Structure,
} from './indent-tabs-lines.js';
import { meantIndent, topLevelList } from './indent-tabs-meant.js';
import { opening, scanOpen, type OpenScalar } from './indent-tabs-open.js';
import { splitGluedKey } from '../text/glued-key.js';
import { unquote } from '../text/quoted-scalar.js';

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
      // A key glued to its value (`\tdate:2019-09-02`) is measured as the key it is meant to be: as text it went right of
      // the line before, where YAML folds it into that line's value (tester round 81 F5).
      const glued = splitGluedKey(l.content.trimEnd());
      const shape = readStructure(l.content, 0, i) ?? (glued === undefined ? undefined : readStructure(`${glued.key}: ${glued.value}`, 0, i));
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
    const list = header?.key === null || header === undefined ? null : topLevelList(header.key) ?? header.key;
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
