// Offsets, lines and columns of a document, and the extent of the YAML value or key that starts at an offset.
// Columns are UTF-16 code units (as milepel's diagnostics and LSP's default position encoding count them).

/** A 0-based LSP position. */
export interface Pos {
  readonly line: number;
  readonly character: number;
}

export interface Span {
  readonly start: Pos;
  readonly end: Pos;
}

export class TextIndex {
  readonly text: string;
  private starts: number[] | undefined;

  constructor(text: string) {
    this.text = text;
  }

  private lineStarts(): number[] {
    if (this.starts === undefined) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.starts = starts;
    }
    return this.starts;
  }

  /** The offset of a 0-based position, clamped to the text (and to its line). */
  offsetAt(pos: Pos): number {
    const starts = this.lineStarts();
    if (pos.line < 0) return 0;
    if (pos.line >= starts.length) return this.text.length;
    const start = starts[pos.line]!;
    const end = pos.line + 1 < starts.length ? starts[pos.line + 1]! - 1 : this.text.length;
    return Math.min(start + Math.max(0, pos.character), end);
  }

  positionAt(offset: number): Pos {
    const starts = this.lineStarts();
    const at = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: at - starts[lo]! };
  }

  /** The text of a 0-based line without its line break. */
  lineText(line: number): string {
    const starts = this.lineStarts();
    if (line < 0 || line >= starts.length) return '';
    const end = line + 1 < starts.length ? starts[line + 1]! - 1 : this.text.length;
    return this.text.slice(starts[line]!, end).replace(/\r$/, '');
  }

  /** The span of the scalar, flow collection or key that starts at 1-based `line`/`column` (a finding's position). */
  spanAt(line: number, column: number): Span {
    const start = this.offsetAt({ line: line - 1, character: column - 1 });
    return { start: this.positionAt(start), end: this.positionAt(valueEnd(this.text, start)) };
  }
}

/**
 * Where the YAML token starting at `start` ends: a quoted scalar at its closing quote, a flow collection at its
 * matching bracket (on any line), a plain scalar before ` #`, the line end, or, inside a flow collection, `,]}`;
 * a key before its `:`. Never less than start + 1 unless the text ends there (an empty value gets a 1-wide span).
 */
export function valueEnd(text: string, start: number): number {
  const c = text[start];
  if (c === undefined || c === '\n' || c === '\r') return start;
  if (c === '"' || c === "'") {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\n') return i;
      if (c === '"' && text[i] === '\\') i++;
      else if (text[i] === c) {
        if (c === "'" && text[i + 1] === "'") i++;
        else return i + 1;
      }
    }
    return text.length;
  }
  if (c === '[' || c === '{') {
    let depth = 0;
    for (let i = start; i < text.length; i++) {
      const d = text[i];
      if (d === '[' || d === '{') depth++;
      else if (d === ']' || d === '}') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return text.length;
  }
  const flow = insideFlow(text, start);
  let i = start;
  for (; i < text.length; i++) {
    const d = text[i]!;
    if (d === '\n' || d === '\r') break;
    if (d === '#' && /\s/.test(text[i - 1] ?? '')) break;
    if (flow && (d === ',' || d === ']' || d === '}')) break;
    if (d === ':' && (i + 1 >= text.length || /[\s,\]}]/.test(text[i + 1]!))) break;
  }
  while (i > start && /\s/.test(text[i - 1]!)) i--;
  return Math.max(i, start + 1 <= text.length && i === start ? start + 1 : i);
}

/** Whether `offset` lies inside a flow collection opened earlier on its line (quotes and comments aside). */
function insideFlow(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let depth = 0;
  let quote = '';
  for (let i = lineStart; i < offset; i++) {
    const d = text[i]!;
    if (quote !== '') {
      if (d === quote) quote = '';
      continue;
    }
    if (d === '"' || d === "'") quote = d;
    else if (d === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) return depth > 0;
    else if (d === '[' || d === '{') depth++;
    else if (d === ']' || d === '}') depth--;
  }
  return depth > 0;
}
