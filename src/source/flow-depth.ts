// How deep a text's collections nest, found by a scan rather than by parsing: the full yaml parser recurses once per
// level, and near the stack's end V8 may compile a regular expression, which then fails as a fatal "out of memory"
// abort rather than a catchable RangeError (two plan files nested 2,000 and 20,000 levels deep, session 17); a block
// list nested 3,000 levels deep overflowed at about level 956, caught, but at a depth (and with a number of errors: 1
// or 41) that depended on what had run before, so its findings changed with the files beside it (3 Dec 2026).

/** Flow nesting the full parser is never asked to read: far deeper than any plan, far shallower than the stack. */
export const MAX_FLOW_DEPTH = 1000;

/**
 * The offset of the first `[` or `{` that opens a flow collection nested deeper than `limit`, or -1. Quoted scalars
 * are skipped (a bracket in a title does not nest); a bracket in a plain scalar or a comment is counted, which can
 * only make the count larger than the parser's, and takes `limit` such brackets left open to matter.
 */
export function flowTooDeepAt(text: string, limit: number = MAX_FLOW_DEPTH): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) {
      if (depth > 0) depth--;
    } else if (c === 0x22) {
      // A double-quoted scalar: to its closing quote, past escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
    } else if (c === 0x27 && i > 0 && /[\s[{,:]/.test(text.charAt(i - 1))) {
      // A single-quoted scalar starts after a space, a flow indicator or a colon (an apostrophe inside a word does not).
      for (i++; i < text.length; i++) {
        if (text.charCodeAt(i) !== 0x27) continue;
        if (text.charCodeAt(i + 1) === 0x27) i++;
        else break;
      }
    }
  }
  return -1;
}

/** Block nesting the full parser is never asked to read: an indentation (with compact "- " entries) this wide. */
export const MAX_BLOCK_COLUMN = 400;

/**
 * The offset of the first line whose content starts past column `limit` once its indentation and compact sequence
 * entries ("- - - x") are skipped, or -1. A block collection nests only by indenting further (one column a level at
 * least), so this bounds the depth the full parser would recurse to; a block scalar's line indented that far counts
 * too, which no plan has.
 */
export function blockTooDeepAt(text: string, limit: number = MAX_BLOCK_COLUMN): number {
  for (let start = 0; start < text.length; ) {
    let i = start;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20) i++;
      else if (c === 0x2d /* - */ && text.charCodeAt(i + 1) === 0x20) i += 2;
      else break;
    }
    if (i - start > limit) return i;
    const end = text.indexOf('\n', i);
    if (end < 0) break;
    start = end + 1;
  }
  return -1;
}

/** The first offset where flow or block nesting goes past its limit (flowTooDeepAt, blockTooDeepAt), or -1. */
export function nestingTooDeepAt(text: string): number {
  const flow = flowTooDeepAt(text);
  const block = blockTooDeepAt(text);
  return flow < 0 ? block : block < 0 ? flow : Math.min(flow, block);
}
