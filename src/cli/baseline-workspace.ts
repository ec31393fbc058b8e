// The --baseline workspace of slippage and gantt: a file, a directory, `<rev>:<path>`, or `gate:<ref>` — the plans
// at the git revision a gate names as its `baseline` (SPEC §12: the plan approved at BP3 is the project's baseline).
import { posix } from 'node:path';
import { analyzeTexts, STRUCTURAL_RULES, type Analysis, type SourceText } from '../analyze-texts.js';
import type { Workspace } from '../model/types.js';
import { escapeControl } from '../report/safe-text.js';
import { closestWord } from '../text/closest.js';
import { nodeGit, readBaselineSources, type GitRunner } from './baseline.js';
import type { Io } from './io.js';
import { clockToday } from './options.js';
import { msg, renderMessage, type Locale } from '../messages/index.js';
import { UsageError } from './usage-error.js';

export interface BaselineWorkspace {
  /** The --baseline argument as given (reports name it). */
  readonly label: string;
  readonly workspace: Workspace;
}

/**
 * Loads and analyses the baseline. `gate:<ref>` reads every path of the command line (default `plans`) at the
 * gate's `baseline` revision, relative to the repository root. Problems are UsageErrors (exit 2); a baseline with
 * structural errors is a warning on stderr (its unreadable milestones count as new).
 */
export async function loadBaselineWorkspace(io: Io, spec: string, current: Analysis, paths: readonly string[], locale: Locale, git: GitRunner = nodeGit()): Promise<BaselineWorkspace> {
  const specs = spec.startsWith('gate:') ? gateSpecs(spec, current, paths, git) : [spec];
  // Only the texts (a file read from disk comes with its bytes, as large again), as the workspace's own reading does
  // (cli/workspace.ts loadAnalysis).
  const sources = specs.flatMap((s) => readBaselineSources(io, s, git)).map((t): SourceText => ({ file: t.file, text: t.text, encodingProblem: t.encodingProblem }));
  // Only the model is compared with, and only the structural errors are told: the other rules' findings (35,000 on
  // a dense 100,000-milestone workspace) would be made and dropped, and each file's parse tree is dropped once it is
  // read into the model, as a report's own analysis does.
  const base = await analyzeTexts(sources, { today: current.today, clockToday: clockToday(io), findings: 'structural', keepData: false });
  if (base.hasStructuralErrors) {
    const broken = new Set(base.diagnostics.filter((d) => d.severity === 'error' && STRUCTURAL_RULES.has(d.rule)).map((d) => d.file));
    io.stderr(`milepel: ${renderMessage(msg('cli.warning', { text: msg('cli.baseline.broken', { spec: escapeControl(spec), files: [...broken].map(escapeControl) }) }), locale)}\n`);
  }
  return { label: spec, workspace: base.workspace };
}

function gateSpecs(spec: string, current: Analysis, paths: readonly string[], git: GitRunner): string[] {
  const ref = spec.slice('gate:'.length);
  const gates = current.workspace.gates ?? [];
  const gate = gates.find((g) => g.ref === ref) ?? (ref.includes('/') ? undefined : only(gates.filter((g) => g.id === ref)));
  if (gate === undefined) {
    const guess = closestWord(ref, gates.map((g) => g.ref));
    throw new UsageError(msg('cli.baseline.no-gate', { spec: escapeControl(spec), ref: escapeControl(ref), guess: guess ?? null, hasGates: gates.length > 0 }));
  }
  if (gate.baseline === undefined) {
    throw new UsageError(msg('cli.baseline.gate-no-rev', { spec: escapeControl(spec), gate: gate.ref }));
  }
  const prefix = git(['rev-parse', '--show-prefix']);
  const base = prefix.status === 0 ? prefix.stdout.toString('utf8').trim() : '';
  return (paths.length > 0 ? paths : ['plans']).map((p) => `${gate.baseline}:${posix.normalize(posix.join(base, p.split('\\').join('/')))}`);
}

function only<T>(items: readonly T[]): T | undefined {
  return items.length === 1 ? items[0] : undefined;
}
