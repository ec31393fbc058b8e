// A cut of report text moved back so that it never splits an escape that escapeControl wrote.

// The escapes escapeControl writes for control characters (src/report/safe-text.ts): \x7f, \u202e, \t, \n, \r.
const ESCAPE = /\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr])/y;

/**
 * A cut at `end` (UTF-16 units) moved back to the start of an escape it would split: `del\x7…` showed half of
 * `\x7f`. A literal backslash sequence in a title that looks like an escape is kept whole too.
 */
export function wholeEscapes(text: string, end: number): number {
  const from = text.lastIndexOf('\\', end - 1);
  if (from < 0 || end - from > 5) return end;
  ESCAPE.lastIndex = from;
  return ESCAPE.test(text) && ESCAPE.lastIndex > end ? from : end;
}

/** The length in UTF-16 units of the escape that starts `text` at `at`, or 0 when none does. */
export function escapeLengthAt(text: string, at: number): number {
  ESCAPE.lastIndex = at;
  return ESCAPE.test(text) ? ESCAPE.lastIndex - at : 0;
}
