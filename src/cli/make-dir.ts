// `mkdir -p` for the commands that write new files (import --out): the missing directories of a path, outermost first.
import { lstatSync, mkdirSync, readlinkSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates `path` and its missing ancestors, like `mkdir -p`. Node's own `mkdirSync(path, { recursive: true })` never
 * returns for a path under /proc (mkdir there answers ENOENT although the parent exists, and Node 20 retries the
 * parent and the child forever: a tester's `milepel import plan.xml --out /proc/x`). Here each directory is made
 * once and any error is thrown as the system gave it (ENOENT, EACCES, EROFS …), for the caller's one-line message.
 * Throws EEXIST when `path` is an existing file, ENOTDIR when an ancestor is one (as Node does), EEXIST with
 * `danglingTarget` when a directory to make is a symbolic link to nothing. Each directory made is pushed onto `made`
 * (absolute, outermost first) as soon as it exists, so a caller whose later step fails can remove exactly those.
 */
export function makeDirs(path: string, made: string[] = []): void {
  const target = resolve(path);
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    const kind = kindOf(at);
    if (kind === 'directory') break;
    if (kind === 'other') throw fsError(at === target ? 'EEXIST' : 'ENOTDIR', at);
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    const dir = missing[i]!;
    try {
      mkdirSync(dir);
      made.push(dir);
    } catch (error) {
      // Made meanwhile by another process: fine when it is a directory.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const kind = kindOf(dir);
      if (kind === 'directory') continue;
      // stat found nothing yet mkdir found something: a symbolic link to a path that does not exist.
      if (kind === 'missing' && isSymbolicLink(dir)) throw danglingLink(dir);
      throw error;
    }
  }
}

function kindOf(path: string): 'directory' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * A symbolic link whose target does not exist, where a directory is to be made: mkdir's EEXIST with the link's target
 * in `danglingTarget`, for cli/fs-error.ts to say so. Until 1 Dec 2026 this read "a file is in the way".
 */
function danglingLink(path: string): NodeJS.ErrnoException & { danglingTarget: string } {
  let target = '';
  try {
    target = readlinkSync(path);
  } catch {
    // Removed meanwhile: the target stays unnamed.
  }
  return Object.assign(new Error(`EEXIST: symbolic link to a missing target, mkdir '${path}'`), { code: 'EEXIST', errno: -17, syscall: 'mkdir', path, danglingTarget: target });
}

function fsError(code: 'EEXIST' | 'ENOTDIR', path: string): NodeJS.ErrnoException {
  const text = code === 'EEXIST' ? 'file already exists' : 'not a directory';
  return Object.assign(new Error(`${code}: ${text}, mkdir '${path}'`), { code, errno: code === 'EEXIST' ? -17 : -20, syscall: 'mkdir', path });
}
