// Text reports in pieces (issue #18): a report on a million milestones can pass V8's string limit (2^29 − 24 UTF-16
// units) when built as one string, and holds gigabytes when it does not. A formatter yields pieces; the CLI writes
// each as it comes; tests join them.

/**
 * Pieces are gathered up to about this many UTF-16 units before one is handed out: a piece of two-byte text must stay
 * below 64 K units to fit V8's regular heap (see json-stream.ts PIECE_LENGTH).
 */
export const PIECE = 1 << 15;

/**
 * Lines (each without its line end) as pieces of about PIECE units, every line followed by `end` (`\n`, or CRLF for
 * CSV and iCalendar): joined, they are `lines.join(end) + end`. A piece always ends at a line end, so a line never
 * spans two pieces (the CLI's workflow-command guard looks at line starts). A line longer than PIECE is a piece of its own.
 */
export function* lineChunks(lines: Iterable<string>, end = '\n'): Generator<string> {
  let buffer: string[] = [];
  let size = 0;
  for (const line of lines) {
    buffer.push(line);
    size += line.length + end.length;
    if (size >= PIECE) {
      buffer.push('');
      yield buffer.join(end);
      buffer = [];
      size = 0;
    }
  }
  if (buffer.length > 0) {
    buffer.push('');
    yield buffer.join(end);
  }
}

/**
 * `lines` as `lines.join('\n').trimEnd().split('\n')` gives them, one at a time: the blank lines at the end left
 * out and the last line's trailing whitespace cut, for a report whose text ends trimmed (risk) and is streamed. A
 * blank line is held until a line with text follows it; the last line with text, until the next line or the end.
 */
export function* trimmedEnd(lines: Iterable<string>): Generator<string> {
  let last: string | undefined;
  const blanks: string[] = [];
  for (const line of lines) {
    if (line.trimEnd() === '') {
      blanks.push(line);
      continue;
    }
    if (last !== undefined) yield last;
    for (const blank of blanks) yield blank;
    blanks.length = 0;
    last = line;
  }
  yield last === undefined ? '' : last.trimEnd();
}

/** The whole text of a report's pieces (for tests and small reports). */
export function joinChunks(chunks: Iterable<string>): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}
