// `mkdir -p` for the commands that write new files (import --out): the missing directories of a path, outermost first.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Creates `path` and its missing ancestors, like `mkdir -p`. Node's own `mkdirSync(path, { recursive: true })` never
 * returns for a path under /proc (mkdir there answers ENOENT although the parent exists, and Node 20 retries the
 * parent and the child forever: a tester's `milepel import plan.xml --out /proc/x`). Here each directory is made
 * once and any error is thrown as the system gave it (ENOENT, EACCES, EROFS …), for the caller's one-line message.
 * Throws EEXIST when `path` is an existing file, ENOTDIR when an ancestor is one (as Node does).
 */
export function makeDirs(path: string): void {
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
    } catch (error) {
      // Made meanwhile by another process: fine when it is a directory.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || kindOf(dir) !== 'directory') throw error;
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

function fsError(code: 'EEXIST' | 'ENOTDIR', path: string): NodeJS.ErrnoException {
  const text = code === 'EEXIST' ? 'file already exists' : 'not a directory';
  return Object.assign(new Error(`${code}: ${text}, mkdir '${path}'`), { code, errno: code === 'EEXIST' ? -17 : -20, syscall: 'mkdir', path });
}
