// Physical lines of CSV text, for the lines findings name (SPEC §10): CRLF, a lone CR and a lone LF each end one line.
// csv-parse's own line count takes a CRLF inside a quoted field for two (tester round 20 #1), so lines are counted here.

const CR = 0x0d;
const LF = 0x0a;
const QUOTE = 0x22;

/**
 * The 1-based line at a byte offset of `bytes` (the text as UTF-8, as csv-parse counts its `info.bytes`), for offsets
 * asked in non-decreasing order: each call reads only the bytes since the one before, so a whole file is one pass. An
 * offset before the last one asked gives the last one's line. A CRLF is one line break, counted at its CR.
 */
export function lineCounter(bytes: Uint8Array): (offset: number) => number {
  let pos = 0;
  let line = 1;
  return (offset) => {
    const end = Math.min(offset, bytes.length);
    for (; pos < end; pos++) {
      const b = bytes[pos];
      if (b === CR || (b === LF && (pos === 0 || bytes[pos - 1] !== CR))) line++;
    }
    return line;
  };
}

/** The first byte offset at or after `offset` that is no line break: where a record starts after the blank lines csv-parse skips. */
export function skipLineBreaks(bytes: Uint8Array, offset: number): number {
  let at = offset;
  while (at < bytes.length && (bytes[at] === CR || bytes[at] === LF)) at++;
  return at;
}

/**
 * A quote csv-parse refuses (RFC 4180 §2.5–2.7), where it is: `unclosed`, a quoted field never closed (at its opening
 * quote); `opening`, a quote inside a field that does not start with one; `closing`, text after a field's closing quote.
 * `line` 1-based, `column` the quote's or the text's 1-based UTF-16 column on it, `field` the field's 1-based number in
 * its record.
 */
export interface QuoteProblem {
  readonly kind: 'unclosed' | 'opening' | 'closing';
  readonly line: number;
  readonly column: number;
  readonly field: number;
}

/**
 * The first quote problem of `text` read with the single-character `separator` as RFC 4180 reads quotes: one at a
 * field's start opens it, two inside stand for one, one followed by anything but a separator or a line break is text
 * after the closing quote. Undefined when there is none. Lines as lineCounter counts them.
 */
export function findQuoteProblem(text: string, separator: string): QuoteProblem | undefined {
  const sep = separator.charCodeAt(0);
  let line = 1;
  let lineStart = 0;
  let field = 1;
  let isFieldStart = true;
  let isQuoted = false;
  let isClosed = false;
  let opened: QuoteProblem | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isBreak = c === CR || c === LF;
    if (isQuoted) {
      if (c === QUOTE && text.charCodeAt(i + 1) === QUOTE) i++;
      else if (c === QUOTE) [isQuoted, isClosed] = [false, true];
      else if (isBreak) ({ i, line, lineStart } = afterBreak(text, i, line));
      continue;
    }
    if (isClosed && !isBreak && c !== sep) return { kind: 'closing', line, column: i - lineStart + 1, field };
    isClosed = false;
    if (c === QUOTE) {
      if (!isFieldStart) return { kind: 'opening', line, column: i - lineStart + 1, field };
      isQuoted = true;
      isFieldStart = false;
      opened = { kind: 'unclosed', line, column: i - lineStart + 1, field };
    } else if (c === sep) {
      field++;
      isFieldStart = true;
    } else if (isBreak) {
      ({ i, line, lineStart } = afterBreak(text, i, line));
      field = 1;
      isFieldStart = true;
    } else {
      isFieldStart = false;
    }
  }
  return isQuoted ? opened : undefined;
}

/** Past the line break at `i` (a CRLF is one): the index of its last character, the next line and where it starts. */
function afterBreak(text: string, i: number, line: number): { i: number; line: number; lineStart: number } {
  const last = text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? i + 1 : i;
  return { i: last, line: line + 1, lineStart: last + 1 };
}
