// Whether a folder is itself a plans folder: plan files directly in it, found without reading a tree (a repository's
// root is not walked), for `init` (not inside a workspace) and for validate's hint when ./plans is missing.
import { posix } from 'node:path';
import type { Io } from './io.js';

/** A file validate reads (SPEC §1: `*.yaml` / `*.yml`). */
const YAML_FILE = /\.ya?ml$/i;

/** A top-level key of a plan file (SPEC §1.1) at a line's start: what tells a plan from a CI or compose file. */
const PLAN_KEY = /^(?:plan|milestones|bodies|meetings|goals|measures|risks|gates)[ \t]*:/m;

/** How much of each file is read for its keys: a plan writes one of them near its start. */
const HEAD_BYTES = 64 * 1024;

/**
 * The names of the plan files directly in folder `dir` (sorted): `*.yaml` / `*.yml` files whose first 64 KB write a
 * top-level key of a plan at a line's start. None for a folder that cannot be read. Sub-folders are not looked into.
 */
export function planFilesDirectlyIn(io: Io, dir: string): string[] {
  let entries;
  try {
    entries = io.readDir(dir);
  } catch {
    return [];
  }
  const found: string[] = [];
  for (const e of entries) {
    if (!YAML_FILE.test(e.name) || e.isUtf8Name === false) continue;
    const path = posix.join(dir, e.name);
    // Regular files only, links followed: a FIFO named x.yaml would block the read (SPEC's special files).
    if (!(e.isFile || (e.isSymlink === true && io.stat(path)?.isFile === true))) continue;
    try {
      const head = new TextDecoder().decode(io.readBytes(path, HEAD_BYTES));
      if (PLAN_KEY.test(head)) found.push(e.name);
    } catch {
      // A file it cannot read is no plan file to go by here: validate says what it is.
    }
  }
  return found.sort();
}

/**
 * The nearest folder above `dir` (resolved against the current directory) that holds plan files directly, with them;
 * undefined when none does. Looked at: inside a repository (the nearest folder above `dir` with `.git`), the folders
 * up to its root; outside one, the current directory only, when `dir` is inside it. Folders inside the current
 * directory are left to the caller (init reads those whole). So `cd plans && milepel init`, `init ../plans/p7` in a
 * repository and an absolute path into it are refused (tester round 106 F1: init wrote the example among the plans),
 * while a folder outside any repository is not judged by what lies above it: a stray plan file in /tmp refused every
 * init below /tmp (session 61, the test suite beside a tester's files).
 */
export function planFolderAbove(io: Io, dir: string): { folder: string; files: string[] } | undefined {
  const cwd = io.cwd();
  const target = posix.resolve(cwd, dir);
  const root = repositoryRoot(io, posix.dirname(target));
  const within = (folder: string, top: string): boolean => folder === top || folder.startsWith(top === '/' ? '/' : `${top}/`);
  for (let folder = posix.dirname(target); ; folder = posix.dirname(folder)) {
    const relative = posix.relative(cwd, folder);
    const inside = relative !== '' && !relative.startsWith('..') && !posix.isAbsolute(relative);
    const looked = !inside && (root !== undefined ? within(folder, root) : folder === cwd);
    if (looked) {
      const files = planFilesDirectlyIn(io, folder);
      if (files.length > 0) return { folder: relative === '' ? '.' : relative, files };
    }
    if (folder === (root ?? cwd) || folder === posix.dirname(folder)) return undefined;
  }
}

/** The nearest folder from `folder` up that holds `.git` (a repository's root); undefined when none does. */
function repositoryRoot(io: Io, folder: string): string | undefined {
  for (let f = folder; ; f = posix.dirname(f)) {
    if (io.exists(posix.join(f, '.git'))) return f;
    if (f === posix.dirname(f)) return undefined;
  }
}
