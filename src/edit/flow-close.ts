// Where a flow collection (`{…}` or `[…]`) that spans lines ends, found by scanning its text: JSON written into a
// `.yaml` file holds each milestone as such a collection, and reading a 20 MB file with the yaml library to find its
// node ranges cost `set` 20 s and 1.5 GB (issue #18). The scan is a guess that the caller checks by reading the text
// it delimits (src/edit/milestone-block.ts, history-flow.ts); anything it cannot tell apart is declined.

/** Characters after which a quote opens a quoted scalar in a flow collection (else it may be inside a plain one). */
const OPENS_QUOTED = new Set(['[', '{', ',', ':', '']);

/** Offset after the closing quote of the quoted scalar at `at` (it may span lines), or undefined when it does not close. */
function quotedClose(body: string, at: number): number | undefined {
  const q = body[at];
  for (let i = at + 1; i < body.length; i++) {
    const c = body[i];
    if (q === '"' && c === '\\') i++;
    else if (c === q && q === "'" && body[i + 1] === "'") i++;
    else if (c === q) return i + 1;
  }
  return undefined;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Offset after the bracket that closes the flow collection opening at `at`, over any number of lines; undefined when
 * the scan is unsure (a quote that may be inside a plain scalar, a collection left open).
 */
export function findFlowClose(body: string, at: number): number | undefined {
  const open = body[at];
  if (open !== '{' && open !== '[') return undefined;
  let depth = 0;
  let last = '';
  for (let i = at; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"' || c === "'") {
      if (!OPENS_QUOTED.has(last)) return undefined;
      const close = quotedClose(body, i);
      if (close === undefined) return undefined;
      i = close - 1;
      last = c;
    } else if (c === '#' && isBlank(body[i - 1])) {
      while (i + 1 < body.length && body[i + 1] !== '\n' && body[i + 1] !== '\r') i++;
    } else if (c === '{' || c === '[') {
      depth++;
      last = c;
    } else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
      last = c;
    } else if (!isBlank(c)) last = c;
  }
  return undefined;
}
