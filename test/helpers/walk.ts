// Walking fixture and source directories in tests. A walk that finds nothing throws: a moved folder or a wrong
// pattern must fail the test that relies on it, never turn it into a loop over nothing.
import { readdirSync } from 'node:fs';
import { posix } from 'node:path';
import { REPO_ROOT } from './fake-io.js';

/** Files below `dir` (relative to the repository root, `/`-separated) whose name matches `name`, as repository-relative
 * paths in code-point order. Iterative; throws when `dir` cannot be read or holds no such file. */
export function findFiles(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(posix.join(REPO_ROOT, d), { withFileTypes: true });
    } catch (e) {
      throw new Error(`cannot walk ${d}: ${(e as Error).message}`, { cause: e });
    }
    for (const entry of entries) {
      const path = posix.join(d, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (name.test(entry.name)) out.push(path);
    }
  }
  if (out.length === 0) throw new Error(`no file matching ${String(name)} below ${dir}: the walk found nothing`);
  return out.sort();
}

/** The folders directly below `dir` (repository-relative), sorted; throws when there are none. */
export function findDirs(dir: string): string[] {
  const out = readdirSync(posix.join(REPO_ROOT, dir), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => posix.join(dir, d.name))
    .sort();
  if (out.length === 0) throw new Error(`no folder below ${dir}: the walk found nothing`);
  return out;
}

/** Absolute path of a repository-relative one. */
export function fromRoot(path: string): string {
  return posix.join(REPO_ROOT, path);
}
