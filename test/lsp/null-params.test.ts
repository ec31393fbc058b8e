// `milepel lsp` sent a request whose params are null (tester round 18 #9): vscode-languageserver's own wrapper read
// params.workDoneToken before milepel saw the request, and the answer was -32603 with a JavaScript TypeError in its
// message. JSON-RPC 2.0 §5.1 answers params that cannot be read with -32602 Invalid params, as milepel's own checks do
// (src/lsp/params.ts). An initializationOptions.locale it does not know is logged, as a bad `today` is.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { REPO_ROOT } from '../helpers/fake-io.js';
import { lspMessages } from '../helpers/lsp-frames.js';

const REQUESTS = ['textDocument/hover', 'textDocument/definition', 'textDocument/references', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/codeLens'];

describe('milepel lsp and params it cannot read', () => {
  it('answers null, missing or array params with -32602 Invalid params, and logs a locale it does not know', async () => {
    const child = spawn(process.execPath, [builtCli(), 'lsp', '--stdio'], { cwd: REPO_ROOT, env: { ...process.env, LANG: 'C' } });
    const stdout: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const send = (message: object): void => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    send({ id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'xx' } } });
    send({ method: 'initialized', params: {} });
    let id = 1;
    for (const method of REQUESTS) {
      send({ id: id++, method, params: null });
      send({ id: id++, method });
      send({ id: id++, method, params: [1] });
    }
    send({ id: 99, method: 'shutdown' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    send({ method: 'exit' });
    expect(await exited).toBe(0);
    const got = lspMessages(Buffer.concat(stdout)) as { id?: number; method?: string; error?: { code: number; message: string }; params?: { message: string } }[];
    const answers = got.filter((m) => m.id !== undefined && m.id >= 1 && m.id < 99).sort((a, b) => a.id! - b.id!);
    expect(answers.map((m) => m.id)).toEqual(Array.from({ length: REQUESTS.length * 3 }, (_, i) => i + 1));
    for (const answer of answers) {
      expect(answer.error?.code, JSON.stringify(answer)).toBe(-32602);
      expect(answer.error?.message).not.toMatch(/Cannot read|TypeError|undefined|null \(/);
    }
    const logs = got.filter((m) => m.method === 'window/logMessage').map((m) => m.params!.message);
    expect(logs).toContainEqual(expect.stringMatching(/^milepel: initializationOptions\.locale "xx" is not a language milepel speaks \(en, nb\); en is used$/));
  }, 20_000);
});
