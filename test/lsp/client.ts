// A real LSP client over stdio for the tests and the bench: spawns `milepel lsp`, speaks JSON-RPC with vscode-jsonrpc,
// and collects the diagnostics the server publishes.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';

/** One finding of `validate --format json`, as the parity tests compare it with the published diagnostics. */
export interface JsonDiagnostic {
  readonly rule: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint?: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface PublishedDiagnostic {
  readonly range: { readonly start: { line: number; character: number }; readonly end: { line: number; character: number } };
  readonly severity: number;
  readonly code: string;
  readonly source: string;
  readonly message: string;
  readonly relatedInformation?: readonly { location: { uri: string; range: PublishedDiagnostic['range'] }; message: string }[];
}

export interface LspClient {
  readonly connection: MessageConnection;
  readonly child: ChildProcessWithoutNullStreams;
  /** The latest diagnostics per URI. */
  readonly diagnostics: Map<string, PublishedDiagnostic[]>;
  /** How many times diagnostics were published per URI. */
  readonly publishCount: Map<string, number>;
  /** Resolves with the next diagnostics published for `uri` that satisfy `accept`. */
  readonly nextDiagnostics: (uri: string, accept?: (d: readonly PublishedDiagnostic[]) => boolean) => Promise<PublishedDiagnostic[]>;
  readonly stderr: () => string;
  /** The messages of window/logMessage, in order. */
  readonly logs: string[];
  readonly exited: Promise<number | null>;
}

/** Shuts the server down as a client does (shutdown, then exit) and waits for its process to end. */
export async function stopClient(client: LspClient): Promise<void> {
  await client.connection.sendRequest('shutdown');
  await client.connection.sendNotification('exit');
  await client.exited;
}

export function startClient(bin: string, cwd: string, env: NodeJS.ProcessEnv = {}): LspClient {
  const child = spawn(process.execPath, [bin, 'lsp', '--stdio'], { cwd, env: { ...process.env, LANG: 'C', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const diagnostics = new Map<string, PublishedDiagnostic[]>();
  const waiters: { uri: string; accept: (d: readonly PublishedDiagnostic[]) => boolean; resolve: (d: PublishedDiagnostic[]) => void }[] = [];
  const publishCount = new Map<string, number>();
  connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: PublishedDiagnostic[] }) => {
    diagnostics.set(p.uri, p.diagnostics);
    publishCount.set(p.uri, (publishCount.get(p.uri) ?? 0) + 1);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i]!;
      if (w.uri === p.uri && w.accept(p.diagnostics)) {
        waiters.splice(i, 1);
        w.resolve(p.diagnostics);
      }
    }
  });
  const logs: string[] = [];
  connection.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  connection.listen();
  const nextDiagnostics = (uri: string, accept: (d: readonly PublishedDiagnostic[]) => boolean = () => true): Promise<PublishedDiagnostic[]> =>
    new Promise((resolve) => waiters.push({ uri, accept, resolve }));
  return { connection, child, diagnostics, publishCount, nextDiagnostics, stderr: () => stderr, logs, exited };
}

/** A server started on a workspace of its own: `files` (paths under a fresh folder) written, initialized, diagnosed. */
export interface WorkspaceSession {
  readonly client: LspClient;
  readonly dir: string;
  /** The file URI of a path of `files`. */
  readonly uriOf: (path: string) => string;
  /** Stops the server and removes the folder. */
  readonly close: () => Promise<void>;
}

/**
 * Writes `files` into a fresh folder (named from `prefix`), starts `milepel lsp` there (`bin`), initializes it and waits
 * for the first diagnostics of `first` (a path of `files`).
 */
export async function openWorkspace(bin: string, prefix: string, files: Readonly<Record<string, string>>, first: string): Promise<WorkspaceSession> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  const uriOf = (path: string): string => pathToFileURL(join(dir, path)).href;
  const client = startClient(bin, dir);
  await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
  const diagnosed = client.nextDiagnostics(uriOf(first));
  await client.connection.sendNotification('initialized', {});
  await diagnosed;
  return { client, dir, uriOf, close: async () => { await stopClient(client); rmSync(dir, { recursive: true, force: true }); } };
}
