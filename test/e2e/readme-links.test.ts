// Tester round 33 F7: the README installed with milepel (npm's tarball, the release tag, whose tree is that package)
// linked to files the package does not have: editors/vscode/, scripts/release.sh, bench/results.md. Every relative
// link of the README must name a file the package ships; the rest link to the repository.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/fake-io.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
const files = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { files: string[] }).files;

describe("the README's relative links", () => {
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:|^#/.test(href));

  it('are there, and each names a file or folder the package ships', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) {
      const path = href.replace(/#.*$/, '');
      expect(existsSync(join(REPO_ROOT, path)), href).toBe(true);
      expect(files.some((f) => (f.endsWith('/') ? path.startsWith(f) || `${path}/` === f : path === f)), `${href} is not in package.json files`).toBe(true);
    }
  });

  it('include the VS Code extension, which the package ships', () => {
    expect(links).toContain('editors/vscode/');
  });
});
