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
    const requests: object[] = [];
    let id = 1;
    for (const method of REQUESTS) {
      requests.push({ id: id++, method, params: null });
      requests.push({ id: id++, method });
      requests.push({ id: id++, method, params: [1] });
    }
    const got = await session([
      { id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions: { locale: 'xx' } } },
      { method: 'initialized', params: {} },
      ...requests,
    ]);
    const answers = got.filter((m) => m.id !== undefined && m.id >= 1 && m.id < 999).sort((a, b) => a.id! - b.id!);
    expect(answers.map((m) => m.id)).toEqual(Array.from({ length: REQUESTS.length * 3 }, (_, i) => i + 1));
    for (const answer of answers) {
      expect(answer.error?.code, JSON.stringify(answer)).toBe(-32602);
      expect(answer.error?.message).not.toMatch(/Cannot read|TypeError|undefined|null \(/);
    }
    expect(logsOf(got)).toContainEqual(expect.stringMatching(/^milepel: initializationOptions\.locale "xx" is not a language milepel speaks \(en, nb\); en is used$/));
  }, 20_000);

  it('logs settings of the wrong type, as it logs wrong values: paths that is no list, an entry that is no path, a today that is no text (tester round 23 F4)', async () => {
    const logs = async (initializationOptions: object): Promise<string[]> => logsOf(await session([
      { id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, initializationOptions } },
      { method: 'initialized', params: {} },
    ])).filter((l) => l.includes('initializationOptions'));
    expect(await logs({ paths: '/nonexistent' })).toEqual(['milepel: initializationOptions.paths "/nonexistent" is not a list of paths; no paths are used: give a list, such as ["plans"]']);
    expect(await logs({ paths: [5, null] })).toEqual([
      'milepel: initializationOptions.paths: 5 is not a path (a string); it is left out of the workspace',
      'milepel: initializationOptions.paths: null is not a path (a string); it is left out of the workspace',
    ]);
    expect(await logs({ today: 5 })).toEqual(["milepel: initializationOptions.today 5 is not a date (YYYY-MM-DD); the plans' status date is used"]);
    expect(await logs({ paths: null, today: null, locale: null })).toEqual([]);
  }, 30_000);

  it('answers a method named like a member of Object.prototype -32601 Method not found, as any unknown one, and goes on (tester round 23 F1)', async () => {
    const names = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
    const got = await session([
      { id: 0, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
      { method: 'initialized', params: {} },
      ...names.map((method) => ({ method, params: {} })),
      ...names.map((method, i) => ({ id: i + 1, method, params: {} })),
    ]);
    const answers = got.filter((m) => m.id !== undefined && m.id >= 1 && m.id < 999).sort((a, b) => a.id! - b.id!);
    expect(answers.map((m) => [m.id, m.error?.code])).toEqual(names.map((_, i) => [i + 1, -32601]));
    // The shutdown after them is answered: the server lived through them (session expects exit code 0 too).
    expect(got.some((m) => m.id === 999 && m.error === undefined)).toBe(true);
  }, 20_000);
});

type Got = { id?: number; method?: string; result?: { capabilities?: object }; error?: { code: number; message: string }; params?: { message?: string; uri?: string; diagnostics?: { message: string }[] } };

/** Everything `milepel lsp` wrote for `messages`, sent in raw frames (a JSON-RPC client would correct them), then shutdown and exit. */
/**
 * Runs the server over `messages`, then shutdown and exit. Exit is sent once the shutdown is answered and `settled`
 * holds for what came so far (a publish the tests read, which the server makes a turn after the last change), at
 * least a second after the messages and at most 15 s: a fixed second lost the publish on a loaded host, the exit
 * read before it (the full suite beside three other agents).
 */
async function session(messages: readonly object[], settled: (got: readonly Got[]) => boolean = () => true, args: readonly string[] = []): Promise<Got[]> {
  const child = spawn(process.execPath, [builtCli(), 'lsp', '--stdio', ...args], { cwd: REPO_ROOT, env: { ...process.env, LANG: 'C' } });
  const stdout: Buffer[] = [];
  child.stdout.on('data', (b: Buffer) => stdout.push(b));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const send = (message: object): void => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  for (const m of messages) send(m);
  send({ id: 999, method: 'shutdown' });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const read = (): Got[] => {
    try {
      return lspMessages(Buffer.concat(stdout)) as Got[];
    } catch {
      return []; // a message still arriving
    }
  };
  for (const deadline = Date.now() + 15_000; Date.now() < deadline;) {
    const got = read();
    if (got.some((m) => m.id === 999) && settled(got)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  send({ method: 'exit' });
  expect(await exited).toBe(0);
  return lspMessages(Buffer.concat(stdout)) as Got[];
}

/** Whether findings that name NOPE were published for `uri` (the server's analysis of the tests' last text). */
const published = (uri: string) => (got: readonly Got[]): boolean =>
  got.some((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && (m.params.diagnostics ?? []).some((d) => /NOPE/.test(d.message ?? '')));

const logsOf = (got: readonly Got[]): string[] => got.filter((m) => m.method === 'window/logMessage').map((m) => m.params!.message!);
const NO_TYPE_ERROR = /Cannot read|TypeError|is not a function|failed with message/;

describe('initialize with params it cannot read (tester round 19 #4)', () => {
  it('answers params that are no object, and capabilities, rootUri or workspaceFolders of the wrong kind, with -32602', async () => {
    const bad: readonly unknown[] = [null, 5, 'x', [], { capabilities: 5 }, { capabilities: [] }, { capabilities: {}, rootUri: 5 }, { capabilities: {}, workspaceFolders: 5 }, { capabilities: {}, workspaceFolders: [null] }];
    const got = await session(bad.map((params, i) => ({ id: i + 1, method: 'initialize', params })));
    const answers = got.filter((m) => m.id !== undefined && m.id < 999).sort((a, b) => a.id! - b.id!);
    expect(answers.map((m) => m.id)).toEqual(bad.map((_, i) => i + 1));
    for (const answer of answers) {
      expect(answer.error?.code, JSON.stringify(answer)).toBe(-32602);
      expect(answer.error?.message).toMatch(/^milepel: the request has no valid /);
      expect(answer.error?.message).not.toMatch(NO_TYPE_ERROR);
    }
  }, 20_000);

  it('takes capabilities that are missing or null for {} and serves the session', async () => {
    for (const params of [{ processId: null, rootUri: null }, { processId: null, rootUri: null, capabilities: null }, null]) {
      const uri = 'untitled:p.yaml';
      const got = await session([
        ...(params === null ? [{ id: 1, method: 'initialize', params: null }] : []),
        { id: 2, method: 'initialize', params: params ?? { capabilities: null } },
        { method: 'initialized', params: {} },
        { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text: 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - {id: A, title: A, date: 2026-05-15}\n' } } },
        { id: 3, method: 'textDocument/completion', params: { textDocument: { uri }, position: { line: 3, character: 0 } } },
      ]);
      const init = got.find((m) => m.id === 2);
      expect(init?.error, JSON.stringify(params)).toBeUndefined();
      expect(init?.result?.capabilities).toMatchObject({ hoverProvider: true, completionProvider: {} });
      expect(got.find((m) => m.id === 3)?.error, JSON.stringify(params)).toBeUndefined();
      expect(logsOf(got).filter((l) => NO_TYPE_ERROR.test(l))).toEqual([]);
    }
  }, 20_000);
});

describe('notifications with params they cannot read (tester round 19 #4)', () => {
  it('logs one line for each, names the notification and what it lacks, and goes on', async () => {
    const uri = 'untitled:p.yaml';
    const doc = { uri, languageId: 'yaml', version: 1, text: 'plan: {id: p, title: P, status_date: 2026-01-05}\n' };
    const bad: readonly (readonly [string, unknown])[] = [
      ['textDocument/didOpen', null], ['textDocument/didOpen', { textDocument: null }], ['textDocument/didOpen', { textDocument: { uri } }],
      ['textDocument/didChange', null], ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: null }],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: {}, text: 'x' }] }],
      ['textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{}] }],
      ['textDocument/didClose', null], ['textDocument/didSave', null], ['textDocument/willSave', null],
      ['workspace/didChangeWatchedFiles', null], ['workspace/didChangeWatchedFiles', { changes: [null] }], ['$/setTrace', null],
    ];
    const got = await session([
      { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } },
      { method: 'initialized', params: {} },
      { method: 'textDocument/didOpen', params: { textDocument: doc } },
      ...bad.map(([method, params]) => ({ method, params })),
      { id: 2, method: 'textDocument/willSaveWaitUntil', params: null },
      // The session goes on: the document opened before is still there and changes.
      { method: 'textDocument/didChange', params: { textDocument: { uri, version: 3 }, contentChanges: [{ text: `${doc.text}milestones:\n  - {id: A, title: A, date: 2026-05-15, after: [NOPE]}\n` }] } },
    ], published(uri));
    const logs = logsOf(got);
    expect(logs.filter((l) => NO_TYPE_ERROR.test(l))).toEqual([]);
    const ignored = logs.filter((l) => / is ignored: its params lack /.test(l));
    expect(ignored.map((l) => /^milepel: (\S+) is ignored/.exec(l)?.[1])).toEqual(bad.map(([method]) => method));
    expect(got.find((m) => m.id === 2)?.error?.code).toBe(-32602);
    const last = got.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri).at(-1);
    expect(last?.params?.diagnostics?.map((d) => d.message).join('\n')).toMatch(/NOPE/);
  }, 20_000);
});

describe('initializationOptions.locale read as --locale reads it (tester round 19 #5)', () => {
  /** The diagnostics' messages of a plan with an unknown milestone in an after, and the log lines, in a session with `locale`. */
  async function inLocale(locale: unknown, editor?: string, args: readonly string[] = []): Promise<{ messages: string; logs: string[] }> {
    const uri = 'untitled:p.yaml';
    const text = 'plan: {id: p, title: P, status_date: 2026-01-05}\nmilestones:\n  - {id: A, title: A, date: 2026-05-15, after: [NOPE]}\n';
    const got = await session([
      { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {}, ...(editor === undefined ? {} : { locale: editor }), ...(locale === undefined ? {} : { initializationOptions: { locale } }) } },
      { method: 'initialized', params: {} },
      { method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } },
    ], published(uri), args);
    const last = got.filter((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri).at(-1);
    return { messages: last!.params!.diagnostics!.map((d) => d.message).join('\n'), logs: logsOf(got) };
  }
  it('takes nb-NO, NB and nb_NO.UTF-8 for Norwegian, null for no locale given, and still logs one it does not know', async () => {
    const [nb, en] = [await inLocale('nb'), await inLocale('en')];
    expect(nb.messages).not.toBe(en.messages);
    for (const name of ['nb-NO', 'NB', 'nb_NO.UTF-8', 'no', 'nn-NO']) {
      const got = await inLocale(name);
      expect.soft(got.messages, name).toBe(nb.messages);
      expect.soft(got.logs.filter((l) => /locale/.test(l)), name).toEqual([]);
    }
    for (const name of ['en-GB', null]) {
      const got = await inLocale(name);
      expect.soft(got.messages, String(name)).toBe(en.messages);
      expect.soft(got.logs.filter((l) => /locale/.test(l)), String(name)).toEqual([]);
    }
    expect((await inLocale('fr')).logs).toContainEqual('milepel: initializationOptions.locale "fr" is not a language milepel speaks (en, nb); en is used');
  }, 60_000);

  // Tester round 94 F9: the editor's own language (InitializeParams.locale), all that editors other than the shipped
  // extension send, was ignored. It counts when initializationOptions.locale and --locale name none.
  it('takes the editor\'s own language when no setting or --locale names one', async () => {
    const [nb, en] = [await inLocale('nb'), await inLocale('en')];
    expect((await inLocale(undefined, 'nb-NO')).messages).toBe(nb.messages);
    expect((await inLocale(null, 'nb')).messages).toBe(nb.messages);
    expect((await inLocale('en', 'nb')).messages).toBe(en.messages);
    expect((await inLocale(undefined, 'nb', ['--locale', 'en'])).messages).toBe(en.messages);
    const other = await inLocale(undefined, 'de-DE');
    expect([other.messages, other.logs.filter((l) => /locale/.test(l))]).toEqual([en.messages, []]);
  }, 60_000);
});
