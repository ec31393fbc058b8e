// Lines of a valid UTF-8 file decoded one at a time from its bytes (issue #18): quoting a finding in a file whose text
// V8 would hold at two bytes a character decoded the whole file again, 8 MB of string for each 4 MB file, which lived
// past its file's findings until the next full collection: `validate` on a 100,000-milestone workspace with an em
// dash in its titles peaked 70 MB higher in text than in JSON, and spent 0.4 s decoding.
import { Buffer } from 'node:buffer';

/**
 * The lines of `bytes`, valid UTF-8 with or without a byte order mark, as source/decode.ts decodePlanBytes's text
 * splits into lines at LF: the 1-based line without its LF, and without the CR of a CR LF. Only for a text without a
 * lone CR (a lone CR is a line break its byte offsets would not show; source/parse.ts releases only such a text).
 * Line starts are found as far as a line is asked for; each line is decoded from its own bytes.
 */
export class ByteLines {
  private readonly bytes: Buffer;
  /** Byte offsets of the lines found so far (after the byte order mark, if any, first). */
  private starts: Int32Array;
  private count = 1;
  /** The LF that ends the last line found (-1: none, the last line runs to the end). */
  private next: number;

  constructor(bytes: Uint8Array) {
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    this.starts = new Int32Array(64);
    this.starts[0] = bom;
    this.next = this.bytes.indexOf(0x0a, bom);
  }

  /** The 1-based `line` without its line break; undefined below 1 or past the last line. */
  lineAt(line: number): string | undefined {
    if (line < 1) return undefined;
    while (this.count <= line && this.next >= 0) this.add();
    if (line > this.count) return undefined;
    const start = this.starts[line - 1]!;
    // The last line runs to the end (the loop stops at line === count only when no LF is left).
    if (line === this.count) return this.bytes.toString('utf8', start, this.bytes.length);
    const end = this.starts[line]! - 1;
    return this.bytes.toString('utf8', start, end > start && this.bytes[end - 1] === 0x0d ? end - 1 : end);
  }

  /** Adds the line after the LF at `next`. */
  private add(): void {
    if (this.count === this.starts.length) {
      const grown = new Int32Array(2 * this.count);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = this.next + 1;
    this.next = this.bytes.indexOf(0x0a, this.next + 1);
  }
}
