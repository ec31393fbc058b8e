// Narrowing a validate result for output: paths rebased for CI (SPEC §15), findings of one plan (`validate --plan`, SPEC §7).
import type { Diagnostic, ValidateResult } from '../../diagnostics/types.js';
import type { Message } from '../../messages/index.js';

/** The result with every path (files, findings, related places) passed through `map`; the excerpt lookup still works. */
export function mapResultPaths(result: ValidateResult, map: (file: string) => string): ValidateResult {
  const cache = new Map<string, string>();
  const original = new Map<string, string>();
  const mapped = (file: string): string => {
    let out = cache.get(file);
    if (out === undefined) {
      out = map(file);
      cache.set(file, out);
      if (!original.has(out)) original.set(out, file);
    }
    return out;
  };
  return {
    files: result.files.map(mapped),
    diagnostics: result.diagnostics.map((d) => ({ ...d, file: mapped(d.file), message: withMappedPaths(d.message, mapped), related: d.related.map((r) => ({ ...r, file: mapped(r.file) })) })),
    summary: result.summary,
    sourceLine: (file, line) => result.sourceLine(original.get(file) ?? file, line),
    // Mapped too, so that a workspace without an emoji still converts no column (character-columns.ts).
    ...(result.astralFiles !== undefined ? { astralFiles: new Set([...result.astralFiles].map(mapped)) } : {}),
  };
}

/**
 * A finding's message with the paths its text names mapped too: duplicate-id's "the first definition is in
 * plans/p.yaml" named the file as given on the command line beside a `file=` rebased to the repository root (tester
 * round 30 F2). The one rule message that names a file.
 */
function withMappedPaths(message: Message, mapped: (file: string) => string): Message {
  return message.id === 'duplicate-id' ? { id: message.id, data: { ...message.data, firstFile: mapped(message.data.firstFile) } } : message;
}

/**
 * What identifies a plan's findings: its id (the `plan/` prefix of its entities' refs) and
 * the files that declare it: its first file and every file that declares the same id again (duplicate-id), whose
 * milestones join the plan (a tester's `validate --plan akson` passed a second `plan: {id: akson}` file).
 */
export interface PlanScope {
  readonly id: string;
  readonly files: ReadonlySet<string>;
  /**
   * The files that declare no plan (a shared governance file of bodies and meetings): their findings are every plan's
   * but those about another plan's entity (tester round 112 F2: a broken shared file passed every `validate --plan`).
   */
  readonly shared?: ReadonlySet<string>;
}

/**
 * True when the finding is about the plan: it lies in a file that declares it, or in a shared file (unless its
 * reference is another plan's entity), or its reference is one of the plan's entities, or it is a cycle with an edge in
 * the plan's files (tester round 112 F1: a cycle across three plans was told to the plan it was reported in alone,
 * though each plan's edges in it are left out of the schedule).
 */
export function isPlanFinding(diagnostic: Diagnostic, plan: PlanScope): boolean {
  if (plan.files.has(diagnostic.file)) return true;
  const ref = diagnostic.ref;
  if (ref !== null && ref.startsWith(`${plan.id}/`)) return true;
  if (plan.shared?.has(diagnostic.file) === true && (ref === null || !ref.includes('/'))) return true;
  return diagnostic.rule === 'dependency-cycle' && diagnostic.related.some((r) => plan.files.has(r.file));
}

/**
 * Only the plan's findings, counted again (the exit code follows them); the file list keeps the
 * whole workspace, which was loaded and checked.
 */
export function onlyPlanFindings(result: ValidateResult, plan: PlanScope): ValidateResult {
  const diagnostics = result.diagnostics.filter((d) => isPlanFinding(d, plan));
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors += 1;
  return { ...result, diagnostics, summary: { errors, warnings: diagnostics.length - errors } };
}
