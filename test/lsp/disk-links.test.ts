// The language server's record of links on disk (src/lsp/disk-links.ts), without a server: which files a watched-file
// event makes it read again, and when a broken link's error is published again. The server-level behaviour is in
// broken-link.test.ts and link-targets.test.ts; these pin the decisions one at a time.
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { msg, type Message } from '../../src/messages/index.js';
import { DiskLinks, isAtOrUnder } from '../../src/lsp/disk-links.js';

const uri = (path: string): string => pathToFileURL(path).href;
const broken = (path: string, target: string): Message => msg('cli.walk.broken-link', { path, target, end: null, loop: false, more: 0 });

/** A disk where `links` maps a path to its real path and `dangling` maps a link that leads nowhere to its target. */
function disk(links: Record<string, string> = {}, dangling: Record<string, string> = {}): DiskLinks {
  return new DiskLinks({
    realPath: (path) => (path in dangling ? undefined : links[path] ?? path),
    brokenLink: (path) => (path in dangling ? broken(path, dangling[path]!) : undefined),
  });
}

describe('isAtOrUnder', () => {
  it('is the folder itself or a path below it, not a sibling that shares its prefix', () => {
    expect(isAtOrUnder('/w/plans', '/w/plans')).toBe(true);
    expect(isAtOrUnder('/w/plans/a.yaml', '/w/plans')).toBe(true);
    expect(isAtOrUnder('/w/plans/a.yaml', '/w/plans/')).toBe(true);
    expect(isAtOrUnder('/w/plans-old/a.yaml', '/w/plans')).toBe(false);
  });
});

describe('DiskLinks.toReadAgain', () => {
  it('a change to a link target reads again the plan that is a link to it, not only the path reported', () => {
    const links = disk({ '/w/plans/other.yaml': '/w/shared/other.yaml' });
    links.noteRealPath(uri('/w/plans/other.yaml'), '/w/plans/other.yaml');
    links.noteRealPath(uri('/w/plans/good.yaml'), '/w/plans/good.yaml');
    expect(links.toReadAgain(uri('/w/shared/other.yaml'), '/w/shared/other.yaml', false, false, false, () => [])).toEqual([
      { uri: uri('/w/plans/other.yaml'), path: '/w/plans/other.yaml', gone: false },
    ]);
  });

  it('a folder reported deleted takes every workspace file and broken link under it, each once', () => {
    const links = disk();
    links.addBroken(uri('/w/plans/sub/dangling.yaml'), broken('/w/plans/sub/dangling.yaml', '/nowhere'));
    const files = [uri('/w/plans/sub/a.yaml'), uri('/w/plans/b.yaml')];
    const again = links.toReadAgain(uri('/w/plans/sub'), '/w/plans/sub', true, true, false, () => files);
    expect(again).toEqual([
      { uri: uri('/w/plans/sub'), path: '/w/plans/sub', gone: true },
      { uri: uri('/w/plans/sub/a.yaml'), path: '/w/plans/sub/a.yaml', gone: true },
      { uri: uri('/w/plans/sub/dangling.yaml'), path: '/w/plans/sub/dangling.yaml', gone: true },
    ]);
  });

  it('a deleted workspace file does not walk the workspace; broken links are looked at on every event', () => {
    const links = disk();
    links.addBroken(uri('/w/plans/dangling.yaml'), broken('/w/plans/dangling.yaml', '/w/made.yaml'));
    const walked: string[] = [];
    const again = links.toReadAgain(uri('/w/plans/a.yaml'), '/w/plans/a.yaml', true, true, true, () => {
      walked.push('walked');
      return [];
    });
    expect(walked).toEqual([]);
    expect(again.map((f) => [f.path, f.gone])).toEqual([['/w/plans/a.yaml', true], ['/w/plans/dangling.yaml', false]]);
  });
});

describe('DiskLinks.lookAgain', () => {
  it('says changed when a link breaks, when its error reads otherwise, and when it leads to a plan again; not when nothing changed', () => {
    const dangling: Record<string, string> = { '/w/plans/l.yaml': '/w/one.yaml' };
    const links = new DiskLinks({ realPath: (p) => p, brokenLink: (p) => (p in dangling ? broken(p, dangling[p]!) : undefined) });
    const l = uri('/w/plans/l.yaml');
    expect(links.lookAgain(l, '/w/plans/l.yaml', false)).toBe(true);
    expect(links.diagnosticsOutsideAnalysis(l, 'en').map((d) => d.message)).toEqual([
      '/w/plans/l.yaml: cannot read this plan file: it is a symbolic link to /w/one.yaml, which does not exist; remove it or point it at a plan file',
    ]);
    expect(links.lookAgain(l, '/w/plans/l.yaml', false)).toBe(false);
    dangling['/w/plans/l.yaml'] = '/w/two.yaml';
    expect(links.lookAgain(l, '/w/plans/l.yaml', false)).toBe(true);
    expect(links.lookAgain(l, '/w/plans/l.yaml', true)).toBe(true);
    expect(links.diagnosticsOutsideAnalysis(l, 'en')).toEqual([]);
    expect(links.lookAgain(l, '/w/plans/l.yaml', true)).toBe(false);
  });
});
