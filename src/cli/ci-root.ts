// The directory CI maps finding paths from (SPEC §15): GITHUB_WORKSPACE / CI_PROJECT_DIR, else the git top level, else the working directory.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { GitRunner } from './baseline.js';
import type { Io } from './io.js';

/**
 * The root that `github`, `sarif` and `gitlab` paths are relative to. A missing git or a working
 * directory outside any repository is not an error: the working directory is the root then, as
 * SPEC §15 says. `git` is created (and child_process loaded) only when no CI variable is set.
 */
export async function findCiRoot(io: Io, git?: GitRunner): Promise<string> {
  const cwd = io.cwd();
  for (const name of ['GITHUB_WORKSPACE', 'CI_PROJECT_DIR']) {
    const value = io.env[name];
    if (value !== undefined && value !== '') return resolve(cwd, value);
  }
  const run = git ?? (await import('./baseline.js')).nodeGit(cwd);
  const top = run(['rev-parse', '--show-toplevel']);
  const path = top.status === 0 ? top.stdout.toString('utf8').trim() : '';
  return path === '' ? cwd : resolve(cwd, path);
}

/**
 * Maps a path as given on the command line (relative to `cwd`, or absolute) to one relative to
 * `root`, with forward slashes. A file outside the root keeps its absolute path: `../` would name a
 * file CI cannot show.
 */
export function relativeTo(root: string, cwd: string): (file: string) => string {
  return (file) => {
    const absolute = resolve(cwd, file);
    const rel = relative(root, absolute);
    const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
    return (inside ? rel : absolute).split(sep).join('/');
  };
}
