// What a rule is and what it gets: the model, graph and schedule when they exist, today, and report().
import type { DayNumber } from '../calendar/index.js';
import type { RuleId, Severity } from '../diagnostics/types.js';
import type { Graph } from '../graph/graph.js';
import type { Message } from '../messages/index.js';
import type { Origin, Workspace } from '../model/types.js';
import type { Schedule } from '../schedule/cpm.js';
import type { OutOfRange } from '../schedule/date-range.js';
import type { PlacedSchemaProblem } from '../schema/check.js';
import type { LineColumn, SyntaxProblem } from '../source/parse.js';

export interface Finding {
  readonly at: Origin;
  /** Point at the key of `at.path` rather than its value. */
  readonly key?: boolean;
  /** A position known without a path (syntax problems). */
  readonly position?: LineColumn;
  /** The fact: a message id and its data (src/messages), rendered per locale by the formatters. */
  readonly message: Message;
  readonly ref: string | null;
  /** How to fix it. */
  readonly hint?: Message;
  /** Other places the message refers to; `position` as for the finding's own (a syntax problem's). */
  readonly related?: readonly { readonly at: Origin; readonly position?: LineColumn; readonly message: Message }[];
  /** The plan whose `rules` may override the severity. */
  readonly plan?: number;
  /** The bytes of the last segment of `at.file` when they are not UTF-8 (Diagnostic.nameBytes). */
  readonly nameBytes?: Uint8Array;
}

export interface RuleContext {
  readonly workspace: Workspace;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** The status date T. */
  readonly today: DayNumber;
  readonly syntaxProblems: readonly { readonly file: string; readonly problem: SyntaxProblem }[];
  /**
   * Files whose bytes are not valid UTF-8 (or broken UTF-16): the first bad byte (rule `encoding`); and files and
   * directories not read, their name not being UTF-8, with that name's bytes when known.
   */
  /** `kind`: for a file or directory not read for its name (AnalyzeOptions.unreadFiles), which of the two. */
  readonly encodingProblems: readonly { readonly file: string; readonly problem: SyntaxProblem; readonly nameBytes?: Uint8Array; readonly kind?: 'file' | 'directory' }[];
  readonly schemaProblems: readonly PlacedSchemaProblem[];
  /** Computed dates held at 0001-01-01 / 9999-12-31 (rule date-range). */
  readonly outOfRange: readonly OutOfRange[];
  readonly report: (finding: Finding) => void;
  /**
   * The same object for every rule of one pass over the workspace: a key for what rules share while they run (the
   * graph the cycle checks of offers and suggestions ask, graph/for-cycles.ts), let go with the pass.
   */
  readonly pass: object;
}

/**
 * A rule's check runs once per analysis. Its loops over every milestone or edge are index loops: a for-of that runs
 * once over 100,000 items stays in code that makes an iterator result per item (about 4.5 MB, and 2–3 × slower, in a
 * measurement on Node 20), and an analysis at 100,000 milestones runs a dozen of them (issue #18).
 */
export interface Rule {
  readonly id: RuleId;
  readonly severity: Severity;
  /** One sentence: when it fires (README's rule table). */
  readonly description: string;
  /** One sentence: how to fix it (README's rule table). */
  readonly fix: string;
  readonly check: (ctx: RuleContext) => void;
}
