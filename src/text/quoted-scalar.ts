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
