// What the language server asks of its host (src/cli/commands/lsp.ts): the workspace's files, their texts and links,
// the clock and the locale. The host owns the process and the disk; the server reads them only through `LspHost`.
import type { DayNumber } from '../calendar/index.js';
import type { Locale, Message } from '../messages/index.js';
import type { SyntaxProblem } from '../source/parse.js';
import type { UnreadEntry } from '../pipeline-types.js';

/** The workspace for the client's root folders: its directories and plan files (absolute paths), the links named
 * like plan files that lead nowhere or round in a loop (validate refuses those, exit 2), each with what is said of it,
 * and the entries of initializationOptions.paths left out because they do not exist or cannot be read, with why. */
export interface WorkspaceFound {
  readonly dirs: readonly string[];
  readonly files: readonly string[];
  readonly broken: readonly { readonly path: string; readonly message: Message }[];
  readonly unread?: readonly { readonly entry: string; readonly why: Message | string }[];
  /**
   * Plan files and directories found but not read, their names not being UTF-8 (absolute paths, the name's bytes
   * escaped), each with its `encoding` problem and the plan a file declares: `validate`'s AnalyzeOptions.unreadFiles,
   * so that references into that plan are unchecked in the editor too (tester round 63 F1).
   */
  readonly unreadNames?: readonly UnreadName[];
}

/** A plan file or directory not read for its name (pipeline-types.ts). */
export type UnreadName = UnreadEntry;

export interface LspHost {
  readonly findWorkspace: (roots: readonly string[], paths: readonly string[]) => WorkspaceFound;
  /** The plan files and directories under `dirs` not read for their names (WorkspaceFound.unreadNames), found again. */
  readonly unreadNames?: (dirs: readonly string[]) => readonly UnreadName[];
  /** What is said of the file at `path` when it is a link named like a plan file that cannot be read, else undefined. */
  readonly brokenLink: (path: string) => Message | undefined;
  /** A file's text and why its bytes are not a faithful text (rule `encoding`), undefined when it cannot be read. */
  readonly readText: (path: string) => DiskText | undefined;
  /** The path a file's text is read from once every link on the way is followed; undefined when it cannot be. */
  readonly realPath: (path: string) => string | undefined;
  readonly clockToday: () => DayNumber;
  readonly locale: Locale;
  /** Whether `locale` is the one `--locale` named (else it is LANG's, or English): the editor's own language then yields to it. */
  readonly localeGiven: boolean;
  /** The language a locale name means, as `--locale` reads it; undefined for a name that is none milepel speaks. */
  readonly localeOf: (name: string) => Locale | undefined;
}

export interface DiskText {
  readonly text: string;
  readonly encodingProblem: SyntaxProblem | undefined;
}
