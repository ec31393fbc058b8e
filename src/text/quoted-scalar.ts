// Where a YAML quoted scalar ends, as YAML reads it: in single quotes `''` is one quote, in double quotes a backslash
// escapes the character after it (`\"`, `\\`). Taking the first quote for the end read the rest of `'Eier''s #1'` or
// `"Fase \"A\" #1"` as plain text, where ` #` starts a comment and `}` ends a flow mapping (tester round 14 #6).

/**
 * The index in `text` of the quote that ends a scalar quoted with `quote`, reading from `from` (just after the opening
 * quote, or the start of a line the scalar runs on to); -1 when `text` ends first, the scalar running on.
 */
export function closingQuote(text: string, from: number, quote: '"' | "'"): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

/**
 * Whether a quote at `at` opens a quoted scalar in flow context: only where a node starts, after `[`, `{`, `,` or `:`
 * and blanks, or at `from` (`title: Don't` is plain). Walks back over blanks only: a regular expression tried on the
 * text so far at every quote was quadratic in a line of quotes.
 */
export function opensQuoted(text: string, at: number, from = 0): boolean {
  let k = at - 1;
  while (k >= from && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < from) return true;
  const c = text[k];
  return c === '[' || c === '{' || c === ',' || c === ':';
}

/**
 * A key or scalar as written without its quotes: `"after"` and `'after'` are after, `\"` in double quotes and `''` in
 * single quotes one quote; other text as it is.
 */
export function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) return text.slice(1, -1).replace(/\\"/g, '"');
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'")) return text.slice(1, -1).replace(/''/g, "'");
  return text;
}
