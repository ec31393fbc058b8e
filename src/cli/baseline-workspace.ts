// The --baseline workspace of slippage and gantt: a file, a directory, `<rev>:<path>`, or `gate:<ref>` — the plans
// at the git revision a gate names as its `baseline` (SPEC §12: the plan approved at BP3 is the project's baseline).
import { baselineDates, type BaselineDates } from '../schedule/slippage.js';
import { basename, dirname, posix, relative, resolve, sep } from 'node:path';
import { analyzeTexts, locateOrigin, type Analysis, type SourceText } from '../analyze-texts.js';
import { REFUSAL_RULES } from '../pipeline-rules.js';
import type { Workspace } from '../model/types.js';
import { escapeControl } from '../report/safe-text.js';
import { closestWord } from '../text/closest.js';
import { shownPath } from '../text/quote.js';
import { nodeGit, readBaselineSources, type GitResult, type GitRunner } from './baseline.js';
import type { Io } from './io.js';
import { clockToday, decideLocale, parseToday, type CommonOptions } from './options.js';
import { msg, renderMessage, type Locale, type Message } from '../messages/index.js';
import type { ValidateResult } from '../diagnostics/types.js';
import { UsageError } from './usage-error.js';

export interface BaselineWorkspace {
  /** The --baseline argument as given (reports name it). */
  readonly label: string;
  readonly workspace: Workspace;
  /** The baseline's structural errors, as a report lists them on stderr (baselineExitCode); undefined when it has none. */
  readonly errors: ValidateResult | undefined;
}

/**
 * Loads and analyses the baseline. `gate:<ref>` reads every path of the command line (default `plans`) at the
 * gate's `baseline` revision, in the repository that holds that path (wherever milepel is run from): it needs the
 * `current` analysis, where the gate is (isGateBaseline); another baseline may be read before it, and `current`
 * undefined. Problems are UsageErrors (exit 2); a baseline with errors that keep dates from being read (REFUSAL_RULES:
 * a file that does not parse, a bad date, an id twice) is a warning on stderr, its
 * errors `errors` for the command to list after its report and exit 1 on (baselineExitCode): the milestones it could
 * not read are compared with their planned dates, as those missing from it are (tester round 111 F1: slips and a BEI
 * from the planned dates, exit 0, and a warning that named no line).
 */
export async function loadBaselineWorkspace(io: Io, spec: string, current: Analysis | undefined, paths: readonly string[], locale: Locale, git: GitRunner = nodeGit()): Promise<BaselineWorkspace> {
  const specs = isGateBaseline(spec) ? gateSpecs(io, spec, current!, paths, git) : [{ spec, git: explicitGit(io, spec, paths, git) }];
  // Only the texts (a file read from disk comes with its bytes, as large again), as the workspace's own reading does
  // (cli/workspace.ts loadAnalysis).
  const notes: Message[] = [];
  const sources = specs.flatMap((s) => readBaselineSources(io, s.spec, s.git, notes)).map((t): SourceText => ({ file: t.file, text: t.text, encodingProblem: t.encodingProblem }));
  // Links in a tree at a revision that could not be followed (baseline-git-tree.ts): the plans behind them are missing.
  for (const note of notes) io.stderr(`milepel: ${renderMessage(msg('cli.warning', { text: note }), locale)}\n`);
  // Only the model is compared with, and only the errors that keep its dates from being read are told
  // (REFUSAL_RULES, the rules `findings: 'refusals'` runs): the other rules' findings (35,000 on a dense
  // 100,000-milestone workspace) would be made and dropped, and each file's parse tree is dropped once it is read into
  // the model, as a report's own analysis does.
  const base = await analyzeTexts(sources, { today: current?.today, clockToday: clockToday(io), findings: 'refusals', keepData: false });
  // A reference the baseline cannot resolve (a file read alone, its meetings in another) leaves every date as written.
  const shown = base.diagnostics.filter((d) => d.severity === 'error' && REFUSAL_RULES.has(d.rule));
  // A baseline of no milestone read (a governance file, a text file: tester round 111 F2) compares nothing: refused
  // as a bad argument (SPEC §7), unless its errors say why nothing was read.
  if (base.workspace.milestones.length === 0 && shown.length === 0) throw new UsageError(msg('cli.baseline.no-milestones', { spec: shownPath(spec) }));
  if (shown.length === 0) return { label: spec, workspace: base.workspace, errors: undefined };
  const broken = new Set(shown.map((d) => d.file));
  io.stderr(`milepel: ${renderMessage(msg('cli.warning', { text: msg('cli.baseline.broken', { spec: shownPath(spec), files: [...broken].map(escapeControl) }) }), locale)}\n`);
  const errors = { ...base.result, diagnostics: shown, summary: { errors: shown.length, warnings: 0, errorsOnly: true } };
  return { label: spec, workspace: base.workspace, errors };
}

/**
 * The workspace's analysis (`load`) and, with a --baseline `spec`, what slippage and gantt read of that baseline
 * (BaselineDates). A baseline by path or revision is read first and kept as its dates only: the two models were held
 * together (tester round 85: `slippage --baseline` 575 MB at 100,000 milestones against 352 MB without). A gate's is
 * read after the workspace, which names the gate and its revision.
 */
export async function analysisWithBaseline(io: Io, spec: string | undefined, paths: readonly string[], options: CommonOptions, git: GitRunner, load: () => Promise<Analysis>): Promise<{ readonly analysis: Analysis; readonly baseline: BaselineDates | undefined; readonly baselineErrors: ValidateResult | undefined }> {
  const locale = decideLocale(options.locale, io);
  // An option that needs no reading is refused before the baseline is read (tester round 86 F8: a mistyped --today was
  // told after seconds of reading, and after the baseline's warnings).
  parseToday(options.today);
  let baselineErrors: ValidateResult | undefined;
  const read = async (current: Analysis | undefined): Promise<BaselineDates> => {
    const base = await loadBaselineWorkspace(io, spec!, current, paths, locale, git);
    baselineErrors = base.errors;
    return baselineDates(spec!, base.workspace);
  };
  const early = spec !== undefined && !isGateBaseline(spec) ? await read(undefined) : undefined;
  const analysis = await load();
  const baseline = early ?? (spec === undefined ? undefined : await read(analysis));
  return { analysis, baseline, baselineErrors };
}

/** Whether a --baseline argument names a gate (`gate:<ref>`), whose revision the workspace read gives. */
export function isGateBaseline(spec: string): boolean {
  return spec.startsWith('gate:');
}

/**
 * Each path of the command line as `<gate's revision>:<its path in the repository that holds it>`, with git run in
 * that repository (`git -C <the path's directory>`), not in the current one: a tester's `cd /tmp && milepel slippage
 * /repo/plans --baseline gate:a/BP3` was refused as "the current directory is not in a git repository".
 */
function gateSpecs(io: Io, spec: string, current: Analysis, paths: readonly string[], git: GitRunner): { spec: string; git: GitRunner }[] {
  const ref = spec.slice('gate:'.length);
  const gates = current.workspace.gates ?? [];
  const gate = gates.find((g) => g.ref === ref) ?? (ref.includes('/') ? undefined : only(gates.filter((g) => g.id === ref)));
  if (gate === undefined) {
    const guess = closestWord(ref, gates.map((g) => g.ref));
    // Nothing after `gate:` is shown as "", not as a blank (tester round 86 F10: "no gate  in the workspace").
    throw new UsageError(msg('cli.baseline.no-gate', { spec: shownPath(spec), ref: ref === '' ? '""' : escapeControl(ref), guess: guess ?? null, hasGates: gates.length > 0 }));
  }
  const rev = gate.baseline;
  if (rev === undefined) {
    throw new UsageError(msg('cli.baseline.gate-no-rev', { spec: shownPath(spec), gate: gate.ref }));
  }
  return (paths.length > 0 ? paths : ['plans']).map((p) => {
    const isDir = io.stat(p)?.isDirectory !== false;
    const dir = resolve(io.cwd(), isDir ? p : dirname(p));
    const inRepo: GitRunner = (args) => git(['-C', dir, ...args]);
    const prefix = inRepo(['rev-parse', '--show-prefix']);
    if (prefix.errorCode !== undefined || prefix.status !== 0) throw notInRepo(spec, p, prefix);
    const inside = `${prefix.stdout.toString('utf8').trim()}${isDir ? '' : basename(p)}`;
    const path = inside === '' ? '' : posix.normalize(inside).replace(/\/$/, '');
    // Said as the gate's, where its `baseline:` is: `--baseline no-such-tag:plans` named an option nobody typed and no
    // place to fix (tester round 59 F2), nor could "write empty0:./plans" go in a gate's baseline (round 60 F4).
    const where = (): string => {
      const at = locateOrigin(current, { file: gate.origin.file, path: [...gate.origin.path, 'baseline'] });
      return `${escapeControl(gate.origin.file)}:${at.line}:${at.column}`;
    };
    const found = atRevision(inRepo, rev, path);
    if (found === 'no-revision') throw new UsageError(msg('cli.baseline.gate-bad-rev', { spec: shownPath(spec), gate: gate.ref, rev: escapeControl(rev), at: where() }));
    if (found === 'no-path') throw new UsageError(msg('cli.baseline.gate-no-path', { spec: shownPath(spec), gate: gate.ref, rev: escapeControl(rev), at: where(), path: escapeControl(path) }));
    return { spec: `${rev}:${path}`, git: inRepo };
  });
}

/**
 * Whether `rev` names a tree in the repository `git` runs in (a text that is empty or starts with `-` is none, and is
 * never given to git, where it would read as an option) and whether `path` is in it; 'ok' when git cannot be run
 * (readBaselineSources then says why in its own words).
 */
function atRevision(git: GitRunner, rev: string, path: string): 'ok' | 'no-revision' | 'no-path' {
  if (rev === '' || rev.startsWith('-')) return 'no-revision';
  const verify = git(['rev-parse', '--verify', '--quiet', `${rev}^{tree}`]);
  if (verify.errorCode !== undefined) return 'ok';
  if (verify.status !== 0) return 'no-revision';
  if (path === '') return 'ok';
  const type = git(['cat-file', '-t', `${rev}:${path}`]);
  return type.errorCode !== undefined || type.status === 0 ? 'ok' : 'no-path';
}

/**
 * Where an explicit `<rev>:<path>` is read: in the repository that holds the workspace's first path (default `plans`),
 * as `gate:` baselines are, when the current directory is in another repository or in none; else as git reads it, in
 * the current directory's. Run from inside another repository it was read there, and every milestone of that
 * repository's plans was "removed", exit 0 (tester round 26 F2). A path from the current directory (`./`, `../`) then
 * means nothing in the plans' repository: refused, with the path from its root to write instead. A baseline on disk,
 * or plans in no repository, keep git's reading.
 */
function explicitGit(io: Io, spec: string, paths: readonly string[], git: GitRunner): GitRunner {
  const colon = spec.indexOf(':');
  if (colon < 0 || io.stat(spec) !== undefined) return git;
  const p = paths[0] ?? 'plans';
  const isDir = io.stat(p)?.isDirectory !== false;
  const dir = resolve(io.cwd(), isDir ? p : dirname(p));
  const top = (r: GitResult): string | undefined => (r.errorCode === undefined && r.status === 0 ? r.stdout.toString('utf8').trim() : undefined);
  const plansTop = top(git(['-C', dir, 'rev-parse', '--show-toplevel']));
  if (plansTop === undefined || plansTop === '' || top(git(['rev-parse', '--show-toplevel'])) === plansTop) return git;
  const path = spec.slice(colon + 1);
  if (/^\.\.?([/\\]|$)/.test(path)) {
    // The same revision with the plans' path from that repository's root (a tester was told HEAD:plans for base:./plans).
    const fromRoot = relative(plansTop, isDir ? dir : resolve(io.cwd(), p)).split(sep).join('/');
    throw new UsageError(msg('cli.baseline.other-repo-relative', { spec: shownPath(spec), repo: escapeControl(plansTop), path: escapeControl(p), instead: escapeControl(`${spec.slice(0, colon)}:${fromRoot}`) }));
  }
  return (args) => git(['-C', plansTop, ...args]);
}

/** Why the repository of `path` could not be found: git missing, git refusing (its words), or no repository there. */
function notInRepo(spec: string, path: string, r: GitResult): UsageError {
  const shown = shownPath(spec);
  if (r.errorCode === 'ENOENT') return new UsageError(msg('cli.baseline.no-git', { spec: shown }));
  if (r.errorCode !== undefined) return new UsageError(msg('cli.baseline.git-error', { spec: shown, code: r.errorCode }));
  const said = (r.stderr.split('\n')[0] ?? '').replace(/^fatal: /, '').trim();
  if (!/not a git repository/i.test(said) && said !== '') return new UsageError(msg('cli.baseline.git-refused', { spec: shown, said: escapeControl(said) }));
  return new UsageError(msg('cli.baseline.gate-no-repo', { spec: shown, path: escapeControl(path) }));
}

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
