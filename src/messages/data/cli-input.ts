// The data of the `milepel:` lines about the command line itself: options, paths, files and the file system.
import type { Message } from '../types.js';

/** What a path is when it is not a plan file or directory (io.ts's FileKind), or `special file` when unknown. */
export type PathKind = 'file' | 'directory' | 'FIFO (named pipe)' | 'character device' | 'block device' | 'socket' | 'other' | 'special file';

export interface CliInputMessages {
  /** The prefixes of the one-line messages on stderr: `milepel: warning: …`, `milepel: note: …`. */
  'cli.warning': { text: Message };
  'cli.note': { text: string };
  'cli.no-command': Readonly<Record<never, never>>;
  /** Commander's parse errors, by kind; `name` is the option, command or argument as typed. */
  /** `command`: the command whose options were read (null: milepel's own), named in the pointer to its --help. */
  'cli.unknown-option': { name: string; suggestion: string | null; command: string | null };
  'cli.unknown-command': { name: string; suggestion: string | null };
  /** `command`: the command whose argument it is, for its help (null: none known, or said elsewhere). */
  'cli.missing-argument': { name: string; command?: string | null };
  'cli.option-missing-argument': { name: string; command?: string | null };
  'cli.excess-arguments': { command: string; expected: number; got: number };
  'cli.internal-error': { detail: string; version: string; url: string; debug: boolean };

  'cli.locale.unknown': { flag: string };
  'cli.width.bad': { flag: string };
  'cli.today.bad': { text: string };
  /** A date of the right form that does not exist (`2024-02-30`): `problem` says why, as `set` says it. */
  /** A date option (--today, --from, --to) of the right form naming a day that does not exist: why. */
  'cli.date.nonexistent': { flag: string; problem: Message };
  'cli.format.unknown': { command: string; format: string; allowed: readonly string[] };
  /** `--format` as the last word, or followed by another option: the formats `command` has. */
  'cli.format.missing': { name: string; command: string; allowed: readonly string[] };
  'cli.plan.unknown': { plan: string; known: readonly string[]; nearest: string | null };
  'cli.xlsx.terminal': { command: string };
  'cli.step-summary.unwritable': { file: string; reason: Message };
  'cli.step-summary.not-regular': { file: string; kind: PathKind };

  /** `here`: with no path given, the current folder holds plan files itself (tester round 106 F2). */
  /** `near`: a name beside it spelt almost alike (`plans/akson.yml` for plans/akson.yaml), shown as a path. */
  'cli.path.missing': { path: string; defaulted: boolean; here?: boolean; near?: string };
  'cli.path.special': { path: string; kind: PathKind };
  'cli.path.no-plans': { paths: readonly string[] };
  'cli.path.no-plans-skipped': { paths: readonly string[]; skipped: Message; more: number };
  'cli.path.symlink-loop': { path: string };
  'cli.path.broken-link': { path: string; target: string | null; end: string | null; loop: boolean };
  'cli.dir.unreadable': { path: string; reason: Message };
  'cli.file.not-regular': { path: string };
  'cli.file.unreadable': { path: string; reason: Message };
  /** `megabytes` of the file, or of the files read so far up to `file` when `total`. */
  'cli.too-large': { file: string; megabytes: number; total: boolean; limit: number };
  'cli.walk.non-utf8-name': { path: string };
  'cli.walk.link-loop': { path: string };
  /**
   * A link named like a plan file, found while walking, that leads to nothing or (`loop`) round in a loop: `target` is
   * where it points (null when it could not be read), `more` how many other such links were found.
   */
  /** `end`: for a chain of links, the target its last link names (which does not exist), else null. */
  'cli.walk.broken-link': { path: string; target: string | null; end: string | null; loop: boolean; more: number };
  'cli.walk.special': { path: string; kind: PathKind };

  /** A file-system error in words a user can act on; `code` is the errno name (EACCES, …). */
  'cli.fs.permission': Readonly<Record<never, never>>;
  'cli.fs.is-directory': Readonly<Record<never, never>>;
  'cli.fs.in-the-way': Readonly<Record<never, never>>;
  'cli.fs.in-the-way-at': { readonly path: string };
  'cli.fs.exists-at': { readonly path: string };
  'cli.fs.directory-at': { readonly path: string };
  'cli.fs.dangling-link': { readonly target: string };
  'cli.fs.no-space': Readonly<Record<never, never>>;
  'cli.fs.read-only': Readonly<Record<never, never>>;
  'cli.fs.busy': Readonly<Record<never, never>>;
  'cli.fs.too-big': Readonly<Record<never, never>>;
  /** EBADF: a descriptor not open for what was asked (standard output opened for reading: `1</dev/null`). */
  'cli.fs.not-open': Readonly<Record<never, never>>;
  'cli.fs.name-too-long': Readonly<Record<never, never>>;
  'cli.fs.missing': Readonly<Record<never, never>>;
  'cli.fs.other': { code: string };
  /**
   * Standard output cannot be written (a full disk, a closed descriptor): the reason, the errno name, and the files the
   * run wrote before (they stay written: only the report is cut short).
   */
  'cli.output-failed': { reason: Message; code: string; written: readonly string[] };
  /** A signal stopped the run; its temporary and lock files are removed. */
  'cli.interrupted': { signal: string };
}
