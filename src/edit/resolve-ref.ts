// The milestone a `set` argument names: `plan/ID`, or a bare `ID` when exactly one plan has it; else why not. Also
// the error that may keep a milestone or gate out of the model (set and explain).
import type { Diagnostic } from '../diagnostics/types.js';
import type { Analysis } from '../pipeline.js';
import type { Milestone } from '../model/types.js';
import { msg, type Message } from '../messages/index.js';
import { escapeControl } from '../report/safe-text.js';
import { declaredPlanId } from '../source/declared-plan.js';
import { closestWord } from '../text/closest.js';
import { equallyNear } from '../text/equally-near.js';
import { scanBudget } from '../text/scan-budget.js';

const UNREADABLE_RULES: ReadonlySet<string> = new Set(['yaml-syntax', 'schema', 'invalid-date', 'encoding']);

export type Resolved = { ok: true; milestone: Milestone } | { ok: false; message: Message };

/** The messages quote `ref` themselves, escaped (text/quote.ts); other values in them are escaped here. */
export function resolveMilestoneRef(analysis: Analysis, files: readonly string[], ref: string): Resolved {
  const ws = analysis.workspace;
  const exact = ws.milestoneIndex.get(ref);
  if (exact !== undefined && ws.milestones[exact]!.gate !== undefined) {
    return { ok: false, message: msg('cli.set.gate', { ref }) };
  }
  if (exact !== undefined) return { ok: true, milestone: ws.milestones[exact]! };
  // A goal or a measure named as a milestone (a tester's `set example/RM1`): say what it is rather than "no such".
  const other = ws.goals.find((g) => g.ref === ref || (!ref.includes('/') && g.id === ref)) ?? ws.measures.find((m) => m.ref === ref || (!ref.includes('/') && m.id === ref));
  if (other !== undefined) return { ok: false, message: msg('cli.set.not-milestone', { ref, kind: 'goal' in other ? 'measure' : 'goal' }) };
  if (!ref.includes('/')) {
    const matches = ws.milestones.filter((m) => m.id === ref && m.gate === undefined);
    if (matches.length === 1) return { ok: true, milestone: matches[0]! };
    if (matches.length > 1) return { ok: false, message: msg('cli.set.ambiguous', { ref: escapeControl(ref), matches: matches.map((m) => escapeControl(m.ref)) }) };
  }
  // A gate, dated or not (one without a usable date is no schedule node, SPEC §1.7, but it exists): what a dated one is
  // told, not "no such milestone could be read" for its own schema error (a tester's `set a/BP1` of a gate without a date).
  if ((ws.gates ?? []).some((g) => g.ref === ref || (!ref.includes('/') && g.id === ref))) return { ok: false, message: msg('cli.set.gate', { ref }) };
  const blocking = findHidingError(analysis, ref);
  if (blocking !== undefined) {
    return { ok: false, message: msg('cli.set.unreadable', { ref, at: `${escapeControl(blocking.file)}:${blocking.line}:${blocking.column}`, rule: blocking.rule }) };
  }
  const caseTwin = findCaseTwin(analysis, ref);
  // Milestones only: set refuses a gate, and suggested one it then refused (tester round 97 F8).
  const milestones = ws.milestones.filter((m) => m.gate === undefined);
  const refs = milestones.map((m) => m.ref);
  const byRef = closestWord(ref, refs);
  const ids = byRef === undefined ? milestones.map((m) => m.id) : undefined;
  const guess = byRef ?? (ids === undefined ? undefined : closestWord(ref, ids));
  // The refs as near as the guess, named with it (tester round 94 F7: `set tidsbruk/T9` named T1 of T1–T4).
  const near = caseTwin !== undefined || guess === undefined ? undefined : equallyNear(ref, guess, ids ?? refs, scanBudget());
  const refOf = (word: string): string | undefined => milestones.find((m) => m.ref === word || m.id === word)?.ref;
  const named = caseTwin !== undefined ? [caseTwin] : (near?.named ?? []).flatMap((word) => refOf(word) ?? []);
  return { ok: false, message: msg('cli.set.no-such', { ref, files: files.map(escapeControl), suggestions: named.map(escapeControl), more: near?.more ?? 0 }) };
}

/**
 * The error that may keep the milestone or gate `ref` names out of the model, when none of that name is in it: set
 * refuses with it (cli.set.unreadable) and explain shows it (tester round 21 #14: explain said "no such milestone or
 * gate" of one in a file with a YAML syntax error, the error not shown). Undefined when `ref` is simply unknown.
 * `plan` (--plan) is the plan a bare id is read in first.
 */
export function findHidingError(analysis: Analysis, ref: string, plan?: string): Diagnostic | undefined {
  // A milestone the file defines may be missing only because the file could not be read as a plan (issue #12), or its
  // own entry not as a milestone. A finding about another entity leaves out only its value (SPEC §4.1), not this one:
  // it is not blamed (a tester's `set pa/ZZ` was told of another milestone's invalid date).
  const mayHide = (about: string | null): boolean => about === null || about === ref || (!ref.includes('/') && about.endsWith(`/${ref}`));
  // A milestone or gate the ref names but for case (`a/bp1` for a/BP1) is what was meant, not one an unreadable value
  // hides: it is suggested rather than the workspace's first finding without an entity blamed (a tester's `set a/bp1`
  // was told of the gate's own schema error).
  const caseTwin = findCaseTwin(analysis, ref);
  // A milestone an unreadable value hides is still written in its file: an id no file holds is no such milestone,
  // whatever else is unreadable (a tester's `set MP9` was told of a gate's missing date). Of the findings that may
  // hide it, one about the milestone itself comes first (`set a/MP3` was told of MP2's missing date, not its own).
  const id = ref.slice(ref.indexOf('/') + 1);
  const isWritten = caseTwin === undefined && analysis.sources.some((source) => source.text.includes(id));
  const unreadable = (d: Diagnostic): boolean => d.severity === 'error' && UNREADABLE_RULES.has(d.rule);
  const blocking = !isWritten ? undefined
    : analysis.diagnostics.find((d) => unreadable(d) && d.ref !== null && mayHide(d.ref)) ?? analysis.diagnostics.find((d) => unreadable(d) && mayHide(d.ref));
  if (blocking !== undefined || caseTwin !== undefined) return blocking;
  // A plan that no file read declares, and that a file whose YAML does not parse may declare (its text declares it, or
  // no plan readable from its text: cli/plan-option.ts), may hold the milestone whatever its text: a file cut short
  // (`plan: [broken`) keeps its milestones out, ids and all.
  const slash = ref.indexOf('/');
  const planOf = slash >= 0 ? ref.slice(0, slash) : plan;
  if (planOf === undefined || analysis.workspace.planIndex.has(planOf)) return undefined;
  for (const s of analysis.sources) {
    if (s.problems.length === 0) continue;
    const declared = declaredPlanId(s.text);
    if (declared !== undefined && declared !== planOf) continue;
    const error = analysis.diagnostics.find((d) => d.file === s.file && unreadable(d));
    if (error !== undefined) return error;
  }
  return undefined;
}

/**
 * The ref of the first milestone or gate (workspace order) that `ref` names but for case: `plan/ID` against refs, a
 * bare `ID` against ids; undefined when none.
 */
function findCaseTwin(analysis: Analysis, ref: string): string | undefined {
  const wanted = ref.toLowerCase();
  const isQualified = ref.includes('/');
  const named = (entity: { readonly ref: string; readonly id: string }): boolean => (isQualified ? entity.ref : entity.id).toLowerCase() === wanted;
  const ws = analysis.workspace;
  return (ws.milestones.find((m) => m.gate === undefined && named(m)) ?? (ws.gates ?? []).find(named))?.ref;
}

/** The index of a milestone in its file's `milestones` list. */
export function findIndexInFile(m: Milestone): number {
  const i = m.origin.path[1];
  if (m.origin.path[0] !== 'milestones' || typeof i !== 'number') throw new Error(`milestone ${m.ref} has no list position`);
  return i;
}
