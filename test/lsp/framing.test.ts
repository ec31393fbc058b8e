// The LSP framing check (src/lsp/framing.ts): good messages pass byte for byte however the input is cut into chunks;
// a malformed header is reported once and the stream goes on at the next message (a tester's finding: after
// `Content-Length: abc` vscode-jsonrpc read every later message one behind, and the server never exited).
import { describe, expect, it } from 'vitest';
import { answerForContent, LspFrameFilter, MAX_HEADER_BYTES, type UnreadableMessageAnswer } from '../../src/lsp/framing.js';

const frame = (body: string, header = `Content-Length: ${Buffer.byteLength(body)}`): string => `${header}\r\n\r\n${body}`;
const A = frame('{"jsonrpc":"2.0","id":1,"method":"shutdown"}');
const B = frame('{"jsonrpc":"2.0","method":"exit","params":{"text":"æøå 🚀"}}', `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: ${Buffer.byteLength('{"jsonrpc":"2.0","method":"exit","params":{"text":"æøå 🚀"}}')}`);

/** What passes through and what is reported, for `input` fed in chunks cut at `cuts` (byte offsets). */
async function filter(input: string, cuts: readonly number[] = [], answers: UnreadableMessageAnswer[] = []): Promise<{ out: string; reports: string[] }> {
  const reports: string[] = [];
  const f = new LspFrameFilter((problem) => reports.push(problem), undefined, (answer) => answers.push(answer));
  const chunks: Buffer[] = [];
  f.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => f.on('end', resolve));
  const bytes = Buffer.from(input, 'utf8');
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    f.write(bytes.subarray(from, cut));
    from = cut;
  }
  f.end();
  await ended;
  return { out: Buffer.concat(chunks).toString('utf8'), reports };
}

describe('LspFrameFilter', () => {
  it('passes well-formed messages through unchanged, cut at any byte', async () => {
    const input = A + B + A;
    const length = Buffer.byteLength(input);
    for (let cut = 0; cut <= length; cut++) expect(await filter(input, [cut])).toEqual({ out: input, reports: [] });
    expect(await filter(input, Array.from({ length: length - 1 }, (_, i) => i + 1))).toEqual({ out: input, reports: [] });
  });

  it.each([
    ['Content-Length: abc', 'Content-Length "abc" is not a number of bytes'],
    ['Content-Length: -5', 'Content-Length "-5" is not a number of bytes'],
    ['Content-Length: 12abc', 'Content-Length "12abc" is not a number of bytes'],
    // Tester round 39 F10: only spaces and tabs around a value are blanks (RFC 7230 §3.2), not a form feed.
    ['Content-Length: 2\f', 'Content-Length "2\\x0c" is not a number of bytes'],
    ['Content-Type: application/json', 'the header has no Content-Length'],
    ['Content-Lenght: 2', 'the header has no Content-Length'],
    ['Content-Length 2', 'the header line "Content-Length 2" is not "Name: value"'],
    ['Content-Length: 2\r\nContent-Length: 3', 'two Content-Length headers disagree (2 and 3)'],
  ])('reports %j once and goes on with the next message', async (header, problem) => {
    const input = `${B}${header}\r\n\r\n{"jsonrpc":"2.0","id":7,"method":"lost"}${A}`;
    const expected = { out: B + A, reports: [`malformed message header: ${problem}; the message is skipped up to the next Content-Length header`] };
    expect(await filter(input)).toEqual(expected);
    // The same wherever the chunks are cut, the next header's name included.
    const at = input.lastIndexOf('Content-Length');
    for (const cut of [Buffer.byteLength(B) + 3, Buffer.byteLength(input.slice(0, at)) + 1, Buffer.byteLength(input.slice(0, at)) + 7, Buffer.byteLength(input.slice(0, at)) + 14]) expect(await filter(input, [cut])).toEqual(expected);
  });

  it('takes a header part without its empty line past 8 KiB as malformed', async () => {
    const input = `${'X'.repeat(MAX_HEADER_BYTES + 1)}${A}`;
    expect(await filter(input)).toEqual({ out: A, reports: [`malformed message header: no empty line ends the header within ${MAX_HEADER_BYTES} bytes; the message is skipped up to the next Content-Length header`] });
  });

  it('finds a message after bytes that are no header, and the message after a bad one that has more headers', async () => {
    expect(await filter(`garbage${A}`)).toEqual({ out: A, reports: ['malformed message header: the header has no Content-Length; the message is skipped up to the next Content-Length header'] });
    // The next message's Content-Type line is glued to the lost content: it passes on from its Content-Length line.
    const next = await filter(`Content-Length: x\r\n\r\n{}${B}`);
    expect(next.out).toBe(B.slice(B.indexOf('content-length')));
    expect(next.reports).toHaveLength(1);
  });

  it('says when the input ends inside a message', async () => {
    expect((await filter(A + A.slice(0, 30))).reports).toEqual(['the input ended inside a message: 8 of its 44 content bytes came']);
    expect((await filter(A + 'Content-Len')).reports).toEqual(['the input ended inside a message header ("Content-Len")']);
    expect(await filter(`${A}\r\n`)).toEqual({ out: A, reports: [] });
  });

  // JSON-RPC 2.0 §5.1 and §7: invalid JSON → -32700 Parse error, JSON that is no request object → -32600 Invalid
  // Request, both with id null (a tester's finding: vscode-jsonrpc dropped such a message without an answer).
  it.each([
    ['{not json', -32700, 'Parse error', 'not JSON'],
    ['{"jsonrpc":"2.0","method":"x"', -32700, 'Parse error', 'not JSON'],
    ['', -32700, 'Parse error', 'not JSON'],
    ['[]', -32600, 'Invalid Request', 'no request, notification or response'],
    ['[{"jsonrpc":"2.0","method":"exit"}]', -32600, 'Invalid Request', 'no request, notification or response'],
    ['42', -32600, 'Invalid Request', 'no request, notification or response'],
    ['null', -32600, 'Invalid Request', 'no request, notification or response'],
    ['{}', -32600, 'Invalid Request', 'no request, notification or response'],
    [' {"a":"æøå 🚀"} ', -32600, 'Invalid Request', 'no request, notification or response'],
  ])('answers the content %j with %i and passes the next message on, cut at any byte', async (body, code, message, said) => {
    const input = A + frame(body) + B;
    const expected = { out: A + B, reports: [`the content of a message is ${said}: answered with ${code} ${message}`] };
    for (let cut = 0; cut <= Buffer.byteLength(input); cut += 7) {
      const answers: UnreadableMessageAnswer[] = [];
      expect(await filter(input, [cut], answers)).toEqual(expected);
      expect(answers).toEqual([{ jsonrpc: '2.0', id: null, error: { code, message } }]);
    }
  });

  it('passes requests, notifications and responses on, as vscode-jsonrpc reads them', () => {
    for (const body of ['{"jsonrpc":"2.0","id":1,"method":"shutdown"}', '{"jsonrpc":"2.0","id":"a","method":"x"}', '{"jsonrpc":"2.0","method":"exit"}', '{"jsonrpc":"2.0","id":3,"result":null}', '{"jsonrpc":"2.0","id":null,"error":{"code":1,"message":"m"}}']) {
      expect(answerForContent(body), body).toBeUndefined();
    }
  });

  it('answers an object that is no message with -32600 and its id when it has one (tester round 42 F7: a client waited for good)', () => {
    const invalid = (id: string | number | null): unknown => ({ jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid Request' } });
    expect(answerForContent('{"jsonrpc":"2.0","id":79,"method":5}')).toEqual(invalid(79));
    expect(answerForContent('{"jsonrpc":"2.0","id":78}')).toEqual(invalid(78));
    expect(answerForContent('{"jsonrpc":"2.0","id":"q","method":null}')).toEqual(invalid('q'));
    expect(answerForContent('{"jsonrpc":"2.0","id":{"x":1},"method":"initialize"}')).toEqual(invalid(null));
    expect(answerForContent('{"jsonrpc":"2.0","id":null,"method":"initialize"}')).toEqual(invalid(null));
    expect(answerForContent('{"jsonrpc":"2.0","method":5}')).toEqual(invalid(null));
  });
});
