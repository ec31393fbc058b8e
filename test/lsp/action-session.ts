// What the code-action tests share: the shapes of a code action, a range, and a session that changes documents as an
// editor does, asks for the actions at a place, and applies an action's edit to check its finding goes away.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, expect } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, stopClient, type LspClient, type PublishedDiagnostic } from './client.js';

export type Range = PublishedDiagnostic['range'];
export type Edit = { range: Range; newText: string };
export type Action = { title: string; kind: string; diagnostics: PublishedDiagnostic[]; edit: { changes: Record<string, Edit[]> } };

/** A plan of two milestones, p/M0 and p/M1 (line 11 is the first after it), with the status date 2026-06-01: what the
 * one-file sessions of several code-action tests start from and add lines to. */
export const TWO_MILESTONES = 'plan:\n  id: p\n  title: P\n  status_date: 2026-06-01\nmilestones:\n  - id: M0\n    title: Zero\n    date: 2026-07-01\n  - id: M1\n    title: One\n    date: 2026-07-02\n';

/** A range on one line (or to `endLine`), zero-based as LSP counts. */
export const at = (line: number, a: number, b = a, endLine = line): Range => ({ start: { line, character: a }, end: { line: endLine, character: b } });

export interface ActionSession {
  /** Each open document's text as the session last sent it. */
  readonly texts: Map<string, string>;
  /** The version the next change is sent with, less one. */
  version: number;
  /** Opens the documents in the client, in turn, each once its findings are published. */
  openAll(documents: readonly (readonly [string, string])[]): Promise<void>;
  /** Sends a document's whole new text to `client()`; resolves with the findings published for it. */
  setText(uri: string, text: string): Promise<PublishedDiagnostic[]>;
  /** The actions at a position: exactly those of the finding there. */
  actionsAt(uri: string, line: number, character: number, client?: LspClient): Promise<Action[]>;
  /**
   * Applies the action's edit as the client would, checks that its finding is gone and that nothing broke (no
   * finding `breaks` accepts), then restores the text.
   */
  expectFixes(action: Action, breaks: (d: PublishedDiagnostic) => boolean): Promise<void>;
  /**
   * Sends `text`, expects the findings of `expected.code` to be one, at `expected.line`:`expected.character`, and the
   * actions there to be one, `expected.title` with `expected.edits`, then applies it (expectFixes with `breaks`).
   */
  expectOnlyFix(uri: string, text: string, expected: { readonly code: string; readonly line: number; readonly character: number; readonly title: string; readonly edits: readonly Edit[] }, breaks: (d: PublishedDiagnostic) => boolean): Promise<void>;
}

/** A session over the client `client()` returns (made when the tests start). */
export function actionSession(client: () => LspClient): ActionSession {
  const session: ActionSession = {
    texts: new Map(),
    version: 1,
    async openAll(documents) {
      for (const [uri, text] of documents) {
        const opened = client().nextDiagnostics(uri);
        session.texts.set(uri, text);
        await client().connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: session.version, text } });
        await opened;
      }
    },
    async setText(uri, text) {
      const next = client().nextDiagnostics(uri);
      session.texts.set(uri, text);
      await client().connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++session.version }, contentChanges: [{ text }] });
      return next;
    },
    actionsAt(uri, line, character, other = client()) {
      return other.connection.sendRequest<Action[]>('textDocument/codeAction', { textDocument: { uri }, range: at(line, character), context: { diagnostics: [] } });
    },
    async expectFixes(action, breaks) {
      const finding = action.diagnostics[0]!;
      for (const [uri, edits] of Object.entries(action.edit.changes)) {
        const before = session.texts.get(uri)!;
        const published = await session.setText(uri, TextDocument.applyEdits(TextDocument.create(uri, 'yaml', 0, before), edits));
        expect(published.filter(breaks)).toEqual([]);
        expect(published.filter((d) => d.code === finding.code && d.message === finding.message)).toEqual([]);
        await session.setText(uri, before);
      }
    },
    async expectOnlyFix(uri, text, expected, breaks) {
      const published = await session.setText(uri, text);
      expect(published.filter((d) => d.code === expected.code).map((d) => d.range.start)).toEqual([{ line: expected.line, character: expected.character }]);
      const actions = await session.actionsAt(uri, expected.line, expected.character);
      expect(actions.map((a) => ({ title: a.title, edits: a.edit.changes[uri] }))).toEqual([{ title: expected.title, edits: expected.edits }]);
      await session.expectFixes(actions[0]!, breaks);
    },
  };
  return session;
}

/**
 * A session over a server started (before the tests) on a temporary folder whose `plans/<name>` is `plan`, opened,
 * initialised with `initializationOptions` (none: the server's defaults) and the client's `capabilities` (none); stopped and removed after them. `uri()` is the
 * file's URI and `client()` the client once started.
 */
export function oneFileSession(prefix: string, plan: string, options: { readonly name?: string; readonly initializationOptions?: object; readonly capabilities?: object } = {}): { session: ActionSession; uri: () => string; client: () => LspClient } {
  let dir: string;
  let client: LspClient;
  let uri = '';
  const session = actionSession(() => client);
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(join(dir, 'plans'));
    const file = join(dir, 'plans', options.name ?? 'p.yaml');
    writeFileSync(file, plan);
    uri = pathToFileURL(file).href;
    client = startClient(builtCli(), dir);
    await client.connection.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: options.capabilities ?? {}, ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }) });
    const first = client.nextDiagnostics(uri);
    await client.connection.sendNotification('initialized', {});
    await first;
    await session.openAll([[uri, plan]]);
  });
  afterAll(async () => {
    await stopClient(client);
    rmSync(dir, { recursive: true, force: true });
  });
  return { session, uri: () => uri, client: () => client };
}
