// How deep a text's flow collections nest, found by a scan rather than by parsing: the full yaml parser recurses once
// per level, and near the stack's end V8 may compile a regular expression, which then fails as a fatal "out of
// memory" abort rather than a catchable RangeError (two plan files nested 2,000 and 20,000 levels deep, session 17).

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
