// A workspace on disk for the language server's link tests (broken-link.test.ts, link-targets.test.ts): a temporary
// folder with plans/good.yaml, which names other/B, and a server started on it; removed after each test.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient } from './client.js';

/** plans/good.yaml: A after other/B, which no file has until a test makes one. */
export const GOOD = 'plan: {id: good, title: Good}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02, after: [other/B]}\n';
/** A plan `other` whose B finishes on `date`. */
export const other = (date: string): string => `plan: {id: other, title: Other}\nmilestones:\n  - {id: B, title: B, date: ${date}}\n`;
/** LSP FileChangeType. */
export const CREATED = 1;
export const CHANGED = 2;
export const DELETED = 3;

/** The error validate prints, and the server publishes, for a link that leads to nothing. */
export const linkError = (path: string, target: string): string => `${path}: cannot read this plan file: it is a symbolic link to ${target}, which does not exist; remove it or point it at a plan file`;

export interface LinkWorkspace {
  /** The folder (the client's root). */
  readonly dir: string;
  /** The client of the server `start` started. */
  readonly client: LspClient;
  /** The path of `names` under the folder. */
  at(...names: string[]): string;
  /** The file URI of `names` under the folder. */
  uriOf(...names: string[]): string;
  /** Starts the server and sends initialize (today 2019-09-01, plus `options`). */
  start(options?: Record<string, unknown>): Promise<void>;
  /** Sends workspace/didChangeWatchedFiles for the [path, FileChangeType] pairs. */
  changed(...changes: [string, number][]): Promise<void>;
}

/** A LinkWorkspace made before each test of the file and removed after it; `prefix` names the temporary folders. */
export function useLinkWorkspace(prefix: string): LinkWorkspace {
  let dir = '';
  let client: LspClient | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    mkdirSync(join(dir, 'plans'));
    writeFileSync(join(dir, 'plans', 'good.yaml'), GOOD);
  });
  afterEach(() => {
    if (client !== undefined && client.child.exitCode === null) client.child.kill();
    client = undefined;
    rmSync(dir, { recursive: true, force: true });
  });
  const at = (...names: string[]): string => join(dir, ...names);
  return {
    get dir() {
      return dir;
    },
    get client() {
      if (client === undefined) throw new Error('start() the server first');
      return client;
    },
    at,
    uriOf: (...names) => pathToFileURL(at(...names)).href,
    async start(options = {}) {
      client = startClient(builtCli(), dir);
      await client.connection.sendRequest('initialize', {
        processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2019-09-01', ...options },
      });
    },
    changed: (...changes) => client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([path, type]) => ({ uri: pathToFileURL(path).href, type })) }),
  };
}
