// A link named *.yaml in the workspace that leads to nothing or round in a loop, in the language server (SPEC §14):
// validate stops on it (exit 2, test/safety/broken-links.test.ts), and the editor showed nothing at all. It now gets
// one error on its first line, the message validate prints, while the other plans are analysed as before; the error
// goes when the client says the link was deleted or now leads to a plan, and comes when one is made.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { builtCli } from '../helpers/built-cli.js';
import { startClient, type LspClient } from './client.js';

const GOOD = 'plan: {id: good, title: Good}\nmilestones:\n  - {id: A, title: A, date: 2019-09-02, after: [other/B]}\n';
const OTHER = 'plan: {id: other, title: Other}\nmilestones:\n  - {id: B, title: B, date: 2019-08-30}\n';
const CREATED = 1;
const CHANGED = 2;
const DELETED = 3;

let dir: string;
let client: LspClient;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'milepel-lsp-links-'));
  mkdirSync(join(dir, 'plans'));
  writeFileSync(join(dir, 'plans', 'good.yaml'), GOOD);
});
afterEach(() => {
  if (client !== undefined && client.child.exitCode === null) client.child.kill();
  rmSync(dir, { recursive: true, force: true });
});

const uriOf = (name: string): string => pathToFileURL(join(dir, 'plans', name)).href;

async function start(locale?: string): Promise<void> {
  client = startClient(builtCli(), dir);
  await client.connection.sendRequest('initialize', {
    processId: null, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { today: '2019-09-01', ...(locale === undefined ? {} : { locale }) },
  });
}

describe('a broken link named like a plan file, in the language server', () => {
  it('gets one error on its first line saying what validate says; the other plans are analysed as before', async () => {
    symlinkSync('/nonexistent-milepel-target', join(dir, 'plans', 'dangling.yaml'));
    await start();
    const link = client.nextDiagnostics(uriOf('dangling.yaml'));
    const good = client.nextDiagnostics(uriOf('good.yaml'));
    await client.connection.sendNotification('initialized', {});
    const [d] = await link;
    expect(d).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1,
      source: 'milepel',
      message: `${join(dir, 'plans', 'dangling.yaml')}: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file`,
    });
    // good.yaml names other/B, which no readable file has: its finding is there as when the link was not.
    expect((await good).map((x) => x.code)).toEqual(['unknown-reference']);
  });

  it('a link loop, in Norwegian when the client asks for it', async () => {
    symlinkSync('l2.yaml', join(dir, 'plans', 'l1.yaml'));
    symlinkSync('l1.yaml', join(dir, 'plans', 'l2.yaml'));
    await start('nb');
    const one = client.nextDiagnostics(uriOf('l1.yaml'));
    const two = client.nextDiagnostics(uriOf('l2.yaml'));
    await client.connection.sendNotification('initialized', {});
    expect((await one).map((x) => x.message)).toEqual([`${join(dir, 'plans', 'l1.yaml')}: kan ikke lese denne planfilen: den er en løkke av symbolske lenker (den peker på l2.yaml, som fører tilbake til den: ELOOP); fjern den, eller la den peke på en planfil`]);
    expect((await two).length).toBe(1);
  });

  it('goes when the link is deleted or leads to a plan, and comes when a plan file becomes a broken link', async () => {
    symlinkSync(join(dir, 'other.yaml'), join(dir, 'plans', 'other.yaml'));
    await start();
    const first = client.nextDiagnostics(uriOf('other.yaml'));
    await client.connection.sendNotification('initialized', {});
    expect((await first).length).toBe(1);

    // The target is made: the link is a plan now, and its error goes (B is known, good.yaml's finding goes too).
    writeFileSync(join(dir, 'other.yaml'), OTHER);
    const cleared = client.nextDiagnostics(uriOf('other.yaml'), (d) => d.length === 0);
    const good = client.nextDiagnostics(uriOf('good.yaml'), (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('other.yaml'), type: CHANGED }] });
    await cleared;
    await good;

    // The target goes again: the plan's findings are taken back and the link's error is there, after the analysis too.
    unlinkSync(join(dir, 'other.yaml'));
    const again = client.nextDiagnostics(uriOf('other.yaml'), (d) => d.length === 1);
    const unknown = client.nextDiagnostics(uriOf('good.yaml'), (d) => d.length === 1);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('other.yaml'), type: CHANGED }] });
    await again;
    await unknown;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(client.diagnostics.get(uriOf('other.yaml'))?.map((x) => x.severity)).toEqual([1]);

    // The link is deleted: nothing is left on it.
    unlinkSync(join(dir, 'plans', 'other.yaml'));
    const gone = client.nextDiagnostics(uriOf('other.yaml'), (d) => d.length === 0);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('other.yaml'), type: DELETED }] });
    await gone;

    // A new broken link is made: its error comes.
    symlinkSync('/nonexistent-milepel-target', join(dir, 'plans', 'new.yaml'));
    const made = client.nextDiagnostics(uriOf('new.yaml'));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('new.yaml'), type: CREATED }] });
    expect((await made).map((x) => x.message)).toEqual([`${join(dir, 'plans', 'new.yaml')}: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file`]);
  });
});
