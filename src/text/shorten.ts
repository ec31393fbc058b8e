// A text quoted in a message, shortened when long: a 3,000-character id in an `after` entry made a 3,007-character
// message line (a tester's finding). Counted in UTF-16 units, never cutting a surrogate pair.

/** The longest text quoted whole, in UTF-16 units. */
export const QUOTED_MAX = 60;

/** `text` when at most QUOTED_MAX units long, else its first QUOTED_MAX − 4 units (a pair kept whole) and `…`. */
export function shortenQuoted(text: string): string {
  if (text.length <= QUOTED_MAX) return text;
  const cut = QUOTED_MAX - 4;
  const code = text.charCodeAt(cut - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? cut - 1 : cut)}…`;
}
