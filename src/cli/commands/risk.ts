// `milepel risk`: Monte Carlo schedule risk (SPEC §11) with seeded blocks on worker threads.
import { availableParallelism } from 'node:os';
import { buildRiskReport, riskChunks, riskFormatNames, riskSheets, type RiskFormat } from '../../report/risk/index.js';
import { iterationsToRun, positions, summarize } from '../../risk/analysis.js';
import { compileNetwork } from '../../risk/network.js';
import type { Io } from '../io.js';
import { checkFormat, formatOptions, wholeNumberOf, type CommonOptions } from '../options.js';
import { simulate } from '../risk-pool.js';
import { riskProgress } from '../risk-progress.js';
import { msg, renderMessage } from '../../messages/index.js';
import { findHidingError } from '../../edit/resolve-ref.js';
import { escapeControl } from '../../report/safe-text.js';
import { UsageError } from '../usage-error.js';
import { refuseWorkbookOnTerminal, writeWorkbook } from '../workbook.js';
import { loadAnalysis, reportExitCode, withFindings } from '../workspace.js';
import { simulatedRangeDiagnostics } from '../../risk/date-range.js';
import { locateOrigin } from '../../pipeline-diagnostics.js';
import { findNamed, nearestRefs } from '../../explain/find.js';
import type { Workspace } from '../../model/types.js';
import { onlyPlan } from '../../model/only-plan.js';

export { riskFormatNames };

export interface RiskOptions extends CommonOptions {
  readonly iterations?: string;
  readonly seed?: string;
  readonly jobs?: string;
  readonly milestone?: string;
}

export const MAX_ITERATIONS = 10_000_000;

/** A whole number in [min, max] (options.ts wholeNumberOf), else exit 2 naming the option. */
function wholeNumber(text: string | undefined, fallback: number, option: string, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = wholeNumberOf(text);
  if (!(n >= min && n <= max)) throw new UsageError(msg('cli.risk.bad-number', { option, text, min, max }));
  return n;
}

/**
 * `--jobs`: a whole number of 1 or more, clamped to the CPU count (SPEC §11), however large: 2^53 and up were refused
 * as "not a whole number of 1 or more" (tester round 59 F5). Below 1 or not a whole number: exit 2.
 */
function jobsOf(text: string | undefined, cpus: number): number {
  return Math.min(wholeNumber(text, cpus, '--jobs', 1, Infinity), cpus);
}

export async function runRisk(io: Io, paths: readonly string[], options: RiskOptions): Promise<number> {
  const format = checkFormat(options.format, riskFormatNames, 'risk') as RiskFormat;
  if (format === 'xlsx') refuseWorkbookOnTerminal(io, 'risk');
  const display = formatOptions(options, io);
  const iterations = wholeNumber(options.iterations, 10_000, '--iterations', 1, MAX_ITERATIONS);
  const seed = wholeNumber(options.seed, 1, '--seed', 0, 0xffffffff);
  const cpus = availableParallelism();
  // Above the CPU count only adds contention: clamped (SPEC §11).
  const jobs = jobsOf(options.jobs, cpus);
  // The structural rules only, as every report: of the findings only its structural errors are shown (reportExitCode),
  // and date-range's, which the simulated dates held in range are told apart from.
  const analysis = await loadAnalysis(io, paths, options, 'structural');
  const { workspace: ws, graph, schedule } = analysis;
  // A --milestone a file that could not be read may hold is no unknown ref: its errors shown, exit 1, as explain does.
  const hiding = options.milestone === undefined || findNamed(ws, options.milestone, options.plan).kind !== 'unknown' ? undefined : findHidingError(analysis, options.milestone, options.plan);
  if (hiding !== undefined) {
    io.stderr(`milepel: ${renderMessage(msg('cli.explain.unreadable', { ref: options.milestone!, at: `${escapeControl(hiding.file)}:${hiding.line}:${hiding.column}`, rule: hiding.rule }), display.locale)}\n`);
    reportExitCode(io, analysis, display);
    return 1;
  }
  const focus = options.milestone === undefined ? undefined : findMilestone(ws, options.milestone, options.plan);
  const only = onlyPlan(ws, options.plan);
  const milestones = Array.from(graph.order).filter((v) => only === undefined || ws.milestones[v]!.plan === only);
  const driverEnds = milestones.filter((v) => schedule.isEnd[v] === 1 || v === focus);
  const net = compileNetwork(ws, graph, schedule);
  const pos = positions(net);
  // A network that samples nothing runs one iteration for all, and has no drivers (analysis.ts iterationsToRun).
  const run = iterationsToRun(net, iterations);
  const progress = riskProgress(io, net.n * run, run, display.locale);
  // A progress line on a terminal's stderr while a long run counts (cleared before the report, or an error, is written).
  const sim = await simulate(net, run, seed, jobs, run === iterations ? driverEnds.map((v) => pos[v]!) : [], false, progress?.onBlock).finally(() => progress?.end());
  // Only HTML draws every milestone's distribution; the other formats draw the --milestone one at most.
  const keep = format === 'html' ? undefined : (v: number): boolean => v === focus;
  const result = summarize(ws, schedule, net, sim, seed, { milestones, driverEnds, keep }, iterations);
  const plans = new Set(milestones.map((v) => ws.milestones[v]!.plan));
  const kinds = new Set([...plans].map((p) => ws.plans[p]!.riskDistribution ?? 'triangular'));
  const distribution = kinds.size === 1 ? [...kinds][0]! : kinds.size === 0 ? 'triangular' : 'mixed';
  const report = buildRiskReport(ws, analysis.today, result, distribution, focus);
  if (format === 'xlsx') await writeWorkbook(io, riskSheets(report), display.locale, analysis.today);
  else for (const chunk of riskChunks(format, report, display)) io.stdout(chunk);
  // Simulated dates held at 0001-01-01 / 9999-12-31 are findings like the schedule's own (rule date-range).
  const reported = new Set(analysis.diagnostics.flatMap((d) => (d.rule === 'date-range' && d.ref !== null ? [d.ref] : [])));
  const held = simulatedRangeDiagnostics(ws, result.outOfRange, reported, (origin) => locateOrigin(analysis, origin));
  return reportExitCode(io, withFindings(analysis, held), display);
}

/**
 * The schedule node of `--milestone ref` (findNamed: `plan/ID`, or `ID` of the --plan one, else of exactly one plan);
 * exit 2 for one that names several, a gate or milestone without a date, one outside --plan (its distribution would
 * not be shown: a tester got a report without it and without a word), or nothing.
 */
function findMilestone(ws: Workspace, ref: string, plan: string | undefined): number {
  const found = findNamed(ws, ref, plan);
  if (found.kind === 'ambiguous') throw new UsageError(msg('cli.risk.ambiguous', { ref, matches: found.refs }));
  // A gate without a date or a milestone without any usable date is no schedule node (SPEC §1.7, §4.1), but it exists:
  // say so, as explain does, not "no such milestone".
  if (found.kind === 'gate') throw new UsageError(msg('cli.risk.undated-gate', { ref: found.ref }));
  if (found.kind === 'milestone') throw new UsageError(msg('cli.risk.undated-milestone', { ref: found.ref }));
  if (found.kind === 'unknown') {
    const { refs: nearest, more } = nearestRefs(ws, ref);
    throw new UsageError(msg('cli.risk.no-such', { ref, nearest, more }));
  }
  const m = ws.milestones[found.node]!;
  if (plan !== undefined && ws.plans[m.plan]!.id !== plan) throw new UsageError(msg('cli.risk.outside-plan', { ref: m.ref, plan }));
  return found.node;
}
