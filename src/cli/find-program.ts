// Whether a name runs a program the way child_process.spawn (no shell) would find it: a path, or a file on PATH.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

/**
 * True when `name` names an executable file: as a path when it holds a separator (relative to the working
 * directory), else in one of the directories of `PATH`, with an extension of `PATHEXT` on Windows. A directory is
 * not a program. Used by `milepel watch` to tell a program from a misspelt milepel command before the first run.
 */
export function isProgram(name: string, env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform = process.platform): boolean {
  if (name === '') return false;
  const isWindows = platform === 'win32';
  const extensions = isWindows ? ['', ...(env['PATHEXT'] ?? '.COM;.EXE;.BAT;.CMD').split(';').filter((e) => e !== '')] : [''];
  const candidates = (path: string): string[] => extensions.map((e) => path + e);
  if (isPathName(name, platform)) return candidates(name).some(isExecutableFile);
  const dirs = (env['PATH'] ?? (isWindows ? env['Path'] : undefined) ?? '').split(delimiter).filter((d) => d !== '');
  return dirs.some((dir) => candidates(join(dir, name)).some(isExecutableFile));
}

/** Whether spawn takes `name` as a path (it holds a separator, or is absolute) rather than a name to look up on PATH. */
export function isPathName(name: string, platform: NodeJS.Platform = process.platform): boolean {
  return name.includes('/') || (platform === 'win32' && name.includes('\\')) || isAbsolute(name);
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
