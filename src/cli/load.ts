// Finds the workspace's plan files (SPEC §1) and reads them; problems with paths are usage errors (exit 2).
import { posix } from 'node:path';
import type { SourceBytes, SourceText } from '../analyze-texts.js';
import { escapeControl } from '../report/safe-text.js';
import { shownPath } from '../text/quote.js';
import { decodePlanBytes, type DecodedText } from '../source/decode.js';
import type { DirEntry, EntryLook, FileStat, Io } from './io.js';
import { describeFsError, fsErrorCode } from './fs-error.js';
import { msg, renderMessage, type Locale, type Message } from '../messages/index.js';
import { UsageError } from './usage-error.js';
import { rereadable, REREAD_FROM_BYTES } from './reread.js';
import { unreadName, type UnreadFile } from './unread-name.js';
import { declaredPlanId, DECLARED_PLAN_HEAD } from '../source/declared-plan.js';
import { brokenLinkMessage, brokenNamedLinkMessage, type BrokenLink, type BrokenLinkFound } from './broken-link.js';
import { planFilesDirectlyIn } from './plan-folder.js';
import { closestWord } from '../text/closest.js';

export type { UnreadFile } from './unread-name.js';

/** Larger workspaces are refused rather than run out of memory: parsing and analysis take about 18 bytes per byte of plain YAML. */
export const MAX_WORKSPACE_BYTES = 128 * 1024 * 1024;
const PLAN_FILE = /\.ya?ml$/i;

/** A plan file as read: its bytes and how they decoded. */
export interface ReadSource extends SourceText {
  readonly bytes: Uint8Array;
  readonly decoded: DecodedText;
}

/** The workspace as found and read: the files read, and those found but not read. */
export interface LoadedSources {
  readonly sources: ReadSource[];
  readonly unread: UnreadFile[];
}

/**
 * The plan files named by `paths` (default ./plans), sorted, each file once however often it is reached (by its
 * device and inode). Directories are walked, following
 * symbolic links (a link back to a directory already walked is skipped); hidden entries and
 * node_modules are not. Entries that look like plan files but cannot be one (a FIFO, a device, a
 * directory named *.yaml, a name that is not UTF-8 unless `unread` is given) are skipped with one
 * line in `notes` each; named on the command line they are refused (exit 2). A link named *.yaml that leads to nothing
 * or round in a loop is a plan file that cannot be read: refused (exit 2, one line naming the first by path, where it
 * points and how many more), or, when `brokenLinks` is given (the language server's workspace), each put there. Nothing
 * here ever blocks.
 * `sizes`, when given, gets each file's size in bytes from the stat that tells files apart (readPlanFiles reads it
 * instead of stat'ing every file again: 10,000 calls on a workspace of 10,000 small files).
 * `unread`, when given, gets the plan files and directories found whose name is not UTF-8, instead of `notes`: the
 * caller reports them as findings, and they count as found (a workspace of only such files is not "no plan files").
 */
export function findPlanFiles(io: Io, paths: readonly string[], notes: Message[] = [], sizes?: Map<string, number>, unread?: UnreadFile[], brokenLinks?: BrokenLinkFound[]): string[] {
  const args = paths.length > 0 ? paths : ['plans'];
  const found = new Set<string>();
  // A workspace is a set of files: one reached twice (`plans $PWD/plans`, a link to a directory already named, a
  // hard link) is read once, under the name it was first reached by; read twice, every id in it was a duplicate-id.
  const ids = new Set<string>();
  // Likewise a name not read, found in one directory reached twice: by the directory's device and inode and the name.
  const unreadSeen = new Set<string>();
  const broken: BrokenLink[] = [];
  const add = (file: string, stat = io.stat(file)): void => {
    const id = stat?.id;
    if (stat !== undefined) sizes?.set(file, stat.size);
    if (id !== undefined) {
      if (ids.has(id)) return;
      ids.add(id);
    }
    found.add(file);
  };
  for (const arg of args) {
    const shown = shownPath(arg);
    const stat = io.stat(arg);
    if (!stat) throw new UsageError(whyNoStat(io, arg, shown, paths.length === 0));
    // A directory is walked whatever its name (SPEC §1: the files found recursively in a directory named on the command
    // line), `x.yaml` too, as one found while walking is (tester round 56 F4: it was refused with exit 2).
    if (stat.isDirectory) for (const file of walk(io, arg, { notes, unread: unread === undefined ? undefined : { list: unread, seen: unreadSeen }, broken })) add(file);
    // A file named on the command line is shown as given (SPEC §15: `./plans/a.yaml` stays so; tester round 69 F3);
    // a file found in a directory as the directory joined with the path inside it (§8), normalised as a join is.
    else if (stat.isFile) add(asGiven(arg), stat);
    else throw new UsageError(msg('cli.path.special', { path: shown, kind: stat.kind ?? 'special file' }));
  }
  if (broken.length > 0) {
    if (brokenLinks === undefined) throw new UsageError(brokenLinkMessage(broken.reduce((a, b) => (b.path < a.path ? b : a)), broken.length - 1));
    for (const link of broken.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) brokenLinks.push({ file: link.file, message: brokenLinkMessage(link, 0) });
  }
  if (found.size === 0 && (unread === undefined || unread.length === 0)) {
    // What was skipped is the reason there is nothing to read (a plan whose name is not UTF-8, a dangling link …).
    const paths = args.map(shownPath);
    throw new UsageError(notes.length === 0 ? msg('cli.path.no-plans', { paths }) : msg('cli.path.no-plans-skipped', { paths, skipped: notes[0]!, more: notes.length - 1 }));
  }
  return sortedByResolvedPath(found, io.cwd());
}

/**
 * Why a path named on the command line cannot be stat'ed (exit 2): a symbolic link that leads back to itself (ELOOP, a
 * self-link or a cycle of links), no permission to search a directory on the way, or simply nothing there. A path that
 * is itself a link to nothing or round in a loop is named with where it points, as a link found while walking is: a
 * plan file's name (*.yaml) in walk's words, another (a linked plans directory) in words of its own. "No such file or
 * directory" of a link `ls` lists sent the user looking for a typo (tester round 21 #11).
 */
function whyNoStat(io: Io, path: string, shown: string, defaulted: boolean): Message {
  const code = io.statFailure?.(path);
  const look = code === 'ENOENT' || code === 'ELOOP' ? io.lookAtNamed?.(path) : undefined;
  if (look !== undefined && look.stat === undefined && look.linkTarget !== undefined) {
    const link: BrokenLink = { path: shown, file: path, target: look.linkTarget, end: look.missingEnd, loop: look.failure === 'ELOOP' };
    return PLAN_FILE.test(path) ? brokenLinkMessage(link, 0) : brokenNamedLinkMessage(link);
  }
  if (code === 'ELOOP') return msg('cli.path.symlink-loop', { path: shown });
  if (code !== undefined && code !== 'ENOENT' && code !== 'ENOTDIR') return msg('cli.file.unreadable', { path: shown, reason: describeFsError({ code }) });
  // Run inside a plans folder (`cd plans && milepel validate`): `.` is the path, not `init` (tester round 106 F2).
  if (defaulted) return msg('cli.path.missing', { path: shown, defaulted, ...(planFilesDirectlyIn(io, '.').length > 0 ? { here: true } : {}) });
  // A name spelt almost as one beside it (`plans/akson.yml`, `Plans`): named, as a mistyped command or ref is (tester
  // round 106 F11).
  const near = nearName(io, path);
  return msg('cli.path.missing', { path: shown, defaulted, ...(near === undefined ? {} : { near: shownPath(near) }) });
}

/** The entry beside `path` whose name is spelt almost as its last part, in its folder or, when that is not there, in the folder spelt almost as it; else undefined. */
function nearName(io: Io, path: string, depth = 0): string | undefined {
  const trimmed = path.replace(/\/+$/, '');
  const dir = posix.dirname(trimmed);
  const base = posix.basename(trimmed);
  // A folder that is not there is looked for as a name too (tester round 106 F11: plan/akson.yaml got no
  // suggestion for plans/akson.yaml), a few levels up, and the name looked for in the folder found.
  let names = namesIn(io, dir);
  let shownDir = dir;
  if (names === undefined) {
    const nearDir = depth < 3 && dir !== trimmed ? nearName(io, dir, depth + 1) : undefined;
    names = nearDir === undefined ? undefined : namesIn(io, nearDir);
    if (names === undefined) return undefined;
    shownDir = nearDir!;
  }
  const near = base === '' ? undefined : shownDir !== dir && names.includes(base) ? base : nearOf(base, names);
  if (near === undefined || (near === base && shownDir === dir)) return undefined;
  return shownDir === '.' && !trimmed.startsWith('./') ? near : posix.join(shownDir, near);
}

/** The names in folder `dir` that are UTF-8, undefined when it cannot be read. */
function namesIn(io: Io, dir: string): string[] | undefined {
  try {
    return io.readDir(dir).filter((e) => e.isUtf8Name !== false).map((e) => e.name);
  } catch {
    return undefined;
  }
}

/**
 * The name of `names` spelt almost as `base`, told by the part before the extension: the same stem in another
 * extension or case (`akson.yml` for akson.yaml), else the nearest stem among names of the same extension (`plan` for
 * plans). Whole names measured alike for their shared `.yaml` (missing.yaml was offered ping.yaml).
 */
function nearOf(base: string, names: readonly string[]): string | undefined {
  const stem = (name: string): string => (name.lastIndexOf('.') > 0 ? name.slice(0, name.lastIndexOf('.')) : name);
  const ext = (name: string): string => name.slice(stem(name).length).toLowerCase();
  const same = names.find((n) => stem(n).toLowerCase() === stem(base).toLowerCase());
  if (same !== undefined) return same;
  const alike = names.filter((n) => ext(n) === ext(base));
  const found = closestWord(stem(base), alike.map(stem));
  return found === undefined ? undefined : alike.find((n) => stem(n) === found);
}

/** What walk found besides the plan files it returns. */
interface WalkFound {
  readonly notes: Message[];
  readonly unread: { readonly list: UnreadFile[]; readonly seen: Set<string> } | undefined;
  readonly broken: BrokenLink[];
}

/** A name in `dir` as it is after following links, by its bytes when it is not UTF-8 (io.lookAt). */
function lookAt(io: Io, dir: string, path: string, entry: DirEntry): EntryLook {
  if (io.lookAt !== undefined) return io.lookAt(dir, entry.name, entry.isUtf8Name === false ? entry.nameBytes : undefined);
  const stat = io.stat(path);
  return stat !== undefined ? { stat } : { failure: io.statFailure?.(path) ?? 'ENOENT' };
}

function walk(io: Io, root: string, found: WalkFound): string[] {
  const { notes, unread, broken } = found;
  const files: string[] = [];
  const rootId = io.stat(root)?.id;
  const seen = new Set<string>(rootId === undefined ? [] : [rootId]);
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = io.readDir(dir);
    } catch (error) {
      throw new UsageError(msg('cli.dir.unreadable', { path: escapeControl(display(dir)), reason: describeFsError(error) }));
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = posix.join(dir, entry.name);
      const looksLikePlan = PLAN_FILE.test(entry.name);
      const isUtf8Name = entry.isUtf8Name !== false;
      // A name not UTF-8 is shown with its bytes escaped (\xNN), a backslash escapeControl would show as it is.
      const shown = isUtf8Name ? escapeControl(display(path)) : `${escapeControl(display(dir))}/${entry.name}`;
      // A link is followed (by its name's bytes when they are not UTF-8): where it leads decides what it is.
      const look = entry.isSymlink === true || (isUtf8Name && !entry.isDirectory && !entry.isFile) ? lookAt(io, dir, path, entry) : undefined;
      const stat: FileStat | undefined = look?.stat;
      if (entry.isSymlink === true && stat === undefined) {
        // A plan file is there by its name but cannot be read: like an unreadable file or directory, exit 2 (SPEC §4,
        // §7), never a warning while CI passed (tester round 18 #3). A link not named like a plan file is no plan file.
        if (looksLikePlan) broken.push({ path: shown, file: isUtf8Name ? display(path) : undefined, target: look?.linkTarget, end: look?.missingEnd, loop: look?.failure === 'ELOOP' });
        continue;
      }
      const isDirectory = stat ? stat.isDirectory : entry.isDirectory;
      const isFile = stat ? stat.isFile : entry.isFile;
      if (!isUtf8Name) {
        // A link whose name is not UTF-8 is what it leads to: a directory is one such (tester round 18, finding B: it
        // was passed over without a word, a symlink's Dirent not being a directory), unless it leads back to one
        // already walked, whose files are read by the name they were reached by.
        if (!looksLikePlan && !isDirectory) continue;
        if (isDirectory && stat?.id !== undefined && seen.has(stat.id)) {
          notes.push(msg('cli.walk.link-loop', { path: shown }));
          continue;
        }
        if (unread !== undefined) {
          const key = `${io.stat(dir)?.id ?? display(dir)}/${entry.name}`;
          if (!unread.seen.has(key)) unread.list.push(unreadName(display(path), isDirectory ? 'directory' : 'file', entry.nameBytes, isDirectory ? undefined : planDeclaredIn(io, dir, entry)));
          unread.seen.add(key);
        } else notes.push(msg('cli.walk.non-utf8-name', { path: shown }));
        continue;
      }
      if (isDirectory) {
        // A directory named like a plan file (`plans/2026.yaml/`) is walked like any other: its plan files are found
        // recursively (SPEC §1). It was skipped with a warning while the run passed, its files unchecked (tester round 25 F4).
        const id = stat?.id ?? io.stat(path)?.id;
        if (id !== undefined && seen.has(id)) {
          if (entry.isSymlink === true) notes.push(msg('cli.walk.link-loop', { path: shown }));
          continue;
        }
        if (id !== undefined) seen.add(id);
        stack.push(path);
      } else if (looksLikePlan) {
        if (isFile) files.push(display(path));
        else notes.push(msg('cli.walk.special', { path: shown, kind: stat?.kind ?? 'special file' }));
      }
    }
  }
  return files;
}

/**
 * The plan a file not read for its name declares (source/declared-plan.ts, from its first 64 KB, opened by its name's
 * bytes), so that the references other files make to that plan are not reported as naming a plan missing from the
 * workspace (tester round 61 F4), as for a file whose YAML does not parse. Undefined when it cannot be opened or read.
 */
function planDeclaredIn(io: Io, dir: string, entry: DirEntry): string | undefined {
  try {
    const bytes = io.readBytesAt?.(dir, entry.name, entry.nameBytes, DECLARED_PLAN_HEAD);
    return bytes === undefined ? undefined : declaredPlanId(decodePlanBytes(bytes).text);
  } catch {
    return undefined;
  }
}

/**
 * Reads and decodes every file, refusing (exit 2) a workspace over MAX_WORKSPACE_BYTES before it is read whole: by
 * the sizes in `sizes` (findPlanFiles's), or stat'ed here for a file it does not hold.
 */
export function readPlanFiles(io: Io, files: readonly string[], sizes?: ReadonlyMap<string, number>): ReadSource[] {
  const read: ReadSource[] = [];
  for (const { file, bytes } of planFileBytes(io, files, sizes)) {
    const decoded = decodePlanBytes(bytes);
    read.push({ file, text: decoded.text, bytes, decoded, encodingProblem: decoded.problem });
  }
  return read;
}

/**
 * The files' bytes, each file read when it is asked for (a report's analysis takes one at a time: analyze-texts.ts
 * analyzeFiles), after refusing (exit 2) a workspace over MAX_WORKSPACE_BYTES by the sizes in `sizes` (findPlanFiles's),
 * or stat'ed here for a file it does not hold, before any is read.
 */
export function planFileBytes(io: Io, files: readonly string[], sizes?: ReadonlyMap<string, number>): Iterable<SourceBytes> {
  let sized = 0;
  for (const file of files) {
    const size = sizes?.get(file) ?? io.stat(file)?.size ?? 0;
    sized += size;
    if (sized > MAX_WORKSPACE_BYTES) throw tooLarge(file, size > MAX_WORKSPACE_BYTES ? size : undefined, sized);
  }
  return readEach(io, files);
}

/**
 * Reads each file in turn; the sizes stat gave are checked again while reading: a file may grow, and /proc-like files
 * report 0. A large file can be read again (cli/reread.ts) rather than kept.
 */
function* readEach(io: Io, files: readonly string[]): Generator<SourceBytes> {
  let total = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = io.readBytes(file, MAX_WORKSPACE_BYTES - total);
    } catch (error) {
      if (fsErrorCode(error) === 'ENOTREG') throw new UsageError(msg('cli.file.not-regular', { path: escapeControl(file) }));
      throw new UsageError(msg('cli.file.unreadable', { path: escapeControl(file), reason: describeFsError(error) }));
    }
    total += bytes.length;
    if (total > MAX_WORKSPACE_BYTES) throw tooLarge(file, undefined, total);
    yield bytes.length >= REREAD_FROM_BYTES ? { file, bytes, reread: rereadable(io, file, bytes) } : { file, bytes };
  }
}

function tooLarge(file: string, size: number | undefined, total: number): UsageError {
  return new UsageError(msg('cli.too-large', { file: escapeControl(file), megabytes: wholeMegabytes(size ?? total), total: size === undefined, limit: wholeMegabytes(MAX_WORKSPACE_BYTES) }));
}

/**
 * Finds and reads the plan files; skipped entries are printed as warnings on stderr, one line each. Files whose name
 * is not UTF-8 are not read but returned in `unread`, for the caller to report (an analysis: AnalyzeOptions.unreadFiles)
 * or refuse on (an edit).
 */
export function loadPlanSources(io: Io, paths: readonly string[], locale: Locale): LoadedSources {
  const { files, sizes, unread } = findWorkspaceFiles(io, paths, locale);
  return { sources: readPlanFiles(io, files, sizes), unread };
}

/**
 * Finds the plan files as loadPlanSources does, skipped entries printed as warnings, without reading them: their
 * sizes as found, and the files not read for their names, sorted.
 */
export function findWorkspaceFiles(io: Io, paths: readonly string[], locale: Locale): { files: string[]; sizes: Map<string, number>; unread: UnreadFile[] } {
  const notes: Message[] = [];
  const sizes = new Map<string, number>();
  const unread: UnreadFile[] = [];
  const files = findPlanFiles(io, paths, notes, sizes, unread);
  for (const note of notes) io.stderr(`milepel: ${renderMessage(msg('cli.warning', { text: note }), locale)}\n`);
  return { files, sizes, unread: unread.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) };
}

/** Whole megabytes (MiB), rounded, for messages. */
export function wholeMegabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}

/**
 * The files in the order of their paths resolved against `cwd`, shown as found: the order decides which of two
 * definitions is the first (duplicate-id), and `./b.yaml`, `$PWD/b.yaml` or `../here/b.yaml` sorted before `a.yaml`,
 * so the spelling changed the winner, the critical path and the file a CI annotation lands on (tester rounds 71 F1,
 * 72 F3). Two spellings of one path keep their own order.
 */
function sortedByResolvedPath(files: Iterable<string>, cwd: string): string[] {
  const keyed = [...files].map((file) => ({ file, key: posix.resolve(cwd, file) }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return keyed.map((k) => k.file);
}

/** Whether a backslash separates directories here (Windows); elsewhere it is a character a file name may hold. */
const BACKSLASH_SEPARATES = process.platform === 'win32';

/**
 * The path normalised, on Windows with forward slashes (`plans\akson.yaml` → `plans/akson.yaml`). A `\xNN` is kept:
 * it is how a name whose bytes are not UTF-8 is shown (cli/raw-args.ts), and the name that reaches it. Elsewhere a
 * backslash is part of the name: until 1 Dec 2026 `plans/a\b.yaml` was read as `plans/a/b.yaml` and not found.
 */
function display(path: string): string {
  return posix.normalize(asGiven(path));
}

/**
 * A file's path as given on the command line: on Windows with forward slashes (`plans\akson.yaml` → `plans/akson.yaml`, a
 * `\xNN` kept), else unchanged.
 */
function asGiven(path: string): string {
  return BACKSLASH_SEPARATES ? path.replace(/\\(?!x[0-9a-f]{2})/g, '/') : path;
}
