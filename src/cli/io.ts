// The only door to the outside world: files, streams, environment, terminal and clock, as the contract `Io` that
// commands read and write through (the real one: node-io.ts; tests pass fakes).
import type { Locale } from '../messages/index.js';
import type { CommitFailure } from './atomic-write.js';
import type { FileReplacement, Refusal } from './atomic-prepare.js';
import type { EditLocks } from './edit-lock.js';

/** What a path is, after following symbolic links. */
export type FileKind = 'file' | 'directory' | 'FIFO (named pipe)' | 'character device' | 'block device' | 'socket' | 'other';

export interface FileStat {
  readonly isDirectory: boolean;
  readonly isFile: boolean;
  /** Bytes. */
  readonly size: number;
  readonly kind?: FileKind;
  /** Device and inode, for loop detection when walking through symbolic links; absent when unknown. */
  readonly id?: string;
}

export interface DirEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  readonly isFile: boolean;
  /** A symbolic link (isDirectory and isFile are then false: stat the path to follow it). */
  readonly isSymlink?: boolean;
  /** False when the name's bytes are not UTF-8; `name` then shows them escaped (\xNN) and cannot be opened. */
  readonly isUtf8Name?: boolean;
  /** The name's bytes when they are not UTF-8: `name`, escaped, may be another entry's real name (a backslash is a character). */
  readonly nameBytes?: Uint8Array;
}

/** What a name in a directory is: what it leads to (links followed) or why nothing, and, for a link, where it points. */
export interface EntryLook {
  /** What it is after following links; absent when that fails. */
  readonly stat?: FileStat;
  /** Why `stat` is absent: ENOENT (a link to nothing), ELOOP (a link that leads back to itself), EACCES … */
  readonly failure?: string;
  /** Present when the name itself is a symbolic link: its target as written (bytes that are not UTF-8 shown \xNN). */
  readonly linkTarget?: string;
  /**
   * For a link to nothing whose target is itself a link (a chain): the target the chain's last link names, which is
   * what does not exist (tester round 19 #7: "a link to c2, which does not exist" where c2 was a link to /gone).
   */
  readonly missingEnd?: string;
}

export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  /** Whether stderr is a terminal, where a long run may keep a progress line (risk-progress.ts); absent: not one. */
  readonly stderrIsTTY?: boolean;
  /** The width of the terminal stderr is, when it is one and says (asked only while drawing a progress line). */
  readonly stderrColumns?: () => number | undefined;
  /** Terminal width of stdout, or undefined when not a terminal. */
  readonly columns: number | undefined;
  /** The system date as YYYY-MM-DD in the local time zone (a calendar day, not an instant). */
  readonly today: () => string;
  readonly readText: (path: string) => string;
  /** Follows symbolic links; undefined when the path (or a link's target) does not exist. */
  readonly stat: (path: string) => FileStat | undefined;
  /**
   * Why `stat` found nothing: the errno code (ENOENT, ELOOP for a symbolic link that leads back to itself, EACCES …).
   * Absent: every failure counts as ENOENT.
   */
  readonly statFailure?: (path: string) => string | undefined;
  readonly readDir: (path: string) => readonly DirEntry[];
  /**
   * Looks at the name `name` in the directory `dir` (a DirEntry's), by `nameBytes` when given (a name that is not
   * UTF-8, which cannot be opened by its escaped text): a link is followed to learn whether it leads to a directory or a
   * file (walking), and where it points (a dangling link or loop is named with its target; init and import refuse to
   * write through a linked directory). Absent: callers fall back on stat and statFailure.
   */
  readonly lookAt?: (dir: string, name: string, nameBytes?: Uint8Array) => EntryLook;
  /**
   * lookAt of a path named on the command line, by the bytes it was given as (cli/raw-args.ts): a link named there that
   * leads nowhere or round in a loop is named with its target, as one found while walking is. Absent: statFailure alone.
   */
  readonly lookAtNamed?: (path: string) => EntryLook;
  /** At most `maxBytes + 1` bytes of a regular file, opened without blocking (a FIFO or device throws ENOTREG). */
  readonly readBytes: (path: string, maxBytes?: number) => Uint8Array;
  /**
   * readBytes of the file `name` in `dir` found while walking, by `nameBytes` when given (a name that is not UTF-8,
   * which cannot be opened by its escaped text). Absent: such a file is not opened at all.
   */
  readonly readBytesAt?: (dir: string, name: string, nameBytes: Uint8Array | undefined, maxBytes: number) => Uint8Array;
  readonly exists: (path: string) => boolean;
  readonly writeText: (path: string, text: string) => void;
  /** Creates a new file atomically (whole or not at all); throws EEXIST when the path exists. */
  readonly createText: (path: string, text: string) => void;
  /** `mkdir -p`; pushes each directory it made onto `made` (outermost first), for a caller to undo (cli/new-files.ts). */
  readonly makeDir: (path: string, made?: string[]) => void;
  /** Removes a file this run created (undoing a write that cannot be completed); never follows into directories. */
  readonly removeFile: (path: string) => void;
  /** Removes an empty directory this run created; fails (ENOTEMPTY) when anything is in it. */
  readonly removeDir: (path: string) => void;
  /**
   * Takes the edit lock of each file (waiting for another milepel's turn, taking over one a dead run left); resolves to
   * the function that releases them, the files whose lock could not be made, and a warning per lock taken over.
   */
  readonly lockFiles: (paths: readonly string[]) => Promise<EditLocks>;
  /**
   * Replaces existing files whose bytes are still `expected`, all or none: every file is prepared
   * (temporary file with the original's owner, group and mode) before any is renamed, and renamed
   * files are restored when a later one fails. Symbolic links are followed.
   */
  readonly replaceFiles: (items: readonly FileReplacement[]) => Promise<ReplaceResult>;
  /** Appends text to a file, creating it (GitHub's step summary is appended to by every step). */
  readonly appendText: (path: string, text: string) => void;
  /**
   * From now on, a reader of stdout or stderr that goes away ends the process at once (`watch`); otherwise the rest of
   * the output is dropped and the command finishes with its own exit code. Absent in tests' Io.
   */
  readonly exitOnClosedOutput?: () => void;
  /** Writes binary output (an xlsx workbook) to stdout. */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  /** The working directory, absolute. */
  readonly cwd: () => string;
  /**
   * The user's arguments with each one whose bytes were not UTF-8 shown escaped (\xNN); reading, stat and walking
   * that name (or a path below it) then reach the real file. Absent: the arguments are used as they are.
   */
  readonly commandLine?: (argv: readonly string[]) => string[];
  /**
   * Whether `path` is, or lies below, an argument whose bytes were not UTF-8 (commandLine): it is read through those
   * bytes, but a write by `path` would go to another file, the one whose real name is the escaped form. Absent: never.
   */
  readonly isByteNamed?: (path: string) => boolean;
  /**
   * The run's locale, for the lines the process itself writes when standard output fails or a signal stops it
   * (SPEC §15: every text output); English until set.
   */
  readonly setLocale?: (locale: Locale) => void;
}

export type ReplaceResult = { ok: true } | { ok: false; refusal: Refusal } | { ok: false; partial: CommitFailure };
