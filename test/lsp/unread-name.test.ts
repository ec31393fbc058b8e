// A plan file whose name is not UTF-8, in the language server (tester round 63 F1): it is not read (no URI the server
// reads), but the plan it declares is known, so references into that plan are unchecked in the editor as validate
// leaves them (2e6f5df7), not "there is no plan other in the workspace; include the file" about a file that is there.
import { unlinkSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CREATED, DELETED, other, useLinkWorkspace } from './link-workspace.js';

const w = useLinkWorkspace('milepel-lsp-unread-');

describe('a plan file whose name is not UTF-8, in the language server', () => {
  it('leaves the references into the plan it declares unchecked', async () => {
    // plans/good.yaml names other/B; plans/m\xe6ler.yaml declares plan other.
    writeFileSync(Buffer.concat([Buffer.from(join(w.at('plans'), 'm')), Buffer.from([0xe6]), Buffer.from('ler.yaml')]), other('2019-08-30'));
    await w.start();
    const good = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect((await good).map((x) => x.code)).toEqual([]);
  });

  // Tester round 64 F4: such a file made or removed while the server ran left the editor as it was at startup.
  it('follows such a file made and removed while it runs, by the client\'s watched-file events', async () => {
    await w.start();
    const first = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect((await first).map((x) => x.code)).toEqual(['unknown-reference']);
    const name = Buffer.concat([Buffer.from(join(w.at('plans'), 'm')), Buffer.from([0xe6]), Buffer.from('ler.yaml')]);
    // The file's URI as a client gives it: its name's bytes percent-encoded.
    const uri = `${pathToFileURL(w.at('plans')).href}/m%E6ler.yaml`;
    writeFileSync(name, other('2019-08-30'));
    const made = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: CREATED }] });
    expect((await made).map((x) => x.code)).toEqual([]);
    unlinkSync(name);
    const removed = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type: DELETED }] });
    expect((await removed).map((x) => x.code)).toEqual(['unknown-reference']);
  });

  it('without it, the reference is still unknown', async () => {
    await w.start();
    const good = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect((await good).map((x) => x.code)).toEqual(['unknown-reference']);
  });
});
