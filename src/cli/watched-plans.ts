// What `milepel watch` (SPEC §14) looks at: the plan files under the watched paths, each by what stat says and a
// digest of its bytes, and the directories that hold them. Watching the directories, never the files, is what keeps a
// file replaced by rename in sight (`set`, `snapshot`, `sed -i` and editors that save atomically write a temporary
// file and rename it over the plan: a watch on the old file, i.e. its inode, sees nothing after the first save).
import { createHash } from 'node:crypto';
import { type Dirent, type BigIntStats, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { MAX_WORKSPACE_BYTES } from './load.js';

const PLAN_FILE = /\.ya?ml$/i;

/** One look at the watched paths: what a change is measured against, and where to watch for the next. */
export interface WatchedState {
  /** Each plan file by path: device, inode, size, modification time and a digest of its bytes. */
  readonly files: ReadonlyMap<string, string>;
  /** The directories to watch by path, with their device and inode (a directory replaced is watched anew). */
  readonly dirs: ReadonlyMap<string, string>;
}

const statOf = (path: string): BigIntStats | undefined => {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
};

const idOf = (stat: BigIntStats): string => `${stat.dev}:${stat.ino}`;

/**
 * The plan files under `paths` and the directories holding them, found as validate finds them (a directory is walked,
 * skipping names that start with a dot and node_modules; a file named is taken whatever its name), for watch to
 * compare before and after a change. A named file that is gone is recorded as gone; its directory is still watched, or,
 * when that is gone too, the nearest directory above it that exists, whose events tell when it comes back (a tester
 * deleted and restored the folder of the one file watched, and watch went deaf).
 */
export function scanWatched(paths: readonly string[]): WatchedState {
  const files = new Map<string, string>();
  const dirs = new Map<string, string>();
  // One watcher a directory, however many names reach it (`.` and its real path, a link to a directory named too).
  const ids = new Set<string>();
  const addDir = (dir: string, stat = statOf(dir)): void => {
    if (stat?.isDirectory() !== true || ids.has(idOf(stat))) return;
    ids.add(idOf(stat));
    dirs.set(dir, idOf(stat));
  };
  const addFile = (file: string, stat: BigIntStats | undefined, mayBeLink: boolean): void => {
    files.set(file, stat === undefined ? 'gone' : signature(file, stat));
    // A link's target may be elsewhere: its directory is where a change to it is seen.
    if (mayBeLink) {
      try {
        addDir(dirname(realpathSync(file)));
      } catch {
        // A dangling link: its directory's events still tell when it comes back.
      }
    }
  };
  // A link named like a plan file that leads to nothing or round in a loop: validate refuses it (exit 2), so its coming,
  // going and pointing elsewhere are changes; where its target would appear is watched too, to see the plan come.
  const addBrokenLink = (link: string): void => {
    let target: string;
    try {
      target = readlinkSync(link);
    } catch {
      return; // gone since it was listed
    }
    files.set(link, `link:${target}`);
    addDir(nearestDirectory(dirname(resolve(dirname(link), target))));
  };
  for (const path of paths) {
    const stat = statOf(path);
    if (stat?.isDirectory() === true) walk(path, stat, addDir, addFile, addBrokenLink);
    else {
      addDir(nearestDirectory(dirname(path)));
      addFile(path, stat?.isFile() === true ? stat : undefined, true);
    }
  }
  return { files, dirs };
}

/** `dir`, or the nearest directory above it that exists (the root at last). */
function nearestDirectory(dir: string): string {
  let at = dir;
  while (statOf(at)?.isDirectory() !== true && dirname(at) !== at) at = dirname(at);
  return at;
}

/** Walks a watched directory as findPlanFiles does (hidden names and node_modules skipped, each directory once). */
function walk(root: string, rootStat: BigIntStats, addDir: (dir: string, stat: BigIntStats) => void, addFile: (file: string, stat: BigIntStats | undefined, mayBeLink: boolean) => void, addBrokenLink: (link: string) => void): void {
  const seen = new Set<string>([idOf(rootStat)]);
  addDir(root, rootStat);
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // gone or unreadable since: its parent's events tell when that changes
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      const isLink = entry.isSymbolicLink();
      const looksLikePlan = PLAN_FILE.test(entry.name);
      if (!isLink && !entry.isDirectory() && !looksLikePlan) continue;
      const stat = statOf(path);
      if (stat === undefined) {
        // A name that is not UTF-8 reads with U+FFFD and stats as nothing; its coming and going still changes what
        // validate reports (an `encoding` finding), so it counts as a file of its own (tester round 17 #2).
        if (entry.name.includes('\uFFFD')) addFile(path, undefined, false);
        else if (isLink && looksLikePlan) addBrokenLink(path);
        continue;
      }
      if (stat.isDirectory()) {
        const id = idOf(stat);
        // Walked whatever its name, as cli/load.ts walks it (SPEC §1).
        if (seen.has(id)) continue;
        seen.add(id);
        addDir(path, stat);
        stack.push(path);
      } else if (looksLikePlan && stat.isFile()) addFile(path, stat, isLink);
    }
  }
}

/** What stat says of a plan file and a digest of its bytes (a write within one clock tick keeps size and mtime). */
function signature(file: string, stat: BigIntStats): string {
  const facts = `${idOf(stat)}:${stat.size}:${stat.mtimeNs}`;
  if (stat.size > BigInt(MAX_WORKSPACE_BYTES)) return facts;
  try {
    return `${facts}:${createHash('sha1').update(readFileSync(file)).digest('hex')}`;
  } catch {
    return `${facts}:unreadable`;
  }
}

/** Whether two scans found the same plan files with the same contents (directories aside). */
export function samePlanFiles(a: WatchedState, b: WatchedState): boolean {
  if (a.files.size !== b.files.size) return false;
  for (const [file, facts] of a.files) if (b.files.get(file) !== facts) return false;
  return true;
}
