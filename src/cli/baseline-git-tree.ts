// The plan files of a path at a git revision, symbolic links followed as the walk of a directory on disk follows them
// (cli/load.ts findPlanFiles): git keeps a link as a blob whose text is its target, which was read as a plan file
// (a tester's linked plan file became a one-line "plan" with errors, a linked directory was skipped without a word).
import { posix } from 'node:path';
import { msg, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import type { GitResult } from './baseline.js';

/** A plan file of the baseline: the blob to read (its id) and the name it is shown by, `<rev>:<path>`. */
export interface TreeFile {
  readonly object: string;
  readonly file: string;
}

/** One entry of `git ls-tree`. */
interface Entry {
  readonly mode: string;
  readonly type: string;
  readonly id: string;
  readonly name: string;
}

/** The links followed in a row before the chain is called a loop (Linux's limit, MAXSYMLINKS). */
const MAX_HOPS = 40;
const LINK_MODE = '120000';
const PLAN_FILE = /\.ya?ml$/i;

/** Runs git with these arguments; undefined when it did not succeed. */
export type GitCall = (args: readonly string[]) => GitResult | undefined;

/**
 * The plan files under the tree `path` (relative to the repository root, '' for the root) at `rev`, in name order,
 * each shown as `<rev>:<shownAs><its name below the tree>`:
 * regular files whose name ends in .yaml/.yml, and what links lead to (a file, named by the link; a directory, walked
 * under the link's name). Names starting with a dot and node_modules are passed over, and each directory is walked
 * and each file read once, as on disk. A link that leads out of the repository, to nothing at that revision, round in a loop or to a
 * directory walked already is not followed: `notes` says so. Undefined when git cannot list `path`.
 */
export function listTreePlanFiles(rev: string, path: string, shownAs: string, git: GitCall, spec: string, notes: Message[]): TreeFile[] | undefined {
  // Each with the path of the file it reads in the tree: a link to a file walked anyway is that file again.
  const files: (TreeFile & { readonly at: string })[] = [];
  // Every directory walked, by its path from the root (a directory's identity in a tree), as the disk walk keeps ids.
  const seen = new Set<string>([path]);
  const stack: { tree: string; shown: string }[] = [{ tree: path, shown: shownAs }];
  const notFollowed = (name: string, target: string, reason: 'outside' | 'missing' | 'loop'): void => {
    notes.push(msg('cli.baseline.link-not-followed', { spec, link: escapeControl(`${rev}:${name}`), target: escapeControl(target), reason }));
  };
  while (stack.length > 0) {
    const { tree, shown } = stack.pop()!;
    const entries = listTree(git, rev, tree);
    if (entries === undefined) {
      if (tree === path) return undefined;
      continue;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const name = `${shown}${e.name}`;
      let entry: Entry = e;
      let at = joinPath(tree, e.name);
      if (e.mode === LINK_MODE) {
        const target = resolveLink(git, rev, at, e.id);
        if (target.kind === 'not-followed') {
          // A link to nothing is passed over without a word unless it is named as a plan file, as on disk.
          if (PLAN_FILE.test(e.name) || target.reason !== 'missing') notFollowed(name, target.target, target.reason);
          continue;
        }
        if (target.entry.type === 'tree' && seen.has(target.path)) {
          notFollowed(name, target.target, 'loop');
          continue;
        }
        entry = target.entry;
        at = target.path;
      }
      if (entry.type === 'blob' && PLAN_FILE.test(e.name)) files.push({ object: entry.id, file: `${rev}:${name}`, at });
      else if (entry.type === 'tree' && !seen.has(at)) {
        seen.add(at);
        stack.push({ tree: at, shown: `${name}/` });
      }
    }
  }
  files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  // Each file once, by the first of its names, as the walk of a directory on disk reads a file reached twice once (by
  // its device and inode): a link to a plan file beside it was read as a second copy, every id a duplicate (tester
  // round 96 F2). Two files of the same text are two files: their blob ids are the same, their paths are not.
  const read = new Set<string>();
  return files.flatMap(({ object, file, at }) => (read.has(at) ? [] : (read.add(at), [{ object, file }])));
}

/**
 * Where a path at `rev` leads when it is a link: the entry at the end of its chain of links, or why it is not followed.
 * A path that is no link is returned as it is; undefined when git has no entry for it (or cannot say).
 */
export function followLinks(git: GitCall, rev: string, path: string): Resolved | undefined {
  const entry = entryAt(git, rev, path);
  if (entry === undefined) return undefined;
  return entry.mode === LINK_MODE ? resolveLink(git, rev, path, entry.id) : { kind: 'found', path, entry, target: path };
}

export type Resolved = { kind: 'found'; path: string; entry: Entry; target: string } | { kind: 'not-followed'; target: string; reason: 'outside' | 'missing' | 'loop' };

/** The entry a link (at `linkPath`, its blob `id`) leads to through any further links. */
function resolveLink(git: GitCall, rev: string, linkPath: string, id: string): Resolved {
  let at = linkPath;
  let blob = id;
  let first: string | undefined;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const text = git(['cat-file', 'blob', blob])?.stdout.toString('utf8') ?? '';
    first ??= text;
    if (text === '' || text.startsWith('/')) return { kind: 'not-followed', target: first, reason: 'outside' };
    const next = posix.normalize(posix.join(posix.dirname(at), text)).replace(/\/+$/, '');
    if (next === '..' || next.startsWith('../')) return { kind: 'not-followed', target: first, reason: 'outside' };
    const path = next === '.' ? '' : next;
    const entry = path === '' ? { mode: '040000', type: 'tree', id: '', name: '' } : entryAt(git, rev, path);
    if (entry === undefined) return { kind: 'not-followed', target: first, reason: 'missing' };
    if (entry.mode !== LINK_MODE) return { kind: 'found', path, entry, target: first };
    at = path;
    blob = entry.id;
  }
  return { kind: 'not-followed', target: first ?? '', reason: 'loop' };
}

/** The entry of `path` at `rev` (`git ls-tree <rev> -- <path>`): its mode tells a link from a file. */
function entryAt(git: GitCall, rev: string, path: string): Entry | undefined {
  const r = git(['ls-tree', '-z', '--full-tree', rev, '--', path]);
  return r === undefined ? undefined : parseEntries(r.stdout).find((e) => e.name === path);
}

/** The files, links and directories in the tree `path` at `rev` (one level), names relative to it. */
function listTree(git: GitCall, rev: string, path: string): Entry[] | undefined {
  const r = git(['ls-tree', '-z', '--full-tree', `${rev}:${path}`]);
  return r === undefined ? undefined : parseEntries(r.stdout);
}

/** `<mode> SP <type> SP <id> TAB <name> NUL`, as `git ls-tree -z` writes each entry. */
function parseEntries(out: Buffer): Entry[] {
  const entries: Entry[] = [];
  for (const record of out.toString('utf8').split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, id] = record.slice(0, tab).split(' ');
    if (mode === undefined || type === undefined || id === undefined) continue;
    entries.push({ mode, type, id, name: record.slice(tab + 1) });
  }
  return entries;
}

function joinPath(tree: string, name: string): string {
  return tree === '' ? name : `${tree}/${name}`;
}
