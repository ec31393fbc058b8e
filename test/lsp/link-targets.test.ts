// Plans reached through links, folders deleted at once, and the paths a client names, in the language server (SPEC §14;
// tester round 21 #3, #4, #13). A client's watcher reports the path that changed, never the links that lead to it: a
// plan that is a link (or sits in a linked folder) to a file elsewhere is read again when that file is reported
// changed, created or deleted, and becomes a broken link with its error when its target goes. A folder reported
// deleted in one event takes its plans and its broken links' errors with it. A path in initializationOptions.paths
// that is a broken link gets the error one in a folder gets, and one that does not exist is logged once.
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PublishedDiagnostic } from './client.js';
import { CHANGED, CREATED, DELETED, linkError, other, useLinkWorkspace } from './link-workspace.js';

const w = useLinkWorkspace('milepel-lsp-targets-');
const codes = (d: readonly PublishedDiagnostic[]): (string | undefined)[] => d.map((x) => x.code);
/** The one error a broken link gets (it has no rule id). */
const isBrokenLink = (d: readonly PublishedDiagnostic[]): boolean => d.length === 1 && d[0]!.code === undefined && d[0]!.severity === 1;

describe('a plan that is a link to a file elsewhere in the workspace (tester round 21 #3)', () => {
  it('becomes a broken link when the target is reported deleted, and is read again when it is made or changed', async () => {
    mkdirSync(w.at('shared'));
    writeFileSync(w.at('shared', 'other.yaml'), other('2019-08-30'));
    symlinkSync('../shared/other.yaml', w.at('plans', 'other.yaml'));
    await w.start();
    const first = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect(await first).toEqual([]);

    // The watcher reports the target, not the link: the link leads nowhere now, as validate says (exit 2).
    rmSync(w.at('shared', 'other.yaml'));
    const broken = w.client.nextDiagnostics(w.uriOf('plans', 'other.yaml'), isBrokenLink);
    const unknown = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => d.length > 0);
    await w.changed([w.at('shared', 'other.yaml'), DELETED]);
    expect((await broken).map((x) => x.message)).toEqual([linkError(w.at('plans', 'other.yaml'), '../shared/other.yaml')]);
    expect(codes(await unknown)).toEqual(['unknown-reference']);

    // The target is made again, with B later than A: the link is a plan again, and good.yaml's order is wrong.
    writeFileSync(w.at('shared', 'other.yaml'), other('2019-09-20'));
    const readAgain = w.client.nextDiagnostics(w.uriOf('plans', 'other.yaml'), (d) => !isBrokenLink(d));
    const order = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => codes(d).includes('dependency-order'));
    await w.changed([w.at('shared', 'other.yaml'), CREATED]);
    await readAgain;
    expect(codes(await order)).toEqual(['dependency-order']);

    // The target is changed in place: the link's new text is analysed.
    writeFileSync(w.at('shared', 'other.yaml'), other('2019-08-30'));
    const fine = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => d.length === 0);
    await w.changed([w.at('shared', 'other.yaml'), CHANGED]);
    await fine;
  });

  it('in a linked folder: read again when its file is reported changed, gone when the folder is reported deleted', async () => {
    mkdirSync(w.at('shared'));
    writeFileSync(w.at('shared', 'other.yaml'), other('2019-08-30'));
    symlinkSync('../shared', w.at('plans', 'linked'));
    await w.start();
    const first = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect(await first).toEqual([]);

    writeFileSync(w.at('shared', 'other.yaml'), other('2019-09-20'));
    const order = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => d.length > 0);
    await w.changed([w.at('shared', 'other.yaml'), CHANGED]);
    expect(codes(await order)).toEqual(['dependency-order']);

    rmSync(w.at('shared'), { recursive: true });
    const unknown = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => codes(d).includes('unknown-reference'));
    await w.changed([w.at('shared'), DELETED]);
    expect(codes(await unknown)).toEqual(['unknown-reference']);
  });
});

describe('a folder reported deleted in one event (tester round 21 #13)', () => {
  it('takes its plans and the errors of its broken links with it', async () => {
    mkdirSync(w.at('plans', 'sub'));
    writeFileSync(w.at('plans', 'sub', 'other.yaml'), other('2019-09-20'));
    symlinkSync('/nonexistent-milepel-target', w.at('plans', 'sub', 'd.yaml'));
    await w.start();
    const order = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    const link = w.client.nextDiagnostics(w.uriOf('plans', 'sub', 'd.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect(codes(await order)).toEqual(['dependency-order']);
    expect(isBrokenLink(await link)).toBe(true);

    rmSync(w.at('plans', 'sub'), { recursive: true });
    const cleared = w.client.nextDiagnostics(w.uriOf('plans', 'sub', 'd.yaml'), (d) => d.length === 0);
    const unknown = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => codes(d).includes('unknown-reference'));
    await w.changed([w.at('plans', 'sub'), DELETED]);
    await cleared;
    expect(codes(await unknown)).toEqual(['unknown-reference']);
    expect(w.client.diagnostics.get(w.uriOf('plans', 'sub', 'other.yaml')) ?? []).toEqual([]);
  });
});

describe('initializationOptions.paths (tester round 21 #4)', () => {
  it('a broken link named there gets its error; a path that does not exist is logged once', async () => {
    mkdirSync(w.at('b'));
    symlinkSync('target.yaml', w.at('b', 'named.yaml'));
    symlinkSync('loop2.yml', w.at('b', 'loop1.yml'));
    symlinkSync('loop1.yml', w.at('b', 'loop2.yml'));
    await w.start({ paths: ['plans', 'typo-w.dir', 'b/missing.yaml', 'b/named.yaml', 'b/loop1.yml'] });
    const named = w.client.nextDiagnostics(w.uriOf('b', 'named.yaml'));
    const loop = w.client.nextDiagnostics(w.uriOf('b', 'loop1.yml'));
    const good = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect((await named).map((x) => x.message)).toEqual([linkError(w.at('b', 'named.yaml'), 'target.yaml')]);
    expect((await loop).map((x) => x.message)).toEqual([`${w.at('b', 'loop1.yml')}: cannot read this plan file: it is a symbolic link loop (it points at loop2.yml, which leads back to it: ELOOP); remove it or point it at a plan file`]);
    expect(codes(await good)).toEqual(['unknown-reference']);
    const typo = w.client.logs.filter((l) => l.includes('typo-w.dir'));
    const missing = w.client.logs.filter((l) => l.includes('missing.yaml'));
    expect(typo).toEqual([`milepel: initializationOptions.paths: "typo-w.dir" is left out of the workspace: ${w.at('typo-w.dir')}: no such file or directory; correct the path or remove it from the client's settings`]);
    expect(missing.length).toBe(1);
    expect(w.client.logs.filter((l) => l.includes('named.yaml') || l.includes('loop1.yml'))).toEqual([]);

    // The link named there is a plan file of the workspace: when its target is made, it is read.
    writeFileSync(w.at('b', 'target.yaml'), other('2019-08-30'));
    const fixed = w.client.nextDiagnostics(w.uriOf('b', 'named.yaml'), (d) => !isBrokenLink(d));
    const resolved = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => d.length === 0);
    await w.changed([w.at('b', 'target.yaml'), CREATED]);
    await fixed;
    await resolved;
  });
});
