// Plans reached through links, folders deleted at once, and the paths a client names, in the language server (SPEC §14;
// tester round 21 #3, #4, #13). A client's watcher reports the path that changed, never the links that lead to it: a
// plan that is a link (or sits in a linked folder) to a file elsewhere is read again when that file is reported
// changed, created or deleted, and becomes a broken link with its error when its target goes. A folder reported
// deleted in one event takes its plans and its broken links' errors with it. A path in initializationOptions.paths
// that is a broken link gets the error one in a folder gets, and one that does not exist is logged once.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient, type PublishedDiagnostic } from './client.js';

const GOOD = 'plan: {id: good, title: Good}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02, after: [other/B]}\n';
const other = (date: string): string => `plan: {id: other, title: Other}\nmilestones:\n  - {id: B, title: B, date: ${date}}\n`;
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

let dir: string;
let client: LspClient;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-targets-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'good.yaml'), GOOD);
});
afterEach(() => {
  if (client !== undefined && client.child.exitCode === null) client.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

const at = (...names: string[]): string => join(dir, ...names);
const uriOf = (...names: string[]): string => pathToFileURL(at(...names)).href;
const codes = (d: readonly PublishedDiagnostic[]): (string | undefined)[] => d.map((x) => x.code);
/** The one error a broken link gets (it has no rule id). */
const isBrokenLink = (d: readonly PublishedDiagnostic[]): boolean => d.length === 1 && d[0]!.code === undefined && d[0]!.severity === 1;
const linkError = (path: string, target: string): string => `${path}: cannot read this plan file: it is a symbolic link to ${target}, which does not exist; remove it or point it at a plan file`;
const changed = (...changes: [string, number][]): Promise<void> =>
  client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map(([path, type]) => ({ uri: pathToFileURL(path).href, type })) });

async function start(options: Record<string, unknown> = {}): Promise<void> {
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', {
    processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2019-09-01', ...options },
  });
}

describe('a plan that is a link to a file elsewhere in the workspace (tester round 21 #3)', () => {
  it('becomes a broken link when the target is reported deleted, and is read again when it is made or changed', async () => {
    mkdirSync(at('shared'));
    writeFileSync(at('shared', 'other.yaml'), other('2019-08-30'));
    symlinkSync('../shared/other.yaml', at('plans', 'other.yaml'));
    await start();
    const first = client.nextDiagnostics(uriOf('plans', 'good.yaml'));
    await client.connection.sendNotification('initialized', {});
    expect(await first).toEqual([]);

    // The watcher reports the target, not the link: the link leads nowhere now, as validate says (exit 2).
    rmSync(at('shared', 'other.yaml'));
    const broken = client.nextDiagnostics(uriOf('plans', 'other.yaml'), isBrokenLink);
    const unknown = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => d.length > 0);
    await changed([at('shared', 'other.yaml'), DELETED]);
    expect((await broken).map((x) => x.message)).toEqual([linkError(at('plans', 'other.yaml'), '../shared/other.yaml')]);
    expect(codes(await unknown)).toEqual(['unknown-reference']);

    // The target is made again, with B later than A: the link is a plan again, and good.yaml's order is wrong.
    writeFileSync(at('shared', 'other.yaml'), other('2019-09-20'));
    const readAgain = client.nextDiagnostics(uriOf('plans', 'other.yaml'), (d) => !isBrokenLink(d));
    const order = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => codes(d).includes('dependency-order'));
    await changed([at('shared', 'other.yaml'), CREATED]);
    await readAgain;
    expect(codes(await order)).toEqual(['dependency-order']);

    // The target is changed in place: the link's new text is analysed.
    writeFileSync(at('shared', 'other.yaml'), other('2019-08-30'));
    const fine = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => d.length === 0);
    await changed([at('shared', 'other.yaml'), CHANGED]);
    await fine;
  });

  it('in a linked folder: read again when its file is reported changed, gone when the folder is reported deleted', async () => {
    mkdirSync(at('shared'));
    writeFileSync(at('shared', 'other.yaml'), other('2019-08-30'));
    symlinkSync('../shared', at('plans', 'linked'));
    await start();
    const first = client.nextDiagnostics(uriOf('plans', 'good.yaml'));
    await client.connection.sendNotification('initialized', {});
    expect(await first).toEqual([]);

    writeFileSync(at('shared', 'other.yaml'), other('2019-09-20'));
    const order = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => d.length > 0);
    await changed([at('shared', 'other.yaml'), CHANGED]);
    expect(codes(await order)).toEqual(['dependency-order']);

    rmSync(at('shared'), { recursive: true });
    const unknown = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => codes(d).includes('unknown-reference'));
    await changed([at('shared'), DELETED]);
    expect(codes(await unknown)).toEqual(['unknown-reference']);
  });
});

describe('a folder reported deleted in one event (tester round 21 #13)', () => {
  it('takes its plans and the errors of its broken links with it', async () => {
    mkdirSync(at('plans', 'sub'));
    writeFileSync(at('plans', 'sub', 'other.yaml'), other('2019-09-20'));
    symlinkSync('/nonexistent-milepel-target', at('plans', 'sub', 'd.yaml'));
    await start();
    const order = client.nextDiagnostics(uriOf('plans', 'good.yaml'));
    const link = client.nextDiagnostics(uriOf('plans', 'sub', 'd.yaml'));
    await client.connection.sendNotification('initialized', {});
    expect(codes(await order)).toEqual(['dependency-order']);
    expect(isBrokenLink(await link)).toBe(true);

    rmSync(at('plans', 'sub'), { recursive: true });
    const cleared = client.nextDiagnostics(uriOf('plans', 'sub', 'd.yaml'), (d) => d.length === 0);
    const unknown = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => codes(d).includes('unknown-reference'));
    await changed([at('plans', 'sub'), DELETED]);
    await cleared;
    expect(codes(await unknown)).toEqual(['unknown-reference']);
    expect(client.diagnostics.get(uriOf('plans', 'sub', 'other.yaml')) ?? []).toEqual([]);
  });
});

describe('initializationOptions.paths (tester round 21 #4)', () => {
  it('a broken link named there gets its error; a path that does not exist is logged once', async () => {
    mkdirSync(at('b'));
    symlinkSync('target.yaml', at('b', 'named.yaml'));
    symlinkSync('loop2.yml', at('b', 'loop1.yml'));
    symlinkSync('loop1.yml', at('b', 'loop2.yml'));
    await start({ paths: ['plans', 'typo-dir', 'b/missing.yaml', 'b/named.yaml', 'b/loop1.yml'] });
    const named = client.nextDiagnostics(uriOf('b', 'named.yaml'));
    const loop = client.nextDiagnostics(uriOf('b', 'loop1.yml'));
    const good = client.nextDiagnostics(uriOf('plans', 'good.yaml'));
    await client.connection.sendNotification('initialized', {});
    expect((await named).map((x) => x.message)).toEqual([linkError(at('b', 'named.yaml'), 'target.yaml')]);
    expect((await loop).map((x) => x.message)).toEqual([`${at('b', 'loop1.yml')}: cannot read this plan file: it is a symbolic link loop (it points at loop2.yml, which leads back to it: ELOOP); remove it or point it at a plan file`]);
    expect(codes(await good)).toEqual(['unknown-reference']);
    const typo = client.logs.filter((l) => l.includes('typo-dir'));
    const missing = client.logs.filter((l) => l.includes('missing.yaml'));
    expect(typo).toEqual([`milepel: initializationOptions.paths: "typo-dir" is left out of the workspace: ${at('typo-dir')}: no such file or directory; correct the path or remove it from the client's settings`]);
    expect(missing.length).toBe(1);
    expect(client.logs.filter((l) => l.includes('named.yaml') || l.includes('loop1.yml'))).toEqual([]);

    // The link named there is a plan file of the workspace: when its target is made, it is read.
    writeFileSync(at('b', 'target.yaml'), other('2019-08-30'));
    const fixed = client.nextDiagnostics(uriOf('b', 'named.yaml'), (d) => !isBrokenLink(d));
    const resolved = client.nextDiagnostics(uriOf('plans', 'good.yaml'), (d) => d.length === 0);
    await changed([at('b', 'target.yaml'), CREATED]);
    await fixed;
    await resolved;
  });
});
