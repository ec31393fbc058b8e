// A text quoted in a message, shortened when long: a 3,000-character id in an `after` entry made a 3,007-character
// message line (a tester's finding). Counted in UTF-16 units, never cutting a surrogate pair.

/** The longest text quoted whole, in UTF-16 units. */
export const QUOTED_MAX = 60;

/** `text` when at most QUOTED_MAX units long, else its first QUOTED_MAX − 4 units (a pair kept whole) and `…`. */
export function shortenQuoted(text: string): string {
  return text.length <= QUOTED_MAX ? text : cutWithEllipsis(text, QUOTED_MAX - 4);
}

/** The first `units` UTF-16 units of `text` (one fewer when the last would be half a surrogate pair) and `…`. */
export function cutWithEllipsis(text: string, units: number): string {
  const code = text.charCodeAt(units - 1);
  return `${text.slice(0, code >= 0xd800 && code <= 0xdbff ? units - 1 : units)}…`;
}
