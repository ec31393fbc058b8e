// `milepel lsp` fed a malformed message header (a tester's finding): it used to read every later message one behind,
// so it never answered `shutdown` nor exited on `exit` — a hung process in the editor. Now the header is reported on
// stderr and as window/logMessage, and the server goes on; LSP's exit codes hold (0 after shutdown, 1 without).
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';
import { startClient, type LspClient } from './client.js';

const REPORT = 'malformed message header: Content-Length "abc" is not a number of bytes; the message is skipped up to the next Content-Length header';

/** A client after initialize that has sent a malformed header with a message behind it, and the log messages it got. */
async function afterMalformedHeader(): Promise<{ c: LspClient; logged: string[] }> {
  const c = startClient(builtCli(), REPO_ROOT);
  const logged: string[] = [];
  c.connection.onNotification('window/logMessage', (p: { message: string }) => logged.push(p.message));
  await c.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(REPO_ROOT).href, capabilities: {} });
  await c.connection.sendNotification('initialized', {});
  await new Promise<void>((resolve) => c.child.stdin.write('Content-Length: abc\r\n\r\n{"jsonrpc":"2.0","id":99,"method":"shutdown"}', () => resolve()));
  return { c, logged };
}

/** The exit code, or 'still running' (and the process killed) after 10 s: the old behaviour fails, not hangs. */
async function exitCode(c: LspClient): Promise<number | null | string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 10_000).unref());
  const code = await Promise.race([c.exited, timeout]);
  if (code === 'still running') c.child.kill('SIGKILL');
  return code;
}

describe('milepel lsp after a malformed header', () => {
  it('reports it, answers the next requests, and exits 0 on shutdown and exit', async () => {
    const { c, logged } = await afterMalformedHeader();
    const answered = await Promise.race([
      c.connection.sendRequest('textDocument/hover', { textDocument: { uri: pathToFileURL(`${REPO_ROOT}/plans/akson.yaml`).href }, position: { line: 34, character: 9 } }).then(() => 'answered'),
      new Promise((resolve) => setTimeout(() => resolve('no answer'), 10_000).unref()),
    ]);
    expect(answered).toBe('answered');
    const shutdown = c.connection.sendRequest('shutdown');
    await Promise.race([shutdown, new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    await c.connection.sendNotification('exit');
    expect(await exitCode(c)).toBe(0);
    expect(c.stderr()).toBe(`milepel: lsp: ${REPORT}\n`);
    expect(logged).toEqual([`milepel: ${REPORT}`]);
  });

  it('exits 1 on exit without shutdown', async () => {
    const { c } = await afterMalformedHeader();
    await c.connection.sendNotification('exit');
    expect(await exitCode(c)).toBe(1);
  });

  it('exits 1 when stdin ends', async () => {
    const { c } = await afterMalformedHeader();
    c.child.stdin.end();
    expect(await exitCode(c)).toBe(1);
    expect(c.stderr()).not.toMatch(/at .*\(.*\.js:\d+/);
  });
});
