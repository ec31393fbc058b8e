// The data of the `milepel:` lines and notices of single commands: gantt, set, snapshot, init, import, risk, export, --baseline.
import type { DayNumber } from '../../calendar/index.js';
import type { Message } from '../types.js';

type None = Readonly<Record<never, never>>;

export interface CliCommandMessages {
  'cli.gantt.from-after-to': { from: string; to: string };
  'cli.gantt.bad-date': { flag: string; text: string };
  'cli.gantt.bad-scale': { text: string; scales: readonly string[] };

  /** `status` and the `ref`s of set's messages as given: the catalogues quote and escape them (text/quote.ts). */
  'cli.set.bad-status': { status: string };
  'cli.set.nothing-to-set': None;
  'cli.set.gate': { ref: string };
  'cli.set.not-milestone': { ref: string; kind: 'goal' | 'measure' };
  'cli.set.ambiguous': { ref: string; matches: readonly string[] };
  /** `file:line:column` and rule of the error that keeps part of the workspace unread. */
  'cli.set.unreadable': { ref: string; at: string; rule: string };
  /** `suggestions`: the nearest refs, one or up to four equally near (tester round 94 F7); `more`: how many more are. */
  'cli.set.no-such': { ref: string; files: readonly string[]; suggestions: readonly string[]; more: number };
  /** A directory, a link or a special file where the edit lock goes: no lock of milepel's, and nothing removes it. */
  'cli.edit.lock-not-file': { file: string; lock: string; kind: 'directory' | 'link' | 'special' };
  'cli.edit.lock-failed': { file: string; lock: string; reason: Message; folder: string | null };
  /** Another milepel holds the edit lock: its process id when recorded, its host when another machine's. */
  'cli.edit.lock-busy': { file: string; lock: string; pid: number | null; host: string | null };
  /** A lock left by a run that died, taken over (cli/edit-lock.ts `judge` says when). */
  'cli.edit.lock-stale': { lock: string; why: 'unrecorded' | 'dead' | 'reused' | 'before-boot' | 'old' | 'old-elsewhere'; pid: number | null; host: string | null; minutes: number };
  'cli.edit.undecodable': { at: string; problem: Message };
  'cli.edit.not-utf8': { file: string; encoding: string };
  'cli.edit.changed': { file: string };
  'cli.edit.refused': { reason: Message };
  'cli.edit.write-failed': { file: string; reason: Message | null; restored: readonly string[]; notRestored: readonly string[] };
  /** `undated`: the milestones in scope without a date at all (no date, forecast or actual), which have nothing to record. */
  'cli.snapshot.nothing': { today: DayNumber; unchanged: number; done: number; ahead: readonly string[]; undated: readonly string[] };
  /** An edit refused (SPEC §7): `at` is file:line:column. */
  'cli.edit.refuse-syntax': { at: string; plan: string | null };
  /** `fact`: the duplicate-id finding's own message (which names the kind and the first definition's file); `first`: where that definition is (file:line:column), null when unknown. */
  'cli.edit.refuse-duplicate': { at: string; fact: Message; first: string | null; otherFile: boolean };
  /** `plan`: the milestone's plan when the workspace has others, which `--plan` can snapshot without it; else null. */
  'cli.edit.refuse-bad-date': { at: string; ref: string; field: string; plan: string | null };
  'cli.edit.refuse-bad-status-date': { at: string; plan: string };
  /** A plan file or directory of the workspace that was not read, its name not being UTF-8 (`at` is file:1:1). */
  'cli.edit.refuse-unread-name': { at: string; kind: 'file' | 'directory' };
  /** A file named on the command line by a name that is not UTF-8: read, but never rewritten. */
  'cli.edit.byte-name': { file: string };
  'cli.snapshot.recorded': { today: DayNumber; entries: number; files: number; unchanged: number; done: number; ahead: readonly string[]; undated: readonly string[] };
  'cli.snapshot.entry': { at: string; ref: string; reported: string; forecast: string; replaced: boolean };

  'cli.watch.has-options': { option: string };
  'cli.watch.ran': { command: string; code: number; watched: readonly string[] };
  'cli.watch.lost': { dir: string; reason: string };
  'cli.watch.cannot-run': { command: string; reason: string };
  'cli.watch.not-watchable': { command: string; allowed: readonly string[] };
  'cli.watch.unknown-command': { name: string; suggestion: string | null; isPath: boolean };
  'cli.init.exists': { paths: readonly string[] };
  /** The first few plan files found in the folder, and how many more. */
  'cli.init.has-plans': { dir: string; files: readonly string[]; more: number };
  /** `workspace`: the folder around `dir` that holds plan files (`files`, the first three, and `more`). */
  'cli.init.inside-plans': { dir: string; workspace: string; files: readonly string[]; more: number };
  'cli.init.empty': None;
  /** `dir`: where the system refused the write; `target`: the folder given, when it was to be made in `dir` (else null). */
  'cli.init.cannot-write': { dir: string; target?: string | null; reason: Message; code: string };
  /**
   * init or import (`command`) would write through `path`, a symbolic link to the directory `target`, under `dir`, the
   * folder it was given: refused, nothing written (README: init writes nothing outside the folder it is given).
   */
  'cli.write.through-link': { command: 'init' | 'import'; dir: string; path: string; target: string };
  /**
   * `command`: how to run milepel again as it was run: under npm exec, where it is no command on PATH, `npx --no-install
   * milepel` as README's install section says (never a package of that name from the registry).
   * `dir` and `kept` are the paths as they are, control characters and all: the commands quote them for a shell
   * (text/shell-word.ts), the text shows them escaped.
   */
  'cli.init.wrote': { paths: readonly string[]; dir: string; kept: string | null; command: string };

  'cli.import.bad-from': { from: string; formats: readonly string[] };
  'cli.import.bad-plan-id': { id: string };
  'cli.import.missing': { file: string };
  'cli.import.not-file': { file: string };
  'cli.import.unreadable': { file: string; reason: Message };
  'cli.import.cannot-import': { file: string; reason: string };
  /** A file to import larger than import reads (MAX_IMPORT_BYTES), in whole MB. */
  'cli.import.too-large': { file: string; megabytes: number; limit: number };
  'cli.import.exists': { paths: readonly string[] };
  /**
   * Plans of the ids the import would write are already in `--out` (each with its file); `free`: an id to give with
   * --plan-id instead, null when the import writes several plans (interchange/taken-plan-ids.ts).
   */
  'cli.import.plan-exists': { plans: readonly { readonly id: string; readonly file: string }[]; free: string | null };
  /** As cli.init.cannot-write: `target` is the --out folder when it was to be made in `dir`. */
  'cli.import.cannot-write': { dir: string; target?: string | null; reason: Message; code: string };
  'cli.import.wrote': { file: string; plan: string; milestones: number; links: number };
  'cli.import.wrote-schema': { file: string };
  /**
   * The schema file the written plans name for editors (`path`, as their `$schema=` line writes it) was already there
   * at `file` and is not this milepel's plan schema byte for byte (`reason`: why it could not be read, else null); it
   * was kept (import never overwrites).
   */
  'cli.import.kept-schema': { file: string; path: string; reason: Message | null };

  'cli.risk.bad-number': { option: string; text: string; min: number; max: number };
  /** The progress line of a long run on a terminal (cli/risk-progress.ts). */
  /** `again`: the run is being repeated with wider dates (risk/simulate.ts), its count started over. */
  'cli.risk.progress': { done: number; total: number; again: boolean };
  'cli.risk.ambiguous': { ref: string; matches: readonly string[] };
  /** `more`: refs as near as those named, not named (tester round 98 F11); 0 when none. */
  'cli.risk.no-such': { ref: string; nearest: readonly string[]; more?: number };
  'cli.risk.undated-gate': { ref: string };
  'cli.risk.undated-milestone': { ref: string };
  /** --milestone names a milestone of another plan than --plan's: its distribution would not be shown. */
  'cli.risk.outside-plan': { ref: string; plan: string };

  'cli.export.mspdi-empty': None;
  /** The calendar written has no event (RFC 5545 §3.6 asks for one component at least: strict readers refuse it). */
  'cli.export.ics-empty': { plan: string | null };
  'cli.export.mspdi-one-plan': { plans: readonly string[] };
  /** --plan names a plan only files whose YAML does not parse declare (cli/plan-option.ts): nothing to write. */
  'cli.export.mspdi-unparsed': { plan: string };

  'cli.baseline.empty': None;
  'cli.baseline.in': { inner: Message };
  'cli.baseline.missing': { spec: string };
  'cli.baseline.bad-rev': { spec: string; rev: string };
  'cli.baseline.git-refused': { spec: string; said: string };
  'cli.ci-root.git-refused': { said: string; root: string; found: boolean };
  'cli.ci-root.no-git': { code: string; root: string };
  'cli.baseline.no-repo': { spec: string };
  'cli.baseline.gate-no-repo': { spec: string; path: string };
  /** An explicit `<rev>:./path` read in `repo`, which holds the plans `path` and not the current directory. */
  'cli.baseline.other-repo-relative': { spec: string; repo: string; path: string; instead: string };
  'cli.baseline.no-rev': { spec: string; rev: string };
  'cli.baseline.no-path': { spec: string; rev: string; path: string };
  /** A path after `rev:` that climbs out of the repository (`..` from its root, `a/../../x`). */
  'cli.baseline.outside': { spec: string; path: string };
  /** A path after ':' written relative to the current directory (`./…`, `../…`), which is `prefix` in the repository ('' at its root). */
  'cli.baseline.no-path-here': { spec: string; rev: string; path: string; prefix: string };
  'cli.baseline.git-failed': { spec: string; object: string; said: string; listing: boolean };
  'cli.baseline.no-plans': { spec: string; object: string };
  /** A symbolic link in the baseline's tree at a revision that is not followed (`target`: its text, as git keeps it). */
  'cli.baseline.link-not-followed': { spec: string; link: string; target: string; reason: 'outside' | 'missing' | 'loop' };
  'cli.baseline.too-large': { spec: string; object: string; megabytes: number; limit: number };
  'cli.baseline.no-git': { spec: string };
  'cli.baseline.git-error': { spec: string; code: string };
  'cli.baseline.broken': { spec: string; files: readonly string[] };
  /** A baseline that holds no milestone (a governance file, a file of no plan): every slip would be against the plan. */
  'cli.baseline.no-milestones': { spec: string };
  'cli.baseline.no-gate': { spec: string; ref: string; guess: string | null; hasGates: boolean };
  'cli.baseline.gate-no-rev': { spec: string; gate: string };
  /** The gate's `baseline:` names no revision of the repository; `at`: where that value is (file:line:column). */
  'cli.baseline.gate-bad-rev': { spec: string; gate: string; rev: string; at: string };
  /** The gate's `baseline:` is a revision without the plans' `path` (repository-relative). */
  'cli.baseline.gate-no-path': { spec: string; gate: string; rev: string; at: string; path: string };
}
