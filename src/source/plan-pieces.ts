// A plan text cut by its lines into the pieces of its root mapping: each block list's entries (`milestones:`,
// `meetings:` … then `  - id: A` and the lines up to the next entry), the `key:` lines that head those lists, and the
// other root keys with their lines. Read by the indentation alone, not parsed: a broken entry is still one piece, so
// the yaml library can be given that entry instead of the whole file (entry-parse.ts).

/**
 * `root`: a root key and the lines below it (`plan:` and its mapping); `header`: a root key alone on its line whose value
 * is the block list below it (`milestones:`); `entry`: an entry of such a list, its `- ` line and the lines up to the
 * next entry or root key.
 */
export type PieceKind = 'root' | 'header' | 'entry';

export interface Piece {
  readonly kind: PieceKind;
  /** UTF-16 offset of the piece's first line's start. */
  readonly start: number;
  /** Where its first line that is no blank or comment line has its first character that is no space (its key, its `-`). */
  readonly content: number;
  /** Where the line after its last one starts (the next piece's start, or the text's end). */
  readonly end: number;
}

/** A root key alone on its line: a plain key, a colon, and nothing after it but a comment. */
const HEADER = /^[A-Za-z_][\w.-]*[ ]*:[ ]*(?:#.*)?\r?$/;

/**
 * The pieces of `text` (line breaks LF or CR LF: lone CRs read as LF, line-breaks.ts), in text order and covering it;
 * a blank or comment line belongs to the piece before it. Undefined when the text holds no block list entry.
 */
export function findPieces(text: string): Piece[] | undefined {
  const kinds: PieceKind[] = [];
  const starts: number[] = [];
  const contents: number[] = [];
  // The column of the dashes of the current root key's block list (-1: not in one) and whether the current piece is a
  // root key alone on its line with nothing below it yet (a header, if an entry follows).
  let listIndent = -1;
  let isHeaderCandidate = false;
  let hasEntry = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    const next = end < 0 ? text.length : end + 1;
    if (end < 0) end = text.length;
    let content = start;
    while (content < end && text.charCodeAt(content) === 32) content++;
    const first = text.charCodeAt(content);
    // Blank (spaces, tabs, the CR of a CR LF) or a comment: part of the piece before. A line indented with a tab is
    // no root key's nor entry's first line (the parser reports the tab): part of the piece before too.
    const isTab = first === 9;
    if (content < end && first !== 35 && !((isTab || first === 13) && /^[\t\r ]*$/.test(text.slice(content, end)))) {
      const indent = isTab ? -1 : content - start;
      const isDash = first === 45 && (content + 1 === end || text.charCodeAt(content + 1) === 32 || (content + 2 === end && text.charCodeAt(content + 1) === 13));
      if (isDash && isHeaderCandidate) {
        kinds[kinds.length - 1] = 'header';
        listIndent = indent;
      }
      isHeaderCandidate = false;
      if (isDash && indent === listIndent) {
        kinds.push('entry');
        starts.push(start);
        contents.push(content);
        hasEntry = true;
      } else if (indent === 0) {
        listIndent = -1;
        isHeaderCandidate = HEADER.test(text.slice(start, end));
        kinds.push('root');
        starts.push(start);
        contents.push(content);
      } else if (starts.length === 0) {
        kinds.push('root');
        starts.push(start);
        contents.push(content);
      }
    }
    start = next;
  }
  if (!hasEntry) return undefined;
  // Lines before the first piece (blank, comments) are the first piece's.
  starts[0] = 0;
  return kinds.map((kind, i) => ({ kind, start: starts[i]!, content: contents[i]!, end: starts[i + 1] ?? text.length }));
}
