// `milepel lsp` fed a message whose content is not JSON (a tester's finding): it got no answer at all. JSON-RPC 2.0
// (§5.1, §7) answers it with -32700 Parse error and id null, and JSON that is no message object (`[]`) with -32600
// Invalid Request; the server goes on with the next message and exits 0 after shutdown and exit.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';
import { lspMessages as messages } from '../helpers/lsp-frames.js';

describe('milepel lsp and a content that is not JSON', () => {
  it('answers -32700 and -32600 with id null, then answers shutdown and exits 0', async () => {
    const child = spawn(process.execPath, [builtCli(), 'lsp', '--stdio'], { cwd: REPO_ROOT, env: { ...process.env, LANG: 'C' } });
    const stdout: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const send = (body: string): void => void child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    send('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}');
    send('{"jsonrpc":"2.0","id":2,"method":"shutdown"');
    send('[]');
    // A request whose method is no string (tester round 42 F7): answered with its id, not left waiting.
    send('{"jsonrpc":"2.0","id":79,"method":5}');
    send('{"jsonrpc":"2.0","id":3,"method":"shutdown"}');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    send('{"jsonrpc":"2.0","method":"exit"}');
    expect(await exited).toBe(0);
    const got = messages(Buffer.concat(stdout));
    expect(got).toContainEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
    expect(got).toContainEqual({ jsonrpc: '2.0', id: null, error: { code: -32600, message: 'Invalid Request' } });
    expect(got).toContainEqual({ jsonrpc: '2.0', id: 79, error: { code: -32600, message: 'Invalid Request' } });
    expect(got).toContainEqual({ jsonrpc: '2.0', id: 3, result: null });
    expect(got.filter((m) => (m as { id?: unknown }).id !== undefined).map((m) => (m as { id: unknown }).id).sort()).toEqual([1, 3, 79, null, null]);
    expect(stderr).toBe([
      'milepel: lsp: the content of a message is not JSON: answered with -32700 Parse error',
      'milepel: lsp: the content of a message is no request, notification or response: answered with -32600 Invalid Request',
      'milepel: lsp: the content of a message is no request, notification or response: answered with -32600 Invalid Request',
      '',
    ].join('\n'));
  }, 20_000);
});
