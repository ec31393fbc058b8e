// The pipeline's options and results: what analyzeSources (pipeline.ts) is given and what it returns.
import type { DayNumber } from './calendar/index.js';
import type { Diagnostic, ValidateResult } from './diagnostics/types.js';
import type { Graph } from './graph/graph.js';
import type { FragmentCache } from './model/fragments.js';
import type { Workspace } from './model/types.js';
import type { Schedule } from './schedule/cpm.js';
import type { SchemaProblem } from './schema/check.js';
import type { ParsedSource, SyntaxProblem } from './source/parse.js';

export interface AnalyzeOptions {
  /** --today; when absent the latest status_date, else `clockToday`. */
  readonly today?: DayNumber | undefined;
  /** The system date, read by cli/ (never here). */
  readonly clockToday: DayNumber;
  /** Warnings become errors. */
  readonly strict?: boolean;
  /** Files whose bytes did not decode cleanly (rule `encoding`), found by source/decode.ts. */
  readonly encodingProblems?: readonly { readonly file: string; readonly problem: SyntaxProblem }[];
  /**
   * Plan files of the workspace found but not read, and why (cli/load.ts: a name that is not UTF-8), and directories
   * not walked for the same reason: each is an `encoding` error with `problem`'s place and words and makes a report
   * exit 1 (hasStructuralErrors), as a file whose YAML does not parse does: its plans are missing from every report.
   * A file is listed among the result's files; a directory is not one. `nameBytes`, its own name's bytes, goes to
   * the finding (Diagnostic.nameBytes); `declaredPlan`, the plan the file declares (read from its first lines), makes the
   * references into that plan unchecked rather than unknown, as for a file whose YAML does not parse.
   */
  readonly unreadFiles?: readonly UnreadEntry[];
  /**
   * Schema results by parse, kept by a caller that analyses the same parses again (the language server, SPEC §14):
   * a source found here is not checked again, one missing is checked and added.
   */
  readonly schemaCache?: WeakMap<ParsedSource, SchemaResult>;
  /** Each file's entities, kept with the schema cache so an unchanged file is not read into the model again. */
  readonly fragments?: FragmentCache;
  /**
   * The model of `sources` when the caller has it already: what buildWorkspace makes of their schema-checked data
   * (src/edit/patched-model.ts: the model before an edit with the edited milestone's new values).
   */
  readonly workspace?: Workspace;
  /**
   * The schedule of `workspace` on `graph` and `rank` when the caller can make it for less than computeSchedule
   * (src/edit/incremental.ts: the schedule before an edit, updated by src/schedule/update.ts); undefined to compute it.
   */
  readonly updateSchedule?: (workspace: Workspace, graph: Graph, rank: Int32Array) => Schedule | undefined;
  /** The previous analysis of the same workspace: its rank and graph are reused when the refs and edges are unchanged. */
  readonly previous?: Pick<Analysis, 'workspace' | 'rank' | 'graph'>;
  /**
   * `structural`: run only the rules of STRUCTURAL_RULES, for a report that shows no other finding (it prints those
   * and exits 1 on them: cli/workspace.ts reportExitCode); the other rules' findings would be made and dropped. At
   * 100,000 milestones they are 35,000 findings and a second of `critical-path`. `refusals`: only those of
   * REFUSAL_RULES, for `snapshot`, which prints no finding and refuses on those (src/edit/refusal.ts); none of them
   * reads the graph or the schedule, which are then never made (0.3 s of a 100,000-milestone snapshot). Default `all`.
   */
  readonly findings?: 'all' | 'structural' | 'refusals';
  /**
   * `false`: unknown references get no spelling suggestion, and none is searched for: `set` and `snapshot`, whose
   * edits of a forecast, actual or status change no reference (their unknown-reference findings are the same before
   * and after, and only findings an edit introduces are printed). A level of `findings` without unknown-reference
   * searches none either. Issue #18: 416 references into plans not given cost 80 ms of a 0.6 s `set`. Default true.
   */
  readonly suggestions?: boolean;
  /**
   * `false`: the returned sources keep their text and positions but not their parsed data, which nothing reads once
   * the model is built but the edit commands and the language server (issue #18: the trees of a 1,000,000-long chain
   * were kept, and marked by every full garbage collection, while its report was written). Default true.
   */
  readonly keepData?: boolean;
}

/** A source's schema problems and its data with the unusable values left out (SPEC §4.1). */
export interface SchemaResult {
  readonly problems: readonly SchemaProblem[];
  readonly data: unknown;
}

export interface Analysis {
  readonly sources: readonly ParsedSource[];
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** Each milestone's position in ref order: the tie-breaker everywhere. */
  readonly rank: Int32Array;
  readonly today: DayNumber;
  readonly diagnostics: readonly Diagnostic[];
  /**
   * An error-severity yaml-syntax, schema, invalid-date, duplicate-id, unknown-reference or dependency-cycle: what
   * makes a report or export exit 1 (SPEC §7, REPORT_EXIT_RULES); or the encoding error of a file not read at all
   * (AnalyzeOptions.unreadFiles), whose plans the report leaves out as it does a file whose YAML does not parse.
   * Other encoding errors (the file is read) and date-range errors are shown with a report but do not count here.
   */
  readonly hasStructuralErrors: boolean;
  readonly result: ValidateResult;
}

/**
 * A plan file or directory found but not read, its name not being UTF-8 (cli/unread-name.ts makes them, the language
 * server keeps them per workspace): its `encoding` problem, its own name's bytes, and the plan a file declares.
 */
export interface UnreadEntry {
  readonly file: string;
  readonly kind: 'file' | 'directory';
  readonly problem: SyntaxProblem;
  /**
   * The bytes of its own name, the last segment of `file` (absent when the walk could not give them): what SARIF
   * percent-encodes (`m%E6ler.yaml`), the escaped text being another file's possible name (tester round 17 #1).
   */
  readonly nameBytes?: Uint8Array;
  /** The plan id the file declares, read from its first lines by its name's bytes (cli/load.ts), when found. */
  readonly declaredPlan?: string;
}
