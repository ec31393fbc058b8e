// The pure pipeline: parsed sources + options → model, graph, schedule and sorted diagnostics.
import { recaseRefOffers } from './schema/ref-case-offer.js';
import type { DayNumber } from './calendar/index.js';
import { type Diagnostic, type ValidateResult } from './diagnostics/types.js';
import { addFile, addUnreadableFile, addUnreadablePlan, finishWorkspace, startWorkspace, type WorkspaceBuild } from './model/build.js';
import type { Workspace } from './model/types.js';
import { isObj, obj, text } from './model/read.js';
import { RULES, type Finding, type RuleContext } from './rules/index.js';
import { writtenNumbers } from './source/written-number.js';
import { checkSchema, type SchemaProblem } from './schema/check.js';
import { pruneData } from './schema/prune.js';
import { entityAt, type EntityName } from './schema/place.js';
import { RereadSource, type ParsedSource, type SyntaxProblem } from './source/parse.js';
import { LazyLines } from './source/lazy-lines.js';
import { textHoldsAstral } from './source/astral.js';
import { sortDiagnostics } from './diagnostics/sort.js';
import type { Analysis, AnalyzeOptions } from './pipeline-types.js';
import { REPORT_EXIT_RULES, runsRule, severityOf } from './pipeline-rules.js';
import { toDiagnostic } from './pipeline-diagnostics.js';
import { scheduleWorkspace, type Scheduled } from './pipeline-schedule.js';

export type { Analysis, AnalyzeOptions, SchemaResult } from './pipeline-types.js';

/** A file's schema problems and the id its `plan:` header gives (read only when there are problems). */
interface FileSchemaProblems {
  readonly problems: readonly SchemaProblem[];
  readonly planId: string | undefined;
  /** The entity each problem is about (entityAt), by the problem's index; empty when there are no problems. */
  readonly entities: readonly (EntityName | undefined)[];
}

/** The `plan.id` a file's data gives, when it is a string (read as the model reads it: model/read.ts). */
function planIdOf(data: unknown): string | undefined {
  const plan = isObj(data) ? obj(data, 'plan') : undefined;
  return plan === undefined ? undefined : text(plan, 'id');
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
    this.sources.push(options.keepData === false && s.data !== undefined ? (s instanceof RereadSource ? s.withoutData() : { ...s, data: undefined }) : s);
    if (s.problems.length > 0) {
      if (this.build !== undefined) addUnreadableFile(this.build, s.file, s.text);
      return;
    }
    let result = options.schemaCache?.get(s);
    if (result === undefined) {
      const problems = checkSchema(s.data, writtenNumbers(s));
      result = { problems, data: problems.length === 0 ? s.data : pruneData(s.data, problems.flatMap((p) => (p.drop ? [p.drop] : []))) };
      options.schemaCache?.set(s, result);
    }
    const { problems } = result;
    const found = problems.length === 0 ? { planId: undefined, entities: [] } : { planId: planIdOf(s.data), entities: problems.map((p) => entityAt(s.data, p.path)) };
    this.schemaByFile.set(s.file, { problems, ...found });
    if (this.build !== undefined) addFile(this.build, { file: s.file, data: result.data }, options.fragments);
  }

  /** The analysis of the sources added. */
  finish(): Analysis {
    // Files not read for their names, after every file read (their order among the sorted paths is not kept here).
    if (this.build !== undefined) for (const u of this.options.unreadFiles ?? []) addUnreadablePlan(this.build, u.file, u.declaredPlan);
    return finishAnalysis(this.sources, this.syntaxProblems, this.schemaByFile, this.build === undefined ? this.options.workspace! : finishWorkspace(this.build, suggests(this.options)), this.options);
  }
}

/**
 * The files whose text holds a character outside the BMP (ParsedSource.astral; asked of the text where a source does
 * not say), for the formats that show columns in characters (ValidateResult.astralFiles).
 */
function astralFiles(sources: readonly ParsedSource[]): ReadonlySet<string> {
  const files = new Set<string>();
  for (const s of sources) if (s.astral ?? textHoldsAstral(s.text)) files.add(s.file);
  return files;
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
  const placedProblems = [...schemaByFile].flatMap(([file, { problems, planId, entities }]) => problems.map((problem, i) => ({ file, plan: planOf(file, planId), problem, entity: entities[i] })));
  // A plan id's case hint offered the ref the workspace has (`P/mp5` → p/MP5), which each file's check cannot know.
  const schemaProblems = recaseRefOffers(placedProblems, workspace);

  const byFile = new Map(sources.map((s) => [s.file, s]));
  const unread = options.unreadFiles ?? [];
  const unreadFiles = new Set(unread.map((u) => u.file));
  const encodingProblems = unread.length === 0 ? (options.encodingProblems ?? []) : [...(options.encodingProblems ?? []), ...unread];
  const diagnostics: Diagnostic[] = [];
  const strict = options.strict === true;
  const pass = {};
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
      workspace, today, syntaxProblems, encodingProblems, schemaProblems, report, pass,
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
    // A file not read is still a file of the workspace, in its sorted place (cli/load.ts sorts every path found).
    files: unread.length === 0 ? sources.map((s) => s.file) : [...sources.map((s) => s.file), ...unread.flatMap((u) => (u.kind === 'file' ? [u.file] : []))].sort(),
    diagnostics: sorted,
    summary: { errors, warnings: sorted.length - errors },
    astralFiles: astralFiles(sources),
    sourceLine: (file, line) => {
      if (unreadFiles.has(file)) return undefined; // no text to quote
      // The fast path's own line starts, which placing the findings found already (source/parse.ts).
      const source = byFile.get(file);
      if (source?.lineAt !== undefined) return source.lineAt(line);
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
    hasStructuralErrors: sorted.some((d) => d.severity === 'error' && (REPORT_EXIT_RULES.has(d.rule) || (d.rule === 'encoding' && unreadFiles.has(d.file)))),
    result,
  };
}

/** Whether the model's unknown references are given suggestions: AnalyzeOptions.suggestions, for a rule that shows them. */
function suggests(options: AnalyzeOptions): boolean {
  return options.suggestions !== false && runsRule(options.findings, 'unknown-reference');
}

function latestStatusDate(ws: Workspace): DayNumber | undefined {
  let latest: DayNumber | undefined;
  for (const p of ws.plans) if (p.statusDate !== undefined && (latest === undefined || p.statusDate > latest)) latest = p.statusDate;
  return latest;
}
