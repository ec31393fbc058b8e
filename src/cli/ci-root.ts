// The directory CI maps finding paths from (SPEC §15): GITHUB_WORKSPACE / CI_PROJECT_DIR, else the git top level, else the working directory.
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { GitRunner } from './baseline.js';
import type { Io } from './io.js';
import { msg, renderMessage, type Locale } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';

/**
 * The root that `github`, `sarif` and `gitlab` paths are relative to. A working directory outside any repository is
 * not an error: the working directory is the root then, as SPEC §15 says. When git cannot say the top level — it
 * refuses the repository ("detected dubious ownership", safe.directory), or it cannot run at all — the top level is
 * the nearest directory at or above the working directory that holds `.git` (as git itself finds it), and one note
 * on stderr says which root was used and why; without a `.git` above, the working directory. `git` is created (and
 * child_process loaded) only when no CI variable is set.
 */
export async function findCiRoot(io: Io, git?: GitRunner, locale: Locale = 'en'): Promise<string> {
  const cwd = io.cwd();
  for (const name of ['GITHUB_WORKSPACE', 'CI_PROJECT_DIR']) {
    const value = io.env[name];
    if (value !== undefined && value !== '') return resolve(cwd, value);
  }
  const run = git ?? (await import('./baseline.js')).nodeGit(cwd);
  const top = run(['rev-parse', '--show-toplevel']);
  const path = top.status === 0 ? top.stdout.toString('utf8').trim() : '';
  if (path !== '') return resolve(cwd, path);
  const said = firstLine(top.stderr).replace(/^fatal: /, '');
  if (top.status === 0 || (top.errorCode === undefined && (said === '' || /not a git repository/i.test(said)))) return cwd;
  const found = findDotGit(io, cwd);
  const root = found ?? cwd;
  const note = top.errorCode === undefined
    ? msg('cli.ci-root.git-refused', { said: escapeControl(said), root: escapeControl(root), found: found !== undefined })
    : found === undefined ? undefined : msg('cli.ci-root.no-git', { code: escapeControl(top.errorCode), root: escapeControl(root) });
  if (note !== undefined) io.stderr(`milepel: ${renderMessage(note, locale)}\n`);
  return root;
}

function firstLine(text: string): string {
  return text.trim().split(/\r?\n/)[0] ?? '';
}

/** The nearest directory at or above `from` that holds `.git` (a directory, or a file as in worktrees and submodules). */
export function findDotGit(io: Io, from: string): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (io.stat(join(dir, '.git')) !== undefined) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Maps a path as given on the command line (relative to `cwd`, or absolute) to one relative to
 * `root`, with forward slashes. A file outside the root keeps its absolute path: `../` would name a
 * file CI cannot show. `sameDirectory(a, b)`, when given, says whether two paths are one directory (by device and
 * inode): a file whose path leaves the root is then placed by the directory above it that is the root reached another
 * way. GITHUB_WORKSPACE through a symbolic link (a runner's `_work`, macOS's /var → /private/var) is not the physical
 * working directory the paths are read from, and every annotation had an absolute path (tester round 27 F2).
 */
export function relativeTo(root: string, cwd: string, sameDirectory?: (a: string, b: string) => boolean): (file: string) => string {
  const below = (dir: string, absolute: string): string | undefined => {
    const rel = relative(dir, absolute);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? rel : undefined;
  };
  const found = new Map<string, string>();
  const throughLink = (absolute: string): string | undefined => {
    for (let dir = dirname(absolute); ; dir = dirname(dir)) {
      if (sameDirectory!(dir, root)) return below(dir, absolute);
      if (dirname(dir) === dir) return undefined;
    }
  };
  return (file) => {
    const absolute = resolve(cwd, file);
    let rel = below(root, absolute);
    if (rel === undefined && sameDirectory !== undefined) {
      rel = found.get(absolute);
      if (rel === undefined) {
        rel = throughLink(absolute) ?? absolute;
        found.set(absolute, rel);
      }
    }
    return (rel ?? absolute).split(sep).join('/');
  };
}
