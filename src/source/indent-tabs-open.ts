// Quoted and flow scalars that go on over lines, for the indentation-tab scan (indent-tabs.ts): what a line leaves
// open at its end, so that the lines after it are read as that scalar's (where a tab after enough spaces separates,
// YAML 1.2 §6.5/§7.3) and not as indentation. A scan of quotes, brackets and comments, not a parse of the value.

/** A quoted or flow scalar left open at a line's end, and the column its next lines must stay right of. */
export interface OpenScalar {
  readonly own: number;
  readonly quote: number;
  readonly depth: number;
}

/** What a value leaves open at its line's end (a quoted or flow scalar), its next lines to stay right of `own`; or undefined. */
export function opening(value: string, own: number): OpenScalar | undefined {
  const c = value.charCodeAt(0);
  if (c !== 0x22 && c !== 0x27 && c !== 0x5b && c !== 0x7b) return undefined;
  return scanOpen(value, 0, { own, quote: 0, depth: 0 }, true);
}

/**
 * Scans `text` from `from` on with `state` open; what is still open at its end, or undefined. With `first`, the text
 * is a value's start, so a quote or bracket there opens (a plain scalar's quote does not).
 */
export function scanOpen(text: string, from: number, state: OpenScalar, first = false): OpenScalar | undefined {
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
