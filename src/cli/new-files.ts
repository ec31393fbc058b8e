// New files for `init` and `import`, all or nothing: every target is checked before any is written, and what this run
// made is removed again when a later write fails (README: "written whole or not at all"; SPEC §10, init in §9).
import { posix } from 'node:path';
import type { Io } from './io.js';

/** A file to create; `path` must not exist. */
export interface NewFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Makes `dirs` (and their missing ancestors), then creates `files`, each new, in that order. Before anything is
 * written, a non-directory where a directory is to be made (at it or an ancestor), a directory where a file is to be
 * made and an existing file target are refused: the error carries the path as the caller wrote it in `inTheWay`,
 * `directoryAt` or `existing` (cli/fs-error.ts names it). When a step
 * fails later (permission, full disk, a race), the files and directories this call made are removed, newest first,
 * and the error is thrown as it was: nothing that existed before is touched. Throws file-system errors only (`code`).
 */
export function writeNewFiles(io: Io, dirs: readonly string[], files: readonly NewFile[]): void {
  for (const dir of dirs) {
    const blocker = inTheWay(io, dir);
    if (blocker !== undefined) throw fsError(blocker === dir ? 'EEXIST' : 'ENOTDIR', blocker, { inTheWay: blocker });
  }
  for (const f of files) {
    // A directory where a file is to go is said as such: "already exists" sent a tester to look for a file.
    if (io.stat(f.path)?.isDirectory === true) throw fsError('EISDIR', f.path, { directoryAt: f.path });
    if (io.exists(f.path)) throw fsError('EEXIST', f.path, { existing: f.path });
  }
  const madeDirs: string[] = [];
  const madeFiles: string[] = [];
  try {
    for (const dir of dirs) io.makeDir(dir, madeDirs);
    for (const f of files) {
      try {
        io.createText(f.path, f.text);
      } catch (error) {
        // What the look above missed: a symbolic link to nothing there, which exists though nothing is behind it
        // (a tester was told "a file is in the way of the directory"), or a file made since. Named, as it is refused.
        if ((error as NodeJS.ErrnoException | null)?.code === 'EEXIST') throw fsError('EEXIST', f.path, { existing: f.path });
        throw error;
      }
      madeFiles.push(f.path);
    }
  } catch (error) {
    undo(madeFiles, io.removeFile);
    undo(madeDirs, io.removeDir);
    throw error;
  }
}

/**
 * The first directory below `root` on the way to one of `files` that is a symbolic link to a directory, and where it
 * points: init and import write nothing outside the folder they are given (README), and a write through such a link
 * (`plans/schemas` → /elsewhere) would (tester round 18 #5). `root` itself is the user's to name, link or not.
 */
export function linkedDirOnTheWay(io: Io, root: string, files: readonly string[]): { readonly path: string; readonly target: string } | undefined {
  const top = posix.normalize(root).replace(/(.)\/+$/, '$1');
  const looked = new Set<string>();
  for (const file of files) {
    for (let at = posix.dirname(file); at !== top && at !== '.' && posix.dirname(at) !== at && !looked.has(at); at = posix.dirname(at)) {
      looked.add(at);
      const look = io.lookAt?.(posix.dirname(at), posix.basename(at));
      // A link round in a loop is refused by the same words: it is a link in the way, which the write would go
      // through (tester round 19 #8: it was "ELOOP (ELOOP)", naming neither the link nor the fix).
      if (look?.linkTarget !== undefined && (look.stat?.isDirectory === true || look.failure === 'ELOOP')) return { path: at, target: look.linkTarget };
    }
  }
  return undefined;
}

/** The first existing path that is not a directory, from `dir` up to the root; undefined when `dir` can be made. */
function inTheWay(io: Io, dir: string): string | undefined {
  for (let at = dir; ; at = posix.dirname(at)) {
    const stat = io.stat(at);
    if (stat !== undefined) return stat.isDirectory ? undefined : at;
    if (posix.dirname(at) === at) return undefined;
  }
}

/** Removes what this run made, newest first; a removal that fails leaves that one (never anything else). */
function undo(paths: readonly string[], remove: (path: string) => void): void {
  for (let i = paths.length - 1; i >= 0; i--) {
    try {
      remove(paths[i]!);
    } catch {
      // Gone already, or no longer empty (another process wrote into it): left as it is.
    }
  }
}

/** An errno-style error whose `inTheWay` (a non-directory where one is to be made), `directoryAt` (a directory where a
 *  file is to be made) or `existing` names the path. */
function fsError(code: 'EEXIST' | 'ENOTDIR' | 'EISDIR', path: string, which: { readonly inTheWay: string } | { readonly directoryAt: string } | { readonly existing: string }): NodeJS.ErrnoException {
  const text = code === 'EEXIST' ? 'file already exists' : code === 'EISDIR' ? 'illegal operation on a directory' : 'not a directory';
  return Object.assign(new Error(`${code}: ${text}, '${path}'`), { code, path, ...which });
}

/**
 * Where a failed writeNewFiles was refused: `dir`, the directory it could not write into (refusedDir), and `target`,
 * the folder the command was given when that directory is one above it, where the folder was to be made (`init
 * ro/sub` in a read-only `ro` named only `ro`, the folder the user did not give: tester round 79 F7); else null.
 */
export function refusedPlace(error: unknown, dir: string, cwd: string): { dir: string; target: string | null } {
  const refused = refusedDir(error, dir, cwd);
  const inside = refused === dir || refused.startsWith(`${dir.replace(/\/+$/, '')}/`) || (dir === '.' && !refused.startsWith('..') && !posix.isAbsolute(refused));
  return { dir: refused, target: inside ? null : dir };
}

/**
 * The directory a failed writeNewFiles could not write into: the one holding the file or directory the system refused
 * (its `path`), for a refusal of permission or a read-only file system, else `dir`, the folder the command was given.
 * `part/schemas` read-only in a writable `part` was said as "cannot write into part" (tester round 66 F11). Relative
 * to `cwd` when `dir` is given relative and the system names an absolute path (tester round 71 F10).
 */
function refusedDir(error: unknown, dir: string, cwd: string): string {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (!(code === 'EACCES' || code === 'EPERM' || code === 'EROFS') || typeof path !== 'string' || path === '') return dir;
  const refused = posix.dirname(path);
  return posix.isAbsolute(refused) && !posix.isAbsolute(dir) ? posix.relative(cwd, refused) || '.' : refused;
}
