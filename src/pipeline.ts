// The pure pipeline: parsed sources + options → model, graph, schedule and sorted diagnostics.
import type { DayNumber } from './calendar/index.js';
import { type Diagnostic, type Related, type RuleId, type Severity, type ValidateResult } from './diagnostics/types.js';
import { buildGraph, type Graph } from './graph/graph.js';
import { graphFits } from './graph/reuse.js';
import { addFile, addUnreadableFile, finishWorkspace, startWorkspace, type WorkspaceBuild } from './model/build.js';
import type { FragmentCache } from './model/fragments.js';
import type { Workspace } from './model/types.js';
import { isObj, obj, text } from './model/read.js';
import { RULES, type Finding, type RuleContext } from './rules/index.js';
import { computeSchedule, type Schedule } from './schedule/cpm.js';
import { holdScheduleInRange, holdStartsInRange, leaveOutFloats } from './schedule/date-range.js';
import { checkSchema, type SchemaProblem } from './schema/check.js';
import { pruneData } from './schema/prune.js';
import type { LineColumn, ParsedSource, Path, SyntaxProblem } from './source/parse.js';
import { LazyLines } from './source/lazy-lines.js';
import { sortDiagnostics } from './diagnostics/sort.js';

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
   * `false`: the returned sources keep their text and positions but not their parsed data, which nothing reads once
   * the model is built but the edit commands and the language server (issue #18: the trees of a 1,000,000-long chain
   * were kept, and marked by every full garbage collection, while its report was written). Default true.
   */
  readonly keepData?: boolean;
}

/** A file's schema problems and the id its `plan:` header gives (read only when there are problems). */
interface FileSchemaProblems {
  readonly problems: readonly SchemaProblem[];
  readonly planId: string | undefined;
}

/** The `plan.id` a file's data gives, when it is a string (read as the model reads it: model/read.ts). */
function planIdOf(data: unknown): string | undefined {
  const plan = isObj(data) ? obj(data, 'plan') : undefined;
  return plan === undefined ? undefined : text(plan, 'id');
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
   * makes a report or export exit 1 (SPEC §7, REPORT_EXIT_RULES). Encoding and date-range errors are shown with a
   * report but do not count here.
   */
  readonly hasStructuralErrors: boolean;
  readonly result: ValidateResult;
}

/**
 * SPEC §7: a report or export exits 1 on an error of one of these six rules, the structural errors of the workspace;
 * it still shows what it can.
 */
export const REPORT_EXIT_RULES: ReadonlySet<Diagnostic['rule']> = new Set<Diagnostic['rule']>(['yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'unknown-reference', 'dependency-cycle']);

/**
 * The findings a report or export shows on stderr (the only rules `findings: 'structural'` runs): the six of
 * REPORT_EXIT_RULES, and encoding and date-range (v2), whose errors say why the report shows replacement characters
 * or leaves dates out. Those two do not change a report's exit code: SPEC §7 names the six.
 */
export const STRUCTURAL_RULES: ReadonlySet<Diagnostic['rule']> = new Set<Diagnostic['rule']>([...REPORT_EXIT_RULES, 'encoding', 'date-range']);

/**
 * The findings an edit of the whole workspace refuses on (`snapshot`, src/edit/refusal.ts: a file whose YAML does not
 * parse, an id defined twice, a date that is not one) and the encoding finding that goes with an unreadable byte: the
 * only rules `findings: 'refusals'` runs. None reads the graph or the schedule.
 */
export const REFUSAL_RULES: ReadonlySet<Diagnostic['rule']> = new Set<Diagnostic['rule']>(['yaml-syntax', 'schema', 'invalid-date', 'duplicate-id', 'encoding']);

/** Which rules a level of AnalyzeOptions.findings runs. */
function runsRule(findings: AnalyzeOptions['findings'], rule: RuleId): boolean {
  if (findings === 'structural') return STRUCTURAL_RULES.has(rule);
  if (findings === 'refusals') return REFUSAL_RULES.has(rule);
  return true;
}

export function analyzeSources(parsed: readonly ParsedSource[], options: AnalyzeOptions): Analysis {
  const analysis = new SourceAnalysis(options);
  for (let i = 0; i < parsed.length; i++) analysis.add(parsed[i]!);
  return analysis.finish();
}

/**
 * analyzeSources over sources given one at a time, in file order: each is schema-checked and read into the model
 * when it is added, so that with `keepData: false` nothing keeps its parse tree while the next file is parsed (issue
 * #18; src/model/build.ts startWorkspace). `finish` gives what analyzeSources gives for the same sources.
 */
export class SourceAnalysis {
  private readonly sources: ParsedSource[] = [];
  private readonly syntaxProblems: { file: string; problem: SyntaxProblem }[] = [];
  private readonly schemaByFile = new Map<string, FileSchemaProblems>();
  /** Undefined when the options bring the model. */
  private readonly build: WorkspaceBuild | undefined;

  constructor(private readonly options: AnalyzeOptions) {
    this.build = options.workspace === undefined ? startWorkspace() : undefined;
  }

  /** Checks the next source and reads it into the model. */
  add(s: ParsedSource): void {
    const options = this.options;
    for (let i = 0; i < s.problems.length; i++) this.syntaxProblems.push({ file: s.file, problem: s.problems[i]! });
    this.sources.push(options.keepData === false && s.data !== undefined ? { ...s, data: undefined } : s);
    if (s.problems.length > 0) {
      if (this.build !== undefined) addUnreadableFile(this.build, s.file, s.text);
      return;
    }
    let result = options.schemaCache?.get(s);
    if (result === undefined) {
      const problems = checkSchema(s.data);
      result = { problems, data: problems.length === 0 ? s.data : pruneData(s.data, problems.flatMap((p) => (p.drop ? [p.drop] : []))) };
      options.schemaCache?.set(s, result);
    }
    this.schemaByFile.set(s.file, { problems: result.problems, planId: result.problems.length === 0 ? undefined : planIdOf(s.data) });
    if (this.build !== undefined) addFile(this.build, { file: s.file, data: result.data }, options.fragments);
  }

  /** The analysis of the sources added. */
  finish(): Analysis {
    return finishAnalysis(this.sources, this.syntaxProblems, this.schemaByFile, this.build === undefined ? this.options.workspace! : finishWorkspace(this.build), this.options);
  }
}

function finishAnalysis(
  sources: readonly ParsedSource[],
  syntaxProblems: readonly { file: string; problem: SyntaxProblem }[],
  schemaByFile: ReadonlyMap<string, FileSchemaProblems>,
  workspace: Workspace,
  options: AnalyzeOptions,
): Analysis {
  // Made when first read: by a rule that reads them, or by the caller (every report does; `snapshot` never does).
  let scheduled: Scheduled | undefined;
  const made = (): Scheduled => (scheduled ??= scheduleWorkspace(workspace, options));
  const today = options.today ?? latestStatusDate(workspace) ?? options.clockToday;
  const planOfFile = new Map(workspace.plans.map((p) => [p.file, p.index]));
  // A file whose plan is defined in another file first (duplicate-id) takes that plan's rules: overrides too.
  const planOf = (file: string, id: string | undefined): number | undefined => planOfFile.get(file) ?? (id === undefined ? undefined : workspace.planIndex.get(id));
  const schemaProblems = [...schemaByFile].flatMap(([file, { problems, planId }]) => problems.map((problem) => ({ file, plan: planOf(file, planId), problem })));

  const byFile = new Map(sources.map((s) => [s.file, s]));
  const diagnostics: Diagnostic[] = [];
  const strict = options.strict === true;
  for (const rule of RULES) {
    if (!runsRule(options.findings, rule.id)) continue;
    const id = rule.id;
    // Each plan's severity of the rule, found once rather than per finding (35,000 findings at 100,000 milestones).
    const planless = severityOf(id, rule.severity, undefined, strict);
    const severities = workspace.plans.map((p) => severityOf(id, rule.severity, p.rules.get(id), strict));
    const report = (f: Finding): void => {
      const severity = f.plan === undefined ? planless : (severities[f.plan] ?? planless);
      if (severity === 'off') return;
      diagnostics.push(toDiagnostic(byFile, id, severity, f));
    };
    const ctx: RuleContext = {
      workspace, today, syntaxProblems, encodingProblems: options.encodingProblems ?? [], schemaProblems, report,
      get graph() { return made().graph; },
      get schedule() { return made().schedule; },
      get outOfRange() { return made().outOfRange; },
    };
    rule.check(ctx);
  }
  const sorted = sortDiagnostics(diagnostics);
  const errors = sorted.filter((d) => d.severity === 'error').length;
  // The lines a text report quotes, found as far as asked (findings come sorted by line): splitting every file
  // whole kept a string per line, 600,000 of them at 100,000 milestones.
  const lines = new Map<string, LazyLines>();
  const result: ValidateResult = {
    files: sources.map((s) => s.file),
    diagnostics: sorted,
    summary: { errors, warnings: sorted.length - errors },
    sourceLine: (file, line) => {
      let found = lines.get(file);
      if (!found) {
        found = new LazyLines(byFile.get(file)?.text ?? '');
        lines.set(file, found);
      }
      return found.lineAt(line);
    },
  };
  return {
    sources, workspace, today, diagnostics: sorted,
    get graph() { return made().graph; },
    get schedule() { return made().schedule; },
    get rank() { return made().rank; },
    hasStructuralErrors: sorted.some((d) => d.severity === 'error' && REPORT_EXIT_RULES.has(d.rule)),
    result,
  };
}

/** What an analysis computes from its model for the rules and reports that read it. */
interface Scheduled {
  readonly rank: Int32Array;
  readonly graph: Graph;
  readonly schedule: Schedule;
  /** Computed dates held at 0001-01-01 / 9999-12-31 (rule date-range). */
  readonly outOfRange: RuleContext['outOfRange'];
}

/**
 * The ref order, the graph and the schedule of `workspace` (SPEC §5), with its dates held in range (SPEC §15,
 * date-range); the rank and graph of options.previous when they still fit, the schedule options.updateSchedule gives
 * when it gives one.
 */
function scheduleWorkspace(workspace: Workspace, options: AnalyzeOptions): Scheduled {
  const previous = options.previous;
  const rank = previous !== undefined && sameRefs(previous.workspace, workspace) ? previous.rank : refRank(workspace);
  // The very same edge list (a model patched by `set`, src/edit/patched-model.ts) needs no look at its 20,000 edges.
  const isSameEdges = previous !== undefined && previous.workspace.dependencies === workspace.dependencies && previous.graph.nodeCount === workspace.milestones.length;
  const graph = previous !== undefined && rank === previous.rank && (isSameEdges || graphFits(previous.graph, workspace.milestones.length, workspace.dependencies))
    ? previous.graph : buildGraph(workspace.milestones.length, workspace.dependencies, rank);
  const computed = options.updateSchedule?.(workspace, graph, rank) ?? computeSchedule(workspace, graph, rank);
  const heldDates = holdScheduleInRange(workspace, computed);
  const outOfRange = [...heldDates, ...holdStartsInRange(workspace, computed, heldDates)];
  return { rank, graph, schedule: leaveOutFloats(workspace, graph, rank, computed), outOfRange };
}

/** A finding's severity: the rule's, or its plan's `rules` override; `--strict` makes warnings errors; never `off` for yaml-syntax. */
export function severityOf(rule: RuleId, base: Severity, override: Severity | 'off' | undefined, strict: boolean): Severity | 'off' {
  const severity = override ?? base;
  if (rule === 'yaml-syntax') return 'error';
  return strict && severity === 'warning' ? 'error' : severity;
}

/** A rule's finding as a diagnostic, at its place in `byFile`'s sources (1-based line and column). */
export function toDiagnostic(byFile: ReadonlyMap<string, ParsedSource>, rule: RuleId, severity: Severity, f: Finding): Diagnostic {
  const file = f.at.file;
  const source = byFile.get(file);
  const at = f.position ?? locateIn(source, f.at.path, f.key === true);
  // Written out rather than spread (35,000 findings at 100,000 milestones); the keys keep their order. An index loop
  // and a function of the module's own rather than two closures made per finding (0.5 % of validate's instructions at
  // 10,000 milestones, cachegrind). Pushed: an array made at its length would be holey. A finding without related
  // places shares one empty list (17,000 of the 35,000 at 100,000 milestones, each kept until the report is written).
  let related: readonly Related[] = NO_RELATED;
  const places = f.related;
  if (places !== undefined && places.length > 0) {
    const list: Related[] = [];
    for (let i = 0; i < places.length; i++) {
      const r = places[i]!;
      const placeFile = r.at.file;
      const place = locateIn(placeFile === file ? source : byFile.get(placeFile), r.at.path, false);
      list.push({ file: placeFile, line: place.line, column: place.column, message: r.message });
    }
    related = list;
  }
  return f.hint === undefined
    ? { file, line: at.line, column: at.column, rule, severity, message: f.message, ref: f.ref, related }
    : { file, line: at.line, column: at.column, rule, severity, message: f.message, ref: f.ref, hint: f.hint, related };
}

/** The related places of a diagnostic that has none. */
const NO_RELATED: readonly Related[] = Object.freeze([]);

/** The 1-based line and column of `path` in a source; 1:1 without the source. */
function locateIn(source: ParsedSource | undefined, path: Path, key: boolean): LineColumn {
  return source?.locate(path, key) ?? { line: 1, column: 1 };
}

function sameRefs(a: Workspace, b: Workspace): boolean {
  if (a.milestones.length !== b.milestones.length) return false;
  for (let i = 0; i < a.milestones.length; i++) if (a.milestones[i]!.ref !== b.milestones[i]!.ref) return false;
  return true;
}

/** Each milestone's position in ref order (refs compared with `<`: by UTF-16 code units). */
function refRank(ws: Workspace): Int32Array {
  // The refs in an array of their own: the comparisons then read them without visiting 100,000 milestone objects.
  const refs = ws.milestones.map((m) => m.ref);
  // With one plan (the 1,000,000-long chain) grouping gains nothing and its check would cost: the refs are sorted whole.
  const order = (ws.plans.length > 1 ? refOrderByPlan(ws, refs) : undefined) ?? ws.milestones.map((m) => m.index).sort((a, b) => (refs[a]! < refs[b]! ? -1 : 1));
  const rank = new Int32Array(ws.milestones.length);
  for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
  return rank;
}

/**
 * The milestones in ref order found plan by plan: the plans in the order of `<id>/`, each plan's milestones by id.
 * A ref is its plan's id, '/' and its id, neither with a '/' (the schema's patterns), so all refs of a plan share the
 * prefix `<id>/`, and two refs of different plans differ within it: this is the order of the refs. 94 sorts of a
 * thousand short ids cost less than one of 100,000 refs, whose comparisons first read the plan's id again (a tester's
 * national programme). The order is checked against the refs at the end; undefined when it is not theirs (a ref of
 * another form, or two equal refs), and the refs are then sorted as a whole.
 */
function refOrderByPlan(ws: Workspace, refs: readonly string[]): number[] | undefined {
  const milestones = ws.milestones;
  const groups: number[][] = ws.plans.map(() => []);
  const ids: string[] = [];
  for (let i = 0; i < milestones.length; i++) {
    const m = milestones[i]!;
    const group = groups[m.plan];
    if (group === undefined) return undefined;
    group.push(m.index);
    ids[m.index] = m.id;
  }
  const prefixes = ws.plans.map((p) => `${p.id}/`);
  const plans = ws.plans.map((p) => p.index).sort((a, b) => (prefixes[a]! < prefixes[b]! ? -1 : 1));
  const order: number[] = [];
  for (let k = 0; k < plans.length; k++) {
    const group = groups[plans[k]!]!.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1));
    for (let i = 0; i < group.length; i++) order.push(group[i]!);
  }
  if (order.length !== refs.length) return undefined;
  for (let i = 1; i < order.length; i++) if (!(refs[order[i - 1]!]! < refs[order[i]!]!)) return undefined;
  return order;
}

function latestStatusDate(ws: Workspace): DayNumber | undefined {
  let latest: DayNumber | undefined;
  for (const p of ws.plans) if (p.statusDate !== undefined && (latest === undefined || p.statusDate > latest)) latest = p.statusDate;
  return latest;
}

/** The 1-based line and column of an entity's YAML node (or its key), for findings made after the analysis. */
export function locateOrigin(analysis: Pick<Analysis, 'sources'>, origin: { readonly file: string; readonly path: Path }, key = false): { line: number; column: number } {
  return analysis.sources.find((s) => s.file === origin.file)?.locate(origin.path, key) ?? { line: 1, column: 1 };
}
