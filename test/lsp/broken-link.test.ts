// A link named *.yaml in the workspace that leads to nothing or round in a loop, in the language server (SPEC §14):
// validate stops on it (exit 2, test/safety/broken-links.test.ts), and the editor showed nothing at all. It now gets
// one error on its first line, the message validate prints, while the other plans are analysed as before; the error
// goes when the client says the link was deleted or now leads to a plan, and comes when one is made.
import { symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHANGED, CREATED, DELETED, other, useLinkWorkspace } from './link-workspace.js';

const w = useLinkWorkspace('milepel-lsp-links-');

describe('a broken link named like a plan file, in the language server', () => {
  it('gets one error on its first line saying what validate says; the other plans are analysed as before', async () => {
    symlinkSync('/nonexistent-milepel-target', w.at('plans', 'dangling.yaml'));
    await w.start();
    const link = w.client.nextDiagnostics(w.uriOf('plans', 'dangling.yaml'));
    const good = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    const [d] = await link;
    expect(d).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: 1,
      source: 'milepel',
      message: `${w.at('plans', 'dangling.yaml')}: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file`,
    });
    // good.yaml names other/B, which no readable file has: its finding is there as when the link was not.
    expect((await good).map((x) => x.code)).toEqual(['unknown-reference']);
  });

  it('a link loop, in Norwegian when the client asks for it', async () => {
    symlinkSync('l2.yaml', w.at('plans', 'l1.yaml'));
    symlinkSync('l1.yaml', w.at('plans', 'l2.yaml'));
    await w.start({ locale: 'nb' });
    const one = w.client.nextDiagnostics(w.uriOf('plans', 'l1.yaml'));
    const two = w.client.nextDiagnostics(w.uriOf('plans', 'l2.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect((await one).map((x) => x.message)).toEqual([`${w.at('plans', 'l1.yaml')}: kan ikke lese denne planfilen: den er en løkke av symbolske lenker (den peker på l2.yaml, som fører tilbake til den: ELOOP); fjern den, eller la den peke på en planfil`]);
    expect((await two).length).toBe(1);
  });

  it('goes when the link is deleted or leads to a plan, and comes when a plan file becomes a broken link', async () => {
    symlinkSync(w.at('other.yaml'), w.at('plans', 'other.yaml'));
    await w.start();
    const first = w.client.nextDiagnostics(w.uriOf('plans', 'other.yaml'));
    await w.client.connection.sendNotification('initialized', {});
    expect((await first).length).toBe(1);

    // The target is made: the link is a plan now, and its error goes (B is known, good.yaml's finding goes too).
    writeFileSync(w.at('other.yaml'), other('2019-08-30'));
    const cleared = w.client.nextDiagnostics(w.uriOf('plans', 'other.yaml'), (d) => d.length === 0);
    const good = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => d.length === 0);
    await w.changed([w.at('plans', 'other.yaml'), CHANGED]);
    await cleared;
    await good;

    // The target goes again: the plan's findings are taken back and the link's error is there, after the analysis too.
    unlinkSync(w.at('other.yaml'));
    const again = w.client.nextDiagnostics(w.uriOf('plans', 'other.yaml'), (d) => d.length === 1);
    const unknown = w.client.nextDiagnostics(w.uriOf('plans', 'good.yaml'), (d) => d.length === 1);
    await w.changed([w.at('plans', 'other.yaml'), CHANGED]);
    await again;
    await unknown;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(w.client.diagnostics.get(w.uriOf('plans', 'other.yaml'))?.map((x) => x.severity)).toEqual([1]);

    // The link is deleted: nothing is left on it.
    unlinkSync(w.at('plans', 'other.yaml'));
    const gone = w.client.nextDiagnostics(w.uriOf('plans', 'other.yaml'), (d) => d.length === 0);
    await w.changed([w.at('plans', 'other.yaml'), DELETED]);
    await gone;

    // A new broken link is made: its error comes.
    symlinkSync('/nonexistent-milepel-target', w.at('plans', 'new.yaml'));
    const made = w.client.nextDiagnostics(w.uriOf('plans', 'new.yaml'));
    await w.changed([w.at('plans', 'new.yaml'), CREATED]);
    expect((await made).map((x) => x.message)).toEqual([`${w.at('plans', 'new.yaml')}: cannot read this plan file: it is a symbolic link to /nonexistent-milepel-target, which does not exist; remove it or point it at a plan file`]);
  });
});
