// When an edit must not go ahead on what the analysis found (SPEC §7: refuse with exit 2 and write nothing when the
// input is invalid): a file whose YAML does not parse has no milestones in the model, so `snapshot` would record
// nothing for them without a word; a milestone id defined twice leaves `set` and `snapshot` unable to tell which
// definition is meant.
import type { Analysis } from '../pipeline.js';
import { escapeControl } from '../report/safe-text.js';

/** The first file whose YAML does not parse, as a refusal for an edit of the whole workspace; undefined when none. */
export function findSyntaxRefusal(analysis: Analysis): string | undefined {
  const d = analysis.diagnostics.find((x) => x.rule === 'yaml-syntax');
  if (d === undefined) return undefined;
  return `${escapeControl(d.file)}:${d.line}:${d.column}: the file's YAML does not parse, so its milestones cannot be edited; fix it first (milepel validate shows how); nothing written`;
}

/**
 * The first milestone defined twice among `refs` (every milestone when undefined), or the first plan of one of them
 * defined twice, as a refusal; undefined when none. A plan defined twice in two files keeps only its first file's
 * milestones in the model, so a milestone written in both files is not a duplicate there: without the plan's own
 * finding, `set` would edit the first file's copy without a word (a tester's finding).
 */
export function findDuplicateRefusal(analysis: Analysis, refs?: ReadonlySet<string>): string | undefined {
  const plans = new Set(refs === undefined ? [] : [...refs].map((r) => r.slice(0, r.indexOf('/'))));
  const planTwice = new Set(analysis.workspace.duplicates.flatMap((x) => (x.kind === 'plan' && plans.has(x.ref) ? [x.ref] : [])));
  const d = analysis.diagnostics.find((x) => x.rule === 'duplicate-id' && typeof x.ref === 'string' && (refs === undefined || refs.has(x.ref) || planTwice.has(x.ref)));
  if (d === undefined) return undefined;
  return `${escapeControl(d.file)}:${d.line}:${d.column}: ${escapeControl(d.ref ?? '')} is defined twice, so the edit cannot tell which one is meant; give one of them another id; nothing written`;
}
