// `--plan <id>` (SPEC §7): the plans it may name, and the files of one whose YAML does not parse.
import type { Analysis } from '../analyze-texts.js';
import { msg } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import { shownArgument } from '../text/quote.js';
import { declaredPlanId } from '../source/declared-plan.js';
import { closestWord } from '../text/closest.js';
import { UsageError } from './usage-error.js';

type Analysed = Pick<Analysis, 'workspace' | 'sources'>;

/** A file whose YAML does not parse, with the plan id read from its text (source/declared-plan.ts; undefined: none). */
export interface UnparsedFile {
  readonly file: string;
  readonly plan: string | undefined;
}

/** The files whose YAML does not parse, in file order; only a run with `--plan` reads their texts for a plan id. */
export function unparsedFiles(analysis: Analysed): UnparsedFile[] {
  const out: UnparsedFile[] = [];
  for (const s of analysis.sources) if (s.problems.length > 0) out.push({ file: s.file, plan: declaredPlanId(s.text) });
  return out;
}

/**
 * Exit 2 for a `--plan` that names no plan: neither one of the model's nor one a file whose YAML does not parse
 * declares or may declare, its plan not being readable from its text (SPEC §4.1 note). Such a plan is known: problems in a plan file are findings, never exit 2 (SPEC §4), and
 * a tester's `validate --plan broken` hid the syntax error behind "no such plan". The list of plans names those too.
 */
export function refuseUnknownPlan(analysis: Analysed, plan: string | undefined): void {
  if (plan === undefined || analysis.workspace.planIndex.has(plan)) return;
  const unparsed = unparsedFiles(analysis);
  // One whose plan id its text does not give (a JSON plan, `plan: &anchor`, a flow mapping over lines) may declare any
  // plan, this one too, and its errors are shown (tester round 19 #2: `--plan b` of a JSON plan with a typo was exit 2).
  if (unparsed.some((u) => u.plan === plan || u.plan === undefined)) return;
  const known = analysis.workspace.plans.map((p) => p.id);
  for (const u of unparsed) if (u.plan !== undefined && !analysis.workspace.planIndex.has(u.plan) && !known.includes(u.plan)) known.push(u.plan);
  const nearest = closestWord(plan, known) ?? null;
  throw new UsageError(msg('cli.plan.unknown', { plan: shownArgument(plan), known: known.map(escapeControl), nearest: nearest === null ? null : escapeControl(nearest) }));
}

/**
 * The files whose YAML does not parse that may declare `plan`: those whose text declares it, and those whose plan
 * could not be read from their text (like a file not read, such a file may declare any plan); `all` when the caller has read them already.
 */
export function unparsedFilesOf(analysis: Analysed, plan: string, all: readonly UnparsedFile[] = unparsedFiles(analysis)): string[] {
  return all.filter((u) => u.plan === undefined || u.plan === plan).map((u) => u.file);
}

/**
 * The common option `--plan <id>` (SPEC §7) for a command that names one milestone (`set`, `explain`): the plan of a
 * bare id (`set MP1 --plan akson` is `set akson/MP1`); a ref naming another plan is refused before anything is read,
 * in the command's words (set says nothing was written).
 */
export function refInPlan(ref: string, plan: string | undefined, command: 'set' | 'explain'): string {
  if (plan === undefined) return ref;
  const slash = ref.indexOf('/');
  if (slash < 0) return `${plan}/${ref}`;
  if (ref.slice(0, slash) === plan) return ref;
  const data = { ref: escapeControl(ref), plan: escapeControl(plan) };
  throw new UsageError(command === 'set' ? msg('cli.set.other-plan', data) : msg('cli.explain.other-plan', data));
}
