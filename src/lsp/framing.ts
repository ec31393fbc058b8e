// The LSP base protocol's framing, checked before vscode-jsonrpc reads it: well-formed messages pass through byte
// for byte; a malformed header is reported and the stream finds the next message instead of losing its way.
//
// The base protocol (LSP 3.17, "Base Protocol"): a message is a header part of `Name: value` lines, each ended by
// CRLF, then an empty line, then a content of exactly Content-Length bytes; Content-Length is required. vscode-jsonrpc's
// reader (8.2) reports a header without a usable Content-Length and returns, but has already taken the header off its
// buffer: the content that follows is then read as the next header, and so on, one message behind for good — the
// server never sees `shutdown` or `exit` again and an editor is left with a process that does not end. Here a bad
// header is reported once and everything up to the next `Content-Length:` is skipped (the content of the bad message
// has no known length, so the next header is the first place the stream can be trusted again).
//
// A message is passed on once all of it has come, and only when its content is a message: vscode-jsonrpc drops a
// content it cannot parse, or an object that is no request, notification or response (`{"id": 79, "method": 5}`),
// with at most a line in its log (testers' findings: a client waiting on id 79 waited for good), where JSON-RPC 2.0
// ("5 Response object", "5.1 Error object", "7 Examples") answers invalid JSON with -32700 Parse error and anything
// else that is no message with -32600 Invalid Request, with the message's `id` when it can be read, else null. The
// filter hands those answers to `answer`; the server goes on with the next message.
import { Transform, type TransformCallback } from 'node:stream';
import { quoteText } from '../text/quote.js';

/** A header part longer than this without its empty line is not a header (real ones are under 100 bytes). */
export const MAX_HEADER_BYTES = 8192;
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');
const CONTENT_LENGTH = 'content-length:';
/** A header line: a token (RFC 7230 §3.2), a colon, a value (its blanks trimmed by the code, not a lazy group). */
const HEADER_LINE = /^([!#$%&'*+\-.^_`|~0-9A-Za-z]+):[ \t]*(.*)$/;

/**
 * The notification the filter appends when its input ends between messages (SPEC §14: the server ends with its
 * input). vscode-languageserver ends the process as soon as its input stream ends, before it has handled the
 * messages that came just before the end: a client that writes `initialize` and closes the pipe got no answer. Its
 * messages are handled in order, so when this one is, every earlier one has been.
 */
export const INPUT_ENDED = 'milepel/inputEnded';

/** A JSON-RPC 2.0 error response to a message that is none: with its `id` when it has a readable one (JSON-RPC 2.0 §5). */
export interface UnreadableMessageAnswer {
  readonly jsonrpc: '2.0';
  readonly id: string | number | null;
  readonly error: { readonly code: -32700 | -32600; readonly message: 'Parse error' | 'Invalid Request' };
}

/**
 * The answer JSON-RPC 2.0 gives a message content, undefined when it is a request, notification or response as
 * vscode-jsonrpc reads them (its `Message.isRequest`, `isNotification`, `isResponse`): -32700 for text that is not JSON
 * (UTF-8, as vscode-jsonrpc decodes it), -32600 for anything else. LSP has no batches, so an array is answered once, as
 * the empty one is in §7.
 */
export function answerForContent(content: string): UnreadableMessageAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch {
    return { jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request' } };
  const message = value as { readonly id?: unknown; readonly method?: unknown; readonly result?: unknown; readonly error?: unknown };
  const id = message.id;
  const hasId = typeof id === 'string' || typeof id === 'number';
  if (typeof message.method === 'string' ? hasId || id === undefined : message.method === undefined && ('result' in message || message.error) && (hasId || id === null)) return undefined;
  return { jsonrpc: '2.0', id: hasId ? id : null, error: { code: -32600, message: 'Invalid Request' } };
}

/**
 * The stream between stdin and vscode-jsonrpc. `report` gets one English sentence per malformed header (and one for
 * input that ends inside a message); the server logs it. It is a stream, so vscode-languageserver still sees the
 * input end or close and ends the process (exit code 1, or 0 after `shutdown`). With `whenHandled`, the end waits:
 * at the end of the input the filter passes on an INPUT_ENDED notification and ends once `whenHandled`'s callback
 * is called (by the server's handler of that notification).
 */
export class LspFrameFilter extends Transform {
  /** Input not passed on yet: a header coming in, or bytes being skipped. */
  private buffer: Buffer = Buffer.alloc(0);
  /** The current message's content length in bytes, once its header was read. */
  private contentLength = 0;
  /** Bytes of that content still to come. */
  private contentLeft = 0;
  /** The current message's header part and the content that came so far: passed on when the content is whole. */
  private message: Buffer[] = [];
  /** Looking for the next `Content-Length:` after a malformed header. */
  private isSkipping = false;

  /**
   * @param answer gets the error response for a message whose content is no message (answerForContent);
   *   without it such a message is dropped and reported only.
   */
  constructor(
    private readonly report: (problem: string) => void,
    private readonly whenHandled?: (end: () => void) => void,
    private readonly answer?: (response: UnreadableMessageAnswer) => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const rest = this.takeContent(chunk);
    if (rest.length > 0) {
      this.buffer = this.buffer.length === 0 ? rest : Buffer.concat([this.buffer, rest]);
      this.drain();
    }
    done();
  }

  override _flush(done: TransformCallback): void {
    const rest = this.buffer.toString('latin1');
    if (this.contentLeft > 0) this.report(`the input ended inside a message: ${this.contentLength - this.contentLeft} of its ${this.contentLength} content bytes came`);
    else if (!this.isSkipping && rest.trim() !== '') this.report(`the input ended inside a message header (${quoteText(rest.slice(0, 80))})`);
    this.buffer = Buffer.alloc(0);
    // A message is passed on only when whole, so the reader holds no part of one: the notification is read as itself.
    this.message = [];
    this.contentLeft = 0;
    if (this.whenHandled === undefined) {
      done();
      return;
    }
    const body = `{"jsonrpc":"2.0","method":"${INPUT_ENDED}"}`;
    this.push(Buffer.from(`Content-Length: ${body.length}\r\n\r\n${body}`, 'latin1'));
    this.whenHandled(() => done());
  }

  /** Takes what `bytes` hold of the current message's content, passing the message on when whole; returns the bytes after it. */
  private takeContent(bytes: Buffer): Buffer {
    if (this.contentLeft === 0) return bytes;
    const n = Math.min(this.contentLeft, bytes.length);
    this.message.push(bytes.subarray(0, n));
    this.contentLeft -= n;
    if (this.contentLeft === 0) this.passMessage();
    return bytes.subarray(n);
  }

  /** Passes the whole current message on when its content is a JSON object; else answers and reports it instead. */
  private passMessage(): void {
    const [header, ...content] = this.message;
    this.message = [];
    const answer = answerForContent(Buffer.concat(content).toString('utf8'));
    if (answer === undefined) {
      this.push(header);
      for (const piece of content) this.push(piece);
      return;
    }
    this.report(`the content of a message is ${answer.error.code === -32700 ? 'not JSON' : 'no request, notification or response'}: answered with ${answer.error.code} ${answer.error.message}`);
    this.answer?.(answer);
  }

  /** Passes on every message that starts in the buffer, reporting and skipping what is not one. */
  private drain(): void {
    while (this.buffer.length > 0) {
      if (this.isSkipping && !this.skipToContentLength()) return;
      if (!this.readHeader()) return;
      this.buffer = this.takeContent(this.buffer);
    }
  }

  /**
   * Reads the header part at the start of the buffer: false when it has not all come yet; true when it was read,
   * and then passed on (its content to follow) when it is good, or reported and skipping when it is not.
   */
  private readHeader(): boolean {
    const at = this.buffer.indexOf(HEADER_END);
    if (at < 0 && this.buffer.length <= MAX_HEADER_BYTES) return false;
    if (at < 0 || at > MAX_HEADER_BYTES) {
      this.malformed(`no empty line ends the header within ${MAX_HEADER_BYTES} bytes`, MAX_HEADER_BYTES, false);
      return true;
    }
    const lines = this.buffer.toString('latin1', 0, at).split('\r\n');
    let length: string | undefined;
    for (const line of lines) {
      const m = HEADER_LINE.exec(line);
      // The blanks RFC 7230 §3.2 allows around a value: spaces and tabs, not other whitespace (tester round 39 F10).
      if (m !== null) {
        const value = m[2]!;
        let end = value.length;
        while (end > 0 && (value[end - 1] === ' ' || value[end - 1] === '\t')) end--;
        m[2] = value.slice(0, end);
      }
      if (m === null) {
        this.malformed(`the header line ${quoteText(line.slice(0, 80))} is not "Name: value"`, at);
        return true;
      }
      if (m[1]!.toLowerCase() !== 'content-length') continue;
      if (length !== undefined && length !== m[2]) {
        this.malformed(`two Content-Length headers disagree (${length} and ${m[2]})`, at);
        return true;
      }
      length = m[2];
    }
    if (length === undefined) {
      this.malformed('the header has no Content-Length', at);
      return true;
    }
    if (!/^\d{1,15}$/.test(length)) {
      this.malformed(`Content-Length ${quoteText(length.slice(0, 80))} is not a number of bytes`, at);
      return true;
    }
    this.message = [this.buffer.subarray(0, at + HEADER_END.length)];
    this.buffer = this.buffer.subarray(at + HEADER_END.length);
    this.contentLength = this.contentLeft = Number(length);
    // An empty content is whole at once (and no JSON).
    if (this.contentLeft === 0) this.passMessage();
    return true;
  }

  /**
   * Reports a malformed header (the buffer's first `end` bytes, then its empty line if it `hasEmptyLine`) and looks
   * for the next message: from a `Content-Length:` inside the header that does not start one of its lines (bytes
   * before a real header: `junk` + `Content-Length: 5`), else after the header. A Content-Length line of the bad
   * header itself is not taken again.
   */
  private malformed(problem: string, end: number, hasEmptyLine = true): void {
    this.report(`malformed message header: ${problem}; the message is skipped up to the next Content-Length header`);
    const header = this.buffer.toString('latin1', 0, end).toLowerCase();
    let from = hasEmptyLine ? end + HEADER_END.length : end;
    for (let i = header.indexOf(CONTENT_LENGTH, 1); i >= 0; i = header.indexOf(CONTENT_LENGTH, i + 1)) {
      if (header.startsWith('\r\n', i - 2)) continue;
      from = i;
      break;
    }
    this.buffer = this.buffer.subarray(from);
    this.isSkipping = true;
  }

  /**
   * Drops the buffer up to the next `Content-Length:` (any case): true when found, false to wait for more input.
   * Read in windows, so that finding it costs the bytes before it, not the whole buffer.
   */
  private skipToContentLength(): boolean {
    const window = 65536;
    for (let start = 0; start < this.buffer.length; start += window) {
      const end = Math.min(this.buffer.length, start + window + CONTENT_LENGTH.length - 1);
      const at = this.buffer.toString('latin1', start, end).toLowerCase().indexOf(CONTENT_LENGTH);
      if (at >= 0) {
        this.buffer = this.buffer.subarray(start + at);
        this.isSkipping = false;
        return true;
      }
    }
    // Keep what could be the start of a `Content-Length:` split between two chunks.
    this.buffer = this.buffer.subarray(Math.max(0, this.buffer.length - (CONTENT_LENGTH.length - 1)));
    return false;
  }
}
