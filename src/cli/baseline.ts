// Reads the --baseline workspace: a plan file, a directory, or `<git-rev>:<path>` through git (never touching the work tree).
import type * as ChildProcesses from 'node:child_process';
import { builtinModule } from './builtin-module.js';
import { posix } from 'node:path';
import type { SourceText } from '../analyze-texts.js';
import type { Io } from './io.js';
import { msg, msg0, type Message } from '../messages/index.js';
import { followLinks, listTreePlanFiles, type GitCall } from './baseline-git-tree.js';
import { findPlanFiles, MAX_WORKSPACE_BYTES, readPlanFiles, wholeMegabytes } from './load.js';
import { decodePlanBytes } from '../source/decode.js';
import { UsageError } from './usage-error.js';
import { escapeControl } from '../report/safe-text.js';
import { shownPath } from '../text/quote.js';

export interface GitResult {
  /** Exit status; null when git could not be started. */
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
  /** Set when git could not be started (ENOENT: not installed). */
  readonly errorCode: string | undefined;
}

export type GitRunner = (args: readonly string[]) => GitResult;

const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

/** Runs git in `cwd` (default: the current directory) without a shell; read-only commands only. */
export function nodeGit(cwd?: string): GitRunner {
  return (args) => {
    const r = builtinModule<typeof ChildProcesses>('node:child_process').spawnSync('git', [...args], { cwd, maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true });
    const code = (r.error as { code?: unknown } | undefined)?.code;
    return {
      status: r.status,
      stdout: r.stdout ?? Buffer.alloc(0),
      stderr: r.stderr ? r.stderr.toString('utf8') : '',
      errorCode: r.error === undefined ? undefined : typeof code === 'string' ? code : 'unknown error',
    };
  };
}

/**
 * The baseline's plan files. An existing path is read from disk; otherwise `rev:path` is read
 * from git (`origin/main:plans`, `HEAD~1:plans/akson.yaml`). Every failure is a UsageError (exit 2).
 */
export function readBaselineSources(io: Io, spec: string, git: GitRunner = nodeGit(), notes: Message[] = []): SourceText[] {
  if (spec === '') throw new UsageError(msg0('cli.baseline.empty'));
  if (io.stat(spec) !== undefined) {
    try {
      // A file left out (its name is not UTF-8, a dangling link …) is said on stderr: its milestones then count as new.
      return readPlanFiles(io, findPlanFiles(io, [spec], notes));
    } catch (error) {
      if (error instanceof UsageError) throw new UsageError(error.detail !== undefined ? msg('cli.baseline.in', { inner: error.detail }) : `--baseline: ${error.message}`);
      throw error;
    }
  }
  const colon = spec.indexOf(':');
  // Quoted in what it says when it is not one word that shows as written (tester round 78 F9: `--baseline ' x'`).
  const shown = shownPath(spec);
  if (colon < 0) throw new UsageError(msg('cli.baseline.missing', { spec: shown }));
  const written = spec.slice(colon + 1).split('\\').join('/');
  return readFromGit(shown, spec.slice(0, colon), gitPath(written), written, git, notes);
}

/** Whether a path from the repository's root leads out of it (`..`, `a/../../x`). */
function climbsOut(fromRoot: string): boolean {
  const normal = posix.normalize(fromRoot === '' ? '.' : fromRoot);
  return normal === '..' || normal.startsWith('../');
}

/**
 * The path after `rev:` as git should read it. `.` and `..` alone are the current directory and its parent, as `./` and
 * `../` are to git, which reads `HEAD:.` as a file named `.` at the root (tester round 61 F4: a repository with its
 * plans at the root could not write `origin/main:.`); a path from the root is normalised (`sub/.` → `sub`, `sub/..` →
 * the root), which git takes literally. One that would climb out of the root, and the `./`, `../` forms, stay as written.
 */
export function gitPath(path: string): string {
  if (path === '.' || path === '..') return `${path}/`;
  if (path === '' || /^\.\.?\//.test(path)) return path;
  if (climbsOut(path)) return path;
  const normal = posix.normalize(path);
  return normal === '.' ? '' : normal;
}

/**
 * `path` as git reads it (gitPath), `written` as the user wrote it and `spec` the --baseline value as shown, for messages. `notes`: what the reading says beside
 * the files (links in the tree it did not follow: baseline-git-tree.ts).
 */
function readFromGit(spec: string, rev: string, path: string, written: string, git: GitRunner, notes: Message[]): SourceText[] {
  if (rev === '' || rev.startsWith('-')) throw new UsageError(msg('cli.baseline.bad-rev', { spec, rev }));
  const verify = runGit(spec, git, ['rev-parse', '--verify', '--quiet', `${rev}^{tree}`]);
  if (verify.status !== 0) {
    const inRepo = runGit(spec, git, ['rev-parse', '--git-dir']);
    if (inRepo.status !== 0) {
      // Git's own reason when it is not the plain "not a git repository" (e.g. "detected dubious ownership in repository").
      const said = takeFirstLine(inRepo.stderr).replace(/^fatal: /, '');
      if (!/not a git repository/i.test(said) && said !== '') throw new UsageError(msg('cli.baseline.git-refused', { spec, said }));
      throw new UsageError(msg('cli.baseline.no-repo', { spec }));
    }
    throw new UsageError(msg('cli.baseline.no-rev', { spec, rev }));
  }
  const object = `${rev}:${path}`;
  const type = runGit(spec, git, ['cat-file', '-t', object]);
  const kind = type.stdout.toString('utf8').trim();
  if (type.status !== 0 || (kind !== 'blob' && kind !== 'tree')) {
    const fromHere = /^\.\.?(\/|$)/.test(path);
    const here = fromHere ? runGit(spec, git, ['rev-parse', '--show-prefix']) : undefined;
    const prefix = here !== undefined && here.status === 0 ? here.stdout.toString('utf8').trim().replace(/\/$/, '') : '';
    // A path that climbs out of the repository is no path of it (tester round 63 F11: `v1:a/../../x` was told to write
    // `v1:./a/../../x`, which climbs out too).
    // An absolute path is none of the repository's either (tester round 64 F7: `v1:/etc` was told to write `v1:.//etc`).
    if (path.startsWith('/') || climbsOut(fromHere ? posix.join(prefix, path) : path)) throw new UsageError(msg('cli.baseline.outside', { spec, path: written }));
    // A path written from the current directory gets no advice to write it so (the advice repeated what failed).
    if (fromHere) throw new UsageError(msg('cli.baseline.no-path-here', { spec, rev, path: written, prefix }));
    throw new UsageError(msg('cli.baseline.no-path', { spec, rev, path: written }));
  }
  const budget = { left: MAX_WORKSPACE_BYTES };
  const call: GitCall = (args) => {
    const r = runGit(spec, git, args);
    return r.status === 0 ? r : undefined;
  };
  // The path from the repository's root (`./` and `../` are from the current directory, as git reads them), where a
  // link's target is resolved from.
  const fromRoot = rootPath(call, path);
  // The path itself may be a link (git says `blob` for one): what it leads to is read, under the path's name.
  const followed = kind === 'blob' && fromRoot !== undefined ? followLinks(call, rev, fromRoot) : undefined;
  if (followed?.kind === 'not-followed') throw new UsageError(msg('cli.baseline.link-not-followed', { spec, link: object, target: escapeControl(followed.target), reason: followed.reason }));
  const isTree = followed === undefined ? kind === 'tree' : followed.entry.type === 'tree';
  if (!isTree) return [readBlob(spec, git, followed?.entry.id ?? object, object, budget)];
  const shown = path === '' ? '' : `${posix.normalize(path).replace(/\/+$/, '')}/`.replace(/^\.\//, '');
  const files = fromRoot === undefined ? undefined : listTreePlanFiles(rev, followed?.path ?? fromRoot, shown, call, spec, notes);
  if (files === undefined) throw new UsageError(msg('cli.baseline.git-failed', { spec, object, said: '', listing: true }));
  if (files.length === 0) throw new UsageError(msg('cli.baseline.no-plans', { spec, object }));
  return files.map((f) => readBlob(spec, git, f.object, f.file, budget));
}

/** `path` from the repository's root: as written, or after the current directory's prefix for `./` and `../`. */
function rootPath(call: GitCall, path: string): string | undefined {
  if (!/^\.\.?(\/|$)/.test(path)) return posix.normalize(path === '' ? '.' : path).replace(/^\.$/, '').replace(/\/+$/, '');
  const prefix = call(['rev-parse', '--show-prefix'])?.stdout.toString('utf8').trim() ?? '';
  const joined = posix.normalize(`${prefix}${path}`).replace(/\/+$/, '');
  return joined === '.' ? '' : joined.startsWith('..') ? undefined : joined;
}

/**
 * One blob, its size asked of git first (`git cat-file -s`) so a huge baseline is refused before it
 * is read (the same cap as plan files on disk), then decoded like a plan file (rule `encoding`).
 */
function readBlob(spec: string, git: GitRunner, object: string, file: string, budget: { left: number }): SourceText {
  const sized = runGit(spec, git, ['cat-file', '-s', object]);
  const size = Number(sized.stdout.toString('utf8').trim());
  if (sized.status !== 0 || !Number.isSafeInteger(size)) throw new UsageError(msg('cli.baseline.git-failed', { spec, object, said: takeFirstLine(sized.stderr), listing: false }));
  budget.left -= size;
  if (budget.left < 0) throw new UsageError(msg('cli.baseline.too-large', { spec, object, megabytes: wholeMegabytes(size), limit: wholeMegabytes(MAX_WORKSPACE_BYTES) }));
  const r = runGit(spec, git, ['cat-file', 'blob', object]);
  if (r.status !== 0) throw new UsageError(msg('cli.baseline.git-failed', { spec, object, said: takeFirstLine(r.stderr), listing: false }));
  const decoded = decodePlanBytes(r.stdout);
  return { file, text: decoded.text, encodingProblem: decoded.problem };
}

function runGit(spec: string, git: GitRunner, args: readonly string[]): GitResult {
  const r = git(args);
  if (r.errorCode === 'ENOENT') throw new UsageError(msg('cli.baseline.no-git', { spec }));
  if (r.errorCode !== undefined) throw new UsageError(msg('cli.baseline.git-error', { spec, code: r.errorCode }));
  return r;
}

function takeFirstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
