// Lines of a large text found as far as they are asked for: `set` needs two or three lines of a 3 MB file, where
// splitting the whole file (120,000 strings) or listing every line start cost more than the rest of its edit.
// Lines end at CR LF, CR or LF, as src/source/line-breaks.ts's lineStarts and splitLines count them.

export class LazyLines {
  /** Offsets of the lines found so far (0 first). */
  private readonly starts: number[] = [0];
  /** The next CR and LF at or after the last start; -1 when there is none, -2 before the first look. */
  private cr = -2;
  private lf = -2;

  constructor(private readonly text: string) {}

  /** Finds line starts until `line` (1-based) has one; false when the text has fewer lines. */
  private reach(line: number): boolean {
    const { text, starts } = this;
    while (starts.length < line) {
      const from = starts[starts.length - 1]!;
      // Each search runs once per break of its own kind: a file without CR is searched for one once.
      if (this.cr !== -1 && this.cr < from) this.cr = text.indexOf('\r', from);
      if (this.lf !== -1 && this.lf < from) this.lf = text.indexOf('\n', from);
      if (this.cr === -1 && this.lf === -1) return false;
      if (this.cr !== -1 && (this.lf === -1 || this.cr < this.lf)) starts.push(this.cr + (text.charCodeAt(this.cr + 1) === 0x0a ? 2 : 1));
      else starts.push(this.lf + 1);
    }
    return true;
  }

  /** The offset at which the 1-based `line` starts, as lineStarts gives it; undefined past the last line. */
  startOf(line: number): number | undefined {
    return line >= 1 && this.reach(line) ? this.starts[line - 1] : undefined;
  }

  /** The 1-based `line` without its line break, as splitLines gives it; undefined past the last line. */
  lineAt(line: number): string | undefined {
    const start = this.startOf(line);
    if (start === undefined) return undefined;
    if (!this.reach(line + 1)) return this.text.slice(start);
    const next = this.starts[line]!;
    const breakLength = this.text.charCodeAt(next - 1) === 0x0a && this.text.charCodeAt(next - 2) === 0x0d && next - 2 >= start ? 2 : 1;
    return this.text.slice(start, next - breakLength);
  }
}
